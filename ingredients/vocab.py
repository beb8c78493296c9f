"""The product contract's vocabularies (../shared/spec/contract.md) as Django choices.

Code, not data: the routine engine branches on these values, so curators pick from them in admin
but cannot rename them. Models, forms and the engine all import from here.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

# --- Questionnaire answers -------------------------------------------------------------------


class SkinType(models.TextChoices):
    OILY = "oily", _("Oily")
    COMBINATION = "combination", _("Combination")
    NORMAL = "normal", _("Normal")
    DRY = "dry", _("Dry")


class Concern(models.TextChoices):
    ENLARGED_PORES = "enlarged_pores", _("Enlarged pores")
    BLACKHEADS = "blackheads", _("Blackheads")
    OILINESS = "oiliness", _("Oiliness and shine")
    TEXTURE = "texture", _("Uneven texture")
    DULLNESS = "dullness", _("Dullness")
    SUN_DAMAGE = "sun_damage", _("Sun damage")
    FINE_LINES = "fine_lines", _("Fine lines")
    REDNESS = "redness", _("Redness")
    # Post-inflammatory hyperpigmentation: dark marks left after spots (contract, additions turn 3).
    DARK_MARKS = "dark_marks", _("Dark marks left after spots")


class AgeBand(models.TextChoices):
    UNDER_12 = "under_12", _("11 or younger")
    UNDER_18 = "under_18", _("12 to 17")
    AGE_18_29 = "18_29", _("18 to 29")
    AGE_30_44 = "30_44", _("30 to 44")
    AGE_45_59 = "45_59", _("45 to 59")
    AGE_60_PLUS = "60_plus", _("60 or over")


class Pregnancy(models.TextChoices):
    # `yes` meant "pregnant or breastfeeding" before breastfeeding had its own answer; it means pregnant
    # now, and a routine saved with `yes` keeps the pregnancy rules.
    YES = "yes", _("Pregnant")
    BREASTFEEDING = "breastfeeding", _("Breastfeeding")
    TRYING = "trying", _("Trying to conceive")
    NO = "no", _("Not pregnant, breastfeeding or trying")


class SunExposure(models.TextChoices):
    LOW = "low", _("Low (mostly indoors)")
    MODERATE = "moderate", _("Moderate (an hour or two outdoors)")
    HIGH = "high", _("High (outdoors for much of the day)")


class TimeBudget(models.TextChoices):
    MINIMAL = "minimal", _("Minimal (at most 3 steps)")
    STANDARD = "standard", _("Standard (at most 5 steps)")
    FULL = "full", _("Full (no limit)")


class Experience(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    EXPERIENCED = "experienced", _("Experienced")


class Medicine(models.TextChoices):
    ORAL_ANTIBIOTIC = (
        "oral_antibiotic",
        _("An oral antibiotic for acne or skin (doxycycline, minocycline, lymecycline)"),
    )
    PHOTOSENSITISING = "photosensitising", _("Another medicine that makes skin burn more easily")


class YesNo(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")


@dataclass(frozen=True)
class Question:
    """One question of the questionnaire: its field name (the contract's) and its values.

    Everything else is derived from these: the answer facts curators key rules on (`AnswerFact`),
    the typed answers (`routines/answers.py`), the form's fields (`routines/forms.py`).
    """

    name: str
    choices: type[models.TextChoices]
    # How a rule names an answer: "Skin type: oily"; a yes/no question names its yes; None: the value's
    # own label says it all ("Pregnant or breastfeeding").
    fact_label: str | None
    multiple: bool = False
    # An optional question may be left out (old clients never send it): several values, possibly none.
    optional: bool = False

    @property
    def yes_no(self) -> bool:
        return self.choices is YesNo

    def facts(self) -> list[tuple[str, str]]:
        """Every answer to it that a rule can name, as (`field=value`, label); yes/no: only yes."""
        if self.yes_no:
            return [(f"{self.name}=yes", self.fact_label)]
        return [
            (
                f"{self.name}={value}",
                format_lazy("{}: {}", self.fact_label, label) if self.fact_label is not None else label,
            )
            for value, label in self.choices.choices
        ]


# The questionnaire, in the contract's order (../shared/spec/contract.md, "Questionnaire fields").
QUESTIONS: tuple[Question, ...] = (
    Question("skin_type", SkinType, _("Skin type")),
    Question("sensitive", YesNo, _("Sensitive skin")),
    Question("acne_prone", YesNo, _("Acne-prone")),
    Question("concerns", Concern, _("Concern"), multiple=True),
    Question("age_band", AgeBand, _("Age")),
    Question("pregnancy", Pregnancy, None),
    Question("isotretinoin", YesNo, _("Taking oral isotretinoin")),
    Question("prescription_retinoid", YesNo, _("Using a prescription retinoid")),
    Question("rosacea_or_eczema", YesNo, _("Rosacea or eczema")),
    Question("wears_makeup", YesNo, _("Wears make-up or water-resistant sunscreen")),
    Question("sun_exposure", SunExposure, _("Sun exposure")),
    Question("time_budget", TimeBudget, _("Time")),
    Question("experience", Experience, _("Experience")),
    Question("fragrance_free", YesNo, _("Wants fragrance-free")),
    Question("medicines", Medicine, _("Takes"), multiple=True, optional=True),
)

# One answer a person can give, as `field=value`: what makes a myth, tip, step, referral, warning or
# contraindication apply. Curators tick these in admin; the engine matches them against the answers.
AnswerFact = models.TextChoices(
    "AnswerFact",
    [(fact.replace("=", "_").upper(), (fact, label)) for question in QUESTIONS for fact, label in question.facts()],
)

# The answer facts the engine itself branches on (routines/rules.py), named once so a rule never
# spells a fact as a string (issue #18): a renamed answer fails here, at import.
ACNE = AnswerFact.ACNE_PRONE_YES
SENSITIVE = AnswerFact.SENSITIVE_YES
ROSACEA_OR_ECZEMA = AnswerFact.ROSACEA_OR_ECZEMA_YES
FRAGRANCE_FREE = AnswerFact.FRAGRANCE_FREE_YES
PRESCRIPTION_RETINOID = AnswerFact.PRESCRIPTION_RETINOID_YES
PREGNANT = AnswerFact.PREGNANCY_YES
TRYING_TO_CONCEIVE = AnswerFact.PREGNANCY_TRYING
BREASTFEEDING = AnswerFact.PREGNANCY_BREASTFEEDING
AGE_UNDER_12 = AnswerFact.AGE_BAND_UNDER_12
AGE_12_17 = AnswerFact.AGE_BAND_UNDER_18
ORAL_ANTIBIOTIC = AnswerFact.MEDICINES_ORAL_ANTIBIOTIC
PHOTOSENSITISING_MEDICINE = AnswerFact.MEDICINES_PHOTOSENSITISING


# --- Catalogue -------------------------------------------------------------------------------


class StepKind(models.TextChoices):
    OIL_CLEANSE = "oil_cleanse", _("Oil cleanse")
    CLEANSE = "cleanse", _("Cleanse")
    EXFOLIATE = "exfoliate", _("Exfoliate")
    TONE = "tone", _("Tone")
    TREAT = "treat", _("Treat (essences and serums)")
    MASK = "mask", _("Mask")
    MOISTURISE = "moisturise", _("Moisturise")
    SUNSCREEN = "sunscreen", _("Sunscreen")


class IngredientClass(models.TextChoices):
    AHA = "aha", _("AHA (alpha hydroxy acid)")
    BHA = "bha", _("BHA (beta hydroxy acid)")
    PHA = "pha", _("PHA (polyhydroxy acid)")
    RETINOID = "retinoid", _("Retinoid")
    CLAY = "clay", _("Clay")
    SEBUM_REGULATOR = "sebum_regulator", _("Sebum regulator")
    HUMECTANT = "humectant", _("Humectant")
    BARRIER = "barrier", _("Barrier support")
    SOOTHING = "soothing", _("Soothing")
    ANTIOXIDANT = "antioxidant", _("Antioxidant")
    PEPTIDE = "peptide", _("Peptide")
    UV_FILTER = "uv_filter", _("UV filter")
    ASTRINGENT = "astringent", _("Astringent")
    ESSENTIAL_OIL = "essential_oil", _("Essential oil")
    EMOLLIENT = "emollient", _("Emollient")
    KITCHEN_REMEDY = "kitchen_remedy", _("Kitchen remedy")
    # Extension of the contract: scrubs and grains, so they can be named and warned against.
    PHYSICAL_EXFOLIANT = "physical_exfoliant", _("Physical exfoliant (scrub)")
    ANTIMICROBIAL = "antimicrobial", _("Antimicrobial (benzoyl peroxide)")
    FRAGRANCE = "fragrance", _("Fragrance (parfum and labelled fragrance allergens)")


EXFOLIATING_ACIDS = frozenset({IngredientClass.AHA, IngredientClass.BHA, IngredientClass.PHA})


# The contract's time budgets: most steps in one slot on any day (None: no cap).
MAX_STEPS_PER_SLOT = {TimeBudget.MINIMAL: 3, TimeBudget.STANDARD: 5, TimeBudget.FULL: None}


class Slot(models.TextChoices):
    AM = "am", _("Morning")
    PM = "pm", _("Evening")
    BOTH = "both", _("Morning and evening")


class TimeOfDay(models.TextChoices):
    AM = "am", _("Morning only")
    PM = "pm", _("Evening only")
    EITHER = "either", _("Morning or evening")


class Evidence(models.TextChoices):
    STRONG = "strong", _("Strong")
    MODERATE = "moderate", _("Moderate")
    WEAK = "weak", _("Weak")
    NONE = "none", _("None")
    AGAINST = "against", _("Evidence against")


class SourceKind(models.TextChoices):
    """What kind of source a citation is, so a reader (and a test) can weigh it."""

    GUIDELINE = "guideline", _("Clinical guideline")
    REGULATOR = "regulator", _("Regulator or official drug label")
    PAPER = "paper", _("Peer-reviewed paper")
    REVIEW = "review", _("Peer-reviewed review")
    REFERENCE = "reference", _("Clinical reference database")
    SOCIETY = "society", _("Professional society patient information")
    PATIENT_ORG = "patient_org", _("Patient organisation")
    CLINIC = "clinic", _("Clinic patient handout")
    BOOK = "book", _("Book chapter")
    ARTICLE = "article", _("Article (news, health website or consumer media)")
    MANUFACTURER = "manufacturer", _("Manufacturer information")
    SEED = "seed", _("Source article reviewed by Pore Guide (seed)")


# The kinds that count as medical authority: every warning, contraindication and conflict cites at
# least one of them. Seed articles and consumer media are cited for what they claim, never as authority.
AUTHORITATIVE_SOURCE_KINDS = frozenset(
    {SourceKind.GUIDELINE, SourceKind.REGULATOR, SourceKind.PAPER, SourceKind.REVIEW}
)


class Severity(models.TextChoices):
    AVOID = "avoid", _("Avoid (left out of the routine)")
    CAUTION = "caution", _("Caution (kept, with a warning and a lower frequency)")
    # Salicylic acid in pregnancy (§3.1): in a cleanser rinsed off, never in a leave-on product.
    RINSE_OFF_ONLY = "rinse_off_only", _("Only in a product that is rinsed off (never left on the whole face)")


class WarningCode(models.TextChoices):
    # Pregnant or trying with a prescription retinoid: stop it now and contact the prescriber (issue #19).
    STOP_PRESCRIPTION_RETINOID = "stop_prescription_retinoid", _("Pregnant or trying: stop a prescription retinoid")
    PREGNANCY = "pregnancy", _("Pregnancy or trying to conceive")
    BREASTFEEDING = "breastfeeding", _("Breastfeeding")
    UNDER_12 = "under_12", _("11 or younger")
    ORAL_ANTIBIOTIC = "oral_antibiotic", _("Oral antibiotic")
    PHOTOSENSITISING_MEDICINE = "photosensitising_medicine", _("A medicine that makes skin burn more easily")
    ISOTRETINOIN = "isotretinoin", _("Oral isotretinoin")
    PRESCRIPTION_RETINOID = "prescription_retinoid", _("Prescription retinoid")
    SENSITIVE_SKIN = "sensitive_skin", _("Sensitive skin")
    ROSACEA_ECZEMA = "rosacea_eczema", _("Rosacea or eczema")
    SUN_SENSITIVITY = "sun_sensitivity", _("Sun sensitivity")
    PATCH_TEST = "patch_test", _("Patch test")
    OVER_EXFOLIATION = "over_exfoliation", _("Over-exfoliation")
    UNDER_18 = "under_18", _("12 to 17")
    NO_SQUEEZING = "no_squeezing", _("No squeezing")
    FRAGRANCE_FREE = "fragrance_free", _("Fragrance-free")
    DRY_SKIN = "dry_skin", _("Dry skin")
    NOT_RECOMMENDED = "not_recommended", _("Never recommended")
    # Raised by the label check (labels/judge.py) about a product, not by the routine engine.
    FRAGRANCE = "fragrance", _("Fragrance or a labelled fragrance allergen")
    ESSENTIAL_OIL = "essential_oil", _("Essential oil")
    ASTRINGENT = "astringent", _("Astringent")
    KITCHEN_REMEDY = "kitchen_remedy", _("Kitchen remedy")
    CONFLICT = "conflict", _("Conflicts with an active in your routine")
    DUPLICATE_ACTIVE = "duplicate_active", _("A second active of a kind your routine has")


class ConflictRule(models.TextChoices):
    NOT_SAME_EVENING = "not_same_evening", _("Never on the same evening")
    NOT_SAME_SLOT = "not_same_slot", _("Never in the same morning or evening routine")


class ReferralCode(models.TextChoices):
    SEE_DERMATOLOGIST = "see_dermatologist", _("See a dermatologist")
    SEE_PRESCRIBER = "see_prescriber", _("Talk to your prescriber")


# The week's evenings as the routine JSON keys them (`routines.routine.DAYS`), with the names people read.
DAY_NAMES = {
    "mon": _("Monday"),
    "tue": _("Tuesday"),
    "wed": _("Wednesday"),
    "thu": _("Thursday"),
    "fri": _("Friday"),
    "sat": _("Saturday"),
    "sun": _("Sunday"),
}
