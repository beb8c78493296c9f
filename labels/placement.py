"""What a product is, read from its list as a formulator reads one, and the routine step it can serve.

An INCI list is in descending order down to 1 %, then in any order. So position says what a product is:

- **sunscreen**: a UV filter declared as an active (Drug Facts, or printed with its percentage), or one
  among the first `SUNSCREEN_NAMES` names; never a filter printed as a colourant (`CI 77891`);
- **cleanse**: a surfactant (a name whose pattern says `cleanse`) among the first `TOP_NAMES`;
- **oil cleanse**: an oil or ester (class emollient) among the first two and an emulsifier that rinses
  it off (a pattern that says `oil_cleanse`) anywhere in the list;
- **mask**: a clay among the first `TOP_NAMES`;
- **treat / exfoliate**: an active among the first `TOP_NAMES` (a serum's high-share active); an
  exfoliating acid can be an exfoliant, a toner or a serum;
- **moisturise**: emollients high on the list (two among the first `CREAM_NAMES`, or three among the
  first fifteen, or one among the first two: the phase the product is made of);
- otherwise a watery product, a toner or an essence.

The person's own answer ("what kind of product is it?") wins. Pure: no Django models, no database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ingredients.vocab import EXFOLIATING_ACIDS, IngredientClass, StepKind

from .lexicon import Entry, Lexicon

TOP_NAMES = 5
SUNSCREEN_NAMES = 10
CREAM_NAMES = 8
# Steps a product is only taken for when its names say so; any such product can serve the step.
FORM_STEPS = frozenset({StepKind.CLEANSE, StepKind.OIL_CLEANSE, StepKind.SUNSCREEN, StepKind.MOISTURISE})


@dataclass(frozen=True, kw_only=True)
class Item:
    """One declared name the lexicon knows, where it is printed and what it does there."""

    text: str
    entry: Entry
    position: int  # 0-based among the declared names
    declared_active: bool
    active: bool  # an active at this position (an acid after the preservatives is a pH adjuster)
    minor: bool  # far down the list: a trace, not a main ingredient
    colourant: bool  # printed with a CI number

    @property
    def ingredient_class(self) -> str:
        return "" if self.colourant else self.entry.ingredient_class


@dataclass(frozen=True, kw_only=True)
class StepView:
    kind: str
    product_type: str
    slots: frozenset[str]  # "am", "pm"
    ingredients: frozenset[str]
    classes: frozenset[str]
    times_per_week: int


@dataclass(frozen=True, kw_only=True)
class UseView:
    kind: str
    product_type: str
    classes: frozenset[str]


@dataclass(frozen=True, kw_only=True)
class RoutineView:
    steps: tuple[StepView, ...]
    evenings: Mapping[str, tuple[UseView, ...]]  # mon..sun: the scheduled uses that evening


def _count(items: Sequence[Item], cls: str, within: int) -> int:
    return sum(1 for i in items if i.position < within and i.ingredient_class == cls)


def product_kinds(items: Sequence[Item], said: str | None = None) -> tuple[str, ...]:
    """The step kinds this product can be, most likely first; () when its list doesn't say."""
    if said:
        return (said,)
    uv = [i for i in items if i.ingredient_class == IngredientClass.UV_FILTER]
    if any(i.declared_active or i.position < SUNSCREEN_NAMES for i in uv):
        return (StepKind.SUNSCREEN,)
    if any(i.entry.step_kind == StepKind.CLEANSE and i.position < TOP_NAMES for i in items):
        return (StepKind.CLEANSE,)
    if _count(items, IngredientClass.EMOLLIENT, 2) and any(i.entry.step_kind == StepKind.OIL_CLEANSE for i in items):
        return (StepKind.OIL_CLEANSE,)
    if _count(items, IngredientClass.CLAY, TOP_NAMES):
        return (StepKind.MASK,)
    actives = [i for i in items if i.active]
    exfoliant = any(i.ingredient_class in EXFOLIATING_ACIDS for i in actives)
    treats = (StepKind.EXFOLIATE, StepKind.TREAT, StepKind.TONE) if exfoliant else (StepKind.TREAT,)
    if any(i.position < TOP_NAMES or i.declared_active for i in actives):
        return treats  # a serum's high-share active
    cream = (
        _count(items, IngredientClass.EMOLLIENT, CREAM_NAMES) >= 2 or _count(items, IngredientClass.EMOLLIENT, 15) >= 3
    )
    if cream or _count(items, IngredientClass.EMOLLIENT, 2):
        # A cream with an active lower down can still be that active's treatment.
        return (StepKind.MOISTURISE, *treats) if actives else (StepKind.MOISTURISE,)
    if actives:
        return tuple(dict.fromkeys((*treats, StepKind.TONE, StepKind.TREAT)))
    return (StepKind.TONE, StepKind.TREAT)


def step_actives(step: StepView, lexicon: Lexicon) -> frozenset[str]:
    """The classes of the step's active ingredients (`Ingredient.active`)."""
    return frozenset(
        lexicon.ingredients[s].ingredient_class
        for s in step.ingredients
        if s in lexicon.ingredients and lexicon.ingredients[s].active
    )


def choose_step(items: Sequence[Item], kinds: tuple[str, ...], routine: RoutineView, lexicon: Lexicon):
    """The routine's step this product can take the place of, or None.

    Only a step of a kind the product can be. A step built around an active (a BHA exfoliant, a retinoid
    serum, a clay mask) needs that active; a product with an active high on its list takes only a step
    with it, unless the step is a form (cleanser, sunscreen, moisturiser); a watery product without an
    active takes a toner or serum step it shares an ingredient with.
    """
    slugs = {i.entry.slug for i in items if i.entry.slug}
    actives = {i.ingredient_class for i in items if i.active}
    steps = {(s.kind, s.product_type): s for s in reversed(routine.steps)}
    best, best_score = None, None
    for step in steps.values():
        if step.kind not in kinds:
            continue
        own = step_actives(step, lexicon)
        if own and not own & actives:
            continue
        watery = set(kinds) <= {StepKind.TONE, StepKind.TREAT} and not slugs & step.ingredients
        if step.kind not in FORM_STEPS and not own and (actives or watery):
            continue
        if step.kind == StepKind.SUNSCREEN and not any(i.ingredient_class == IngredientClass.UV_FILTER for i in items):
            continue
        score = (len(own & actives), -kinds.index(step.kind), len(slugs & step.ingredients))
        if best_score is None or score > best_score:
            best, best_score = step, score
    return best
