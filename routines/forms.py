"""The questionnaire: the contract's fields and values, cleaned into one typed `Answers`."""

from __future__ import annotations

from dataclasses import dataclass

from crispy_forms.helper import FormHelper
from django import forms

from ingredients.vocab import (
    AgeBand,
    Concern,
    Experience,
    Pregnancy,
    SkinType,
    SunExposure,
    TimeBudget,
)

from .answers import Answers

YES_NO_CHOICES = [("yes", "Yes"), ("no", "No")]

# Never echo the submitted value back: it may be huge or hostile, and it is no help to a person.
CHOICE_ERRORS = {
    "required": "Choose an answer for this question.",
    "invalid_choice": "Choose one of the answers listed.",
}
CONCERN_ERRORS = {
    "required": "Choose at least one thing you want to improve.",
    "invalid_choice": "Choose only from the concerns listed.",
    "invalid_list": "Choose only from the concerns listed.",
}
REPEATED_ERROR = "Give only one answer to this question."


def radio_field(*, label: str, choices, help_text: str = "") -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label,
        choices=choices,
        widget=forms.RadioSelect,
        help_text=help_text,
        error_messages=CHOICE_ERRORS,
    )


def yes_no_field(*, label: str, help_text: str = "") -> forms.ChoiceField:
    return radio_field(label=label, choices=YES_NO_CHOICES, help_text=help_text)


class QuestionnaireForm(forms.Form):
    skin_type = radio_field(
        label="How does your skin feel by midday?",
        choices=SkinType.choices,
        help_text="Oily: shiny all over. Combination: shiny on the forehead, nose and chin only. Dry: tight or flaky.",
    )
    sensitive = yes_no_field(
        label="Does your skin sting, redden or itch easily?",
        help_text="For example after a new product, hot water or wind.",
    )
    acne_prone = yes_no_field(
        label="Do you get breakouts regularly?",
        help_text="Spots or pimples most months, not just the odd one.",
    )
    concerns = forms.MultipleChoiceField(
        label="What would you like to improve?",
        choices=Concern.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="Choose one or more.",
        error_messages=CONCERN_ERRORS,
    )
    age_band = radio_field(
        label="How old are you?",
        choices=AgeBand.choices,
        help_text="Teenage skin and older skin need different strengths.",
    )
    pregnancy = radio_field(
        label="Are you pregnant, breastfeeding or trying to conceive?",
        choices=Pregnancy.choices,
        help_text="We ask because some ingredients, such as retinoids, are not advised in pregnancy, "
        "while breastfeeding or when trying to conceive, so we leave them out. "
        "Your answer is kept only with your saved routine, and you can delete it.",
    )
    isotretinoin = yes_no_field(
        label="Are you taking isotretinoin tablets (Accutane, Roaccutane), or have you in the last 6 months?",
        help_text="We ask because isotretinoin makes skin fragile: exfoliating acids, retinoids and scrubs "
        "can then injure it, so we leave them out.",
    )
    prescription_retinoid = yes_no_field(
        label="Do you use a prescription retinoid cream or gel (tretinoin, adapalene, tazarotene)?",
        help_text="We ask so we don't add a second retinoid or strong acids on top of your prescription, "
        "which could irritate your skin.",
    )
    rosacea_or_eczema = yes_no_field(
        label="Have you been diagnosed with rosacea, eczema or dermatitis on your face?",
        help_text="These conditions need gentler products; some actives can cause flare-ups.",
    )
    wears_makeup = yes_no_field(
        label="Do you wear make-up or water-resistant sunscreen most days?",
        help_text="If so, we add a first cleanse in the evening to take it off properly.",
    )
    sun_exposure = radio_field(
        label="How much time do you spend outdoors on a typical day?",
        choices=SunExposure.choices,
    )
    time_budget = radio_field(
        label="How much time do you want to spend on your routine?",
        choices=TimeBudget.choices,
        help_text="The number of steps each morning and evening.",
    )
    experience = radio_field(
        label="Have you used exfoliating acids or retinoids before without trouble?",
        choices=[(Experience.BEGINNER, "No, or not sure"), (Experience.EXPERIENCED, "Yes")],
        help_text="Acids such as salicylic or glycolic acid; retinoids such as retinol. If not, we start slowly.",
    )
    fragrance_free = yes_no_field(
        label="Do you want to avoid fragrance and essential oils?",
    )

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

    def _yes_no(self, name: str) -> bool:
        self._single_value(name)
        return self.cleaned_data[name] == "yes"

    def clean_skin_type(self) -> SkinType:
        self._single_value("skin_type")
        return SkinType(self.cleaned_data["skin_type"])

    def clean_sensitive(self) -> bool:
        return self._yes_no("sensitive")

    def clean_acne_prone(self) -> bool:
        return self._yes_no("acne_prone")

    def clean_concerns(self) -> frozenset[Concern]:
        return frozenset(Concern(c) for c in self.cleaned_data["concerns"])

    def clean_age_band(self) -> AgeBand:
        self._single_value("age_band")
        return AgeBand(self.cleaned_data["age_band"])

    def clean_pregnancy(self) -> Pregnancy:
        self._single_value("pregnancy")
        return Pregnancy(self.cleaned_data["pregnancy"])

    def clean_isotretinoin(self) -> bool:
        return self._yes_no("isotretinoin")

    def clean_prescription_retinoid(self) -> bool:
        return self._yes_no("prescription_retinoid")

    def clean_rosacea_or_eczema(self) -> bool:
        return self._yes_no("rosacea_or_eczema")

    def clean_wears_makeup(self) -> bool:
        return self._yes_no("wears_makeup")

    def clean_sun_exposure(self) -> SunExposure:
        self._single_value("sun_exposure")
        return SunExposure(self.cleaned_data["sun_exposure"])

    def clean_time_budget(self) -> TimeBudget:
        self._single_value("time_budget")
        return TimeBudget(self.cleaned_data["time_budget"])

    def clean_experience(self) -> Experience:
        self._single_value("experience")
        return Experience(self.cleaned_data["experience"])

    def clean_fragrance_free(self) -> bool:
        return self._yes_no("fragrance_free")

    def to_answers(self) -> Answers:
        """The typed answers; only call on a valid form."""
        data = self.cleaned_data
        return Answers(**{name: data[name] for name in self.fields})

    def error_summary(self) -> list[dict[str, str]]:
        """Each field error with the question it belongs to and the id of the field's first input."""
        # Every question is a radio or checkbox group, and the form has no cross-field errors.
        return [
            {"anchor": f"{self[name].auto_id}_0", "label": str(self.fields[name].label), "message": str(message)}
            for name, errors in self.errors.items()
            for message in errors
        ]


