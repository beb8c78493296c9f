"""Django admin for curators: every catalogue model, searchable, filterable, with sources required.

Every catalogue admin keeps field-level history (django-simple-history: *History* on a row's page,
with who, when, old → new, and *Revert* to an earlier version), explains each field in its help text,
and lists a form's errors at the top. Ingredients, contraindications and conflicts can be previewed
on sample routines before saving (routines/preview.py); saving an ingredient that can reach no
routine says what is missing (routines/reach.py). Both are the engine's, asked through
`curator_tools` (the engine registers them), so the catalogue does not import the layer above it.
"""

from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline
from simple_history.admin import SimpleHistoryAdmin

from . import curator_tools, history
from .models import (
    CatalogueVersion,
    Conflict,
    Contraindication,
    FirstLine,
    Ingredient,
    LifestyleTip,
    Myth,
    Notice,
    PauseGuidance,
    ProductType,
    ProfessionalTreatment,
    RampUpStage,
    Referral,
    RoutineStep,
    SlugRedirect,
    Source,
    WarningMessage,
)
from .registry import DEFAULT_LANGUAGE, OTHER_LANGUAGES
from .vocab import SourceKind, StepKind

RELEVANCE_FIELDSET = (
    "When it applies",
    {
        "fields": ("always", "relevant_when", "requires_all", "also_when_all"),
        "description": "It applies when “always” is ticked or the person gave any answer ticked under "
        "“relevant when”, and also every answer ticked under “requires all”; or, whatever those say, when "
        "the person gave every answer ticked under “also when all”.",
    },
)

SOURCES_HELP = (
    "Type part of a source's title to find it. Missing? Add it under Sources first, then come back. "
    "Every claim the app shows needs at least one."
)
SLUG_HELP = "Stable identifier used in links and the JSON API: lowercase letters, digits, hyphens."
PUBLIC_SLUG_HELP = (
    "Part of its public address ({address}). You may change it: the old address keeps working "
    "(it redirects to the new one), but links shared elsewhere will show the new one from then on."
)
EMPTY_TRANSLATION_HELP = (
    "Left empty, people reading this language see the English text (manage.py missing_translations lists it)."
)
RELEVANCE_HELP = {
    "always": "Applies to everyone, whatever they answered.",
    "relevant_when": "Applies when the person gave any of these answers (ignored when “always” is ticked).",
    "requires_all": "And only when the person gave every one of these answers (none ticked: no extra condition).",
}


