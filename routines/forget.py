"""The "Forget my answers" button: the guided questionnaire's answers in progress leave the server
now, not when the session expires a day later."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .forms import STEPS


@require_POST
def forget_answers(request: HttpRequest) -> HttpResponse:
    # The session holds nothing else of value: flush deletes its row and gives a new, empty one.
    request.session.flush()
    messages.success(request, _("Your answers have been forgotten: nothing you answered is kept."))
    response = HttpResponseRedirect(reverse("routines:step", kwargs={"step": STEPS[0].slug}))
    response.status_code = 303  # POST → redirect → GET, as every other form here
    return response
