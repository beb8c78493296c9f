from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.timesince import timesince
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


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
