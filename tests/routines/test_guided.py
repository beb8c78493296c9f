"""The guided questionnaire: the same questions a few at a time, with and without htmx."""

import re

import pytest

from routines.forms import STEPS, QuestionnaireForm
from routines.models import SavedRoutine
from tests.factories import catalogue_once, valid_answers

HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "guided", "HTTP_HX_CURRENT_URL": "http://testserver/"}


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


pytestmark = pytest.mark.django_db


def url(step) -> str:
    return f"/routine/steps/{step.slug}/"


def step_data(step, answers=None, **extra) -> dict:
    answers = answers or valid_answers()
    return {**{name: answers[name] for name in step.fields if name in answers}, **extra}


def checked(html: str, name: str) -> set[str]:
    """The values of `name` that the page shows ticked."""
    inputs = re.findall(rf'<input[^>]*name="{name}"[^>]*>', html)
    return {re.search(r'value="([^"]*)"', tag).group(1) for tag in inputs if " checked" in tag}


def test_the_steps_ask_every_question_of_the_questionnaire_once():
    asked = [name for step in STEPS for name in step.fields]
    assert sorted(asked) == sorted(QuestionnaireForm.base_fields)
    assert len(STEPS) == 5


def test_a_step_is_a_full_page_on_its_own_and_a_fragment_for_htmx(client):
    page = client.get(url(STEPS[0])).content.decode()
    assert "<html" in page and 'id="guided"' in page
    assert 'aria-current="step"' in page and "Step 1 of 5" in page
    fragment = client.get(url(STEPS[0]), **HTMX).content.decode()
    assert "<html" not in fragment and fragment.lstrip().startswith('<div id="guided"')


def test_an_unknown_step_is_404(client):
    assert client.get("/routine/steps/nope/").status_code == 404


def test_each_question_is_in_a_fieldset_with_a_legend(client):
    for step in STEPS:
        html = client.get(url(step)).content.decode()
        assert html.count("<legend") == len(step.fields), step.slug


