"""The per-person rules: what one person's answers allow, before any routine is built.

Pure and frozen: `rules_for(answers=..., catalogue=...)` reads the answers and the catalogue snapshot
and returns `Rules`, which the builder (routines/builder.py) obeys while it chooses, places, cuts and
schedules. Curators change most rules as data (contraindications, conflicts, frequencies, step
templates, relevance); the few limits here are safety ceilings from the reference
(../shared/reference/pore-care-facts.md), each with its section:

- exfoliation across every acid and scrub: at most 2 evenings a week for beginners, 3 for experienced
  people (§5.2), 1 under 18 (§6 "no strong acids", issue #11);
- under 18: at most 4 steps in a slot (§6 "simple: ≤3–4 steps");
- a retinoid starts on at most 2 evenings a week, whoever starts it (§3.5–3.7, [Retinoid-Protocol]);
- the shopping list: at most 4, 6 or 8 products by time budget, one more for a make-up remover;
- results: never promised in under 4 weeks; judged within 12 (§9).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ingredients.vocab import (
    EXFOLIATING_ACIDS,
    MAX_STEPS_PER_SLOT,
    AgeBand,
    ConflictRule,
    IngredientClass,
    Severity,
    Slot,
    StepKind,
    TimeBudget,
    WarningCode,
)

from .answers import Answers
from .catalogue import Catalogue, Contraindication, Ingredient, RoutineStep
from .memo import memo_for
from .routine import EVERY_DAY

EMPTY: frozenset[str] = frozenset()

# Everything that exfoliates shares one weekly budget of evenings (§5.2: a scrub counts too).
EXFOLIANT_CLASSES = EXFOLIATING_ACIDS | {IngredientClass.PHYSICAL_EXFOLIANT}
EXFOLIATION_EVENINGS = {True: 2, False: 3}  # beginner → evenings a week, across all exfoliants
UNDER_18_EXFOLIATION_EVENINGS = 1
UNDER_18_STEPS_PER_SLOT = 4
RETINOID_START_CEILING = 2
PRODUCT_LIMIT = {TimeBudget.MINIMAL: 4, TimeBudget.STANDARD: 6, TimeBudget.FULL: 8}
# Supporting serums (daily treatments that are not actives) a routine suggests at most: the fewest
# products that do the job (issue #10: "too many products" is the top complaint).
DAILY_SERUMS = {TimeBudget.MINIMAL: 1, TimeBudget.STANDARD: 2, TimeBudget.FULL: 3}
MAKEUP_REMOVER_EXTRA = 1
RESULTS_MIN_WEEKS = 4
RESULTS_MAX_WEEKS = 12
CHECKIN_WEEKS = (4, 8, 12)

# Warnings about the person's own situation come first and stand apart from general good habits
# (issue #12), in this order; every other code is a habit.
PERSONAL_WARNINGS = (
    WarningCode.PREGNANCY,
    WarningCode.ISOTRETINOIN,
    WarningCode.PRESCRIPTION_RETINOID,
    WarningCode.ROSACEA_ECZEMA,
    WarningCode.UNDER_18,
    WarningCode.SENSITIVE_SKIN,
    WarningCode.SUN_SENSITIVITY,
)
WARNING_ORDER = {code: rank for rank, code in enumerate([*PERSONAL_WARNINGS, *WarningCode])}


@dataclass(frozen=True, kw_only=True)
class Rules:
    facts: frozenset[str]
    beginner: bool
    under_18: bool
    skin: str
    budget: str
    wears_makeup: bool
    prescription_retinoid: bool
    steps_per_slot: int | None  # None: no cap
    exfoliation_evenings: int  # across every exfoliant, per week
    max_acids: int  # exfoliating acids of different classes a routine may hold
    product_limit: int
    daily_serums: int
    excluded: Mapping[str, Contraindication]  # slug → the `avoid` rule that leaves it out
    cautions: Mapping[str, tuple[Contraindication, ...]]
    per_week: Mapping[str, int]
    left_out: frozenset[str]
    templates: Mapping[tuple[str, str], RoutineStep]  # (step kind, slot) → the template that applies
    # class → the classes it may not meet: [False] within a slot, [True] on an evening (either rule)
    partners: Mapping[bool, Mapping[str, frozenset[str]]]

    def usable(self, ing: Ingredient) -> bool:
        return not ing.prescription_only and ing.slug not in self.left_out

    def suits(self, skin_types: tuple[str, ...]) -> bool:
        return not skin_types or self.skin in skin_types

    def clash(self, a, b, *, evening: bool = True) -> bool:
        """Two sets of classes that may not share an evening (or, with `evening=False`, a slot)."""
        partners = self.partners[evening]
        return any(not partners.get(x, EMPTY).isdisjoint(b) for x in a)

    def start_per_week(self, ing: Ingredient) -> int:
        """Evenings a week an active starts on in the introduction plan."""
        start = max(1, min(ing.start_per_week, self.per_week[ing.slug]))
        if ing.ingredient_class == IngredientClass.RETINOID:
            start = min(start, RETINOID_START_CEILING)
        return start

    def protected(self, kind: str, slot: str) -> bool:
        """Steps a time budget never cuts: sunscreen, and a make-up wearer's evening remover."""
        return kind == StepKind.SUNSCREEN or (self.wears_makeup and slot == Slot.PM and kind == StepKind.OIL_CLEANSE)


