"""The real catalogue's safety data, through the routine engine, over the whole answer space (no database).

These hold because of what curators put in `fixtures/catalogue.json` (issue 11): benzoyl peroxide and
azelaic acid exist, adapalene is a capped caution from 12, the sun warning applies to isotretinoin and
high sun, and no professional treatment is offered to under-18s.
"""

import dataclasses

from hypothesis import given, settings

from ingredients.vocab import AgeBand, Pregnancy, SunExposure, WarningCode
from routines.builder import build_routine
from tests.catalogue_factory import real_catalogue
from tests.strategies import answers_strategy

CATALOGUE = real_catalogue()
ACNE_ACTIVES = {"salicylic-acid", "benzoyl-peroxide", "adapalene", "azelaic-acid"}
examples = settings(max_examples=300, deadline=None)


def routine_for(answers) -> dict:
    return build_routine(answers=answers, catalogue=CATALOGUE).to_dict()


def used(routine: dict) -> set[str]:
    return {i["slug"] for slot in ("am", "pm") for step in routine[slot] for i in step["ingredients"]}


@examples
@given(answers_strategy)
def test_isotretinoin_users_and_people_in_high_sun_are_told_to_protect_themselves_from_the_sun(answers):
    warnings = {w["code"]: w for w in routine_for(answers)["warnings"]}
    if answers.isotretinoin or answers.sun_exposure == SunExposure.HIGH:
        sun = warnings.get(WarningCode.SUN_SENSITIVITY)
        assert sun is not None
        for words in ("water-resistant", "SPF 30", "reapply", "shade", "clothing"):
            assert words in sun["text"]
        assert sun["sources"] and any(s["url"] for s in sun["sources"])


@examples
@given(
    answers_strategy.map(
        lambda a: dataclasses.replace(
            a, acne_prone=True, isotretinoin=False, rosacea_or_eczema=False, prescription_retinoid=False
        )
    )
)
def test_an_acne_prone_person_without_a_prescriber_treating_it_keeps_an_acne_active_open(answers):
    # Under 18, pregnant or trying, sensitive, dry: benzoyl peroxide, azelaic acid, salicylic acid or
    # adapalene stays neither excluded nor unsuited to the skin type. (Which treatments the engine then
    # picks within a time budget is its ranking, tested with the engine.)
    routine = routine_for(answers)
    excluded = {e["ingredient"] for e in routine["excluded"]}
    open_actives = {
        slug
        for slug in ACNE_ACTIVES - excluded
        if str(answers.skin_type) in CATALOGUE.ingredient_by_slug[slug].skin_types
    }
    assert open_actives


@examples
@given(answers_strategy.filter(lambda a: a.age_band == AgeBand.UNDER_18))
def test_no_professional_treatment_is_offered_to_an_under_18(answers):
    assert routine_for(answers)["treatments"] == []


@examples
@given(answers_strategy.filter(lambda a: a.pregnancy != Pregnancy.NO))
def test_pregnancy_keeps_its_acne_options_and_never_a_retinoid(answers):
    routine = routine_for(answers)
    classes = {i["class"] for slot in ("am", "pm") for step in routine[slot] for i in step["ingredients"]}
    assert "retinoid" not in classes
    excluded = {e["ingredient"] for e in routine["excluded"]}
    assert not excluded & {"benzoyl-peroxide", "azelaic-acid"} or answers.isotretinoin or answers.rosacea_or_eczema
