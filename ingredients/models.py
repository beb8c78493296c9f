"""The curated pore-care catalogue: what the routine engine knows, edited by curators in admin.

Every model has a slug (or code) natural key so the fixtures in `fixtures/` stay readable and load
into any database. Sources hang off every claim a person can read.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from .citations import format_citation
from .fields import ChoiceListField
from .vocab import (
    AUTHORITATIVE_SOURCE_KINDS,
    AnswerFact,
    ConflictRule,
    Evidence,
    IngredientClass,
    ReferralCode,
    Severity,
    SkinType,
    Slot,
    SourceKind,
    StepKind,
    TimeBudget,
    TimeOfDay,
    WarningCode,
)


class SlugManager(models.Manager):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class SlugModel(models.Model):
    slug = models.SlugField(unique=True, max_length=80, help_text="Stable identifier used in links and the JSON API.")

    objects = SlugManager()

    class Meta:
        abstract = True

    def natural_key(self):
        return (self.slug,)


class Relevance(models.Model):
    """When a myth, tip, referral or warning applies to a person, from their answers.

    It applies when `always` is ticked or any `relevant_when` answer was given, and, on top of
    that, every `requires_all` answer was given.
    """

    always = models.BooleanField(default=False, help_text="Applies to everyone.")
    relevant_when = ChoiceListField(
        choices_class=AnswerFact, help_text="Applies when the person gave any of these answers."
    )
    requires_all = ChoiceListField(
        choices_class=AnswerFact,
        help_text="And only when the person gave every one of these answers (empty: no extra condition).",
    )
    also_when_all = ChoiceListField(
        choices_class=AnswerFact,
        help_text="Also applies, whatever the boxes above say, when the person gave every one of these answers "
        "(e.g. 45 to 59 and sun damage); empty: no such case.",
    )

    class Meta:
        abstract = True


class SourceQuerySet(models.QuerySet):
    def authoritative(self):
        """Clinical guidelines, regulators and peer-reviewed papers: what a medical rule must cite."""
        return self.filter(kind__in=AUTHORITATIVE_SOURCE_KINDS)


class SourceManager(SlugManager.from_queryset(SourceQuerySet)):
    pass


class Source(SlugModel):
    """One citation a reader can judge: who says it, where, when, and a link to check it."""

    authors = models.CharField(
        "authors or organisation",
        max_length=300,
        help_text="As in a reference list, e.g. “Dong J, Lanoue J, Goldenberg G” or “American Academy of Dermatology”.",
    )
    title = models.CharField(max_length=300)
    publisher = models.CharField(
        "journal or publisher",
        max_length=200,
        help_text="The journal (e.g. “Cutis”), the regulator or the website that published it.",
    )
    year = models.PositiveSmallIntegerField(null=True, blank=True, help_text="Leave empty if the page has no date.")
    details = models.CharField(
        "volume, issue and pages",
        max_length=120,
        blank=True,
        help_text="For a journal article, e.g. “98(1):33-36”.",
    )
    url = models.URLField(
        "link",
        max_length=500,
        null=True,
        blank=True,
        help_text="A DOI (https://doi.org/…), PubMed or the organisation's own page. Empty only when none exists.",
    )
    kind = models.CharField(max_length=20, choices=SourceKind.choices)
    seed = models.CharField(
        "seed file",
        max_length=100,
        blank=True,
        help_text="Only for the source articles Pore Guide reviewed: their file in shared/seeds/.",
    )

    objects = SourceManager()

    history = HistoricalRecords()

    class Meta:
        ordering = ["title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(year__isnull=True) | Q(year__gte=1900, year__lte=2100), name="source_year_range"
            ),
        ]

    def __str__(self):
        return self.citation_text()

    @property
    def is_authoritative(self) -> bool:
        return self.kind in AUTHORITATIVE_SOURCE_KINDS

    def citation_text(self) -> str:
        return format_citation(
            authors=self.authors, title=self.title, publisher=self.publisher, year=self.year, details=self.details
        )


class Ingredient(SlugModel):
    name = models.CharField(max_length=120)
    inci_name = models.CharField("INCI name", max_length=200, blank=True)
    synonyms = models.TextField(blank=True, help_text="Other names found on product labels, one per line.")
    ingredient_class = models.CharField("class", max_length=20, choices=IngredientClass.choices)
    pore_action = models.TextField("what it does for pores")
    why = models.TextField(
        "why it is in a routine", help_text="One sentence shown beside the ingredient in a routine step."
    )
    skin_types = ChoiceListField(choices_class=SkinType, help_text="Skin types it suits.")
    chosen_when = ChoiceListField(
        choices_class=AnswerFact,
        help_text="The engine considers it for people who gave any of these answers; more matches rank it higher. "
        "Empty: never chosen as a treatment (it may still appear inside a product type).",
    )
    prescription_only = models.BooleanField(
        default=False, help_text="Only ever shown to people who already use it on prescription; never suggested."
    )
    otc_strength = models.CharField("typical over-the-counter strength", max_length=120, blank=True)
    time_of_day = models.CharField(max_length=10, choices=TimeOfDay.choices, default=TimeOfDay.EITHER)
    beginner_per_week = models.PositiveSmallIntegerField(
        "most evenings a week (beginner)",
        default=7,
        help_text="7 means every day; fewer puts it on the weekly calendar.",
    )
    experienced_per_week = models.PositiveSmallIntegerField("most evenings a week (experienced)", default=7)
    active = models.BooleanField(
        "an active",
        default=False,
        help_text="Tick for ingredients that do the job and can irritate (acids, retinoids, clay, benzoyl "
        "peroxide, azelaic acid): each starts on its own after a patch test, one at a time, and keeps its place "
        "before supporting serums when a time budget forces cuts.",
    )
    start_per_week = models.PositiveSmallIntegerField(
        "evenings a week to start on",
        default=1,
        help_text="For scheduled actives: the evenings a week in the first weeks of the introduction plan, "
        "after a patch test (a retinoid never starts above 2).",
    )
    step_up_weeks = models.PositiveSmallIntegerField(
        "weeks between step-ups",
        default=2,
        help_text="For scheduled actives: how many weeks at one frequency before adding an evening, "
        "until the target above is reached.",
    )
    not_offered_when = ChoiceListField(
        choices_class=AnswerFact,
        help_text="Quietly not offered to people who gave any of these answers, because they don't need it "
        "(peptides for a teenager): not flagged “avoid”. For harm, add a contraindication instead.",
    )
    photosensitising = models.BooleanField("raises sun sensitivity", default=False)
    fragrance_or_essential_oil = models.BooleanField(default=False)
    evidence = models.CharField("evidence for pores", max_length=10, choices=Evidence.choices)
    recommendable = models.BooleanField(
        default=True, help_text="Untick for things the app must never recommend, such as lemon juice."
    )
    not_recommended_reason = models.TextField(
        blank=True, help_text="Required when the ingredient is not recommendable."
    )
    sources = models.ManyToManyField(Source, related_name="ingredients")

    # History: ingredients/translation.py (it must keep every language).

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(beginner_per_week__lte=7), name="ingredient_beginner_per_week_0_7"),
            models.CheckConstraint(
                condition=Q(experienced_per_week__lte=7), name="ingredient_experienced_per_week_0_7"
            ),
            models.CheckConstraint(
                condition=Q(beginner_per_week__lte=models.F("experienced_per_week")),
                name="ingredient_beginner_not_above_experienced",
            ),
            models.CheckConstraint(
                condition=Q(recommendable=True) | ~Q(not_recommended_reason=""),
                name="ingredient_not_recommended_has_reason",
            ),
            models.CheckConstraint(
                condition=Q(start_per_week__gte=1, start_per_week__lte=7), name="ingredient_start_per_week_1_7"
            ),
            models.CheckConstraint(
                condition=Q(step_up_weeks__gte=1, step_up_weeks__lte=12), name="ingredient_step_up_weeks_1_12"
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_ingredient_class_display()})"

    def clean(self):
        # The constraint below checks the plain column, which admin's form leaves out (it edits the English
        # and Dutch ones), so Django skips it when validating: the English reason is checked here.
        if not self.recommendable and not (self.not_recommended_reason_en or "").strip():
            raise ValidationError(
                {"not_recommended_reason_en": "Say why: an ingredient that is not recommendable needs a reason."}
            )


class ProductType(SlugModel):
    name = models.CharField(max_length=120)
    step_kind = models.CharField(max_length=20, choices=StepKind.choices)
    description = models.TextField(blank=True)
    how = models.TextField(
        "how to use it",
        blank=True,
        help_text="Shown under the step in a routine: how to apply this kind of product. Empty: the step "
        "template's general text. Write it for everyone who may get it (any skin type it suits).",
    )
    sources = models.ManyToManyField(
        Source, related_name="product_types", blank=True, help_text="Sources for the “how to use it” text."
    )
    texture_rank = models.PositiveSmallIntegerField(
        help_text="1 is the thinnest (watery toner); higher is thicker. Layers go thinnest to thickest."
    )
    key_ingredients = models.ManyToManyField(Ingredient, related_name="product_types", blank=True)
    skin_types = ChoiceListField(choices_class=SkinType, help_text="Skin types it suits.")
    offered_when = ChoiceListField(
        choices_class=AnswerFact,
        help_text="Only offered to people who gave one of these answers, and then preferred to a product type "
        "without this condition (a water-resistant sunscreen for high sun or make-up). Empty: for everyone.",
    )

    # History: ingredients/translation.py (it must keep every language).

    class Meta:
        ordering = ["step_kind", "texture_rank", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(texture_rank__gte=1, texture_rank__lte=10), name="product_type_texture_1_10"
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_step_kind_display()})"


class RoutineStep(SlugModel):
    """A step template: where a kind of step goes in the morning or evening and how to do it."""

    title = models.CharField(max_length=120)
    step_kind = models.CharField(max_length=20, choices=StepKind.choices)
    slot = models.CharField(max_length=10, choices=Slot.choices)
    order = models.PositiveSmallIntegerField(help_text="Position within the slot, smallest first.")
    how = models.TextField("how to", help_text="Shown to the person under the step.")
    time_budgets = ChoiceListField(choices_class=TimeBudget, help_text="Time budgets whose routines may include it.")
    requires = ChoiceListField(
        choices_class=AnswerFact, help_text="Only include when the person gave one of these answers (empty: always)."
    )
    priority = models.PositiveSmallIntegerField(
        default=50, help_text="When a time budget forces a cut, steps with the lowest priority go first (0–100)."
    )
    sources = models.ManyToManyField(Source, related_name="routine_steps", blank=True)

    # History: ingredients/translation.py (it must keep every language).

    class Meta:
        ordering = ["slot", "order"]
        constraints = [
            models.CheckConstraint(condition=Q(priority__lte=100), name="routine_step_priority_0_100"),
        ]

    def __str__(self):
        return f"{self.title} ({self.get_slot_display()}, #{self.order})"


class WarningMessage(Relevance, SlugModel):
    """What a person reads when a warning applies; several rules can raise the same warning code."""

    code = models.CharField(max_length=30, choices=WarningCode.choices, unique=True)
    title = models.CharField(max_length=160)
    text = models.TextField()
    sources = models.ManyToManyField(Source, related_name="warnings")

    # History: ingredients/translation.py (it must keep every language).

    class Meta:
        ordering = ["code"]
        verbose_name = "warning"

    def __str__(self):
        return f"{self.title} [{self.code}]"


class Contraindication(models.Model):
    condition = models.CharField(
        "when the person answered",
        max_length=40,
        choices=AnswerFact.choices,
        help_text="The questionnaire answer that makes this rule apply, e.g. “Pregnant or breastfeeding”.",
    )
    ingredient = models.ForeignKey(
        Ingredient, null=True, blank=True, on_delete=models.CASCADE, related_name="contraindications"
    )
    ingredient_class = models.CharField("or a whole class", max_length=20, choices=IngredientClass.choices, blank=True)
    severity = models.CharField(max_length=20, choices=Severity.choices)
    max_per_week = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="For cautions: the most evenings a week it may be used in this situation."
    )
    warning = models.ForeignKey(WarningMessage, on_delete=models.PROTECT, related_name="contraindications")
    text = models.TextField(help_text="Why it is left out or limited, shown to the person.")
    sources = models.ManyToManyField(Source, related_name="contraindications")

    # History: ingredients/translation.py (it must keep every language).

    class Meta:
        ordering = ["condition", "ingredient_class", "ingredient__name"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(ingredient__isnull=False) & Q(ingredient_class=""))
                | (Q(ingredient__isnull=True) & ~Q(ingredient_class="")),
                name="contraindication_one_target",
            ),
            models.CheckConstraint(
                condition=Q(max_per_week__isnull=True) | Q(max_per_week__lte=7), name="contraindication_per_week_0_7"
            ),
            models.UniqueConstraint(
                fields=["condition", "ingredient"],
                condition=Q(ingredient__isnull=False),
                name="contraindication_unique_ingredient",
            ),
            models.UniqueConstraint(
                fields=["condition", "ingredient_class"],
                condition=~Q(ingredient_class=""),
                name="contraindication_unique_class",
            ),
        ]

    def __str__(self):
        return (
            f"{self.get_condition_display()}: {self.get_severity_display().split(' (')[0].lower()} {self.target_label}"
        )

    @property
    def target_label(self):
        return str(self.ingredient.name) if self.ingredient else f"all {self.get_ingredient_class_display()}"


class FirstLine(SlugModel):
    """A first-line choice for one answer: the ingredient a routine takes for it, by evidence (issue #19).

    The rows of one answer are read in `order`; a routine takes the first `pick` of them this person may
    have, within the active ceiling (routines/rules.py). Acne: adapalene and benzoyl peroxide (pick 2);
    blackheads: salicylic acid or a retinoid (pick 1). An answer with no rows adds no active.
    """

    treats = models.CharField(
        "for people who answered",
        max_length=40,
        choices=AnswerFact.choices,
        help_text="The answer (usually a concern) this ingredient is a first-line choice for.",
    )
    ingredient = models.ForeignKey(Ingredient, on_delete=models.CASCADE, related_name="first_line")
    order = models.PositiveSmallIntegerField(
        help_text="Answers are served in the order of their smallest number; within one answer, smallest first."
    )
    pick = models.PositiveSmallIntegerField(
        default=1,
        help_text="How many of this answer's first-line ingredients a routine takes (acne: 2, adapalene and "
        "benzoyl peroxide; most others: 1). The largest value among the answer's rows counts.",
    )
    evidence = models.CharField(
        "evidence for this use",
        max_length=10,
        choices=Evidence.choices,
        help_text="How well guidelines and trials support this ingredient for this answer.",
    )
    text = models.TextField("why it is first-line", help_text="One or two sentences, for curators and reviewers.")
    sources = models.ManyToManyField(Source, related_name="first_lines")

    # History: ingredients/translation.py (it must keep every language).

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = "first-line choice"
        constraints = [
            models.UniqueConstraint(fields=["treats", "ingredient"], name="first_line_unique_ingredient"),
            models.CheckConstraint(condition=Q(pick__gte=1, pick__lte=3), name="first_line_pick_1_3"),
        ]

    def __str__(self):
        return f"{self.get_treats_display()}: {self.ingredient.name}"


class Conflict(models.Model):
    class_a = models.CharField(max_length=20, choices=IngredientClass.choices)
    class_b = models.CharField(max_length=20, choices=IngredientClass.choices)
    rule = models.CharField(max_length=20, choices=ConflictRule.choices, default=ConflictRule.NOT_SAME_EVENING)
    beginners_only = models.BooleanField(default=False, help_text="Only applies to people new to actives.")
    text = models.TextField()
    sources = models.ManyToManyField(Source, related_name="conflicts")

    # History: ingredients/translation.py (it must keep every language).

    class Meta:
        ordering = ["class_a", "class_b"]
        constraints = [
            models.CheckConstraint(condition=~Q(class_a=models.F("class_b")), name="conflict_two_different_classes"),
            models.UniqueConstraint(fields=["class_a", "class_b"], name="conflict_unique_pair"),
        ]

    def __str__(self):
        return f"{self.get_class_a_display()} × {self.get_class_b_display()}: {self.get_rule_display().lower()}"


class Myth(Relevance, SlugModel):
    myth = models.CharField(max_length=300)
    reality = models.CharField(max_length=500)
    explanation = models.TextField()
    sources = models.ManyToManyField(Source, related_name="myths")

    # History: ingredients/translation.py (it must keep every language).

    class Meta:
        ordering = ["slug"]

    def __str__(self):
        return self.myth


class LifestyleTip(Relevance, SlugModel):
    title = models.CharField(max_length=160)
    text = models.TextField()
    evidence = models.CharField(max_length=10, choices=Evidence.choices)
    sources = models.ManyToManyField(Source, related_name="tips")

    # History: ingredients/translation.py (it must keep every language).

    class Meta:
        ordering = ["slug"]

    def __str__(self):
        return self.title


class ProfessionalTreatment(Relevance, SlugModel):
    """An option to discuss with a dermatologist, never a routine step.

    Shown when it is relevant to the person's answers (`always`, `relevant_when`, `requires_all`, as for
    warnings) and none of its `not_for` answers was given.
    """

    name = models.CharField(max_length=120)
    description = models.TextField()
    pore_evidence = models.TextField("what it does for pores")
    typical_course = models.CharField(max_length=200, blank=True)
    cautions = models.TextField()
    evidence = models.CharField(max_length=10, choices=Evidence.choices)
    not_for = ChoiceListField(
        choices_class=AnswerFact, help_text="Never suggested to people who gave any of these answers."
    )
    sources = models.ManyToManyField(Source, related_name="treatments")

    # History: ingredients/translation.py (it must keep every language).

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Referral(Relevance, SlugModel):
    """When to see a dermatologist or talk to a prescriber."""

    code = models.CharField(max_length=30, choices=ReferralCode.choices)
    text = models.TextField()
    sources = models.ManyToManyField(Source, related_name="referrals")

    # History: ingredients/translation.py (it must keep every language).

    class Meta:
        ordering = ["code", "slug"]

    def __str__(self):
        return f"{self.get_code_display()}: {self.slug}"


class RampUpStage(SlugModel):
    weeks = models.CharField(max_length=20, help_text="Which weeks, e.g. “1-2” or “9+”.")
    order = models.PositiveSmallIntegerField()
    text = models.TextField()
    fraction = models.DecimalField(
        max_digits=3,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="No longer read, and optional: the introduction plan steps up each active by its own start "
        "and step-up fields. Kept so older catalogues load.",
    )
    sources = models.ManyToManyField(Source, related_name="ramp_up_stages")

    # History: ingredients/translation.py (it must keep every language).

    class Meta:
        ordering = ["order"]
        constraints = [
            models.CheckConstraint(
                condition=Q(fraction__isnull=True) | Q(fraction__gt=0, fraction__lte=1), name="ramp_up_fraction_0_1"
            ),
        ]

    def __str__(self):
        return f"Weeks {self.weeks}"


class Notice(SlugModel):
    """Fixed texts the app shows, such as the disclaimer."""

    title = models.CharField(max_length=160)
    text = models.TextField()
    sources = models.ManyToManyField(Source, related_name="notices", blank=True)

    # History: ingredients/translation.py (it must keep every language).

    class Meta:
        ordering = ["slug"]

    def __str__(self):
        return self.title


class PauseGuidance(SlugModel):
    """What "My skin is irritated" says and does for one severity: how long every active pauses, and
    the text shown with tonight's minimal routine (routines/following.py applies it)."""

    class Severity(models.TextChoices):
        MILD = "mild", "Mild (stinging, tightness)"
        MODERATE = "moderate", "Moderate (redness, flaking, burning that lasts)"
        SEVERE = "severe", "Severe (swelling, blisters, a spreading rash, or near the eyes)"

    severity = models.CharField(max_length=10, choices=Severity.choices, unique=True)
    days = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="How many days every active pauses. Empty: no automatic restart (the person resumes).",
    )
    title = models.CharField(max_length=160)
    text = models.TextField(help_text="Shown while the pause lasts, and kept with the pause.")
    sources = models.ManyToManyField(Source, related_name="pause_guidance", blank=True)

    # History: ingredients/translation.py (it must keep every language).

    class Meta:
        ordering = ["days", "slug"]
        verbose_name_plural = "pause guidance"
        constraints = [
            models.CheckConstraint(
                condition=Q(days__isnull=True) | Q(days__gte=1, days__lte=28), name="pause_guidance_days_range"
            ),
        ]

    def __str__(self):
        return self.title


