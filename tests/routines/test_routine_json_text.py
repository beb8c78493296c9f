"""A routine's JSON text (`Routine.to_json()`, what a questionnaire post saves) is exactly what
`json.dumps` writes of its `to_dict()`, and a saved routine reads back as the routine that was built."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings

from routines.builder import build_routine
from routines.catalogue import catalogue_from_fixture
from routines.models import SavedRoutine
from tests.factories import CATALOGUE_FIXTURE, catalogue_once, make_routine
from tests.strategies import answers_strategy

CATALOGUE = catalogue_from_fixture(CATALOGUE_FIXTURE)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=answers_strategy)
def test_the_json_text_is_what_json_dumps_writes(answers):
    routine = build_routine(answers=answers, catalogue=CATALOGUE)
    text = routine.to_json()
    assert text == json.dumps(routine.to_dict())
    assert routine.to_json() == text  # the second time, from the records' kept text
    assert json.loads(text) == routine.to_dict()


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


@pytest.mark.django_db
def test_a_saved_routine_reads_back_as_built(catalogue, client):
    saved = make_routine()
    stored = SavedRoutine.objects.get(pk=saved.pk)
    assert stored.routine == dict(saved.routine)
    assert stored.plan() == saved.plan()
    assert client.get(f"/r/{saved.token}.json").json()["am"] == saved.routine["am"]
