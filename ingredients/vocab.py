"""The product contract's vocabularies (../shared/spec/contract.md) as Django choices.

Code, not data: the routine engine branches on these values, so curators pick from them in admin
but cannot rename them. Models, forms and the engine all import from here.
"""

from django.db import models

# --- Questionnaire answers -------------------------------------------------------------------


class SkinType(models.TextChoices):
    OILY = "oily", "Oily"
    COMBINATION = "combination", "Combination"
    NORMAL = "normal", "Normal"
    DRY = "dry", "Dry"


class Concern(models.TextChoices):
    ENLARGED_PORES = "enlarged_pores", "Enlarged pores"
    BLACKHEADS = "blackheads", "Blackheads"
    OILINESS = "oiliness", "Oiliness and shine"
    TEXTURE = "texture", "Uneven texture"
    DULLNESS = "dullness", "Dullness"
    SUN_DAMAGE = "sun_damage", "Sun damage"
    FINE_LINES = "fine_lines", "Fine lines"
    REDNESS = "redness", "Redness"


class AgeBand(models.TextChoices):
    UNDER_18 = "under_18", "Under 18"
    AGE_18_29 = "18_29", "18 to 29"
    AGE_30_44 = "30_44", "30 to 44"
    AGE_45_59 = "45_59", "45 to 59"
    AGE_60_PLUS = "60_plus", "60 or over"


class Pregnancy(models.TextChoices):
    YES = "yes", "Yes, pregnant or breastfeeding"
    TRYING = "trying", "Trying to conceive"
    NO = "no", "No"


class SunExposure(models.TextChoices):
    LOW = "low", "Low (mostly indoors)"
    MODERATE = "moderate", "Moderate (an hour or two outdoors)"
    HIGH = "high", "High (outdoors for much of the day)"


class TimeBudget(models.TextChoices):
    MINIMAL = "minimal", "Minimal (at most 3 steps)"
    STANDARD = "standard", "Standard (at most 5 steps)"
    FULL = "full", "Full (no limit)"


class Experience(models.TextChoices):
    BEGINNER = "beginner", "Beginner"
    EXPERIENCED = "experienced", "Experienced"


YES_NO_FIELDS = (
    "sensitive",
    "acne_prone",
    "isotretinoin",
    "prescription_retinoid",
    "rosacea_or_eczema",
    "wears_makeup",
    "fragrance_free",
)


class AnswerFact(models.TextChoices):
    """One answer a person can give, as `field=value`: what makes a myth, tip, step or referral
    relevant. Curators tick these in admin; the engine matches them against the answers."""

    SKIN_OILY = "skin_type=oily", "Skin type: oily"
    SKIN_COMBINATION = "skin_type=combination", "Skin type: combination"
    SKIN_NORMAL = "skin_type=normal", "Skin type: normal"
    SKIN_DRY = "skin_type=dry", "Skin type: dry"
    SENSITIVE = "sensitive=yes", "Sensitive skin"
    ACNE_PRONE = "acne_prone=yes", "Acne-prone"
    CONCERN_ENLARGED_PORES = "concerns=enlarged_pores", "Concern: enlarged pores"
    CONCERN_BLACKHEADS = "concerns=blackheads", "Concern: blackheads"
    CONCERN_OILINESS = "concerns=oiliness", "Concern: oiliness"
    CONCERN_TEXTURE = "concerns=texture", "Concern: texture"
    CONCERN_DULLNESS = "concerns=dullness", "Concern: dullness"
    CONCERN_SUN_DAMAGE = "concerns=sun_damage", "Concern: sun damage"
    CONCERN_FINE_LINES = "concerns=fine_lines", "Concern: fine lines"
    CONCERN_REDNESS = "concerns=redness", "Concern: redness"
    AGE_UNDER_18 = "age_band=under_18", "Age: under 18"
    AGE_18_29 = "age_band=18_29", "Age: 18 to 29"
    AGE_30_44 = "age_band=30_44", "Age: 30 to 44"
    AGE_45_59 = "age_band=45_59", "Age: 45 to 59"
    AGE_60_PLUS = "age_band=60_plus", "Age: 60 or over"
    PREGNANT = "pregnancy=yes", "Pregnant or breastfeeding"
    TRYING = "pregnancy=trying", "Trying to conceive"
    ISOTRETINOIN = "isotretinoin=yes", "Taking oral isotretinoin"
    PRESCRIPTION_RETINOID = "prescription_retinoid=yes", "Using a prescription retinoid"
    ROSACEA_ECZEMA = "rosacea_or_eczema=yes", "Rosacea or eczema"
    MAKEUP = "wears_makeup=yes", "Wears make-up or water-resistant sunscreen"
    SUN_LOW = "sun_exposure=low", "Sun exposure: low"
    SUN_MODERATE = "sun_exposure=moderate", "Sun exposure: moderate"
    SUN_HIGH = "sun_exposure=high", "Sun exposure: high"
    TIME_MINIMAL = "time_budget=minimal", "Time: minimal"
    TIME_STANDARD = "time_budget=standard", "Time: standard"
    TIME_FULL = "time_budget=full", "Time: full"
    BEGINNER = "experience=beginner", "Beginner"
    EXPERIENCED = "experience=experienced", "Experienced"
    FRAGRANCE_FREE = "fragrance_free=yes", "Wants fragrance-free"


