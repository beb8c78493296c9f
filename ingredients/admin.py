"""Django admin for curators: every catalogue model, searchable, filterable, with sources required."""

from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import admin

from .models import (
    CatalogueVersion,
    Conflict,
    Contraindication,
    Ingredient,
    LifestyleTip,
    Myth,
    Notice,
    ProductType,
    ProfessionalTreatment,
    RampUpStage,
    Referral,
    RoutineStep,
    Source,
    WarningMessage,
)
from .vocab import SourceKind

RELEVANCE_FIELDSET = (
    "When it applies",
    {
        "fields": ("always", "relevant_when", "requires_all"),
        "description": "It applies when “always” is ticked or the person gave any answer ticked under "
        "“relevant when”, and also every answer ticked under “requires all”.",
    },
)


class SourcedForm(forms.ModelForm):
    """Every claim a person can read must cite at least one source."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sources = self.fields["sources"]
        sources.required = True
        sources.error_messages["required"] = "Cite at least one source: every claim the app shows needs one."


class SourcedAdmin(admin.ModelAdmin):
    form = SourcedForm
    autocomplete_fields = ["sources"]

    @admin.display(description="sources")
    def source_count(self, obj):
        return obj.sources.count()

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("sources")


def seed_files() -> list[str]:
    """The source articles a seed citation may point to: the files in shared/seeds/."""
    folder = Path(getattr(settings, "SEED_DIR", Path(settings.BASE_DIR).parent / "shared" / "seeds"))
    return sorted(p.name for p in folder.glob("*.txt")) if folder.is_dir() else []


class SourceForm(forms.ModelForm):
    """A citation as a reference list writes it: who, what, where, when, and the link to check it."""

    url = forms.URLField(
        label="Link",
        required=False,
        empty_value=None,
        max_length=500,
        assume_scheme="https",
        help_text=Source._meta.get_field("url").help_text,
    )

    class Meta:
        model = Source
        fields = ["authors", "title", "publisher", "year", "details", "url", "kind", "seed", "slug"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        files = seed_files()
        current = self.instance.seed if self.instance else ""
        if files:
            choices = [("", "Not a seed article")] + [(name, name) for name in files]
            if current and current not in files:
                choices.append((current, f"{current} (file not found)"))
            self.fields["seed"] = forms.ChoiceField(
                label="Seed file", choices=choices, required=False, help_text=Source._meta.get_field("seed").help_text
            )

    def clean(self):
        cleaned = super().clean()
        kind, seed = cleaned.get("kind"), cleaned.get("seed")
        if kind == SourceKind.SEED and not seed:
            self.add_error("seed", "Pick the seed file this citation is for.")
        if seed and kind and kind != SourceKind.SEED:
            self.add_error("kind", "A citation with a seed file is a seed article.")
        return cleaned


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    form = SourceForm
    list_display = ["citation", "kind", "year", "has_link"]
    list_filter = ["kind", "year"]
    search_fields = ["title", "authors", "publisher", "slug", "seed", "url"]
    prepopulated_fields = {"slug": ("title",)}
    fieldsets = [
        ("Citation", {"fields": ("authors", "title", "publisher", "year", "details", "url")}),
        ("Kind", {"fields": ("kind", "seed")}),
        ("Identifier", {"fields": ("slug",)}),
    ]

    @admin.display(description="citation", ordering="title")
    def citation(self, obj):
        return obj.citation_text()

    @admin.display(description="link", boolean=True)
    def has_link(self, obj):
        return bool(obj.url)


class ContraindicationInline(admin.TabularInline):
    model = Contraindication
    fk_name = "ingredient"
    extra = 0
    fields = ["condition", "severity", "max_per_week", "warning", "text", "sources"]
    autocomplete_fields = ["warning", "sources"]
    verbose_name_plural = "Contraindications for this ingredient (class-wide ones are under Contraindications)"


@admin.register(Ingredient)
class IngredientAdmin(SourcedAdmin):
    list_display = [
        "name",
        "ingredient_class",
        "evidence",
        "recommendable",
        "time_of_day",
        "beginner_per_week",
        "experienced_per_week",
        "photosensitising",
        "source_count",
    ]
    list_filter = [
        "ingredient_class",
        "evidence",
        "recommendable",
        "prescription_only",
        "time_of_day",
        "photosensitising",
        "fragrance_or_essential_oil",
    ]
    search_fields = ["name", "slug", "inci_name", "synonyms"]
    prepopulated_fields = {"slug": ("name",)}
    inlines = [ContraindicationInline]
    fieldsets = [
        ("Identity", {"fields": ("name", "slug", "inci_name", "synonyms", "ingredient_class")}),
        ("For pores", {"fields": ("pore_action", "why", "skin_types", "chosen_when")}),
        ("How to use", {"fields": ("otc_strength", "time_of_day", "beginner_per_week", "experienced_per_week")}),
        (
            "Safety",
            {
                "fields": (
                    "photosensitising",
                    "fragrance_or_essential_oil",
                    "recommendable",
                    "not_recommended_reason",
                    "prescription_only",
                )
            },
        ),
        ("Evidence and sources", {"fields": ("evidence", "sources")}),
    ]


@admin.register(ProductType)
class ProductTypeAdmin(admin.ModelAdmin):
    list_display = ["name", "step_kind", "texture_rank"]
    list_filter = ["step_kind"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ["key_ingredients"]


@admin.register(RoutineStep)
class RoutineStepAdmin(admin.ModelAdmin):
    list_display = ["title", "step_kind", "slot", "order", "priority"]
    list_filter = ["slot", "step_kind"]
    search_fields = ["title", "slug", "how"]
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ["sources"]


class WarningContraindicationInline(ContraindicationInline):
    fk_name = "warning"
    fields = ["condition", "ingredient", "ingredient_class", "severity", "max_per_week", "text", "sources"]
    autocomplete_fields = ["ingredient", "sources"]
    verbose_name_plural = "Contraindications that raise this warning"


@admin.register(WarningMessage)
class WarningMessageAdmin(SourcedAdmin):
    list_display = ["title", "code", "always", "source_count"]
    search_fields = ["title", "code", "text"]
    prepopulated_fields = {"slug": ("code",)}
    inlines = [WarningContraindicationInline]
    fieldsets = [
        (None, {"fields": ("code", "slug", "title", "text", "sources")}),
        RELEVANCE_FIELDSET,
    ]


@admin.register(Contraindication)
class ContraindicationAdmin(SourcedAdmin):
    list_display = ["__str__", "condition", "severity", "max_per_week", "warning", "source_count"]
    list_filter = ["condition", "severity", "ingredient_class", "warning"]
    search_fields = ["text", "ingredient__name", "ingredient__slug"]
    list_select_related = ["ingredient", "warning"]
    autocomplete_fields = ["ingredient", "warning", "sources"]


@admin.register(Conflict)
class ConflictAdmin(SourcedAdmin):
    list_display = ["__str__", "rule", "beginners_only", "source_count"]
    list_filter = ["rule", "beginners_only", "class_a", "class_b"]
    search_fields = ["text", "class_a", "class_b"]


@admin.register(Myth)
class MythAdmin(SourcedAdmin):
    list_display = ["myth", "slug", "always", "source_count"]
    list_filter = ["always"]
    search_fields = ["slug", "myth", "reality", "explanation"]
    prepopulated_fields = {"slug": ("myth",)}
    fieldsets = [
        (None, {"fields": ("slug", "myth", "reality", "explanation", "sources")}),
        RELEVANCE_FIELDSET,
    ]


@admin.register(LifestyleTip)
class LifestyleTipAdmin(SourcedAdmin):
    list_display = ["title", "evidence", "always", "source_count"]
    list_filter = ["evidence", "always"]
    search_fields = ["slug", "title", "text"]
    prepopulated_fields = {"slug": ("title",)}
    fieldsets = [
        (None, {"fields": ("slug", "title", "text", "evidence", "sources")}),
        RELEVANCE_FIELDSET,
    ]


@admin.register(Referral)
class ReferralAdmin(SourcedAdmin):
    list_display = ["slug", "code", "always", "source_count"]
    list_filter = ["code", "always"]
    search_fields = ["slug", "text"]
    fieldsets = [
        (None, {"fields": ("slug", "code", "text", "sources")}),
        RELEVANCE_FIELDSET,
    ]


@admin.register(ProfessionalTreatment)
class ProfessionalTreatmentAdmin(SourcedAdmin):
    list_display = ["name", "evidence", "typical_course", "always", "source_count"]
    list_filter = ["evidence", "always"]
    search_fields = ["name", "slug", "description", "cautions"]
    prepopulated_fields = {"slug": ("name",)}
    fieldsets = [
        (None, {"fields": ("name", "slug", "description", "pore_evidence", "typical_course", "cautions")}),
        ("Evidence and sources", {"fields": ("evidence", "sources")}),
        RELEVANCE_FIELDSET,
        ("Never for", {"fields": ("not_for",)}),
    ]


@admin.register(RampUpStage)
class RampUpStageAdmin(admin.ModelAdmin):
    list_display = ["__str__", "order", "fraction"]
    search_fields = ["slug", "weeks", "text"]
    autocomplete_fields = ["sources"]


@admin.register(Notice)
class NoticeAdmin(admin.ModelAdmin):
    list_display = ["title", "slug"]
    search_fields = ["slug", "title", "text"]
    autocomplete_fields = ["sources"]


@admin.register(CatalogueVersion)
class CatalogueVersionAdmin(admin.ModelAdmin):
    """Read-only: the version is a digest the app refreshes after every change."""

    list_display = ["version", "changed_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
