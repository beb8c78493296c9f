"""The routine engine: a person's answers and a catalogue snapshot in, a personal routine out.

Pure: no ORM, no settings, no clock. `build_routine(answers=..., catalogue=...)` reads only the
frozen snapshot from `routines/catalogue.py`, so it runs in a plain test and gives the same routine
for the same answers and catalogue. Every rule a curator can change comes from the catalogue
(docs/catalogue.md): frequencies, contraindications, conflicts, texts, relevance, product types and
step templates. Code holds only the algorithm and the contract's time-budget caps.

The algorithm, in order:
1. Contraindications for the person's conditions: `avoid` leaves an ingredient out (and lists it in
   `excluded`), `caution` caps how many evenings a week it is used.
2. Base steps (cleanse, tone, moisturise, sunscreen, evening oil cleanse): for each step template
   that applies, the product type of that kind that suits the skin type best.
3. Treatments: ingredients whose `chosen_when` matches, ranked by the number of matching answers;
   at most one per active group (one acid for beginners and for people whose conditions cap an
   acid's evenings, two of different classes otherwise; one retinoid; one clay) and a few daily
   serums, each placed through a product type that carries it.
   A prescription retinoid user gets their prescription as the retinoid step.
4. The time budget caps steps per slot on any day: daily steps are cut by template priority, then
   actives are limited per evening. Sunscreen is never cut and is always the last morning step.
5. Scheduled actives (fewer than 7 times a week) go on a weekly evening calendar, spread out, never
   with a conflicting class on the same evening.
6. Warnings, myths, tips, referrals, professional treatments and ramp-up from the catalogue.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from ingredients.vocab import (
    EXFOLIATING_ACIDS,
    MAX_STEPS_PER_SLOT,
    ConflictRule,
    IngredientClass,
    Severity,
    Slot,
    StepKind,
    TimeOfDay,
    WarningCode,
)

from .answers import Answers
from .catalogue import Catalogue, Contraindication, Ingredient, ProductType, RoutineStep, Source

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
EVERY_DAY = 7

# Steps every routine is built on; treatments never take their place.
BASE_KINDS = (StepKind.OIL_CLEANSE, StepKind.CLEANSE, StepKind.TONE, StepKind.MOISTURISE, StepKind.SUNSCREEN)
# Kept when a time budget forces cuts, unless nothing else is left to cut (sunscreen is never cut).
KEEP_IF_POSSIBLE = frozenset({StepKind.CLEANSE, StepKind.MOISTURISE})
# How many daily treatment ingredients (serums) a routine suggests at most, best-matching first.
MAX_DAILY_TREATMENTS = 3
# Active groups: one ingredient per group, except exfoliating acids for experienced people.
ACID_GROUP = "exfoliating_acid"
ACTIVE_CLASSES = frozenset({IngredientClass.RETINOID, IngredientClass.CLAY})

WARNING_RANK = {code.value: rank for rank, code in enumerate(WarningCode)}


# --- Output ------------------------------------------------------------------------------------


def _sources(sources: tuple[Source, ...]) -> list[dict]:
    return [s.to_dict() for s in sources]


@dataclass(frozen=True, kw_only=True)
class IngredientUse:
    slug: str
    name: str
    ingredient_class: str
    why: str

    def to_dict(self) -> dict:
        return {"slug": self.slug, "name": self.name, "class": self.ingredient_class, "why": self.why}


@dataclass(frozen=True, kw_only=True)
class Step:
    kind: str
    title: str
    product_type: str
    product_type_name: str
    ingredients: tuple[IngredientUse, ...]
    times_per_week: int
    how: str

    @property
    def classes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i.ingredient_class for i in self.ingredients))

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "title": self.title,
            "product_type": self.product_type,
            "product_type_name": self.product_type_name,
            "ingredients": [i.to_dict() for i in self.ingredients],
            "times_per_week": self.times_per_week,
            "how": self.how,
        }


@dataclass(frozen=True, kw_only=True)
class Use:
    kind: str
    product_type: str
    ingredients: tuple[str, ...]
    classes: tuple[str, ...]

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "product_type": self.product_type,
            "ingredients": list(self.ingredients),
            "classes": list(self.classes),
        }


@dataclass(frozen=True, kw_only=True)
class Weekly:
    """The evening calendar: for each day (`DAYS`), the scheduled steps used that evening."""

    days: tuple[tuple[Use, ...], ...] = ((),) * 7

    def on(self, day: str) -> tuple[Use, ...]:
        return self.days[DAYS.index(day)]

    def to_dict(self) -> dict:
        return {day: [u.to_dict() for u in uses] for day, uses in zip(DAYS, self.days, strict=True)}


@dataclass(frozen=True, kw_only=True)
class RampStage:
    weeks: str
    text: str

    def to_dict(self) -> dict:
        return {"weeks": self.weeks, "text": self.text}


@dataclass(frozen=True, kw_only=True)
class WarningOut:
    code: str
    title: str
    text: str
    sources: tuple[Source, ...]

    def to_dict(self) -> dict:
        return {"code": self.code, "title": self.title, "text": self.text, "sources": _sources(self.sources)}


@dataclass(frozen=True, kw_only=True)
class Excluded:
    ingredient: str
    reason: str
    text: str

    def to_dict(self) -> dict:
        return {"ingredient": self.ingredient, "reason": self.reason, "text": self.text}


@dataclass(frozen=True, kw_only=True)
class Referral:
    code: str
    text: str

    def to_dict(self) -> dict:
        return {"code": self.code, "text": self.text}


@dataclass(frozen=True, kw_only=True)
class MythOut:
    slug: str
    myth: str
    reality: str
    explanation: str
    sources: tuple[Source, ...]

    def to_dict(self) -> dict:
        return {
            "slug": self.slug,
            "myth": self.myth,
            "reality": self.reality,
            "explanation": self.explanation,
            "sources": _sources(self.sources),
        }


@dataclass(frozen=True, kw_only=True)
class Tip:
    code: str
    title: str
    text: str

    def to_dict(self) -> dict:
        return {"code": self.code, "title": self.title, "text": self.text}


@dataclass(frozen=True, kw_only=True)
class Treatment:
    slug: str
    name: str
    text: str
    sources: tuple[Source, ...]

    def to_dict(self) -> dict:
        return {"slug": self.slug, "name": self.name, "text": self.text, "sources": _sources(self.sources)}


@dataclass(frozen=True, kw_only=True)
class Routine:
    am: tuple[Step, ...]
    pm: tuple[Step, ...]
    weekly: Weekly
    ramp_up: tuple[RampStage, ...]
    warnings: tuple[WarningOut, ...]
    excluded: tuple[Excluded, ...]
    referrals: tuple[Referral, ...]
    myths: tuple[MythOut, ...]
    tips: tuple[Tip, ...]
    treatments: tuple[Treatment, ...]
    disclaimer: str

    def to_dict(self) -> dict:
        """The contract's routine JSON, without what the view adds (token, url, dates, version, answers)."""
        return {
            "am": [s.to_dict() for s in self.am],
            "pm": [s.to_dict() for s in self.pm],
            "weekly": self.weekly.to_dict(),
            "ramp_up": [r.to_dict() for r in self.ramp_up],
            "warnings": [w.to_dict() for w in self.warnings],
            "excluded": [e.to_dict() for e in self.excluded],
            "referrals": [r.to_dict() for r in self.referrals],
            "myths": [m.to_dict() for m in self.myths],
            "tips": [t.to_dict() for t in self.tips],
            "treatments": [t.to_dict() for t in self.treatments],
            "disclaimer": self.disclaimer,
        }


