"""The site's CSP middleware (django-csp's, with the policy built once) sends what django-csp sends."""

from __future__ import annotations

import pytest
from csp import middleware as django_csp
from csp.constants import NONCE, SELF
from csp.decorators import csp_update
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from poreguide.middleware import CSPMiddleware
from tests.factories import catalogue_once

pytestmark = pytest.mark.django_db

OURS = "poreguide.middleware.CSPMiddleware"
DJANGO_CSP = [("csp.middleware.CSPMiddleware" if m == OURS else m) for m in settings.MIDDLEWARE]
PAGES = ["/", "/routine/new/", "/privacy/", "/healthz", "/no-such-page/", "/static/no-such-file.css"]


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


@pytest.mark.parametrize("path", PAGES)
def test_every_page_gets_the_policy_django_csp_gives_it(client, path):
    assert OURS in settings.MIDDLEWARE
    ours = client.get(path)
    with override_settings(MIDDLEWARE=DJANGO_CSP):
        theirs = client.get(path)
    assert ours.status_code == theirs.status_code
    assert ours.get("Content-Security-Policy") == theirs.get("Content-Security-Policy")
    assert ours.get("Content-Security-Policy-Report-Only") == theirs.get("Content-Security-Policy-Report-Only")
    assert "unsafe" not in ours["Content-Security-Policy"]


def test_a_changed_setting_changes_the_policy(client):
    policy = {"DIRECTIVES": {**settings.CONTENT_SECURITY_POLICY["DIRECTIVES"], "img-src": ["'self'"]}}
    with override_settings(CONTENT_SECURITY_POLICY=policy):
        assert "img-src 'self';" in client.get("/privacy/")["Content-Security-Policy"] + ";"
    assert "data:" in client.get("/privacy/")["Content-Security-Policy"]


def uses_nonce(request):
    str(request.csp_nonce)
    return HttpResponse()


@pytest.mark.parametrize("view", [csp_update({"img-src": "https://example.org"})(lambda r: HttpResponse()), uses_nonce])
def test_a_view_with_its_own_policy_or_a_nonce_gets_what_django_csp_gives_it(view):
    policy = {"DIRECTIVES": {**settings.CONTENT_SECURITY_POLICY["DIRECTIVES"], "script-src": [SELF, NONCE]}}
    with override_settings(CONTENT_SECURITY_POLICY=policy):
        ours = CSPMiddleware(view)(request := RequestFactory().get("/"))
        nonce = getattr(request, "_csp_nonce", None)
        theirs = django_csp.CSPMiddleware(view)(request := RequestFactory().get("/"))
        if nonce:
            request_nonce = request._csp_nonce
            assert f"'nonce-{nonce}'" in ours["Content-Security-Policy"]
            assert ours["Content-Security-Policy"].replace(nonce, request_nonce) == theirs["Content-Security-Policy"]
        else:
            assert ours["Content-Security-Policy"] == theirs["Content-Security-Policy"]
            assert "https://example.org" in ours["Content-Security-Policy"]
