"""A curator grows the catalogue from admin alone: history and undo, a new ingredient reaching routines,
a preview on sample routines, old public links kept, and forms that explain themselves."""

from __future__ import annotations

import re

import pytest

from ingredients import history
from ingredients import models as m
from ingredients.registry import catalogue_models
from ingredients.version import refresh_catalogue_version
from routines.builder import build_routine
from routines.catalogue import load_catalogue
from routines.samples import SAMPLE_PROFILES
from tests.admin_helpers import admin_url, form_data, make_curator
from tests.factories import catalogue_once

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


@pytest.fixture
def curator(client):
    user = make_curator()
    client.force_login(user)
    return user


def edit(client, obj, **changes):
    """Open the object's admin page, change the given fields as a curator would, and save."""
    page = client.get(admin_url(type(obj), "change", obj.pk))
    return client.post(admin_url(type(obj), "change", obj.pk), form_data(page, **changes), follow=True)


def names_in_routine(answers) -> set[str]:
    routine = build_routine(answers=answers, catalogue=load_catalogue()).to_dict()
    return {i["name"] for slot in ("am", "pm") for step in routine[slot] for i in step["ingredients"]}


ROSACEA = dict(SAMPLE_PROFILES)["Rosacea, redness, wants fragrance-free"]


# --- History and undo ----------------------------------------------------------------------------


def test_history_shows_who_changed_which_field_from_what_to_what(client, curator):
    myth = m.Myth.objects.get(slug="pores_open_close")
    old = myth.reality
    edit(client, myth)  # a first save records the myth as it was loaded
    edit(client, myth, reality_en="Pores have no muscles.")

    page = client.get(admin_url(m.Myth, "history", myth.pk)).content.decode()
    assert "curator" in page
    assert "Reality [en]:" in page
    assert old[:20] in page and "Pores have no muscles." in page


def test_a_curator_restores_an_earlier_version_of_a_row(client, curator):
    myth = m.Myth.objects.get(slug="pores_open_close")
    original = myth.reality
    edit(client, myth)
    edit(client, myth, reality_en="A mistaken edit.")
    assert m.Myth.objects.get(pk=myth.pk).reality == "A mistaken edit."

    earlier = myth.history.order_by("history_date").first()
    revert_url = admin_url(m.Myth, "simple_history", myth.pk, earlier.history_id)
    page = client.get(revert_url)
    assert page.status_code == 200
    response = client.post(revert_url, form_data(page))
    assert response.status_code == 302
    assert m.Myth.objects.get(pk=myth.pk).reality == original
    latest = myth.history.first()
    assert latest.history_user.username == "curator"
    assert [c.field for c in latest.diff_against(latest.prev_record).changes] == ["reality_en"]


def test_restoring_a_version_restores_its_sources_too(client, curator):
    ingredient = m.Ingredient.objects.get(slug="salicylic-acid")
    sources = sorted(ingredient.sources.values_list("pk", flat=True))
    edit(client, ingredient)
    edit(client, ingredient, sources=[str(sources[0])])
    assert list(ingredient.sources.values_list("pk", flat=True)) == [sources[0]]

    earlier = ingredient.history.order_by("history_date").first()
    revert_url = admin_url(m.Ingredient, "simple_history", ingredient.pk, earlier.history_id)
    page = client.get(revert_url)
    assert client.post(revert_url, form_data(page)).status_code == 302
    assert sorted(ingredient.sources.values_list("pk", flat=True)) == sources


def test_every_catalogue_row_has_a_history_page_for_a_curator(client, curator):
    for model in catalogue_models():
        row = model.objects.first()
        assert client.get(admin_url(model, "history", row.pk)).status_code == 200, model


def test_changes_between_two_catalogue_versions_name_the_curated_changes(client, curator):
    old = refresh_catalogue_version()
    ingredient = m.Ingredient.objects.get(slug="salicylic-acid")
    edit(client, ingredient, why_en="Clears blackheads from inside the pore.")
    new = refresh_catalogue_version()
    assert new != old

    changes = history.changes_between(old, new)
    assert [(c.who, c.model, c.object, c.action) for c in changes] == [
        ("curator", "ingredient", str(ingredient), "changed")
    ]
    (field,) = changes[0].fields
    assert field.new == "Clears blackheads from inside the pore." and field.old == ingredient.why
    assert history.changes_between(new, new) == []
    assert history.changes_between(old, "unknown") == []


def test_the_catalogue_versions_page_lists_versions_with_their_changes(client, curator):
    refresh_catalogue_version()
    edit(client, m.Myth.objects.get(slug="pores_open_close"), reality_en="Version page reality.")
    refresh_catalogue_version()
    page = client.get(admin_url(m.CatalogueVersion, "changelist")).content.decode()
    assert "Version page reality." in page and "curator" in page


