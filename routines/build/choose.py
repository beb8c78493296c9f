"""Choose: the steps a person gets and the product type each is made with.

1. Base steps (cleanse, tone, moisturise, sunscreen, the evening make-up remover): for each step
   template that applies, the product type of that kind that suits the skin type best.
2. Treatments: first the first-line ingredients for each answer that has them (catalogue `FirstLine`
   rows, by evidence) within the active ceiling (`Rules.max_actives`); then supporting serums whose
   `chosen_when` matches an answer no first-line choice served, by the number of matching answers; at
   most one per active group (one acid, or two of different classes for experienced adults; one
   retinoid; one clay; ...) and daily serums only for a purpose no chosen product serves yet, each
   placed through a product type that carries it. A prescription retinoid user's prescription is
   their retinoid step.
"""

from __future__ import annotations

from ingredients.vocab import IngredientClass, Slot, StepKind

from .. import catalogue as cat
from ..routine import EVERY_DAY
from ..rules import EMPTY
from .draft import ACID_GROUP, BASE_KINDS, EVIDENCE_RANK, Build, Draft, active_group, time_fits


def choose(build: Build) -> None:
    """Add the base steps, then the treatments, to `build.drafts`."""
    _add_base_steps(build)
    _add_treatments(build)


# --- Base steps ----------------------------------------------------------------------------------


def _add_base_steps(build: Build) -> None:
    # Every base product at once, for everyone who shares what decides them all (each one, on a miss,
    # through `_base_product`).
    memo, rules = build.memo, build.rules
    slugs, offered = memo.get(("base-inputs",), _base_inputs, build.catalogue, None)
    key = (
        "bases",
        rules.skin,
        rules.facts & offered,
        rules.left_out.intersection(slugs),
        *map(rules.per_week.get, slugs),
    )
    bases = memo.get(key, _base_products, build)
    for slot in (Slot.AM, Slot.PM):
        for kind in BASE_KINDS:
            template = build.rules.templates.get((kind, slot))
            if template is None:
                continue
            chosen = bases[(kind, slot)]
            if chosen is not None:
                pt, ingredients = chosen
                build.drafts.append(Draft(slot=slot, template=template, product_type=pt, ingredients=list(ingredients)))


def _base_products(build: Build) -> dict[tuple[str, str], tuple | None]:
    return {(kind, slot): _base_product(build, kind, slot) for slot in (Slot.AM, Slot.PM) for kind in BASE_KINDS}


def _base_product(build: Build, kind: str, slot: str) -> tuple[cat.ProductType, tuple[cat.Ingredient, ...]] | None:
    """The product type of this kind that suits the skin type best, with the ingredients it may list.

    The same for everyone with the same skin type, the same answers among those the product types of
    this kind are offered for (a water-resistant sunscreen), and the same rules for the ingredients
    they list (left out or not, how often each may be used): worked out once per snapshot for each.
    """
    memo, rules = build.memo, build.rules
    slugs, offered = memo.get(("base-inputs", kind), _base_inputs, build.catalogue, kind)
    key = (
        "base",
        kind,
        slot,
        rules.skin,
        rules.facts & offered,
        rules.left_out.intersection(slugs),
        *(rules.per_week.get(slug) for slug in slugs),
    )
    return memo.get(key, _best_base_product, build, kind, slot)


def _base_inputs(catalogue: cat.Catalogue, kind: str | None) -> tuple[tuple[str, ...], frozenset[str]]:
    """The ingredients the product types of this kind (None: of every base kind) list, and the answers
    any of them is offered for."""
    kinds = BASE_KINDS if kind is None else (kind,)
    types = [pt for pt in catalogue.product_types if pt.step_kind in kinds]
    slugs = sorted({slug for pt in types for slug in pt.key_ingredients})
    return tuple(slugs), frozenset(f for pt in types for f in pt.offered_when)


