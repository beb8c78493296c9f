"""Routine pages answered again whole in front of Django (routines/replay.py): the same answer Django
gives, every time, and never once the routine is gone, has moved on or the visitor has a session."""

from __future__ import annotations

import io
import sys
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.utils import timezone

from poreguide.wsgi import application, django_application
from routines.erase import erase_routine
from routines.models import SavedRoutine
from routines.rendering import token_digest
from tests.factories import catalogue_once, make_routine

pytestmark = pytest.mark.django_db
# Dates move from one response to the next; everything else must be the same.
DATED = {"Expires", "Date"}


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


@pytest.fixture(autouse=True)
def fresh():
    for cache in caches.all():
        cache.clear()
    application.kept.clear()


def get(app, path: str, **headers) -> tuple[str, dict[str, str], bytes]:
    environ = {
        "REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": "", "SCRIPT_NAME": "",
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver", "REMOTE_ADDR": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr, "wsgi.version": (1, 0), "wsgi.multithread": False, "wsgi.multiprocess": True,
        "wsgi.run_once": False, **headers,
    }  # fmt: skip
    sent = {}

    def start_response(status, response_headers, exc_info=None):
        sent["status"], sent["headers"] = status, response_headers

    # As Django's test client does: a request must not close the test's database connection.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        result = app(environ, start_response)
        body = b"".join(result)
        if hasattr(result, "close"):
            result.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return sent["status"], {k: v for k, v in sent["headers"] if k not in DATED}, body


BROWSER = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br", "HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.9"}


@pytest.mark.parametrize("headers", [BROWSER, {}, {"HTTP_COOKIE": "csrftoken=" + "a" * 32 + "; django_language=en"}])
def test_a_kept_page_is_what_django_answers(headers):
    url = f"/r/{make_routine().token}/"
    first = get(application, url, **headers)
    assert application.kept, "the first answer is kept"
    again = get(application, url, **headers)
    django = get(django_application, url, **headers)
    assert first == again == django
    status, sent, _ = again
    assert status == "200 OK"
    assert "no-store" in sent["Cache-Control"] and "private" in sent["Cache-Control"]
    assert sent["X-Robots-Tag"] == "noindex, nofollow"
    assert "unsafe" not in sent["Content-Security-Policy"]
    assert sent["X-Frame-Options"] == "DENY" and sent["X-Content-Type-Options"] == "nosniff"


def test_another_language_or_encoding_is_another_answer():
    url = f"/r/{make_routine().token}/"
    get(application, url, **BROWSER)
    for headers in ({"HTTP_ACCEPT_LANGUAGE": "nl"}, {"HTTP_ACCEPT_ENCODING": "identity"}):
        assert get(application, url, **headers) == get(django_application, url, **headers)


def test_a_deleted_routine_is_404_at_once_though_its_page_is_kept():
    routine = make_routine()
    url = f"/r/{routine.token}/"
    get(application, url)
    SavedRoutine.objects.filter(pk=routine.pk).delete()  # as another server would: nothing kept here is told
    assert get(application, url)[0].startswith("404")


def test_deleting_a_routine_drops_what_this_process_kept_of_it():
    routine = make_routine()
    get(application, f"/r/{routine.token}/")
    assert any(key[1] == token_digest(routine.token) for key in application.kept)
    erase_routine(routine)
    assert not any(key[1] == token_digest(routine.token) for key in application.kept)


def test_a_check_in_or_a_new_day_is_a_new_answer(monkeypatch):
    routine = make_routine()
    url = f"/r/{routine.token}/"
    get(application, url)
    SavedRoutine.objects.filter(pk=routine.pk).update(follow_version=routine.follow_version + 1)
    assert get(application, url) == get(django_application, url)
    tomorrow = timezone.localdate() + timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: tomorrow)
    assert get(application, url) == get(django_application, url)


def test_a_visitor_with_a_session_is_answered_by_django(client):
    old = make_routine()
    new_url = client.post(f"/r/{old.token}/rebuild/")["Location"]
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    get(application, new_url)  # someone else's view keeps the plain page
    cookie = {"HTTP_COOKIE": f"{settings.SESSION_COOKIE_NAME}={session}"}
    assert b'id="rebuilt"' in get(application, new_url, **cookie)[2]  # what changed, for them, once
    assert b'id="rebuilt"' not in get(application, new_url, **cookie)[2]


def test_only_routine_pages_are_kept():
    routine = make_routine()
    for path in ("/", "/privacy/", f"/r/{routine.token}.json", f"/r/{routine.token}/delete/", "/r/" + "A" * 32 + "/"):
        get(application, path)
    assert not application.kept
