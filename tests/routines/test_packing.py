"""A saved routine is stored packed (routines/packing.py): its shared records once, by digest, and per routine
only which ones it holds. What a person gets back is the very routine that was built, byte for byte."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.utils.datastructures import MultiValueDict
from hypothesis import HealthCheck, given, settings

from ingredients.models import CatalogueVersion, Ingredient
from ingredients.version import refresh_catalogue_version
from routines import models as routine_models
from routines import packing
from routines.answers import Answers
from routines.builder import build_routine
from routines.catalogue import catalogue_from_fixture
from routines.forms import QuestionnaireForm
from routines.languages import stored_catalogue
from routines.models import RoutinePart, SavedRoutine
from routines.routine import text_digest
from routines.views import save_routine
from tests.factories import CATALOGUE_FIXTURE, catalogue_once, make_routine, valid_answers
from tests.strategies import answers_strategy

CATALOGUE = catalogue_from_fixture(CATALOGUE_FIXTURE)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=answers_strategy)
def test_unpacking_gives_back_the_routine_exactly(answers):
    routine = build_routine(answers=answers, catalogue=CATALOGUE)
    packed = packing.pack(routine)
    stored = json.loads(packed.text)

    whole = packing.unpack(stored, packed.parts)

    assert json.dumps(whole) == routine.to_json()  # the same keys, in the same order
    assert set(packing.references(stored)) == set(packed.parts)
    assert all(text_digest(text) == address for address, text in packed.parts.items())
    assert len(packed.text) < len(routine.to_json()) / 10


def test_a_missing_part_is_an_error_not_a_shorter_routine():
    routine = build_routine(answers=some_answers(), catalogue=CATALOGUE)
    packed = packing.pack(routine)
    first = next(iter(packed.parts))
    without = {d: t for d, t in packed.parts.items() if d != first}

    with pytest.raises(packing.MissingParts, match=first):
        packing.unpack(json.loads(packed.text), without)
    with pytest.raises(ValueError, match="not a routine packed"):
        packing.unpack(routine.to_dict(), packed.parts)


def some_answers() -> Answers:
    form = QuestionnaireForm(MultiValueDict({k: v if isinstance(v, list) else [v] for k, v in valid_answers().items()}))
    assert form.is_valid(), form.errors
    return form.to_answers()


def stored_text(routine: SavedRoutine) -> str:
    table = connection.ops.quote_name(SavedRoutine._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT CAST(routine AS TEXT) FROM {table} WHERE id = %s", [routine.pk])
        return cursor.fetchone()[0]


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


@pytest.mark.django_db
def test_a_saved_routine_stores_a_few_kilobytes_and_reads_back_whole(catalogue):
    saved = make_routine()
    routine_models._PART_TEXTS.clear()  # read as another process would: parts from the database

    again = SavedRoutine.objects.get(pk=saved.pk)

    assert json.dumps(again.routine) == saved.plan().to_json()
    text = stored_text(saved)
    assert len(text) < 6_000 < len(json.dumps(again.routine))
    myth = again.routine["myths"][0]["reality"]
    assert myth not in text  # catalogue texts live in the parts, once
    assert RoutinePart.objects.filter(text__contains=json.dumps(myth)[1:-1]).count() == 1


@pytest.mark.django_db
def test_people_with_the_same_guidance_share_its_parts(catalogue):
    make_routine()
    parts = RoutinePart.objects.count()

    make_routine()
    make_routine()

    assert RoutinePart.objects.count() == parts
    assert SavedRoutine.objects.count() == 3


@pytest.mark.django_db
def test_parts_gone_from_the_database_are_written_again(catalogue):
    """This process remembering a part never stands in for the database having it (a restored backup)."""
    make_routine()
    RoutinePart.objects.all().delete()

    saved = make_routine()
    routine_models._PART_TEXTS.clear()

    assert json.dumps(SavedRoutine.objects.get(pk=saved.pk).routine) == saved.plan().to_json()


@pytest.mark.django_db
def test_a_catalogue_change_between_building_and_saving_builds_again(catalogue):
    answers = some_answers()
    old = stored_catalogue()
    built = build_routine(answers=answers, catalogue=old)
    Ingredient.objects.filter(slug="niacinamide").update(why="Calms oil and redness.")
    current = refresh_catalogue_version()
    assert current != old.version

    assert SavedRoutine.save_built(built, answers=answers.to_json(), catalogue_version=old.version) is None
    assert SavedRoutine.objects.count() == 0

    saved = save_routine(answers)
    assert saved.catalogue_version == CatalogueVersion.objects.get().version == current


@pytest.mark.django_db
def test_a_routine_stored_whole_still_reads(catalogue):
    """Routines saved before packing, and schema-1 ones, stay as they were stored."""
    built = build_routine(answers=some_answers(), catalogue=CATALOGUE)
    whole = SavedRoutine.objects.create(answers={}, routine=built.to_dict(), catalogue_version="x")

    assert json.loads(stored_text(whole)) == built.to_dict()
    assert SavedRoutine.objects.get(pk=whole.pk).routine == built.to_dict()


@pytest.mark.django_db
def test_a_full_copy_of_the_parts_never_loses_the_ones_a_read_needs(catalogue, monkeypatch):
    """When this process's copy of the parts is full it starts again; a routine read at that moment still
    gets every part it names, those it had in the copy as well as those just fetched."""
    saved = make_routine()
    needed = packing.references(json.loads(stored_text(saved)))
    monkeypatch.setattr(routine_models, "_PART_TEXTS_MAX", len(needed))
    routine_models._PART_TEXTS.clear()
    routine_models._PART_TEXTS.update({d: RoutinePart.objects.get(digest=d).text for d in needed[:-10]})
    routine_models._PART_TEXTS.update({f"other-{n}": "{}" for n in range(5)})

    again = SavedRoutine.objects.get(pk=saved.pk)

    assert json.dumps(again.routine) == saved.plan().to_json()
