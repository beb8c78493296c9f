"""Concurrent saves against a real live server: many clients post the questionnaire at once.

Every accepted POST (303) must lead to a routine that can be read back (page and JSON), no request
may fail with a 5xx, and exactly one routine row exists per 303. On SQLite the test database is a
file (poreguide/test_settings.py), so the server's threads each hold their own connection and
really contend for the write lock; on PostgreSQL (DATABASE_URL) they contend for real anyway.
"""

from __future__ import annotations

import http.cookiejar
import json
import re
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pytest
from django.db import connection

from routines.models import SavedRoutine
from tests.factories import load_catalogue, valid_answers

CLIENTS = 16
POSTS_PER_CLIENT = 5
TIMEOUT = 60
TOKEN_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CONCERNS = ["enlarged_pores", "blackheads", "oiliness", "texture", "dullness", "sun_damage", "fine_lines", "redness"]


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # the 303 comes back as an HTTPError we read, not followed


def request(opener, url: str, data: bytes | None = None) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, data=data)
    if data is not None:
        req.add_header("Content-Type", "application/x-www-form-urlencoded")
    try:
        with opener.open(req, timeout=TIMEOUT) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def answers_for(client: int, post: int) -> bytes:
    # Different answers per post, so the server builds different routines side by side.
    concerns = [CONCERNS[(client + post) % len(CONCERNS)], CONCERNS[(client * 3 + post) % len(CONCERNS)]]
    data = valid_answers(
        concerns=concerns,
        experience="experienced" if post % 2 else "beginner",
        time_budget=["minimal", "standard", "full"][client % 3],
    )
    return urlencode(data, doseq=True).encode()


class Client(threading.Thread):
    """One browser: its own cookies, a GET of the form for the CSRF token, then its posts."""

    def __init__(self, number: int, base_url: str, start_line: threading.Barrier):
        super().__init__(name=f"client-{number}")
        self.number = number
        self.base_url = base_url
        self.start_line = start_line
        self.results: list[tuple[int, str | None, float, float]] = []  # status, Location, start, end
        self.error: BaseException | None = None

    def run(self):
        try:
            jar = http.cookiejar.CookieJar()
            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirects)
            status, _, body = request(opener, self.base_url + "/routine/new/")
            assert status == 200, status
            token = TOKEN_FIELD.search(body.decode()).group(1)
            assert any(cookie.name == "csrftoken" for cookie in jar), "no CSRF cookie"
            self.start_line.wait(timeout=TIMEOUT)
            for post in range(POSTS_PER_CLIENT):
                data = answers_for(self.number, post) + b"&" + urlencode({"csrfmiddlewaretoken": token}).encode()
                started = time.monotonic()
                status, headers, _ = request(opener, self.base_url + "/routine/new/", data)
                self.results.append((status, headers.get("Location"), started, time.monotonic()))
        except BaseException as error:  # reported by the test, not lost in the thread
            self.error = error
            self.start_line.abort()


def overlapping(intervals: list[tuple[float, float]]) -> int:
    """The most requests that were in flight at the same moment."""
    events = sorted([(start, 1) for start, _ in intervals] + [(end, -1) for _, end in intervals])
    most = current = 0
    for _, step in events:
        current += step
        most = max(most, current)
    return most


@pytest.fixture
def live_settings(settings):
    # The test settings mark the CSRF cookie Secure (as production does); a cookie jar then never
    # sends it back over the live server's plain HTTP.
    settings.CSRF_COOKIE_SECURE = False
    return settings


def test_on_sqlite_the_test_database_is_a_file_in_wal_mode_with_a_busy_timeout(transactional_db):
    if connection.vendor != "sqlite":
        # PostgreSQL: every live server thread has its own session; nothing to arrange.
        assert connection.vendor == "postgresql"
        return
    assert not connection.is_in_memory_db()
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] >= 5_000


def test_concurrent_questionnaire_posts_all_save_readable_routines(live_server, transactional_db, live_settings):
    load_catalogue()  # transactional_db flushes the tables, the catalogue with them
    assert SavedRoutine.objects.count() == 0

    start_line = threading.Barrier(CLIENTS)
    clients = [Client(n, live_server.url, start_line) for n in range(CLIENTS)]
    for client in clients:
        client.start()
    for client in clients:
        client.join(timeout=TIMEOUT * POSTS_PER_CLIENT)
    for client in clients:
        assert not client.is_alive(), f"{client.name} still running"
        if client.error is not None:
            raise client.error

    results = [result for client in clients for result in client.results]
    assert len(results) == CLIENTS * POSTS_PER_CLIENT
    statuses = sorted({status for status, *_ in results})
    assert all(status < 500 for status in statuses), statuses
    accepted = [location for status, location, *_ in results if status == 303]
    # Valid answers and a valid CSRF token: every single post is accepted.
    assert len(accepted) == len(results), statuses
    # The clients really posted at once: many requests were in flight together.
    assert overlapping([(start, end) for *_, start, end in results]) >= CLIENTS // 2

    assert SavedRoutine.objects.count() == len(accepted)
    assert len(set(accepted)) == len(accepted), "two posts were sent to the same routine"
    opener = urllib.request.build_opener(NoRedirects)
    for location in accepted:
        assert re.fullmatch(r"/r/[A-Za-z0-9_-]+/", location), location
        status, _, body = request(opener, live_server.url + location)
        assert status == 200, (location, status)
        status, headers, body = request(opener, live_server.url + location.rstrip("/") + ".json")
        assert status == 200, (location, status)
        assert headers["Content-Type"] == "application/json"
        assert body.decode().count('"token"') == 1


CHECK_INS_AT_ONCE = 20


def test_twenty_check_ins_posted_at_once_are_all_answered_and_leave_one_for_the_day(
    live_server, transactional_db, live_settings
):
    """One person double-taps, or a script posts 20 check-ins at once: every post is answered (303),
    none fails, and the day keeps exactly one check-in, one of those posted (a second replaces the first)."""
    from routines.models import CheckIn
    from tests.factories import make_routine

    load_catalogue()
    routine = make_routine()
    url = f"{live_server.url}/r/{routine.token}/check-in/"
    start_line = threading.Barrier(CHECK_INS_AT_ONCE)
    results: list[int] = []
    errors: list[BaseException] = []

    def post(n: int) -> None:
        try:
            jar = http.cookiejar.CookieJar()
            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirects)
            status, _, body = request(opener, url)
            assert status == 200, status
            csrf = TOKEN_FIELD.search(body.decode()).group(1)
            score = str(n % 4)
            fields = {"oiliness": score, "blackheads": score, "breakouts": "1", "irritation": "0"}
            data = urlencode({**fields, "followed": "most_days", "csrfmiddlewaretoken": csrf}).encode()
            start_line.wait(timeout=TIMEOUT)
            results.append(request(opener, url, data)[0])
        except BaseException as error:
            errors.append(error)
            start_line.abort()

    threads = [threading.Thread(target=post, args=(n,)) for n in range(CHECK_INS_AT_ONCE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=TIMEOUT * 2)
    assert not errors, errors[0]
    assert sorted(results) == [303] * CHECK_INS_AT_ONCE
    (kept,) = CheckIn.objects.filter(routine=routine)
    assert kept.oiliness == kept.blackheads and kept.oiliness in range(4)
    status, _, body = request(urllib.request.build_opener(), f"{live_server.url}/r/{routine.token}.json")
    assert status == 200 and len(json.loads(body)["check_ins"]) == 1