class SourcedForm(forms.ModelForm):
    """Every claim a person can read must cite at least one source."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sources = self.fields["sources"]
        sources.required = True
        sources.error_messages["required"] = "Cite at least one source: every claim the app shows needs one."


class CatalogueAdmin(SimpleHistoryAdmin, TranslationAdmin):
    """History on every row, help for every field, and a form's errors listed at its top.

    Texts people read come in each language, side by side (“Name [en]”, “Name [nl]”; modeltranslation's
    TranslationAdmin, without its tabs, which load jQuery UI from a CDN the site's CSP doesn't allow).
    """

    change_form_template = "admin/ingredients/catalogue_change_form.html"
    help_texts: dict[str, str] = {}
    widgets: dict[str, forms.Widget] = {}

    class Media:
        css = {"all": ["admin/catalogue.css"]}

    def get_form(self, request, obj=None, change=False, **kwargs):
        # A widget given for a translated field (`myth`) serves each language's field (`myth_en`, `myth_nl`).
        languages = (DEFAULT_LANGUAGE, *OTHER_LANGUAGES)
        widgets = {f"{name}_{lang}": widget for name, widget in self.widgets.items() for lang in languages}
        kwargs.setdefault("widgets", {}).update({**widgets, **self.widgets})
        form = super().get_form(request, obj, change=change, **kwargs)
        helps = {"slug": SLUG_HELP, "sources": SOURCES_HELP, **RELEVANCE_HELP, **self.help_texts}
        for name, text in helps.items():
            if name in form.base_fields and (name in self.help_texts or not form.base_fields[name].help_text):
                form.base_fields[name].help_text = text
        _help_per_language(form, self.help_texts)
        links = getattr(request, "_links_in_version", None)
        if links:
            return type(form.__name__, (form,), {"__init__": _with_initial(form.__init__, links)})
        return form

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # Reverting shows (and saves) the version's many-to-many links too, such as its sources, not
        # today's: simple-history's form reads those from the live row.
        record = self.model.history.filter(history_id=version_id).first()
        if record is not None and request.method == "GET":
            request._links_in_version = history.links_in_version(record)
        return super().history_form_view(request, object_id, version_id, extra_context)


def _help_per_language(form, help_texts: dict[str, str]) -> None:
    """A translated field's help in each language's field; a Dutch one says what an empty one does."""
    for name, field in form.base_fields.items():
        base, _, language = name.rpartition("_")
        if language == DEFAULT_LANGUAGE and base in help_texts:
            field.help_text = help_texts[base]
        elif language in OTHER_LANGUAGES and f"{base}_{DEFAULT_LANGUAGE}" in form.base_fields:
            english = help_texts.get(base) or form.base_fields[f"{base}_{DEFAULT_LANGUAGE}"].help_text
            field.help_text = f"{english} {EMPTY_TRANSLATION_HELP}".strip()


def _with_initial(init, initial):
    def __init__(self, *args, **kwargs):
        kwargs["initial"] = {**initial, **(kwargs.get("initial") or {})}
        init(self, *args, **kwargs)

    return __init__


class SourcedAdmin(CatalogueAdmin):
    form = SourcedForm
    autocomplete_fields = ["sources"]

    @admin.display(description="sources")
    def source_count(self, obj):
        return obj.sources.count()

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("sources")


class PreviewAdmin(SourcedAdmin):
    """Adds “Preview the effect on sample routines” to the change form: the form as filled in is
    checked and, instead of being saved, compared on sample profiles' routines (routines/preview.py)."""

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["preview_enabled"] = True
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and "_preview" in request.POST:
            obj = self.get_object(request, object_id) if object_id else None
            allowed = self.has_change_permission(request, obj) if obj else self.has_add_permission(request)
            if not allowed:
                raise PermissionDenied
            form = self.get_form(request, obj, change=obj is not None)(request.POST, request.FILES, instance=obj)
            if form.is_valid():
                return self.preview_response(request, form.save(commit=False), obj)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def preview_response(self, request, edited, original):
        found = curator_tools.preview_change(edited)
        results = found.results
        opts = self.model._meta
        context = {
            **self.admin_site.each_context(request),
            "title": f"Preview: {edited}",
            "opts": opts,
            "original": original,
            "changed": [r for r in results if r.changed],
            "unchanged": [r for r in results if not r.changed],
            "profile_count": len(results),
            # A new or edited ingredient that no routine can reach changes no sample: say why.
            "problems": found.problems,
        }
        return TemplateResponse(request, "admin/ingredients/preview.html", context)


def seed_files() -> list[str]:
    """The source articles a seed citation may point to: the files in docs/seeds/ (`SEED_DIR` in tests)."""
    folder = Path(getattr(settings, "SEED_DIR", Path(settings.BASE_DIR) / "docs" / "seeds"))
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
class SourceAdmin(SimpleHistoryAdmin):
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


CONTRAINDICATION_HELP = {
    "condition": "The questionnaire answer that makes this rule apply, e.g. “Pregnant or breastfeeding”.",
    "severity": "Avoid: left out of the routine. Caution: kept, with the warning and at most the evenings below.",
    "max_per_week": "Cautions only: the most evenings a week it may be used then (empty: no limit).",
    "warning": "The warning box the person sees when this rule applies, e.g. “Pregnancy…” for "
    "pregnancy=yes. Its text explains the rule in general; the text below explains this case. Type part "
    "of its title to find it.",
    "text": "Why it is left out or limited, shown to the person beside the ingredient.",
    "ingredient": "One ingredient, or leave empty and pick a whole class below (not both).",
    "ingredient_class": "Every ingredient of this class, or leave empty and pick one ingredient above.",
}


class ContraindicationInlineForm(SourcedForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, text in CONTRAINDICATION_HELP.items():
            if name in self.fields:
                self.fields[name].help_text = text


class ContraindicationInline(TranslationStackedInline):
    # Stacked, not tabular: a row of six wide fields overflowed a 1280 px window.
    model = Contraindication
    form = ContraindicationInlineForm
    fk_name = "ingredient"
    extra = 0
    fields = [("condition", "severity", "max_per_week"), "warning", "text", "sources"]
    autocomplete_fields = ["warning", "sources"]
    verbose_name_plural = "Contraindications for this ingredient (class-wide ones are under Contraindications)"

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "text":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "cols": 60})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


