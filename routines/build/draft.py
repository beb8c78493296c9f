"""A step being built, and what every part of the builder asks about an ingredient."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingredients.vocab import EXFOLIATING_ACIDS, Evidence, StepKind, TimeOfDay

from .. import catalogue as cat
from ..memo import Memo, memo_for
from ..routine import EVERY_DAY
from ..rules import Rules

# Steps every routine is built on; treatments never take their place.
BASE_KINDS = (StepKind.OIL_CLEANSE, StepKind.CLEANSE, StepKind.TONE, StepKind.MOISTURISE, StepKind.SUNSCREEN)
# Kept when a time budget forces cuts, unless nothing else is left to cut.
KEEP_IF_POSSIBLE = frozenset({StepKind.CLEANSE, StepKind.MOISTURISE})
ACID_GROUP = "exfoliating_acid"
EVIDENCE_RANK = {e.value: rank for rank, e in enumerate(Evidence)}  # strong first


@dataclass(kw_only=True, eq=False, slots=True)
class Draft:
    """A step being built: mutable while the engine fits the routine, frozen into a `Step` at the end."""

    slot: str
    template: cat.RoutineStep
    product_type: cat.ProductType
    ingredients: list[cat.Ingredient]
    times: int = EVERY_DAY
    rank: int = 0  # order in which treatments were chosen (0: base steps)
    prescription: bool = False
    days: list[int] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.product_type.step_kind

    @property
    def scheduled(self) -> bool:
        return self.times < EVERY_DAY

    @property
    def classes(self) -> frozenset[str]:
        return frozenset(i.ingredient_class for i in self.ingredients)

    @property
    def lead(self) -> cat.Ingredient:
        return self.ingredients[0]

    @property
    def daily_active(self) -> bool:
        """A daily step with an active in it (benzoyl peroxide every morning): introduced like the others."""
        return not self.scheduled and self.rank > 0 and self.lead.active

    @property
    def supporting(self) -> bool:
        """A daily serum that supports the actives rather than doing the job: the first to give way."""
        return self.rank > 0 and not self.scheduled and not self.lead.active

    def sort_key(self) -> tuple:
        # Sunscreen last in the morning whatever the data says; layers thinnest to thickest.
        return (
            self.kind == StepKind.SUNSCREEN,
            self.template.order,
            self.product_type.texture_rank,
            self.product_type.slug,
        )

    def cut_key(self) -> tuple:
        # Lowest priority goes first; among equals, later steps and later-chosen treatments first.
        return (self.template.priority, -self.template.order, -self.rank)


@dataclass(eq=False)
class Build:
    """One routine being built: what every part reads (the person's rules, the catalogue snapshot) and
    the steps so far, which each part in turn adds to, cuts or schedules."""

    rules: Rules
    catalogue: cat.Catalogue
    drafts: list[Draft] = field(default_factory=list)
    memo: Memo = field(init=False, repr=False)  # the snapshot's memo (routines/memo.py)

    def __post_init__(self) -> None:
        self.memo = memo_for(self.catalogue)

    def remove(self, draft: Draft) -> None:
        self.drafts.remove(draft)

    def in_slot(self, slot: str) -> list[Draft]:
        return [d for d in self.drafts if d.slot == slot]


def time_fits(ing: cat.Ingredient, slot: str) -> bool:
    return ing.time_of_day == TimeOfDay.EITHER or ing.time_of_day == slot


def active_group(ing: cat.Ingredient, *, scheduled: bool) -> str | None:
    """The group an active belongs to (one ingredient per group), or None for a supporting serum.
    Which ingredients are actives is catalogue data (`Ingredient.active`)."""
    if ing.ingredient_class in EXFOLIATING_ACIDS:
        return ACID_GROUP
    if ing.active or scheduled:
        return ing.ingredient_class
    return None
