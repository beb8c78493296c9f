"""Properties of every routine over the whole answer space, against the real catalogue (no database).

The catalogue is parsed from `fixtures/catalogue.json` once; a failing example names the answers.
"""

import json
from itertools import combinations

from hypothesis import given, settings

from ingredients.vocab import (
    EXFOLIATING_ACIDS,
    MAX_STEPS_PER_SLOT,
    Concern,
    Experience,
    Pregnancy,
    SkinType,
)
from routines.answers import Answers
from routines.builder import DAYS, build_routine
from tests.catalogue_factory import real_catalogue
from tests.strategies import answers_strategy

CATALOGUE = real_catalogue()
INGREDIENTS = CATALOGUE.ingredient_by_slug
PRODUCT_TYPES = {p.slug: p for p in CATALOGUE.product_types}


examples = settings(max_examples=300, deadline=None)


def routine_for(answers: Answers) -> dict:
    return build_routine(answers=answers, catalogue=CATALOGUE).to_dict()


def steps(routine: dict):
    return routine["am"] + routine["pm"]


def used(routine: dict) -> set[str]:
    out = {i["slug"] for s in steps(routine) for i in s["ingredients"]}
    out.update(slug for uses in routine["weekly"].values() for u in uses for slug in u["ingredients"])
    return out


def used_classes(routine: dict) -> set[str]:
    return {INGREDIENTS[s].ingredient_class for s in used(routine)}


def codes(items: list[dict]) -> set[str]:
    return {i["code"] for i in items}


def template_order(kind: str, slot: str) -> int:
    return min(t.order for t in CATALOGUE.routine_steps if t.step_kind == kind and t.slot in (slot, "both"))


@examples
@given(answers_strategy)
def test_sunscreen_is_the_last_morning_step_every_day(answers):
    last = routine_for(answers)["am"][-1]
    assert last["kind"] == "sunscreen"
    assert last["times_per_week"] == 7


@examples
@given(answers_strategy)
def test_steps_follow_the_templates_order_and_layers_go_thin_to_thick(answers):
    routine = routine_for(answers)
    for slot in ("am", "pm"):
        keys = [(template_order(s["kind"], slot), PRODUCT_TYPES[s["product_type"]].texture_rank) for s in routine[slot]]
        assert keys == sorted(keys)


@examples
@given(answers_strategy)
def test_evening_only_ingredients_and_retinoids_never_go_in_the_morning(answers):
    routine = routine_for(answers)
    for s in routine["am"]:
        for i in s["ingredients"]:
            assert i["class"] != "retinoid"
            assert INGREDIENTS[i["slug"]].time_of_day != "pm"
    for s in routine["pm"]:
        assert all(INGREDIENTS[i["slug"]].time_of_day != "am" for i in s["ingredients"])


@examples
@given(answers_strategy)
def test_no_two_conflicting_classes_share_an_evening(answers):
    routine = routine_for(answers)
    conflicts = {
        frozenset((c.class_a, c.class_b))
        for c in CATALOGUE.conflicts
        if not c.beginners_only or answers.experience == Experience.BEGINNER
    }
    daily = {i["class"] for s in routine["pm"] if s["times_per_week"] == 7 for i in s["ingredients"]}
    for uses in routine["weekly"].values():
        evening = daily | {c for u in uses for c in u["classes"]}
        assert not [pair for pair in combinations(sorted(evening), 2) if frozenset(pair) in conflicts]


@examples
@given(answers_strategy)
def test_no_two_steps_of_a_slot_hold_classes_that_must_not_share_it(answers):
    routine = routine_for(answers)
    slot_conflicts = {frozenset((c.class_a, c.class_b)) for c in CATALOGUE.conflicts if c.rule == "not_same_slot"}
    for slot in ("am", "pm"):
        present = {i["class"] for s in routine[slot] for i in s["ingredients"]}
        assert not [p for p in combinations(sorted(present), 2) if frozenset(p) in slot_conflicts]


