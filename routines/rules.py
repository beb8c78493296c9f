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

Issue #19's ceilings (the catalogue's first-line choices, `FirstLine`, decide which actives; these
decide how many and never let data cross them):

- actives (acids, retinoids, clay, scrubs, benzoyl peroxide, azelaic acid: `Ingredient.active`): at most
  2 for beginners, sensitive skin, rosacea or eczema and ages 12–17; 3 for experienced adults; none under
  12 (§6 "Under 18", [Peds], [FDA-Differin]: adapalene from 12; [AAD-Guideline]);
- under 12: only a cleanser, a moisturiser and sunscreen ([Peds]);
- 12–17 without acne: no retinoid and no AHA (§3.5 "Under 18 without acne: not needed", §6);
- benzoyl peroxide only with acne or an oral antibiotic ([AAD-Guideline] 2024: pair oral antibiotics
  with benzoyl peroxide); with an oral antibiotic it is kept through every time budget's cuts (a
  minimal morning gives up its moisturiser first, as §5 "minimal" allows: cleanse → one serum or
  moisturiser → sunscreen), since the pairing is what limits resistance ([AAD-Guideline], §3.28);
- azelaic acid only for acne, redness, rosacea or dark marks (§3.29, [Chien2016]);
- a new active at least 4 weeks after the one before for sensitive skin, rosacea or eczema, 2 otherwise
  (§6 "one new active at a time"; [AAD-Rosacea]: patch test 7–10 days);
- a retinoid's target is at least 3 evenings a week, 2 for sensitive skin, rosacea or eczema and 12–17,
  reached by stepping up ([Retinoid-Protocol]); one that can't reach it is left out;
- pregnant or trying with a prescription retinoid: the prescription is never a step, the first warning
  says stop it now and contact the prescriber ([Chien2016]: tazarotene contraindicated, tretinoin avoided;
  [MarchOfDimes]);
- salicylic acid in pregnancy or while breastfeeding: never left on (a `rinse_off_only` rule), §3.1;
- fragrance-free for sensitive skin, rosacea or eczema and whoever asks: fragrance and essential oils in
  every product's `avoid` (§6, [NEA], [AAD-Rosacea]).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ingredients.vocab import (
    ACNE,
    AGE_12_17,
    AGE_UNDER_12,
    EXFOLIATING_ACIDS,
    FRAGRANCE_FREE,
    MAX_STEPS_PER_SLOT,
    ORAL_ANTIBIOTIC,
    PREGNANT,
    ROSACEA_OR_ECZEMA,
    SENSITIVE,
    TRYING_TO_CONCEIVE,
    AgeBand,
    AnswerFact,
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
from .memo import Memo, memo_for
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
DAILY_SERUMS = {TimeBudget.MINIMAL: 0, TimeBudget.STANDARD: 1, TimeBudget.FULL: 2}
MAKEUP_REMOVER_EXTRA = 1
RESULTS_MIN_WEEKS = 4
RESULTS_MAX_WEEKS = 12
CHECKIN_WEEKS = (4, 8, 12)

# Issue #19 ceilings (see the module's docstring for the sources).
MAX_ACTIVES_UNDER_12 = 0
MAX_ACTIVES_CAREFUL = 2  # beginners, sensitive skin, rosacea or eczema, ages 12–17
MAX_ACTIVES = 3  # experienced adults
# (and the evening make-up remover for a child who wears make-up: nobody sleeps in it)
UNDER_12_STEP_KINDS = frozenset({StepKind.CLEANSE, StepKind.MOISTURISE, StepKind.SUNSCREEN, StepKind.OIL_CLEANSE})
NOT_FOR_12_17_WITHOUT_ACNE = frozenset({IngredientClass.RETINOID, IngredientClass.AHA})
BENZOYL_PEROXIDE = "benzoyl-peroxide"
AZELAIC_ACID = "azelaic-acid"
BENZOYL_PEROXIDE_ONLY_FOR = frozenset({ACNE, ORAL_ANTIBIOTIC})
AZELAIC_ACID_ONLY_FOR = frozenset(
    {ACNE, AnswerFact.CONCERNS_REDNESS, AnswerFact.CONCERNS_DARK_MARKS, ROSACEA_OR_ECZEMA}
)
CAREFUL_SKIN = frozenset({SENSITIVE, ROSACEA_OR_ECZEMA})
NEW_ACTIVE_GAP_WEEKS = {True: 4, False: 2}  # careful skin → weeks between one new active and the next
RETINOID_MIN_EVENINGS = {True: 2, False: 3}  # careful skin or 12–17 → a retinoid's least target
# An answer → the ingredients a time budget never cuts once chosen: an oral antibiotic is paired with
# benzoyl peroxide to limit resistance ([AAD-Guideline] 2024; reference §3.28).
KEPT_THROUGH_CUTS = {ORAL_ANTIBIOTIC: frozenset({BENZOYL_PEROXIDE})}
STOP_PRESCRIPTION_RETINOID_WHEN = frozenset({PREGNANT, TRYING_TO_CONCEIVE})
FRAGRANCE_FREE_FOR = frozenset({FRAGRANCE_FREE, SENSITIVE, ROSACEA_OR_ECZEMA})
FRAGRANCE_CLASSES = (IngredientClass.FRAGRANCE.value, IngredientClass.ESSENTIAL_OIL.value)

