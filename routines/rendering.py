"""Rendering and caching a saved routine's page and JSON: the one-query state lookup (plain SQL), the
cache keys, and the gzip cache layer. Views call these; they hold no routine logic."""

from __future__ import annotations

import functools
import hashlib
import re
from datetime import date

from django.core.cache import cache
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string
from django.utils.translation import get_language

from ingredients.models import CatalogueVersion

from .catalogue import current_version
from .models import SavedRoutine

NOINDEX = "noindex, nofollow"
PAGE_CONTENT_TYPE = "text/html; charset=utf-8"


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:32]


def rendering_key(
    kind: str, absolute_uri: str, token: str, *, day: date | None = None, language: str = "", state: int = 0
) -> str:
    """The cache key of a rendered routine: the token only as a digest, plus the address it was rendered
    for (the page prints its own address, so scheme and host are part of what was rendered), the
    language it was rendered in, the day (tonight's plan, the week, progress and pauses depend on it)
    and the state of its check-ins and pauses (`SavedRoutine.follow_version`)."""
    where = hashlib.sha256(absolute_uri.encode()).hexdigest()[:32]
    return f"routine-{kind}:{token_digest(token)}:{where}:{language}:{day or ''}:{state}"


def private(response: HttpResponse) -> HttpResponse:
    # Saved routines hold health answers (pregnancy, medication): never indexed, never listed.
    response["X-Robots-Tag"] = NOINDEX
    return response


# A saved routine never changes, so its page and JSON are rendered once and kept in the cache for a
# while. Every request still asks the database whether the routine exists (one indexed query, no
# JSON), so a deleted routine's link stops working at once, on every server.
RENDERED_SECONDS = 600


@functools.cache
def saved_versions_sql() -> str:
    quote = connection.ops.quote_name
    return (
        f"SELECT r.{quote('catalogue_version')}, r.{quote('follow_version')}, "
        f"(SELECT v.{quote('version')} FROM {quote(CatalogueVersion._meta.db_table)} v WHERE v.{quote('id')} = 1) "
        f"FROM {quote(SavedRoutine._meta.db_table)} r WHERE r.{quote('token')} = %s"
    )


def saved_state(token: str) -> tuple[str, str, int]:
    """The routine's catalogue version, the current one and the state of its check-ins and pauses, in
    one query; 404 for an unknown token.

    Plain SQL because this runs on every view of a routine and the ORM's query building costs more
    than the query itself (see docs/benchmarks.md).
    """
    with connection.cursor() as cursor:
        cursor.execute(saved_versions_sql(), [token])
        found = cursor.fetchone()
    if found is None:
        raise Http404("No routine at this address.")
    saved, state, current_version_ = found
    return saved, current_version_ or current_version(), state


def remember_state(request: HttpRequest, token: str, state: tuple[str, str, int]) -> None:
    """Keep what `saved_state` found for this request, so the view doesn't ask again."""
    request._routine_state = (token, state)


def request_state(request: HttpRequest, token: str) -> tuple[str, str, int]:
    """`saved_state(token)`, or what the fast path (routines/middleware.py) found for this request."""
    found = getattr(request, "_routine_state", None)
    if found is not None and found[0] == token:
        return found[1]
    return saved_state(token)


def would_change_key(token: str, catalogue_version: str) -> str:
    """The cache key of whether today's catalogue would change this routine (routines.views.would_change)."""
    return f"routine-would-change:{token_digest(token)}:{catalogue_version}"


def saved_versions(token: str) -> tuple[str, str]:
    """The routine's catalogue version and the current one; 404 for an unknown token."""
    return saved_state(token)[:2]


def rendered_key(kind: str, request: HttpRequest, token: str, *, day: date | None = None, state: int = 0) -> str:
    # The path only: a query string changes nothing on the page and must not make new entries.
    uri = request.build_absolute_uri(request.path)
    return rendering_key(kind, uri, token, day=day, language=get_language() or "", state=state)


ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def accepts_gzip(request: HttpRequest) -> bool:
    return bool(ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))


def cached_body(key: str, *, gzip: bool) -> bytes | None:
    """A rendering kept by `cached_rendering`, in the form asked for, or None if there is none."""
    return cache.get(f"{key}:gz" if gzip else key)


def rendered_response(body: bytes, content_type: str, *, gzip: bool) -> HttpResponse:
    """The response for a rendered routine, from the view or from the fast path (routines/middleware.py)."""
    response = HttpResponse(body, content_type=content_type)
    if gzip:
        response["Content-Encoding"] = "gzip"
    patch_vary_headers(response, ["Accept-Encoding"])
    return private(response)


def cached_rendering(request: HttpRequest, key: str, render_body, content_type: str) -> HttpResponse:
    """The body `render_body()` makes, kept in the cache as is and gzipped (compressed once, not per
    request as GZipMiddleware would); each client gets the form it accepts.

    Compressing is safe from BREACH here: these bodies hold no CSRF token and echo nothing sent.
    """
    gzip = accepts_gzip(request)
    body = cached_body(key, gzip=gzip)
    if body is None:
        raw = render_body()
        raw = raw.encode() if isinstance(raw, str) else raw
        packed = compress_string(raw)
        cache.set_many({key: raw, f"{key}:gz": packed}, RENDERED_SECONDS)
        body = packed if gzip else raw
    return rendered_response(body, content_type, gzip=gzip)
