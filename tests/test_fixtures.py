"""Integrity of the curated catalogue fixture (`fixtures/catalogue.json`).

The fixture is the app's knowledge: these tests check it loads (twice), cites its sources, covers the
contract's vocabularies and every seed article, and never schedules something unsafe by construction.
"""

from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from ingredients.models import (
    Conflict,
    Contraindication,
    Ingredient,
    LifestyleTip,
    Myth,
    Notice,
    ProductType,
    ProfessionalTreatment,
    Referral,
    RoutineStep,
    Source,
    WarningMessage,
)
from ingredients.vocab import IngredientClass, Severity, SkinType, StepKind, WarningCode

FIXTURE_DIR = Path(settings.BASE_DIR) / "fixtures"
SEED_DIR = Path(settings.BASE_DIR).parent / "shared" / "seeds"
SEED_FALLBACK = [
    "000_7fa87ec72647038d.txt",
    "001_a8de02fbb46e73b1.txt",
    "002_2e094efba0fa75d3.txt",
    "003_872f964e336eb673.txt",
    "004_8590a5092c557254.txt",
]

CONTRACT_INGREDIENTS = {
    "salicylic-acid", "glycolic-acid", "lactic-acid", "gluconolactone", "retinol", "retinaldehyde",
    "adapalene", "tretinoin", "niacinamide", "kaolin", "bentonite", "hyaluronic-acid", "glycerin",
    "ceramides", "centella-asiatica", "green-tea", "aloe-vera", "panthenol", "vitamin-c", "peptides",
    "witch-hazel", "tea-tree-oil", "zinc-oxide", "titanium-dioxide", "squalane", "lemon-juice",
    "apple-cider-vinegar", "honey",
}  # fmt: skip
CONTRACT_MYTHS = {
    "permanent_shrinking", "pores_open_close", "oily_skin_skip_moisturiser", "harsh_astringents_tighten",
    "kitchen_remedies_safe", "more_exfoliation_better", "squeezing_clears_pores", "poreless_skin",
}  # fmt: skip
# ANTIMICROBIAL joins when benzoyl peroxide lands.
CONTRACT_CLASSES = {c.value for c in IngredientClass} - {
    IngredientClass.PHYSICAL_EXFOLIANT,
    IngredientClass.ANTIMICROBIAL,
}

CITED_MODELS = [
    Ingredient,
    Contraindication,
    Conflict,
    Myth,
    WarningMessage,
    LifestyleTip,
    Referral,
    ProfessionalTreatment,
]


def load():
    # The fixture lives in the project's `fixtures/` directory; load it by name as `manage.py` does.
    with override_settings(FIXTURE_DIRS=[FIXTURE_DIR]):
        call_command("loaddata", "catalogue", verbosity=0)


@pytest.fixture(scope="module")
def loaded_catalogue(django_db_setup, django_db_blocker):
    # Loaded once for the module (the load-twice test runs first, on the empty database), then removed.
    with django_db_blocker.unblock():
        load()
        yield
        for model in [Contraindication, Conflict, RoutineStep, ProductType, *CITED_MODELS, Notice]:
            model.objects.all().delete()
        Source.objects.all().delete()
        for model in apps.get_app_config("ingredients").get_models():
            model.objects.all().delete()


@pytest.fixture
def catalogue(loaded_catalogue, db):
    return None


def seed_names():
    if SEED_DIR.is_dir():
        names = sorted(p.name for p in SEED_DIR.glob("*.txt"))
        if names:
            return names
    return SEED_FALLBACK


def counts():
    return {m.__name__: m.objects.count() for m in [*CITED_MODELS, Source, ProductType, RoutineStep, Notice]}


@pytest.mark.django_db
def test_loads_into_empty_database_twice_without_duplicates():
    assert Ingredient.objects.count() == 0
    load()
    first = counts()
    assert all(first.values()), first
    load()
    assert counts() == first


@pytest.mark.parametrize("model", CITED_MODELS, ids=lambda m: m.__name__)
def test_every_claim_cites_a_source(catalogue, model):
    uncited = [str(obj) for obj in model.objects.all() if not obj.sources.exists()]
    assert model.objects.exists()
    assert uncited == []


def test_every_seed_article_is_cited_by_a_row(catalogue):
    for name in seed_names():
        source = Source.objects.filter(seed=name).first()
        assert source is not None, f"no Source for seed {name}"
        relations = ["ingredients", "warnings", "contraindications", "conflicts", "myths", "tips"]
        relations += ["treatments", "referrals", "routine_steps", "ramp_up_stages", "notices"]
        assert any(getattr(source, rel).exists() for rel in relations), f"seed {name} is cited by nothing"


