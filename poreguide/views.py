import re

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.timesince import timesince
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from routines.views import GUIDED_ANSWERS_SECONDS


@never_cache
@require_safe
def healthz(request):
    """For load balancers and uptime checks: up only if the database answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain; charset=utf-8")
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


def rate_limited(request, exception):
    """RATELIMIT_VIEW: what a client over a django-ratelimit limit sees."""
    return render(request, "429.html", status=429)


def locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the page a login locked out by django-axes gets."""
    cooloff = settings.AXES_COOLOFF_TIME
    now = timezone.now()
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff": timesince(now - cooloff, now) if cooloff else None,
    }
    return render(request, "axes/lockout.html", context, status=429)


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


RATE_UNITS = {"s": "second", "m": "minute", "h": "hour", "d": "day"}


def rate_in_words(rate: str) -> str:
    """django-ratelimit's "count/period" ("20/m", "100/5m") in words: "20 per minute"."""
    count, _, period = rate.partition("/")
    found = re.fullmatch(r"(\d*)([smhd])", period.strip())
    if not found:
        return rate
    number, unit = found.groups()
    if number and number != "1":
        return f"{count} per {number} {RATE_UNITS[unit]}s"
    return f"{count} per {RATE_UNITS[unit]}"


@require_safe
def privacy(request):
    context = {
        "guided_hours": GUIDED_ANSWERS_SECONDS // 3600,
        "rate_limit": rate_in_words(settings.ROUTINE_RATE_LIMIT),
    }
    return render(request, "pages/privacy.html", context)
