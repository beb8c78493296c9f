"""The label check's pages: `/check/`, `/check.json`, the routine page's link, limits and privacy."""

import html
import logging

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test import Client

from ingredients.models import Ingredient
from ingredients.version import refresh_catalogue_version
from labels.models import LabelPattern
from tests.factories import catalogue_once, make_routine, valid_answers
from tests.label_cases import LABELS

pytestmark = pytest.mark.django_db

RETINOL = LABELS["retinol_squalane"]
BHA = LABELS["bha_leave_on"]


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


def page(response) -> str:
    return html.unescape(response.content.decode())


def post(client, label, token=None, **extra):
    return client.post("/check/", {"label": label, **({"token": token} if token else {})}, **extra)


def test_the_form_works_without_javascript(client):
    response = client.get("/check/")
    text = page(response)
    assert response.status_code == 200
    assert '<form method="post" action="/check/"' in text and 'name="label"' in text
    assert 'href="/check/"' in text  # in the site's navigation
    assert client.head("/check/").status_code == 200


def test_a_pasted_label_shows_what_it_contains_and_who_should_take_care(client):
    text = page(post(client, RETINOL))
    assert "Take care" in text
    assert "Retinol" in text and "Pregnant" in text
    assert "Solanum Lycopersicum (Tomato) Fruit/Leaf/Stem Extract" in text  # said plainly: not in the catalogue
    assert "never says how much of each" in text
    assert "Sources:" in text


def test_an_empty_or_too_long_label_gets_a_clear_message(client):
    empty = post(client, "   ")
    assert empty.status_code == 200
    assert "Paste a product's ingredient list to check it." in page(empty)
    long = post(client, "Aqua, " * 2000)
    assert long.status_code == 200
    assert "at most 10000 characters" in page(long)


def test_with_a_token_it_judges_against_that_routine(client):
    pregnant = make_routine(pregnancy="yes", concerns=["enlarged_pores", "blackheads"])
    text = page(post(client, RETINOL, token=pregnant.token))
    assert '<h2 id="verdict-title" class="verdict verdict-avoid">Avoid</h2>' in text
    assert f'href="/r/{pregnant.token}/"' in text

    oily = make_routine(acne_prone="no", concerns=["blackheads"])  # blackheads without acne: salicylic acid first (#19)
    data = client.post("/check.json", {"label": BHA, "token": oily.token}).json()
    assert data["verdict"] == "fits" and data["with_routine"] is True
    assert data["fits"]["step_kind"] == "exfoliate"
    assert data["fits"]["evenings"] and set(data["fits"]["evenings"]) <= {
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
    }


def test_a_token_too_long_for_any_routine_answers_like_an_unknown_one(client):
    response = post(client, RETINOL, token="z" * 300)
    assert response.status_code == 200 and "That saved routine wasn't found" in page(response)
    assert "Take care" in page(response)  # the check itself ran
    data = client.post("/check.json", {"label": RETINOL, "token": "z" * 300}).json()
    assert data["with_routine"] is False and data["verdict"] == "caution"


def test_an_unknown_token_is_treated_as_no_token_with_a_message(client):
    response = post(client, RETINOL, token="x" * 32)
    text = page(response)
    assert response.status_code == 200
    assert "That saved routine wasn't found" in text and "Take care" in text
    assert "wasn't found" in page(client.get("/check/?token=" + "y" * 32))
    data = client.post("/check.json", {"label": RETINOL, "token": "x" * 32}).json()
    assert data["with_routine"] is False and data["verdict"] == "caution" and data["fits"] is None


def test_the_json_follows_the_contract(client):
    response = client.post("/check.json", {"label": LABELS["glycolic_toner"]})
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert set(data) >= {"recognised", "unrecognised", "flags", "fits", "verdict"}
    assert {"text": "Glycolic Acid", "slug": "glycolic-acid", "name": "Glycolic acid", "class": "aha"} in data[
        "recognised"
    ]
    assert data["fits"] is None and data["verdict"] == "caution"
    # Known formulation ingredients are recognised too, with no slug or class: no rule is about them.
    assert {"text": "Phenoxyethanol", "slug": None, "name": "Preservative", "class": None} in data["recognised"]
    fragrance = next(f for f in data["flags"] if f["code"] == "fragrance")
    assert fragrance["severity"] == "info" and fragrance["text"]
    assert fragrance["sources"] and {"title", "url", "seed"} == set(fragrance["sources"][0])
    assert client.post("/check.json", {"label": ""}).status_code == 400


