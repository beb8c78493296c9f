import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.db import OperationalError
from django.http import HttpResponse
from django.test import Client, RequestFactory, override_settings
from django.urls import path
from django_ratelimit.exceptions import Ratelimited

import poreguide.urls
from poreguide.ratelimits import client_ip, limit_routine_posts
from poreguide.views import rate_limited

ROOT = Path(__file__).resolve().parents[2]


@limit_routine_posts
def tiny_post_view(request):
    return HttpResponse("saved")


def broken_view(request):
    raise RuntimeError("boom")


# Used only by the tests marked with @pytest.mark.urls("tests.poreguide.test_security").
# The site's own URLs come too: the error pages link to them.
urlpatterns = [
    path("limited/", tiny_post_view),
    path("broken/", broken_view),
    *poreguide.urls.urlpatterns,
]


# --- Headers ---------------------------------------------------------------------------------
def test_a_normal_page_sends_the_security_headers(client):
    response = client.get("/")

    assert response.status_code == 200
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Permissions-Policy"] == "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
    assert response["X-Frame-Options"] == "DENY"


def test_https_responses_carry_hsts_for_a_year_with_subdomains_and_preload(client):
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


@override_settings(SECURE_SSL_REDIRECT=True)
@pytest.mark.django_db
def test_plain_http_is_redirected_to_https_except_the_health_check(client):
    response = client.get("/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/"
    assert client.get("/healthz").status_code == 200


@pytest.mark.django_db
def test_csrf_and_session_cookies_are_secure_and_http_only(client):
    response = client.get("/admin/login/")
    csrf = response.cookies["csrftoken"]
    assert csrf["secure"] is True
    assert csrf["httponly"] is True
    User.objects.create_user("curator", password="right horse battery staple", is_staff=True)
    response = client.post("/admin/login/", {"username": "curator", "password": "right horse battery staple"})
    session = response.cookies["sessionid"]
    assert session["secure"] is True
    assert session["httponly"] is True


# --- Admin login lockout (django-axes) ---------------------------------------------------------
PASSWORD = "right horse battery staple"


def log_in(client, username, password, address="127.0.0.1"):
    return client.post("/admin/login/?next=/admin/", {"username": username, "password": password}, REMOTE_ADDR=address)


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
@pytest.mark.django_db
def test_admin_login_locks_out_after_the_failure_limit_even_with_the_right_password(client):
    User.objects.create_user("curator", password=PASSWORD, is_staff=True)

    for _ in range(2):
        response = log_in(client, "curator", "wrong")
        assert response.status_code == 200  # the ordinary "please enter a correct username" form
    response = log_in(client, "curator", "wrong")
    assert response.status_code == 429
    assert "Sign-in locked" in response.content.decode()
    assert "3 failed sign-in attempts" in response.content.decode()
    assert "for 1\xa0hour" in response.content.decode()  # timesince keeps number and unit together

    response = log_in(client, "curator", PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still sent to the login page


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=2)
@pytest.mark.django_db
def test_lockout_is_for_that_username_from_that_address_only(client):
    User.objects.create_user("curator", password=PASSWORD, is_staff=True)
    User.objects.create_user("editor", password=PASSWORD, is_staff=True)
    for _ in range(2):
        log_in(client, "curator", "wrong")
    assert log_in(client, "curator", PASSWORD).status_code == 429

    assert log_in(Client(), "editor", PASSWORD).status_code == 302
    assert log_in(Client(), "curator", PASSWORD, address="203.0.113.9").status_code == 302


# --- Health check ----------------------------------------------------------------------------
@pytest.mark.django_db
def test_healthz_says_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content == b"ok\n"
    assert "no-store" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_is_down(client, monkeypatch):
    class DownConnection:
        def cursor(self):
            raise OperationalError("connection refused")

    monkeypatch.setattr("poreguide.views.connection", DownConnection())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"database unavailable\n"


# --- Rate limits -----------------------------------------------------------------------------
def test_the_rate_limited_page_is_a_friendly_429():
    response = rate_limited(RequestFactory().post("/routine/new/"), Ratelimited())
    assert response.status_code == 429
    assert "Too many routines from your address; wait a minute and try again" in response.content.decode()


@override_settings(RATELIMIT_ENABLE=True, ROUTINE_RATE_LIMIT="2/m")
@pytest.mark.django_db
def test_the_decorator_limits_posts_per_address_and_not_gets():
    factory = RequestFactory()
    for _ in range(5):
        assert tiny_post_view(factory.get("/limited/")).status_code == 200
    for _ in range(2):
        assert tiny_post_view(factory.post("/limited/")).status_code == 200
    with pytest.raises(Ratelimited):
        tiny_post_view(factory.post("/limited/"))
    assert tiny_post_view(factory.post("/limited/", REMOTE_ADDR="198.51.100.7")).status_code == 200


@override_settings(RATELIMIT_ENABLE=False, ROUTINE_RATE_LIMIT="1/m")
@pytest.mark.django_db
def test_rate_limits_can_be_lifted_with_ratelimit_enable():
    factory = RequestFactory()
    for _ in range(3):
        assert tiny_post_view(factory.post("/limited/")).status_code == 200


@override_settings(RATELIMIT_ENABLE=True, ROUTINE_RATE_LIMIT="1/m")
@pytest.mark.urls("tests.poreguide.test_security")
@pytest.mark.django_db
def test_a_limited_post_gets_the_429_page_through_the_middleware(client):
    assert client.post("/limited/").status_code == 200
    response = client.post("/limited/")
    assert response.status_code == 429
    assert "wait a minute and try again" in response.content.decode()


@override_settings(RATELIMIT_ENABLE=True, ROUTINE_RATE_LIMIT="2/m")
@pytest.mark.django_db
def test_the_questionnaire_is_limited_per_address(client):
    # Invalid posts count too: the limit guards the work, not only the saved routines.
    for _ in range(2):
        assert client.post("/routine/new/", {}).status_code == 200
    response = client.post("/routine/new/", {})
    assert response.status_code == 429
    assert "Too many routines from your address" in response.content.decode()
    assert client.post("/routine/new/", {}, REMOTE_ADDR="198.51.100.7").status_code == 200
    assert client.get("/routine/new/").status_code == 200


def test_the_client_address_is_remote_addr_unless_proxies_are_trusted(settings):
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.1.1.1, 203.0.113.5")
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.1"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "203.0.113.5"
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request) == "1.1.1.1"
    bogus = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="not-an-address")
    assert client_ip(bogus) == "10.0.0.1"


