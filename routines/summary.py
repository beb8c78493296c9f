"""What the one-page summary for a doctor shows: the answers a clinician needs, the products with their
strengths and the week each started, the current phase, the check-in trend, the pauses, and a few
questions worth asking. Plain data for a dumb template; nothing here names the routine's token."""

from __future__ import annotations

from django.utils.translation import gettext as _

from ingredients.vocab import DAY_NAMES

from .follow_forms import SEVERITY_CHOICES
from .follow_state import FollowState
from .forms import QuestionnaireForm
from .models import CheckIn, SavedRoutine

# The answers a clinician asks about first, in the order they ask.
CLINICAL_ANSWERS = (
    "age_band",
    "pregnancy",
    "isotretinoin",
    "prescription_retinoid",
    "medicines",
    "rosacea_or_eczema",
    "sensitive",
    "acne_prone",
    "skin_type",
    "concerns",
)
RECENT_CHECK_INS = 6


def answer_rows(answers: dict) -> list[dict]:
    fields = QuestionnaireForm().fields
    rows = []
    for name in CLINICAL_ANSWERS:
        if name not in answers or name not in fields:
            continue
        field = fields[name]
        labels = {str(k): str(v) for k, v in getattr(field, "choices", [])}
        value = answers[name]
        if isinstance(value, bool):
            shown = _("yes") if value else _("no")
        elif isinstance(value, list):
            shown = ", ".join(labels.get(v, v) for v in value) or _("none")
        else:
            shown = labels.get(str(value), str(value))
        rows.append({"label": str(field.label), "value": shown})
    return rows


def product_rows(state: FollowState) -> list[dict]:
    plan = state.plan
    starts = {slug: p.start_week for p in plan.phases for slug in p.introduces}
    rows = []
    for product in plan.products:
        strengths = [f"{i.name} {i.strength}" for i in product.look_for if i.strength]
        week = min((starts.get(i.slug, 1) for i in product.look_for), default=1)
        for p in plan.phases:  # a scheduled product starts in the first phase that uses it
            if any(u.product_type == product.product_type for _, uses in p.weekly.items() for u in uses):
                week = max(week, p.start_week)
                break
        rows.append({"name": product.name, "strengths": ", ".join(strengths), "week": week, "slots": product.slots})
    return rows


def questions(routine: SavedRoutine, state: FollowState) -> list[str]:
    answers = routine.answers
    asked = [_("Is this routine suitable for my skin, and is anything in it worth changing?")]
    if state.progress.status in ("no_change", "worse"):
        asked.append(_("My skin hasn't improved after the weeks the plan gives it: would a prescription help?"))
    if state.pauses:
        asked.append(
            _("My skin was irritated (see the pauses): which product is the likely cause, and how should I restart?")
        )
    if answers.get("pregnancy") in ("yes", "trying", "breastfeeding"):
        asked.append(_("Which of these products are safe while pregnant, trying to conceive or breastfeeding?"))
    if answers.get("isotretinoin") or answers.get("prescription_retinoid") or answers.get("medicines"):
        asked.append(_("Do any of these products interact with the medicines I take?"))
    asked.append(_("Which spots or marks should I have looked at, and when should I come back?"))
    return asked


def summary_context(routine: SavedRoutine, state: FollowState) -> dict:
    followed = dict(CheckIn.Followed.choices)
    severity = {key: label.split(":")[0] for key, label in SEVERITY_CHOICES}
    return {
        "routine": routine,
        "state": state,
        "plan": state.plan,
        "answers": answer_rows(routine.answers),
        "products": product_rows(state),
        "phase": state.phase,
        "phase_days": [
            (DAY_NAMES[day], [u.product_type_name for u in uses]) for day, uses in state.phase.weekly.items() if uses
        ]
        if state.phase
        else [],
        "recent": [
            {**c.to_dict(state.started_on), "day": c.day, "followed": followed.get(c.followed, c.followed)}
            for c in state.check_ins[-RECENT_CHECK_INS:]
        ],
        "pauses": [
            {"start": p.start, "end": p.end, "severity": severity.get(p.severity, p.severity)} for p in state.pauses
        ],
        "questions": questions(routine, state),
    }