def _best_base_product(build: Build, kind: str, slot: str):
    rules, best = build.rules, None
    for pt in build.catalogue.product_types:
        if pt.step_kind != kind or (pt.offered_when and rules.facts.isdisjoint(pt.offered_when)):
            continue
        suits = rules.suits(pt.skin_types)
        if not suits and kind != StepKind.SUNSCREEN:
            continue
        listed = _base_ingredients(build, pt, slot)
        if listed is None:
            continue
        kept, dropped = listed
        # One offered for these answers goes before a general one.
        key = (not suits, not pt.offered_when, dropped, len(pt.skin_types) or 99, pt.texture_rank, pt.slug)
        if best is None or key < best[0]:
            best = (key, pt, kept)
    return None if best is None else (best[1], best[2])


def _base_ingredients(build: Build, pt: cat.ProductType, slot: str) -> tuple[tuple[cat.Ingredient, ...], int] | None:
    """The key ingredients a base step of this product type may list, and how many it leaves out; None
    when it can't be a daily step in this slot."""
    rules, kept, dropped = build.rules, [], 0
    for slug in pt.key_ingredients:
        ing = build.catalogue.ingredient_by_slug.get(slug)
        if ing is None:
            continue
        if ing.prescription_only or slug in rules.left_out:
            dropped += 1
        elif rules.per_week[slug] < EVERY_DAY or not time_fits(ing, slot):
            return None  # a daily step can't carry a scheduled or wrong-time active
        else:
            kept.append(ing)
    if pt.key_ingredients and not kept:
        return None
    return tuple(kept), dropped


# --- Treatments ----------------------------------------------------------------------------------


