"""Properties of the curator-facing rules: what admin says about reaching routines is true of the engine,
and slug redirects always lead to the live slug, whatever the order of renames."""

from __future__ import annotations

import dataclasses

import pytest
from django.db import transaction
from hypothesis import given, settings
from hypothesis import strategies as st

from ingredients import models as m
from ingredients import reach
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


def used(routine) -> set[str]:
    return {i.slug for step in (*routine.am, *routine.pm) for i in step.ingredients}


def test_the_real_catalogues_treatments_can_all_reach_a_routine():
    assert {slug: reach.problems(CATALOGUE, slug) for slug in TREATMENTS} == {slug: [] for slug in TREATMENTS}


@settings(max_examples=200, deadline=None)
@given(slug=st.sampled_from(TREATMENTS), answers=answers_strategy)
def test_an_ingredient_admin_says_can_reach_no_routine_is_in_no_routine(slug, answers):
    catalogue = without_product_types_of(CATALOGUE, slug)
    assert reach.problems(catalogue, slug), slug
    assert slug not in used(build_routine(answers=answers, catalogue=catalogue))


@settings(max_examples=200, deadline=None)
@given(slug=st.sampled_from(TREATMENTS), answers=answers_strategy)
def test_an_ingredient_suiting_no_skin_type_is_said_to_and_is_in_no_routine_as_a_treatment(slug, answers):
    ingredients = tuple(dataclasses.replace(i, skin_types=()) if i.slug == slug else i for i in CATALOGUE.ingredients)
    catalogue = dataclasses.replace(CATALOGUE, ingredients=ingredients)
    assert any("suits no skin type" in p.text for p in reach.problems(catalogue, slug))
    # It may still be listed inside a base product (a moisturiser's niacinamide), never as a treatment step.
    routine = build_routine(answers=answers, catalogue=catalogue)
    treatment_steps = [s for s in (*routine.am, *routine.pm) if s.kind in reach.TREATMENT_KINDS]
    assert all(not s.ingredients or s.ingredients[0].slug != slug for s in treatment_steps)


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
