from django.contrib import admin
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from .models import LabelPattern


@admin.register(LabelPattern)
class LabelPatternAdmin(SimpleHistoryAdmin, TranslationAdmin):
    # The name and note in each language, side by side (see ingredients.admin.CatalogueAdmin).
    list_display = ["name", "ingredient_class", "ingredient", "starts_with", "ends_with", "step_kind"]
    list_filter = ["ingredient_class", "step_kind", "role"]
    list_select_related = ["ingredient"]
    search_fields = ["name", "slug", "names", "starts_with", "ends_with", "note"]
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ["ingredient", "sources"]
    fieldsets = [
        (None, {"fields": ("name", "slug")}),
        (
            "Names it matches",
            {
                "fields": ("names", "starts_with", "ends_with"),
                "description": "Exact names, one per line; or whole words a name starts or ends with (both must "
                "hold when both are given). Case, spaces and dashes don't matter. An ingredient's own INCI name and "
                "synonyms (on the ingredient) always win over a pattern.",
            },
        ),
        ("What they are", {"fields": ("ingredient", "ingredient_class", "step_kind", "role", "note", "sources")}),
    ]