INGREDIENT_HELP = {
    "name": "As people know it, e.g. “Salicylic acid”: shown in routines and the glossary.",
    "slug": PUBLIC_SLUG_HELP.format(address="/ingredients/<slug>/"),
    "inci_name": "The name on ingredient lists (INCI), e.g. “Salicylic Acid”. Leave empty if it has none.",
    "ingredient_class": "Decides which rules apply to it: conflicts, class-wide contraindications, one active "
    "per group. If no class fits a new kind of ingredient, pick the closest one and ask a developer for a "
    "new class: classes are code the routine engine branches on (ingredients/vocab.py), not data.",
    "pore_action": "Shown on the ingredient's page: what it does for pores, in plain words, without promising "
    "smaller pores.",
    "skin_types": "Skin types it is offered to. None ticked: it is offered to no one as a treatment.",
    "chosen_when": "Answers that bring it into a routine as a treatment; more matching answers rank it higher. "
    "It also needs a product type of kind Exfoliate, Treat or Mask that carries it (saving tells you if none "
    "does). None ticked: never chosen as a treatment, only listed inside product types that carry it.",
    "otc_strength": "The usual strength sold without prescription, e.g. “0.5–2%”. Shown on its page.",
    "time_of_day": "When it may be used: evening only for retinoids and leave-on acids, morning only for UV "
    "filters. Anything used fewer than 7 evenings a week goes in the evening.",
    "experienced_per_week": "The most evenings a week once skin is used to it; at least the beginner's number.",
    "photosensitising": "Adds the sun-sensitivity warning to every routine that contains it.",
    "fragrance_or_essential_oil": "Left out of routines for people who want fragrance-free products.",
    "evidence": "How well studies support what it does for pores; shown on its page.",
}