# --- A new ingredient reaches routines -----------------------------------------------------------


def new_ingredient_form(client, **overrides) -> dict:
    page = client.get(admin_url(m.Ingredient, "add"))
    source = m.Source.objects.get(slug="dong2016")
    data = form_data(
        page,
        name_en="Licorice root extract",
        slug="licorice-root",
        ingredient_class="antioxidant",
        pore_action_en="Calms redness and clears pores.",
        why_en="Calms redness.",
        skin_types=["oily", "combination", "normal", "dry"],
        chosen_when=[
            "rosacea_or_eczema=yes",
            "concerns=redness",
            "fragrance_free=yes",
            "skin_type=combination",
            "age_band=18_29",
        ],
        time_of_day="either",
        beginner_per_week="7",
        experienced_per_week="7",
        evidence="moderate",
        recommendable="on",
        sources=[str(source.pk)],
    )
    data.update(overrides)
    return data


def test_a_new_ingredient_without_a_product_type_says_so_and_reaches_routines_once_one_carries_it(client, curator):
    response = client.post(admin_url(m.Ingredient, "add"), new_ingredient_form(client), follow=True)
    page = response.content.decode()
    ingredient = m.Ingredient.objects.get(slug="licorice-root")
    assert "Licorice root extract is in no routine yet." in page
    assert "No product type carries this ingredient as a treatment yet" in page
    link = re.search(r'href="([^"]*producttype/add/[^"]*)">Add a product type carrying it', page).group(1)
    assert "Licorice root extract" not in names_in_routine(ROSACEA)

    form_page = client.get(link.replace("&amp;", "&"))
    assert re.search(rf'<option value="{ingredient.pk}" selected>Licorice root extract', form_page.content.decode())
    data = form_data(form_page, name_en="Licorice root serum", slug="licorice-serum", texture_rank="3")
    response = client.post(admin_url(m.ProductType, "add"), data)
    assert response.status_code == 302
    assert "Licorice root extract" in names_in_routine(ROSACEA)

    again = edit(client, ingredient).content.decode()
    assert "is in no routine yet" not in again


def test_an_ingredient_that_suits_no_skin_type_says_so(client, curator):
    response = client.post(admin_url(m.Ingredient, "add"), new_ingredient_form(client, skin_types=[]), follow=True)
    assert "It suits no skin type" in response.content.decode()


def test_an_ingredient_only_base_products_carry_names_them(client, curator):
    client.post(admin_url(m.Ingredient, "add"), new_ingredient_form(client))
    moisturiser = m.ProductType.objects.filter(step_kind="moisturise").first()
    moisturiser.key_ingredients.add(m.Ingredient.objects.get(slug="licorice-root"))
    page = edit(client, m.Ingredient.objects.get(slug="licorice-root")).content.decode()
    assert f"Only base-step product types carry it ({moisturiser.name})" in page


# --- Preview ---------------------------------------------------------------------------------------