# --- Catalogue -------------------------------------------------------------------------------


class StepKind(models.TextChoices):
    OIL_CLEANSE = "oil_cleanse", "Oil cleanse"
    CLEANSE = "cleanse", "Cleanse"
    EXFOLIATE = "exfoliate", "Exfoliate"
    TONE = "tone", "Tone"
    TREAT = "treat", "Treat (essences and serums)"
    MASK = "mask", "Mask"
    MOISTURISE = "moisturise", "Moisturise"
    SUNSCREEN = "sunscreen", "Sunscreen"


class IngredientClass(models.TextChoices):
    AHA = "aha", "AHA (alpha hydroxy acid)"
    BHA = "bha", "BHA (beta hydroxy acid)"
    PHA = "pha", "PHA (polyhydroxy acid)"
    RETINOID = "retinoid", "Retinoid"
    CLAY = "clay", "Clay"
    SEBUM_REGULATOR = "sebum_regulator", "Sebum regulator"
    HUMECTANT = "humectant", "Humectant"
    BARRIER = "barrier", "Barrier support"
    SOOTHING = "soothing", "Soothing"
    ANTIOXIDANT = "antioxidant", "Antioxidant"
    PEPTIDE = "peptide", "Peptide"
    UV_FILTER = "uv_filter", "UV filter"
    ASTRINGENT = "astringent", "Astringent"
    ESSENTIAL_OIL = "essential_oil", "Essential oil"
    EMOLLIENT = "emollient", "Emollient"
    KITCHEN_REMEDY = "kitchen_remedy", "Kitchen remedy"
    # Extension of the contract: scrubs and grains, so they can be named and warned against.
    PHYSICAL_EXFOLIANT = "physical_exfoliant", "Physical exfoliant (scrub)"
    ANTIMICROBIAL = "antimicrobial", "Antimicrobial (benzoyl peroxide)"
    FRAGRANCE = "fragrance", "Fragrance (parfum and labelled fragrance allergens)"


EXFOLIATING_ACIDS = frozenset({IngredientClass.AHA, IngredientClass.BHA, IngredientClass.PHA})


# The contract's time budgets: most steps in one slot on any day (None: no cap).
MAX_STEPS_PER_SLOT = {TimeBudget.MINIMAL: 3, TimeBudget.STANDARD: 5, TimeBudget.FULL: None}


class Slot(models.TextChoices):
    AM = "am", "Morning"
    PM = "pm", "Evening"
    BOTH = "both", "Morning and evening"