# Warnings about the person's own situation come first and stand apart from general good habits
# (issue #12), in this order; every other code is a habit.
PERSONAL_WARNINGS = (
    WarningCode.STOP_PRESCRIPTION_RETINOID,
    WarningCode.PREGNANCY,
    WarningCode.BREASTFEEDING,
    WarningCode.ISOTRETINOIN,
    WarningCode.PRESCRIPTION_RETINOID,
    WarningCode.ROSACEA_ECZEMA,
    WarningCode.UNDER_12,
    WarningCode.UNDER_18,
    WarningCode.ORAL_ANTIBIOTIC,
    WarningCode.PHOTOSENSITISING_MEDICINE,
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
    # Issue #19 (added fields; the ones above keep their meaning).
    under_12: bool = False
    max_actives: int = MAX_ACTIVES
    new_active_gap_weeks: int = NEW_ACTIVE_GAP_WEEKS[False]
    retinoid_min_evenings: int = RETINOID_MIN_EVENINGS[False]
    stop_prescription_retinoid: bool = False  # pregnant or trying: the prescription is no step of the routine
    rinse_off_only: frozenset[str] = frozenset()  # slugs never placed in a leave-on product
    avoid: tuple[str, ...] = ()  # every product's `avoid`: classes and slugs ruled out, fragrance where due
    # (answer fact, how many to pick, its first-line ingredients in order) per answer, in the order served
    first_lines: tuple[tuple[str, int, tuple[Ingredient, ...]], ...] = ()
    kept: frozenset[str] = frozenset()  # slugs a time budget never cuts once chosen (KEPT_THROUGH_CUTS)

    def usable(self, ing: Ingredient) -> bool:
        return not ing.prescription_only and ing.slug not in self.left_out

    def leave_on(self, ing: Ingredient) -> bool:
        """May go in a product left on the skin (a serum, an exfoliant, a moisturiser)."""
        return self.usable(ing) and ing.slug not in self.rinse_off_only

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

    def target_per_week(self, ing: Ingredient) -> int:
        """Evenings a week an active is aimed at: its catalogue frequency, a retinoid at least its least
        target (it is left out, `left_out`, where a caution caps it below that)."""
        n = self.per_week[ing.slug]
        if ing.ingredient_class == IngredientClass.RETINOID and n < EVERY_DAY:
            n = max(n, self.retinoid_min_evenings)
        return n

    def protected(self, kind: str, slot: str) -> bool:
        """Steps a time budget never cuts: sunscreen, and a make-up wearer's evening remover."""
        return kind == StepKind.SUNSCREEN or (self.wears_makeup and slot == Slot.PM and kind == StepKind.OIL_CLEANSE)

    def keeps(self, ingredients) -> bool:
        """A step a time budget never cuts for what it carries (benzoyl peroxide beside an oral antibiotic)."""
        kept = self.kept
        return bool(kept) and any(i.slug in kept for i in ingredients)


def _contraindicated(catalogue: Catalogue, facts: frozenset[str], *, beginner: bool, under_18: bool):
    excluded: dict[str, Contraindication] = {}
    cautions: dict[str, tuple[Contraindication, ...]] = {}
    caps: dict[str, int] = {}
    memo = memo_for(catalogue)
    by_fact = catalogue.contraindications_by_fact
    hitting = [c for fact in sorted(facts) for c in by_fact.get(fact, ())]
    targets = memo.get(("contraindication-targets",), _targets, catalogue)
    hits_by_slug: dict[str, list[Contraindication]] = {}
    for c in hitting:
        for slug in targets[id(c)]:
            hits_by_slug.setdefault(slug, []).append(c)
    for slug, hits in hits_by_slug.items():
        # The same rules hitting an ingredient judge it the same way: once per snapshot for each list.
        avoid, kept, cap = memo.get(("hits", *map(id, hits)), _judged, hits)
        if avoid is not None:
            excluded[slug] = avoid
        else:
            cautions[slug] = kept
            if cap is not None:
                caps[slug] = cap
    # People whose answers rule out the same ingredients for the same reasons share one map, so what is
    # made of it once per map (Assembly.excluded) is made once for all of them. Nothing reads it in order.
    excluded = memo.get(("excluded-map", *sorted((slug, id(c)) for slug, c in excluded.items())), dict, excluded)

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

    # Each ingredient's evenings a week: its catalogue frequency (at most every day), then this person's caps.
    uncapped, exfoliants, never = memo_for(catalogue).get(("weekly", beginner), _weekly, catalogue, beginner)
    per_week = dict(uncapped)
    for slug in exfoliants:
        per_week[slug] = min(per_week[slug], exfoliation)
    for slug, limit in caps.items():
        per_week[slug] = min(per_week[slug], limit)
    capped_out = [slug for slug in (*exfoliants, *caps) if per_week[slug] <= 0]
    left_out = never.union(excluded, capped_out)
    return excluded, cautions, per_week, left_out, exfoliation, bool(capped), _rinse_off_only(cautions)


def _weekly(catalogue: Catalogue, beginner: bool) -> tuple[dict[str, int], tuple[str, ...], frozenset[str]]:
    """Evenings a week of every ingredient before anyone's caps (at most every day), the exfoliants among
    them, and those never usable (not recommendable, or never used): the same for every beginner, and
    for everyone else."""
    uncapped = {i.slug: min(i.per_week(beginner=beginner), EVERY_DAY) for i in catalogue.ingredients}
    exfoliants = tuple(i.slug for i in catalogue.ingredients if i.ingredient_class in EXFOLIANT_CLASSES)
    never = frozenset(i.slug for i in catalogue.ingredients if not i.recommendable or uncapped[i.slug] <= 0)
    return uncapped, exfoliants, never


def _targets(catalogue: Catalogue) -> dict[int, tuple[str, ...]]:
    """Each contraindication (by identity) → the slugs of the ingredients it is about: one ingredient, or
    every ingredient of its class."""
    targets = {}
    for cs in catalogue.contraindications_by_fact.values():
        for c in cs:
            ingredients = (
                (catalogue.ingredient_by_slug[c.ingredient],)
                if c.ingredient in catalogue.ingredient_by_slug
                else catalogue.ingredients_by_class.get(c.ingredient_class, ())
            )
            targets[id(c)] = tuple(ing.slug for ing in ingredients)
    return targets


def _judged(hits: list[Contraindication]) -> tuple[Contraindication | None, tuple[Contraindication, ...], int | None]:
    """The rules hitting one ingredient, judged: the `avoid` rule that leaves it out (None: none does),
    else its cautions in order and the least weekly cap among them (None: no cap)."""
    avoids = [c for c in hits if c.severity == Severity.AVOID]
    if avoids:
        return min(avoids, key=lambda c: (WARNING_ORDER.get(c.warning, 99), c.text)), (), None
    # A rinse-off-only rule keeps the ingredient (in a cleanser) with its warning, like a caution.
    limits = [c.max_per_week for c in hits if c.max_per_week is not None]
    return None, tuple(sorted(hits, key=lambda c: (c.condition, c.warning))), min(limits) if limits else None


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


def _memo(catalogue: Catalogue, key: tuple, make, memo: Memo | None = None):
    """Parts of the rules many people share, worked out once per catalogue snapshot (`memo`: the
    snapshot's memo, when the caller has it already)."""
    return (memo_for(catalogue) if memo is None else memo).get(key, make)


def _quiet_key(
    catalogue: Catalogue, facts: frozenset[str], careful: bool, per_week: Mapping[str, int], memo: Memo
) -> tuple:
    """Everything `_quietly_left_out` reads of a person, as a memo key: the answers the catalogue's
    `not_offered_when` names, the age and acne answers, whether the benzoyl peroxide and azelaic acid
    answers are there, and how often each retinoid sold without a prescription may be used."""
    named = _memo(
        catalogue,
        ("not-offered-facts",),
        lambda: frozenset(f for i in catalogue.ingredients for f in i.not_offered_when),
        memo,
    )
    return (
        "quiet",
        facts & named,
        AGE_UNDER_12 in facts,
        AGE_12_17 in facts,
        ACNE in facts,
        facts.isdisjoint(BENZOYL_PEROXIDE_ONLY_FOR),
        facts.isdisjoint(AZELAIC_ACID_ONLY_FOR),
        careful,
        *map(per_week.__getitem__, memo.get(("quiet-rows",), _quiet_rows, catalogue)[3]),
    )


def _quietly_left_out(catalogue: Catalogue, facts: frozenset[str], per_week: Mapping[str, int], *, careful: bool):
    """What this person is simply not offered (no "avoid" flag): the catalogue's `not_offered_when`, and
    the ceilings that data may never lift (see the module's docstring)."""
    named, actives, teen_classes, retinoids, present = memo_for(catalogue).get(("quiet-rows",), _quiet_rows, catalogue)
    out = {slug for slug, not_offered_when in named if not facts.isdisjoint(not_offered_when)}
    if AGE_UNDER_12 in facts:
        out.update(actives)
    if AGE_12_17 in facts and ACNE not in facts:
        out.update(teen_classes)
    if BENZOYL_PEROXIDE in present and facts.isdisjoint(BENZOYL_PEROXIDE_ONLY_FOR):
        out.add(BENZOYL_PEROXIDE)
    if AZELAIC_ACID in present and facts.isdisjoint(AZELAIC_ACID_ONLY_FOR):
        out.add(AZELAIC_ACID)
    # a retinoid capped below its least target can't work: left out rather than used too rarely
    floor = RETINOID_MIN_EVENINGS[careful or AGE_12_17 in facts]
    out.update(slug for slug in retinoids if per_week[slug] < floor)
    return frozenset(out)


def _quiet_rows(catalogue: Catalogue):
    """What `_quietly_left_out` reads of the catalogue: the ingredients with a `not_offered_when`, the
    actives, those of classes not for 12–17 without acne, the retinoids sold without a prescription, and
    every slug."""
    ingredients = catalogue.ingredients
    return (
        tuple((i.slug, i.not_offered_when) for i in ingredients if i.not_offered_when),
        tuple(i.slug for i in ingredients if i.active),
        tuple(i.slug for i in ingredients if i.ingredient_class in NOT_FOR_12_17_WITHOUT_ACNE),
        tuple(
            i.slug for i in ingredients if i.ingredient_class == IngredientClass.RETINOID and not i.prescription_only
        ),
        frozenset(i.slug for i in ingredients),
    )


def _first_lines(catalogue: Catalogue, facts: frozenset[str]) -> tuple[tuple[str, int, tuple[Ingredient, ...]], ...]:
    """Each answer's first-line ingredients (catalogue data), in the order the answers are served."""
    out = []
    for fact, rows in catalogue.first_lines_by_fact.items():
        if fact in facts:
            ingredients = tuple(catalogue.ingredient_by_slug[r.ingredient] for r in rows)
            out.append((fact, max(r.pick for r in rows), ingredients))
    return tuple(out)


def _avoid(excluded: Mapping[str, Contraindication], facts: frozenset[str], memo: Memo) -> tuple[str, ...]:
    """`_label_avoid`, once per exclusion map (people with the same exclusions share one: see
    `_contraindicated`). The entry holds the map itself, so no other object can take its id while the
    entry is there."""
    key = ("avoid", id(excluded), facts.isdisjoint(FRAGRANCE_FREE_FOR))
    return memo.get(key, lambda: (excluded, _label_avoid(excluded, facts)))[1]


def _label_avoid(excluded: Mapping[str, Contraindication], facts: frozenset[str]) -> tuple[str, ...]:
    """What every product's label must not hold: the classes and ingredients ruled out, and fragrance
    for sensitive skin, rosacea or eczema and whoever asks, whatever the data says."""
    avoid = {c.ingredient_class or c.ingredient for c in excluded.values()}
    if not facts.isdisjoint(FRAGRANCE_FREE_FOR):
        avoid.update(FRAGRANCE_CLASSES)
    return tuple(sorted(avoid))


def _rinse_off_only(cautions: Mapping[str, tuple[Contraindication, ...]]) -> frozenset[str]:
    return frozenset(
        slug for slug, hits in cautions.items() if any(c.severity == Severity.RINSE_OFF_ONLY for c in hits)
    )


def _max_actives(answers: Answers, *, careful: bool) -> int:
    if answers.under_12:
        return MAX_ACTIVES_UNDER_12
    if answers.beginner or careful or answers.age_12_17:
        return MAX_ACTIVES_CAREFUL
    return MAX_ACTIVES


def rules_for(*, answers: Answers, catalogue: Catalogue) -> Rules:
    facts = answers.facts()
    memo = memo_for(catalogue)
    beginner = answers.beginner
    # Ages 12–17, and under 12 (everything that holds for a teenager holds for a child too).
    under_18 = answers.age_band in (AgeBand.UNDER_18, AgeBand.UNDER_12)
    person_key = ("person", facts & catalogue.contraindication_facts, beginner, under_18)
    excluded, cautions, per_week, left_out, exfoliation, capped, rinse_off_only = memo.get(
        person_key, lambda: _contraindicated(catalogue, facts, beginner=beginner, under_18=under_18)
    )
    budget = str(answers.time_budget)
    templates = memo.get(
        ("templates", budget, facts & catalogue.template_facts), lambda: _templates(catalogue, facts, budget=budget)
    )
    if answers.under_12:
        templates = {key: t for key, t in templates.items() if t.step_kind in UNDER_12_STEP_KINDS}
    careful = not facts.isdisjoint(CAREFUL_SKIN)
    left_out = left_out | memo.get(
        _quiet_key(catalogue, facts, careful, per_week, memo),
        lambda: _quietly_left_out(catalogue, facts, per_week, careful=careful),
    )
    cap = MAX_STEPS_PER_SLOT.get(answers.time_budget)
    if under_18:
        cap = min(cap or UNDER_18_STEPS_PER_SLOT, UNDER_18_STEPS_PER_SLOT)
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
        product_limit=PRODUCT_LIMIT[answers.time_budget] + (MAKEUP_REMOVER_EXTRA if answers.wears_makeup else 0),
        daily_serums=0 if answers.under_12 else DAILY_SERUMS[answers.time_budget],
        excluded=excluded,
        cautions=cautions,
        per_week=per_week,
        left_out=left_out,
        templates=templates,
        partners=memo.get(("conflicts", beginner), lambda: _conflicts(catalogue, beginner=beginner)),
        under_12=answers.under_12,
        max_actives=_max_actives(answers, careful=careful),
        new_active_gap_weeks=NEW_ACTIVE_GAP_WEEKS[careful],
        retinoid_min_evenings=RETINOID_MIN_EVENINGS[careful or answers.age_12_17],
        stop_prescription_retinoid=answers.prescription_retinoid
        and not facts.isdisjoint(STOP_PRESCRIPTION_RETINOID_WHEN),
        rinse_off_only=rinse_off_only,
        avoid=_avoid(excluded, facts, memo),
        first_lines=memo.get(("first", facts & catalogue.first_line_facts), lambda: _first_lines(catalogue, facts)),
        kept=frozenset(slug for fact, slugs in KEPT_THROUGH_CUTS.items() if fact in facts for slug in slugs),
    )