# --- Working state -------------------------------------------------------------------------------


@dataclass(kw_only=True, eq=False)
class _Draft:
    """A step being built: mutable while the engine fits the routine, frozen into a `Step` at the end."""

    slot: str
    template: RoutineStep
    product_type: ProductType
    ingredients: list[Ingredient]
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


class _Engine:
    def __init__(self, answers: Answers, catalogue: Catalogue):
        self.answers = answers
        self.catalogue = catalogue
        self.facts = answers.facts()
        self.beginner = answers.beginner
        self.skin = str(answers.skin_type)
        self.budget = str(answers.time_budget)

        self.excluded: dict[str, Contraindication] = {}
        self.caps: dict[str, int] = {}
        self.cautions: dict[str, list[Contraindication]] = {}
        self.raised: set[str] = set()
        self._apply_contraindications()

        self._per_week = {
            i.slug: min(i.per_week(beginner=self.beginner), self.caps.get(i.slug, EVERY_DAY))
            for i in catalogue.ingredients
        }
        self._left_out = {
            i.slug
            for i in catalogue.ingredients
            if not i.recommendable
            or i.slug in self.excluded
            or (i.fragrance_or_essential_oil and answers.fragrance_free)
            or self._per_week[i.slug] <= 0
        }

        self.evening_conflicts: set[frozenset[str]] = set()
        self.slot_conflicts: set[frozenset[str]] = set()
        for c in catalogue.conflicts:
            if c.beginners_only and not self.beginner:
                continue
            pair = frozenset((c.class_a, c.class_b))
            (self.slot_conflicts if c.rule == ConflictRule.NOT_SAME_SLOT else self.evening_conflicts).add(pair)
        self.any_conflicts = self.slot_conflicts | self.evening_conflicts

        self.templates: dict[tuple[str, str], RoutineStep] = {}
        for t in catalogue.routine_steps:
            if t.requires and not any(f in self.facts for f in t.requires):
                continue
            # Sunscreen is in every budget (contract); other templates only in the budgets they list.
            if self.budget not in t.time_budgets and t.step_kind != StepKind.SUNSCREEN:
                continue
            slots = (Slot.AM, Slot.PM) if t.slot == Slot.BOTH else (t.slot,)
            for slot in slots:
                key = (t.step_kind, str(slot))
                best = self.templates.get(key)
                if best is None or (t.order, t.slug) < (best.order, best.slug):
                    self.templates[key] = t

        self.drafts: list[_Draft] = []

    # -- ingredients ---------------------------------------------------------------------------

    def _apply_contraindications(self) -> None:
        hitting = [c for c in self.catalogue.contraindications if c.condition in self.facts]
        if not hitting:
            return
        for ing in self.catalogue.ingredients:
            hits = [c for c in hitting if c.hits(ing)]
            if not hits:
                continue
            avoids = [c for c in hits if c.severity == Severity.AVOID]
            if avoids:
                self.excluded[ing.slug] = min(avoids, key=lambda c: (WARNING_RANK.get(c.warning, 99), c.text))
                self.raised.update(c.warning for c in avoids)
                continue
            self.cautions[ing.slug] = hits
            caps = [c.max_per_week for c in hits if c.max_per_week is not None]
            if caps:
                self.caps[ing.slug] = min(caps)

    def may_layer_acids(self, acids: list[Ingredient]) -> bool:
        """Two acids (of different classes) only for people used to actives with no weekly cap on them.

        A curator's weekly cap on an acid for this person's condition (prescription retinoid,
        sensitive skin, ...) limits exfoliation as a whole, not each acid: two acids capped at one
        evening each would still be two evenings of acid.
        """
        return not self.beginner and not any(ing.slug in self.caps for ing in acids)

    def per_week(self, ing: Ingredient) -> int:
        return self._per_week[ing.slug]

    def left_out(self, ing: Ingredient) -> bool:
        """Never in this person's routine, whatever product carries it."""
        return ing.slug in self._left_out

    def usable(self, ing: Ingredient) -> bool:
        return not ing.prescription_only and not self.left_out(ing)

    @staticmethod
    def time_fits(ing: Ingredient, slot: str) -> bool:
        return ing.time_of_day == TimeOfDay.EITHER or ing.time_of_day == slot

    def suits(self, skin_types: tuple[str, ...]) -> bool:
        return not skin_types or self.skin in skin_types

    def clash(self, a: frozenset[str], b: frozenset[str], *, evening: bool = True) -> bool:
        pairs = self.any_conflicts if evening else self.slot_conflicts
        if not pairs:
            return False
        return any(frozenset((x, y)) in pairs for x in a for y in b if x != y)

    # -- base steps ------------------------------------------------------------------------------

    def add_base_steps(self) -> None:
        for slot in (Slot.AM, Slot.PM):
            for kind in BASE_KINDS:
                template = self.templates.get((kind, slot))
                if template is None:
                    continue
                chosen = self.base_product(kind, slot)
                if chosen is None:
                    continue
                pt, ingredients = chosen
                self.drafts.append(_Draft(slot=slot, template=template, product_type=pt, ingredients=ingredients))

    def base_product(self, kind: str, slot: str) -> tuple[ProductType, list[Ingredient]] | None:
        """The product type of this kind that suits the skin type best, with the ingredients it may list."""
        best = None
        for pt in self.catalogue.product_types:
            if pt.step_kind != kind:
                continue
            suits = self.suits(pt.skin_types)
            if not suits and kind != StepKind.SUNSCREEN:
                continue
            kept, dropped, ok = [], 0, True
            for slug in pt.key_ingredients:
                ing = self.catalogue.ingredient_by_slug.get(slug)
                if ing is None:
                    continue
                if ing.prescription_only or self.left_out(ing):
                    dropped += 1
                elif self.per_week(ing) < EVERY_DAY or not self.time_fits(ing, slot):
                    ok = False  # a daily step can't carry a scheduled or wrong-time active
                    break
                else:
                    kept.append(ing)
            if not ok or (pt.key_ingredients and not kept):
                continue
            key = (not suits, dropped, len(pt.skin_types) or 99, pt.texture_rank, pt.slug)
            if best is None or key < best[0]:
                best = (key, pt, kept)
        return None if best is None else (best[1], best[2])

    # -- treatments ------------------------------------------------------------------------------

    def add_prescription_retinoid(self) -> bool:
        """A prescription retinoid user's own retinoid, as the evening retinoid step."""
        if not self.answers.prescription_retinoid:
            return False
        rx = {
            i.slug
            for i in self.catalogue.ingredients
            if i.prescription_only and i.ingredient_class == IngredientClass.RETINOID and not self.left_out(i)
        }
        for pt in self.catalogue.product_types:
            template = self.templates.get((pt.step_kind, Slot.PM))
            ingredients = [self.catalogue.ingredient_by_slug[s] for s in pt.key_ingredients if s in rx]
            if template is None or not ingredients:
                continue
            times = min(self.per_week(i) for i in ingredients)
            self.drafts.append(
                _Draft(
                    slot=Slot.PM,
                    template=template,
                    product_type=pt,
                    ingredients=ingredients,
                    times=times,
                    rank=1,
                    prescription=True,
                )
            )
            return True
        return False

    def add_treatments(self) -> None:
        rx_added = self.add_prescription_retinoid()
        groups: dict[str, list[Ingredient]] = {}
        if rx_added:
            groups[IngredientClass.RETINOID] = [self.drafts[-1].ingredients[0]]
        daily_count = 0
        daily_classes: set[str] = set()

        candidates = []
        for ing in self.catalogue.ingredients:
            if not self.usable(ing) or self.skin not in ing.skin_types:
                continue
            score = sum(1 for f in ing.chosen_when if f in self.facts)
            if score:
                candidates.append((-score, ing.slug, ing))
        candidates.sort(key=lambda c: (c[0], c[1]))

        for rank, (_, _, ing) in enumerate(candidates, start=2):
            times = self.per_week(ing)
            scheduled = times < EVERY_DAY
            group = _active_group(ing, scheduled=scheduled)
            if group is not None:
                members = groups.get(group, [])
                limit = 2 if (group == ACID_GROUP and self.may_layer_acids(members + [ing])) else 1
                if len(members) >= limit or any(m.ingredient_class == ing.ingredient_class for m in members):
                    continue
            elif daily_count >= MAX_DAILY_TREATMENTS or ing.ingredient_class in daily_classes:
                continue
            # Scheduled actives go on the evening calendar only.
            slots = [s for s in ((Slot.PM,) if scheduled else (Slot.AM, Slot.PM)) if self.time_fits(ing, s)]
            if not self.place_treatment(ing, slots, times, rank):
                continue
            if group is not None:
                groups.setdefault(group, []).append(ing)
            else:
                daily_count += 1
                daily_classes.add(ing.ingredient_class)

    def place_treatment(self, ing: Ingredient, slots: list[str], times: int, rank: int) -> bool:
        scheduled = times < EVERY_DAY
        options = []
        for pt in self.catalogue.product_types:
            if pt.step_kind in BASE_KINDS or ing.slug not in pt.key_ingredients or not self.suits(pt.skin_types):
                continue
            fitting = [s for s in slots if (pt.step_kind, s) in self.templates]
            if not fitting:
                continue
            others = [self.catalogue.ingredient_by_slug.get(s) for s in pt.key_ingredients if s != ing.slug]
            awkward = sum(1 for o in others if o is None or not self.companion_ok(o, ing, fitting[0]))
            options.append(((awkward, len(pt.key_ingredients), pt.texture_rank, pt.slug), pt, fitting))
        if not options:
            return False
        _, pt, fitting = min(options, key=lambda o: o[0])

        placed = False
        for slot in fitting:
            in_slot = [d for d in self.drafts if d.slot == slot]
            mine = frozenset((ing.ingredient_class,))
            if any(self.clash(mine, d.classes, evening=not (scheduled and d.scheduled)) for d in in_slot):
                continue
            same = next((d for d in in_slot if d.product_type.slug == pt.slug), None)
            if same is not None:
                if same.scheduled != scheduled or self.clash(mine, same.classes):
                    continue
                same.ingredients.insert(0, ing)
                same.times = min(same.times, times)
                placed = True
                continue
            companions = [
                o
                for s in pt.key_ingredients
                if s != ing.slug
                and (o := self.catalogue.ingredient_by_slug.get(s)) is not None
                and self.companion_ok(o, ing, slot)
            ]
            self.drafts.append(
                _Draft(
                    slot=slot,
                    template=self.templates[(pt.step_kind, slot)],
                    product_type=pt,
                    ingredients=[ing, *companions],
                    times=times,
                    rank=rank,
                )
            )
            placed = True
        return placed

    def companion_ok(self, other: Ingredient, ing: Ingredient, slot: str) -> bool:
        """Another key ingredient of a treatment's product type that may be listed beside it."""
        # Actives never ride along: each is chosen (and scheduled) on its own.
        return (
            self.usable(other)
            and _active_group(other, scheduled=False) is None
            and self.per_week(other) == EVERY_DAY
            and self.time_fits(other, slot)
            and not self.clash(frozenset((other.ingredient_class,)), frozenset((ing.ingredient_class,)))
        )

    # -- time budget and calendar ----------------------------------------------------------------

    def fit_budget(self) -> int | None:
        """Cut steps to the budget's cap; returns how many actives fit on one evening (None: no cap)."""
        cap = MAX_STEPS_PER_SLOT.get(self.answers.time_budget)
        if cap is None:
            return None
        am = [d for d in self.drafts if d.slot == Slot.AM]
        while len(am) > cap:
            victim = self._lowest(am, allow_scheduled=False)
            if victim is None:
                break
            am.remove(victim)
            self.drafts.remove(victim)

        daily = [d for d in self.drafts if d.slot == Slot.PM and not d.scheduled]
        scheduled = [d for d in self.drafts if d.slot == Slot.PM and d.scheduled]
        # Actives need one place a evening; they are kept unless every one of them matters less
        # than the least important daily step that could make room for them.
        while len(daily) + (1 if scheduled else 0) > cap:
            cuttable = [d for d in daily if d.kind not in KEEP_IF_POSSIBLE and d.kind != StepKind.SUNSCREEN]
            low_daily = min(cuttable, key=_Draft.cut_key) if cuttable else None
            top_active = max((d.template.priority for d in scheduled), default=None)
            if low_daily is not None and (top_active is None or low_daily.template.priority <= top_active):
                victim = low_daily
            elif scheduled:
                for d in scheduled:
                    self.drafts.remove(d)
                scheduled = []
                continue
            else:
                victim = self._lowest(daily, allow_scheduled=False)
                if victim is None:
                    break
            daily.remove(victim)
            self.drafts.remove(victim)
        return max(cap - len(daily), 0)

    @staticmethod
    def _lowest(drafts: list[_Draft], *, allow_scheduled: bool) -> _Draft | None:
        pool = [d for d in drafts if d.kind != StepKind.SUNSCREEN and (allow_scheduled or not d.scheduled)]
        preferred = [d for d in pool if d.kind not in KEEP_IF_POSSIBLE]
        pool = preferred or pool
        return min(pool, key=_Draft.cut_key) if pool else None

    def schedule(self, per_evening: int | None) -> None:
        """Put scheduled steps on evenings: spread out, never two conflicting classes on one evening."""
        scheduled = [d for d in self.drafts if d.scheduled]
        # The prescription first (its evenings are the prescriber's), then by the curated priority of
        # the step (an acid before a clay mask), then the harder-to-place frequent ones.
        scheduled.sort(key=lambda d: (not d.prescription, -d.template.priority, -d.times, d.rank, d.product_type.slug))
        on_day: list[list[_Draft]] = [[] for _ in DAYS]
        for draft in scheduled:
            allowed = [
                day
                for day in range(len(DAYS))
                if (per_evening is None or len(on_day[day]) < per_evening)
                and not any(self.clash(draft.classes, other.classes) for other in on_day[day])
            ]
            days = _spread(allowed, min(draft.times, len(allowed)), on_day)
            if not days:
                self.drafts.remove(draft)
                continue
            draft.times = len(days)
            draft.days = days
            for day in days:
                on_day[day].append(draft)

    # -- assembly --------------------------------------------------------------------------------

    def build(self) -> Routine:
        self.add_base_steps()
        self.add_treatments()
        per_evening = self.fit_budget()
        self.schedule(per_evening)

        am = sorted((d for d in self.drafts if d.slot == Slot.AM), key=_Draft.sort_key)
        pm = sorted((d for d in self.drafts if d.slot == Slot.PM), key=_Draft.sort_key)
        weekly = Weekly(
            days=tuple(
                tuple(
                    Use(
                        kind=d.kind,
                        product_type=d.product_type.slug,
                        ingredients=tuple(i.slug for i in d.ingredients),
                        classes=tuple(dict.fromkeys(i.ingredient_class for i in d.ingredients)),
                    )
                    for d in pm
                    if d.scheduled and day in d.days
                )
                for day in range(len(DAYS))
            )
        )
        return Routine(
            am=tuple(self.step(d) for d in am),
            pm=tuple(self.step(d) for d in pm),
            weekly=weekly,
            ramp_up=self.ramp_up(pm),
            warnings=self.warnings(am + pm),
            excluded=tuple(
                Excluded(ingredient=slug, reason=c.warning, text=c.text) for slug, c in sorted(self.excluded.items())
            ),
            referrals=tuple(
                Referral(code=r.code, text=r.text) for r in self.catalogue.referrals if r.applies(self.facts)
            ),
            myths=tuple(
                MythOut(slug=m.slug, myth=m.myth, reality=m.reality, explanation=m.explanation, sources=m.sources)
                for m in self.catalogue.myths
                if m.applies(self.facts)
            ),
            tips=tuple(
                Tip(code=t.slug, title=t.title, text=t.text) for t in self.catalogue.tips if t.applies(self.facts)
            ),
            treatments=tuple(
                Treatment(slug=t.slug, name=t.name, text=t.description, sources=t.sources)
                for t in self.catalogue.treatments
                if not any(f in self.facts for f in t.not_for)
            ),
            disclaimer=(n.text if (n := self.catalogue.notice_by_slug.get("disclaimer")) else ""),
        )

    @staticmethod
    def step(d: _Draft) -> Step:
        how = d.template.how
        if d.prescription and d.product_type.description:
            how = d.product_type.description
        return Step(
            kind=d.kind,
            title=d.template.title,
            product_type=d.product_type.slug,
            product_type_name=d.product_type.name,
            ingredients=tuple(
                IngredientUse(slug=i.slug, name=i.name, ingredient_class=i.ingredient_class, why=i.why)
                for i in d.ingredients
            ),
            times_per_week=d.times,
            how=how,
        )

    def ramp_up(self, pm: list[_Draft]) -> tuple[RampStage, ...]:
        # A prescription retinoid follows the prescriber's plan, not the app's ramp-up.
        actives = [d for d in pm if d.scheduled and not d.prescription]
        if not self.beginner or not actives:
            return ()
        stages = []
        for stage in self.catalogue.ramp_up_stages:
            parts = []
            for d in actives:
                n = max(1, min(d.times, math.floor(stage.fraction * d.times + 0.5)))
                parts.append(f"{d.product_type.name}: {n} evening{'s' if n != 1 else ''} a week")
            stages.append(RampStage(weeks=stage.weeks, text=f"{stage.text} ({'; '.join(parts)}.)"))
        return tuple(stages)

    def warnings(self, drafts: list[_Draft]) -> tuple[WarningOut, ...]:
        codes = set(self.raised)
        used = {i.slug: i for d in drafts for i in d.ingredients}
        for slug in used:
            codes.update(c.warning for c in self.cautions.get(slug, ()))
        if any(i.photosensitising for i in used.values()):
            codes.add(WarningCode.SUN_SENSITIVITY)
        scheduled = [d for d in drafts if d.scheduled]
        if scheduled:
            codes.add(WarningCode.PATCH_TEST)
        if any(c in EXFOLIATING_ACIDS for d in scheduled for c in d.classes):
            codes.add(WarningCode.OVER_EXFOLIATION)
        for w in self.catalogue.warnings:
            if w.applies(self.facts):
                codes.add(w.code)
        out = []
        for code in sorted(codes, key=lambda c: WARNING_RANK.get(c, 99)):
            w = self.catalogue.warning_by_code.get(code)
            if w is not None:
                out.append(WarningOut(code=w.code, title=w.title, text=w.text, sources=w.sources))
        return tuple(out)


def _active_group(ing: Ingredient, *, scheduled: bool) -> str | None:
    """The group an active belongs to (one ingredient per group), or None for a daily serum."""
    if ing.ingredient_class in EXFOLIATING_ACIDS:
        return ACID_GROUP
    if ing.ingredient_class in ACTIVE_CLASSES or scheduled:
        return ing.ingredient_class
    return None


def _spread(allowed: list[int], times: int, on_day: list[list[_Draft]]) -> list[int]:
    """The `times` allowed evenings that are least busy and furthest apart (deterministic)."""
    if times <= 0:
        return []
    best_key, best = None, []
    for combo in itertools.combinations(allowed, times):
        if times == 1:
            gap = 7
        else:
            gaps = [b - a for a, b in itertools.pairwise(combo)] + [combo[0] + 7 - combo[-1]]
            gap = min(gaps)
        key = (sum(len(on_day[d]) for d in combo), -gap, combo)
        if best_key is None or key < best_key:
            best_key, best = key, list(combo)
    return best


def build_routine(*, answers: Answers, catalogue: Catalogue) -> Routine:
    """The personal routine for these answers, from this catalogue snapshot alone (no database)."""
    return _Engine(answers, catalogue).build()
