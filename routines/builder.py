"""The routine engine: a person's answers and a catalogue snapshot in, a personal routine out.

Pure: no ORM, no settings, no clock. `build_routine(answers=..., catalogue=...)` reads only the frozen
snapshot from `routines/catalogue.py` and returns the typed `routines.routine.Routine`, so it runs in
a plain test and gives the same routine for the same answers and catalogue.

What one person may have is decided first, apart from the algorithm, by `routines/rules.py`
(exclusions, caps, conflicts, templates, warnings). This module is the algorithm, in order:
1. Base steps (cleanse, tone, moisturise, sunscreen, the evening make-up remover): for each step
   template that applies, the product type of that kind that suits the skin type best.
2. Treatments: ingredients whose `chosen_when` matches, ranked by the number of matching answers; at
   most one per active group (one acid, or two of different classes for experienced adults; one
   retinoid; one clay; ...) and daily serums only for a purpose no chosen product serves yet, each
   placed through a product type that carries it. A prescription retinoid user's prescription is
   their retinoid step.
3. The time budget caps steps per slot on any day, then the shopping list is cut to its limit: daily
   steps go by template priority; sunscreen and a make-up wearer's remover are never cut.
4. Scheduled actives (fewer than 7 evenings a week) go on the weekly evening calendar, spread out,
   never with a conflicting class on one evening, exfoliants within one shared weekly budget.
5. The introduction plan (`phases`): one new active at a time, each after a patch test, starting on
   its catalogue start frequency and stepping up to its target; then the shopping list, warnings,
   myths, tips, referrals, treatments and the results timeline.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass, field

from ingredients.vocab import EXFOLIATING_ACIDS, Evidence, IngredientClass, Slot, StepKind, TimeOfDay

from . import catalogue as cat
from . import routine as out
from .answers import Answers
from .rules import (
    CHECKIN_WEEKS,
    EVERY_DAY,
    EXFOLIANT_CLASSES,
    RESULTS_MAX_WEEKS,
    RESULTS_MIN_WEEKS,
    Rules,
    rules_for,
    warning_codes,
    warning_kind,
)

DAYS = out.DAYS

# Steps every routine is built on; treatments never take their place.
BASE_KINDS = (StepKind.OIL_CLEANSE, StepKind.CLEANSE, StepKind.TONE, StepKind.MOISTURISE, StepKind.SUNSCREEN)
# Kept when a time budget forces cuts, unless nothing else is left to cut.
KEEP_IF_POSSIBLE = frozenset({StepKind.CLEANSE, StepKind.MOISTURISE})
ACID_GROUP = "exfoliating_acid"
EVIDENCE_RANK = {e.value: rank for rank, e in enumerate(Evidence)}  # strong first


@dataclass(kw_only=True, eq=False)
class _Draft:
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


def _time_fits(ing: cat.Ingredient, slot: str) -> bool:
    return ing.time_of_day == TimeOfDay.EITHER or ing.time_of_day == slot


def _active_group(ing: cat.Ingredient, *, scheduled: bool) -> str | None:
    """The group an active belongs to (one ingredient per group), or None for a supporting serum.
    Which ingredients are actives is catalogue data (`Ingredient.active`)."""
    if ing.ingredient_class in EXFOLIATING_ACIDS:
        return ACID_GROUP
    if ing.active or scheduled:
        return ing.ingredient_class
    return None


class _Builder:
    def __init__(self, answers: Answers, catalogue: cat.Catalogue):
        self.answers = answers
        self.catalogue = catalogue
        self.rules: Rules = rules_for(answers=answers, catalogue=catalogue)
        self.drafts: list[_Draft] = []
        self.uses: dict[_Draft, out.Use] = {}  # one `Use` per scheduled step, on every evening and phase

    # -- choose and place -----------------------------------------------------------------------

    def add_base_steps(self) -> None:
        for slot in (Slot.AM, Slot.PM):
            for kind in BASE_KINDS:
                template = self.rules.templates.get((kind, slot))
                if template is None:
                    continue
                chosen = self.base_product(kind, slot)
                if chosen is not None:
                    pt, ingredients = chosen
                    self.drafts.append(_Draft(slot=slot, template=template, product_type=pt, ingredients=ingredients))

    def base_product(self, kind: str, slot: str) -> tuple[cat.ProductType, list[cat.Ingredient]] | None:
        """The product type of this kind that suits the skin type best, with the ingredients it may list."""
        # The same for everyone with the same skin type, the same ingredients left out and the same answers
        # that some product types are offered for (a water-resistant sunscreen).
        offered = self.rules.facts & self.catalogue.product_type_facts
        key = ("base", kind, slot, self.rules.skin, self.rules.left_out, self.rules.beginner, offered)
        chosen = self.catalogue.rules_memo.get(key, False)
        if chosen is False:
            chosen = self.catalogue.rules_memo[key] = self._base_product(kind, slot)
        return None if chosen is None else (chosen[0], list(chosen[1]))

    def _base_product(self, kind: str, slot: str) -> tuple[cat.ProductType, tuple[cat.Ingredient, ...]] | None:
        rules, best = self.rules, None
        for pt in self.catalogue.product_types:
            if pt.step_kind != kind or (pt.offered_when and rules.facts.isdisjoint(pt.offered_when)):
                continue
            suits = rules.suits(pt.skin_types)
            if not suits and kind != StepKind.SUNSCREEN:
                continue
            kept, dropped, ok = [], 0, True
            for slug in pt.key_ingredients:
                ing = self.catalogue.ingredient_by_slug.get(slug)
                if ing is None:
                    continue
                if ing.prescription_only or slug in rules.left_out:
                    dropped += 1
                elif rules.per_week[slug] < EVERY_DAY or not _time_fits(ing, slot):
                    ok = False  # a daily step can't carry a scheduled or wrong-time active
                    break
                else:
                    kept.append(ing)
            if not ok or (pt.key_ingredients and not kept):
                continue
            # One offered for these answers goes before a general one.
            key = (not suits, not pt.offered_when, dropped, len(pt.skin_types) or 99, pt.texture_rank, pt.slug)
            if best is None or key < best[0]:
                best = (key, pt, tuple(kept))
        return None if best is None else (best[1], best[2])

    def add_prescription_retinoid(self) -> cat.Ingredient | None:
        """A prescription retinoid user's own retinoid, as the evening retinoid step."""
        if not self.rules.prescription_retinoid or self.rules.stop_prescription_retinoid:
            return None  # pregnant or trying: stop it now (the first warning says so), never a step
        rx = {
            i.slug
            for i in self.catalogue.ingredients
            if i.prescription_only
            and i.ingredient_class == IngredientClass.RETINOID
            and i.slug not in self.rules.left_out
        }
        for pt in self.catalogue.product_types:
            template = self.rules.templates.get((pt.step_kind, Slot.PM))
            ingredients = [self.catalogue.ingredient_by_slug[s] for s in pt.key_ingredients if s in rx]
            if template is None or not ingredients:
                continue
            times = min(self.rules.per_week[i.slug] for i in ingredients)
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
            return ingredients[0]
        return None

    def add_treatments(self) -> None:
        """First-line ingredients for each answer that has them (catalogue `FirstLine` rows, by evidence),
        within the active ceiling; then supporting serums for a purpose nothing chosen serves yet."""
        rules = self.rules
        self.groups: dict[str, list[cat.Ingredient]] = {}
        self.chosen: list[cat.Ingredient] = []
        self.daily_count = 0
        rx = self.add_prescription_retinoid()
        if rx is not None:
            self.groups[IngredientClass.RETINOID] = [rx]
            self.chosen.append(rx)
        # One product per purpose: a daily serum is only added for a class that no moisturiser or
        # serum chosen so far already carries (a gel moisturiser with niacinamide: no niacinamide serum).
        self.served = {
            i.ingredient_class
            for d in self.drafts
            if d.kind in (StepKind.MOISTURISE, StepKind.TREAT)
            for i in d.ingredients
        }
        rank = 2
        self.served_facts: set[str] = set()
        for fact, pick, ingredients in rules.first_lines:
            classes = {i.ingredient_class for i in ingredients}
            have = sum(1 for c in self.chosen if c.ingredient_class in classes)
            for ing in ingredients:
                if have >= pick:
                    break
                if ing in self.chosen or not self.offerable(ing):
                    continue
                if not ing.active and ing.ingredient_class in self.served:
                    have += 1  # already inside the cleanser, moisturiser or a serum
                    continue
                if self.try_add(ing, rank):
                    have += 1
                    rank += 1
            if have:
                self.served_facts.add(fact)
        self.add_supporting(rank)

    def offerable(self, ing: cat.Ingredient) -> bool:
        return self.rules.leave_on(ing) and self.rules.skin in ing.skin_types

    def actives_count(self) -> int:
        return sum(1 for i in self.chosen if i.active)

    def add_supporting(self, rank: int) -> None:
        """Supporting serums (never actives) for answers that name them, strongest match first."""
        rules = self.rules
        candidates = []
        for ing in self.catalogue.ingredients:
            if ing.active or not self.offerable(ing) or rules.per_week[ing.slug] < EVERY_DAY:
                continue
            # Only answers a first-line choice has not served already give a serum a purpose.
            score = sum(1 for f in ing.chosen_when if f in rules.facts and f not in self.served_facts)
            if score:
                candidates.append((-score, EVIDENCE_RANK.get(ing.evidence, 9), ing.slug, ing))
        candidates.sort(key=lambda c: c[:3])
        for *_, ing in candidates:
            if self.try_add(ing, rank):
                rank += 1

    def try_add(self, ing: cat.Ingredient, rank: int) -> bool:
        """Place one chosen ingredient, within the active ceiling, one per active group, and the serum budget."""
        rules = self.rules
        times = rules.target_per_week(ing)
        scheduled = times < EVERY_DAY
        group = _active_group(ing, scheduled=scheduled)
        if group is not None:
            members = self.groups.get(group, [])
            limit = rules.max_acids if group == ACID_GROUP else 1
            if len(members) >= limit or any(m.ingredient_class == ing.ingredient_class for m in members):
                return False
            if ing.active and self.actives_count() >= rules.max_actives:
                return False
        elif self.daily_count >= rules.daily_serums or ing.ingredient_class in self.served:
            return False
        # Scheduled actives go on the evening calendar only.
        slots = [s for s in ((Slot.PM,) if scheduled else (Slot.AM, Slot.PM)) if _time_fits(ing, s)]
        if not self.place_treatment(ing, slots, times, rank):
            return False
        self.chosen.append(ing)
        if group is not None:
            self.groups.setdefault(group, []).append(ing)
        else:
            self.daily_count += 1
        # Every class the product carries is served now, not only the one it was chosen for.
        self.served.update(i.ingredient_class for d in self.drafts if d.rank == rank for i in d.ingredients)
        return True

    def place_treatment(self, ing: cat.Ingredient, slots: list[str], times: int, rank: int) -> bool:
        rules = self.rules
        scheduled = times < EVERY_DAY
        options = []
        for pt in self.catalogue.product_types_carrying.get(ing.slug, ()):
            if pt.step_kind in BASE_KINDS or not rules.suits(pt.skin_types):
                continue
            if not scheduled and pt.step_kind == StepKind.MASK:
                continue  # a mask is an occasional step, never a daily one
            fitting = [s for s in slots if (pt.step_kind, s) in rules.templates]
            if not fitting:
                continue
            others = [self.catalogue.ingredient_by_slug.get(s) for s in pt.key_ingredients if s != ing.slug]
            awkward = sum(1 for o in others if o is None or not self.companion_ok(o, ing, fitting[0]))
            options.append(((awkward, len(pt.key_ingredients), pt.texture_rank, pt.slug), pt, fitting))
        if not options:
            return False
        _, pt, fitting = min(options, key=lambda o: o[0])

        placed = False
        mine = frozenset((ing.ingredient_class,))
        for slot in fitting:
            in_slot = [d for d in self.drafts if d.slot == slot]
            if any(rules.clash(mine, d.classes, evening=not (scheduled and d.scheduled)) for d in in_slot):
                continue
            same = next((d for d in in_slot if d.product_type.slug == pt.slug), None)
            if same is not None:
                if same.scheduled != scheduled or rules.clash(mine, same.classes):
                    continue
                if ing not in same.ingredients:
                    same.ingredients.insert(0, ing)
                else:  # already listed as a companion: it leads the step now
                    same.ingredients.remove(ing)
                    same.ingredients.insert(0, ing)
                same.times = min(same.times, times)
                placed = True
                continue
            # A companion another serum of this slot already puts on the skin is not listed twice.
            listed = {i.slug for d in in_slot if d.kind == StepKind.TREAT for i in d.ingredients}
            companions = [
                o
                for s in pt.key_ingredients
                if s != ing.slug
                and s not in listed
                and (o := self.catalogue.ingredient_by_slug.get(s)) is not None
                and self.companion_ok(o, ing, slot)
            ]
            self.drafts.append(
                _Draft(
                    slot=slot,
                    template=rules.templates[(pt.step_kind, slot)],
                    product_type=pt,
                    ingredients=[ing, *companions],
                    times=times,
                    rank=rank,
                )
            )
            placed = True
        return placed

    def companion_ok(self, other: cat.Ingredient, ing: cat.Ingredient, slot: str) -> bool:
        """Another key ingredient of a treatment's product type that may be listed beside it."""
        # Actives never ride along: each is chosen (and scheduled) on its own.
        return (
            self.rules.leave_on(other)
            and _active_group(other, scheduled=False) is None
            and self.rules.per_week[other.slug] == EVERY_DAY
            and _time_fits(other, slot)
            and not self.rules.clash(frozenset((other.ingredient_class,)), frozenset((ing.ingredient_class,)))
        )

    # -- cut to the budget and the shopping list ---------------------------------------------------

    def cuttable(self, d: _Draft) -> bool:
        return not self.rules.protected(d.kind, d.slot)

    def _lowest(self, drafts: list[_Draft], *, keep_base: bool = True) -> _Draft | None:
        pool = [d for d in drafts if self.cuttable(d) and not d.scheduled]
        preferred = [d for d in pool if d.kind not in KEEP_IF_POSSIBLE] if keep_base else pool
        pool = preferred or pool
        return min(pool, key=_Draft.cut_key) if pool else None

    def _remove(self, draft: _Draft) -> None:
        self.drafts.remove(draft)

    def fit_budget(self) -> int | None:
        """Cut steps to the slot cap; returns how many actives fit on one evening (None: no cap)."""
        cap = self.rules.steps_per_slot
        if cap is None:
            return None
        am = [d for d in self.drafts if d.slot == Slot.AM]
        while len(am) > cap:
            victim = self._lowest(am)
            if victim is None:
                break
            am.remove(victim)
            self._remove(victim)

        daily = [d for d in self.drafts if d.slot == Slot.PM and not d.scheduled]
        scheduled = [d for d in self.drafts if d.slot == Slot.PM and d.scheduled]
        remover = any(d.kind == StepKind.OIL_CLEANSE for d in daily) and self.rules.wears_makeup
        # Actives need one place an evening; they are kept unless every one of them matters less than
        # the least important daily step that could make room for them.
        while len(daily) + (1 if scheduled else 0) > cap:
            cuttable = [d for d in daily if self.cuttable(d) and d.kind not in KEEP_IF_POSSIBLE]
            if remover and any(d.kind == StepKind.CLEANSE for d in daily):
                # A daily active (azelaic acid) stays; the remover becomes the one cleanse first.
                cuttable = [d for d in cuttable if not self.daily_active(d)]
            serums = [d for d in cuttable if self.supporting(d)]
            if scheduled and serums:
                # An evening active does the job; a supporting serum gives way to it first.
                cuttable = serums
            low_daily = min(cuttable, key=_Draft.cut_key) if cuttable else None
            top_active = max((d.template.priority for d in scheduled), default=None)
            if scheduled and serums:
                top_active = None
            water_cleanse = next((d for d in daily if d.kind == StepKind.CLEANSE), None) if remover else None
            if low_daily is not None and (top_active is None or low_daily.template.priority <= top_active):
                victim = low_daily
            elif water_cleanse is not None:
                # The make-up remover (an oil or balm that rinses off) becomes the evening's one cleanse
                # before an active or the moisturiser gives way.
                victim = water_cleanse
            elif scheduled:
                for d in scheduled:
                    self._remove(d)
                scheduled = []
                continue
            else:
                victim = self._lowest(daily)
                if victim is None:
                    break
            daily.remove(victim)
            self._remove(victim)
        return max(cap - len(daily), 0)

    def product_count(self) -> int:
        return len({d.product_type.slug for d in self.drafts})

    def fit_products(self) -> None:
        """The fewest products: cut the least important daily extras until the list fits its limit."""
        while self.product_count() > self.rules.product_limit:
            extras = [
                d
                for d in self.drafts
                if self.cuttable(d) and d.kind not in KEEP_IF_POSSIBLE and d.kind != StepKind.OIL_CLEANSE
            ]
            if not extras:
                break
            # Supporting serums go before actives; among each, the weaker evidence, then the lowest
            # curated priority, first.
            victim = min(
                extras,
                key=lambda d: (
                    d.scheduled or self.daily_active(d),
                    -EVIDENCE_RANK.get(d.lead.evidence, 9),
                    *d.cut_key(),
                ),
            )
            for d in [d for d in self.drafts if d.product_type.slug == victim.product_type.slug]:
                self._remove(d)

    # -- the calendar ------------------------------------------------------------------------------

    def schedule(self, per_evening: int | None) -> None:
        """Put scheduled steps on evenings: spread out, never two conflicting classes on one evening,
        every exfoliant within one shared weekly budget."""
        scheduled = [d for d in self.drafts if d.scheduled]
        # The prescription first (its evenings are the prescriber's), then by the curated priority of
        # the step (an acid before a clay mask), then the harder-to-place frequent ones.
        # A retinoid comes next: it must reach its least target (rules.target_per_week) to work at all.
        scheduled.sort(
            key=lambda d: (
                not d.prescription,
                IngredientClass.RETINOID not in d.classes,
                -d.template.priority,
                -d.times,
                d.rank,
                d.product_type.slug,
            )
        )
        on_day: list[list[_Draft]] = [[] for _ in DAYS]
        exfoliation_left = self.rules.exfoliation_evenings
        exfoliants_left = sum(1 for d in scheduled if d.classes & EXFOLIANT_CLASSES)
        for draft in scheduled:
            exfoliant = bool(draft.classes & EXFOLIANT_CLASSES)
            if exfoliant:
                # Each exfoliant still to come keeps one evening of the shared budget.
                exfoliants_left -= 1
                wanted = min(draft.times, max(exfoliation_left - exfoliants_left, 0))
            else:
                wanted = draft.times
            allowed = [
                day
                for day in range(len(DAYS))
                if (per_evening is None or len(on_day[day]) < per_evening)
                and not any(self.rules.clash(draft.classes, other.classes) for other in on_day[day])
            ]
            days = _spread(allowed, min(wanted, len(allowed)), on_day)
            if not days or (self.too_rare(draft, len(days))):
                self._remove(draft)
                continue
            draft.times = len(days)
            draft.days = days
            if exfoliant:
                exfoliation_left -= len(days)
            for day in days:
                on_day[day].append(draft)

    def too_rare(self, draft: _Draft, evenings: int) -> bool:
        """An over-the-counter retinoid on fewer evenings than its least target can't work: left out."""
        return (
            not draft.prescription
            and IngredientClass.RETINOID in draft.classes
            and evenings < min(self.rules.retinoid_min_evenings, draft.times)
        )

    # -- assembly ----------------------------------------------------------------------------------

    def build(self) -> out.Routine:
        self.add_base_steps()
        self.add_treatments()
        per_evening = self.fit_budget()
        self.fit_products()
        self.schedule(per_evening)

        am = sorted((d for d in self.drafts if d.slot == Slot.AM), key=_Draft.sort_key)
        pm = sorted((d for d in self.drafts if d.slot == Slot.PM), key=_Draft.sort_key)
        actives = [d for d in pm if d.scheduled]
        phases = self.phases(actives, daily=[d for d in am + pm if self.daily_active(d)])
        used = list({i.slug: i for d in am + pm for i in d.ingredients}.values())
        scheduled_classes = {c for d in actives for c in d.classes}
        return out.Routine(
            am=tuple(self.step(d) for d in am),
            pm=tuple(self.step(d) for d in pm),
            weekly=self.week({d: d.days for d in actives}),
            ramp_up=tuple(out.RampStage(weeks=p.weeks, text=p.text) for p in phases) if actives else (),
            warnings=self.warnings(used, scheduled_classes, patch_tested=any(p.patch_test for p in phases)),
            excluded=self.excluded(),
            referrals=tuple(_referral(r) for r in self.catalogue.referrals if r.applies(self.rules.facts)),
            myths=tuple(_myth(m) for m in self.catalogue.myths if m.applies(self.rules.facts)),
            tips=tuple(_tip(t) for t in self.catalogue.tips if t.applies(self.rules.facts)),
            treatments=tuple(
                _treatment(t)
                for t in self.catalogue.treatments
                if t.applies(self.rules.facts) and not any(f in self.rules.facts for f in t.not_for)
            ),
            products=self.products(am + pm),
            phases=phases,
            timeline=self.timeline(phases),
            disclaimer=(n.text if (n := self.catalogue.notice_by_slug.get("disclaimer")) else ""),
        )

    def step(self, d: _Draft) -> out.Step:
        how = d.product_type.how or d.template.how
        if d.prescription and d.product_type.description:
            how = d.product_type.description
        return out.Step(
            kind=d.kind,
            title=d.template.title,
            product_type=d.product_type.slug,
            product_type_name=d.product_type.name,
            ingredients=tuple(_ingredient_use(i) for i in d.ingredients),
            times_per_week=d.times,
            how=how,
            sources=_template_sources(d.template),
        )

    def week(self, days_of: dict[_Draft, list[int]]) -> out.Week:
        """The evenings on which each scheduled step is used."""
        uses: dict[str, list[out.Use]] = {day: [] for day in DAYS}
        for d, days in sorted(days_of.items(), key=lambda item: item[0].sort_key()):
            use = self.uses.get(d)
            if use is None:
                use = self.uses[d] = out.Use(
                    kind=d.kind,
                    product_type=d.product_type.slug,
                    product_type_name=d.product_type.name,
                    ingredients=tuple(i.slug for i in d.ingredients),
                    names=tuple(i.name for i in d.ingredients),
                    classes=tuple(dict.fromkeys(i.ingredient_class for i in d.ingredients)),
                )
            for day in days:
                uses[DAYS[day]].append(use)
        return out.Week(**{day: tuple(u) for day, u in uses.items()})

    @staticmethod
    def daily_active(d: _Draft) -> bool:
        """A daily step with an active in it (benzoyl peroxide every morning): introduced like the others."""
        return not d.scheduled and d.rank > 0 and d.lead.active

    def supporting(self, d: _Draft) -> bool:
        """A daily serum that supports the actives rather than doing the job: the first to give way."""
        return d.rank > 0 and not d.scheduled and not d.lead.active

    def phases(self, actives: list[_Draft], daily: list[_Draft] = ()) -> tuple[out.Phase, ...]:
        """The introduction plan: one new active at a time, each from its start frequency up to its
        target, stepping up by one evening every `step_up_weeks`; the next starts once the one before
        has reached its target. A prescription follows the prescriber: at its target from week 1."""
        stages = self.catalogue.ramp_up_stages
        if not actives and not daily:
            return (
                out.Phase(
                    weeks="1+",
                    start_week=1,
                    end_week=None,
                    introduces=(),
                    patch_test=(),
                    weekly=self.week({}),
                    text=stages[-1].text if stages else "",
                ),
            )
        prescribed = [d for d in actives if d.prescription]
        # One product once, even when it is used morning and evening.
        daily = list({d.product_type.slug: d for d in daily}.values())
        queue = sorted(
            [*(d for d in actives if not d.prescription), *daily], key=lambda d: (-d.template.priority, d.rank)
        )
        # Week by week: how many evenings each active is used.
        counts: list[dict[_Draft, int]] = []
        week = {d: d.times for d in prescribed}
        introduced_at: dict[_Draft, int] = {}
        for d in queue:
            if introduced_at:
                # One new active at a time, at least `new_active_gap_weeks` after the one before.
                last = max(introduced_at.values())
                counts.extend([week] * max(0, last + self.rules.new_active_gap_weeks - len(counts)))
            introduced_at[d] = len(counts)
            if not d.scheduled:
                # A daily active starts every day; the next one waits until it has settled in.
                for _ in range(max(2, d.lead.step_up_weeks)):
                    counts.append({**week, d: EVERY_DAY})
                week = {**week, d: EVERY_DAY}
                continue
            n = self.rules.start_per_week(d.lead)
            step_up = max(1, d.lead.step_up_weeks)
            while True:
                week = {**week, d: min(n, d.times)}
                for _ in range(step_up if n < d.times else 1):
                    counts.append(week)
                if n >= d.times:
                    break
                n += 1
        if not counts:
            counts.append(week)
        # Merge equal weeks into phases; the last one lasts.
        phases, start = [], 0
        for i in range(1, len(counts) + 1):
            if i == len(counts) or counts[i] != counts[start]:
                phases.append((start, i - 1, counts[start]))
                start = i
        result = []
        for n, (first, last, plan) in enumerate(phases):
            final = n == len(phases) - 1
            new = [d for d, at in introduced_at.items() if at == first]
            days_of = {d: _subset(d.days, k) for d, k in plan.items() if d.scheduled}
            stage = stages[min(n, len(stages) - 1) if not final else len(stages) - 1] if stages else None
            result.append(
                out.Phase(
                    weeks=f"{first + 1}+"
                    if final
                    else (f"{first + 1}" if first == last else f"{first + 1}-{last + 1}"),
                    start_week=first + 1,
                    end_week=None if final else last + 1,
                    introduces=tuple(d.lead.slug for d in new),
                    introduces_names=tuple(d.lead.name for d in new),
                    patch_test=tuple(d.lead.slug for d in new),
                    weekly=self.week(days_of if not final else {d: d.days for d in actives}),
                    text=stage.text if stage else "",
                )
            )
        return tuple(result)

    def products(self, drafts: list[_Draft]) -> tuple[out.Product, ...]:
        """The shopping list: each product once, in order of first use."""
        rules = self.rules
        # What to avoid on any label: the classes and ingredients ruled out for this person, and fragrance
        # where it is due (routines/rules.py).
        avoid = rules.avoid
        seen: dict[str, dict] = {}
        for d in drafts:
            entry = seen.setdefault(d.product_type.slug, {"draft": d, "slots": [], "times": 0, "ingredients": {}})
            if d.slot not in entry["slots"]:
                entry["slots"].append(d.slot)
            entry["times"] = max(entry["times"], d.times)
            for i in d.ingredients:
                entry["ingredients"].setdefault(i.slug, i)
        return tuple(
            out.Product(
                product_type=slug,
                name=e["draft"].product_type.name,
                kind=e["draft"].kind,
                slots=tuple(s for s in (Slot.AM, Slot.PM) if s in e["slots"]),
                times_per_week=e["times"],
                look_for=tuple(_look_for(i) for i in e["ingredients"].values()),
                avoid=tuple(avoid),
            )
            for slug, e in seen.items()
        )

    def timeline(self, phases: tuple[out.Phase, ...]) -> out.Timeline:
        notice = self.catalogue.notice_by_slug.get("results-timeline")
        settled = phases[-1].start_week if phases else 1
        checkins = sorted({w for w in CHECKIN_WEEKS if w <= RESULTS_MAX_WEEKS} | ({settled} if settled > 1 else set()))
        return out.Timeline(
            min_weeks=RESULTS_MIN_WEEKS,
            max_weeks=RESULTS_MAX_WEEKS,
            text=notice.text if notice else "",
            sources=_sources(notice.sources) if notice else (),
            checkins=tuple(checkins),
        )

    def warnings(
        self, used: list[cat.Ingredient], scheduled_classes: set[str], *, patch_tested: bool
    ) -> tuple[out.WarningNote, ...]:
        codes = warning_codes(
            self.rules, self.catalogue, used=used, scheduled_classes=scheduled_classes, patch_tested=patch_tested
        )
        return tuple(_warning(self.catalogue.warning_by_code[c]) for c in codes)

    def excluded(self) -> tuple[out.Excluded, ...]:
        names, warnings = self.catalogue.ingredient_by_slug, self.catalogue.warning_by_code
        return tuple(
            _excluded(c, names[slug], warnings.get(c.warning)) for slug, c in sorted(self.rules.excluded.items())
        )


