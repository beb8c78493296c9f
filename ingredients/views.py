"""Public, read-only pages from the catalogue: the ingredient glossary and the myths."""

from __future__ import annotations

from itertools import groupby

from django.db.models import Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from .models import Conflict, Contraindication, Ingredient, Myth, Source
from .vocab import IngredientClass, SkinType

SOURCES = Prefetch("sources", queryset=Source.objects.order_by("title"))


@require_GET
def glossary(request: HttpRequest) -> HttpResponse:
    """Every ingredient, grouped by class: the ones we suggest first, then the ones we warn against."""
    ingredients = Ingredient.objects.order_by("ingredient_class", "name")
    labels = dict(IngredientClass.choices)
    groups = [
        {"key": key, "label": labels.get(key, key), "ingredients": list(items)}
        for key, items in groupby(ingredients, key=lambda ingredient: ingredient.ingredient_class)
    ]
    groups.sort(key=lambda group: (all(not i.recommendable for i in group["ingredients"]), group["label"]))
    return render(request, "ingredients/glossary.html", {"groups": groups})


@require_GET
def ingredient_detail(request: HttpRequest, slug: str) -> HttpResponse:
    ingredient = get_object_or_404(Ingredient.objects.prefetch_related(SOURCES), slug=slug)
    avoid = (
        Contraindication.objects.filter(
            Q(ingredient=ingredient) | Q(ingredient__isnull=True, ingredient_class=ingredient.ingredient_class)
        )
        .select_related("warning")
        .prefetch_related(SOURCES)
        .order_by("severity", "condition")
    )
    conflicts = (
        Conflict.objects.filter(Q(class_a=ingredient.ingredient_class) | Q(class_b=ingredient.ingredient_class))
        .prefetch_related(SOURCES)
        .order_by("class_a", "class_b")
    )
    labels = dict(IngredientClass.choices)
    context = {
        "ingredient": ingredient,
        "synonyms": [line.strip() for line in ingredient.synonyms.splitlines() if line.strip()],
        "skin_types": [SkinType(value).label for value in ingredient.skin_types],
        "contraindications": avoid,
        "conflicts": [
            {
                "other": labels.get(other, other),
                "conflict": conflict,
            }
            for conflict in conflicts
            for other in [conflict.class_b if conflict.class_a == ingredient.ingredient_class else conflict.class_a]
        ],
        "class_label": labels.get(ingredient.ingredient_class, ingredient.ingredient_class),
    }
    return render(request, "ingredients/ingredient_detail.html", context)


@require_GET
def myths(request: HttpRequest) -> HttpResponse:
    return render(request, "ingredients/myths.html", {"myths": Myth.objects.prefetch_related(SOURCES)})