class TimeOfDay(models.TextChoices):
    AM = "am", "Morning only"
    PM = "pm", "Evening only"
    EITHER = "either", "Morning or evening"


class Evidence(models.TextChoices):
    STRONG = "strong", "Strong"
    MODERATE = "moderate", "Moderate"
    WEAK = "weak", "Weak"
    NONE = "none", "None"
    AGAINST = "against", "Evidence against"


class SourceKind(models.TextChoices):
    """What kind of source a citation is, so a reader (and a test) can weigh it."""

    GUIDELINE = "guideline", "Clinical guideline"
    REGULATOR = "regulator", "Regulator or official drug label"
    PAPER = "paper", "Peer-reviewed paper"
    REVIEW = "review", "Peer-reviewed review"
    REFERENCE = "reference", "Clinical reference database"
    SOCIETY = "society", "Professional society patient information"
    PATIENT_ORG = "patient_org", "Patient organisation"
    CLINIC = "clinic", "Clinic patient handout"
    BOOK = "book", "Book chapter"
    ARTICLE = "article", "Article (news, health website or consumer media)"
    MANUFACTURER = "manufacturer", "Manufacturer information"
    SEED = "seed", "Source article reviewed by Pore Guide (seed)"


# The kinds that count as medical authority: every warning, contraindication and conflict cites at
# least one of them. Seed articles and consumer media are cited for what they claim, never as authority.
AUTHORITATIVE_SOURCE_KINDS = frozenset(
    {SourceKind.GUIDELINE, SourceKind.REGULATOR, SourceKind.PAPER, SourceKind.REVIEW}
)


class Severity(models.TextChoices):
    AVOID = "avoid", "Avoid (left out of the routine)"
    CAUTION = "caution", "Caution (kept, with a warning and a lower frequency)"


class WarningCode(models.TextChoices):
    PREGNANCY = "pregnancy", "Pregnancy, breastfeeding or trying to conceive"
    ISOTRETINOIN = "isotretinoin", "Oral isotretinoin"
    PRESCRIPTION_RETINOID = "prescription_retinoid", "Prescription retinoid"
    SENSITIVE_SKIN = "sensitive_skin", "Sensitive skin"
    ROSACEA_ECZEMA = "rosacea_eczema", "Rosacea or eczema"
    SUN_SENSITIVITY = "sun_sensitivity", "Sun sensitivity"
    PATCH_TEST = "patch_test", "Patch test"
    OVER_EXFOLIATION = "over_exfoliation", "Over-exfoliation"
    UNDER_18 = "under_18", "Under 18"
    NO_SQUEEZING = "no_squeezing", "No squeezing"
    FRAGRANCE_FREE = "fragrance_free", "Fragrance-free"
    DRY_SKIN = "dry_skin", "Dry skin"
    NOT_RECOMMENDED = "not_recommended", "Never recommended"
    # Raised by the label check (labels/judge.py) about a product, not by the routine engine.
    FRAGRANCE = "fragrance", "Fragrance or a labelled fragrance allergen"
    ESSENTIAL_OIL = "essential_oil", "Essential oil"
    ASTRINGENT = "astringent", "Astringent"
    KITCHEN_REMEDY = "kitchen_remedy", "Kitchen remedy"
    CONFLICT = "conflict", "Conflicts with an active in your routine"
    DUPLICATE_ACTIVE = "duplicate_active", "A second active of a kind your routine has"


class ConflictRule(models.TextChoices):
    NOT_SAME_EVENING = "not_same_evening", "Never on the same evening"
    NOT_SAME_SLOT = "not_same_slot", "Never in the same morning or evening routine"


class ReferralCode(models.TextChoices):
    SEE_DERMATOLOGIST = "see_dermatologist", "See a dermatologist"
    SEE_PRESCRIBER = "see_prescriber", "Talk to your prescriber"
