"""Deleting a saved routine so that no copy of its answers stays behind.

What a delete removes, and where:
- the row, in the database; on SQLite, `secure_delete` (settings) zeroes the freed space and the WAL
  is checkpointed and truncated, so neither file keeps the answers. (PostgreSQL keeps a deleted row
  until autovacuum reuses its space, and in its WAL until the segment is recycled: see README.)
- the guided questionnaire's answers in the deleting person's session;
- the rendered page and JSON in this process's cache, and the whole page kept in front of Django
  (routines/replay.py). Other processes' copies are unreachable (every
  request for a routine first asks the database whether it exists, and a deleted one is a 404 before
  the cache is read), keyed by a digest of the token (never the token), and expire after
  RENDERED_SECONDS.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from poreguide.logs import token_ref

from . import replay
from .models import SavedRoutine
from .rendering import rendering_key

log = logging.getLogger(__name__)

GUIDED_ANSWERS = "guided_answers"  # the session key of the guided questionnaire's answers in progress
KINDS = {"page": "routines:detail", "json": "routines:json"}


def forget_renderings(token: str, request: HttpRequest, *, state: int = 0) -> None:
    """Drop the cached page and JSON rendered for this host, over HTTP and HTTPS, plain and gzipped, for
    the check-ins and pauses as they were at `state`."""
    keys = []
    today = timezone.localdate()
    # Kept per day: today's and, just after midnight, yesterday's.
    days = (today, today - timedelta(days=1))
    for kind, url_name in KINDS.items():
        for language, _ in settings.LANGUAGES:
            with override(language):  # each language at its own address: /nl/r/<token>/ for Dutch
                path = reverse(url_name, kwargs={"token": token})
            for scheme in ("http", "https"):
                for day in days:
                    uri = f"{scheme}://{request.get_host()}{path}"
                    key = rendering_key(kind, uri, token, day=day, language=language, state=state)
                    keys += [key, f"{key}:gz"]
    cache.delete_many(keys)


def scrub_sqlite_files() -> None:
    """Move every change from SQLite's WAL into the database file and empty the WAL.

    With secure_delete on, the database file then holds zeros where the deleted row was, and the
    WAL, which held earlier copies of the row's pages, is truncated to nothing.
    """
    if connection.vendor != "sqlite":
        return
    if connection.in_atomic_block:  # admin deletes inside a transaction: scrub once it is committed
        transaction.on_commit(scrub_sqlite_files)
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        busy, _, _ = cursor.fetchone()
    if busy:
        log.warning("The WAL checkpoint after a delete was blocked; the WAL will be emptied at the next one.")


def erase_routine(routine: SavedRoutine, request: HttpRequest | None = None) -> None:
    """Delete `routine` everywhere this process can reach; `request` is the owner's, when they delete it."""
    token, state = routine.token, routine.follow_version
    with transaction.atomic():
        routine.delete()  # its check-ins and pauses go with it (CASCADE)
    replay.forget(token)  # the whole pages kept in front of Django in this process (routines/replay.py)
    if request is not None:
        forget_renderings(token, request, state=state)
        if hasattr(request, "session") and request.session.pop(GUIDED_ANSWERS, None) is not None:
            request.session.save()  # now, so the checkpoint below also scrubs the session's old row
    scrub_sqlite_files()
    log.info("Deleted routine %s", token_ref(token))


def erase_routines(routines) -> int:
    """Delete many (admin's bulk delete); returns how many."""
    tokens = list(routines.values_list("token", flat=True))
    with transaction.atomic():
        SavedRoutine.objects.filter(token__in=tokens).delete()
    scrub_sqlite_files()
    return len(tokens)
