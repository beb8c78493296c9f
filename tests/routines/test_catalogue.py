"""The database bridge: a fixed number of queries, and a version that follows content changes."""

import pytest
from django.core.management import call_command

from ingredients import models as m
from ingredients.version import current_version, refresh_catalogue_version
from labels.models import LabelPattern
from routines.catalogue import catalogue_from_fixture, current_catalogue, load_catalogue

pytestmark = pytest.mark.django_db

QUERIES = 29  # one per catalogue table (label patterns, first-line choices) and many-to-many relation


@pytest.fixture
def rows(django_capture_on_commit_callbacks):
    """Makes n of each catalogue row and runs the refresh their transaction would run on commit."""

    def make(n: int) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            make_rows(n)

    return make


def make_rows(n: int) -> None:
    """n of each catalogue row, linked as in the real catalogue."""
    for k in range(n):
        source = m.Source.objects.create(slug=f"source-{k}", title=f"Source {k}", kind="article", url="")
        ingredient = m.Ingredient.objects.create(
            slug=f"ingredient-{k}",
            name=f"Ingredient {k}",
            ingredient_class="bha",
            pore_action="Clears pores.",
            why="Clears pores.",
            skin_types=["oily"],
            chosen_when=["concerns=blackheads"],
            beginner_per_week=2,
            experienced_per_week=3,
            evidence="strong",
        )
        ingredient.sources.add(source)
        product = m.ProductType.objects.create(
            slug=f"product-{k}", name=f"Product {k}", step_kind="exfoliate", texture_rank=2, skin_types=["oily"]
        )
        product.key_ingredients.add(ingredient)
        step = m.RoutineStep.objects.create(
            slug=f"step-{k}", title="Exfoliate", step_kind="exfoliate", slot="pm", order=20 + k, how="Apply."
        )
        step.sources.add(source)
        warning = m.WarningMessage.objects.create(
            slug=f"warning-{k}", code=list(m.WarningCode)[k].value, title="Careful", text="Be careful."
        )
        warning.sources.add(source)
        contraindication = m.Contraindication.objects.create(
            condition=list(m.AnswerFact)[k].value, ingredient=ingredient, severity="avoid", warning=warning, text="No."
        )
        contraindication.sources.add(source)
        conflict = m.Conflict.objects.create(
            class_a="peptide", class_b=list(m.IngredientClass)[k].value, text="Not together."
        )
        conflict.sources.add(source)
        m.Myth.objects.create(slug=f"myth-{k}", myth="Myth", reality="Reality", explanation="Why.").sources.add(source)
        m.LifestyleTip.objects.create(slug=f"tip-{k}", title="Tip", text="Do.", evidence="weak").sources.add(source)
        m.ProfessionalTreatment.objects.create(
            slug=f"treatment-{k}",
            name="Peel",
            description="A peel.",
            pore_evidence="Some.",
            cautions="Care.",
            evidence="moderate",
            not_for=["pregnancy=yes"],
        ).sources.add(source)
        m.Referral.objects.create(slug=f"referral-{k}", code="see_dermatologist", text="See one.").sources.add(source)
        m.RampUpStage.objects.create(slug=f"stage-{k}", weeks=f"{k}", order=k, text="Start.", fraction="0.5")
        m.Notice.objects.create(slug=f"notice-{k}", title="Notice", text="Text.")
        LabelPattern.objects.create(slug=f"pattern-{k}", name="Pattern", names=f"Name {k}")


@pytest.mark.parametrize("n", [1, 4])
def test_it_loads_the_catalogue_in_a_fixed_number_of_queries(django_assert_num_queries, rows, n):
    rows(n)
    with django_assert_num_queries(QUERIES):
        catalogue = load_catalogue()
    assert len(catalogue.ingredients) == n
    assert catalogue.product_types[0].key_ingredients == ("ingredient-0",)
    assert {c.warning for c in catalogue.contraindications} == {w.code for w in catalogue.warnings}


def test_it_reads_the_same_snapshot_from_the_database_and_from_a_dumped_fixture(rows, tmp_path):
    rows(2)
    path = tmp_path / "catalogue.json"
    call_command(
        "dumpdata",
        "ingredients",
        "labels.labelpattern",
        "--natural-foreign",
        "--natural-primary",
        "--indent",
        "2",
        "--output",
        str(path),
    )
    assert catalogue_from_fixture(path).version == load_catalogue().version


def test_it_keeps_the_version_when_the_same_fixture_is_loaded_again(rows, tmp_path, django_capture_on_commit_callbacks):
    rows(2)
    path = tmp_path / "catalogue.json"
    call_command(
        "dumpdata",
        "ingredients",
        "--natural-foreign",
        "--natural-primary",
        "--exclude",
        "ingredients.catalogueversion",
        "--output",
        str(path),
    )
    version = refresh_catalogue_version()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        call_command("loaddata", str(path), verbosity=0)
    assert len(callbacks) == 1  # one refresh for the whole fixture
    with django_capture_on_commit_callbacks(execute=True):
        call_command("loaddata", str(path), verbosity=0)
    assert current_version() == version


def test_it_changes_the_version_when_an_ingredient_text_is_edited(rows, django_capture_on_commit_callbacks):
    rows(1)
    before = current_version()
    ingredient = m.Ingredient.objects.get()
    ingredient.why = "Dissolves the oil inside pores."
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        ingredient.save()
    assert len(callbacks) == 1
    assert current_version() != before
    assert current_catalogue().ingredients[0].why == "Dissolves the oil inside pores."


def test_it_serves_the_cached_snapshot_with_one_query(rows, django_assert_num_queries):
    rows(1)
    first = current_catalogue()
    with django_assert_num_queries(1):
        again = current_catalogue()
    assert again is first
    assert again.version == current_version()


def test_it_ignores_saves_of_the_version_row_itself(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        m.CatalogueVersion.objects.update_or_create(id=1, defaults={"version": "x"})
    assert callbacks == []


def test_it_changes_the_version_when_a_label_pattern_changes(rows, django_capture_on_commit_callbacks):
    from labels.models import LabelPattern

    rows(1)
    before = current_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        LabelPattern.objects.create(slug="test-retinyl-esters", name="Retinyl esters", starts_with="retinyl")
    assert len(callbacks) == 1
    assert current_version() != before


def test_the_registry_lists_every_model_a_curator_edits():
    """A new catalogue model with history is listed in `ingredients.registry.CATALOGUE` (fixture sync,
    history, the version and the snapshot read that list)."""
    from django.apps import apps
    from simple_history.models import registered_models

    from ingredients.registry import catalogue_models

    tracked = set(registered_models.values()) & set(apps.get_models())  # history kept, links aside
    assert tracked - {m.CatalogueVersion} == set(catalogue_models())


def test_a_ramp_up_stage_needs_no_fraction_any_more():
    """`RampUpStage.fraction` is no longer read: a curator may leave it empty, and the catalogue loads."""
    stage = m.RampUpStage.objects.create(slug="weeks-1-2", weeks="1-2", order=1, text="Start slowly.")
    assert stage.fraction is None
    assert [s.slug for s in load_catalogue().ramp_up_stages] == ["weeks-1-2"]
