from django import forms
from django.core.exceptions import ValidationError
from django.db import models


class ChoiceListField(models.JSONField):
    """A list of values from one set of choices, stored as JSON, edited as checkboxes.

    Works the same on SQLite and PostgreSQL, and keeps a curator from typing JSON by hand.
    """

    def __init__(self, *args, choices_class=None, **kwargs):
        self.choices_class = choices_class
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices_class"] = self.choices_class
        if kwargs.get("default") is list:
            del kwargs["default"]
        if kwargs.get("blank") is True:
            del kwargs["blank"]
        return name, path, args, kwargs

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if not isinstance(value, list):
            raise ValidationError("Expected a list of values.", code="invalid")
        allowed = set(self.choices_class.values)
        unknown = [v for v in value if v not in allowed]
        if unknown:
            raise ValidationError(
                "Unknown value(s): %(values)s.", code="invalid_choice", params={"values": ", ".join(map(str, unknown))}
            )

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=grouped_choices(self.choices_class),
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=kwargs.get("label") or self.verbose_name.capitalize(),
            help_text=kwargs.get("help_text") or self.help_text,
        )


# Questionnaire answers grouped by question, so 35 checkboxes read as a short form.
ANSWER_GROUPS = {
    "skin_type": "Skin type",
    "sensitive": "Skin",
    "acne_prone": "Skin",
    "rosacea_or_eczema": "Skin",
    "concerns": "Concerns",
    "age_band": "Age",
    "pregnancy": "Pregnancy and medicines",
    "isotretinoin": "Pregnancy and medicines",
    "prescription_retinoid": "Pregnancy and medicines",
    "sun_exposure": "Sun exposure",
    "time_budget": "Time for a routine",
    "experience": "Experience with actives",
    "wears_makeup": "Habits",
    "fragrance_free": "Habits",
    "medicines": "Pregnancy and medicines",
}


def grouped_choices(choices_class) -> list:
    """`field=value` choices (answer facts) as optgroups by question, labels without the repeated
    question ("Concern: redness" under "Concerns" reads "Redness"); other choices as they are."""
    values = [str(v) for v in choices_class.values]
    if not all("=" in v and v.partition("=")[0] in ANSWER_GROUPS for v in values):
        return list(choices_class.choices)
    groups: dict[str, list] = {}
    for value, label in choices_class.choices:
        group = ANSWER_GROUPS[value.partition("=")[0]]
        short = label.partition(": ")[2] or label
        groups.setdefault(group, []).append((value, short[:1].upper() + short[1:]))
    return list(groups.items())