def test_preview_shows_which_sample_routines_change_and_saves_nothing(client, curator):
    ingredient = m.Ingredient.objects.get(slug="salicylic-acid")
    page = client.get(admin_url(m.Ingredient, "change", ingredient.pk))
    assert "Preview the effect on sample routines" in page.content.decode()
    data = form_data(page, recommendable="", not_recommended_reason_en="Testing a preview.", _preview="1")
    del data["recommendable"]
    before = m.Ingredient.history.count()

    response = client.post(admin_url(m.Ingredient, "change", ingredient.pk), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nothing has been saved." in html
    assert "Ingredient removed: Salicylic acid" in html
    assert "Oily, acne-prone beginner with blackheads" in html
    assert m.Ingredient.objects.get(pk=ingredient.pk).recommendable
    assert m.Ingredient.history.count() == before


def test_preview_of_a_new_ingredient_no_product_type_carries_says_why_nothing_changes(client, curator):
    data = new_ingredient_form(client, _preview="1")
    html = client.post(admin_url(m.Ingredient, "add"), data).content.decode()
    assert "With these values it can reach no routine. No product type carries this ingredient" in html
    assert "None of the sample routines would change." in html
    assert not m.Ingredient.objects.filter(slug="licorice-root").exists()


def test_preview_of_a_change_that_changes_nothing_says_so(client, curator):
    conflict = m.Conflict.objects.first()
    page = client.get(admin_url(m.Conflict, "change", conflict.pk))
    response = client.post(admin_url(m.Conflict, "change", conflict.pk), form_data(page, _preview="1"))
    assert "0 of" in response.content.decode() and "None of the sample routines would change." in (
        response.content.decode()
    )


def test_preview_of_a_new_contraindication_shows_the_ingredient_left_out(client, curator):
    page = client.get(admin_url(m.Contraindication, "add"))
    warning = m.WarningMessage.objects.get(code="sensitive_skin")
    data = form_data(
        page,
        condition="skin_type=oily",
        ingredient=str(m.Ingredient.objects.get(slug="salicylic-acid").pk),
        severity="avoid",
        warning=str(warning.pk),
        text_en="Testing.",
        sources=[str(m.Source.objects.first().pk)],
        _preview="1",
    )
    html = client.post(admin_url(m.Contraindication, "add"), data).content.decode()
    assert "Now left out: salicylic-acid" in html
    assert not m.Contraindication.objects.filter(text="Testing.").exists()


def test_preview_with_an_invalid_form_shows_the_errors_and_saves_nothing(client, curator):
    ingredient = m.Ingredient.objects.get(slug="salicylic-acid")
    page = client.get(admin_url(m.Ingredient, "change", ingredient.pk))
    html = client.post(
        admin_url(m.Ingredient, "change", ingredient.pk), form_data(page, name_en="", _preview="1")
    ).content.decode()
    assert "catalogue-error-summary" in html
    assert m.Ingredient.objects.get(pk=ingredient.pk).name == "Salicylic acid"


# --- Public links ----------------------------------------------------------------------------------


def test_an_ingredients_old_address_redirects_to_its_new_slug(client, curator):
    ingredient = m.Ingredient.objects.get(slug="salicylic-acid")
    edit(client, ingredient, slug="bha-salicylic")
    response = client.get("/ingredients/salicylic-acid/")
    assert response.status_code == 301 and response["Location"] == "/ingredients/bha-salicylic/"
    assert client.get("/ingredients/bha-salicylic/").status_code == 200

    edit(client, m.Ingredient.objects.get(pk=ingredient.pk), slug="salicylic")
    assert client.get("/ingredients/salicylic-acid/")["Location"] == "/ingredients/salicylic/"
    assert client.get("/ingredients/bha-salicylic/")["Location"] == "/ingredients/salicylic/"
    assert client.get("/ingredients/no-such-thing/").status_code == 404


def test_a_slug_taken_back_is_a_live_page_again(client, curator):
    ingredient = m.Ingredient.objects.get(slug="salicylic-acid")
    edit(client, ingredient, slug="bha")
    edit(client, m.Ingredient.objects.get(pk=ingredient.pk), slug="salicylic-acid")
    assert client.get("/ingredients/salicylic-acid/").status_code == 200
    assert client.get("/ingredients/bha/")["Location"] == "/ingredients/salicylic-acid/"


def test_a_myths_old_anchor_still_lands_on_it(client, curator):
    myth = m.Myth.objects.get(slug="pores_open_close")
    edit(client, myth, slug="pores-dont-open")
    page = client.get("/myths/").content.decode()
    assert re.search(r'id="pores-dont-open">\s*<span id="pores_open_close"></span>', page)


# --- Forms that explain themselves ----------------------------------------------------------------


def test_answer_checkboxes_are_grouped_by_question(client, curator):
    page = client.get(admin_url(m.Myth, "add")).content.decode()
    for group in ("Skin type", "Concerns", "Age", "Pregnancy and medicines", "Time for a routine"):
        assert f"<label>{group}</label>" in page, group


def test_a_myths_texts_are_text_areas(client, curator):
    page = client.get(admin_url(m.Myth, "add")).content.decode()
    assert re.search(r'<textarea name="myth_en"', page) and re.search(r'<textarea name="reality_en"', page)


def test_every_field_a_curator_fills_in_explains_itself(client, curator):
    """Each editable field of every catalogue form has help text (booleans' labels say it all)."""
    from django.contrib import admin as django_admin

    for model in catalogue_models():
        if model is m.Source:
            continue  # its form is the catalogue-data work's (issue 11)
        model_admin = django_admin.site._registry[model]
        request = client.get(admin_url(model, "add")).wsgi_request
        form = model_admin.get_form(request)
        missing = [
            name
            for name, field in form.base_fields.items()
            if not field.help_text and model._meta.get_field(name).get_internal_type() != "BooleanField"
        ]
        assert missing == [], (model.__name__, missing)


def test_the_contraindication_warning_is_explained_on_the_ingredient_page(client, curator):
    page = client.get(admin_url(m.Ingredient, "change", m.Ingredient.objects.first().pk)).content.decode()
    assert "The warning box the person sees when this rule applies" in page


def test_errors_are_listed_at_the_top_of_the_form_linked_to_their_fields(client, curator):
    data = new_ingredient_form(client, sources=[], slug="another")
    html = client.post(admin_url(m.Ingredient, "add"), data).content.decode()
    summary = html.index("catalogue-error-summary")
    assert summary < html.index('name="name_en"')
    assert re.search(r'<a href="#id_sources">Sources</a>: Cite at least one source', html)
