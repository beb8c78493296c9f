"""Bring `fixtures/catalogue.json` into a database: into an empty catalogue, or as a reviewed update.

`plan_update(records)` compares the fixture with the database row by row (the models of
`registry.CATALOGUE`), each row named by its natural key (`registry.natural_key`),
and lists what applying it would add, change (field by field) and delete. `apply_plan(plan)` does
exactly that in one transaction. Every row it writes gets a history record (django-simple-history)
with the reason, so an update from the fixture shows in admin like a curator's edit and can be undone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction
from django.utils import translation
from modeltranslation.fields import TranslationField

from . import models as m
from .registry import DEFAULT_LANGUAGE, catalogue_models, database_records, models_by_label, natural_key, parse_ref

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "catalogue.json"


def catalogue_is_empty() -> bool:
    return not any(model.objects.exists() for model in catalogue_models())


def catalogue_row_count() -> int:
    return sum(model.objects.count() for model in catalogue_models())


def read_fixture(path: Path | str = FIXTURE) -> list[dict[str, Any]]:
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(records, list):
        raise ValueError(f"{path}: expected a JSON list of records")
    unknown = sorted({str(r.get("model")) for r in records} - set(models_by_label()))
    if unknown:
        raise ValueError(f"{path}: records of models that aren't catalogue models: {', '.join(unknown)}")
    return records


# --- Comparable values ----------------------------------------------------------


def key_label(key: tuple) -> str:
    return " / ".join(part for part in key if part)


def _comparable(model: type[models.Model], name: str, value: Any) -> Any:
    f = model._meta.get_field(name)
    if isinstance(f, TranslationField) and value in (None, ""):
        return None  # a missing translation, whether the fixture writes it empty or null
    if f.many_to_many:
        return tuple(sorted(parse_ref(v) for v in value or ()))
    if f.many_to_one:
        return parse_ref(value)
    if isinstance(f, models.JSONField):
        return json.dumps(value, sort_keys=True)
    return f.to_python(value)


def _shown(value: Any) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(map(str, value)) + "]"
    if isinstance(value, str) and value.startswith("["):
        return value
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 120 else text[:117] + "…"


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass
class RowChange:
    model: type[models.Model]
    key: tuple
    record: dict[str, Any] | None = None  # the fixture's record (added, changed)
    pk: Any = None  # the database row (changed, deleted)
    fields: list[FieldChange] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.model._meta.verbose_name} {key_label(self.key)}"


@dataclass
class Plan:
    added: list[RowChange] = field(default_factory=list)
    changed: list[RowChange] = field(default_factory=list)
    deleted: list[RowChange] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.deleted)

    def summary(self) -> str:
        return f"{len(self.added)} to add, {len(self.changed)} to change, {len(self.deleted)} to delete"

    def lines(self) -> list[str]:
        """The plan as a person reads it, grouped by model: `+` add, `~` change (with each field), `-` delete."""
        out = []
        for model in catalogue_models():
            rows = [
                *(("+", r) for r in self.added if r.model is model),
                *(("~", r) for r in self.changed if r.model is model),
                *(("-", r) for r in self.deleted if r.model is model),
            ]
            if not rows:
                continue
            out.append(f"{model._meta.verbose_name_plural.capitalize()}:")
            for sign, row in rows:
                out.append(f"  {sign} {key_label(row.key)}")
                out.extend(f"      {c.field}: {c.old} → {c.new}" for c in row.fields)
        return out


def _database_records(model: type[models.Model]) -> dict[tuple, dict[str, Any]]:
    rows = {}
    for record in database_records((model,)):
        fields = record["fields"]
        # Slug models are serialised by natural key (no pk); contraindications and conflicts by pk.
        rows[natural_key(model, fields)] = {"pk": record.get("pk"), "fields": fields}
    return rows


def _keeping_translations(model: type[models.Model], record: dict[str, Any], current: dict[str, Any]) -> dict:
    """The record with the row's translations it doesn't carry (a fixture in English only): applying it
    changes what it says and keeps a curator's Dutch texts."""
    kept = {
        name: value
        for name, value in current.items()
        if name not in record["fields"] and isinstance(model._meta.get_field(name), TranslationField)
    }
    return {**record, "fields": {**kept, **record["fields"]}} if kept else record


