"""The questionnaire: the contract's fields and values, cleaned into one typed `Answers`."""

from __future__ import annotations

from dataclasses import dataclass

from crispy_forms.helper import FormHelper
from django import forms
from django.utils.translation import gettext_lazy as _

from ingredients.vocab import QUESTIONS, Experience, Medicine, Pregnancy, Question, YesNo

from .answers import Answers

# Never echo the submitted value back: it may be huge or hostile, and it is no help to a person.
CHOICE_ERRORS = {
    "required": _("Choose an answer for this question."),
    "invalid_choice": _("Choose one of the answers listed."),
}
CONCERN_ERRORS = {
    "required": _("Choose at least one thing you want to improve."),
    "invalid_choice": _("Choose only from the concerns listed."),
    "invalid_list": _("Choose only from the concerns listed."),
}
MEDICINE_ERRORS = {
    "invalid_choice": _("Choose only from the medicines listed."),
    "invalid_list": _("Choose only from the medicines listed."),
}
REPEATED_ERROR = _("Give only one answer to this question.")

# What a person reads for each question of `QUESTIONS` (ingredients/vocab.py): the words, not the
# vocabulary. `choices` relabels a question's values where the plain label reads badly as an answer.
QUESTION_TEXT = {
    "skin_type": {
        "label": _("How does your skin feel by midday?"),
        "help_text": _(
            "Oily: shiny all over. Combination: shiny on the forehead, nose and chin only. Dry: tight or flaky."
        ),
    },
    "sensitive": {
        "label": _("Does your skin sting, redden or itch easily?"),
        "help_text": _("For example after a new product, hot water or wind."),
    },
    "acne_prone": {
        "label": _("Do you get breakouts regularly?"),
        "help_text": _("Spots or pimples most months, not just the odd one."),
    },
    "concerns": {
        "label": _("What would you like to improve?"),
        "help_text": _("Choose one or more."),
    },
    "age_band": {
        "label": _("How old are you?"),
        "help_text": _("Teenage skin and older skin need different strengths."),
    },
    "pregnancy": {
        "label": _("Are you pregnant, breastfeeding or trying to conceive?"),
        "help_text": _(
            "We ask because some ingredients, such as retinoids, are not advised in pregnancy, "
            "while breastfeeding or when trying to conceive, so we leave them out. "
            "Your answer is kept only with your saved routine, and you can delete it."
        ),
        "choices": [
            (Pregnancy.YES, _("Yes, pregnant")),
            (Pregnancy.BREASTFEEDING, _("Breastfeeding")),
            (Pregnancy.TRYING, _("Trying to conceive")),
            (Pregnancy.NO, _("No")),
        ],
    },
    "isotretinoin": {
        "label": _("Are you taking isotretinoin tablets (Accutane, Roaccutane), or have you in the last 6 months?"),
        "help_text": _(
            "We ask because isotretinoin makes skin fragile: exfoliating acids, retinoids and scrubs "
            "can then injure it, so we leave them out."
        ),
    },
    "prescription_retinoid": {
        "label": _("Do you use a prescription retinoid cream or gel (tretinoin, adapalene, tazarotene)?"),
        "help_text": _(
            "We ask so we don't add a second retinoid or strong acids on top of your prescription, "
            "which could irritate your skin."
        ),
    },
    "rosacea_or_eczema": {
        "label": _("Have you been diagnosed with rosacea, eczema or dermatitis on your face?"),
        "help_text": _("These conditions need gentler products; some actives can cause flare-ups."),
    },
    "wears_makeup": {
        "label": _("Do you wear make-up or water-resistant sunscreen most days?"),
        "help_text": _("If so, we add a first cleanse in the evening to take it off properly."),
    },
    "sun_exposure": {"label": _("How much time do you spend outdoors on a typical day?")},
    "time_budget": {
        "label": _("How much time do you want to spend on your routine?"),
        "help_text": _("The number of steps each morning and evening."),
    },
    "experience": {
        "label": _("Have you used exfoliating acids or retinoids before without trouble?"),
        "help_text": _("Acids such as salicylic or glycolic acid; retinoids such as retinol. If not, we start slowly."),
        "choices": [(Experience.BEGINNER, _("No, or not sure")), (Experience.EXPERIENCED, _("Yes"))],
    },
    "fragrance_free": {"label": _("Do you want to avoid fragrance and essential oils?")},
    "medicines": {
        "label": _("Do you take any of these medicines? (optional)"),
        "help_text": _(
            "Some antibiotic tablets and other medicines make skin burn more easily. Leave both unticked if not."
        ),
        "choices": [
            (
                Medicine.ORAL_ANTIBIOTIC,
                _("Antibiotic tablets for acne or skin (doxycycline, minocycline, lymecycline)"),
            ),
            (Medicine.PHOTOSENSITISING, _("Another medicine that makes my skin burn more easily")),
        ],
    },
}


def question_field(question: Question) -> forms.Field:
    """The form field for a question, coercing straight to its vocabulary (yes/no to a bool)."""
    text = QUESTION_TEXT[question.name]
    choices = text.get("choices", question.choices.choices)
    if question.multiple:
        return forms.TypedMultipleChoiceField(
            label=text["label"],
            help_text=text.get("help_text", ""),
            choices=choices,
            coerce=question.choices,
            widget=forms.CheckboxSelectMultiple,
            required=not question.optional,
            error_messages=MEDICINE_ERRORS if question.optional else CONCERN_ERRORS,
        )
    return forms.TypedChoiceField(
        label=text["label"],
        help_text=text.get("help_text", ""),
        choices=choices,
        coerce=(lambda value: value == YesNo.YES) if question.yes_no else question.choices,
        empty_value=None,
        widget=forms.RadioSelect,
        error_messages=CHOICE_ERRORS,
    )


