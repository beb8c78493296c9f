"""The check-in and "My skin is irritated" forms (contract: "Following the plan")."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import CheckIn

SCORE_CHOICES = [("0", _("None")), ("1", _("A little")), ("2", _("Some")), ("3", _("A lot"))]
SEVERITY_CHOICES = [
    ("mild", _("Mild: stinging or tightness")),
    ("moderate", _("Moderate: redness, flaking or burning that lasts")),
    ("severe", _("Severe: swelling, blisters, a spreading rash, or near the eyes")),
]
REQUIRED = {"required": _("Please choose one."), "invalid_choice": _("Please choose one of the options.")}


class ErrorSummary:
    def error_summary(self) -> list[dict[str, str]]:
        """Each field error with its question and the id of the field's first input (every field is a
        radio group)."""
        return [
            {"anchor": f"{self[name].auto_id}_0", "label": str(self.fields[name].label), "message": str(message)}
            for name, errors in self.errors.items()
            for message in errors
        ]


def score_field(label) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label, choices=SCORE_CHOICES, coerce=int, widget=forms.RadioSelect, error_messages=REQUIRED
    )


class CheckInForm(ErrorSummary, forms.Form):
    oiliness = score_field(_("Oiliness"))
    blackheads = score_field(_("Blackheads"))
    breakouts = score_field(_("Breakouts (spots)"))
    irritation = score_field(_("Irritation (stinging, redness, flaking)"))
    followed = forms.ChoiceField(
        label=_("Did you follow the plan?"),
        choices=CheckIn.Followed.choices,
        widget=forms.RadioSelect,
        error_messages=REQUIRED,
    )


class IrritatedForm(ErrorSummary, forms.Form):
    severity = forms.ChoiceField(
        label=_("How bad is it?"), choices=SEVERITY_CHOICES, widget=forms.RadioSelect, error_messages=REQUIRED
    )
