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
            choices=self.choices_class.choices,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=kwargs.get("label") or self.verbose_name.capitalize(),
            help_text=self.help_text,
        )
