"""Can a recommendable ingredient reach anyone's routine? What admin tells a curator on saving one.

The engine (routines/builder.py) chooses a treatment ingredient for people who gave one of its
`chosen_when` answers and whose skin type it suits, and places it through a product type of a
treatment step kind (not a base step such as cleanse or moisturise) that carries it, suits the
person's skin type and has a routine step template in a slot the ingredient may use. When any link in
that chain is missing, the ingredient silently never appears: `problems()` names the missing link.
"""

from __future__ import annotations

from dataclasses import dataclass

from routines.builder import BASE_KINDS
from routines.catalogue import Catalogue, Ingredient

from .vocab import SkinType, Slot, StepKind, TimeOfDay

TREATMENT_KINDS = tuple(kind for kind in StepKind if kind not in BASE_KINDS)
EVERY_DAY = 7


@dataclass(frozen=True)
class Problem:
    text: str
    fix: str  # "product_type": offer to add a product type carrying it; "" for a field on this page


def _kinds(kinds) -> str:
    return ", ".join(str(StepKind(k).label).split(" (")[0] for k in kinds)


def _slots(ingredient: Ingredient, per_week: int) -> set[str]:
    # Scheduled actives (fewer than 7 evenings a week) go on the evening calendar only.
    slots = {Slot.PM} if per_week < EVERY_DAY else {Slot.AM, Slot.PM}
    if ingredient.time_of_day != TimeOfDay.EITHER:
        slots &= {ingredient.time_of_day}
    return {str(s) for s in slots}


def problems(catalogue: Catalogue, slug: str) -> list[Problem]:
    """Why the ingredient `slug` can reach no routine as a treatment (empty: nothing missing)."""
    ing = catalogue.ingredient_by_slug[slug]
    carriers = [pt for pt in catalogue.product_types if slug in pt.key_ingredients]
    if not ing.recommendable or ing.prescription_only:
        return []  # never suggested on purpose
    if not ing.chosen_when:
        if carriers:
            return []  # listed inside the product types that carry it, as intended
        return [
            Problem(
                "It is in no routine: nothing is ticked under “chosen when” and no product type carries it. "
                "Tick the answers that should bring it into a routine, or add it to a product type.",
                "product_type",
            )
        ]
    found = []
    if not ing.skin_types:
        found.append(
            Problem("It suits no skin type, so the engine offers it to no one: tick the skin types it suits.", "")
        )
    treating = [pt for pt in carriers if pt.step_kind in TREATMENT_KINDS]
    if not treating:
        base = f" Only base-step product types carry it ({', '.join(pt.name for pt in carriers)})." if carriers else ""
        found.append(
            Problem(
                "No product type carries this ingredient as a treatment yet, so the engine has nowhere "
                f"to put it.{base} "
                f"Add a product type of step kind {_kinds(TREATMENT_KINDS)} with it as a key ingredient.",
                "product_type",
            )
        )
        return found
    skin = set(ing.skin_types)
    suiting = [pt for pt in treating if not pt.skin_types or skin & set(pt.skin_types)]
    if skin and not suiting:
        labels = ", ".join(str(SkinType(s).label).lower() for s in ing.skin_types)
        found.append(
            Problem(
                f"The product types that carry it ({', '.join(pt.name for pt in treating)}) suit none of its skin "
                f"types ({labels}): add one that does, or tick more skin types on them.",
                "product_type",
            )
        )
        return found
    slots = _slots(ing, ing.beginner_per_week) | _slots(ing, ing.experienced_per_week)
    if max(ing.beginner_per_week, ing.experienced_per_week) <= 0:
        found.append(Problem("It is used on 0 evenings a week, so it never appears: raise “most evenings a week”.", ""))
        return found
    templates = {
        (t.step_kind, s)
        for t in catalogue.routine_steps
        for s in ((t.slot,) if t.slot != Slot.BOTH else (Slot.AM, Slot.PM))
    }
    if not any((pt.step_kind, s) in templates for pt in suiting or treating for s in slots):
        where = " or ".join(sorted(str(Slot(s).label).lower() for s in slots))
        found.append(
            Problem(
                f"No routine step puts {_kinds(sorted({pt.step_kind for pt in treating}))} products in the "
                f"{where} routine, "
                "where this ingredient may go: add a routine step of that kind, or change its time of day.",
                "",
            )
        )
    return found
