from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect

from ingredients.vocab import ReferralCode, StepKind
from poreguide.ratelimits import limit_routine_posts

from .answers import Answers
from .builder import build_routine
from .catalogue import current_catalogue, current_version
from .forms import QuestionnaireForm
from .models import Routine

NOINDEX = "noindex, nofollow"
WEEKDAYS = [
    ("mon", "Mon", "Monday"),
    ("tue", "Tue", "Tuesday"),
    ("wed", "Wed", "Wednesday"),
    ("thu", "Thu", "Thursday"),
    ("fri", "Fri", "Friday"),
    ("sat", "Sat", "Saturday"),
    ("sun", "Sun", "Sunday"),
]


def see_other(url: str) -> HttpResponseRedirect:
    """POST → redirect → GET: a reload or the back button never posts the answers again."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def private(response: HttpResponse) -> HttpResponse:
    # Saved routines hold health answers (pregnancy, medication): never indexed, never listed.
    response["X-Robots-Tag"] = NOINDEX
    return response


def save_routine(answers: Answers) -> Routine:
    catalogue = current_catalogue()
    built = build_routine(answers=answers, catalogue=catalogue)
    return Routine.objects.create(
        answers=answers.to_json(), routine=built.to_dict(), catalogue_version=catalogue.version
    )


@require_GET
def landing(request: HttpRequest) -> HttpResponse:
    return render(request, "landing.html")


def posted_form_data(request: HttpRequest):
    # Django takes any codec named by the Content-Type's charset; a multipart body declared as, say,
    # rot13, base64 or idna cannot be decoded into text at all. That is the client's error, not ours.
    try:
        return request.POST
    except (LookupError, UnicodeError) as error:
        raise BadRequest("The form data's declared charset cannot decode it.") from error


@limit_routine_posts
@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def questionnaire(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = QuestionnaireForm(posted_form_data(request))
        if form.is_valid():
            routine = save_routine(form.to_answers())
            if request.htmx:
                return HttpResponseClientRedirect(routine.get_absolute_url())
            return see_other(routine.get_absolute_url())
    else:
        form = QuestionnaireForm()

    template = "routines/questionnaire.html#questionnaire-form" if request.htmx else "routines/questionnaire.html"
    return render(request, template, {"form": form})


def humanise(slug: str) -> str:
    return slug.replace("-", " ").replace("_", " ").capitalize()


def routine_context(routine: Routine) -> dict:
    """What the page shows, prepared so the template only displays."""
    data = routine.routine
    names = {
        ingredient["slug"]: ingredient["name"]
        for slot in ("am", "pm")
        for step in data.get(slot, [])
        for ingredient in step.get("ingredients", [])
    }
    slots = [
        {
            "key": key,
            "title": title,
            "steps": [
                {**step, "product": step.get("product_type_name") or humanise(step.get("product_type", ""))}
                for step in data.get(key, [])
            ],
        }
        for key, title in (("am", "Morning"), ("pm", "Evening"))
    ]
    kinds = dict(StepKind.choices)
    weekly = data.get("weekly", {})
    calendar = [
        {
            "key": key,
            "abbr": abbr,
            "day": day,
            "uses": [
                {
                    "kind": kinds.get(use["kind"], use["kind"]),
                    "ingredients": [names.get(slug) or humanise(slug) for slug in use.get("ingredients", [])],
                }
                for use in weekly.get(key, [])
            ],
        }
        for key, abbr, day in WEEKDAYS
    ]
    warning_titles = {warning["code"]: warning["title"] for warning in data.get("warnings", [])}
    excluded = [
        {
            **item,
            "name": item.get("name") or names.get(item["ingredient"]) or humanise(item["ingredient"]),
            "reason_title": warning_titles.get(item.get("reason"), ""),
        }
        for item in data.get("excluded", [])
    ]
    referral_labels = dict(ReferralCode.choices)
    referrals = [{**item, "label": referral_labels.get(item.get("code"), "")} for item in data.get("referrals", [])]
    sources = {}
    for section in ("warnings", "myths", "referrals", "tips", "treatments", "ramp_up"):
        for item in data.get(section) or []:
            for source in item.get("sources") or []:
                sources.setdefault((source.get("title"), source.get("url")), source)
    return {
        "routine": routine,
        "data": data,
        "slots": slots,
        "calendar": calendar,
        "has_calendar": any(day["uses"] for day in calendar),
        "excluded": excluded,
        "referrals": referrals,
        "sources": list(sources.values()),
        "guidance_changed": routine.catalogue_version != current_version(),
    }


@never_cache
@require_GET
def routine_detail(request: HttpRequest, token: str) -> HttpResponse:
    routine = get_object_or_404(Routine, token=token)
    return private(render(request, "routines/routine_detail.html", routine_context(routine)))


@never_cache
@require_GET
def routine_json(request: HttpRequest, token: str) -> HttpResponse:
    routine = get_object_or_404(Routine, token=token)
    return private(JsonResponse(routine.to_contract(), json_dumps_params={"ensure_ascii": False}))


@limit_routine_posts
@require_POST
def routine_rebuild(request: HttpRequest, token: str) -> HttpResponse:
    """A new routine from the saved answers and today's catalogue; the old one stays as it was."""
    old = get_object_or_404(Routine, token=token)
    try:
        answers = Answers.from_json(old.answers)
    except (KeyError, TypeError, ValueError):
        # Answers saved under an older questionnaire (or restored from a backup) may no longer fit.
        messages.info(request, "Your saved answers no longer fit the questionnaire. Please answer it again.")
        return see_other(reverse("routines:questionnaire"))
    routine = save_routine(answers)
    return see_other(routine.get_absolute_url())


@never_cache
@require_http_methods(["GET", "POST"])
def routine_delete(request: HttpRequest, token: str) -> HttpResponse:
    routine = get_object_or_404(Routine, token=token)
    if request.method == "POST":
        routine.delete()
        messages.success(request, "Your saved routine has been deleted. Its link no longer works.")
        return see_other(reverse("routines:landing"))
    return private(render(request, "routines/routine_delete.html", {"routine": routine}))
