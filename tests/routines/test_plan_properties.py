"""Properties of the introduction plan, the shopping list, serums, strengths, the results timeline and
the "how" texts of every routine, over the whole answer space (issue 10).

Against the real catalogue parsed from `fixtures/catalogue.json` (no database). Each property is
written from the contract (../shared/spec/contract.md: "Routine JSON", `phases`) and the reference
(../shared/reference/pore-care-facts.md §3-§6, §9), not from the engine: a failing example names the
answers.
"""

from __future__ import annotations

from itertools import combinations, pairwise

from hypothesis import given, settings

from ingredients.vocab import Experience, SkinType
from routines.answers import Answers
from routines.builder import DAYS, build_routine
from tests.catalogue_factory import real_catalogue
from tests.strategies import answers_strategy

CATALOGUE = real_catalogue()
INGREDIENTS = CATALOGUE.ingredient_by_slug
examples = settings(max_examples=300, deadline=None)

# Contract: every ingredient of these classes, and these four slugs, carries the strength to look for.
STRENGTH_CLASSES = {"aha", "bha", "pha", "retinoid"}
STRENGTH_SLUGS = {"niacinamide", "vitamin-c", "benzoyl-peroxide", "azelaic-acid"}
# The shopping list's limit by time budget (one more for a make-up wearer's remover).
PRODUCT_LIMIT = {"minimal": 4, "standard": 6, "full": 8}
RETINOID_START_CEILING = 2  # §3.5-3.7: a retinoid starts on 2 (to 3) nights a week, whoever starts it


def routine_for(answers: Answers) -> dict:
    return build_routine(answers=answers, catalogue=CATALOGUE).to_dict()


def conflicts_for(answers: Answers) -> set[frozenset[str]]:
    """Class pairs that may not share an evening for this person (beginners_only pairs for beginners)."""
    return {
        frozenset((c.class_a, c.class_b))
        for c in CATALOGUE.conflicts
        if not c.beginners_only or answers.experience == Experience.BEGINNER
    }


def evenings_of(week: dict) -> dict[str, tuple[str, ...]]:
    """Each scheduled active (the lead ingredient of its step) → the evenings it is used in `week`."""
    out: dict[str, list[str]] = {}
    for day in DAYS:
        for use in week[day]:
            out.setdefault(use["ingredients"][0], []).append(day)
    return {slug: tuple(days) for slug, days in out.items()}


def daily_actives(routine: dict) -> set[str]:
    """Leads of daily steps that hold an active the plan introduces (benzoyl peroxide, azelaic acid)."""
    return {slug for p in routine["phases"] for slug in p["introduces"]} - {
        u["ingredients"][0] for uses in routine["weekly"].values() for u in uses
    }


def is_prescription(slug: str) -> bool:
    return INGREDIENTS[slug].prescription_only


# --- The introduction plan -------------------------------------------------------------------------


@examples
@given(answers_strategy)
def test_phases_are_contiguous_from_week_1_and_the_last_one_is_the_target(answers):
    routine = routine_for(answers)
    phases = routine["phases"]
    assert phases
    assert phases[0]["start_week"] == 1
    for before, after in pairwise(phases):
        assert before["end_week"] is not None
        assert before["start_week"] <= before["end_week"]
        assert after["start_week"] == before["end_week"] + 1
    last = phases[-1]
    assert last["end_week"] is None
    assert last["weekly"] == routine["weekly"]
    for p in phases:
        start, end = p["start_week"], p["end_week"]
        expected = f"{start}+" if end is None else (f"{start}" if start == end else f"{start}-{end}")
        assert p["weeks"] == expected
        assert list(p["weekly"]) == list(DAYS)