def _shared(make):
    """Output records for a catalogue row are made once per row (kept on the frozen row itself) and
    shared by every routine built from the snapshot, so each is also written as JSON once."""
    attr = f"_out{make.__name__}"

    @functools.wraps(make)
    def once(row, *args):
        memo = row.__dict__.get(attr)
        if memo is None:
            memo = {}
            object.__setattr__(row, attr, memo)
        key = args[0].slug if args else None
        made = memo.get(key)
        if made is None:
            made = memo[key] = make(row, *args)
        return made

    return once


@_shared
def _ingredient_use(i: cat.Ingredient) -> out.IngredientUse:
    return out.IngredientUse(
        slug=i.slug, name=i.name, ingredient_class=i.ingredient_class, why=i.why, strength=i.strength or None
    )


@_shared
def _look_for(i: cat.Ingredient) -> out.LookFor:
    return out.LookFor(slug=i.slug, name=i.name, strength=i.strength or None)


@_shared
def _template_sources(t: cat.RoutineStep) -> tuple[out.Source, ...]:
    return _sources(t.sources)


@_shared
def _referral(r: cat.ReferralRule) -> out.Referral:
    return out.Referral(code=r.code, text=r.text, sources=_sources(r.sources))


@_shared
def _myth(m: cat.Myth) -> out.Myth:
    return out.Myth(slug=m.slug, myth=m.myth, reality=m.reality, explanation=m.explanation, sources=_sources(m.sources))


