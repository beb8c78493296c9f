from __future__ import annotations

import hashlib
from datetime import date, timedelta

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect, push_url

from ingredients.history import changes_between
from ingredients.vocab import DAY_NAMES, IngredientClass, ReferralCode
from poreguide.ratelimits import check_routine_post_limit, limit_routine_posts

from . import following
from .answers import Answers
from .builder import build_routine
from .calendar import routine_calendar
from .changes import what_changed
from .erase import GUIDED_ANSWERS, erase_routine
from .follow_state import follow_state, started_on
from .forms import STEPS, STEPS_BY_SLUG, GuidedStep, QuestionnaireCheck, QuestionnaireForm, StepForm
from .languages import in_language, last_stored_catalogue, stored_catalogue
from .models import SavedRoutine
from .rendering import (
    PAGE_CONTENT_TYPE,
    RENDERED_SECONDS,
    cached_rendering,
    private,
    rendered_key,
    request_state,
    saved_state,
    saved_versions,
    would_change_key,
)
from .replay import mark_replayable
from .routine import DAYS
from .routine import Routine as RoutineSchema


def see_other(url: str) -> HttpResponseRedirect:
    """POST → redirect → GET: a reload or the back button never posts the answers again."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


SAVE_ATTEMPTS = 5  # builds of one routine while curators keep changing the catalogue


def save_routine(answers: Answers) -> SavedRoutine:
    """Build a routine from the catalogue as it is now and save it.

    Optimistic: built from the snapshot this process has, and saved only if that is still the current
    catalogue version (the INSERT checks, `SavedRoutine.save_built`), so a post asks the database nothing
    else. If a curator changed the catalogue meanwhile, it is built again from the new one.
    """
    catalogue = last_stored_catalogue()
    for _attempt in range(SAVE_ATTEMPTS):
        built = build_routine(answers=answers, catalogue=catalogue)
        saved = SavedRoutine.save_built(built, answers=answers.to_json(), catalogue_version=catalogue.version)
        if saved is not None:
            return saved
        catalogue = stored_catalogue()
    raise RuntimeError(f"the catalogue changed {SAVE_ATTEMPTS} times while one routine was being saved")


@require_safe
def landing(request: HttpRequest) -> HttpResponse:
    return render(request, "landing.html")


@limit_routine_posts
@require_http_methods(["GET", "HEAD", "POST"])
@vary_on_headers("HX-Request")
def questionnaire(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        checked = QuestionnaireCheck(request.POST)
        if checked.is_valid():
            routine = save_routine(checked.to_answers())
            if request.htmx:
                return HttpResponseClientRedirect(routine.get_absolute_url())
            return see_other(routine.get_absolute_url())
        form = QuestionnaireForm(request.POST)  # shown again, with its errors
    else:
        form = QuestionnaireForm()

    template = "routines/questionnaire.html#questionnaire-form" if request.htmx else "routines/questionnaire.html"
    sections = [{"step": step, "fields": [form[name] for name in step.fields]} for step in STEPS]
    return render(request, template, {"form": form, "sections": sections})


# The guided questionnaire: the same questions a few at a time. Answers given so far live in the
# session (the database, not a process), so Back, a reload or the browser's back button find them.
# Answers in progress include health answers: they are kept a day, not Django's default two weeks.
GUIDED_ANSWERS_SECONDS = 24 * 60 * 60


def guided_answers(request: HttpRequest) -> dict[str, str | list[str]]:
    return dict(request.session.get(GUIDED_ANSWERS, {}))


def remember(request: HttpRequest, answers: dict[str, str | list[str]]) -> None:
    request.session[GUIDED_ANSWERS] = answers
    request.session.set_expiry(GUIDED_ANSWERS_SECONDS)


@require_POST
def forget_answers(request: HttpRequest) -> HttpResponse:
    """The "Forget my answers" button: the guided questionnaire's answers in progress leave the server
    now, not when the session expires a day later."""
    # The session holds nothing else of value: flush deletes its row and gives a new, empty one.
    request.session.flush()
    messages.success(request, gettext("Your answers have been forgotten: nothing you answered is kept."))
    return see_other(reverse("routines:step", kwargs={"step": STEPS[0].slug}))  # POST → redirect → GET


def as_form_data(answers: dict[str, str | list[str]]) -> MultiValueDict:
    return MultiValueDict({name: value if isinstance(value, list) else [value] for name, value in answers.items()})


def swapping_step(request: HttpRequest) -> bool:
    """An htmx request from inside the guided questionnaire: it wants the step alone, not a page."""
    return bool(request.htmx) and request.htmx.target == "guided" and not request.htmx.history_restore_request


def render_step(request: HttpRequest, step: GuidedStep, form: StepForm) -> HttpResponse:
    index = STEPS.index(step)
    context = {
        "form": form,
        "step": step,
        "number": index + 1,
        "steps": [{"step": s, "number": n, "done": n <= index, "current": s == step} for n, s in enumerate(STEPS, 1)],
        "total": len(STEPS),
        "previous": STEPS[index - 1] if index else None,
        "is_last": index == len(STEPS) - 1,
    }
    # One template: the whole page for a normal load, only the step for an htmx swap inside it.
    template = "routines/guided.html#guided-step" if swapping_step(request) else "routines/guided.html"
    return render(request, template, context)


def go_to_step(request: HttpRequest, step: GuidedStep) -> HttpResponse:
    """Show `step` after a post: swapped in (and its URL pushed) with htmx, else POST → redirect → GET."""
    url = reverse("routines:step", kwargs={"step": step.slug})
    if swapping_step(request):
        form = StepForm(initial=guided_answers(request), step=step)
        return push_url(render_step(request, step, form), url)
    return see_other(url)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@vary_on_headers("HX-Request", "HX-Target")
def questionnaire_step(request: HttpRequest, step: str) -> HttpResponse:
    current = STEPS_BY_SLUG.get(step)
    if current is None:
        raise Http404("No such step.")
    if request.method != "POST":  # GET or HEAD
        return render_step(request, current, StepForm(initial=guided_answers(request), step=current))

    form = StepForm(request.POST, step=current)
    index = STEPS.index(current)
    if "back" in request.POST:
        # Keep what was answered well on this step, then go back without complaining about the rest.
        remember(request, {**guided_answers(request), **form.raw_answers()})
        return go_to_step(request, STEPS[max(index - 1, 0)])
    if not form.is_valid():
        return render_step(request, current, form)
    answers = {**guided_answers(request), **form.raw_answers()}
    remember(request, answers)
    if index < len(STEPS) - 1:
        return go_to_step(request, STEPS[index + 1])

    complete = QuestionnaireForm(as_form_data(answers))
    if not complete.is_valid():
        # An earlier step's answers are gone (the session expired, or steps were skipped by URL).
        missing = next(s for s in STEPS if any(name in complete.errors for name in s.fields))
        messages.info(request, _("Please answer the questions under “%(title)s” first.") % {"title": missing.title})
        return go_to_step(request, missing)
    check_routine_post_limit(request)
    routine = save_routine(complete.to_answers())
    del request.session[GUIDED_ANSWERS]
    if request.htmx:
        return HttpResponseClientRedirect(routine.get_absolute_url())
    return see_other(routine.get_absolute_url())


WEEKDAYS = [(day, DAY_NAMES[day]) for day in DAYS]
SLOTS = [("am", _("Morning")), ("pm", _("Evening"))]
# The explanations show the myths most relevant to a person, not every one that applies.
MYTHS_SHOWN = 3


# The session key under which a rebuild leaves "what changed" for the new routine's page, shown once.
REBUILT = "rebuilt"
CURATED_SHOWN = 8


def stored_plan(routine: SavedRoutine) -> RoutineSchema:
    """A saved routine, typed, as stored (English); schema-1 routines take names they never stored from
    the catalogue."""
    names = {i.slug: i.name for i in stored_catalogue().ingredients} if routine.schema_version == 1 else None
    return routine.plan(names=names)


def plan_of(routine: SavedRoutine) -> RoutineSchema:
    """A saved routine, typed, its texts in the active language (routines/localise.py)."""
    return in_language(stored_plan(routine))


def would_change(routine: SavedRoutine, catalogue_version: str) -> bool:
    """Whether today's catalogue would make a different routine from these answers (not only a reworded
    one): worked out once per routine and catalogue version."""
    key = would_change_key(routine.token, catalogue_version)
    found = cache.get(key)
    if found is None:
        try:
            answers = Answers.from_json(routine.answers)
        except (KeyError, TypeError, ValueError):
            found = True  # answers from an older questionnaire: a new routine is worth offering
        else:
            found = bool(
                what_changed(stored_plan(routine), build_routine(answers=answers, catalogue=stored_catalogue()))
            )
        cache.set(key, found, RENDERED_SECONDS)
    return found


def plan_week(routine: SavedRoutine, today: date) -> int:
    """Which week of their plan a person is in today (counted from `started_on`, the first Monday on or
    after the day the routine was made; the days before it count as week 1)."""
    return following.week_of(started_on(routine), today)


def week_rows(week, today: date, pauses) -> list[dict]:
    """This week's evenings, Monday first: each day's actives, none on a day inside a pause."""
    monday = today - timedelta(days=today.weekday())
    rows = []
    for n, (key, day) in enumerate(WEEKDAYS):
        paused = following.paused_on(pauses, monday + timedelta(n))
        rows.append(
            {
                "key": key,
                "day": day,
                "uses": () if paused else week.on(key),
                "today": n == today.weekday(),
                "paused": paused,
            }
        )
    return rows


def _used_in(week, product_type: str) -> bool:
    return any(u.product_type == product_type for _, uses in week.items() for u in uses)


def _from_week(plan: RoutineSchema, step, week: int, this_week, later) -> int | None:
    """A step the plan hasn't started yet: the week it starts (None once started)."""
    if not step.scheduled:
        return None if plan.started(step, week) else plan.start_weeks()[step.ingredients[0].slug]
    if _used_in(this_week, step.product_type):
        return None
    return next((p.start_week for p in later if _used_in(p.weekly, step.product_type)), None)


