"""The label check's pages: `/check/` (form and result) and `/check.json`.

The pasted text lives only in this request: it is never saved, cached or logged, and the result
page is `no-store`.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST
from django_ratelimit.decorators import ratelimit

from ingredients.vocab import DAY_NAMES, StepKind
from poreguide.ratelimits import LABEL_CHECKS
from routines.answers import Answers
from routines.catalogue import current_catalogue
from routines.languages import in_language
from routines.models import SavedRoutine

from .forms import LabelForm
from .judge import LabelCheck, check_label
from .lexicon import current_lexicon
from .routine_view import person_from_answers, routine_view

VERDICT_TITLES = {
    "avoid": gettext_lazy("Avoid"),
    "caution": gettext_lazy("Take care"),
    "fits": gettext_lazy("Fits your routine"),
    "not_needed": gettext_lazy("Not needed"),
    "unknown": gettext_lazy("Can't tell"),
}
SEVERITY_TITLES = {
    "avoid": gettext_lazy("Avoid"),
    "caution": gettext_lazy("Take care"),
    "info": gettext_lazy("Good to know"),
}
# Over the limit the view still runs (request.limited) and answers 429 in the label check's own words.
limit_checks = ratelimit(**LABEL_CHECKS, block=False)


def saved_routine(token: str) -> SavedRoutine | None:
    if not token or len(token) > 64:
        return None
    return SavedRoutine.objects.filter(token=token).only("token", "answers", "routine").first()


def run_check(form: LabelForm) -> tuple[LabelCheck, SavedRoutine | None, bool]:
    """The check for a valid form; the routine is ignored when its answers no longer fit."""
    token = form.cleaned_data.get("token") or ""
    routine = saved_routine(token)
    # The page's language for the texts shown (a Dutch lexicon still knows the English names).
    catalogue = current_catalogue()
    person = view = None
    if routine is not None:
        try:
            person = person_from_answers(Answers.from_json(routine.answers), catalogue)
            view = routine_view(in_language(routine.plan()))
        except (KeyError, TypeError, ValueError):
            routine = None
    result = check_label(
        text=form.cleaned_data["label"],
        lexicon=current_lexicon(catalogue),
        person=person,
        routine=view,
        step_kind=form.cleaned_data.get("kind"),
    )
    return result, routine, bool(token) and routine is None


def too_many(request: HttpRequest, *, json: bool) -> HttpResponse:
    message = _("Too many label checks from your address; wait a minute and try again.")
    if json:
        return JsonResponse({"error": message}, status=429)
    return render(request, "labels/check.html", {"form": LabelForm(), "limited": message}, status=429)


@sensitive_post_parameters("label")
@never_cache
@limit_checks
@require_http_methods(["GET", "HEAD", "POST"])
def check(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        token = request.GET.get("token", "")
        routine = saved_routine(token)
        form = LabelForm(initial={"token": routine.token if routine else ""})
        context = {"form": form, "routine": routine, "token_missing": bool(token) and routine is None}
        return render(request, "labels/check.html", context)
    if getattr(request, "limited", False):
        return too_many(request, json=False)
    form = LabelForm(request.POST)
    context: dict = {"form": form}
    if form.is_valid():
        result, routine, token_missing = run_check(form)
        kinds = dict(StepKind.choices)
        context.update(
            result=result,
            routine=routine,
            token_missing=token_missing,
            verdict_title=VERDICT_TITLES[result.verdict],
            flags=[{"flag": f, "severity_title": SEVERITY_TITLES[f.severity]} for f in result.flags],
            fit_kind=kinds.get(result.fits.step_kind, result.fits.step_kind) if result.fits else "",
            fit_days=[DAY_NAMES[d] for d in result.fits.evenings or ()] if result.fits else [],
            contains=[
                {"item": item, "same_name": item.name.casefold() == item.text.casefold()} for item in result.recognised
            ],
        )
    return render(request, "labels/check.html", context)


@sensitive_post_parameters("label")
@never_cache
@limit_checks
@require_POST
def check_json(request: HttpRequest) -> HttpResponse:
    if getattr(request, "limited", False):
        return too_many(request, json=True)
    form = LabelForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": {k: [str(e) for e in v] for k, v in form.errors.items()}}, status=400)
    result, _routine, _missing = run_check(form)
    return JsonResponse(result.to_dict(), json_dumps_params={"ensure_ascii": False})