@examples
@given(answers_strategy)
def test_a_scheduled_step_is_on_exactly_its_evenings_and_every_use_is_an_evening_step(answers):
    routine = routine_for(answers)
    scheduled = {s["product_type"]: s for s in routine["pm"] if s["times_per_week"] < 7}
    assert all(s["times_per_week"] == 7 for s in routine["am"])
    assert all(1 <= s["times_per_week"] <= 7 for s in routine["pm"])
    counts = dict.fromkeys(scheduled, 0)
    for uses in routine["weekly"].values():
        for use in uses:
            step = scheduled[use["product_type"]]
            assert use["kind"] == step["kind"]
            assert use["ingredients"] == [i["slug"] for i in step["ingredients"]]
            counts[use["product_type"]] += 1
    assert counts == {slug: s["times_per_week"] for slug, s in scheduled.items()}


@examples
@given(answers_strategy)
def test_no_slot_has_more_steps_on_any_day_than_the_time_budget_allows(answers):
    routine = routine_for(answers)
    cap = MAX_STEPS_PER_SLOT[answers.time_budget]
    if cap is None:
        return
    assert len(routine["am"]) <= cap
    daily = [s for s in routine["pm"] if s["times_per_week"] == 7]
    for uses in routine["weekly"].values():
        assert len(daily) + len(uses) <= cap


@examples
@given(answers_strategy)
def test_no_retinoid_in_pregnancy_or_when_trying_to_conceive(answers):
    if answers.pregnancy == Pregnancy.NO:
        return
    routine = routine_for(answers)
    assert "retinoid" not in used_classes(routine)
    retinoids = {i.slug for i in CATALOGUE.ingredients if i.ingredient_class == "retinoid"}
    reasons = {e["ingredient"]: e["reason"] for e in routine["excluded"] if e["ingredient"] in retinoids}
    assert set(reasons) == retinoids and set(reasons.values()) <= {"pregnancy", "breastfeeding"}


@examples
@given(answers_strategy)
def test_isotretinoin_rules_out_acids_retinoids_and_clay_and_sends_to_the_prescriber(answers):
    if not answers.isotretinoin:
        return
    routine = routine_for(answers)
    assert {"aha", "bha", "pha", "retinoid", "clay"}.isdisjoint(used_classes(routine))
    assert "see_prescriber" in codes(routine["referrals"])


@examples
@given(answers_strategy)
def test_prescription_retinoid_users_get_no_over_the_counter_retinoid(answers):
    routine = routine_for(answers)
    otc = {i.slug for i in CATALOGUE.ingredients if i.ingredient_class == "retinoid" and not i.prescription_only}
    if answers.prescription_retinoid:
        assert otc.isdisjoint(used(routine))
    prescription = {i.slug for i in CATALOGUE.ingredients if i.prescription_only}
    if not answers.prescription_retinoid:
        assert prescription.isdisjoint(used(routine))


@examples
@given(answers_strategy)
def test_rosacea_or_eczema_rules_out_harsh_ingredients_and_refers_to_a_dermatologist(answers):
    if not answers.rosacea_or_eczema:
        return
    routine = routine_for(answers)
    assert {"aha", "bha", "astringent", "essential_oil"}.isdisjoint(used_classes(routine))
    assert "see_dermatologist" in codes(routine["referrals"])


@examples
@given(answers_strategy)
def test_sensitive_skin_gets_no_astringent_or_essential_oil_and_a_patch_test_warning(answers):
    if not answers.sensitive:
        return
    routine = routine_for(answers)
    assert {"astringent", "essential_oil"}.isdisjoint(used_classes(routine))
    assert "patch_test" in codes(routine["warnings"])


@examples
@given(answers_strategy)
def test_fragrance_free_routines_have_no_fragrance_or_essential_oil(answers):
    if not answers.fragrance_free:
        return
    routine = routine_for(answers)
    assert not [s for s in used(routine) if INGREDIENTS[s].fragrance_or_essential_oil]
    assert "essential_oil" not in used_classes(routine)


@examples
@given(answers_strategy)
def test_dry_skin_gets_no_clay(answers):
    if answers.skin_type != SkinType.DRY:
        return
    assert "clay" not in used_classes(routine_for(answers))


@examples
@given(answers_strategy)
def test_a_photosensitising_ingredient_brings_the_sun_sensitivity_warning(answers):
    routine = routine_for(answers)
    if any(INGREDIENTS[s].photosensitising for s in used(routine)):
        assert "sun_sensitivity" in codes(routine["warnings"])