def _contraindicated(catalogue: Catalogue, facts: frozenset[str], *, beginner: bool, under_18: bool):
    excluded: dict[str, Contraindication] = {}
    cautions: dict[str, tuple[Contraindication, ...]] = {}
    caps: dict[str, int] = {}
    by_fact = catalogue.contraindications_by_fact
    hitting = [c for fact in sorted(facts) for c in by_fact.get(fact, ())]
    hits_by_slug: dict[str, list[Contraindication]] = {}
    for c in hitting:
        targets = (
            (catalogue.ingredient_by_slug[c.ingredient],)
            if c.ingredient in catalogue.ingredient_by_slug
            else catalogue.ingredients_by_class.get(c.ingredient_class, ())
        )
        for ing in targets:
            hits_by_slug.setdefault(ing.slug, []).append(c)
    for slug, hits in hits_by_slug.items():
        avoids = [c for c in hits if c.severity == Severity.AVOID]
        if avoids:
            excluded[slug] = min(avoids, key=lambda c: (WARNING_ORDER.get(c.warning, 99), c.text))
        else:
            cautions[slug] = tuple(sorted(hits, key=lambda c: (c.condition, c.warning)))
            limits = [c.max_per_week for c in hits if c.max_per_week is not None]
            if limits:
                caps[slug] = min(limits)

    exfoliation = UNDER_18_EXFOLIATION_EVENINGS if under_18 else EXFOLIATION_EVENINGS[beginner]
    # A curator's weekly cap on a whole class of exfoliants for this person (sensitive skin,
    # prescription retinoid, ...) caps exfoliation as a whole, not each acid.
    capped = [
        c.max_per_week
        for c in hitting
        if c.severity == Severity.CAUTION and c.ingredient_class in EXFOLIANT_CLASSES and c.max_per_week is not None
    ]
    if capped:
        exfoliation = min(exfoliation, *capped)

    per_week = {}
    for ing in catalogue.ingredients:
        n = min(ing.per_week(beginner=beginner), caps.get(ing.slug, EVERY_DAY))
        if ing.ingredient_class in EXFOLIANT_CLASSES:
            n = min(n, exfoliation)
        per_week[ing.slug] = n
    left_out = frozenset(
        i.slug for i in catalogue.ingredients if not i.recommendable or i.slug in excluded or per_week[i.slug] <= 0
    )
    return excluded, cautions, per_week, left_out, exfoliation, bool(capped)


def _conflicts(catalogue: Catalogue, *, beginner: bool):
    evening, slot = set(), set()
    for c in catalogue.conflicts:
        if c.beginners_only and not beginner:
            continue
        (slot if c.rule == ConflictRule.NOT_SAME_SLOT else evening).add(frozenset((c.class_a, c.class_b)))

    def partners(pairs) -> dict[str, frozenset[str]]:
        out: dict[str, set[str]] = {}
        for a, b in (tuple(p) for p in pairs):
            out.setdefault(a, set()).add(b)
            out.setdefault(b, set()).add(a)
        return {k: frozenset(v) for k, v in out.items()}

    return {True: partners(evening | slot), False: partners(slot)}


