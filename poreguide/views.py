import re
import shutil
import time
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_safe

from routines.views import GUIDED_ANSWERS_SECONDS

from .languages import switch_links, twin
from .models import Heartbeat

HEARTBEAT_SQL = f"UPDATE {Heartbeat._meta.db_table} SET beat = %s WHERE id = 1"


_last_write = 0.0  # monotonic time of this process's last successful heartbeat write


def database_problem() -> str | None:
    """Why the database can't take a routine now, or None: it must accept a write, not only a read.

    One single-row UPDATE (a read-only, locked or failing database refuses it), at most once per
    HEALTHZ_WRITE_SECONDS per process, and a SELECT 1 in between: a probe every few seconds still
    proves writes, and a load test of /healthz doesn't turn into a stream of writes (on SQLite they
    queue for one lock). SQLite also needs room to grow its file: a full disk still lets that UPDATE
    rewrite its page in place while new routines fail, so the free space where the file lives is
    checked too (HEALTHZ_MIN_FREE_MB).
    """
    global _last_write
    try:
        with connection.cursor() as cursor:
            if time.monotonic() - _last_write < settings.HEALTHZ_WRITE_SECONDS:
                cursor.execute("SELECT 1")
                cursor.fetchone()
            else:
                cursor.execute(HEARTBEAT_SQL, [timezone.now()])
                if cursor.rowcount == 0:
                    Heartbeat.objects.create(pk=1, beat=timezone.now())
                _last_write = time.monotonic()
    except DatabaseError:
        _last_write = 0.0
        return "database unavailable"
    if connection.vendor == "sqlite":
        free = shutil.disk_usage(Path(connection.settings_dict["NAME"]).resolve().parent).free
        if free < settings.HEALTHZ_MIN_FREE_MB * 1024 * 1024:
            return "disk almost full"
    return None


@never_cache
@require_safe
def healthz(request):
    """For load balancers and uptime checks: up only if the database accepts a write."""
    problem = database_problem()
    if problem:
        return HttpResponse(f"{problem}\n", status=503, content_type="text/plain; charset=utf-8")
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


def rate_limited(request, exception):
    """RATELIMIT_VIEW: what a client over a django-ratelimit limit sees (follow-up posts on a saved
    routine, FOLLOW_RATE_LIMIT, are not new routines and say so)."""
    follow_up = twin(request.path, "en").startswith("/r/")
    return render(request, "429.html", {"follow_up": follow_up}, status=429)


def locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the page a login locked out by django-axes gets."""
    cooloff = settings.AXES_COOLOFF_TIME
    now = timezone.now()
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff": timesince(now - cooloff, now) if cooloff else None,
    }
    return render(request, "axes/lockout.html", context, status=429)


# --- Error handlers: a JSON URL gets its errors as JSON, every other URL the HTML page -----------


def wants_json(request) -> bool:
    return request.path.endswith(".json")


def json_error(status: int, error: str, message: str) -> JsonResponse:
    return JsonResponse({"status": status, "error": error, "message": message}, status=status)


@requires_csrf_token
def bad_request(request, exception):
    if wants_json(request):
        return json_error(400, "bad_request", _("The request could not be read."))
    return defaults.bad_request(request, exception)


@requires_csrf_token
def permission_denied(request, exception):
    if wants_json(request):
        return json_error(403, "forbidden", _("This request is not allowed."))
    return defaults.permission_denied(request, exception)


@requires_csrf_token
def page_not_found(request, exception):
    if wants_json(request):
        return json_error(404, "not_found", _("There is nothing at this address."))
    return defaults.page_not_found(request, exception)


@requires_csrf_token
def server_error(request):
    if wants_json(request):
        return json_error(500, "server_error", _("Something went wrong; please try again in a few minutes."))
    # As Django's own handler (no request context: this page must render when little else does), with the
    # language switch and the home page in the page's language.
    context = {"language_switch": switch_links(request.get_full_path()), "home": twin("/", get_language())}
    return HttpResponseServerError(loader.get_template("500.html").render(context))


def contact_link(contact: str) -> dict[str, str] | None:
    """ACCESSIBILITY_CONTACT as a link: an e-mail address, or a web page."""
    if not contact:
        return None
    if contact.startswith(("https://", "http://")):
        return {"href": contact, "text": contact}
    return {"href": f"mailto:{contact}", "text": contact}


@require_safe
def accessibility(request):
    return render(request, "pages/accessibility.html", {"contact": contact_link(settings.ACCESSIBILITY_CONTACT)})


def per_period(unit: str, count: str, number: int) -> str:
    """ "20 per minute", "100 per 5 minutes": whole sentences, so each language words them its own way."""
    values = {"count": count, "number": number}
    if unit == "s":
        return ngettext("%(count)s per second", "%(count)s per %(number)d seconds", number) % values
    if unit == "m":
        return ngettext("%(count)s per minute", "%(count)s per %(number)d minutes", number) % values
    if unit == "h":
        return ngettext("%(count)s per hour", "%(count)s per %(number)d hours", number) % values
    return ngettext("%(count)s per day", "%(count)s per %(number)d days", number) % values


def rate_in_words(rate: str) -> str:
    """django-ratelimit's "count/period" ("20/m", "100/5m") in words: "20 per minute"."""
    count, _sep, period = rate.partition("/")
    found = re.fullmatch(r"(\d*)([smhd])", period.strip())
    if not found:
        return rate
    number, unit = found.groups()
    return per_period(unit, count, int(number or 1))


@require_safe
def privacy(request):
    context = {
        "guided_hours": GUIDED_ANSWERS_SECONDS // 3600,
        "rate_limit": rate_in_words(settings.ROUTINE_RATE_LIMIT),
    }
    return render(request, "pages/privacy.html", context)
