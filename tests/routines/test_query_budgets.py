"""A saved routine is read in a fixed, small number of queries, whatever its size.

A small routine (one concern, minimal time, a beginner) and a large one (every concern, the full
time budget, experienced, with warnings and exclusions) are saved through the questionnaire; their
page and JSON must take the same number of queries, within a budget, with Django's caches cold
(just cleared) and warm (the same URL asked again).
"""

from __future__ import annotations

import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ingredients.vocab import Concern
from routines.models import SavedRoutine
from tests.factories import catalogue_once, valid_answers

pytestmark = pytest.mark.django_db

# Whether the routine exists, with its and the current catalogue version (one query), then the saved
# routine itself only when its page or JSON isn't rendered yet.
ROUTINE_PAGE_QUERIES = 2
ROUTINE_JSON_QUERIES = 2

SMALL = valid_answers(
    concerns=["enlarged_pores"],
    acne_prone="no",
    time_budget="minimal",
    experience="beginner",
    sun_exposure="low",
)
LARGE = valid_answers(
    concerns=list(Concern.values),
    sensitive="yes",
    time_budget="full",
    experience="experienced",
    wears_makeup="yes",
    sun_exposure="high",
    age_band="45_59",
    pregnancy="trying",
    prescription_retinoid="yes",
    fragrance_free="yes",
)


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


def save(client, answers) -> SavedRoutine:
    response = client.post("/routine/new/", answers)
    assert response.status_code == 303
    return SavedRoutine.objects.get(token=re.fullmatch(r"/r/([\w-]+)/", response["Location"]).group(1))


def clear_caches() -> None:
    for cache in caches.all():
        cache.clear()


def queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def size(routine: SavedRoutine) -> int:
    data = routine.routine
    return sum(len(data.get(key) or []) for key in ("am", "pm", "warnings", "excluded", "tips", "myths", "ramp_up"))


@pytest.fixture
def small_and_large(client):
    small, large = save(client, SMALL), save(client, LARGE)
    # The comparison means something only if the large routine really has more to show.
    assert size(large) > size(small)
    assert len(large.routine["am"]) + len(large.routine["pm"]) > len(small.routine["am"]) + len(small.routine["pm"])
    return small, large


@pytest.mark.parametrize(
    ("suffix", "budget"),
    [("/", ROUTINE_PAGE_QUERIES), (".json", ROUTINE_JSON_QUERIES)],
    ids=["page", "json"],
)
def test_a_saved_routine_takes_the_same_few_queries_cold_and_warm_whatever_its_size(
    client, small_and_large, suffix, budget
):
    counts = {}
    for name, routine in zip(("small", "large"), small_and_large, strict=True):
        url = f"/r/{routine.token}{suffix}"
        clear_caches()
        cold = queries(client, url)
        warm = queries(client, url)
        counts[name] = (cold, warm)
    assert counts["small"] == counts["large"], counts
    cold, warm = counts["small"]
    assert cold <= budget, counts
    assert warm <= budget, counts
    assert warm <= cold, counts


def test_the_budgets_hold_for_routines_of_every_size(client):
    """Many shapes of answers, each read cold: one number of queries for all of them."""
    concerns = list(Concern.values)
    counts = set()
    for n in range(1, len(concerns) + 1):
        routine = save(
            client,
            valid_answers(
                concerns=concerns[:n],
                time_budget=["minimal", "standard", "full"][n % 3],
                experience="experienced" if n % 2 else "beginner",
            ),
        )
        clear_caches()
        counts.add((queries(client, f"/r/{routine.token}/"), queries(client, f"/r/{routine.token}.json")))
    assert len(counts) == 1, counts
    page, json = counts.pop()
    assert page <= ROUTINE_PAGE_QUERIES
    assert json <= ROUTINE_JSON_QUERIES
