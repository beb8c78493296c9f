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
from django.utils import translation


@dataclass(frozen=True)
class CatalogueModel:
    label: str  # "app_label.ModelName"
    key: tuple[str, ...] = ("slug",)  # the fields that name a row: its natural key
    # The texts people read, stored once per language (`name_en`, `name_nl`, ...; translation.py).
    translated: tuple[str, ...] = ()


CATALOGUE: tuple[CatalogueModel, ...] = (
    CatalogueModel("ingredients.Source"),
    CatalogueModel(
        "ingredients.Ingredient",
        translated=("name", "pore_action", "why", "otc_strength", "not_recommended_reason"),
    ),
    CatalogueModel("labels.LabelPattern", translated=("name", "note")),
    CatalogueModel("ingredients.WarningMessage", translated=("title", "text")),
    CatalogueModel("ingredients.ProductType", translated=("name", "description", "how")),
    CatalogueModel("ingredients.RoutineStep", translated=("title", "how")),
    CatalogueModel(
        "ingredients.Contraindication", key=("condition", "ingredient", "ingredient_class"), translated=("text",)
    ),
    CatalogueModel("ingredients.FirstLine", translated=("text",)),
    CatalogueModel("ingredients.Conflict", key=("class_a", "class_b"), translated=("text",)),
    CatalogueModel("ingredients.Myth", translated=("myth", "reality", "explanation")),
    CatalogueModel("ingredients.LifestyleTip", translated=("title", "text")),
    CatalogueModel(
        "ingredients.ProfessionalTreatment",
        translated=("name", "description", "pore_evidence", "typical_course", "cautions"),
    ),
    CatalogueModel("ingredients.Referral", translated=("text",)),
    CatalogueModel("ingredients.RampUpStage", translated=("text",)),
    CatalogueModel("ingredients.Notice", translated=("title", "text")),
    CatalogueModel("ingredients.PauseGuidance", translated=("title", "text")),
)
_KEYS = {entry.label.lower(): entry.key for entry in CATALOGUE}
_TRANSLATED = {entry.label.lower(): entry.translated for entry in CATALOGUE}

# The language a record's plain field (`name`) holds, and the others, each in `<field>_<language>`
# (settings.LANGUAGES; MODELTRANSLATION_DEFAULT_LANGUAGE is the first).
DEFAULT_LANGUAGE = "en"
OTHER_LANGUAGES = ("nl",)


def translated_fields(label: str) -> tuple[str, ...]:
    """The translated fields of a catalogue model, by its label (`"ingredients.ingredient"`)."""
    return _TRANSLATED.get(label.lower(), ())


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


def database_records(
    catalogue: tuple[type[models.Model], ...] | None = None, *, by_pk: bool = False
) -> list[dict[str, Any]]:
    """Rows as fixture-style records (Django's serialiser, natural keys), model by model; each model's
    rows in its own order, or by primary key (`by_pk`, as `dumpdata` writes them).

    A translated field is written as the fixture writes it, whatever language is active: the plain
    field (`name`) holds the English text and `name_nl` the Dutch one (empty when there is none).
    """
    records: list[dict[str, Any]] = []
    with translation.override(DEFAULT_LANGUAGE):
        for model in catalogue_models() if catalogue is None else catalogue:
            rows = queryset(model).order_by("pk") if by_pk else queryset(model)
            rows = serializers.serialize("python", rows, use_natural_foreign_keys=True, use_natural_primary_keys=True)
            for name in translated_fields(model._meta.label_lower):
                for row in rows:
                    row["fields"].pop(f"{name}_{DEFAULT_LANGUAGE}", None)
            records += rows
    return records


def snapshot_language(code: str | None = None) -> str:
    """The catalogue language for a language code (default: the active one): "nl" for "nl" or "nl-be",
    English for anything the catalogue has no texts in."""
    base = (code or translation.get_language() or DEFAULT_LANGUAGE).split("-")[0].lower()
    return base if base in OTHER_LANGUAGES else DEFAULT_LANGUAGE


def in_language(fields: Mapping[str, Any], label: str, language: str) -> dict[str, Any]:
    """A record's fields with each translated field in `language`, falling back to English (the plain
    field) where that language's text is missing or empty."""
    out = dict(fields)
    if language == DEFAULT_LANGUAGE:
        return out
    for name in translated_fields(label):
        text = fields.get(f"{name}_{language}")
        if text:
            out[name] = text
    return out
