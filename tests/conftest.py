"""Suite-wide test setup."""

import pytest
from django.utils import translation


def pytest_collection_modifyitems(session, config, items):
    """Browser tests run last.

    Their live server (pytest-django's, one per session) keeps its thread's SQLite connection open
    until the session ends. The deployment tests then run gunicorn processes against the same database
    file, and after them new connections in this process failed with "disk I/O error" (seen in CI, and
    reproduced by running tests/browser before tests/poreguide/test_deploy.py). Run after everything else, the
    live server meets no other process.
    """
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(autouse=True)
def _each_test_starts_in_english():
    """A request to a Dutch page (/nl/…) leaves Dutch active in the test's thread (LocaleMiddleware
    activates the language and nothing resets it), and django-modeltranslation then writes a plain field
    (`name`) into its Dutch column: every test starts, and ends, with no language activated."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _rate_limit_windows_stand_still(monkeypatch):
    """django-ratelimit counts in fixed windows of the wall clock: a test that posts three times could
    straddle a window's end and see its count start again (seen once in CI's PostgreSQL pass). Its
    clock stands still during a test, so a test's posts all fall in one window."""
    import time
    from types import SimpleNamespace

    import django_ratelimit.core

    now = time.time()
    monkeypatch.setattr(django_ratelimit.core, "time", SimpleNamespace(time=lambda: now))
