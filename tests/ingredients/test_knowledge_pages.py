"""The public pages made from the catalogue: the ingredient glossary, one page per ingredient, the myths."""

import re

import pytest
from django.utils.html import escape

from ingredients.models import Contraindication, Ingredient, Myth, WarningMessage
from tests.factories import catalogue_once, make_routine

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


def test_the_glossary_links_every_ingredient(client):
    html = client.get("/ingredients/").content.decode()
    for ingredient in Ingredient.objects.all():
        assert f'href="/ingredients/{ingredient.slug}/"' in html
    assert html.count("Not recommended</span>") == Ingredient.objects.filter(recommendable=False).count()


def test_an_ingredient_page_says_what_it_does_who_should_avoid_it_and_its_sources(client):
    retinol = Ingredient.objects.get(slug="retinol")
    html = client.get("/ingredients/retinol/").content.decode()
    assert f"<h1>{escape(retinol.name)}</h1>" in html
    assert escape(retinol.pore_action) in html
    assert retinol.get_evidence_display() in html
    avoid = Contraindication.objects.filter(ingredient_class=retinol.ingredient_class, ingredient=None)
    assert avoid.filter(condition="pregnancy=yes").exists()
    for item in avoid:
        assert escape(item.text) in html
    for source in retinol.sources.all():
        assert escape(source.title) in html


def test_an_ingredient_we_warn_against_says_so_and_why(client):
    lemon = Ingredient.objects.get(recommendable=False, slug="lemon-juice")
    html = client.get("/ingredients/lemon-juice/").content.decode()
    assert "We don't recommend this" in html
    assert escape(lemon.not_recommended_reason) in html


def test_the_general_cautions_on_an_ingredient_page_are_the_catalogues_sourced_warnings(client):
    sun = WarningMessage.objects.get(code="sun_sensitivity")
    html = client.get("/ingredients/retinol/").content.decode()  # raises sun sensitivity
    assert escape(sun.text) in html
    for source in sun.sources.all():
        assert escape(source.title) in html
    assert escape(sun.text) not in client.get("/ingredients/niacinamide/").content.decode()


def test_an_unknown_ingredient_is_404(client):
    assert client.get("/ingredients/unicorn-tears/").status_code == 404


def test_the_myths_page_has_an_anchor_reality_and_sources_for_every_myth(client):
    html = client.get("/myths/").content.decode()
    for myth in Myth.objects.prefetch_related("sources"):
        assert f'id="{myth.slug}"' in html
        assert escape(myth.reality) in html
        for source in myth.sources.all():
            assert escape(source.title) in html


def test_every_link_from_a_routine_to_the_knowledge_pages_works(client):
    routine = make_routine()
    data = routine.routine
    slugs = {i["slug"] for slot in ("am", "pm") for step in data[slot] for i in step["ingredients"]}
    slugs |= {item["ingredient"] for item in data["excluded"]}
    for slug in slugs:
        assert client.get(f"/ingredients/{slug}/").status_code == 200, slug
    myths = client.get("/myths/").content.decode()
    for myth in data["myths"]:
        assert f'id="{myth["slug"]}"' in myths


def test_curator_text_is_escaped_on_the_knowledge_pages(client):
    Ingredient.objects.filter(slug="retinol").update(pore_action="<script>alert(1)</script>")
    Myth.objects.filter(pk=Myth.objects.first().pk).update(reality="<script>alert(2)</script>")
    assert "&lt;script&gt;alert(1)" in client.get("/ingredients/retinol/").content.decode()
    myths = client.get("/myths/").content.decode()
    assert "&lt;script&gt;alert(2)" in myths and "<script>alert" not in myths


def test_the_pages_need_few_queries_whatever_the_catalogue_size(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        client.get("/ingredients/")
    # The ingredient, its contraindications, conflicts and the two general warnings, each with sources.
    with django_assert_max_num_queries(8):
        client.get("/ingredients/retinol/")
    with django_assert_max_num_queries(3):
        client.get("/myths/")


def test_the_landing_page_claims_link_to_the_myths_that_source_them(client):
    html = client.get("/").content.decode()
    linked = set(re.findall(r'href="/myths/#(\w+)"', html))
    assert {"permanent_shrinking", "pores_open_close", "kitchen_remedies_safe", "squeezing_clears_pores"} <= linked
    assert linked <= set(Myth.objects.values_list("slug", flat=True))


def test_sources_show_as_full_citations_linked_where_they_have_a_link(client):
    myths = client.get("/myths/").content.decode()
    for myth in Myth.objects.prefetch_related("sources"):
        for source in myth.sources.all():
            cited = escape(source.citation_text())
            assert cited in myths
            if source.url:
                assert f'<a href="{escape(source.url)}" rel="noopener noreferrer">{cited}</a>' in myths
            assert f"({source.get_kind_display()})" in myths
    retinol = Ingredient.objects.get(slug="retinol")
    page = client.get("/ingredients/retinol/").content.decode()
    for source in retinol.sources.all():
        assert escape(source.citation_text()) in page


def test_an_ingredient_page_says_how_to_keep_conflicting_products_apart(client):
    page = client.get("/ingredients/benzoyl-peroxide/").content.decode()
    assert "Keep apart from" in page and "never in the same morning or evening routine" in page
    assert "never on the same evening" in client.get("/ingredients/glycolic-acid/").content.decode()