def plan_update(records: list[dict[str, Any]]) -> Plan:
    plan = Plan()
    for model in catalogue_models():
        label = model._meta.label_lower
        wanted = {}
        for record in records:
            if record["model"] == label:
                wanted[natural_key(model, record["fields"])] = record
        current = _database_records(model)
        for key, record in wanted.items():
            row = current.get(key)
            if row is None:
                plan.added.append(RowChange(model, key, record=record))
                continue
            changes = []
            for name, value in record["fields"].items():
                old = _comparable(model, name, row["fields"].get(name))
                new = _comparable(model, name, value)
                if old != new:
                    changes.append(FieldChange(name, _shown(old), _shown(new)))
            if changes:
                record = _keeping_translations(model, record, row["fields"])
                plan.changed.append(RowChange(model, key, record=record, pk=row["pk"], fields=changes))
        for key, row in current.items():
            if key not in wanted:
                plan.deleted.append(RowChange(model, key, pk=row["pk"]))
    return plan


# --- Applying ------------------------------------------------------------------------------------


def _save_with_history(record: dict[str, Any], *, pk: Any, reason: str, added: bool) -> None:
    """Save one fixture record (creating or updating its row) and give it one history record."""
    model = models_by_label()[record["model"]]
    fixture_pk = record.get("pk")
    record = {"model": record["model"], "fields": record["fields"]}
    if not hasattr(model, "slug"):
        # Contraindications and conflicts have no slug: a changed one keeps its database row, a new one
        # keeps the fixture's pk when that is free (so an export matches the fixture), else gets a new one.
        if pk is not None:
            record["pk"] = pk
        elif fixture_pk is not None and not model.objects.filter(pk=fixture_pk).exists():
            record["pk"] = fixture_pk
    # The plain text field holds the English text (registry.database_records); written as English.
    with translation.override(DEFAULT_LANGUAGE):
        (obj,) = serializers.deserialize("python", [record], handle_forward_references=False)
    # The loaddata-style save sets fields and links without history; the plain save after it records
    # the finished row (links included) once, with the reason.
    obj.object.skip_history_when_saving = True
    obj.save()
    del obj.object.skip_history_when_saving
    obj.object._change_reason = reason
    obj.object.save()
    if added:
        # That plain save was an update, so its record says "changed": this row was added.
        latest = obj.object.history.first()
        type(latest).objects.filter(history_id=latest.history_id).update(history_type="+")


# simple-history's change reason column holds 100 characters.
REASON_LENGTH = 100


@transaction.atomic
def apply_plan(plan: Plan, *, reason: str) -> None:
    if len(reason) > REASON_LENGTH:
        reason = reason[: REASON_LENGTH - 1] + "…"
    for row in reversed(plan.deleted):
        lookup = {"slug": row.key[0]} if hasattr(row.model, "slug") else {"pk": row.pk}
        obj = row.model.objects.get(**lookup)
        obj._change_reason = reason
        obj.delete()
    # Adds and changes in dependency order, so every reference is there when a row needs it.
    order = catalogue_models()
    pending = sorted(
        [(r, True) for r in plan.added] + [(r, False) for r in plan.changed],
        key=lambda item: order.index(item[0].model),
    )
    for row, added in pending:
        _save_with_history(row.record, pk=row.pk, reason=reason, added=added)
    # Rows saved with their own pk don't advance PostgreSQL's sequences; reset them as loaddata does.
    statements = connection.ops.sequence_reset_sql(no_style(), [m.Contraindication, m.Conflict])
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def export_records() -> list[dict[str, Any]]:
    """The catalogue as `fixtures/catalogue.json` holds it: the catalogue app's models, then the label
    patterns, rows by primary key; each text in English (`name`) and Dutch (`name_nl`, left out when
    there is none yet)."""
    models_in_order = sorted(catalogue_models(), key=lambda model: model._meta.app_label != "ingredients")
    records = database_records(tuple(models_in_order), by_pk=True)
    for record in records:
        model = models_by_label()[record["model"]]
        record["fields"] = {
            name: value
            for name, value in record["fields"].items()
            if value not in (None, "") or not isinstance(model._meta.get_field(name), TranslationField)
        }
    return records


def fixture_text(records: list[dict[str, Any]]) -> str:
    return json.dumps(records, indent=1, ensure_ascii=False, cls=DjangoJSONEncoder)


def write_fixture(records: list[dict[str, Any]], path: Path | str = FIXTURE) -> None:
    Path(path).write_text(fixture_text(records), encoding="utf-8")


def load_into_empty(records: list[dict[str, Any]], *, reason: str) -> int:
    """Load every record (the catalogue must be empty); returns how many rows were written."""
    plan = plan_update(records)
    apply_plan(plan, reason=reason)
    return len(plan.added)
