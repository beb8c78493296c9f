"""Curated name patterns for the label check: class-level names (retinyl esters, essential oils,
surfactants, ...) that no single catalogue ingredient's INCI name or synonyms cover.

Ingredient aliases themselves live on `ingredients.Ingredient` (`inci_name`, `synonyms`).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from ingredients.models import Ingredient, SlugManager, Source
from ingredients.vocab import IngredientClass, StepKind


class Role(models.TextChoices):
    PRESERVATIVE = "preservative", "Preservative"
    # A soap is a fatty acid and an alkali reacted together: the two high on a list make a wash; alone, a
    # fatty acid thickens a cream and an alkali adjusts the pH (labels/placement.py).
    FATTY_ACID = "fatty_acid", "Fatty acid (with an alkali: a soap)"
    ALKALI = "alkali", "Alkali (with a fatty acid: a soap; alone: adjusts the pH)"


class LabelPattern(models.Model):
    """Names printed on labels that mean a known kind of ingredient.

    A printed name matches when, after folding (case, spaces, dashes), it equals one of `names`, or
    it starts with one of `starts_with` and ends with one of `ends_with` (whichever are given; one per
    line), at a word boundary.
    No regular expressions and no fuzzy matching: a safety decision rests on an exact curated form.
    """

    slug = models.SlugField(
        unique=True, max_length=80, help_text="Stable identifier of this pattern in the catalogue fixture."
    )
    name = models.CharField(
        max_length=120, help_text="What these names are, shown to people, e.g. “Retinyl esters (retinoids)”."
    )
    names = models.TextField(blank=True, help_text="Exact names as printed on labels, one per line.")
    starts_with = models.TextField(
        blank=True,
        help_text="Whole words a name starts with, e.g. “retinyl”; one per line for several (a family of species).",
    )
    ends_with = models.TextField(
        blank=True, help_text="Whole words a name ends with, e.g. “leaf oil”; one per line for several."
    )
    ingredient = models.ForeignKey(
        Ingredient,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="label_patterns",
        help_text="The catalogue ingredient these names are (optional).",
    )
    ingredient_class = models.CharField(
        "class",
        max_length=20,
        choices=IngredientClass.choices,
        blank=True,
        help_text="The class these names belong to; the class's contraindications and conflicts then apply. "
        "Empty: a known formulation ingredient (water, thickener, preservative, ...) no rule is about.",
    )
    step_kind = models.CharField(
        "usually a product for",
        max_length=20,
        choices=StepKind.choices,
        blank=True,
        help_text="Products with these names are usually this step, e.g. surfactants: cleanse.",
    )
    role = models.CharField(
        "role in a formula",
        max_length=20,
        choices=Role.choices,
        blank=True,
        help_text="What these names do in a formula, when it tells where the list passes 1 %: preservatives "
        "are used at 1 % or less, so an acid printed after one is there to adjust the pH.",
    )
    note = models.TextField(blank=True, help_text="Why these names mean this, for curators.")
    sources = models.ManyToManyField(
        Source,
        related_name="label_patterns",
        blank=True,
        help_text="What says these names belong to this ingredient or class (e.g. the EU annex).",
    )
    # History: ingredients/translation.py (it must keep every language).

    objects = SlugManager()

    class Meta:
        ordering = ["slug"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(names="") | ~Q(starts_with="") | ~Q(ends_with=""),
                name="label_pattern_has_a_form",
            ),
        ]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def clean(self):
        if self.ingredient_id and self.ingredient_class and self.ingredient.ingredient_class != self.ingredient_class:
            raise ValidationError({"ingredient_class": "Leave empty or use the ingredient's own class."})
        if self.ingredient_class and not (self.names.strip() or self.starts_with or self.ends_with):
            raise ValidationError("Give exact names, a first word or a last word.")
