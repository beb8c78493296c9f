"""The accessibility statement and the privacy page, linked from every page's footer."""

import pytest
from django.test import override_settings

from poreguide.views import rate_in_words


@pytest.mark.parametrize("path", ["/", "/myths/", "/routine/new/"])
def test_every_page_links_to_the_accessibility_statement_and_privacy_page(client, path, db):
    html = client.get(path).content.decode()
    footer = html[html.index("<footer") :]
    assert 'href="/accessibility/"' in footer and 'href="/privacy/"' in footer


def test_the_accessibility_statement_names_the_target_how_it_is_tested_and_its_limits(client):
    html = client.get("/accessibility/").content.decode()
    assert "WCAG" in html and "2.2" in html and "level AA" in html
    assert "375 px" in html and "1280 px" in html and "200% zoom" in html and "keyboard" in html.lower()
    assert "Known limits" in html


@override_settings(ACCESSIBILITY_CONTACT="access@example.org")
def test_the_contact_is_an_email_link_when_set_to_an_address(client):
    html = client.get("/accessibility/").content.decode()
    assert '<a href="mailto:access@example.org">access@example.org</a>' in html


@override_settings(ACCESSIBILITY_CONTACT="https://example.org/contact")
def test_the_contact_is_a_link_when_set_to_a_page(client):
    html = client.get("/accessibility/").content.decode()
    assert '<a href="https://example.org/contact">https://example.org/contact</a>' in html


@override_settings(ACCESSIBILITY_CONTACT="")
def test_without_a_contact_the_statement_says_so_rather_than_pretend(client):
    html = client.get("/accessibility/").content.decode()
    assert "no contact address set yet" in html
    assert "mailto:" not in html


@override_settings(ROUTINE_RATE_LIMIT="5/h")
def test_the_privacy_page_says_what_is_kept_and_for_how_long(client):
    html = client.get("/privacy/").content.decode()
    assert "until you delete it" in html
    assert "up to 24 hours" in html  # the guided answers' session lifetime
    assert "5 per hour" in html
    assert "no analytics" in html.lower()
    for cookie in ("csrftoken", "sessionid", "messages"):
        assert cookie in html


@pytest.mark.parametrize(
    "rate, words",
    [("20/m", "20 per minute"), ("100/5m", "100 per 5 minutes"), ("3/1h", "3 per hour"), ("7/d", "7 per day")],
)
def test_rate_limits_read_as_words(rate, words):
    assert rate_in_words(rate) == words


def test_both_pages_answer_head_and_refuse_posts(client):
    for path in ("/accessibility/", "/privacy/"):
        assert client.head(path).status_code == 200
        assert client.post(path).status_code == 405