@examples
@given(answers_strategy)
def test_an_active_never_loses_evenings_from_one_phase_to_the_next_nor_goes_beyond_its_target(answers):
    routine = routine_for(answers)
    target = evenings_of(routine["weekly"])
    target_uses = {u["product_type"]: u for uses in routine["weekly"].values() for u in uses}
    before: dict[str, tuple[str, ...]] = {}
    for phase in routine["phases"]:
        # A phase uses the target's steps as they are ("this phase's evenings, as in `weekly`").
        assert all(u == target_uses[u["product_type"]] for uses in phase["weekly"].values() for u in uses)
        now = evenings_of(phase["weekly"])
        for slug, days in now.items():
            assert slug in target, f"{slug} is in a phase but not in the routine's week"
            assert set(days) <= set(target[slug]), f"{slug}: {days} not among its evenings {target[slug]}"
        for slug, days in before.items():
            assert len(now.get(slug, ())) >= len(days), f"{slug} went from {days} to {now.get(slug, ())}"
        before = now


@examples
@given(answers_strategy)
def test_no_phase_holds_conflicting_classes_on_one_evening(answers):
    routine = routine_for(answers)
    conflicts = conflicts_for(answers)
    daily = {i["class"] for s in routine["pm"] if s["times_per_week"] == 7 for i in s["ingredients"]}
    for phase in routine["phases"]:
        for day in DAYS:
            evening = daily | {c for u in phase["weekly"][day] for c in u["classes"]}
            clashes = [pair for pair in combinations(sorted(evening), 2) if frozenset(pair) in conflicts]
            assert not clashes, f"weeks {phase['weeks']}, {day}: {clashes}"


@examples
@given(answers_strategy)
def test_one_new_active_at_a_time_each_patch_tested_first(answers):
    routine = routine_for(answers)
    seen: set[str] = set()
    for phase in routine["phases"]:
        assert set(phase["introduces"]) <= set(phase["patch_test"])
        assert len(phase["introduces"]) <= 1
        # An active that first shows up on an evening in this phase is the one this phase introduces
        # (a prescription follows the prescriber from week 1 and is not introduced by the app).
        new = {s for s in evenings_of(phase["weekly"]) if s not in seen and not is_prescription(s)}
        assert new <= set(phase["introduces"]), f"weeks {phase['weeks']}: {new} starts without a patch test"
        seen |= set(evenings_of(phase["weekly"])) | set(phase["introduces"])
    introduced = [s for p in routine["phases"] for s in p["introduces"]]
    assert len(introduced) == len(set(introduced)), "an active is introduced twice"
    scheduled = {s for s in evenings_of(routine["weekly"]) if not is_prescription(s)}
    assert scheduled <= set(introduced)


# §4: "Actives are retinoid, leave-on acid, clay mask, scrub and benzoyl peroxide."
ACTIVE_CLASSES = {"retinoid", "aha", "bha", "pha", "clay", "physical_exfoliant", "antimicrobial"}


@examples
@given(answers_strategy.filter(lambda a: a.experience == Experience.BEGINNER))
def test_a_beginner_starts_with_one_active_and_has_at_most_one_active_an_evening(answers):
    # §4 "Rule of thumb for beginners: at most one active per evening"; §5.3 "full: ... still one
    # active per evening for beginners"; §6 "Beginner: one new active at a time".
    routine = routine_for(answers)
    assert len(routine["phases"][0]["introduces"]) <= 1
    daily = sum(
        1 for s in routine["pm"] if s["times_per_week"] == 7 and {i["class"] for i in s["ingredients"]} & ACTIVE_CLASSES
    )
    for phase in routine["phases"]:
        for day in DAYS:
            scheduled = [u for u in phase["weekly"][day] if set(u["classes"]) & ACTIVE_CLASSES]
            assert daily + len(scheduled) <= 1, (phase["weeks"], day, [u["product_type"] for u in scheduled])


@examples
@given(answers_strategy)
def test_a_routine_without_actives_has_one_phase_equal_to_the_target(answers):
    routine = routine_for(answers)
    phases = routine["phases"]
    has_scheduled = any(routine["weekly"][day] for day in DAYS)
    if not has_scheduled:
        # With no scheduled active every phase's week is the (empty) target week...
        assert all(p["weekly"] == routine["weekly"] for p in phases)
        if not daily_actives(routine):
            # ...and with no active at all there is nothing to introduce: one phase, from week 1 on.
            assert len(phases) == 1
            assert phases[0]["start_week"] == 1 and phases[0]["end_week"] is None
            assert phases[0]["introduces"] == [] and phases[0]["patch_test"] == []


