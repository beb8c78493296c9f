"""Public, read-only pages from the catalogue: the ingredient glossary and the myths."""

from __future__ import annotations

from itertools import groupby

from django.db.models import Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_safe

from .models import Conflict, Contraindication, Ingredient, Myth, SlugRedirect, Source, WarningMessage
from .vocab import IngredientClass, SkinType, WarningCode

SOURCES = Prefetch("sources", queryset=Source.objects.order_by("title"))


@require_safe
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


def how_often(ingredient: Ingredient) -> str:
    start, most = ingredient.beginner_per_week, ingredient.experienced_per_week
    if start >= 7:
        return _("Every day")
    if most > start:
        return ngettext(
            "Up to %(start)d evening a week at first, up to %(most)d once your skin is used to it",
            "Up to %(start)d evenings a week at first, up to %(most)d once your skin is used to it",
            start,
        ) % {"start": start, "most": most}
    return ngettext("Up to %(start)d evening a week at first", "Up to %(start)d evenings a week at first", start) % {
        "start": start
    }


def other_class(conflict: Conflict, ingredient_class: str) -> str:
    return conflict.class_b if conflict.class_a == ingredient_class else conflict.class_a


@require_safe
def ingredient_detail(request: HttpRequest, slug: str) -> HttpResponse:
    ingredient = Ingredient.objects.prefetch_related(SOURCES).filter(slug=slug).first()
    if ingredient is None:
        # A slug a curator has since changed: its old address moves for good to the new one.
        new_slug = (
            SlugRedirect.objects.filter(kind=SlugRedirect.Kind.INGREDIENT, old_slug=slug)
            .values_list("new_slug", flat=True)
            .first()
        )
        if new_slug is None:
            raise Http404("No such ingredient.")
        return HttpResponsePermanentRedirect(reverse("ingredients:ingredient", args=[new_slug]))
    cls = ingredient.ingredient_class
    avoid = (
        Contraindication.objects.filter(Q(ingredient=ingredient) | Q(ingredient__isnull=True, ingredient_class=cls))
        .prefetch_related(SOURCES)
        .order_by("severity", "condition")
    )
    conflicts = Conflict.objects.filter(Q(class_a=cls) | Q(class_b=cls)).prefetch_related(SOURCES)
    # General cautions come from the catalogue's own warnings, with their sources. (Fragrance shows as
    # the fragrance-free contraindication on the class, with its own text and sources.)
    notes = {
        warning.code: warning
        for warning in WarningMessage.objects.filter(
            code__in=[WarningCode.SUN_SENSITIVITY, WarningCode.PATCH_TEST]
        ).prefetch_related(SOURCES)
    }
    labels = dict(IngredientClass.choices)
    context = {
        "ingredient": ingredient,
        "class_label": labels.get(cls, cls),
        "synonyms": [line.strip() for line in ingredient.synonyms.splitlines() if line.strip()],
        "skin_types": [SkinType(value).label for value in ingredient.skin_types],
        "how_often": how_often(ingredient),
        "contraindications": avoid,
        "conflicts": sorted(
            ({"other": labels.get(other_class(c, cls), other_class(c, cls)), "conflict": c} for c in conflicts),
            key=lambda item: item["other"],
        ),
        "sun_note": notes.get(WarningCode.SUN_SENSITIVITY) if ingredient.photosensitising else None,
        "patch_test_note": notes.get(WarningCode.PATCH_TEST),
    }
    return render(request, "ingredients/ingredient_detail.html", context)


@require_safe
def myths(request: HttpRequest) -> HttpResponse:
    myths = list(Myth.objects.prefetch_related(SOURCES))
    # Links to a myth's former slug (/myths/#old) still land on it: each myth carries its old anchors.
    old_slugs: dict[str, list[str]] = {}
    for old, new in SlugRedirect.objects.filter(kind=SlugRedirect.Kind.MYTH).values_list("old_slug", "new_slug"):
        old_slugs.setdefault(new, []).append(old)
    for myth in myths:
        myth.old_slugs = old_slugs.get(myth.slug, [])
    return render(request, "ingredients/myths.html", {"myths": myths})