def _evening(plan: RoutineSchema, this_week, day_key: str, week: int) -> list:
    """A day's evening: every daily step already started, and the scheduled ones planned for that
    evening this week."""
    on = {u.product_type for u in this_week.on(day_key)}
    return [s for s in plan.pm if (not s.scheduled and plan.started(s, week)) or s.product_type in on]


def _slots(plan: RoutineSchema, week: int, this_week, later) -> list[dict]:
    return [
        {
            "key": key,
            "title": title,
            "icon": "morning" if key == "am" else "evening",
            "steps": plan.slot(key),
            "rows": [
                {"step": step, "from_week": _from_week(plan, step, week, this_week, later)} for step in plan.slot(key)
            ],
        }
        for key, title in SLOTS
    ]


def _labels(plan: RoutineSchema) -> dict:
    """Vocabulary labels are interface text, translated here; ingredient names are the routine's own."""
    names = plan.names()
    class_labels = dict(IngredientClass.choices)
    avoid = plan.products[0].avoid if plan.products else ()
    referral_labels = dict(ReferralCode.choices)
    return {
        "excluded_names": ", ".join(e.name for e in plan.excluded),
        "avoid": [class_labels.get(a) or names.get(a, a) for a in avoid],
        "referrals": [{"label": referral_labels.get(r.code, ""), "text": r.text} for r in plan.referrals],
    }


