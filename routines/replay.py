"""Routine pages answered again, whole, without Django's request cycle: the WSGI layer in front of the site.

A saved routine's page, once rendered, is the same response for everyone who asks for it the same way
(`routines.rendering.rendering_key`: the address, the language, the day, the routine's catalogue version
and the state of its check-ins and pauses). This layer keeps such a response as Django sent it (status,
every header, the body) and sends it again for the same request, so it carries every header the site's
middleware gave it (security headers, CSP, cache rules, `Vary`, `Content-Language`): they were made by
the middleware, not restated here. Each request still runs the deletion check first (one query: a
deleted routine's link stops working at once, on every server), and gets its own `Expires` date.

What is kept: only a response the view marks as the shared rendering (`mark_replayable`), to a GET
without a session cookie (a session may hold "what changed" for this visitor), that sets no cookie but
the language one.
What "the same request" means: the same path and query, host and scheme headers, Accept-Language,
language cookie and gzip or not: everything Django's choice of address and language reads. Anything
else, a routine whose state moved on, a new day, or a database error goes to Django as usual.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError
from django.http import Http404
from django.http.cookie import parse_cookie
from django.utils import timezone
from django.utils.http import http_date

from .rendering import ACCEPTS_GZIP, RENDERED_SECONDS, saved_state, token_digest

# A routine page's path, with or without a language prefix; whether it is one is Django's to say (only
# responses the view marked are kept).
PAGE_PATH = re.compile(r"/(?:[A-Za-z-]{2,12}/)?r/([A-Za-z0-9_-]{16,64})/")
# Request headers the address and language of a page are read from (HttpRequest.get_host, .scheme,
# LocaleMiddleware).
KEYED = (
    "SCRIPT_NAME",
    "QUERY_STRING",
    "wsgi.url_scheme",
    "HTTP_HOST",
    "SERVER_NAME",
    "SERVER_PORT",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT",
    "HTTP_ACCEPT_LANGUAGE",
)
SIZE = 512  # responses kept per process; it starts again when full


@dataclass(frozen=True)
class Kept:
    state: tuple  # (routine's catalogue version, current version, check-in state, day) when it was kept
    status: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    until: float


def mark_replayable(response, state: tuple[str, str, int], day) -> None:
    """Mark a response as a routine's shared rendering, valid while `state` and `day` hold."""
    response.replayable = (*state, day)


class ReplayRoutinePages:
    def __init__(self, application):
        self.application = application
        self.kept: dict[tuple, Kept] = {}

    def __call__(self, environ, start_response):
        key = token = None
        if environ.get("REQUEST_METHOD") == "GET":
            match = PAGE_PATH.fullmatch(environ.get("PATH_INFO", ""))
            if match is not None:
                token = match.group(1)
                key = self.key(environ, match)
        if key is None:
            return self.application(environ, start_response)
        kept = self.kept.get(key)
        if kept is not None:
            body = self.replay(kept, token, start_response)
            if body is not None:
                return body
        sent = {}

        def record(status, headers, exc_info=None):
            sent["status"], sent["headers"] = status, headers
            return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)

        response = self.application(environ, record)
        self.keep(key, sent, response)
        return response

    def key(self, environ, match) -> tuple | None:
        cookies = parse_cookie(environ.get("HTTP_COOKIE", ""))
        if settings.SESSION_COOKIE_NAME in cookies:
            return None
        gzip = bool(ACCEPTS_GZIP.search(environ.get("HTTP_ACCEPT_ENCODING", "")))
        where = (environ["PATH_INFO"][: match.start(1)], token_digest(match.group(1)))
        language = cookies.get(settings.LANGUAGE_COOKIE_NAME)
        return (*where, gzip, language, *(environ.get(name) for name in KEYED))

    def replay(self, kept: Kept, token: str, start_response) -> list[bytes] | None:
        if time.monotonic() > kept.until:
            return None
        try:
            state = (*saved_state(token), timezone.localdate())
        except (Http404, DatabaseError):
            return None  # Django answers: its 404 page, or its handling of a broken connection
        if state != kept.state:
            return None
        start_response(kept.status, [(k, http_date() if k == "Expires" else v) for k, v in kept.headers])
        return [kept.body]

    def keep(self, key: tuple, sent: dict, response) -> None:
        state = getattr(response, "replayable", None)
        if state is None or not sent.get("status", "").startswith("200 "):
            return
        # The one cookie a page may set is the language it was served in (poreguide.languages), which the
        # key holds (the path's language and the cookie sent): the same request gets the same cookie.
        language_cookie = f"{settings.LANGUAGE_COOKIE_NAME}="
        if any(n.lower() == "set-cookie" and not v.lstrip().startswith(language_cookie) for n, v in sent["headers"]):
            return
        if len(self.kept) >= SIZE:
            self.kept.clear()
        until = time.monotonic() + RENDERED_SECONDS
        self.kept[key] = Kept(state, sent["status"], tuple(sent["headers"]), response.content, until)

    def forget(self, token: str) -> None:
        """Drop every response kept for this routine (its owner deleted it)."""
        digest = token_digest(token)
        for key in [k for k in list(self.kept) if k[1] == digest]:
            self.kept.pop(key, None)


# The one instance in this process (poreguide/wsgi.py wraps the site with it), so a delete can reach it.
_instances: list[ReplayRoutinePages] = []


def replaying(application) -> ReplayRoutinePages:
    layer = ReplayRoutinePages(application)
    _instances.append(layer)
    return layer


def forget(token: str) -> None:
    for layer in _instances:
        layer.forget(token)
