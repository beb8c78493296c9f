"""Preview a curator's change before it is saved: which sample profiles would get a different routine.

The preview runs *before* publishing: admin binds the change form as it would to save it, but instead
of saving, swaps the edited row into the current catalogue snapshot and builds the routines of a fixed
set of sample profiles (`samples.SAMPLE_PROFILES`) from both snapshots with the real engine. Before, not after,
because a saved change reaches every new routine at once; a curator should see its effect while it
can still be changed. It covers the row's own fields (an ingredient's inline contraindications are
previewed from their own change page).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from django.core import serializers
from django.db import models

from ingredients import models as m
from ingredients.curator_tools import Preview

from . import reach
from .builder import build_routine
from .catalogue import Catalogue, catalogue_from_records, current_catalogue
from .samples import SAMPLE_PROFILES

# --- The edited row in the snapshot --------------------------------------------------------------


def _record(instance: models.Model) -> dict:
    """The row as a fixture record (references by natural key), without its sources: they don't
    change where anything goes, and the snapshot's own copies are kept."""
    (record,) = serializers.serialize(
        "python", [instance], fields=[f.name for f in instance._meta.concrete_fields], use_natural_foreign_keys=True
    )
    record["fields"]["sources"] = []
    return record


def _swap(items: tuple, old, new, sort_key) -> tuple:
    kept = [item for item in items if old is None or not old(item)]
    if new is not None:
        kept.append(new)
    return tuple(sorted(kept, key=sort_key))


def _keep_sources(new, items: tuple, match):
    previous = next((item for item in items if match(item)), None)
    return dataclasses.replace(new, sources=previous.sources) if previous is not None else new


def with_ingredient(catalogue: Catalogue, ingredient: m.Ingredient) -> Catalogue:
    old_slug = m.Ingredient.objects.filter(pk=ingredient.pk).values_list("slug", flat=True).first()
    (new,) = catalogue_from_records([_record(ingredient)]).ingredients
    new = _keep_sources(new, catalogue.ingredients, lambda i: i.slug == old_slug)
    ingredients = _swap(catalogue.ingredients, lambda i: i.slug == old_slug, new, lambda i: i.slug)
    return dataclasses.replace(catalogue, ingredients=ingredients)


def _contraindication_key(c) -> tuple:
    return (c.condition, c.ingredient_class, c.ingredient or "")


def with_contraindication(catalogue: Catalogue, row: m.Contraindication) -> Catalogue:
    before = m.Contraindication.objects.select_related("ingredient").filter(pk=row.pk).first()
    old_key = (
        (before.condition, before.ingredient_class, before.ingredient.slug if before.ingredient else "")
        if before
        else None
    )
    records = [_record(row)]
    if row.warning_id:
        records.append(_record(row.warning))  # the warning's code, which the snapshot refers to
    (new,) = catalogue_from_records(records).contraindications
    match = lambda c: _contraindication_key(c) == old_key  # noqa: E731
    new = _keep_sources(new, catalogue.contraindications, match)
    rows = _swap(catalogue.contraindications, match if old_key else None, new, _contraindication_key)
    return dataclasses.replace(catalogue, contraindications=rows)


def with_conflict(catalogue: Catalogue, row: m.Conflict) -> Catalogue:
    before = m.Conflict.objects.filter(pk=row.pk).values_list("class_a", "class_b").first()
    (new,) = catalogue_from_records([_record(row)]).conflicts
    match = lambda c: (c.class_a, c.class_b) == before  # noqa: E731
    new = _keep_sources(new, catalogue.conflicts, match)
    rows = _swap(catalogue.conflicts, match if before else None, new, lambda c: (c.class_a, c.class_b))
    return dataclasses.replace(catalogue, conflicts=rows)


SWAPPERS = {m.Ingredient: with_ingredient, m.Contraindication: with_contraindication, m.Conflict: with_conflict}


def catalogue_with(catalogue: Catalogue, row: models.Model) -> Catalogue:
    """The snapshot as it would be with `row` (an unsaved edit or a new row) saved."""
    return SWAPPERS[type(row)](catalogue, row)


# --- Comparing routines ----------------------------------------------------------------------------

SLOTS = {"am": "Morning", "pm": "Evening"}


def _steps(routine: dict) -> set[str]:
    out = set()
    for slot, label in SLOTS.items():
        for step in routine[slot]:
            per_week = "" if step["times_per_week"] >= 7 else f", {step['times_per_week']}× a week"
            names = ", ".join(i["name"] for i in step["ingredients"])
            out.add(
                f"{label}: {step['product_type_name']} ({names}{per_week})"
                if names
                else f"{label}: {step['product_type_name']}"
            )
    return out


def _ingredients(routine: dict) -> set[str]:
    return {i["name"] for slot in SLOTS for step in routine[slot] for i in step["ingredients"]}


@dataclass(frozen=True)
class ProfilePreview:
    name: str
    steps_added: tuple[str, ...]
    steps_removed: tuple[str, ...]
    ingredients_added: tuple[str, ...]
    ingredients_removed: tuple[str, ...]
    warnings_added: tuple[str, ...]
    warnings_removed: tuple[str, ...]
    left_out_added: tuple[str, ...]
    left_out_removed: tuple[str, ...]
    other_changes: bool  # something else differs: the weekly calendar, texts, myths, tips, ...

    @property
    def changed(self) -> bool:
        return self.other_changes or any(
            getattr(self, f.name) for f in dataclasses.fields(self) if f.name.endswith(("_added", "_removed"))
        )


def _diff(before: set[str], after: set[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(sorted(after - before)), tuple(sorted(before - after))


def compare(name: str, before: dict, after: dict) -> ProfilePreview:
    steps = _diff(_steps(before), _steps(after))
    ingredients = _diff(_ingredients(before), _ingredients(after))
    warnings = _diff({w["title"] for w in before["warnings"]}, {w["title"] for w in after["warnings"]})
    left_out = _diff({e["ingredient"] for e in before["excluded"]}, {e["ingredient"] for e in after["excluded"]})
    listed = any((*steps, *ingredients, *warnings, *left_out))
    return ProfilePreview(
        name=name,
        steps_added=steps[0],
        steps_removed=steps[1],
        ingredients_added=ingredients[0],
        ingredients_removed=ingredients[1],
        warnings_added=warnings[0],
        warnings_removed=warnings[1],
        left_out_added=left_out[0],
        left_out_removed=left_out[1],
        other_changes=not listed and before != after,
    )


def preview_change(edited: models.Model) -> Preview:
    """The current snapshot against the snapshot with `edited` saved, on every sample profile; an
    ingredient also says why it would reach no routine."""
    before = current_catalogue()
    after = catalogue_with(before, edited)
    problems = reach.problems(after, edited.slug) if isinstance(edited, m.Ingredient) else []
    return Preview(results=preview(before, after), problems=problems)


def preview(before: Catalogue, after: Catalogue) -> list[ProfilePreview]:
    """For every sample profile, how its routine from `after` differs from its routine from `before`."""
    return [
        compare(
            name,
            build_routine(answers=answers, catalogue=before).to_dict(),
            build_routine(answers=answers, catalogue=after).to_dict(),
        )
        for name, answers in SAMPLE_PROFILES
    ]
