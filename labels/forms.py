from django import forms
from django.utils.translation import gettext_lazy as _

from ingredients.vocab import StepKind

from .parse import MAX_LABEL_CHARS


class LabelForm(forms.Form):
    label = forms.CharField(
        label=_("Ingredient list"),
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false", "autocomplete": "off"}),
        max_length=MAX_LABEL_CHARS,
        help_text=_(
            "Paste the ingredients as printed on the pack or the shop's page; the heading and text around "
            "it are fine. Nothing you paste is stored."
        ),
        error_messages={
            "required": _("Paste a product's ingredient list to check it."),
            "max_length": _(
                "That is longer than any ingredient list (at most %(limit_value)d characters): paste "
                "only the ingredients."
            ),
        },
    )
    kind = forms.TypedChoiceField(
        label=_("What kind of product is it? (optional)"),
        choices=[("", _("I don't know"))] + list(StepKind.choices),
        required=False,
        empty_value=None,
    )
    # Any text: a token no routine has (too long, mistyped, forgotten) is answered like an unknown one, with
    # a message beside the result, never by re-showing the form without one (`views.saved_routine`).
    token = forms.CharField(required=False, widget=forms.HiddenInput, strip=True)

    def clean_label(self):
        label = self.cleaned_data["label"]
        if not label.strip():
            raise forms.ValidationError(self.fields["label"].error_messages["required"])
        return label