def _templates(catalogue: Catalogue, facts: frozenset[str], *, budget: str) -> dict[tuple[str, str], RoutineStep]:
    templates: dict[tuple[str, str], RoutineStep] = {}
    for t in catalogue.routine_steps:
        if t.requires and facts.isdisjoint(t.requires):
            continue
        # Sunscreen is in every budget (contract); other templates only in the budgets they list.
        if budget not in t.time_budgets and t.step_kind != StepKind.SUNSCREEN:
            continue
        for s in (Slot.AM, Slot.PM) if t.slot == Slot.BOTH else (t.slot,):
            key = (t.step_kind, str(s))
            best = templates.get(key)
            if best is None or (t.order, t.slug) < (best.order, best.slug):
                templates[key] = t
    return templates


def _memo(catalogue: Catalogue, key: tuple, make):
    """Parts of the rules many people share, worked out once per catalogue snapshot."""
    return memo_for(catalogue).get(key, make)


def rules_for(*, answers: Answers, catalogue: Catalogue) -> Rules:
    facts = answers.facts()
    beginner = answers.beginner
    under_18 = answers.age_band == AgeBand.UNDER_18
    person_key = ("person", facts & catalogue.contraindication_facts, beginner, under_18)
    excluded, cautions, per_week, left_out, exfoliation, capped = _memo(
        catalogue, person_key, lambda: _contraindicated(catalogue, facts, beginner=beginner, under_18=under_18)
    )
    partners = _memo(catalogue, ("conflicts", beginner), lambda: _conflicts(catalogue, beginner=beginner))
    budget = str(answers.time_budget)
    templates = _memo(
        catalogue,
        ("templates", budget, facts & catalogue.template_facts),
        lambda: _templates(catalogue, facts, budget=budget),
    )
    cap = MAX_STEPS_PER_SLOT.get(answers.time_budget)
    if under_18:
        cap = min(cap or UNDER_18_STEPS_PER_SLOT, UNDER_18_STEPS_PER_SLOT)
    limit = PRODUCT_LIMIT[answers.time_budget] + (MAKEUP_REMOVER_EXTRA if answers.wears_makeup else 0)
    return Rules(
        facts=facts,
        beginner=beginner,
        under_18=under_18,
        skin=str(answers.skin_type),
        budget=budget,
        wears_makeup=answers.wears_makeup,
        prescription_retinoid=answers.prescription_retinoid,
        steps_per_slot=cap,
        exfoliation_evenings=exfoliation,
        max_acids=1 if (beginner or under_18 or capped) else 2,
        product_limit=limit,
        daily_serums=DAILY_SERUMS[answers.time_budget],
        excluded=excluded,
        cautions=cautions,
        per_week=per_week,
        left_out=left_out,
        templates=templates,
        partners=partners,
    )


def warning_codes(
    rules: Rules, catalogue: Catalogue, *, used: list[Ingredient], scheduled_classes: set[str], patch_tested: bool
) -> list[str]:
    """The warnings a routine carries, most personal first: those its rules raised, those that
    follow from what it contains, and those curators made relevant to these answers."""
    codes = {c.warning for c in rules.excluded.values()}
    for ing in used:
        codes.update(c.warning for c in rules.cautions.get(ing.slug, ()))
    if any(i.photosensitising for i in used):
        codes.add(WarningCode.SUN_SENSITIVITY)
    if scheduled_classes or patch_tested:
        codes.add(WarningCode.PATCH_TEST)
    if scheduled_classes & EXFOLIATING_ACIDS:
        codes.add(WarningCode.OVER_EXFOLIATION)
    codes.update(w.code for w in catalogue.warnings if w.applies(rules.facts))
    return sorted((c for c in codes if c in catalogue.warning_by_code), key=lambda c: WARNING_ORDER.get(c, 99))


def warning_kind(code: str) -> str:
    return "personal" if code in PERSONAL_WARNINGS else "habit"
