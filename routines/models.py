from __future__ import annotations

import json
import secrets
from datetime import UTC

from django.db import connections, models, router
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ingredients.models import CatalogueVersion

from . import following, packing
from .routine import DAYS, SCHEMA_VERSION
from .routine import Routine as RoutineSchema

TOKEN_BYTES = 24  # 192 random bits, 32 URL-safe characters


def new_token():
    return secrets.token_urlsafe(TOKEN_BYTES)


class WrittenJSON(dict):
    """A JSON object with the text to save for it already written (a routine's packed form, which stands
    for the whole routine: routines/packing.py): saved as that text, not encoded again. Everywhere else it
    is the dict it holds."""

    def __init__(self, value: dict, text: str):
        super().__init__(value)
        self.text = text


class _WrittenJSONEncoder(json.JSONEncoder):
    def encode(self, o):
        return o.text if isinstance(o, WrittenJSON) else super().encode(o)


class RoutinePart(models.Model):
    """One record of saved routines (a step, a myth, the week...), stored once and named by a digest of its
    JSON text (routines/packing.py). Catalogue texts only, never what a person answered; never changed or
    deleted, since a digest names exactly one text and routines refer to it."""

    digest = models.CharField(max_length=32, primary_key=True)
    text = models.TextField()

    class Meta:
        db_table = "routines_part"

    def __str__(self):
        return self.digest


# Parts never change, so any process may keep what it has read or written: digest → text.
_PART_TEXTS: dict[str, str] = {}
_PART_TEXTS_MAX = 50_000  # ~1,250 parts for 5,000 random answer sets; a catalogue edit adds its changed ones


def _remember_parts(parts: dict[str, str]) -> None:
    if len(_PART_TEXTS) + len(parts) > _PART_TEXTS_MAX:
        _PART_TEXTS.clear()
    _PART_TEXTS.update(parts)


def part_texts(digests: list[str], using: str) -> dict[str, str]:
    """The texts of these parts (those the store has): from this process's copy, the rest in one query."""
    found = {d: _PART_TEXTS[d] for d in digests if d in _PART_TEXTS}
    if len(found) < len(digests):
        fetched = RoutinePart.objects.using(using).filter(digest__in=[d for d in digests if d not in found])
        found.update(fetched.values_list("digest", "text"))
        _remember_parts(found)
    return found


def store_parts(parts: dict[str, str], using: str) -> None:
    """Write these parts, those the store already has left as they are: one statement, and afterwards the
    store has every one of them (a restored backup or an emptied test database included).

    Plain SQL: a routine names some fifty parts, and the ORM's bulk insert cost several times the
    statement (docs/benchmarks.md). `ON CONFLICT DO NOTHING` is SQLite's and PostgreSQL's.
    """
    if not parts:
        return
    connection = connections[using]
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(RoutinePart._meta.db_table)} ({quote('digest')}, {quote('text')}) VALUES "
        + ", ".join(["(%s, %s)"] * len(parts))
        + f" ON CONFLICT ({quote('digest')}) DO NOTHING"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [value for item in parts.items() for value in item])
    _remember_parts(parts)


def storable(routine: dict) -> tuple[dict, dict[str, str]]:
    """A whole routine (the contract's form) as it is best stored, with the parts that needs: packed when it
    is a schema-2 routine exactly as its records write it (one exported from here, say), so that it unpacks
    to the very same JSON; anything else as it is, with no parts."""
    if not isinstance(routine, dict) or routine.get("schema_version") != SCHEMA_VERSION:
        return routine, {}
    try:
        plan = RoutineSchema.from_dict(routine)
    except ValueError:
        return routine, {}
    if plan.to_json() != json.dumps(routine):
        return routine, {}  # other keys, or another order: kept exactly as given
    packed = packing.pack(plan)
    return WrittenJSON(routine, packed.text), packed.parts