# --- Error pages -----------------------------------------------------------------------------
@pytest.mark.django_db
def test_an_unknown_address_gets_the_404_page(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.urls("tests.poreguide.test_security")
def test_a_crash_gets_the_static_500_page():
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


# --- Production settings ---------------------------------------------------------------------
def run(args, **env):
    base = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp")}
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**base, "DJANGO_SETTINGS_MODULE": "poreguide.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = run(["-c", "import poreguide.settings"])
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is not set" in result.stderr


def test_check_deploy_passes_with_production_settings(tmp_path):
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="example.com",
        DATABASE_URL=f"sqlite:///{tmp_path / 'x.sqlite3'}",
        ACCESSIBILITY_CONTACT="access@example.com",
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


# --- Unreadable form bodies with a CSRF cookie (the probe's "any POST answers 500") -------------------
MADE_UP_CSRF = "madeupmadeupmadeupmadeupmadeup12"
UNREADABLE_FORMS = [
    "application/x-www-form-urlencoded; charset=latin-1",
    "application/x-www-form-urlencoded; charset=utf-16",
    "application/x-www-form-urlencoded; charset=rot13",
    "multipart/form-data",
]


def posting_urls():
    token = "A" * 32
    site = ["/", "/healthz", "/admin/login/", "/routine/new/", "/routine/steps/skin/", "/myths/", "/ingredients/"]
    routine = [f"/r/{token}/", f"/r/{token}.json", f"/r/{token}/delete/", f"/r/{token}/rebuild/", "/no-such-page/"]
    return site + routine


@pytest.mark.parametrize("content_type", UNREADABLE_FORMS)
@pytest.mark.django_db
def test_an_unreadable_form_with_a_made_up_csrf_cookie_is_a_400_with_the_security_headers(content_type):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies["csrftoken"] = MADE_UP_CSRF
    for url in posting_urls():
        response = client.generic("POST", url, "a=b&c=é".encode("latin-1"), content_type=content_type)
        assert response.status_code == 400, url
        assert "default-src 'self'" in response["Content-Security-Policy"], url
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["X-Frame-Options"] == "DENY"


# --- Error pages for JSON URLs ------------------------------------------------------------------------
def broken_json_view(request, token):
    raise RuntimeError("boom")


urlpatterns.insert(0, path("r/<str:token>.json", broken_json_view))
# The site's error handlers, as ROOT_URLCONF would name them.
handler400, handler404, handler500 = poreguide.urls.handler400, poreguide.urls.handler404, poreguide.urls.handler500


@pytest.mark.urls("tests.poreguide.test_security")
def test_a_crash_on_a_json_url_answers_json():
    response = Client(raise_request_exception=False).get("/r/" + "B" * 32 + ".json")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"] == "server_error"


@pytest.mark.django_db
def test_an_unknown_routine_json_answers_a_json_404(client):
    response = client.get("/r/" + "C" * 32 + ".json")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": 404, "error": "not_found", "message": "There is nothing at this address."}


@pytest.mark.django_db
def test_a_bad_request_on_a_json_url_answers_json():
    client = Client(enforce_csrf_checks=True)
    client.cookies["csrftoken"] = MADE_UP_CSRF
    response = client.generic("POST", "/r/" + "C" * 32 + ".json", b"a=b", content_type=UNREADABLE_FORMS[0])
    assert response.status_code == 400
    assert response.json()["error"] == "bad_request"


# --- Health check: a write, and room to write -----------------------------------------------------------
@pytest.mark.django_db
def test_healthz_writes_a_heartbeat(client):
    from poreguide.models import Heartbeat

    before = Heartbeat.objects.get(pk=1).beat
    assert client.get("/healthz").status_code == 200
    assert Heartbeat.objects.get(pk=1).beat > before


@pytest.mark.django_db
def test_healthz_writes_at_most_once_per_interval_and_reads_in_between(client, settings):
    from poreguide.models import Heartbeat

    settings.HEALTHZ_WRITE_SECONDS = 60
    assert client.get("/healthz").status_code == 200
    first = Heartbeat.objects.get(pk=1).beat
    for _ in range(3):
        assert client.get("/healthz").status_code == 200
    assert Heartbeat.objects.get(pk=1).beat == first
    settings.HEALTHZ_WRITE_SECONDS = 0
    assert client.get("/healthz").status_code == 200
    assert Heartbeat.objects.get(pk=1).beat > first


@pytest.mark.django_db(transaction=True)
def test_healthz_answers_503_when_the_database_refuses_writes(client):
    from django.db import connection

    connection.ensure_connection()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA query_only = ON")
        else:
            cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    try:
        response = client.get("/healthz")
        assert response.status_code == 503
        assert response.content == b"database unavailable\n"
    finally:
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                cursor.execute("PRAGMA query_only = OFF")
            else:
                cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE")


@pytest.mark.django_db
def test_healthz_answers_503_when_the_sqlite_disk_is_full(client, settings):
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only: the free-space check is for a database file on this machine")
    free = shutil.disk_usage(Path(connection.settings_dict["NAME"]).resolve().parent).free
    settings.HEALTHZ_MIN_FREE_MB = free // (1024 * 1024) + 1
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"disk almost full\n"


def test_check_deploy_warns_when_the_accessibility_statement_has_no_contact(tmp_path):
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="example.com",
        DATABASE_URL=f"sqlite:///{tmp_path / 'x.sqlite3'}",
    )
    assert result.returncode != 0
    assert "poreguide.W001" in result.stderr + result.stdout