def _tonight_and_tomorrow(follow, this_week, today: date) -> dict:
    plan, week = follow.plan, follow.week
    tomorrow = today + timedelta(days=1)
    tonight_key = WEEKDAYS[today.weekday()][0]
    return {
        "tonight": {
            "day": WEEKDAYS[today.weekday()][1],
            "steps": follow.minimal_pm if follow.tonight_paused else _evening(plan, this_week, tonight_key, week),
        },
        "tomorrow_morning": {
            "day": WEEKDAYS[tomorrow.weekday()][1],
            "steps": follow.minimal_am if follow.morning_paused else [s for s in plan.am if plan.started(s, week)],
        },
    }


def routine_context(routine: SavedRoutine, *, guidance_changed: bool, today: date) -> dict:
    """What the page shows, from the typed routine, so the template only displays."""
    # Check-ins and pauses: the phases re-dated after pauses, weeks counted from `started_on`.
    follow = follow_state(routine, plan_of(routine), today)
    plan, week = follow.plan, follow.week
    phase = plan.phase_at(week)
    this_week = phase.weekly if phase is not None else plan.weekly
    later = [p for p in plan.phases if p.start_week > week]
    return {
        "routine": routine,
        "plan": plan,
        "slots": _slots(plan, week, this_week, later),
        **_labels(plan),
        "week_number": week,
        "phase": phase,
        "next_phase": later[0] if later else None,
        "calendar": week_rows(this_week, today, follow.rules_pauses),
        "has_calendar": not plan.weekly.empty,
        **_tonight_and_tomorrow(follow, this_week, today),
        "follow": follow,
        "personal_warnings": [w for w in plan.warnings if w.kind == "personal"],
        "habit_warnings": [w for w in plan.warnings if w.kind != "personal"],
        "myths": plan.myths[:MYTHS_SHOWN],
        "more_myths": len(plan.myths) > MYTHS_SHOWN,
        "guidance_changed": guidance_changed,
    }


