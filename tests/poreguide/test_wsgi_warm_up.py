"""The WSGI entry point builds the catalogue snapshots as a server process starts, and freezes the garbage
collector's view of what is alive then, so that full collections stop walking it (docs/benchmarks.md)."""

from __future__ import annotations

import gc
import logging

import pytest
from django.db import OperationalError

from poreguide import wsgi
from routines import catalogue as catalogue_module
from tests.factories import catalogue_once


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


@pytest.fixture
def unfrozen():
    yield
    gc.unfreeze()


@pytest.mark.django_db
def test_start_up_builds_every_language_and_freezes(catalogue, settings, unfrozen):
    settings.WARM_UP_AT_START = True
    catalogue_module._memo.clear()

    wsgi._warm_up()

    assert {language for _version, language in catalogue_module._memo} == {"en", "nl"}
    assert gc.get_freeze_count() > 0


@pytest.mark.django_db
def test_a_database_not_ready_leaves_it_to_the_first_request(settings, unfrozen, monkeypatch, caplog):
    settings.WARM_UP_AT_START = True

    def not_ready(language=None):
        raise OperationalError("no such table: ingredients_catalogueversion")

    monkeypatch.setattr(catalogue_module, "current_catalogue", not_ready)
    with caplog.at_level(logging.WARNING, logger="poreguide.wsgi"):
        wsgi._warm_up()

    assert "not built at start-up" in caplog.text


def test_off_in_tests(settings, unfrozen):
    settings.WARM_UP_AT_START = False
    frozen = gc.get_freeze_count()

    wsgi._warm_up()

    assert gc.get_freeze_count() == frozen
