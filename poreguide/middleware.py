import functools
from http import HTTPStatus

import csp.constants
import csp.middleware
from csp.middleware import CheckableLazyObject
from csp.utils import build_policy
from django.conf import settings
from django.core.exceptions import BadRequest, SuspiciousOperation
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpRequest
from django.http.multipartparser import MultiPartParserError
from django.http.response import HttpResponseBase


class PermissionsPolicyMiddleware:
    """Send a Permissions-Policy header: Django and django-csp have no setting for it.

    The app needs no camera, microphone, location, payment or USB, so it asks the browser to
    refuse them to the page and to anything embedded in it.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.PERMISSIONS_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy:
            response.headers.setdefault("Permissions-Policy", self.policy)
        return response


class RejectUndecodableFormsMiddleware:
    """A POST whose form data can't be read is the client's error (400), not the server's (500).

    Django raises BadRequest for a urlencoded body in any charset but UTF-8, MultiPartParserError
    for broken multipart, and LookupError or UnicodeError for codecs such as rot13 or idna. Every
    later reader of `request.POST` would raise again: the CSRF middleware, and the error handlers,
    which run the CSRF check too (`requires_csrf_token`) when the request carries a CSRF cookie.
    So the form is read once here, before CSRF, and on failure the request is marked as having an
    empty form (what Django itself does after a multipart error) before the 400 is raised.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST":
            try:
                request.POST  # noqa: B018 - parse now, where the error can be answered properly
            except (BadRequest, SuspiciousOperation, MultiPartParserError, LookupError, UnicodeError) as error:
                request._mark_post_parse_error()
                raise BadRequest("The form data can't be read.") from error
        return self.get_response(request)


# Response attributes through which django-csp's decorators give one response a policy of its own.
_OWN_POLICY = ("_csp_config", "_csp_update", "_csp_replace", "_csp_config_ro", "_csp_update_ro", "_csp_replace_ro")


class CSPMiddleware(csp.middleware.CSPMiddleware):
    """django-csp's middleware with the site's policy built once per process, not for every response.

    Building it (and copying the settings it is built from) was a fifth of the time of a cached routine
    page (docs/benchmarks.md). Responses with a policy of their own (django-csp's decorators) and
    requests that used a nonce get theirs built exactly as django-csp builds it; every other response
    gets the same headers django-csp would give it.
    """

    def process_response(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        if getattr(request, "_csp_nonce", None) is not None or any(hasattr(response, a) for a in _OWN_POLICY):
            return super().process_response(request, response)
        if response.status_code in (HTTPStatus.INTERNAL_SERVER_ERROR, HTTPStatus.NOT_FOUND) and settings.DEBUG:
            return response
        for header, policy, prefixes, exempt in _site_policies():
            exempt_here = getattr(response, exempt, False) or request.path_info.startswith(prefixes)
            if policy and not exempt_here and header not in response:
                response[header] = policy
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response


@functools.cache
def _site_policies() -> tuple[tuple[str, str, tuple[str, ...], str], ...]:
    """(header, policy, excluded URL prefixes, exemption attribute), for the policy and the report-only one."""
    found = []
    for header, setting, report_only, exempt in (
        (csp.constants.HEADER, "CONTENT_SECURITY_POLICY", False, "_csp_exempt"),
        (csp.constants.HEADER_REPORT_ONLY, "CONTENT_SECURITY_POLICY_REPORT_ONLY", True, "_csp_exempt_ro"),
    ):
        prefixes = tuple((getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES", None) or ())
        found.append((header, build_policy(report_only=report_only), prefixes, exempt))
    return tuple(found)


@receiver(setting_changed)
def _policy_changed(*, setting, **kwargs):
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        _site_policies.cache_clear()
