"""The routine page's fast path: a saved routine's page, already rendered, straight from the cache.

A routine's page is the same for everyone who opens its link on one day, in one language, while its
check-ins and pauses stay as they are (`routines.rendering.rendering_key`). Once it is rendered, serving
it needs the deletion check (one query: a deleted routine's link stops working at once, on every server)
and a cache read, not the rest of the middleware stack, the URL resolver or the view. This middleware
sits just inside `LocaleMiddleware`, so the language is already chosen as for every page (a language
prefix, or what the browser accepts), and every security header, the CSP and `Vary`/`Content-Language`
are still added on the way out by the middleware outside it.

It serves only what the view would serve from its cache: a GET of the page, from a visitor with no
session (a session may hold "what changed" for this visitor, shown once), a routine whose catalogue is
current or whose routine would not change, a rendering that is there. Everything else, and every
cache miss, goes down the full stack to `routines.views.routine_detail`, which renders and caches.
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.http import http_date
from django.utils.translation import get_language

from .rendering import (
    PAGE_CONTENT_TYPE,
    accepts_gzip,
    cached_body,
    remember_state,
    rendered_response,
    rendering_key,
    saved_state,
    would_change_key,
)
from .replay import mark_replayable

PAGE_VIEW = "routines:detail"
# Paths already resolved (per language: prefixed URL patterns resolve in the active language only).
# Bounded: it starts again when full.
RESOLVED_SIZE = 4096
# What a request's host is read from (HttpRequest.get_host).
HOST_HEADERS = ("HTTP_X_FORWARDED_HOST", "HTTP_X_FORWARDED_PORT", "HTTP_HOST", "SERVER_NAME", "SERVER_PORT")


class RoutinePageFastPath:
    def __init__(self, get_response):
        self.get_response = get_response
        self.session_cookie = settings.SESSION_COOKIE_NAME
        self.tokens: dict[tuple[str, str], str | None] = {}
        self.addresses: dict[tuple, str] = {}
        # What `never_cache` puts on the view's response, worked out once (all but the date in Expires).
        self.never_cache = HttpResponse()
        add_never_cache_headers(self.never_cache)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "GET" and self.session_cookie not in request.COOKIES:
            token = self.token_of(request)
            if token is not None:
                response = self.cached_page(request, token)
                if response is not None:
                    return response
        return self.get_response(request)

    def token_of(self, request: HttpRequest) -> str | None:
        """The token if the path is a routine's page (as the URL patterns say, whatever their prefix)."""
        key = (get_language() or "", request.path_info)
        try:
            return self.tokens[key]
        except KeyError:
            pass
        try:
            match = resolve(request.path_info, getattr(request, "urlconf", None))
        except Resolver404:
            token = None
        else:
            token = match.kwargs.get("token") if match.view_name == PAGE_VIEW else None
        if len(self.tokens) >= RESOLVED_SIZE:
            self.tokens.clear()
        self.tokens[key] = token
        return token

    def cached_page(self, request: HttpRequest, token: str) -> HttpResponse | None:
        try:
            saved, current, state = saved_state(token)
        except Http404:
            return None  # the view answers it, with the site's 404 page
        # The view asks nothing of the database again for this request (tests/test_query_budgets.py).
        remember_state(request, token, (saved, current, state))
        if saved != current and cache.get(would_change_key(token, current)) is not False:
            return None  # the page may offer a new routine, with this visitor's CSRF token
        address = self.address(request)
        if address is None:
            return None
        gzip = accepts_gzip(request)
        language, today = get_language() or "", timezone.localdate()
        key = rendering_key("page", address, token, day=today, language=language, state=state)
        body = cached_body(key, gzip=gzip)
        if body is None:
            return None
        response = rendered_response(body, PAGE_CONTENT_TYPE, gzip=gzip)
        # As `never_cache` on the view: Cache-Control as it wrote it, Expires now.
        response.headers["Expires"] = http_date()
        response.headers["Cache-Control"] = self.never_cache.headers["Cache-Control"]
        response.headers["Content-Length"] = str(len(body))  # as CommonMiddleware does
        mark_replayable(response, (saved, current, state), today)
        return response

    def address(self, request: HttpRequest) -> str | None:
        """`request.build_absolute_uri(request.path)`, as the view keys its rendering (routines.rendering),
        remembered per host, scheme and path; None for a host the site doesn't serve (Django answers 400)."""
        meta = request.META
        key = (request.scheme, request.path, *(meta.get(name) for name in HOST_HEADERS))
        try:
            return self.addresses[key]
        except KeyError:
            pass
        try:
            address = request.build_absolute_uri(request.path)
        except DisallowedHost:
            return None
        if len(self.addresses) >= RESOLVED_SIZE:
            self.addresses.clear()
        self.addresses[key] = address
        return address
