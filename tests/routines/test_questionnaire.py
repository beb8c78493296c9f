import re

import pytest

from routines.forms import QuestionnaireForm
from routines.models import SavedRoutine
from tests.factories import catalogue_once, valid_answers

FIELDS = [
    "skin_type",
    "sensitive",
    "acne_prone",
    "concerns",
    "age_band",
    "pregnancy",
    "isotretinoin",
    "prescription_retinoid",
    "rosacea_or_eczema",
    "wears_makeup",
    "sun_exposure",
    "time_budget",
    "experience",
    "fragrance_free",
    "medicines",  # contract, additions turn 3 (optional)
]


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


def error_ids(html: str) -> set[str]:
    """The fields that show an error message beside them (crispy's `id_<field>_error` blocks)."""
    return set(re.findall(r'id="id_(\w+?)_error"', html))


class TestQuestionnairePage:
    def test_it_shows_every_contract_field_with_a_legend(self, client):
        response = client.get("/routine/new/")
        assert response.status_code == 200
        html = response.content.decode()
        for name in FIELDS:
            assert f'name="{name}"' in html, name
            assert str(QuestionnaireForm.base_fields[name].label) in html, name
        assert html.count("<legend") == len(FIELDS)
        assert html.count("<fieldset") == len(FIELDS)

    def test_it_offers_exactly_the_contract_values(self, client):
        html = client.get("/routine/new/").content.decode()
        values = {name: set(re.findall(rf'name="{name}" value="([^"]+)"', html)) for name in FIELDS}
        assert values["skin_type"] == {"oily", "combination", "normal", "dry"}
        assert values["concerns"] == {
            "enlarged_pores",
            "blackheads",
            "oiliness",
            "texture",
            "dullness",
            "sun_damage",
            "fine_lines",
            "redness",
            "dark_marks",
        }
        assert values["age_band"] == {"under_12", "under_18", "18_29", "30_44", "45_59", "60_plus"}
        assert values["pregnancy"] == {"yes", "breastfeeding", "trying", "no"}
        assert values["medicines"] == {"oral_antibiotic", "photosensitising"}
        assert values["sun_exposure"] == {"low", "moderate", "high"}
        assert values["time_budget"] == {"minimal", "standard", "full"}
        assert values["experience"] == {"beginner", "experienced"}
        for name in ("sensitive", "acne_prone", "isotretinoin", "prescription_retinoid"):
            assert values[name] == {"yes", "no"}
        assert 'type="checkbox" class="form-check-input"  name="concerns"' in html

    def test_it_explains_why_it_asks_about_pregnancy_and_medicines(self, client):
        html = client.get("/routine/new/").content.decode()
        assert "We ask because some ingredients, such as retinoids, are not advised in pregnancy" in html
        assert "We ask because isotretinoin makes skin fragile" in html
        assert "We ask so we don" in html

    def test_it_posts_to_itself_with_a_csrf_token_in_one_form(self, client):
        html = client.get("/routine/new/").content.decode()
        assert html.count("<form") == 1
        assert '<form method="post" action="/routine/new/" novalidate>' in html
        assert html.count('name="csrfmiddlewaretoken"') == 1

    def test_it_has_no_inline_scripts_or_styles(self, client):
        html = client.get("/routine/new/").content.decode()
        assert "<script>" not in html
        assert "style=" not in html

    def test_htmx_requests_get_only_the_form_fragment(self, client):
        response = client.get("/routine/new/", headers={"HX-Request": "true"})
        html = response.content.decode()
        assert html.lstrip().startswith('<div id="questionnaire-form">')
        assert "<html" not in html
        assert "HX-Request" in response["Vary"]