class CatalogueVersion(models.Model):
    """One row: a digest of the catalogue's content, refreshed after every change.

    A saved routine keeps the version it was built from, so its page can tell when guidance changed.
    """

    version = models.CharField(max_length=64)
    changed_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        constraints = [models.CheckConstraint(condition=Q(id=1), name="catalogue_version_singleton")]

    def __str__(self):
        return f"Catalogue version {self.version}"


class SlugRedirect(models.Model):
    """An ingredient's or myth's former slug, so links to its old public address keep working.

    Written when a curator changes the slug (`ingredients/signals.py`); the ingredient page answers an
    old slug with a permanent redirect, and the myths page keeps an anchor for each old myth slug.
    """

    class Kind(models.TextChoices):
        INGREDIENT = "ingredient", "Ingredient"
        MYTH = "myth", "Myth"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    old_slug = models.SlugField(max_length=80)
    new_slug = models.SlugField(max_length=80)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "old_slug"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "old_slug"], name="slug_redirect_unique_old_slug"),
            models.CheckConstraint(condition=~Q(old_slug=models.F("new_slug")), name="slug_redirect_changes_slug"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.old_slug} → {self.new_slug}"

    @classmethod
    def record(cls, kind: str, old_slug: str, new_slug: str) -> None:
        """Point `old_slug` (and every older slug that pointed to it) at `new_slug`."""
        # The new slug is a live address again, not a redirect.
        cls.objects.filter(kind=kind, old_slug=new_slug).delete()
        cls.objects.filter(kind=kind, new_slug=old_slug).update(new_slug=new_slug)
        cls.objects.update_or_create(kind=kind, old_slug=old_slug, defaults={"new_slug": new_slug})
