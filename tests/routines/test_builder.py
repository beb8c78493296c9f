"""The routine engine on a small in-code catalogue. No database: any query would fail these tests."""

import dataclasses
import json

from routines.builder import DAYS, build_routine
from tests.catalogue_factory import make_answers, make_catalogue, make_ingredient, make_product_type, make_step
from tests.catalogue_factory import small_catalogue as catalogue

CONTRACT_KEYS = {
    "am",
    "pm",
    "weekly",
    "ramp_up",
    "warnings",
    "excluded",
    "referrals",
    "myths",
    "tips",
    "disclaimer",
    "treatments",
    "schema_version",
    "products",
    "phases",
    "timeline",
}


def build(**answers) -> dict:
    return build_routine(answers=make_answers(**answers), catalogue=catalogue()).to_dict()


def slugs(routine: dict) -> set[str]:
    return {i["slug"] for slot in ("am", "pm") for step in routine[slot] for i in step["ingredients"]}


def classes(routine: dict) -> set[str]:
    return {i["class"] for slot in ("am", "pm") for step in routine[slot] for i in step["ingredients"]}


def step(routine: dict, product_type: str) -> dict:
    return next(s for s in routine["pm"] + routine["am"] if s["product_type"] == product_type)


def test_it_returns_the_contracts_keys_as_plain_json():
    routine = build()
    assert set(routine) == CONTRACT_KEYS
    assert list(routine["weekly"]) == list(DAYS)
    assert json.loads(json.dumps(routine)) == routine


def test_it_puts_sunscreen_last_every_morning():
    for budget in ("minimal", "standard", "full"):
        routine = build(time_budget=budget, concerns={"dullness", "sun_damage"}, wears_makeup=True)
        assert routine["am"][-1]["kind"] == "sunscreen"
        assert routine["am"][-1]["times_per_week"] == 7


def test_it_leaves_out_retinoids_in_pregnancy():
    routine = build(pregnancy="yes", concerns={"fine_lines", "enlarged_pores"})
    assert "retinoid" not in classes(routine)
    assert {"ingredient": "retinol", "reason": "pregnancy"} in [
        {k: e[k] for k in ("ingredient", "reason")} for e in routine["excluded"]
    ]
    assert "pregnancy" in [w["code"] for w in routine["warnings"]]


def test_it_leaves_out_retinoids_when_trying_to_conceive():
    routine = build(pregnancy="trying", concerns={"fine_lines"})
    assert "retinoid" not in classes(routine)


def test_it_lists_an_ingredient_excluded_twice_once_with_the_first_warning_code():
    routine = build(pregnancy="yes", isotretinoin=True)
    retinol = [e for e in routine["excluded"] if e["ingredient"] == "retinol"]
    assert [e["reason"] for e in retinol] == ["pregnancy"]
    assert {"aha", "bha", "pha", "clay", "retinoid"}.isdisjoint(classes(routine))


def test_it_adds_an_evening_oil_cleanse_only_for_make_up_wearers():
    assert build(wears_makeup=True)["pm"][0]["kind"] == "oil_cleanse"
    assert "oil_cleanse" not in [s["kind"] for s in build(wears_makeup=False)["pm"]]


def test_it_spreads_a_twice_weekly_active_apart():
    routine = build(concerns={"blackheads"}, skin_type="normal")
    bha = step(routine, "bha-exfoliant")
    assert bha["times_per_week"] == 2
    days = [d for d in DAYS if any(u["product_type"] == "bha-exfoliant" for u in routine["weekly"][d])]
    assert days == ["mon", "thu"]


def test_it_never_puts_two_actives_on_one_evening_for_beginners():
    routine = build(concerns={"enlarged_pores", "blackheads", "oiliness", "texture"})
    assert all(len(uses) <= 1 for uses in routine["weekly"].values())
    assert sum(len(uses) for uses in routine["weekly"].values()) >= 3


def test_it_lets_experienced_people_use_two_acids_of_different_classes():
    routine = build(experience="experienced", concerns={"texture", "blackheads"}, skin_type="normal")
    acids = {c for s in routine["pm"] for i in s["ingredients"] for c in [i["class"]] if c in {"aha", "bha", "pha"}}
    assert len(acids) == 2


def test_it_caps_an_active_at_the_cautions_evenings():
    routine = build(sensitive=True, experience="experienced", concerns={"texture", "dullness"}, skin_type="normal")
    assert step(routine, "aha-exfoliant")["times_per_week"] == 1


def test_it_gives_prescription_retinoid_users_their_prescription_and_no_retinol():
    routine = build(prescription_retinoid=True, concerns={"enlarged_pores", "fine_lines"})
    rx = step(routine, "prescription-retinoid")
    assert rx["how"] == "As your prescriber directs."
    assert "retinol" not in slugs(routine)
    assert "tretinoin" in {u for uses in routine["weekly"].values() for use in uses for u in use["ingredients"]}


def test_it_never_suggests_a_prescription_retinoid_to_anyone_else():
    assert "tretinoin" not in slugs(build(concerns={"fine_lines", "enlarged_pores"}))


def test_it_keeps_minimal_routines_to_three_steps_a_slot_on_every_day():
    routine = build(time_budget="minimal", wears_makeup=False, concerns={"enlarged_pores", "dullness"})
    assert len(routine["am"]) <= 3
    daily = [s for s in routine["pm"] if s["times_per_week"] == 7]
    assert all(len(daily) + len(uses) <= 3 for uses in routine["weekly"].values())
    assert [s["kind"] for s in routine["am"]] == ["cleanse", "moisturise", "sunscreen"]