@pytest.mark.django_db
@pytest.mark.usefixtures("catalogue")
class TestValidAnswers:
    def test_it_saves_one_routine_and_redirects_to_it_with_see_other(self, client):
        response = client.post("/routine/new/", valid_answers())
        assert SavedRoutine.objects.count() == 1
        routine = SavedRoutine.objects.get()
        assert response.status_code == 303
        assert response["Location"] == f"/r/{routine.token}/"
        assert client.get(response["Location"]).status_code == 200

    def test_it_saves_the_answers_in_the_contract_form(self, client):
        client.post("/routine/new/", valid_answers(concerns=["redness", "blackheads"], sensitive="yes"))
        routine = SavedRoutine.objects.get()
        assert routine.answers["concerns"] == ["blackheads", "redness"]
        assert routine.answers["sensitive"] is True
        assert routine.answers["acne_prone"] is True
        assert routine.answers["fragrance_free"] is False
        assert routine.answers["skin_type"] == "oily"

    def test_it_saves_the_catalogue_version_it_was_built_from(self, client):
        from ingredients.version import current_version

        client.post("/routine/new/", valid_answers())
        assert SavedRoutine.objects.get().catalogue_version == current_version()

    def test_duplicate_concerns_count_once(self, client):
        response = client.post("/routine/new/", valid_answers(concerns=["blackheads", "blackheads"]))
        assert response.status_code == 303
        assert SavedRoutine.objects.get().answers["concerns"] == ["blackheads"]

    def test_htmx_posts_are_told_to_navigate_to_the_routine(self, client):
        response = client.post("/routine/new/", valid_answers(), headers={"HX-Request": "true"})
        routine = SavedRoutine.objects.get()
        assert response["HX-Redirect"] == f"/r/{routine.token}/"


@pytest.mark.django_db
class TestInvalidAnswers:
    def post(self, client, data):
        response = client.post("/routine/new/", data)
        assert response.status_code == 200
        assert not SavedRoutine.objects.exists()
        return response.content.decode()

    def test_an_empty_post_shows_an_error_at_every_field_and_a_summary(self, client):
        html = self.post(client, {})
        required = [name for name in FIELDS if name != "medicines"]  # optional: no answer is "none"
        assert error_ids(html) == set(required)
        assert 'id="error-summary"' in html
        assert "There are 14 problems with your answers" in html
        for name in required:
            assert f'href="#id_{name}_0"' in html, name
        assert html.count("Choose an answer for this question.") == 2 * (len(required) - 1)
        assert "Choose at least one thing you want to improve." in html

    def test_a_missing_field_is_the_only_error(self, client):
        data = valid_answers()
        del data["pregnancy"]
        html = self.post(client, data)
        assert error_ids(html) == {"pregnancy"}
        assert "There is a problem with your answers" in html
        assert 'href="#id_pregnancy_0"' in html

    def test_no_concerns_is_an_error_at_concerns(self, client):
        html = self.post(client, valid_answers(concerns=[]))
        assert error_ids(html) == {"concerns"}
        assert "Choose at least one thing you want to improve." in html

    def test_unknown_values_are_errors_at_their_fields(self, client):
        html = self.post(
            client,
            valid_answers(skin_type="greasy", sensitive="maybe", age_band="17", concerns=["blackheads", "wrinkles"]),
        )
        assert error_ids(html) == {"skin_type", "sensitive", "age_band", "concerns"}
        assert "Choose one of the answers listed." in html
        assert "Choose only from the concerns listed." in html

    def test_it_keeps_the_valid_answers_ticked(self, client):
        html = self.post(client, valid_answers(skin_type="greasy"))
        assert re.search(r'name="pregnancy" value="no"[^>]*checked', html)

    def test_repeated_single_fields_are_an_error_not_a_500(self, client):
        html = self.post(client, valid_answers(skin_type=["oily", "dry"], pregnancy=["no", "yes"]))
        assert error_ids(html) == {"skin_type", "pregnancy"}
        assert "Give only one answer to this question." in html

    def test_huge_values_are_an_error_and_are_not_echoed(self, client):
        huge = "x" * 200_000
        html = self.post(client, valid_answers(skin_type=huge, concerns=[huge]))
        assert error_ids(html) == {"skin_type", "concerns"}
        assert huge not in html

    def test_it_answers_get_and_post_only(self, client):
        assert client.put("/routine/new/").status_code == 405