@examples
@given(answers_strategy)
def test_a_retinoid_starts_on_at_most_two_evenings_a_week_for_everyone(answers):
    routine = routine_for(answers)
    for phase in routine["phases"]:
        evenings = evenings_of(phase["weekly"])
        for slug in phase["introduces"]:
            if INGREDIENTS[slug].ingredient_class == "retinoid":
                assert len(evenings.get(slug, ())) <= RETINOID_START_CEILING, (phase["weeks"], evenings[slug])


# --- The shopping list -----------------------------------------------------------------------------


@examples
@given(answers_strategy)
def test_the_shopping_list_has_each_product_once_within_the_budget_and_matches_the_steps(answers):
    routine = routine_for(answers)
    products = [p["product_type"] for p in routine["products"]]
    assert len(products) == len(set(products))
    limit = PRODUCT_LIMIT[str(answers.time_budget)] + (1 if answers.wears_makeup else 0)
    assert len(products) <= limit
    in_steps = {s["product_type"] for slot in ("am", "pm") for s in routine[slot]}
    assert set(products) == in_steps
    for p in routine["products"]:
        slots = [slot for slot in ("am", "pm") if any(s["product_type"] == p["product_type"] for s in routine[slot])]
        assert p["slots"] == slots
        steps = [s for slot in ("am", "pm") for s in routine[slot] if s["product_type"] == p["product_type"]]
        assert p["times_per_week"] == max(s["times_per_week"] for s in steps)
        assert {i["slug"] for i in p["look_for"]} == {i["slug"] for s in steps for i in s["ingredients"]}


# --- Serums ----------------------------------------------------------------------------------------


@examples
@given(answers_strategy)
def test_no_two_serums_of_a_slot_serve_the_same_purpose_nor_one_the_moisturiser_serves(answers):
    routine = routine_for(answers)
    moisturiser = {
        i["class"]
        for slot in ("am", "pm")
        for s in routine[slot]
        if s["kind"] == "moisturise"
        for i in s["ingredients"]
    }
    for slot in ("am", "pm"):
        treats = [s for s in routine[slot] if s["kind"] == "treat"]
        leads = [s["ingredients"][0]["class"] for s in treats if s["ingredients"]]
        assert len(leads) == len(set(leads)), f"{slot}: two serums led by the same class {leads}"
        for s in treats:
            if s["times_per_week"] == 7 and s["ingredients"]:
                lead = s["ingredients"][0]["class"]
                assert lead not in moisturiser, f"{slot}: a {lead} serum beside a moisturiser that carries {lead}"


@examples
@given(answers_strategy)
def test_no_ingredient_is_put_on_twice_by_two_serums_of_one_slot(answers):
    # The builder's own rule: a daily serum is only added for a purpose no serum chosen so far
    # already serves. Two serums of one slot listing the same ingredient (panthenol in a soothing
    # serum and in a barrier serum) serve its purpose twice.
    routine = routine_for(answers)
    for slot in ("am", "pm"):
        seen: dict[str, str] = {}
        for s in routine[slot]:
            if s["kind"] != "treat":
                continue
            for slug in dict.fromkeys(i["slug"] for i in s["ingredients"]):
                assert slug not in seen, f"{slot}: {slug} in {seen.get(slug)} and {s['product_type']}"
                seen[slug] = s["product_type"]


@examples
@given(answers_strategy)
def test_a_step_lists_each_ingredient_once(answers):
    routine = routine_for(answers)
    for slot in ("am", "pm"):
        for s in routine[slot]:
            slugs = [i["slug"] for i in s["ingredients"]]
            assert len(slugs) == len(set(slugs)), f"{slot} {s['product_type']}: {slugs}"
    for week in [routine["weekly"], *(p["weekly"] for p in routine["phases"])]:
        for uses in week.values():
            for u in uses:
                assert len(u["ingredients"]) == len(set(u["ingredients"])), u["ingredients"]
    for p in routine["products"]:
        slugs = [i["slug"] for i in p["look_for"]]
        assert len(slugs) == len(set(slugs)), f"{p['product_type']}: {slugs}"


# --- Strengths -------------------------------------------------------------------------------------