@examples
@given(answers_strategy)
def test_a_scheduled_acid_brings_over_exfoliation_and_patch_test_warnings(answers):
    routine = routine_for(answers)
    scheduled = {c for uses in routine["weekly"].values() for u in uses for c in u["classes"]}
    if scheduled:
        assert "patch_test" in codes(routine["warnings"])
    if scheduled & EXFOLIATING_ACIDS:
        assert "over_exfoliation" in codes(routine["warnings"])


@examples
@given(answers_strategy)
def test_every_step_ingredient_says_why_and_every_warning_and_myth_has_a_source(answers):
    routine = routine_for(answers)
    assert all(i["why"].strip() for s in steps(routine) for i in s["ingredients"])
    assert all(w["sources"] for w in routine["warnings"])
    assert all(m["sources"] for m in routine["myths"])
    assert all(w["text"].strip() and w["title"].strip() for w in routine["warnings"])


@examples
@given(answers_strategy)
def test_the_permanent_shrinking_myth_is_always_there_for_enlarged_pores(answers):
    if Concern.ENLARGED_PORES not in answers.concerns:
        return
    assert "permanent_shrinking" in {m["slug"] for m in routine_for(answers)["myths"]}


@examples
@given(answers_strategy)
def test_nothing_excluded_or_not_recommendable_is_ever_used(answers):
    routine = routine_for(answers)
    present = used(routine)
    assert not [s for s in present if not INGREDIENTS[s].recommendable]
    excluded = [e["ingredient"] for e in routine["excluded"]]
    assert len(excluded) == len(set(excluded))
    assert present.isdisjoint(excluded)


@examples
@given(answers_strategy)
def test_beginners_never_use_an_active_more_often_than_the_beginner_maximum(answers):
    routine = routine_for(answers)
    for s in routine["pm"]:
        if s["times_per_week"] < 7 and answers.experience == Experience.BEGINNER:
            assert s["times_per_week"] <= min(INGREDIENTS[i["slug"]].beginner_per_week for i in s["ingredients"])
    for s in steps(routine):
        limit = (
            min(INGREDIENTS[i["slug"]].per_week(beginner=answers.beginner) for i in s["ingredients"])
            if (s["ingredients"])
            else 7
        )
        assert s["times_per_week"] <= limit


@examples
@given(answers_strategy)
def test_the_routine_is_plain_json_with_every_contract_key_and_is_deterministic(answers):
    routine = routine_for(answers)
    assert list(routine["weekly"]) == list(DAYS)
    assert {"am", "pm", "weekly", "ramp_up", "warnings", "excluded", "referrals", "myths", "tips"} <= set(routine)
    assert {"schema_version", "products", "phases", "timeline"} <= set(routine)
    assert json.loads(json.dumps(routine)) == routine == routine_for(answers)


def test_a_prescription_retinoid_user_with_blackheads_needs_no_acid_on_top():
    # Blackheads: one of salicylic acid or a retinoid (issue #19, first-line data): the prescription
    # retinoid is that one, so no acid or clay is added; were one added, never on a retinoid evening.
    routine = routine_for(
        Answers(
            skin_type="oily",
            sensitive=False,
            acne_prone=False,
            concerns=frozenset({"blackheads", "fine_lines"}),
            age_band="30_44",
            pregnancy="no",
            isotretinoin=False,
            prescription_retinoid=True,
            rosacea_or_eczema=False,
            wears_makeup=False,
            sun_exposure="moderate",
            time_budget="standard",
            experience="experienced",
            fragrance_free=False,
        )
    )
    acid_evenings = [
        day
        for day, uses in routine["weekly"].items()
        if {"aha", "bha", "pha"} & {c for u in uses for c in u["classes"]}
    ]
    retinoid_evenings = [
        day for day, uses in routine["weekly"].items() if any("retinoid" in u["classes"] for u in uses)
    ]
    assert retinoid_evenings and not acid_evenings
    assert not {c for uses in routine["weekly"].values() for u in uses for c in u["classes"]} & {"clay"}