@never_cache
@require_safe
def routine_detail(request: HttpRequest, token: str) -> HttpResponse:
    saved, current, state = request_state(request, token)
    today = timezone.localdate()
    changes = None
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        changes = request.session.get(REBUILT, {}).get(token)
        if changes is not None:
            del request.session[REBUILT]
    if changes is not None or saved != current:
        routine = get_object_or_404(SavedRoutine, token=token)
        if changes is not None or would_change(routine, current):
            # Not cached: this page is for one visitor (what changed for them, or the notice's form
            # with their CSRF token).
            context = routine_context(routine, guidance_changed=changes is None, today=today)
            context["changes"] = changes
            return private(render(request, "routines/routine_detail.html", context))

    def render_page() -> str:
        routine = get_object_or_404(SavedRoutine, token=token)
        # No messages: they belong to one visitor, and reading them here would use them up.
        context = {**routine_context(routine, guidance_changed=False, today=today), "messages": ()}
        return render_to_string("routines/routine_detail.html", context, request)

    key = rendered_key("page", request, token, day=today, state=state)
    response = cached_rendering(request, key, render_page, PAGE_CONTENT_TYPE)
    mark_replayable(response, (saved, current, state), today)  # the same for everyone: routines/replay.py
    return response


@never_cache
@require_safe
def routine_json(request: HttpRequest, token: str) -> HttpResponse:
    _saved, _current, state = saved_state(token)  # 404 for an unknown or deleted routine, before anything cached
    today = timezone.localdate()

    def render_json() -> bytes:
        routine = get_object_or_404(SavedRoutine, token=token)
        return JsonResponse(routine_json_data(routine, today), json_dumps_params={"ensure_ascii": False}).content

    key = rendered_key("json", request, token, day=today, state=state)
    return cached_rendering(request, key, render_json, "application/json")


def routine_json_data(routine: SavedRoutine, today: date) -> dict:
    """The contract's JSON with the follow-up: `started_on`, `check_ins`, `progress`, `pauses`, and the
    phases re-dated after pauses."""
    plan = routine.plan()  # names play no part here: no catalogue needed for a schema-1 routine
    # A schema-1 routine is exported exactly as it was saved; a newer one in the page's language.
    if routine.schema_version != 1:
        plan = in_language(plan)
    data = routine.to_contract(plan if routine.schema_version != 1 else None)
    follow = follow_state(routine, plan, today)
    if follow.plan.phases != plan.phases:
        data["phases"] = [p.to_dict() for p in follow.plan.phases]
    return {**data, **follow.to_json()}


def calendar_body(routine: SavedRoutine) -> bytes:
    """The routine's calendar today: re-dated after pauses, anchored to `started_on`, with no active
    evening inside a pause. UIDs are stable for one routine and never carry its token."""
    today = timezone.localdate()
    follow = follow_state(routine, plan_of(routine), today)
    uid_key = hashlib.sha256(f"ics:{routine.token}".encode()).hexdigest()
    return routine_calendar(
        follow.plan, uid_key=uid_key, today=today, start=follow.started_on, pauses=follow.rules_pauses
    )


@never_cache
@require_safe
def routine_ics(request: HttpRequest, token: str) -> HttpResponse:
    """The introduction plan as a calendar file, from `started_on`."""
    saved_versions(token)
    routine = get_object_or_404(SavedRoutine, token=token)
    response = HttpResponse(calendar_body(routine), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="pore-guide-plan.ics"'
    return private(response)


@limit_routine_posts
@require_POST
def routine_rebuild(request: HttpRequest, token: str) -> HttpResponse:
    """A new routine from the saved answers and today's catalogue; the old one stays as it was."""
    old = get_object_or_404(SavedRoutine, token=token)
    try:
        answers = Answers.from_json(old.answers)
    except (KeyError, TypeError, ValueError):
        # Answers saved under an older questionnaire (or restored from a backup) may no longer fit.
        messages.info(request, _("Your saved answers no longer fit the questionnaire. Please answer it again."))
        return see_other(reverse("routines:questionnaire"))
    routine = save_routine(answers)
    # The new page says once, to this person, that its link is new, what changed in the routine and
    # which of the curators' changes since the old one was made led to it.
    curated = sorted(
        {
            f"{c.model.capitalize()}: {c.object}"
            for c in changes_between(old.catalogue_version, routine.catalogue_version)
        }
    )
    request.session[REBUILT] = {
        routine.token: {"items": what_changed(plan_of(old), plan_of(routine)), "curated": curated[:CURATED_SHOWN]}
    }
    return see_other(routine.get_absolute_url())


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def routine_delete(request: HttpRequest, token: str) -> HttpResponse:
    routine = get_object_or_404(SavedRoutine, token=token)
    if request.method == "POST":
        erase_routine(routine, request)
        messages.success(request, _("Your saved routine has been deleted. Its link no longer works."))
        return see_other(reverse("routines:landing"))
    return private(render(request, "routines/routine_delete.html", {"routine": routine}))