class RoutineJSONField(models.JSONField):
    """The routine column: a whole routine in the contract's JSON form, stored packed when it was written
    as a `WrittenJSON` (routines/packing.py); a packed routine reads back whole, with its parts.

    A `WrittenJSON` is saved as its text, not encoded again (the routine is 40–80 KB: encoding it again was a
    sixth of a questionnaire post). The same column and field as far as migrations know."""

    def get_db_prep_value(self, value, connection, prepared=False):
        if isinstance(value, WrittenJSON) and self.encoder is None:
            return connection.ops.adapt_json_value(value, _WrittenJSONEncoder)
        return super().get_db_prep_value(value, connection, prepared)

    def from_db_value(self, value, expression, connection):
        value = super().from_db_value(value, expression, connection)
        if packing.is_packed(value):
            return packing.unpack(value, part_texts(packing.references(value), using=connection.alias))
        return value

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.JSONField", args, kwargs


class SavedRoutine(models.Model):
    """A routine as it was shown to a person, kept at an unguessable URL they can bookmark.

    `routine` holds the engine's output in the contract's JSON form, so the page and the JSON
    show exactly what was made even after curators change the catalogue.
    """

    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    answers = models.JSONField(help_text="The questionnaire answers, in the contract's JSON form.")
    routine = RoutineJSONField(help_text="The routine as it was shown, in the contract's JSON form.")
    catalogue_version = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    # Counts changes to the check-ins and pauses, so a cached rendering is keyed on their state.
    follow_version = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        # The table keeps its first name: backups, dumps and operators' queries know it.
        db_table = "routines_routine"
        ordering = ["-created_at"]

    def __str__(self):
        return f"Routine made {self.created_at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        return reverse("routines:detail", kwargs={"token": self.token})

    def plan(self, *, names=None) -> RoutineSchema:
        """The saved routine, typed. `names` (slug → curated name) helps schema-1 routines only."""
        return RoutineSchema.from_dict(self.routine, names=names)

    @property
    def schema_version(self) -> int:
        return self.routine.get("schema_version", 1)

    def to_contract(self, plan: RoutineSchema | None = None) -> dict:
        """The contract's JSON for this routine, exactly as it was made."""
        if self.schema_version == 1:
            saved = dict(self.routine)
            # PostgreSQL's jsonb does not keep key order; the week reads Monday to Sunday.
            weekly = saved.get("weekly", {})
            saved["weekly"] = {day: weekly.get(day, []) for day in DAYS}
            saved = {"schema_version": 1, **saved}
        else:
            # Through the schema, so every object's keys come out in the schema's order on any database.
            saved = (plan or self.plan()).to_dict()
        return {
            "schema_version": saved.pop("schema_version"),
            "token": self.token,
            "url": self.get_absolute_url(),
            "created_at": self.created_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "catalogue_version": self.catalogue_version,
            "answers": self.answers,
            **saved,
        }

    @classmethod
    def save_built(cls, built: RoutineSchema, *, answers: dict, catalogue_version: str) -> SavedRoutine | None:
        """Save a routine the engine built from catalogue `catalogue_version`, packed (routines/packing.py).

        One INSERT, made from the model's own fields (their defaults and `pre_save`, as `save()` would; no
        signal listens for this model's saves), which writes the row only if `catalogue_version` is still
        the stored version and the store has every part the routine names. If a part is missing (the first
        routine to hold it), the parts are written and the INSERT tried again. Returns None, saving
        nothing, if the catalogue version has changed: the caller builds again from the current one.
        """
        packed = packing.pack(built)
        using = router.db_for_write(cls)
        routine = cls(
            answers=answers, routine=WrittenJSON(built.to_dict(), packed.text), catalogue_version=catalogue_version
        )
        if routine._insert_if_current(using, list(packed.parts)):
            _remember_parts(packed.parts)
            return routine
        store_parts(packed.parts, using=using)
        return routine if routine._insert_if_current(using, list(packed.parts)) else None

    def _insert_if_current(self, using: str, parts: list[str]) -> bool:
        connection = connections[using]
        quote = connection.ops.quote_name
        meta = self._meta
        fields = [f for f in meta.concrete_fields if not f.primary_key]
        params = [f.get_db_prep_save(f.pre_save(self, True), connection) for f in fields]
        version_table = quote(CatalogueVersion._meta.db_table)
        all_parts = (
            f"(SELECT COUNT(*) FROM {quote(RoutinePart._meta.db_table)} p "
            f"WHERE p.{quote('digest')} IN ({', '.join(['%s'] * len(parts))})) = %s"
            if parts
            else "1 = 1"
        )
        sql = (
            f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) "
            f"SELECT {', '.join(['%s'] * len(fields))} "
            f"WHERE (SELECT v.{quote('version')} FROM {version_table} v WHERE v.{quote('id')} = 1) = %s "
            f"AND {all_parts} RETURNING {quote(meta.pk.column)}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, self.catalogue_version, *([*parts, len(parts)] if parts else [])])
            row = cursor.fetchone()
        if row is None:
            return False
        self.pk = row[0]
        self._state.adding = False
        self._state.db = using
        return True


