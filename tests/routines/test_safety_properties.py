"""The safety ceilings of issue 11, each written from the reference's rules
(../shared/reference/pore-care-facts.md §3-§7), over the whole answer space, against the real
catalogue parsed from `fixtures/catalogue.json` (no database).

Where a rule names a place in the reference, the test says which. A failing example names the answers.
"""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from ingredients.vocab import AgeBand, Concern, Experience, Pregnancy, SunExposure, TimeBudget
from routines.answers import Answers
from routines.builder import DAYS, build_routine
from tests.catalogue_factory import real_catalogue
from tests.strategies import answers_strategy

CATALOGUE = real_catalogue()
INGREDIENTS = CATALOGUE.ingredient_by_slug
examples = settings(max_examples=300, deadline=None)

EXFOLIANTS = {"aha", "bha", "pha", "physical_exfoliant"}  # §5.2: every acid and scrub, one weekly budget
ACIDS = {"aha", "bha", "pha"}
ACNE_ACTIVES = {"salicylic-acid", "benzoyl-peroxide", "adapalene", "azelaic-acid"}  # §6 Under 18, §3.29
ISOTRETINOIN_NEVER = {"aha", "bha", "pha", "retinoid", "clay", "physical_exfoliant", "astringent"}  # §3.9, §6
ORAL_ISOTRETINOIN = "isotretinoin"  # the professional treatment's slug in fixtures/catalogue.json
RETINOID_START_CEILING = 2  # §3.5-3.7, C9: 2-3 nights a week to start, whoever starts it
UNDER_18_STEPS = 4  # §6 Under 18: "simple ... (≤3-4 steps)"


def routine_for(answers: Answers) -> dict:
    return build_routine(answers=answers, catalogue=CATALOGUE).to_dict()


def weeks(routine: dict) -> list[dict]:
    """The target week and every phase's week: a ceiling holds in each of them."""
    return [routine["weekly"], *(p["weekly"] for p in routine["phases"])]


def everywhere(routine: dict) -> set[str]:
    """Every ingredient the routine names for use: steps, evenings, phases and the shopping list."""
    out = {i["slug"] for slot in ("am", "pm") for s in routine[slot] for i in s["ingredients"]}
    out |= {slug for week in weeks(routine) for uses in week.values() for u in uses for slug in u["ingredients"]}
    out |= {slug for p in routine["phases"] for slug in (*p["introduces"], *p["patch_test"])}
    out |= {i["slug"] for p in routine["products"] for i in p["look_for"]}
    return out


def classes_everywhere(routine: dict) -> set[str]:
    out = {INGREDIENTS[s].ingredient_class for s in everywhere(routine)}
    out |= {c for week in weeks(routine) for uses in week.values() for u in uses for c in u["classes"]}
    return out


def evenings_with(week: dict, classes: set[str]) -> list[str]:
    return [day for day in DAYS if any(set(u["classes"]) & classes for u in week[day])]


def warnings_of(routine: dict) -> dict[str, dict]:
    return {w["code"]: w for w in routine["warnings"]}


# --- 1. Sun: isotretinoin and high sun --------------------------------------------------------------


@examples
@given(answers_strategy)
def test_isotretinoin_or_high_sun_brings_the_sun_warning_with_water_resistant_sunscreen(answers):
    # §6 "On oral isotretinoin" and "High daily sun exposure": SPF 30+ broad-spectrum water-resistant.
    if not (answers.isotretinoin or answers.sun_exposure == SunExposure.HIGH):
        return
    warnings = warnings_of(routine_for(answers))
    assert "sun_sensitivity" in warnings
    texts = [warnings["sun_sensitivity"]["text"]]
    if answers.isotretinoin:
        texts.append(warnings.get("isotretinoin", {}).get("text", ""))
    assert any("water-resistant" in t.lower() and "sunscreen" in t.lower() for t in texts)


# --- 2. Exfoliation: one weekly budget for every acid and scrub --------------------------------------


