"""Following the plan on the routine's own link: check-ins, "My skin is irritated", resume, and the
one-page summary for a doctor (contract: "Additions, turn 3 → Following the plan").

Thin: the rules are in routines/following.py, the saved state is read by routines/follow_state.py.
Check-ins and pauses are health data: nothing here logs them. "Today" is taken from the clock on every
request (`timezone.localdate()`), never cached.
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import override
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from ingredients.models import PauseGuidance
from poreguide.ratelimits import limit_follow_posts

from . import following
from .erase import forget_renderings
from .follow_forms import CheckInForm, IrritatedForm
from .follow_state import follow_state
from .models import CalendarFeed, CheckIn, Pause, SavedRoutine
from .summary import summary_context
from .views import calendar_body, plan_of, private, see_other


def changed(routine: SavedRoutine, request: HttpRequest) -> None:
    """Count a change to the check-ins or pauses (cached renderings are keyed on the count) and drop
    the renderings of the state before it."""
    SavedRoutine.objects.filter(pk=routine.pk).update(follow_version=F("follow_version") + 1)
    forget_renderings(routine.token, request, state=routine.follow_version)


def back_to_routine(routine: SavedRoutine) -> HttpResponse:
    return see_other(routine.get_absolute_url())


@never_cache
@limit_follow_posts
@require_http_methods(["GET", "HEAD", "POST"])
def check_in(request: HttpRequest, token: str) -> HttpResponse:
    routine = get_object_or_404(SavedRoutine, token=token)
    today = timezone.localdate()
    if request.method == "POST":
        form = CheckInForm(request.POST)
        if form.is_valid():
            with transaction.atomic():
                # One a day: a second check-in that day replaces the first (unique on routine and date,
                # so concurrent posts end with one row, never an error).
                CheckIn.objects.update_or_create(routine=routine, date=today, defaults=form.cleaned_data)
                changed(routine, request)
            return back_to_routine(routine)
    else:
        form = CheckInForm()
    state = follow_state(routine, plan_of(routine), today)
    done_today = bool(state.check_ins) and state.check_ins[-1].day == today
    context = {"routine": routine, "form": form, "state": state, "done_today": done_today}
    return private(render(request, "routines/check_in.html", context))


def guidance(severity: str) -> tuple[dict[str, int | None], str]:
    """Pause lengths per severity and this severity's text, as curators set them in admin. The text is
    stored in English whatever the page's language (a Dutch page shows it in Dutch: follow_state.py)."""
    rows = {g.severity: g for g in PauseGuidance.objects.all()}
    days = {s: (rows[s].days if s in rows else following.DEFAULT_PAUSE_DAYS[s]) for s in following.SEVERITIES}
    with override(settings.LANGUAGE_CODE):
        text = rows[severity].text if severity in rows else str(following.DEFAULT_PAUSE_TEXT[severity])
    return days, text


@never_cache
@limit_follow_posts
@require_http_methods(["GET", "HEAD", "POST"])
def irritated(request: HttpRequest, token: str) -> HttpResponse:
    routine = get_object_or_404(SavedRoutine, token=token)
    form = IrritatedForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        today = timezone.localdate()
        days, _text = guidance(form.cleaned_data["severity"])
        with transaction.atomic():
            # Lock the routine row: two pauses posted at once extend one pause, never make two.
            SavedRoutine.objects.select_for_update().filter(pk=routine.pk).exists()
            rows = list(routine.pauses.order_by("start", "pk"))
            current = next((p for p in reversed(rows) if p.as_rule().open_on(today)), None)
            pause = following.start_pause(
                current.as_rule() if current else None, form.cleaned_data["severity"], today, days
            )
            _days, text = guidance(pause.severity)
            if current is None:
                Pause.objects.create(
                    routine=routine, start=pause.start, end=pause.end, severity=pause.severity, text=text
                )
            else:
                Pause.objects.filter(pk=current.pk).update(end=pause.end, severity=pause.severity, text=text)
            changed(routine, request)
        return back_to_routine(routine)
    return private(render(request, "routines/irritated.html", {"routine": routine, "form": form}))


@never_cache
@limit_follow_posts
@require_POST
def resume(request: HttpRequest, token: str) -> HttpResponse:
    routine = get_object_or_404(SavedRoutine, token=token)
    today = timezone.localdate()
    with transaction.atomic():
        SavedRoutine.objects.select_for_update().filter(pk=routine.pk).exists()
        current = next((p for p in routine.pauses.order_by("-start", "-pk") if p.as_rule().open_on(today)), None)
        ended = following.resume(current.as_rule() if current else None, today)
        if ended is not None:  # no pause: nothing changes
            Pause.objects.filter(pk=current.pk).update(end=ended.end)
            changed(routine, request)
    return back_to_routine(routine)


@never_cache
@require_safe
def summary(request: HttpRequest, token: str) -> HttpResponse:
    """One A4 page for a doctor or dermatologist: what they need to know, no token printed."""
    routine = get_object_or_404(SavedRoutine, token=token)
    today = timezone.localdate()
    state = follow_state(routine, plan_of(routine), today)
    context = summary_context(routine, state)
    return private(render(request, "routines/summary.html", context))


@never_cache
@limit_follow_posts
@require_http_methods(["GET", "HEAD", "POST"])
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The routine's calendar subscription address: made, replaced by a new one, or stopped."""
    routine = get_object_or_404(SavedRoutine, token=token)
    if request.method == "POST":
        with transaction.atomic():
            CalendarFeed.objects.filter(routine=routine).delete()  # an old address stops working at once
            if request.POST.get("action") != "stop":
                CalendarFeed.objects.create(routine=routine)
        return see_other(request.path)
    feed = CalendarFeed.objects.filter(routine=routine).first()
    address = request.build_absolute_uri(feed.get_absolute_url()) if feed else None
    webcal = address.replace("https://", "webcal://").replace("http://", "webcal://") if address else None
    context = {"routine": routine, "feed": feed, "address": address, "webcal": webcal}
    return private(render(request, "routines/calendar_feed.html", context))


@never_cache
@require_safe
def feed(request: HttpRequest, token: str) -> HttpResponse:
    """The subscribed calendar: the same plan as the download, at an address that never names the routine."""
    found = get_object_or_404(CalendarFeed.objects.select_related("routine"), token=token)
    response = HttpResponse(calendar_body(found.routine), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="pore-guide-plan.ics"'
    return private(response)
