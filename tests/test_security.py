import os
import secrets
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

ROOT = Path(__file__).resolve().parent.parent


@limit_routine_posts
def tiny_post_view(request):
    return HttpResponse("saved")


def broken_view(request):
    raise RuntimeError("boom")


# Used only by the tests marked with @pytest.mark.urls("tests.test_security").
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
@pytest.mark.urls("tests.test_security")
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


@pytest.mark.urls("tests.test_security")
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


def test_check_deploy_warns_when_the_accessibility_statement_has_no_contact(tmp_path):
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="example.com",
        DATABASE_URL=f"sqlite:///{tmp_path / 'x.sqlite3'}",
    )
    assert result.returncode != 0
    assert "poreguide.W001" in result.stderr + result.stdout