@admin.register(Ingredient)
class IngredientAdmin(PreviewAdmin):
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
    help_texts = INGREDIENT_HELP
    fieldsets = [
        ("Identity", {"fields": ("name", "slug", "inci_name", "synonyms", "ingredient_class")}),
        ("For pores", {"fields": ("pore_action", "why", "skin_types", "chosen_when", "not_offered_when")}),
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

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        self.tell_whether_it_reaches_routines(request, form.instance)

    def tell_whether_it_reaches_routines(self, request, ingredient):
        """After saving: a recommendable ingredient that can reach no routine says what is missing."""
        for problem in curator_tools.reach_problems(ingredient):
            if problem.fix == "product_type":
                url = reverse("admin:ingredients_producttype_add") + f"?key_ingredients={ingredient.pk}&step_kind=treat"
                message = format_html(
                    '{} is in no routine yet. {} <a href="{}">Add a product type carrying it</a>.',
                    ingredient.name,
                    problem.text,
                    url,
                )
            else:
                message = format_html("{} is in no routine yet. {}", ingredient.name, problem.text)
            self.message_user(request, message, messages.WARNING)


@admin.register(ProductType)
class ProductTypeAdmin(CatalogueAdmin):
    list_display = ["name", "step_kind", "texture_rank"]
    list_filter = ["step_kind"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ["key_ingredients"]
    help_texts = {
        "name": "What people would buy, e.g. “BHA toner” or “Niacinamide serum”: shown as the routine step.",
        "step_kind": "Where it goes in a routine. Cleanse, tone, moisturise, sunscreen and oil cleanse are base "
        "steps every routine has; a treatment ingredient is only placed through a product type of kind "
        f"{', '.join(str(k.label) for k in (StepKind.EXFOLIATE, StepKind.TREAT, StepKind.MASK))}.",
        "description": "How to recognise it on a shelf; shown with the step.",
        "texture_rank": "Only orders several products in the same step: 1 is the thinnest (a watery toner), "
        "10 the thickest (a balm); they are layered thinnest first. When unsure: toner 1, essence 2, serum 3, "
        "gel 4, lotion 5, cream 7.",
        "key_ingredients": "The ingredients it is chosen for and lists in the step. A treatment ingredient reaches "
        "routines only through a product type that carries it. Type part of a name to find one.",
        "skin_types": "Skin types it suits. None ticked: it suits every skin type.",
        "offered_when": "Only for people who gave one of these answers, and then preferred to a product type "
        "without this condition (a water-resistant sunscreen for high sun or make-up). None ticked: for everyone.",
    }


@admin.register(RoutineStep)
class RoutineStepAdmin(CatalogueAdmin):
    list_display = ["title", "step_kind", "slot", "order", "priority"]
    list_filter = ["slot", "step_kind"]
    search_fields = ["title", "slug", "how"]
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ["sources"]
    help_texts = {
        "title": "The step's heading in a routine, e.g. “Cleanse”.",
        "step_kind": "Products of this kind go in this step; a kind with no step in a slot never appears there.",
        "slot": "Morning, evening, or both.",
    }


class WarningContraindicationInline(ContraindicationInline):
    fk_name = "warning"
    fields = [("condition", "severity", "max_per_week"), ("ingredient", "ingredient_class"), "text", "sources"]
    autocomplete_fields = ["ingredient", "sources"]
    verbose_name_plural = "Contraindications that raise this warning"


@admin.register(WarningMessage)
class WarningMessageAdmin(SourcedAdmin):
    list_display = ["title", "code", "always", "source_count"]
    search_fields = ["title", "code", "text"]
    prepopulated_fields = {"slug": ("code",)}
    inlines = [WarningContraindicationInline]
    help_texts = {
        "code": "Which warning this is; the engine raises warnings by code (one row per code).",
        "title": "The warning's heading in a routine.",
        "text": "What the person reads: what to avoid or watch for, and why.",
    }
    fieldsets = [
        (None, {"fields": ("code", "slug", "title", "text", "sources")}),
        RELEVANCE_FIELDSET,
    ]


@admin.register(Contraindication)
class ContraindicationAdmin(PreviewAdmin):
    list_display = ["__str__", "condition", "severity", "max_per_week", "warning", "source_count"]
    list_filter = ["condition", "severity", "ingredient_class", "warning"]
    search_fields = ["text", "ingredient__name", "ingredient__slug"]
    list_select_related = ["ingredient", "warning"]
    autocomplete_fields = ["ingredient", "warning", "sources"]
    help_texts = CONTRAINDICATION_HELP
    fieldsets = [
        ("When", {"fields": ("condition",)}),
        ("What it applies to", {"fields": ("ingredient", "ingredient_class")}),
        ("What happens", {"fields": ("severity", "max_per_week", "warning", "text", "sources")}),
    ]


@admin.register(FirstLine)
class FirstLineAdmin(SourcedAdmin):
    list_display = ["__str__", "treats", "order", "pick", "evidence", "source_count"]
    list_filter = ["treats", "evidence"]
    search_fields = ["slug", "text", "ingredient__name", "ingredient__slug"]
    list_select_related = ["ingredient"]
    autocomplete_fields = ["ingredient", "sources"]
    help_texts = {
        "treats": "The answer (usually a concern) it is a first-line choice for.",
        "ingredient": "The ingredient a routine takes for this answer, if the person may have it.",
        "order": "Answers are served in the order of their smallest number; within an answer, smallest first. "
        "Routines take the fewest actives that treat what the person asked about: at most 2 for beginners, "
        "sensitive skin, rosacea or eczema and ages 12 to 17, 3 for experienced adults, none under 12.",
        "pick": "How many of this answer's first-line ingredients a routine takes: acne 2 (adapalene and "
        "benzoyl peroxide), most others 1.",
    }
    fieldsets = [
        (None, {"fields": ("treats", "ingredient", "order", "pick", "slug")}),
        ("Evidence and sources", {"fields": ("evidence", "text", "sources")}),
    ]


@admin.register(Conflict)
class ConflictAdmin(PreviewAdmin):
    list_display = ["__str__", "rule", "beginners_only", "source_count"]
    list_filter = ["rule", "beginners_only", "class_a", "class_b"]
    search_fields = ["text", "class_a", "class_b"]
    help_texts = {
        "class_a": "One ingredient class of the pair.",
        "class_b": "The other class (a different one); the order doesn't matter.",
        "rule": "Not on the same evening: the weekly calendar keeps them apart. Not in the same routine: never "
        "both in one morning or one evening.",
        "text": "Why they are kept apart, shown to the person.",
    }


TEXT_AREA = forms.Textarea(attrs={"rows": 3, "cols": 80})


@admin.register(Myth)
class MythAdmin(SourcedAdmin):
    list_display = ["myth", "slug", "always", "source_count"]
    list_filter = ["always"]
    search_fields = ["slug", "myth", "reality", "explanation"]
    prepopulated_fields = {"slug": ("myth",)}
    widgets = {"myth": forms.Textarea(attrs={"rows": 2, "cols": 80}), "reality": TEXT_AREA}
    help_texts = {
        "slug": PUBLIC_SLUG_HELP.format(address="/myths/#<slug>"),
        "myth": "The belief, as people say it, e.g. “Pores open and close”. At most 300 characters.",
        "reality": "What is true instead, in one or two sentences. At most 500 characters.",
        "explanation": "The longer explanation shown under the myth, with what the sources found.",
    }
    fieldsets = [
        (None, {"fields": ("myth", "reality", "explanation", "slug", "sources")}),
        RELEVANCE_FIELDSET,
    ]


@admin.register(LifestyleTip)
class LifestyleTipAdmin(SourcedAdmin):
    list_display = ["title", "evidence", "always", "source_count"]
    list_filter = ["evidence", "always"]
    search_fields = ["slug", "title", "text"]
    prepopulated_fields = {"slug": ("title",)}
    help_texts = {
        "title": "The tip in a few words, e.g. “Protect your skin from the sun every day”.",
        "text": "The tip itself, shown in routines it applies to.",
        "evidence": "How well studies support it.",
    }
    fieldsets = [
        (None, {"fields": ("title", "text", "evidence", "slug", "sources")}),
        RELEVANCE_FIELDSET,
    ]


@admin.register(Referral)
class ReferralAdmin(SourcedAdmin):
    list_display = ["slug", "code", "always", "source_count"]
    list_filter = ["code", "always"]
    search_fields = ["slug", "text"]
    help_texts = {
        "code": "Who to see: the routine groups referrals by this.",
        "text": "What to see them about, shown in routines it applies to.",
    }
    fieldsets = [
        (None, {"fields": ("code", "text", "slug", "sources")}),
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
    help_texts = {
        "name": "As a clinic would name it, e.g. “Chemical peel”.",
        "description": "What is done, in plain words.",
        "pore_evidence": "What studies found it does for pores, and how long it lasts.",
        "typical_course": "E.g. “3–6 sessions, 2–4 weeks apart”.",
        "cautions": "Risks and who should be careful.",
        "evidence": "How well studies support it for pores.",
    }


@admin.register(RampUpStage)
class RampUpStageAdmin(CatalogueAdmin):
    list_display = ["__str__", "order", "fraction"]
    search_fields = ["slug", "weeks", "text"]
    autocomplete_fields = ["sources"]
    help_texts = {
        "order": "Position in the ramp-up plan, smallest first.",
        "text": "What to do in these weeks, shown to beginners with scheduled actives.",
    }


@admin.register(Notice)
class NoticeAdmin(CatalogueAdmin):
    list_display = ["title", "slug"]
    search_fields = ["slug", "title", "text"]
    autocomplete_fields = ["sources"]
    help_texts = {
        "slug": "The app finds a notice by its slug (“disclaimer” is shown on every routine): don't rename one.",
        "title": "The notice's heading.",
        "text": "The notice itself.",
    }


@admin.register(PauseGuidance)
class PauseGuidanceAdmin(CatalogueAdmin):
    form = SourcedForm
    list_display = ["title", "severity", "days"]
    search_fields = ["slug", "title", "text"]
    autocomplete_fields = ["sources"]
    help_texts = {
        "slug": SLUG_HELP,
        "severity": "The answer to “how bad is it?” this row is for (one row per severity).",
        "days": "How many days every active pauses: 3 for mild, 7 for moderate. Leave empty for severe: "
        "no automatic restart, the person resumes when a doctor or pharmacist says so.",
        "title": "The heading shown while the pause lasts.",
        "text": "What to do now. For severe, tell the person to stop and see a doctor or pharmacist now.",
        "sources": SOURCES_HELP,
    }


@admin.register(CatalogueVersion)
class CatalogueVersionAdmin(admin.ModelAdmin):
    """Read-only: the version is a digest the app refreshes after every change. Its page lists the
    latest versions, each with the curated changes that made it (who, when, old → new)."""

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": "Catalogue versions and what changed",
            "opts": self.model._meta,
            "versions": history.version_history(),
        }
        return TemplateResponse(request, "admin/ingredients/catalogue_versions.html", context)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(SlugRedirect)
class SlugRedirectAdmin(admin.ModelAdmin):
    """Former slugs of ingredients and myths; written automatically when a curator changes a slug."""

    list_display = ["old_slug", "new_slug", "kind", "created_at"]
    list_filter = ["kind"]
    search_fields = ["old_slug", "new_slug"]
    readonly_fields = ["kind", "old_slug", "new_slug", "created_at"]

    def has_add_permission(self, request):
        return False
