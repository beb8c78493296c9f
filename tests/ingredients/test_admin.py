"""A curator's day in admin: every catalogue page opens, sources are required, nothing else is theirs."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.urls import reverse

from ingredients import models as m
from ingredients.registry import catalogue_models
from routines.builder import build_routine
from routines.catalogue import load_catalogue
from tests.catalogue_factory import make_answers

pytestmark = pytest.mark.django_db


def make_curator():
    user = User.objects.create_user("curator", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="Curators"))
    return user


def make_rows():
    source = m.Source.objects.create(slug="aad", title="AAD guidance", kind="guideline")
    ing = m.Ingredient.objects.create(
        slug="salicylic-acid",
        name="Salicylic acid",
        synonyms="BHA\nbeta hydroxy acid",
        ingredient_class="bha",
        pore_action="Clears clogged pores.",
        why="Unclogs pores.",
        evidence="strong",
        beginner_per_week=2,
        experienced_per_week=3,
    )
    ing.sources.add(source)
    warning = m.WarningMessage.objects.create(slug="pregnancy", code="pregnancy", title="Pregnancy", text="t")
    rows = [
        source,
        ing,
        warning,
        m.ProductType.objects.create(slug="bha-toner", name="BHA toner", step_kind="exfoliate", texture_rank=1),
        m.RoutineStep.objects.create(
            slug="pm-cleanse", title="Cleanse", step_kind="cleanse", slot="pm", order=1, how="h"
        ),
        m.Contraindication.objects.create(
            condition="pregnancy=yes", ingredient_class="retinoid", severity="avoid", warning=warning, text="t"
        ),
        m.Conflict.objects.create(class_a="retinoid", class_b="aha", text="t"),
        m.Myth.objects.create(slug="pores_open_close", myth="Pores open", reality="They don't", explanation="e"),
        m.LifestyleTip.objects.create(slug="sleep", title="Sleep", text="t", evidence="weak"),
        m.ProfessionalTreatment.objects.create(
            slug="peel", name="Peel", description="d", pore_evidence="p", cautions="c", evidence="weak"
        ),
        m.Referral.objects.create(slug="derm", code="see_dermatologist", text="t"),
        m.RampUpStage.objects.create(slug="w1", weeks="1-2", order=1, text="t", fraction="0.5"),
        m.Notice.objects.create(slug="disclaimer", title="Disclaimer", text="t"),
    ]
    return rows


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def test_the_curators_group_may_edit_the_catalogue_and_nothing_else():
    perms = set(Permission.objects.filter(group__name="Curators").values_list("content_type__app_label", "codename"))
    expected = {
        (model._meta.app_label, f"{action}_{model._meta.model_name}")
        for model in catalogue_models()
        for action in ("add", "change", "delete", "view")
    } | {("ingredients", "view_catalogueversion")}
    assert ("labels", "change_labelpattern") in expected
    assert perms == expected


def test_a_curator_opens_every_changelist_add_form_and_change_form(client):
    client.force_login(make_curator())
    rows = make_rows()
    assert client.get("/admin/").status_code == 200
    for model in catalogue_models():
        assert client.get(admin_url(model, "changelist")).status_code == 200, model
        assert client.get(admin_url(model, "add")).status_code == 200, model
    for row in rows:
        assert client.get(admin_url(type(row), "change", row.pk)).status_code == 200, type(row)


def test_the_admin_index_lists_the_catalogue_for_a_curator(client):
    client.force_login(make_curator())
    page = client.get("/admin/").content.decode()
    assert "Ingredients" in page and "Myths" in page and "Contraindications" in page


def test_a_curator_cannot_open_user_admin_or_saved_routines(client):
    client.force_login(make_curator())
    assert client.get("/admin/auth/user/").status_code == 403
    assert client.get("/admin/routines/savedroutine/").status_code == 403


def test_an_ingredient_without_sources_is_refused_with_a_clear_message(client):
    client.force_login(make_curator())
    response = client.post(
        admin_url(m.Ingredient, "add"),
        {
            "name_en": "Lactic acid",
            "slug": "lactic-acid",
            "ingredient_class": "aha",
            "pore_action_en": "Smooths texture.",
            "why_en": "Smooths texture.",
            "time_of_day": "pm",
            "beginner_per_week": 1,
            "experienced_per_week": 2,
            "evidence": "moderate",
            "recommendable": "on",
            "contraindications-TOTAL_FORMS": 0,
            "contraindications-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 200
    assert "Cite at least one source" in response.content.decode()
    assert not m.Ingredient.objects.filter(slug="lactic-acid").exists()


def test_a_not_recommendable_ingredient_without_a_reason_shows_an_error_not_a_crash(client):
    client.force_login(make_curator())
    source = m.Source.objects.create(slug="s", title="S", kind="paper")
    response = client.post(
        admin_url(m.Ingredient, "add"),
        {
            "name_en": "Lemon juice",
            "slug": "lemon-juice",
            "ingredient_class": "kitchen_remedy",
            "pore_action_en": "None.",
            "why_en": "n/a",
            "time_of_day": "either",
            "beginner_per_week": 0,
            "experienced_per_week": 0,
            "evidence": "against",
            "sources": [source.pk],
            "contraindications-TOTAL_FORMS": 0,
            "contraindications-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 200
    assert "errornote" in response.content.decode()
    assert not m.Ingredient.objects.filter(slug="lemon-juice").exists()


def test_a_curator_finds_an_ingredient_by_a_label_synonym(client):
    client.force_login(make_curator())
    make_rows()
    page = client.get(admin_url(m.Ingredient, "changelist"), {"q": "beta hydroxy"}).content.decode()
    assert "Salicylic acid" in page


def test_curator_text_is_escaped_in_the_changelist(client):
    client.force_login(make_curator())
    m.Ingredient.objects.create(
        slug="x", name="<script>alert(1)</script>", ingredient_class="bha", pore_action="p", why="w", evidence="weak"
    )
    page = client.get(admin_url(m.Ingredient, "changelist")).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)</script>" not in page


def test_a_curator_adds_a_source_as_a_citation_and_sees_it_formatted(client):
    client.force_login(make_curator())
    form = client.get(admin_url(m.Source, "add")).content.decode()
    order = [form.index(f'name="{name}"') for name in ("authors", "title", "publisher", "year", "url", "slug")]
    assert order == sorted(order)  # who, what, where, when, link; the identifier last
    response = client.post(
        admin_url(m.Source, "add"),
        {
            "authors": "Chien AL, Qi J, Rainer B, Sachs DL, Helfrich YR",
            "title": "Treatment of acne in pregnancy",
            "publisher": "Journal of the American Board of Family Medicine",
            "year": 2016,
            "details": "29(2):254-62",
            "url": "https://doi.org/10.3122/jabfm.2016.02.150165",
            "kind": "review",
            "seed": "",
            "slug": "chien2016",
        },
    )
    assert response.status_code == 302
    changelist = client.get(admin_url(m.Source, "changelist")).content.decode()
    assert (
        "Chien AL, Qi J, Rainer B, Sachs DL, Helfrich YR. Treatment of acne in pregnancy. Journal of the" in changelist
    )


def test_a_seed_citation_needs_its_seed_file_and_a_seed_file_makes_a_seed_citation(client, settings, tmp_path):
    (tmp_path / "000_seed.txt").write_text("An article.")
    settings.SEED_DIR = tmp_path
    client.force_login(make_curator())
    form = client.get(admin_url(m.Source, "add")).content.decode()
    assert '<option value="000_seed.txt">' in form
    data = {"authors": "Author not named", "title": "Pores", "publisher": "Web article", "slug": "seed-000"}
    response = client.post(admin_url(m.Source, "add"), data | {"kind": "seed", "seed": ""})
    assert "Pick the seed file" in response.content.decode()
    response = client.post(admin_url(m.Source, "add"), data | {"kind": "article", "seed": "000_seed.txt"})
    assert "is a seed article" in response.content.decode()
    assert not m.Source.objects.filter(slug="seed-000").exists()
    response = client.post(admin_url(m.Source, "add"), data | {"kind": "seed", "seed": "000_seed.txt"})
    assert response.status_code == 302 and m.Source.objects.get(slug="seed-000").seed == "000_seed.txt"


def test_a_treatment_says_who_it_is_shown_to(client):
    client.force_login(make_curator())
    form = client.get(admin_url(m.ProfessionalTreatment, "add")).content.decode()
    assert 'name="relevant_when"' in form and 'name="requires_all"' in form and 'name="not_for"' in form
    m.ProfessionalTreatment.objects.create(
        slug="peel", name="Peel", always=False, relevant_when=["acne_prone=yes"], not_for=["age_band=under_18"]
    )
    catalogue = load_catalogue()

    def shown(**answers) -> bool:
        routine = build_routine(answers=make_answers(**answers), catalogue=catalogue)
        return "peel" in {t.slug for t in routine.treatments}

    assert shown(acne_prone=True)
    assert not shown(acne_prone=True, age_band="under_18")
    assert not shown(acne_prone=False)
