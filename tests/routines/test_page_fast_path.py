"""The routine page's fast path (routines/middleware.py) answers exactly what the full stack answers.

Each test asks for a page twice: the first answer is rendered by the view, the second comes from the
fast path when it applies. Both are compared with what the site answers with the fast path taken out
of MIDDLEWARE, header by header and byte by byte.
"""

from __future__ import annotations

import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import override_settings

from routines.erase import erase_routine
from routines.models import SavedRoutine
from tests.factories import catalogue_once, make_routine

pytestmark = pytest.mark.django_db

FAST_PATH = "routines.middleware.RoutinePageFastPath"
WITHOUT = [m for m in settings.MIDDLEWARE if m != FAST_PATH]
# Dates differ from one response to the next (Expires); everything else must be the same.
VARYING = {"Expires"}


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


@pytest.fixture(autouse=True)
def empty_caches():
    for cache in caches.all():
        cache.clear()


def headers(response) -> dict[str, str]:
    return {k: v for k, v in response.headers.items() if k not in VARYING}


@pytest.mark.parametrize(
    "request_headers",
    [
        {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"},
        {},
        {"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.9", "HTTP_ACCEPT_ENCODING": "gzip"},
    ],
)
def test_the_cached_page_has_the_same_headers_and_body_as_the_full_stack(client, request_headers):
    assert FAST_PATH in settings.MIDDLEWARE
    url = f"/r/{make_routine().token}/"
    first = client.get(url, **request_headers)
    fast = client.get(url, **request_headers)
    with override_settings(MIDDLEWARE=WITHOUT):
        full = client.get(url, **request_headers)
    assert first.status_code == fast.status_code == full.status_code == 200
    assert headers(fast) == headers(full) == headers(first)
    assert fast.content == full.content == first.content
    assert "no-store" in fast["Cache-Control"] and "private" in fast["Cache-Control"]
    assert fast["X-Robots-Tag"] == "noindex, nofollow"
    assert "unsafe" not in fast["Content-Security-Policy"]


def test_a_deleted_routine_is_404_at_once_though_its_page_is_cached(client):
    routine = make_routine()
    url = f"/r/{routine.token}/"
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200  # served from the cache
    SavedRoutine.objects.filter(pk=routine.pk).delete()  # as another server would: this cache is untouched
    assert client.get(url).status_code == 404


def test_the_owner_deleting_it_makes_it_404(client):
    routine = make_routine()
    url = f"/r/{routine.token}/"
    client.get(url)
    erase_routine(routine)
    assert client.get(url).status_code == 404


def test_a_check_in_shows_on_the_next_view(client):
    routine = make_routine()
    url = f"/r/{routine.token}/"
    before = client.get(url).content
    assert client.get(url).content == before
    SavedRoutine.objects.filter(pk=routine.pk).update(follow_version=routine.follow_version + 1)
    # A new state is a new rendering: the fast path finds none and the view renders the page again.
    with override_settings(MIDDLEWARE=WITHOUT):
        expected = client.get(url).content
    assert client.get(url).content == expected


def test_a_visitor_with_a_session_still_gets_what_changed_for_them_once(client):
    old = make_routine()
    response = client.post(f"/r/{old.token}/rebuild/")
    assert response.status_code == 303
    new_url = response["Location"]
    assert settings.SESSION_COOKIE_NAME in client.cookies
    assert 'id="rebuilt"' in client.get(new_url).content.decode()
    assert 'id="rebuilt"' not in client.get(new_url).content.decode()  # shown once


def test_a_post_or_other_path_is_never_answered_by_the_fast_path(client):
    routine = make_routine()
    url = f"/r/{routine.token}/"
    client.get(url)
    assert client.post(url).status_code == 405  # the view's own answer (require_safe)
    assert client.get(f"/r/{routine.token}.json").headers["Content-Type"] == "application/json"