# --- Following the plan (routines/following.py holds the rules) ---------------------------------------


class CheckIn(models.Model):
    """One progress check-in: health data, deleted with its routine, never logged."""

    class Followed(models.TextChoices):
        MOST_DAYS = "most_days", _("Most days")
        SOME_DAYS = "some_days", _("Some days")
        RARELY = "rarely", _("Rarely")

    routine = models.ForeignKey(SavedRoutine, on_delete=models.CASCADE, related_name="check_ins")
    date = models.DateField()
    oiliness = models.PositiveSmallIntegerField()
    blackheads = models.PositiveSmallIntegerField()
    breakouts = models.PositiveSmallIntegerField()
    irritation = models.PositiveSmallIntegerField()
    followed = models.CharField(max_length=20, choices=Followed.choices)

    class Meta:
        ordering = ["date"]
        constraints = [
            # One check-in a day: a second that day replaces the first.
            models.UniqueConstraint(fields=["routine", "date"], name="check_in_one_a_day"),
            models.CheckConstraint(
                condition=Q(oiliness__lte=3, blackheads__lte=3, breakouts__lte=3, irritation__lte=3),
                name="check_in_scores_0_to_3",
            ),
        ]

    def __str__(self):
        return f"Check-in {self.date}"

    def as_rule(self) -> following.CheckIn:
        return following.CheckIn(
            day=self.date,
            oiliness=self.oiliness,
            blackheads=self.blackheads,
            breakouts=self.breakouts,
            irritation=self.irritation,
            followed=self.followed,
        )


class Pause(models.Model):
    """A pause of every active after irritation: health data, deleted with its routine."""

    routine = models.ForeignKey(SavedRoutine, on_delete=models.CASCADE, related_name="pauses")
    start = models.DateField()
    end = models.DateField(null=True, blank=True, help_text="The day actives return; empty: until resumed.")
    severity = models.CharField(max_length=10, choices=[(s, s) for s in following.SEVERITIES])
    text = models.TextField(blank=True)

    class Meta:
        ordering = ["start", "pk"]

    def __str__(self):
        return f"Pause from {self.start}"

    def as_rule(self) -> following.Pause:
        return following.Pause(start=self.start, end=self.end, severity=self.severity)


class CalendarFeed(models.Model):
    """A calendar subscription address for one routine, on a token of its own (never the routine's):
    a calendar app that subscribes sees pauses and the re-dated plan without a new download. Revoked by
    deleting it; a new one gets a new token."""

    routine = models.OneToOneField(SavedRoutine, on_delete=models.CASCADE, related_name="calendar_feed")
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Calendar subscription made {self.created_at:%Y-%m-%d}"

    def get_absolute_url(self):
        return reverse("routines:feed", kwargs={"token": self.token})