@_shared
def _tip(t: cat.LifestyleTip) -> out.Tip:
    return out.Tip(code=t.slug, title=t.title, text=t.text, sources=_sources(t.sources))


@_shared
def _treatment(t: cat.ProfessionalTreatment) -> out.Treatment:
    return out.Treatment(slug=t.slug, name=t.name, text=t.description, cautions=t.cautions, sources=_sources(t.sources))


@_shared
def _warning(w: cat.WarningMessage) -> out.WarningNote:
    return out.WarningNote(
        code=w.code, title=w.title, text=w.text, sources=_sources(w.sources), kind=warning_kind(w.code)
    )


@_shared
def _excluded(c: cat.Contraindication, ing: cat.Ingredient, warning: cat.WarningMessage | None) -> out.Excluded:
    return out.Excluded(
        ingredient=ing.slug,
        name=ing.name,
        reason=c.warning,
        reason_title=warning.title if warning else "",
        text=c.text,
        sources=_sources(c.sources),
    )


def _sources(sources: tuple[cat.Source, ...]) -> tuple[out.Source, ...]:
    return tuple(_source(s) for s in sources)


@_shared
def _source(s: cat.Source) -> out.Source:
    return out.Source(title=s.title, url=s.url, seed=s.seed, citation=s.citation, kind=s.kind)


def _subset(days: list[int], k: int) -> list[int]:
    """`k` of an active's target evenings, spread out, so a phase never adds a conflict."""
    if k >= len(days):
        return list(days)
    return _spread(days, k, [[] for _ in DAYS])


def _spread(allowed: list[int], times: int, on_day: list[list]) -> list[int]:
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


def build_routine(*, answers: Answers, catalogue: cat.Catalogue) -> out.Routine:
    """The personal routine for these answers, from this catalogue snapshot alone (no database)."""
    return _Builder(answers, catalogue).build()
