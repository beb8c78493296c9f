"""The catalogue's models, listed once, and how a catalogue record names a row.

`CATALOGUE` is every model a curator edits and `fixtures/catalogue.json` holds, in dependency order (a
row only refers to rows of models listed before it). Everything that needs "the catalogue's models"
reads it: fixture sync (`catalogue_sync.py`), history (`history.py`), the version refresh
(`signals.py`, `version.py`) and the engine's snapshot (`routines/catalogue.py`).

Models are named by their label, not imported: the label check's `labels.LabelPattern` is part of the
catalogue, but the label app sits in a layer above this one (docs/architecture.md), so it is looked
up through Django's app registry once the apps are ready.

`parse_ref()` is the one reading of a reference in a record (`["slug"]`, a slug or a primary key) and
`natural_key()` the one name of a row (its slug; a contraindication by condition and target, a
conflict by its two classes).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.core import serializers
from django.db import models


@dataclass(frozen=True)
class CatalogueModel:
    label: str  # "app_label.ModelName"
    key: tuple[str, ...] = ("slug",)  # the fields that name a row: its natural key


CATALOGUE: tuple[CatalogueModel, ...] = (
    CatalogueModel("ingredients.Source"),
    CatalogueModel("ingredients.Ingredient"),
    CatalogueModel("labels.LabelPattern"),
    CatalogueModel("ingredients.WarningMessage"),
    CatalogueModel("ingredients.ProductType"),
    CatalogueModel("ingredients.RoutineStep"),
    CatalogueModel("ingredients.Contraindication", key=("condition", "ingredient", "ingredient_class")),
    CatalogueModel("ingredients.FirstLine"),
    CatalogueModel("ingredients.Conflict", key=("class_a", "class_b")),
    CatalogueModel("ingredients.Myth"),
    CatalogueModel("ingredients.LifestyleTip"),
    CatalogueModel("ingredients.ProfessionalTreatment"),
    CatalogueModel("ingredients.Referral"),
    CatalogueModel("ingredients.RampUpStage"),
    CatalogueModel("ingredients.Notice"),
    CatalogueModel("ingredients.PauseGuidance"),
)
_KEYS = {entry.label.lower(): entry.key for entry in CATALOGUE}


def catalogue_models() -> tuple[type[models.Model], ...]:
    """The catalogue's model classes, in dependency order (the apps must be ready)."""
    return tuple(apps.get_model(entry.label) for entry in CATALOGUE)


def models_by_label() -> dict[str, type[models.Model]]:
    """`"app_label.modelname"` (as a fixture record names its model) → model class."""
    return {model._meta.label_lower: model for model in catalogue_models()}


# --- Natural keys ----------------------------------------------------------------------------------


def parse_ref(value: Any, slug_by_pk: Mapping[Any, str] | None = None) -> str | None:
    """A reference as a record writes it, as the referenced row's natural key.

    `None` or `""` is no reference; a natural key (`["slug"]`, as `dumpdata --natural-foreign` and the
    serialiser with natural keys write it) is its slug; a string is a slug already; a primary key is
    looked up in `slug_by_pk` when given, else kept as its text.
    """
    if value in (None, ""):
        return None
    if isinstance(value, list | tuple):
        return str(value[0])
    if isinstance(value, str):
        return value
    if slug_by_pk is not None:
        return slug_by_pk[value]
    return str(value)


def natural_key(model: type[models.Model], fields: Mapping[str, Any]) -> tuple:
    """The fields that name a row, from its record's fields (a blank optional part is `""`)."""
    parts = []
    for name in _KEYS[model._meta.label_lower]:
        f = model._meta.get_field(name)
        value = fields.get(name) if f.blank else fields[name]
        if f.is_relation:
            value = parse_ref(value)
        parts.append((value or "") if f.blank else value)
    return tuple(parts)


# --- Records ---------------------------------------------------------------------------------------


def queryset(model: type[models.Model]) -> models.QuerySet:
    """Every row, with what its record refers to read alongside: one query per table and per
    many-to-many relation, whatever the row count."""
    foreign = [f.name for f in model._meta.concrete_fields if f.many_to_one]
    linked = [f.name for f in model._meta.many_to_many]
    return model.objects.select_related(*foreign).prefetch_related(*linked)


def database_records(catalogue: tuple[type[models.Model], ...] | None = None) -> list[dict[str, Any]]:
    """Rows as fixture-style records (Django's serialiser, natural keys), model by model."""
    records: list[dict[str, Any]] = []
    for model in catalogue_models() if catalogue is None else catalogue:
        records += serializers.serialize(
            "python", queryset(model), use_natural_foreign_keys=True, use_natural_primary_keys=True
        )
    return records