def needs_strength(slug: str, cls: str) -> bool:
    return cls in STRENGTH_CLASSES or slug in STRENGTH_SLUGS


@examples
@given(answers_strategy)
def test_every_active_says_the_strength_to_look_for_in_steps_and_on_the_shopping_list(answers):
    routine = routine_for(answers)
    for slot in ("am", "pm"):
        for s in routine[slot]:
            for i in s["ingredients"]:
                if needs_strength(i["slug"], i["class"]):
                    assert i["strength"], f"{slot} {s['product_type']}: {i['slug']} has no strength"
    for p in routine["products"]:
        for i in p["look_for"]:
            if needs_strength(i["slug"], INGREDIENTS[i["slug"]].ingredient_class):
                assert i["strength"], f"{p['product_type']}: {i['slug']} has no strength"


# --- Make-up removal -------------------------------------------------------------------------------


@examples
@given(answers_strategy)
def test_a_make_up_wearer_removes_it_every_evening_in_every_budget(answers):
    # §5.1 PM 1 and §6 "Makeup wearers": a first cleanse with oil or balm, every evening. On a
    # minimal budget the remover may be the evening's only cleanse (§5.3: "cleanse (or makeup removal)").
    routine = routine_for(answers)
    removers = [s for s in routine["pm"] if s["kind"] == "oil_cleanse"]
    if answers.wears_makeup:
        assert len(removers) == 1
        assert removers[0]["times_per_week"] == 7
        assert routine["pm"][0] is removers[0], "make-up comes off first"
        assert "oil_cleanse" in {p["kind"] for p in routine["products"]}
    else:
        assert not removers


# --- The results timeline --------------------------------------------------------------------------


@examples
@given(answers_strategy)
def test_the_timeline_promises_nothing_under_4_weeks_and_judges_within_12(answers):
    timeline = routine_for(answers)["timeline"]
    assert 4 <= timeline["min_weeks"] <= timeline["max_weeks"] <= 12
    assert timeline["text"].strip()
    assert timeline["sources"]
    assert all(s["title"].strip() for s in timeline["sources"])
    checkins = timeline["checkins"]
    assert checkins == sorted(set(checkins))
    assert all(1 <= w <= timeline["max_weeks"] for w in checkins)


# --- The "how" texts -------------------------------------------------------------------------------


@examples
@given(answers_strategy)
def test_how_texts_fit_the_product_and_the_person(answers):
    routine = routine_for(answers)
    for slot in ("am", "pm"):
        for s in routine[slot]:
            how = s["how"].lower()
            if slot == "pm" and not any(i["class"] == "retinoid" for i in s["ingredients"]):
                assert "retinoid" not in how, f"{s['product_type']}: {s['how']}"
            if answers.skin_type == SkinType.DRY:
                assert "even if your skin is oily" not in how, f"{s['product_type']}: {s['how']}"


# --- Names -----------------------------------------------------------------------------------------

PRODUCT_TYPE_NAMES = {p.slug: p.name for p in CATALOGUE.product_types}


@examples
@given(answers_strategy)
def test_every_name_is_the_catalogues_curated_name_for_its_slug(answers):
    routine = routine_for(answers)
    for e in routine["excluded"]:
        assert e["name"] == INGREDIENTS[e["ingredient"]].name, e
    for week in [routine["weekly"], *(p["weekly"] for p in routine["phases"])]:
        for uses in week.values():
            for u in uses:
                assert u["names"] == [INGREDIENTS[s].name for s in u["ingredients"]], u
                assert u["product_type_name"] == PRODUCT_TYPE_NAMES[u["product_type"]], u
    for p in routine["phases"]:
        assert p["introduces_names"] == [INGREDIENTS[s].name for s in p["introduces"]]
    for slot in ("am", "pm"):
        for s in routine[slot]:
            assert s["product_type_name"] == PRODUCT_TYPE_NAMES[s["product_type"]]
            assert all(i["name"] == INGREDIENTS[i["slug"]].name for i in s["ingredients"])
    for p in routine["products"]:
        assert p["name"] == PRODUCT_TYPE_NAMES[p["product_type"]]
        assert all(i["name"] == INGREDIENTS[i["slug"]].name for i in p["look_for"])
