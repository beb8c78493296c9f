"""Can a recommendable ingredient reach anyone's routine? What admin tells a curator on saving one.

The engine (routines/builder.py) chooses a treatment ingredient for people who gave an answer it is
chosen for (an active: only an answer a first-line choice, `FirstLine`, names it for; a supporting
ingredient: also one of its `chosen_when` answers) and whose skin type it suits, and places it through
a product type of a treatment step kind (not a base step such as cleanse or moisturise) that carries it, suits the
person's skin type and has a routine step template in a slot the ingredient may use. When any link in
that chain is missing, the ingredient silently never appears: `problems()` names the missing link.

The links in the catalogue's data (answers, skin types, product types) are read here; where the
ingredient may go (morning, evening) is the builder's to say, so `problems()` asks it: it builds the
routines of a few probe profiles that would choose the ingredient, from the snapshot narrowed to the
ingredient and its product types, once with the catalogue's routine steps and once with a step of every
kind in both slots.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ingredients.vocab import QUESTIONS, Experience, SkinType, Slot, StepKind, TimeBudget

from .builder import BASE_KINDS, build_routine
from .catalogue import Catalogue, Ingredient, ProductType, RoutineStep, load_catalogue
from .samples import profile

TREATMENT_KINDS = tuple(kind for kind in StepKind if kind not in BASE_KINDS)
_QUESTIONS = {q.name: q for q in QUESTIONS}


@dataclass(frozen=True)
class Problem:
    text: str
    fix: str  # "product_type": offer to add a product type carrying it; "" for a field on this page


def _kinds(kinds) -> str:
    return ", ".join(str(StepKind(k).label).split(" (")[0] for k in kinds)


def _choosing_facts(catalogue: Catalogue, ing: Ingredient) -> list[str]:
    """The answers the engine may choose `ing` for: an active only as a first-line choice (catalogue
    `FirstLine` rows); a supporting ingredient for its `chosen_when` answers too."""
    first_line = [r.treats for r in catalogue.first_lines if r.ingredient == ing.slug]
    return first_line if ing.active else [*ing.chosen_when, *first_line]


def _probe_answers(catalogue: Catalogue, ing: Ingredient):
    """Answers that would choose `ing`: a sample adult with time for a full routine who gave one of the
    answers it is chosen for, for each skin type it suits and both experience levels."""
    for fact in _choosing_facts(catalogue, ing):
        name, _, value = fact.partition("=")
        question = _QUESTIONS[name]
        answer = True if question.yes_no else [value] if question.multiple else value
        for skin in ing.skin_types:
            if name == "skin_type" and value != skin:
                continue
            for experience in Experience:
                yield profile(
                    **{"time_budget": TimeBudget.FULL, "skin_type": skin, "experience": experience, name: answer}
                )


def _placed(catalogue: Catalogue, ing: Ingredient, carriers: list[ProductType], *, every_slot: bool) -> set[str]:
    """The slots the builder puts `ing` in for any probe profile, from the snapshot narrowed to it and
    its carriers (no other treatment competes, no contraindication or conflict applies), with the
    catalogue's routine steps (their conditions and time budgets aside) or a step of every kind in
    both slots."""
    if every_slot:
        kinds = sorted({pt.step_kind for pt in carriers})
        steps = [RoutineStep(slug=f"probe-{k}", title=k, step_kind=k, slot=Slot.BOTH, order=0) for k in kinds]
    else:
        steps = list(catalogue.routine_steps)
    steps = [dataclasses.replace(t, requires=(), time_budgets=(TimeBudget.FULL,)) for t in steps]
    narrowed = dataclasses.replace(
        catalogue,
        ingredients=(ing,),
        first_lines=tuple(r for r in catalogue.first_lines if r.ingredient == ing.slug),
        product_types=tuple(carriers),
        routine_steps=tuple(steps),
        contraindications=(),
        conflicts=(),
    )
    slots = set()
    for answers in _probe_answers(catalogue, ing):
        routine = build_routine(answers=answers, catalogue=narrowed)
        for slot in (Slot.AM, Slot.PM):
            if any(ing.slug in {i.slug for i in step.ingredients} for step in getattr(routine, slot)):
                slots.add(str(slot))
        if slots and not every_slot:
            break  # it reaches a routine: that is all this asks
    return slots


def problems_of_saved(ingredient) -> list[Problem]:
    """`problems()` of a saved ingredient, in the catalogue as stored now (what admin says after a save)."""
    return problems(load_catalogue(), ingredient.slug)


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
    if ing.active and not _choosing_facts(catalogue, ing):
        return [
            Problem(
                "It is an active, and the engine chooses an active only as a first-line choice for an answer: "
                "it is in no routine until a first-line choice names it (First-line choices).",
                "",
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
    if max(ing.beginner_per_week, ing.experienced_per_week) <= 0:
        found.append(Problem("It is used on 0 evenings a week, so it never appears: raise “most evenings a week”.", ""))
        return found
    carriers = suiting or treating
    if not _placed(catalogue, ing, carriers, every_slot=False):
        found.append(_no_step(catalogue, ing, carriers, treating))
    return found


def _no_step(catalogue: Catalogue, ing: Ingredient, carriers: list[ProductType], treating) -> Problem:
    """Why a routine step is missing: where the builder would put it with a step of every kind in both
    slots, or that it would put it nowhere even then."""
    slots = _placed(catalogue, ing, carriers, every_slot=True)
    if not slots:
        return Problem(
            "The engine puts it in no routine even with a routine step of every kind in the morning and the "
            "evening: check its time of day against how many evenings a week it is used, and the step kinds "
            "of the product types that carry it.",
            "",
        )
    where = " or ".join(sorted(str(Slot(s).label).lower() for s in slots))
    return Problem(
        f"No routine step puts {_kinds(sorted({pt.step_kind for pt in treating}))} products in the {where} routine, "
        "where this ingredient may go: add a routine step of that kind, or change its time of day.",
        "",
    )