class QuestionnaireForm(forms.Form):
    """Every question of `QUESTIONS`, each cleaned to its typed value; `to_answers()` gives `Answers`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # the template's <form> holds the one CSRF token

    def _single_value(self, name: str) -> None:
        # QueryDict.get() quietly keeps the last of repeated values; a question has one answer.
        getlist = getattr(self.data, "getlist", None)
        if getlist is not None and len(getlist(self.add_prefix(name))) > 1:
            raise forms.ValidationError(REPEATED_ERROR, code="repeated")

    def clean(self):
        cleaned = super().clean()
        for question in QUESTIONS:
            if not question.multiple and question.name in self.fields:
                try:
                    self._single_value(question.name)
                except forms.ValidationError as error:
                    self.add_error(question.name, error)
        return cleaned

    def to_answers(self) -> Answers:
        """The typed answers; only call on a valid form."""
        return Answers(**{name: self.cleaned_data[name] for name in self.fields})

    def error_summary(self) -> list[dict[str, str]]:
        """Each field error with the question it belongs to and the id of the field's first input."""
        # Every question is a radio or checkbox group, and the form has no cross-field errors.
        return [
            {"anchor": f"{self[name].auto_id}_0", "label": str(self.fields[name].label), "message": str(message)}
            for name, errors in self.errors.items()
            for message in errors
        ]


# The form's fields come from the one list of questions, in its order.
QuestionnaireForm.declared_fields = QuestionnaireForm.base_fields = {q.name: question_field(q) for q in QUESTIONS}


class _SharedFields(dict):
    """A form's fields that each form copies shallowly instead of deeply (Django deep-copies them so that
    one form's rendering, which may change a widget, never shows in another's)."""

    def __deepcopy__(self, memo):
        return dict(self)


class QuestionnaireCheck(QuestionnaireForm):
    """The questionnaire, to validate a post only: the same fields, validation and `to_answers()`, without
    a deep copy of the fields for each post (a third of the form's cost). Never rendered: a post with
    errors is shown again through `QuestionnaireForm`."""

    def __init__(self, *args, **kwargs):
        forms.Form.__init__(self, *args, **kwargs)  # no crispy helper: nothing renders this form

    def _clean_fields(self):
        # Django's loop (forms.Form._clean_fields), reading each value straight from its widget instead of
        # through a BoundField made per field and post: what a BoundField is for, rendering, never happens.
        for name, field in self.fields.items():
            try:
                self.cleaned_data[name] = field.clean(
                    field.widget.value_from_datadict(self.data, self.files, self.add_prefix(name))
                )
                if hasattr(self, f"clean_{name}"):
                    self.cleaned_data[name] = getattr(self, f"clean_{name}")()
            except forms.ValidationError as error:
                self.add_error(name, error)


QuestionnaireCheck.base_fields = _SharedFields(QuestionnaireForm.base_fields)


@dataclass(frozen=True)
class GuidedStep:
    """One screen of the guided questionnaire: a few related questions."""

    slug: str
    title: str
    intro: str
    fields: tuple[str, ...]


STEPS: tuple[GuidedStep, ...] = (
    GuidedStep(
        "about",
        _("About you"),
        _("Your age and what you have used before set how strong we start."),
        ("age_band", "experience"),
    ),
    GuidedStep(
        "skin",
        _("Your skin"),
        _("How your skin behaves decides the cleanser, moisturiser and how gently to go."),
        ("skin_type", "sensitive", "acne_prone", "rosacea_or_eczema"),
    ),
    GuidedStep(
        "concerns",
        _("Your concerns"),
        _("What you want to change, and what you would rather avoid."),
        ("concerns", "fragrance_free"),
    ),
    GuidedStep(
        "safety",
        _("Safety questions"),
        _("Some ingredients aren't safe in pregnancy or with certain medicines. We leave those out."),
        ("pregnancy", "isotretinoin", "prescription_retinoid", "medicines"),
    ),
    GuidedStep(
        "habits",
        _("Your habits"),
        _("Make-up, sun and time decide your steps and your sunscreen."),
        ("wears_makeup", "sun_exposure", "time_budget"),
    ),
)
STEPS_BY_SLUG = {step.slug: step for step in STEPS}


class StepForm(QuestionnaireForm):
    """The questions of one guided step, validated exactly as the full questionnaire does."""

    def __init__(self, *args, step: GuidedStep, **kwargs):
        super().__init__(*args, **kwargs)
        self.step = step
        for name in list(self.fields):
            if name not in step.fields:
                del self.fields[name]

    def raw_answers(self) -> dict[str, str | list[str]]:
        """This step's answers that passed validation, as the questionnaire POST would send them.

        Only the valid ones: Back keeps good answers from a half-finished step and drops bad ones.
        """
        self.is_valid()
        answers: dict[str, str | list[str]] = {}
        for name, field in self.fields.items():
            key = self.add_prefix(name)
            multiple = isinstance(field, forms.MultipleChoiceField)
            if multiple and not field.required and name not in self.errors and key not in self.data:
                answers[name] = []  # every box of an optional question unticked: the answer is "none"
                continue
            if name in self.errors or key not in self.data:
                continue
            answers[name] = self.data.getlist(key) if multiple else self.data[key]
        return answers
