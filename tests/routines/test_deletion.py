"""Deleting a saved routine deletes it: from the database and its files, the owner's session, this
process's cache, and the logs never had its token."""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

import pytest
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.utils import timezone

from poreguide.logs import SummariseRepeats
from routines.models import SavedRoutine
from routines.rendering import rendering_key, token_digest
from tests.factories import load_catalogue, pregnant_answers

SAFETY = {"pregnancy": "yes", "isotretinoin": "yes", "prescription_retinoid": "no"}


@pytest.fixture
def person(transactional_db):
    """Someone who saved a routine (pregnant) and has the guided questionnaire half done (isotretinoin)."""
    load_catalogue()
    client = Client()
    response = client.post("/routine/new/", pregnant_answers())
    token = re.fullmatch(r"/r/([A-Za-z0-9_-]+)/", response["Location"])[1]
    assert client.get(f"/r/{token}/").status_code == 200
    assert client.get(f"/r/{token}.json").status_code == 200
    client.post("/routine/steps/about/", {"age_band": "18_29", "experience": "beginner"})
    client.post("/routine/steps/safety/", SAFETY)
    assert client.session["guided_answers"]["isotretinoin"] == "yes"
    return client, token


def database_files() -> bytes:
    name = Path(connection.settings_dict["NAME"])
    return b"".join(path.read_bytes() for path in (name, Path(f"{name}-wal")) if path.exists())


def test_a_deleted_routine_is_a_404_and_its_guided_answers_are_gone_from_the_session(person):
    client, token = person

    response = client.post(f"/r/{token}/delete/")

    assert response.status_code == 303
    assert not SavedRoutine.objects.filter(token=token).exists()
    for path in (f"/r/{token}/", f"/r/{token}.json", f"/r/{token}/delete/"):
        assert client.get(path).status_code == 404
    assert "guided_answers" not in client.session
    for session in Session.objects.all():
        assert "guided_answers" not in session.get_decoded()


def test_nothing_of_a_deleted_routine_or_its_session_answers_stays_in_the_sqlite_files(person):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's files only: PostgreSQL keeps deleted rows until vacuum (README, Operations)")
    client, token = person
    with connection.cursor() as cursor:
        cursor.execute("SELECT answers, routine FROM routines_routine WHERE token = %s", [token])
        answers, routine = cursor.fetchone()
    # The row's own bytes: its token, its answers (pregnancy=yes) and the start of its routine.
    # (A short slice: the row is long enough to spill onto overflow pages, and a slice may not cross one.)
    secrets = [token.encode(), answers.encode(), routine.encode()[:32]]
    secrets += [s.session_data.encode() for s in Session.objects.all()]
    assert all(secret in database_files() for secret in secrets)

    client.post(f"/r/{token}/delete/")

    files = database_files()
    for secret in secrets:
        assert secret not in files


def test_the_cache_holds_renderings_by_a_digest_of_the_token_and_forgets_them_on_delete(person):
    client, token = person
    today = timezone.localdate()
    keys = [
        rendering_key("page", f"http://testserver/r/{token}/", token, day=today, language="en"),
        rendering_key("json", f"http://testserver/r/{token}.json", token, day=today, language="en"),
    ]
    assert all(cache.get(key) is not None for key in keys)
    assert not any(token in key for key in cache._cache)
    assert any(token_digest(token) in key for key in cache._cache)

    client.post(f"/r/{token}/delete/")

    assert all(cache.get(key) is None and cache.get(f"{key}:gz") is None for key in keys)


@pytest.fixture
def console_log():
    """What the site's console handler (every logger's) writes, as text."""
    handler = logging.getLogger("django").handlers[0]
    for summarise in handler.filters:
        if isinstance(summarise, SummariseRepeats):
            summarise.kinds.clear()  # earlier tests' 404s count towards the burst too
    old = handler.setStream(io.StringIO())
    try:
        yield handler.stream
    finally:
        handler.setStream(old)


def test_logs_name_a_routine_by_a_short_prefix_never_its_token(person, console_log, settings):
    settings.LOG_LEVEL = "INFO"
    logging.getLogger("routines").setLevel(logging.INFO)
    client, token = person
    client.post(f"/r/{token}/delete/")
    client.get(f"/r/{token}/")
    client.get(f"/r/{token}.json")
    client.get("/ingredients/", HTTP_REFERER=f"https://example.com/r/{token}/")

    text = console_log.getvalue()
    assert token not in text
    assert f"Not Found: /r/{token[:6]}*/" in text
    assert f"Deleted routine {token[:6]}*" in text


# --- Admin: a routine is named by its token's first characters, and admin's delete erases too ---------
@pytest.fixture
def administrator(db):
    from django.contrib.auth.models import User

    client = Client()
    client.force_login(User.objects.create_superuser("admin", password="a long passphrase"))
    return client


def test_the_admin_never_shows_a_whole_token(administrator, transactional_db):
    from tests.factories import make_routine

    load_catalogue()
    routine = make_routine(**pregnant_answers())
    for url in ("/admin/routines/savedroutine/", f"/admin/routines/savedroutine/{routine.pk}/change/",
                f"/admin/routines/savedroutine/{routine.pk}/delete/"):  # fmt: skip
        response = administrator.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert routine.token not in html, url
        assert routine.token[:6] in html or "delete" in url
    assert (
        "View on site" not in administrator.get(f"/admin/routines/savedroutine/{routine.pk}/change/").content.decode()
    )


def test_deleting_in_admin_scrubs_the_sqlite_files_too(administrator, transactional_db):
    from tests.factories import make_routine

    load_catalogue()
    routine = make_routine(**pregnant_answers())
    response = administrator.post(f"/admin/routines/savedroutine/{routine.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not SavedRoutine.objects.filter(pk=routine.pk).exists()
    if connection.vendor == "sqlite":
        assert routine.token.encode() not in database_files()