def test_it_warns_about_the_sun_when_a_photosensitising_ingredient_is_used():
    routine = build(concerns={"fine_lines"})
    assert "retinol" in slugs(routine)
    assert "sun_sensitivity" in [w["code"] for w in routine["warnings"]]


def test_it_warns_about_over_exfoliation_and_patch_testing_with_a_scheduled_acid():
    codes = [w["code"] for w in build(concerns={"blackheads"})["warnings"]]
    assert codes.index("patch_test") < codes.index("over_exfoliation")  # WarningCode order


def test_it_leaves_essential_oils_out_for_fragrance_free_people():
    assert "tea-tree-oil" not in slugs(build(fragrance_free=True, acne_prone=True))


def test_it_never_puts_clay_on_dry_skin():
    assert "clay" not in classes(build(skin_type="dry", concerns={"oiliness"}))


def test_it_refers_rosacea_to_a_dermatologist_and_drops_harsh_ingredients():
    routine = build(rosacea_or_eczema=True, concerns={"texture", "redness"})
    assert {"aha", "bha", "astringent", "essential_oil"}.isdisjoint(classes(routine))
    assert "see_dermatologist" in [r["code"] for r in routine["referrals"]]
    assert "chemical-peel" not in [t["slug"] for t in routine["treatments"]]


def test_it_introduces_an_active_after_a_patch_test_and_steps_it_up():
    routine = build(concerns={"blackheads"}, skin_type="normal")
    # One evening a week for two weeks after a patch test, then the target of two.
    assert [(p["weeks"], p["introduces"], p["patch_test"]) for p in routine["phases"]] == [
        ("1-2", ["salicylic-acid"], ["salicylic-acid"]),
        ("3+", [], []),
    ]
    assert [len(p["weekly"]["mon"] + p["weekly"]["thu"]) for p in routine["phases"]] == [1, 2]
    assert [r["weeks"] for r in routine["ramp_up"]] == ["1-2", "3+"]


def test_it_shows_the_shrinking_myth_to_people_worried_about_large_pores():
    assert "permanent_shrinking" in [m["slug"] for m in build(concerns={"enlarged_pores"})["myths"]]
    assert "permanent_shrinking" not in [m["slug"] for m in build(concerns={"dullness"})["myths"]]


def test_it_never_recommends_lemon_juice():
    assert "lemon-juice" not in slugs(build(concerns={"dullness"}))


def test_it_drops_a_treatment_whose_step_kind_has_no_template():
    small = catalogue()
    no_masks = dataclasses.replace(small, routine_steps=tuple(s for s in small.routine_steps if s.step_kind != "mask"))
    routine = build_routine(answers=make_answers(concerns={"oiliness"}), catalogue=no_masks).to_dict()
    assert "kaolin" not in slugs(routine)


def test_it_reduces_evenings_when_the_calendar_cannot_fit_an_active():
    acids = [
        make_ingredient(s, c, chosen_when=("concerns=texture",), time_of_day="pm", beginner_per_week=n)
        for s, c, n in (("a", "aha", 2), ("b", "retinoid", 6))
    ]
    tiny = make_catalogue(
        ingredients=acids,
        product_types=[
            make_product_type("pa", "exfoliate", ("a",)),
            make_product_type("pb", "treat", ("b",)),
            make_product_type("spf", "sunscreen", ()),
        ],
        routine_steps=[
            make_step("exfoliate", "pm", 1),
            make_step("treat", "pm", 2),
            make_step("sunscreen", "am", 9),
        ],
        conflicts=[dataclasses.replace(catalogue().conflicts[0], class_a="retinoid", class_b="aha")],
    )
    routine = build_routine(answers=make_answers(concerns={"texture"}), catalogue=tiny).to_dict()
    assert sum(s["times_per_week"] for s in routine["pm"]) == 7
    assert sorted(s["times_per_week"] for s in routine["pm"]) < [2, 6]
    assert all(len(uses) == 1 for uses in routine["weekly"].values())


def test_it_has_an_empty_disclaimer_when_the_catalogue_has_none():
    small = catalogue()
    routine = build_routine(answers=make_answers(), catalogue=dataclasses.replace(small, notices=())).to_dict()
    assert routine["disclaimer"] == ""
    assert build()["disclaimer"] == "Not medical advice."


def test_it_makes_room_for_actives_in_a_minimal_evening_by_cutting_a_lower_priority_serum():
    routine = build(time_budget="minimal", concerns={"enlarged_pores", "blackheads"}, skin_type="normal")
    assert [s["kind"] for s in routine["pm"] if s["times_per_week"] == 7] == ["cleanse", "moisturise"]
    scheduled = {s["product_type"] for s in routine["pm"] if s["times_per_week"] < 7}
    # The fewest products: a minimal routine has room for one active (4 products in all).
    assert len(scheduled) == 1 and scheduled <= {"bha-exfoliant", "retinoid-serum"}
    assert all(len(uses) <= 1 for uses in routine["weekly"].values())


def test_a_weekly_cap_on_acids_means_one_acid_not_one_evening_for_each():
    # Prescription retinoid users: acids at most once a week in all (pore-care-facts §3.8).
    routine = build(prescription_retinoid=True, experience="experienced", concerns={"texture", "blackheads"})
    acids = [s for s in routine["pm"] if any(i["class"] in {"aha", "bha", "pha"} for i in s["ingredients"])]
    assert len(acids) == 1
    assert acids[0]["times_per_week"] == 1
    acid_evenings = [d for d, uses in routine["weekly"].items() if any(u["kind"] == "exfoliate" for u in uses)]
    assert len(acid_evenings) == 1