def test_a_step_with_missing_answers_shows_errors_and_stays(client):
    response = client.post(url(STEPS[1]), {}, **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="error-summary"' in html
    assert "HX-Push-Url" not in response
    for name in STEPS[1].fields:
        assert f'id="id_{name}_error"' in html or f"#id_{name}_0" in html
    assert not SavedRoutine.objects.exists()


def test_answering_every_step_with_htmx_saves_one_routine_and_redirects_to_it(client):
    for index, step in enumerate(STEPS):
        response = client.post(url(step), step_data(step), **HTMX)
        if index < len(STEPS) - 1:
            assert response.status_code == 200
            following = STEPS[index + 1]
            assert response["HX-Push-Url"] == url(following)
            assert f"{following.title}</h1>" in response.content.decode()
            assert not SavedRoutine.objects.exists()
    routine = SavedRoutine.objects.get()
    assert response["HX-Redirect"] == routine.get_absolute_url()
    # The same routine as the one-page questionnaire makes from the same answers.
    form = QuestionnaireForm(valid_answers())
    assert form.is_valid()
    assert routine.answers == form.to_answers().to_json()


def test_without_htmx_each_step_redirects_to_the_next_then_to_the_routine(client):
    for index, step in enumerate(STEPS):
        response = client.post(url(step), step_data(step))
        assert response.status_code == 303
        if index < len(STEPS) - 1:
            assert response["Location"] == url(STEPS[index + 1])
    assert response["Location"] == SavedRoutine.objects.get().get_absolute_url()
    # A new questionnaire starts blank: the answers left the session with the saved routine.
    assert checked(client.get(url(STEPS[0])).content.decode(), "age_band") == set()


def test_back_keeps_the_answers_given_on_both_steps(client):
    first, second = STEPS[0], STEPS[1]
    client.post(url(first), step_data(first, age_band="30_44"), **HTMX)
    response = client.post(url(second), {"skin_type": "dry", "back": "1"}, **HTMX)
    html = response.content.decode()
    assert response["HX-Push-Url"] == url(first)
    assert checked(html, "age_band") == {"30_44"}
    assert 'id="error-summary"' not in html
    html = client.get(url(second)).content.decode()
    assert checked(html, "skin_type") == {"dry"}


def test_the_browser_back_button_finds_the_answers_given(client):
    # With htmx's history cache off, going back loads the step's URL as a full page.
    client.post(url(STEPS[0]), step_data(STEPS[0]), **HTMX)
    client.post(url(STEPS[1]), step_data(STEPS[1], skin_type="combination"), **HTMX)
    html = client.get(url(STEPS[1]), HTTP_HX_HISTORY_RESTORE_REQUEST="true", HTTP_HX_REQUEST="true").content
    assert b"<html" in html
    assert checked(html.decode(), "skin_type") == {"combination"}


def test_changing_an_answer_on_a_later_visit_changes_the_routine(client):
    for step in STEPS:
        client.post(url(step), step_data(step), **HTMX)
    assert SavedRoutine.objects.get().answers["sensitive"] is False
    for step in STEPS:
        data = step_data(step, sensitive="yes") if "sensitive" in step.fields else step_data(step)
        client.post(url(step), data, **HTMX)
    assert SavedRoutine.objects.latest("created_at").answers["sensitive"] is True


def test_the_last_step_sends_you_back_to_a_step_whose_answers_are_missing(client):
    last = STEPS[-1]
    response = client.post(url(last), step_data(last))
    assert response.status_code == 303
    assert response["Location"] == url(STEPS[0])
    assert not SavedRoutine.objects.exists()
    html = client.get(response["Location"]).content.decode()
    assert html.count("Please answer the questions under") == 1


def test_a_bad_value_is_refused_on_the_step_and_never_stored(client):
    response = client.post(url(STEPS[0]), step_data(STEPS[0], age_band="<script>"), **HTMX)
    assert 'id="error-summary"' in response.content.decode()
    assert "<script>" not in response.content.decode()
    assert checked(client.get(url(STEPS[0])).content.decode(), "age_band") == set()


def test_the_landing_page_starts_the_guided_questionnaire_with_htmx_and_the_plain_form_without(client):
    html = client.get("/").content.decode()
    start = re.search(r'<a href="/routine/new/" hx-get="(/routine/steps/\w+/)"[^>]*>Start the questionnaire</a>', html)
    assert start and start.group(1) == url(STEPS[0])


def test_answers_in_progress_are_kept_for_a_day_only(client):
    client.post(url(STEPS[0]), step_data(STEPS[0]), **HTMX)
    assert 0 < client.session.get_expiry_age() <= 24 * 60 * 60


def test_with_htmx_the_step_swapped_in_says_why_it_was_sent_back(client):
    last = STEPS[-1]
    response = client.post(url(last), step_data(last), **HTMX)
    html = response.content.decode()
    assert response["HX-Push-Url"] == url(STEPS[0])
    assert html.count("Please answer the questions under") == 1
    assert "Please answer the questions under" not in client.get(url(STEPS[0])).content.decode()


def test_only_the_saving_step_counts_towards_the_routine_rate_limit(client, settings):
    settings.RATELIMIT_ENABLE = True
    settings.ROUTINE_RATE_LIMIT = "1/m"
    for step in STEPS:  # five posts, one routine: within a limit of one
        response = client.post(url(step), step_data(step), REMOTE_ADDR="198.51.100.20")
    assert response.status_code == 303 and SavedRoutine.objects.count() == 1
    for step in STEPS[:-1]:
        assert client.post(url(step), step_data(step), REMOTE_ADDR="198.51.100.20").status_code == 303
    # The second routine from the same address in a minute: the limit is shared and enforced.
    response = client.post(url(STEPS[-1]), step_data(STEPS[-1]), REMOTE_ADDR="198.51.100.20")
    assert response.status_code == 429
    assert SavedRoutine.objects.count() == 1