def _add_prescription_retinoid(build: Build) -> cat.Ingredient | None:
    """A prescription retinoid user's own retinoid, as the evening retinoid step."""
    rules, catalogue = build.rules, build.catalogue
    if not rules.prescription_retinoid or rules.stop_prescription_retinoid:
        return None  # pregnant or trying: stop it now (the first warning says so), never a step
    rx = {
        i.slug
        for i in catalogue.ingredients
        if i.prescription_only and i.ingredient_class == IngredientClass.RETINOID and i.slug not in rules.left_out
    }
    for pt in catalogue.product_types:
        template = rules.templates.get((pt.step_kind, Slot.PM))
        ingredients = [catalogue.ingredient_by_slug[s] for s in pt.key_ingredients if s in rx]
        if template is None or not ingredients:
            continue
        times = min(rules.per_week[i.slug] for i in ingredients)
        build.drafts.append(
            Draft(
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


def _add_treatments(build: Build) -> None:
    """First-line ingredients for each answer that has them (catalogue `FirstLine` rows, by evidence),
    within the active ceiling; then supporting serums for a purpose nothing chosen serves yet."""
    picks = _Picks(build)
    rx = _add_prescription_retinoid(build)
    if rx is not None:
        picks.groups[IngredientClass.RETINOID] = [rx]
        picks.take(rx)
    # One product per purpose: a daily serum is only added for a class that no moisturiser or
    # serum chosen so far already carries (a gel moisturiser with niacinamide: no niacinamide serum).
    picks.served = {
        i.ingredient_class
        for d in build.drafts
        if d.kind in (StepKind.MOISTURISE, StepKind.TREAT)
        for i in d.ingredients
    }
    picks.add_first_lines()
    picks.add_supporting()


class _Picks:
    """The treatments chosen so far for one routine: by active group, daily serums, classes served."""

    def __init__(self, build: Build):
        self.build = build
        self.rules = build.rules
        self.groups: dict[str, list[cat.Ingredient]] = {}
        self.chosen: list[cat.Ingredient] = []
        self.chosen_ids: set[int] = set()  # by identity: a snapshot's rows are unique
        self.actives = 0
        self.daily_count = 0
        self.served: set[str] = set()
        self.served_facts: set[str] = set()
        self.rank = 2

    def add_first_lines(self) -> None:
        chosen, offerable = self.chosen, self.offerable
        for fact, pick, ingredients in self.rules.first_lines:
            classes = {i.ingredient_class for i in ingredients}
            have = len([c for c in chosen if c.ingredient_class in classes])
            for ing in ingredients:
                if have >= pick:
                    break
                # By identity: a snapshot's rows are unique, and comparing two field by field is slow.
                if id(ing) in self.chosen_ids or not offerable(ing):
                    continue
                if not ing.active and ing.ingredient_class in self.served:
                    have += 1  # already inside the cleanser, moisturiser or a serum
                    continue
                if self.try_add(ing):
                    have += 1
            if have:
                self.served_facts.add(fact)

    def offerable(self, ing: cat.Ingredient) -> bool:
        rules = self.rules
        # `rules.leave_on(ing)`, written out: this is asked for every candidate of every routine.
        return (
            not ing.prescription_only
            and ing.slug not in rules.left_out
            and ing.slug not in rules.rinse_off_only
            and rules.skin in ing.skin_types
        )

    def take(self, ing: cat.Ingredient) -> None:
        self.chosen.append(ing)
        self.chosen_ids.add(id(ing))
        if ing.active:
            self.actives += 1

    def add_supporting(self) -> None:
        """Supporting serums (never actives) for answers that name them, strongest match first."""
        rules, candidates, offerable = self.rules, [], self.offerable
        facts, served_facts, per_week = rules.facts, self.served_facts, rules.per_week
        for ing in self.build.memo.get(("supporting",), _supporting, self.build.catalogue):
            if per_week[ing.slug] < EVERY_DAY or not offerable(ing):
                continue
            # Only answers a first-line choice has not served already give a serum a purpose.
            score = len([f for f in ing.chosen_when if f in facts and f not in served_facts])
            if score:
                candidates.append((-score, EVIDENCE_RANK.get(ing.evidence, 9), ing.slug, ing))
        candidates.sort(key=lambda c: c[:3])
        for *_, ing in candidates:
            self.try_add(ing)

    def try_add(self, ing: cat.Ingredient) -> bool:
        """Place one chosen ingredient, within the active ceiling, one per active group, and the serum
        budget; the next rank is used only when it is placed."""
        rules, rank = self.rules, self.rank
        times = rules.target_per_week(ing)
        scheduled = times < EVERY_DAY
        group = active_group(ing, scheduled=scheduled)
        if group is not None:
            members = self.groups.get(group, [])
            limit = rules.max_acids if group == ACID_GROUP else 1
            if len(members) >= limit or any(m.ingredient_class == ing.ingredient_class for m in members):
                return False
            if ing.active and self.actives >= rules.max_actives:
                return False
        elif self.daily_count >= rules.daily_serums or ing.ingredient_class in self.served:
            return False
        # Scheduled actives go on the evening calendar only.
        slots = [s for s in ((Slot.PM,) if scheduled else (Slot.AM, Slot.PM)) if time_fits(ing, s)]
        if not _place_treatment(self.build, ing, slots, times, rank):
            return False
        self.rank += 1
        self.take(ing)
        if group is not None:
            self.groups.setdefault(group, []).append(ing)
        else:
            self.daily_count += 1
        # Every class the product carries is served now, not only the one it was chosen for.
        self.served.update(i.ingredient_class for d in self.build.drafts if d.rank == rank for i in d.ingredients)
        return True


def _supporting(catalogue: cat.Catalogue) -> tuple[cat.Ingredient, ...]:
    """The ingredients that may be a supporting serum: not actives, and chosen for some answer (the
    others never score)."""
    return tuple(i for i in catalogue.ingredients if not i.active and i.chosen_when)


def _product_type_for(build: Build, ing: cat.Ingredient, slots: list[str], scheduled: bool):
    """The product type to carry a treatment (the fewest companions it can't list, then the fewest
    key ingredients, then the lightest texture) and the slots it has a template in; None if none."""
    rules, options = build.rules, []
    for pt in build.catalogue.product_types_carrying.get(ing.slug, ()):
        if pt.step_kind in BASE_KINDS or not rules.suits(pt.skin_types):
            continue
        if not scheduled and pt.step_kind == StepKind.MASK:
            continue  # a mask is an occasional step, never a daily one
        fitting = [s for s in slots if (pt.step_kind, s) in rules.templates]
        if not fitting:
            continue
        others = [build.catalogue.ingredient_by_slug.get(s) for s in pt.key_ingredients if s != ing.slug]
        awkward = sum(1 for o in others if o is None or not _companion_ok(build, o, ing, fitting[0]))
        options.append(((awkward, len(pt.key_ingredients), pt.texture_rank, pt.slug), pt, fitting))
    if not options:
        return None
    _, pt, fitting = min(options, key=lambda o: o[0])
    return pt, fitting


def _place_treatment(build: Build, ing: cat.Ingredient, slots: list[str], times: int, rank: int) -> bool:
    scheduled = times < EVERY_DAY
    chosen = _product_type_for(build, ing, slots, scheduled)
    if chosen is None:
        return False
    pt, fitting = chosen
    placed = False
    mine = frozenset((ing.ingredient_class,))
    # The classes this one may not meet on an evening ([True]) or, for two scheduled steps, in a slot.
    partners = build.rules.partners
    evening, in_a_slot = (
        partners[True].get(ing.ingredient_class, EMPTY),
        partners[False].get(ing.ingredient_class, EMPTY),
    )
    for slot in fitting:
        in_slot = build.in_slot(slot)
        if any(
            not (in_a_slot if scheduled and d.times < EVERY_DAY else evening).isdisjoint(
                [i.ingredient_class for i in d.ingredients]
            )
            for d in in_slot
        ):
            continue
        same = next((d for d in in_slot if d.product_type.slug == pt.slug), None)
        if same is None:
            build.drafts.append(_treatment_draft(build, ing, pt, slot, in_slot, times=times, rank=rank))
            placed = True
        elif same.scheduled == scheduled and not build.rules.clash(mine, same.classes):
            # The product is already in this slot: the treatment leads it now.
            if ing in same.ingredients:  # already listed as a companion
                same.ingredients.remove(ing)
            same.ingredients.insert(0, ing)
            same.times = min(same.times, times)
            placed = True
    return placed


def _treatment_draft(
    build: Build, ing: cat.Ingredient, pt: cat.ProductType, slot: str, in_slot: list[Draft], *, times: int, rank: int
) -> Draft:
    # A companion another serum of this slot already puts on the skin is not listed twice.
    listed = {i.slug for d in in_slot if d.kind == StepKind.TREAT for i in d.ingredients}
    companions = [
        o
        for s in pt.key_ingredients
        if s != ing.slug
        and s not in listed
        and (o := build.catalogue.ingredient_by_slug.get(s)) is not None
        and _companion_ok(build, o, ing, slot)
    ]
    template = build.rules.templates[(pt.step_kind, slot)]
    return Draft(slot=slot, template=template, product_type=pt, ingredients=[ing, *companions], times=times, rank=rank)


def _companion_ok(build: Build, other: cat.Ingredient, ing: cat.Ingredient, slot: str) -> bool:
    """Another key ingredient of a treatment's product type that may be listed beside it."""
    rules = build.rules
    # Actives never ride along: each is chosen (and scheduled) on its own.
    return (
        rules.leave_on(other)
        and active_group(other, scheduled=False) is None
        and rules.per_week[other.slug] == EVERY_DAY
        and time_fits(other, slot)
        # `not rules.clash({other's class}, {ing's class})`, written out: asked for every companion
        and ing.ingredient_class not in rules.partners[True].get(other.ingredient_class, EMPTY)
    )
