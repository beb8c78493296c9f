"""Forget my answers: the guided questionnaire's answers in progress leave the server at once."""

import pytest
from django.contrib.sessions.models import Session
from django.test import Client

from routines.forms import STEPS
from tests.factories import catalogue_once, valid_answers

pytestmark = pytest.mark.django_db
FORGET = "/routine/steps/forget/"


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


def answer_first_two_steps(client) -> None:
    answers = valid_answers()
    for step in STEPS[:2]:
        client.post(f"/routine/steps/{step.slug}/", {name: answers[name] for name in step.fields})


def test_every_step_offers_to_forget_the_answers(client):
    for step in STEPS:
        html = client.get(f"/routine/steps/{step.slug}/").content.decode()
        assert f'action="{FORGET}"' in html and "Forget my answers" in html, step.slug
        assert 'name="csrfmiddlewaretoken"' in html


def test_forgetting_empties_the_session_and_shows_step_one_empty_with_a_confirmation(client):
    answer_first_two_steps(client)
    assert client.session["guided_answers"]["skin_type"] == "oily"
    assert Session.objects.count() == 1

    response = client.post(FORGET)
    assert response.status_code == 303
    assert response["Location"] == f"/routine/steps/{STEPS[0].slug}/"
    assert Session.objects.count() == 0  # the row with the answers is deleted, not just emptied

    page = client.get(response["Location"]).content.decode()
    assert "Your answers have been forgotten" in page
    assert " checked" not in page
    skin = client.get(f"/routine/steps/{STEPS[1].slug}/").content.decode()
    assert " checked" not in skin
    assert "guided_answers" not in client.session


def test_forgetting_is_a_post_only_and_needs_the_csrf_token():
    client = Client(enforce_csrf_checks=True)
    assert client.get(FORGET).status_code == 405
    assert client.post(FORGET).status_code == 403


def test_forgetting_with_nothing_answered_still_confirms(client):
    response = client.post(FORGET, follow=True)
    assert response.redirect_chain == [(f"/routine/steps/{STEPS[0].slug}/", 303)]
    assert "Your answers have been forgotten" in response.content.decode()