def test_contract_vocabularies_are_covered(catalogue):
    slugs = set(Ingredient.objects.values_list("slug", flat=True))
    assert slugs >= CONTRACT_INGREDIENTS, CONTRACT_INGREDIENTS - slugs
    myths = set(Myth.objects.values_list("slug", flat=True))
    assert myths >= CONTRACT_MYTHS, CONTRACT_MYTHS - myths
    classes = set(Ingredient.objects.values_list("ingredient_class", flat=True))
    assert classes >= CONTRACT_CLASSES, CONTRACT_CLASSES - classes
    product_kinds = set(ProductType.objects.values_list("step_kind", flat=True))
    step_kinds = set(RoutineStep.objects.values_list("step_kind", flat=True))
    assert product_kinds == set(StepKind.values)
    assert step_kinds == set(StepKind.values)


def test_every_warning_code_has_a_message(catalogue):
    codes = set(WarningMessage.objects.values_list("code", flat=True))
    assert codes == set(WarningCode.values)
    for warning in WarningMessage.objects.all():
        assert warning.slug == warning.code.replace("_", "-")
        assert warning.title and warning.text


def test_isotretinoin_warning_says_what_to_avoid_and_when_to_call(catalogue):
    text = WarningMessage.objects.get(code=WarningCode.ISOTRETINOIN).text.lower()
    for words in ("acids", "retinoids", "scrubs", "wax", "gentle", "prescriber", "pregnant", "immediately"):
        assert words in text


@pytest.mark.parametrize("kind", [StepKind.CLEANSE, StepKind.MOISTURISE, StepKind.SUNSCREEN])
def test_base_steps_have_a_product_for_every_skin_type(catalogue, kind):
    covered = set()
    for product in ProductType.objects.filter(step_kind=kind):
        covered.update(product.skin_types)
    assert covered == set(SkinType.values)


def test_routine_step_order_follows_the_contract(catalogue):
    sequence = [StepKind.OIL_CLEANSE, StepKind.CLEANSE, StepKind.EXFOLIATE, StepKind.TONE]
    sequence += [StepKind.TREAT, StepKind.MASK, StepKind.MOISTURISE, StepKind.SUNSCREEN]
    for slot in ("am", "pm"):
        kinds = list(RoutineStep.objects.filter(slot=slot).order_by("order").values_list("step_kind", flat=True))
        assert kinds == sorted(kinds, key=sequence.index)
    sunscreen = RoutineStep.objects.get(step_kind=StepKind.SUNSCREEN, slot="am")
    assert sunscreen.priority == 100
    assert RoutineStep.objects.filter(slot="am").order_by("order").last() == sunscreen


def test_no_class_conflicts_with_itself(catalogue):
    assert not [c for c in Conflict.objects.all() if c.class_a == c.class_b]
    pairs = [frozenset((c.class_a, c.class_b)) for c in Conflict.objects.all()]
    assert len(pairs) == len(set(pairs))


def test_not_recommended_ingredients_say_why(catalogue):
    unsafe = Ingredient.objects.filter(recommendable=False)
    assert {"lemon-juice", "apple-cider-vinegar", "denatured-alcohol", "rice-powder"} <= set(
        unsafe.values_list("slug", flat=True)
    )
    for ingredient in unsafe:
        assert ingredient.not_recommended_reason.strip()
        assert ingredient.chosen_when == []
    assert Ingredient.objects.get(slug="tretinoin").prescription_only


def test_weekly_frequencies_are_consistent(catalogue):
    for ingredient in Ingredient.objects.all():
        assert 1 <= ingredient.beginner_per_week <= ingredient.experienced_per_week <= 7, ingredient.slug


def test_retinoids_are_avoided_in_pregnancy_and_on_isotretinoin(catalogue):
    for condition in ("pregnancy=yes", "pregnancy=trying", "isotretinoin=yes"):
        row = Contraindication.objects.get(condition=condition, ingredient_class=IngredientClass.RETINOID)
        assert row.severity == Severity.AVOID


def test_no_recommendable_ingredient_is_avoided_by_everyone(catalogue):
    # Sanity: each recommendable, suggestible ingredient stays usable for someone with no conditions
    # (contraindications only apply to conditions, so it must also not be avoided for every condition).
    conditions = set(Contraindication.objects.values_list("condition", flat=True))
    for ingredient in Ingredient.objects.filter(recommendable=True, prescription_only=False):
        avoided = {
            c.condition
            for c in Contraindication.objects.filter(severity=Severity.AVOID)
            if c.ingredient_id == ingredient.pk or c.ingredient_class == ingredient.ingredient_class
        }
        assert avoided != conditions, ingredient.slug


def test_chosen_ingredients_have_a_product_type(catalogue):
    carried = set(ProductType.objects.values_list("key_ingredients__slug", flat=True))
    for ingredient in Ingredient.objects.filter(recommendable=True).exclude(chosen_when=[]):
        assert ingredient.slug in carried, ingredient.slug


def test_disclaimer_and_notices_exist(catalogue):
    assert Notice.objects.get(slug="disclaimer").text
    assert Notice.objects.filter(slug__in=["results-timeline", "about-pores"]).count() == 2