@examples
@given(answers_strategy)
def test_acids_and_scrubs_together_stay_within_2_evenings_for_beginners_and_3_for_experienced(answers):
    # §5.2 and C10: beginners 1-2 evenings a week, experienced up to 3; a scrub counts too.
    routine = routine_for(answers)
    limit = 2 if answers.experience == Experience.BEGINNER else 3
    # No daily step exfoliates: a daily acid or scrub would be 7 evenings.
    daily = {
        i["class"] for slot in ("am", "pm") for s in routine[slot] if s["times_per_week"] == 7 for i in s["ingredients"]
    }
    assert not daily & EXFOLIANTS
    for week in weeks(routine):
        assert len(evenings_with(week, EXFOLIANTS)) <= limit


# --- 3. Retinoid start and patch tests --------------------------------------------------------------


@examples
@given(answers_strategy)
def test_a_retinoid_starts_on_at_most_2_evenings_and_every_new_active_brings_the_patch_test_warning(answers):
    routine = routine_for(answers)
    for phase in routine["phases"]:
        for slug in phase["introduces"]:
            if INGREDIENTS[slug].ingredient_class == "retinoid":
                evenings = [d for d in DAYS if any(slug in u["ingredients"] for u in phase["weekly"][d])]
                assert len(evenings) <= RETINOID_START_CEILING
    scheduled = any(routine["weekly"][d] for d in DAYS)
    if scheduled:
        assert "patch_test" in warnings_of(routine)


# A curator setting a retinoid to start on every evening: the ceiling still holds (it is a safety
# ceiling in the rules, not only a value in the data).
EAGER_RETINOIDS = dataclasses.replace(
    CATALOGUE,
    ingredients=tuple(
        dataclasses.replace(i, start_per_week=7, beginner_per_week=7, experienced_per_week=7)
        if i.ingredient_class == "retinoid"
        else i
        for i in CATALOGUE.ingredients
    ),
)


@examples
@given(answers_strategy)
def test_a_retinoid_starts_on_at_most_2_evenings_even_if_the_catalogue_says_more(answers):
    routine = build_routine(answers=answers, catalogue=EAGER_RETINOIDS).to_dict()
    for phase in routine["phases"]:
        for slug in phase["introduces"]:
            if INGREDIENTS[slug].ingredient_class == "retinoid":
                evenings = [d for d in DAYS if any(slug in u["ingredients"] for u in phase["weekly"][d])]
                assert len(evenings) <= RETINOID_START_CEILING, (phase["weeks"], evenings)


@examples
@given(answers_strategy)
def test_an_active_the_plan_asks_to_patch_test_comes_with_the_patch_test_warning(answers):
    # §4: "Patch-test ... a quarter-sized area of inner arm, daily for 7-10 days": the plan's patch
    # tests (daily actives such as benzoyl peroxide included) need the warning that says how.
    routine = routine_for(answers)
    if any(p["patch_test"] for p in routine["phases"]):
        assert "patch_test" in warnings_of(routine)


# --- 4. An acne-prone teenager with blackheads gets an acne active -----------------------------------


teen_with_blackheads = answers_strategy.map(
    lambda a: dataclasses.replace(
        a,
        acne_prone=True,
        age_band=AgeBand.UNDER_18,
        concerns=a.concerns | {Concern.BLACKHEADS},
        isotretinoin=False,
        prescription_retinoid=False,
    )
)


@examples
@given(teen_with_blackheads.filter(lambda a: a.time_budget != TimeBudget.MINIMAL))
def test_an_acne_prone_teenager_with_blackheads_gets_an_acne_active(answers):
    # §6 Under 18: "acne: OTC SA, BPO or adapalene (≥12 y)"; C23. Not on isotretinoin or a
    # prescription retinoid (then the prescriber treats the acne).
    routine = routine_for(answers)
    assert ACNE_ACTIVES & everywhere(routine)


@examples
@given(teen_with_blackheads.filter(lambda a: a.time_budget == TimeBudget.MINIMAL))
def test_an_acne_prone_teenager_with_blackheads_gets_an_acne_active_on_a_minimal_budget_too(answers):
    routine = routine_for(answers)
    assert ACNE_ACTIVES & everywhere(routine)


