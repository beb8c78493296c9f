"""What changed in the catalogue, by whom and when: django-simple-history's records, read for people.

Every catalogue row keeps its history (`Model.history`, one record per save or delete, with the user
and the changed fields). `CatalogueVersion` keeps its history too, so two catalogue versions mark two
points in time, and `changes_between(old, new)` lists the row changes in between: what a rebuilt
routine can name as the curated changes that affected it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.urls import NoReverseMatch, reverse
from simple_history.template_utils import HistoricalRecordContextHelper
from simple_history.utils import get_m2m_reverse_field_name

from . import models as m
from .registry import catalogue_models, translated_fields

ACTIONS = {"+": "added", "~": "changed", "-": "deleted"}


@dataclass(frozen=True)
class FieldChange:
    field: str  # the field's label, as admin shows it
    old: str
    new: str


@dataclass(frozen=True)
class CatalogueChange:
    when: datetime
    who: str  # the curator's username; empty for a management command
    reason: str  # e.g. "manage.py update_catalogue from fixtures/catalogue.json"
    model: str  # e.g. "ingredient"
    object: str  # the row as admin names it
    object_id: int
    action: str  # "added", "changed" or "deleted"
    fields: tuple[FieldChange, ...]
    history_url: str  # the row's history page in admin, where an earlier version can be restored

    def to_dict(self) -> dict:
        return {
            "when": self.when.isoformat(),
            "who": self.who,
            "reason": self.reason,
            "model": self.model,
            "object": self.object,
            "action": self.action,
            "fields": [{"field": f.field, "old": f.old, "new": f.new} for f in self.fields],
        }


def _text(value) -> str:
    return "" if value is None else str(value)  # a translation not written yet reads as empty


def describe(record) -> CatalogueChange:
    """One history record as a change a person can read: the fields it changed, old → new."""
    model = record.instance_type
    fields: tuple[FieldChange, ...] = ()
    previous = record.prev_record if record.history_type == "~" else None
    if previous is not None:
        # A translated text changes in its language's field (`name_nl`); the plain one only mirrors a language.
        plain = translated_fields(model._meta.label_lower)
        delta = record.diff_against(previous, excluded_fields=plain, foreign_keys_are_objs=True)
        helper = HistoricalRecordContextHelper(model, record)
        changes = helper.context_for_delta_changes(delta)
        fields = tuple(FieldChange(str(c["field"]), _text(c["old"]), _text(c["new"])) for c in changes)
    try:
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_history", args=[record.id])
    except NoReverseMatch:  # pragma: no cover - every tracked model is registered in admin
        url = ""
    return CatalogueChange(
        when=record.history_date,
        who=record.history_user.get_username() if record.history_user else "",
        reason=record.history_change_reason or "",
        model=str(model._meta.verbose_name),
        object=str(record.history_object),
        object_id=record.id,
        action=ACTIONS.get(record.history_type, record.history_type),
        fields=fields,
        history_url=url,
    )


def links_in_version(record) -> dict[str, list]:
    """A history record's many-to-many links (e.g. its sources) as primary keys, by field name."""
    out = {}
    for f in record.instance_type._meta.many_to_many:
        if f in record._history_m2m_fields:
            reverse_name = get_m2m_reverse_field_name(f)
            out[f.name] = list(getattr(record, f.name).values_list(f"{reverse_name}_id", flat=True))
    return out


def changes_in(start: datetime | None, end: datetime | None) -> list[CatalogueChange]:
    """Every catalogue row change after `start` (None: from the first) up to and including `end`."""
    out = []
    # Every model a curator edits (the catalogue's registry, label patterns included).
    for model in catalogue_models():
        records = model.history.select_related("history_user")
        if start is not None:
            records = records.filter(history_date__gt=start)
        if end is not None:
            records = records.filter(history_date__lte=end)
        out.extend(describe(r) for r in records)
    # A save that also changes links writes two records; one without a visible change says nothing.
    out = [c for c in out if c.action != "changed" or c.fields]
    out.sort(key=lambda c: (c.when, c.model, c.object_id))
    return out


def version_times(version: str) -> list[datetime]:
    """When the catalogue became `version`, oldest first (it can become the same content again)."""
    return list(
        m.CatalogueVersion.history.filter(version=version)
        .order_by("history_date")
        .values_list("history_date", flat=True)
    )


def changes_between(old_version: str, new_version: str) -> list[CatalogueChange]:
    """The row changes that turned catalogue `old_version` into `new_version`, oldest first.

    A version refresh runs after the transaction that changed the rows commits, so a version's
    history record comes after the row records it covers: the changes are those after the last time
    the catalogue became `old_version` (before it became `new_version`) up to the last time it became
    `new_version`. An `old_version` with no history (from before history was kept) counts from the
    start. An unknown `new_version`, or the same version twice, has no changes.
    """
    if old_version == new_version:
        return []
    new_times = version_times(new_version)
    if not new_times:
        return []
    end = new_times[-1]
    old_times = [t for t in version_times(old_version) if t < end]
    return changes_in(old_times[-1] if old_times else None, end)


def version_history(limit: int = 30) -> list[dict]:
    """The latest catalogue versions, newest first, each with the row changes that made it."""
    records = list(m.CatalogueVersion.history.order_by("-history_date")[: limit + 1])
    out = []
    for index, record in enumerate(records[:limit]):
        older = records[index + 1] if index + 1 < len(records) else None
        out.append(
            {
                "version": record.version,
                "when": record.history_date,
                "changes": changes_in(older.history_date if older else None, record.history_date) if older else [],
                "first": older is None,
            }
        )
    return out
