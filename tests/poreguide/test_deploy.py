"""The production setup as shipped in deploy/: gunicorn's config behind nginx's, and several app servers.

These start real servers (tests/servers.py). Without nginx they skip, saying how to install it; with
CI=true they fail instead. The two-server test needs PostgreSQL (DATABASE_URL=postgres://...), as
`.ci/run`'s second pass sets; on SQLite it skips (one machine, one file).
"""

from __future__ import annotations

import re
import time

import pytest
from django.db import connection

from routines.models import SavedRoutine
from tests.factories import load_catalogue, pregnant_answers
from tests.servers import IN_CI, Browser, collect_static, gunicorn, healthz_seconds, nginx, request, trickling

WORKERS = 2


@pytest.fixture(scope="session")
def static_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("static")
    collect_static(root)
    return root


@pytest.mark.django_db(transaction=True)
def test_slow_clients_hold_gunicorn_alone_but_not_gunicorn_behind_nginx(tmp_path, static_root):
    """2 x workers + 1 clients trickle request bodies; /healthz must keep answering within a second."""
    slow_clients = 2 * WORKERS + 1
    with gunicorn(tmp_path, static_root, workers=WORKERS) as app, nginx(tmp_path, app.port) as proxy:
        # Straight to gunicorn, as README used to allow: every sync worker waits for a body.
        with trickling(app.port, slow_clients, tls=False):
            time.sleep(1)
            assert [healthz_seconds(app.port) for _ in range(3)] == [None] * 3, "trickles should hold every worker"

        with trickling(proxy.https_port, slow_clients, tls=True) as clients:
            time.sleep(1)
            timings = []
            for _ in range(5):
                timings.append(healthz_seconds(proxy.port))  # plain HTTP, as load balancers probe
                timings.append(healthz_seconds(proxy.https_port, tls=True))
                time.sleep(0.3)
            assert all(client.is_alive() for client in clients), "the slow clients were cut off"
        assert None not in timings, timings
        assert max(timings) < 1


@pytest.mark.django_db(transaction=True)
def test_behind_nginx_logs_hold_no_token(tmp_path, static_root):
    load_catalogue()
    routine = SavedRoutine.objects.create(answers={}, routine={}, catalogue_version="x")
    with gunicorn(tmp_path, static_root, workers=1) as app, nginx(tmp_path, app.port) as proxy:
        token = routine.token
        for path in (f"/r/{token}.json", f"/r/{'Z' * 32}/", f"/r/{token}/delete/", f"/nl/r/{token}.json"):
            request(proxy.https_port, "GET", path, tls=True, headers={"Referer": f"https://x/r/{routine.token}/"})
        request(proxy.port, "GET", f"/r/{routine.token}/")  # the plain-HTTP redirect
    logs = {path.name: path.read_text() for path in (app.log, proxy.access_log, proxy.log)}
    assert f"/r/{routine.token[:6]}*.json" in logs["nginx.access.log"]
    assert f"/r/{routine.token[:6]}*.json" in logs["app.log"]
    assert f"/nl/r/{routine.token[:6]}*.json" in logs["nginx.access.log"]  # the Dutch twin too
    for name, text in logs.items():
        assert routine.token not in text, name


def postgres_only():
    if connection.vendor != "postgresql":
        if IN_CI and connection.vendor == "sqlite":
            pytest.skip("several app servers need PostgreSQL: CI runs this in its PostgreSQL pass")
        pytest.skip("several app servers need PostgreSQL: run with DATABASE_URL=postgres://... (see .ci/run)")


@pytest.mark.django_db(transaction=True)
def test_two_app_servers_share_routines_deletions_sessions_and_rate_limits(tmp_path, static_root):
    postgres_only()
    load_catalogue()
    limits = {"RATELIMIT_ENABLE": "1", "ROUTINE_RATE_LIMIT": "3/m"}
    with (
        gunicorn(tmp_path, static_root, workers=1, name="one", **limits) as one,
        gunicorn(tmp_path, static_root, workers=1, name="two", **limits) as two,
    ):
        person = Browser()
        # A routine made on one is read on the other, as page and JSON.
        assert person.send(one.port, "GET", "/routine/new/")[0] == 200
        status, headers, _ = person.send(one.port, "POST", "/routine/new/", pregnant_answers())  # limit: 1
        assert status == 303, headers
        path = headers["Location"]
        token = re.fullmatch(r"/r/([A-Za-z0-9_-]+)/", path)[1]
        assert person.send(two.port, "GET", path)[0] == 200
        assert person.send(one.port, "GET", path)[0] == 200  # now in server one's cache too
        status, _, text = person.send(two.port, "GET", f"/r/{token}.json")
        assert status == 200 and f'"token": "{token}"' in text

        # The guided questionnaire's answers (the session) follow the person to the other server.
        assert (
            person.send(one.port, "POST", "/routine/steps/about/", {"age_band": "45_59", "experience": "beginner"})[0]
            == 303
        )
        _, _, page = person.send(two.port, "GET", "/routine/steps/about/")
        assert re.search(r'value="45_59"[^>]*checked', page)

        # Deleted on the other server: at once a 404 on the first, cache or not.
        assert person.send(two.port, "POST", f"/r/{token}/delete/", {})[0] == 303
        assert person.send(one.port, "GET", path)[0] == 404
        assert person.send(one.port, "GET", f"/r/{token}.json")[0] == 404

        # One rate limit across both servers: 3 routine posts a minute from this address, wherever.
        assert person.send(two.port, "POST", "/routine/new/", {})[0] == 200  # 2 (invalid posts count)
        assert person.send(one.port, "POST", "/routine/new/", {})[0] == 200  # 3
        assert person.send(two.port, "POST", "/routine/new/", {})[0] == 429
        assert person.send(one.port, "POST", "/routine/new/", {})[0] == 429