@dataclass(frozen=True)
class Step:
    """One screen of the guided questionnaire: a few related questions."""

    slug: str
    title: str
    intro: str
    fields: tuple[str, ...]


STEPS: tuple[Step, ...] = (
    Step(
        "about",
        "About you",
        "Your age and what you have used before set how strong we start.",
        ("age_band", "experience"),
    ),
    Step(
        "skin",
        "Your skin",
        "How your skin behaves decides the cleanser, moisturiser and how gently to go.",
        ("skin_type", "sensitive", "acne_prone", "rosacea_or_eczema"),
    ),
    Step(
        "concerns",
        "Your concerns",
        "What you want to change, and what you would rather avoid.",
        ("concerns", "fragrance_free"),
    ),
    Step(
        "safety",
        "Safety questions",
        "Some ingredients aren't safe in pregnancy or with certain medicines. We leave those out.",
        ("pregnancy", "isotretinoin", "prescription_retinoid"),
    ),
    Step(
        "habits",
        "Your habits",
        "Make-up, sun and time decide your steps and your sunscreen.",
        ("wears_makeup", "sun_exposure", "time_budget"),
    ),
)
STEPS_BY_SLUG = {step.slug: step for step in STEPS}


class StepForm(QuestionnaireForm):
    """The questions of one guided step, validated exactly as the full questionnaire does."""

    def __init__(self, *args, step: Step, **kwargs):
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
            if name in self.errors or key not in self.data:
                continue
            multiple = isinstance(field, forms.MultipleChoiceField)
            answers[name] = self.data.getlist(key) if multiple else self.data[key]
        return answers
