"""Properties of the curator-facing rules: what admin says about reaching routines is true of the engine,
and slug redirects always lead to the live slug, whatever the order of renames."""

from __future__ import annotations

import dataclasses

import pytest
from django.db import transaction
from hypothesis import given, settings
from hypothesis import strategies as st

from ingredients import models as m
from routines import reach
from routines.builder import build_routine
from tests.catalogue_factory import real_catalogue
from tests.strategies import answers_strategy

CATALOGUE = real_catalogue()


def without_product_types_of(catalogue, slug: str):
    """The catalogue as if no product type carried `slug`: a curator's new ingredient, before its product type."""
    product_types = tuple(
        dataclasses.replace(pt, key_ingredients=tuple(k for k in pt.key_ingredients if k != slug))
        for pt in catalogue.product_types
    )
    return dataclasses.replace(catalogue, product_types=product_types)


TREATMENTS = sorted(
    i.slug for i in CATALOGUE.ingredients if i.chosen_when and i.recommendable and not i.prescription_only
)
# The engine chooses an active only as a first-line choice (issue #19): an active no `FirstLine` row
# names (clay) reaches no routine on purpose, and admin says why.
FIRST_LINE = {r.ingredient for r in CATALOGUE.first_lines}
UNCHOSEN_ACTIVES = [s for s in TREATMENTS if CATALOGUE.ingredient_by_slug[s].active and s not in FIRST_LINE]
REACHABLE = [s for s in TREATMENTS if s not in UNCHOSEN_ACTIVES]


def used(routine) -> set[str]:
    return {i.slug for step in (*routine.am, *routine.pm) for i in step.ingredients}


def test_the_real_catalogues_treatments_can_all_reach_a_routine():
    assert {slug: reach.problems(CATALOGUE, slug) for slug in REACHABLE} == {slug: [] for slug in REACHABLE}


def test_an_active_no_first_line_choice_names_is_said_to_and_is_in_no_routine():
    assert UNCHOSEN_ACTIVES  # clay: chosen_when answers, but first-line for none
    for slug in UNCHOSEN_ACTIVES:
        assert ["first-line choice" in p.text for p in reach.problems(CATALOGUE, slug)] == [True], slug


@settings(max_examples=100, deadline=None)
@given(answers=answers_strategy)
def test_no_routine_holds_an_active_no_first_line_choice_names(answers):
    assert not used(build_routine(answers=answers, catalogue=CATALOGUE)) & set(UNCHOSEN_ACTIVES)


@settings(max_examples=200, deadline=None)
@given(slug=st.sampled_from(TREATMENTS), answers=answers_strategy)
def test_an_ingredient_admin_says_can_reach_no_routine_is_in_no_routine(slug, answers):
    catalogue = without_product_types_of(CATALOGUE, slug)
    assert reach.problems(catalogue, slug), slug
    assert slug not in used(build_routine(answers=answers, catalogue=catalogue))


@settings(max_examples=200, deadline=None)
@given(slug=st.sampled_from(REACHABLE), answers=answers_strategy)
def test_an_ingredient_suiting_no_skin_type_is_said_to_and_is_in_no_routine_as_a_treatment(slug, answers):
    ingredients = tuple(dataclasses.replace(i, skin_types=()) if i.slug == slug else i for i in CATALOGUE.ingredients)
    catalogue = dataclasses.replace(CATALOGUE, ingredients=ingredients)
    assert any("suits no skin type" in p.text for p in reach.problems(catalogue, slug))
    # It may still be listed inside a base product (a moisturiser's niacinamide), never as a treatment step.
    routine = build_routine(answers=answers, catalogue=catalogue)
    treatment_steps = [s for s in (*routine.am, *routine.pm) if s.kind in reach.TREATMENT_KINDS]
    assert all(not s.ingredients or s.ingredients[0].slug != slug for s in treatment_steps)


def without_treatment_steps(catalogue, kinds):
    return dataclasses.replace(
        catalogue, routine_steps=tuple(t for t in catalogue.routine_steps if t.step_kind not in kinds)
    )


@settings(max_examples=100, deadline=None)
@given(slug=st.sampled_from(REACHABLE), answers=answers_strategy)
def test_an_ingredient_no_routine_step_takes_is_said_to_and_is_in_no_routine_as_a_treatment(slug, answers):
    catalogue = without_treatment_steps(CATALOGUE, set(reach.TREATMENT_KINDS))
    assert any("No routine step puts" in p.text for p in reach.problems(catalogue, slug)), slug
    routine = build_routine(answers=answers, catalogue=catalogue)
    assert all(
        not s.ingredients or s.ingredients[0].slug != slug
        for s in (*routine.am, *routine.pm)
        if s.kind in reach.TREATMENT_KINDS
    )


def test_a_daily_ingredient_only_a_mask_step_could_take_is_said_to_reach_no_routine():
    # A mask is an occasional step (the builder never puts a daily ingredient in one): the builder says so.
    catalogue = without_treatment_steps(CATALOGUE, {m.StepKind.TREAT, m.StepKind.EXFOLIATE})
    daily_in_masks = [
        slug
        for slug in TREATMENTS
        if catalogue.ingredient_by_slug[slug].beginner_per_week >= 7
        and any(pt.step_kind == m.StepKind.MASK and slug in pt.key_ingredients for pt in catalogue.product_types)
    ]
    assert daily_in_masks
    for slug in daily_in_masks:
        assert reach.problems(catalogue, slug), slug


slugs = st.sampled_from(["a", "b", "c", "d", "e"])


@pytest.mark.django_db
@settings(max_examples=100, deadline=None)
@given(renames=st.lists(slugs, min_size=1, max_size=8))
def test_every_former_slug_redirects_to_the_live_one(renames):
    with transaction.atomic():
        current, seen = "start", {"start"}
        for new in renames:
            if new != current:
                m.SlugRedirect.record(m.SlugRedirect.Kind.INGREDIENT, current, new)
                current = new
                seen.add(new)
        redirects = dict(m.SlugRedirect.objects.values_list("old_slug", "new_slug"))
        assert current not in redirects
        assert redirects == dict.fromkeys(seen - {current}, current)
        transaction.set_rollback(True)