def warning_codes(
    rules: Rules, catalogue: Catalogue, *, used: list[Ingredient], scheduled_classes: set[str], patch_tested: bool
) -> list[str]:
    """The warnings a routine carries, most personal first: those its rules raised, those that
    follow from what it contains, and those curators made relevant to these answers."""
    codes = {c.warning for c in rules.excluded.values()}
    cautions = rules.cautions
    for ing in used:
        hits = cautions.get(ing.slug)
        if hits:
            codes.update([c.warning for c in hits])
    if any(i.photosensitising for i in used):
        codes.add(WarningCode.SUN_SENSITIVITY)
    if scheduled_classes or patch_tested:
        codes.add(WarningCode.PATCH_TEST)
    if scheduled_classes & EXFOLIATING_ACIDS:
        codes.add(WarningCode.OVER_EXFOLIATION)
    codes.update(_catalogue_warnings(catalogue, rules.facts))
    if rules.stop_prescription_retinoid:
        # Nothing may say "use it as your prescriber directs" beside "stop it now".
        codes.add(WarningCode.STOP_PRESCRIPTION_RETINOID)
        codes.discard(WarningCode.PRESCRIPTION_RETINOID)
    return sorted((c for c in codes if c in catalogue.warning_by_code), key=lambda c: WARNING_ORDER.get(c, 99))


def _catalogue_warnings(catalogue: Catalogue, facts: frozenset[str]) -> tuple[str, ...]:
    """The warnings curators made relevant to these answers: worked out once per snapshot for each set of
    the facts the warnings mention (nothing else decides whether one applies)."""
    memo = memo_for(catalogue)
    mentioned = memo.get(
        ("warning-facts",),
        lambda: frozenset(f for w in catalogue.warnings for f in (*w.relevant_when, *w.requires_all, *w.also_when_all)),
    )
    return memo.get(
        ("warnings", facts & mentioned), lambda: tuple(w.code for w in catalogue.warnings if w.applies(facts))
    )


def warning_kind(code: str) -> str:
    return "personal" if code in PERSONAL_WARNINGS else "habit"