def test_posts_need_the_csrf_token():
    client = Client(enforce_csrf_checks=True)
    assert client.post("/check.json", {"label": BHA}).status_code == 403
    assert client.post("/check/", {"label": BHA}).status_code == 403


def test_the_routine_page_links_to_the_check_with_its_token(client):
    routine = make_routine()
    text = page(client.get(routine.get_absolute_url()))
    assert f'href="/check/?token={routine.token}"' in text
    form = page(client.get(f"/check/?token={routine.token}"))
    assert f'value="{routine.token}"' in form and "your saved routine" in form


def test_label_checks_are_rate_limited_per_address_apart_from_routines(client, settings):
    settings.RATELIMIT_ENABLE = True
    settings.LABEL_CHECK_RATE_LIMIT = "2/m"
    assert post(client, BHA).status_code == 200
    assert client.post("/check.json", {"label": BHA}).status_code == 200
    limited = post(client, BHA)
    assert limited.status_code == 429
    assert "Too many label checks from your address" in page(limited)
    assert client.post("/check.json", {"label": BHA}).status_code == 429
    assert post(client, BHA, REMOTE_ADDR="198.51.100.9").status_code == 200
    assert client.get("/check/").status_code == 200
    # The routine limit has its own counter.
    assert client.post("/routine/new/", valid_answers()).status_code == 303


def test_the_pasted_text_is_never_stored_or_logged(client, caplog):
    marker = "Zzyzxmarker Quux Extract"
    routine = make_routine()
    caplog.set_level(logging.DEBUG)
    for url in ("/check/", "/check.json"):
        response = client.post(url, {"label": f"Ingredients: Aqua, {marker}, Retinol", "token": routine.token})
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
    client.post("/check/", {"label": marker * 1000})  # an error page neither
    assert marker not in caplog.text
    with connection.cursor() as cursor:
        for model in apps.get_models():
            table = connection.ops.quote_name(model._meta.db_table)
            cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 - table names from the models
            for row in cursor.fetchall():
                assert marker not in repr(row), model


def test_a_check_takes_a_fixed_few_queries(client, django_assert_max_num_queries):
    routine = make_routine()
    post(client, BHA, token=routine.token)  # warms the lexicon
    with django_assert_max_num_queries(3):  # the catalogue version, the routine, the session
        assert post(client, BHA, token=routine.token).status_code == 200


def test_curators_edit_aliases_and_patterns_and_the_next_check_uses_them(client):
    label = {"label": "Ingredients: Aqua, Bakuchiol, Glycerin Unusualname"}
    before = client.post("/check.json", label).json()
    assert before["unrecognised"] == ["Bakuchiol", "Glycerin Unusualname"]
    glycerin = Ingredient.objects.get(slug="glycerin")
    glycerin.synonyms += "\nGlycerin Unusualname"
    glycerin.save()
    # What the save's commit runs (ingredients/signals.py); this test's transaction never commits.
    refresh_catalogue_version()
    assert client.post("/check.json", label).json()["unrecognised"] == ["Bakuchiol"]
    LabelPattern.objects.create(slug="bakuchiol", name="Bakuchiol", names="Bakuchiol", ingredient_class="antioxidant")
    refresh_catalogue_version()
    after = client.post("/check.json", label).json()
    assert after["unrecognised"] == []
    assert {"text": "Bakuchiol", "slug": None, "name": "Bakuchiol", "class": "antioxidant"} in after["recognised"]


def test_a_curator_opens_and_saves_label_patterns_in_admin(client):
    user = User.objects.create_user("curator", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="Curators"))
    client.force_login(user)
    pattern = LabelPattern.objects.get(slug="retinyl-esters")
    assert client.get("/admin/labels/labelpattern/").status_code == 200
    assert client.get("/admin/labels/labelpattern/add/").status_code == 200
    assert client.get(f"/admin/labels/labelpattern/{pattern.pk}/change/").status_code == 200
    response = client.post(
        "/admin/labels/labelpattern/add/",
        {"name": "Azelaic relatives", "slug": "azelaic-relatives", "names": "", "starts_with": "", "ends_with": "",
         "ingredient_class": "sebum_regulator", "step_kind": "", "note": ""},
    )  # fmt: skip
    assert response.status_code == 200 and "Give exact names" in page(response)