# --- 5. Make-up comes off every evening (see test_plan_properties) ------------------------------------


@examples
@given(answers_strategy.map(lambda a: dataclasses.replace(a, wears_makeup=True)))
def test_a_make_up_wearer_has_an_evening_remover_in_every_budget(answers):
    routine = routine_for(answers)
    assert [s for s in routine["pm"] if s["kind"] == "oil_cleanse" and s["times_per_week"] == 7]


# --- 6. Under 18: a short routine and one exfoliating evening ----------------------------------------


@examples
@given(answers_strategy.map(lambda a: dataclasses.replace(a, age_band=AgeBand.UNDER_18)))
def test_an_under_18_has_at_most_4_steps_a_slot_and_1_exfoliating_evening(answers):
    # §6 Under 18: "gentle cleanser + moisturiser + SPF (≤3-4 steps)"; no strong acids.
    routine = routine_for(answers)
    assert len(routine["am"]) <= UNDER_18_STEPS
    daily = [s for s in routine["pm"] if s["times_per_week"] == 7]
    for week in weeks(routine):
        for day in DAYS:
            assert len(daily) + len(week[day]) <= UNDER_18_STEPS, (day, [u["product_type"] for u in week[day]])
        assert len(evenings_with(week, EXFOLIANTS)) <= 1
        assert len(evenings_with(week, ACIDS)) <= 1


# --- 7. Professional treatments ---------------------------------------------------------------------


@examples
@given(answers_strategy)
def test_no_professional_treatment_under_18_and_oral_isotretinoin_only_for_acne(answers):
    # §7: procedures never for under-18s without a clinician; §3.9: isotretinoin is for severe acne,
    # never for pores.
    treatments = {t["slug"] for t in routine_for(answers)["treatments"]}
    if answers.age_band == AgeBand.UNDER_18:
        assert not treatments
    if not answers.acne_prone:
        assert ORAL_ISOTRETINOIN not in treatments


def test_the_oral_isotretinoin_treatment_is_in_the_catalogue():
    # The slug the test above checks: renamed in the fixture, that test would pass for nothing.
    assert ORAL_ISOTRETINOIN in {t.slug for t in CATALOGUE.treatments}


# --- Always ----------------------------------------------------------------------------------------


@examples
@given(answers_strategy.filter(lambda a: a.pregnancy != Pregnancy.NO))
def test_no_retinoid_anywhere_when_pregnant_breastfeeding_or_trying(answers):
    # §6 Pregnant or breastfeeding: no retinoids of any kind; §3.5: the app's field merges both.
    routine = routine_for(answers)
    assert "retinoid" not in classes_everywhere(routine)
    assert all(i["class"] != "retinoid" for slot in ("am", "pm") for s in routine[slot] for i in s["ingredients"])


@examples
@given(answers_strategy.map(lambda a: dataclasses.replace(a, isotretinoin=True)))
def test_no_acid_retinoid_clay_scrub_or_astringent_anywhere_on_isotretinoin(answers):
    # §3.9 and §6 "On oral isotretinoin": no exfoliating acids, retinoids, scrubs, clay, astringents.
    routine = routine_for(answers)
    assert not classes_everywhere(routine) & ISOTRETINOIN_NEVER
    assert "isotretinoin" in warnings_of(routine)


@examples
@given(
    st.builds(
        dataclasses.replace,
        answers_strategy,
        isotretinoin=st.just(True),
        pregnancy=st.sampled_from([Pregnancy.YES, Pregnancy.TRYING]),
    )
)
def test_isotretinoin_in_pregnancy_sends_to_the_prescriber(answers):
    # §6 "Isotretinoin + pregnant/breastfeeding": tell the user to contact the prescriber.
    routine = routine_for(answers)
    assert "see_prescriber" in {r["code"] for r in routine["referrals"]}
    assert {"pregnancy", "isotretinoin"} <= set(warnings_of(routine))
