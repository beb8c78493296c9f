import json
import secrets
from datetime import UTC

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from . import following
from .routine import DAYS
from .routine import Routine as RoutineSchema

TOKEN_BYTES = 24  # 192 random bits, 32 URL-safe characters


def new_token():
    return secrets.token_urlsafe(TOKEN_BYTES)


class WrittenJSON(dict):
    """A JSON object with its text already written (`Routine.to_json()`, the same text `json.dumps` gives):
    saved as that text instead of being encoded again. Everywhere else it is the dict it holds."""

    def __init__(self, value: dict, text: str):
        super().__init__(value)
        self.text = text


class _WrittenJSONEncoder(json.JSONEncoder):
    def encode(self, o):
        return o.text if isinstance(o, WrittenJSON) else super().encode(o)


class RoutineJSONField(models.JSONField):
    """A JSONField that saves a `WrittenJSON` as its text (the routine is 40–80 KB: encoding it again was
    a sixth of a questionnaire post). The same column and field as far as migrations know."""

    def get_db_prep_value(self, value, connection, prepared=False):
        if isinstance(value, WrittenJSON) and self.encoder is None:
            return connection.ops.adapt_json_value(value, _WrittenJSONEncoder)
        return super().get_db_prep_value(value, connection, prepared)

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
