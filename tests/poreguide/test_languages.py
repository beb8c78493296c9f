"""Dutch at /nl + every English path (contract: "Additions, turn 3 → Languages"): each twin answers in
Dutch with a switch back to the same page in English; links, forms and redirects stay under /nl/; a
first visit follows Accept-Language once and nobody is kept in a language they left."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from html import escape
from unittest import mock

import pytest
from django.conf import settings
from django.test import Client
from icalendar import Calendar

from routines.samples import SAMPLE_PROFILES
from routines.views import save_routine
from tests.factories import catalogue_once, make_routine, valid_answers
from tests.label_cases import LABELS

pytestmark = pytest.mark.django_db

CHECK_IN = {"oiliness": "2", "blackheads": "2", "breakouts": "1", "irritation": "0", "followed": "most_days"}
# The routine JSON's texts: the only values allowed to differ between the languages.
TEXT_KEYS = {
    "name",
    "why",
    "strength",
    "title",
    "how",
    "text",
    "myth",
    "reality",
    "explanation",
    "cautions",
    "product_type_name",
    "reason_title",
    "names",
    "introduces_names",
    "disclaimer",
}


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


def html_lang(response) -> str:
    found = re.search(r'<html lang="([^"]+)"', response.content.decode())
    return found.group(1) if found else ""


def switch(response) -> dict[str, str]:
    """The language switch's link: its href, hreflang and lang."""
    found = re.search(
        r'<a class="language-switch" href="([^"]*)" hreflang="([^"]+)" lang="([^"]+)">', response.content.decode()
    )
    assert found, "no language switch"
    return {"href": found.group(1).replace("&amp;", "&"), "hreflang": found.group(2), "lang": found.group(3)}


def pages(token: str) -> dict[str, int]:
    """Every English page a person opens, with its status."""
    return {
        "/": 200,
        "/routine/new/": 200,
        "/routine/steps/about/": 200,
        f"/r/{token}/": 200,
        f"/r/{token}/check-in/": 200,
        f"/r/{token}/irritated/": 200,
        f"/r/{token}/summary/": 200,
        f"/r/{token}/calendar/": 200,
        f"/r/{token}/delete/": 200,
        "/ingredients/": 200,
        "/ingredients/niacinamide/": 200,
        "/myths/": 200,
        "/check/": 200,
        f"/check/?token={token}": 200,
        "/privacy/": 200,
        "/accessibility/": 200,
        "/nothing-here/": 404,
    }


def test_every_page_has_a_dutch_twin_with_a_switch_back_to_the_same_page_in_english():
    routine = make_routine()
    for path, status in pages(routine.token).items():
        english = Client().get(path)
        dutch = Client().get("/nl" + path)
        assert (english.status_code, dutch.status_code) == (status, status), path
        assert (html_lang(english), html_lang(dutch)) == ("en", "nl"), path
        assert dutch["Content-Language"] == "nl", path
        to_english, to_dutch = switch(dutch), switch(english)
        assert to_english["hreflang"] == to_english["lang"] == "en", path
        assert to_dutch["hreflang"] == to_dutch["lang"] == "nl", path
        if path.startswith("/r/"):
            # A routine's own pages ask for the other language without printing their token again.
            assert (to_english["href"], to_dutch["href"]) == ("?language=en", "?language=nl"), path
            assert Client().get(f"/nl{path}?language=en")["Location"] == path.split("?")[0]
            assert Client().get(f"{path}?language=nl")["Location"] == "/nl" + path.split("?")[0]
        else:
            assert (to_english["href"], to_dutch["href"]) == (path, "/nl" + path), path


def test_public_pages_name_their_twins_as_hreflang_alternates():
    html = Client().get("/nl/myths/").content.decode()
    assert '<link rel="alternate" hreflang="en" href="http://testserver/myths/">' in html
    assert '<link rel="alternate" hreflang="nl" href="http://testserver/nl/myths/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/myths/">' in html


def test_links_on_a_dutch_page_stay_under_nl():
    routine = make_routine()
    for path in ("/nl/", f"/nl/r/{routine.token}/", "/nl/check/", "/nl/routine/steps/about/"):
        html = re.sub(r'<a class="language-switch"[^>]*>', "", Client().get(path).content.decode())
        for target in re.findall(r'(?:href|action|hx-post|hx-get)="(/[^"]*)"', html):
            if target.startswith(("/static/", "/nl/")):
                continue
            pytest.fail(f"{path} links to {target}")


def test_the_questionnaire_posted_in_dutch_saves_an_english_routine_and_shows_it_in_dutch():
    client = Client()
    response = client.post("/nl/routine/new/", valid_answers())
    assert response.status_code == 303
    token = re.fullmatch(r"/nl/r/([A-Za-z0-9_-]+)/", response["Location"]).group(1)
    english = client.get(f"/r/{token}.json").json()
    assert english["url"] == f"/r/{token}/"
    assert client.get(f"/nl/r/{token}.json").json()["url"] == f"/nl/r/{token}/"
    # htmx: the same, as a client-side redirect.
    response = client.post("/nl/routine/new/", valid_answers(), headers={"HX-Request": "true"})
    assert response["HX-Redirect"].startswith("/nl/r/")


def test_the_guided_questionnaire_stays_in_dutch_with_and_without_htmx():
    client = Client()
    response = client.post("/nl/routine/steps/about/", {"age_band": "18_29", "experience": "beginner"})
    assert response.status_code == 303 and response["Location"].startswith("/nl/routine/steps/")
    swapped = client.post(
        "/nl/routine/steps/about/",
        {"age_band": "18_29", "experience": "beginner"},
        headers={"HX-Request": "true", "HX-Target": "guided"},
    )
    assert swapped["HX-Push-Url"].startswith("/nl/routine/steps/")
    assert client.post("/nl/routine/steps/forget/")["Location"] == "/nl/routine/steps/about/"


def test_posts_on_a_dutch_routine_page_come_back_to_it():
    client = Client()
    routine = make_routine()
    back = f"/nl/r/{routine.token}/"
    assert client.post(f"/nl/r/{routine.token}/check-in/", CHECK_IN)["Location"] == back
    assert client.post(f"/nl/r/{routine.token}/irritated/", {"severity": "mild"})["Location"] == back
    assert client.post(f"/nl/r/{routine.token}/resume/")["Location"] == back
    assert client.post(f"/nl/r/{routine.token}/calendar/")["Location"] == f"/nl/r/{routine.token}/calendar/"
    rebuilt = client.post(f"/nl/r/{routine.token}/rebuild/")["Location"]
    assert re.fullmatch(r"/nl/r/[A-Za-z0-9_-]+/", rebuilt)
    assert client.post(f"/nl/r/{routine.token}/delete/")["Location"] == "/nl/"


def without_texts(data, key: str = ""):
    """The JSON with its texts blanked: what must be the same in every language."""
    if isinstance(data, dict):
        return {k: (v if k == "sources" else without_texts(v, k)) for k, v in data.items() if k != "url"}
    if key in TEXT_KEYS:
        return "<text>"
    if isinstance(data, list):
        return [without_texts(v, key) for v in data]
    return data


@pytest.mark.parametrize("label, answers", SAMPLE_PROFILES, ids=[name for name, _ in SAMPLE_PROFILES])
def test_the_dutch_json_has_the_same_slugs_codes_numbers_and_dates(label, answers):
    routine = save_routine(answers)
    client = Client()
    client.post(f"/r/{routine.token}/check-in/", CHECK_IN)
    english = client.get(f"/r/{routine.token}.json")
    dutch = client.get(f"/nl/r/{routine.token}.json")
    assert dutch.status_code == 200 and dutch["Content-Type"] == "application/json"
    english, dutch = json.loads(english.content), json.loads(dutch.content)
    assert without_texts(dutch) == without_texts(english)
    assert dutch["url"] == "/nl" + english["url"]


def test_the_dutch_calendar_has_the_same_events_uids_and_rules():
    routine = save_routine(SAMPLE_PROFILES[1][1])

    def events(path: str) -> list[tuple]:
        response = Client().get(path)
        assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
        calendar = Calendar.from_ical(response.content)
        return [
            (str(e["UID"]), e.get("RRULE").to_ical() if e.get("RRULE") else None, e.decoded("DTSTART"))
            for e in calendar.walk("VEVENT")
        ]

    english, dutch = events(f"/r/{routine.token}.ics"), events(f"/nl/r/{routine.token}.ics")
    assert english and dutch == english


def test_dates_are_written_the_dutch_way_on_dutch_pages():
    moment = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
    with mock.patch("django.utils.timezone.now", return_value=moment):
        routine = make_routine()
        english = Client().get(f"/r/{routine.token}/").content.decode()
        dutch = Client().get(f"/nl/r/{routine.token}/").content.decode()
    assert "5 December 2026" in english
    assert "5 december 2026" in dutch


def test_the_label_check_in_dutch_judges_by_the_same_rules():
    routine = make_routine()
    for label in (LABELS["retinol_squalane"], LABELS["bha_leave_on"]):
        english = Client().post("/check.json", {"label": label, "token": routine.token}).json()
        dutch = Client().post("/nl/check.json", {"label": label, "token": routine.token}).json()
        assert dutch["verdict"] == english["verdict"]
        assert [f["code"] for f in dutch["flags"]] == [f["code"] for f in english["flags"]]
    response = Client().post("/nl/check/", {"label": LABELS["retinol_squalane"]})
    assert response.status_code == 200 and html_lang(response) == "nl"


def test_a_dutch_pack_heading_is_read_like_an_english_one():
    english = Client().post("/check.json", {"label": "Ingredients: Aqua, Glycerin, Salicylic Acid, Parfum"}).json()
    for heading in ("Ingrediënten:", "Ingredienten:", "Bevat:", "Samenstelling:"):
        dutch = Client().post("/nl/check.json", {"label": f"{heading} Aqua, Glycerin, Salicylic Acid, Parfum"}).json()
        assert dutch["verdict"] == english["verdict"], heading
        assert [f["code"] for f in dutch["flags"]] == [f["code"] for f in english["flags"]], heading


def test_json_errors_and_error_pages_are_dutch_twins_too():
    assert Client().get("/nl/r/" + "x" * 32 + ".json").json()["status"] == 404
    missing = Client().get("/nl/nothing-here/")
    assert missing.status_code == 404 and html_lang(missing) == "nl"
    assert switch(missing)["href"] == "/nothing-here/"


@pytest.mark.parametrize("path", ["/nl/healthz", "/nl/admin/"])
def test_the_health_probe_and_admin_are_outside_the_languages(path):
    assert Client().get(path).status_code == 404


# --- Accept-Language ----------------------------------------------------------------------------


def test_a_first_visit_from_a_dutch_browser_goes_to_the_dutch_twin():
    response = Client().get("/check/?token=abc", headers={"accept-language": "nl-NL,nl;q=0.9,en;q=0.8"})
    assert response.status_code == 302 and response["Location"] == "/nl/check/?token=abc"
    vary = {v.strip() for v in response["Vary"].split(",")}
    assert {"Accept-Language", "Cookie"} <= vary


def test_english_pages_say_they_vary_by_accept_language_and_cookie():
    response = Client().get("/", headers={"accept-language": "en"})
    assert response.status_code == 200
    assert {"Accept-Language", "Cookie"} <= {v.strip() for v in response["Vary"].split(",")}


@pytest.mark.parametrize("accept", ["en-GB,en;q=0.9", "de-DE,de;q=0.9", "*", ""])
def test_other_browsers_get_the_english_page(accept):
    response = Client().get("/", headers={"accept-language": accept} if accept else {})
    assert response.status_code == 200 and html_lang(response) == "en"


def test_nobody_is_kept_in_dutch_once_they_ask_for_english():
    client = Client(headers={"accept-language": "nl"})
    assert client.get("/", follow=True).redirect_chain == [("/nl/", 302)]
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "nl"
    # The switch, or any English link: English, and it stays English.
    english = client.get("/")
    assert english.status_code == 200 and html_lang(english) == "en"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert client.get("/myths/").status_code == 200
    # A saved routine's switch remembers the choice too.
    routine = make_routine()
    assert client.get(f"/nl/r/{routine.token}/?language=en")["Location"] == f"/r/{routine.token}/"
    assert client.get(f"/r/{routine.token}/").status_code == 200


def test_a_person_who_chose_dutch_can_still_open_an_english_link():
    client = Client()
    client.get("/nl/")
    response = client.get("/privacy/")
    assert response.status_code == 200 and html_lang(response) == "en"


@pytest.mark.parametrize("path", ["/healthz", "/routine/steps/forget/", "/r/" + "x" * 32 + ".json"])
def test_machines_and_posts_are_never_sent_to_another_language(path):
    client = Client(headers={"accept-language": "nl"})
    response = client.post(path) if "forget" in path else client.get(path)
    assert response.status_code in (200, 303, 404, 503)


def test_an_htmx_request_is_never_sent_to_another_language():
    response = Client().get("/routine/steps/about/", headers={"accept-language": "nl", "HX-Request": "true"})
    assert response.status_code == 200


def test_a_check_in_day_is_the_same_day_in_both_languages():
    routine = make_routine()
    moment = datetime(2026, 12, 9, 12, 0, tzinfo=UTC)
    with mock.patch("django.utils.timezone.now", return_value=moment):
        Client().post(f"/nl/r/{routine.token}/check-in/", CHECK_IN)
        english = Client().get(f"/r/{routine.token}.json").json()
        dutch = Client().get(f"/nl/r/{routine.token}.json").json()
    assert english["check_ins"] == dutch["check_ins"]
    assert english["check_ins"][0]["date"] == date(2026, 12, 9).isoformat()


def test_the_server_error_page_has_the_switch_and_a_home_link_in_its_language():
    from django.test import RequestFactory
    from django.utils import translation

    from poreguide.views import server_error

    with translation.override("nl"):
        response = server_error(RequestFactory().get("/nl/check/"))
    html = response.content.decode()
    assert response.status_code == 500 and '<html lang="nl">' in html
    assert '<a class="language-switch" href="/check/" hreflang="en" lang="en">English</a>' in html
    assert 'href="/nl/" class="btn' in html


def test_the_privacy_page_names_the_language_cookie_in_both_languages():
    for path in ("/privacy/", "/nl/privacy/"):
        assert "<code>django_language</code>" in Client().get(path).content.decode()


def test_deleting_a_routine_drops_its_dutch_rendering_too():
    from django.core.cache import cache
    from django.utils import timezone

    from routines.rendering import rendering_key

    routine = make_routine()
    client = Client()
    assert client.get(f"/nl/r/{routine.token}/").status_code == 200
    key = rendering_key(
        "page", f"http://testserver/nl/r/{routine.token}/", routine.token, day=timezone.localdate(), language="nl"
    )
    assert cache.get(key) is not None
    client.post(f"/r/{routine.token}/delete/")
    assert cache.get(key) is None


def test_a_pause_stores_its_text_in_english_and_shows_it_in_the_page_language():
    from django.utils.translation import override

    from ingredients.models import PauseGuidance

    routine = make_routine()
    Client().post(f"/nl/r/{routine.token}/irritated/", {"severity": "mild"})
    with override("en"):
        english = PauseGuidance.objects.get(severity="mild").text
    with override("nl"):
        dutch = PauseGuidance.objects.get(severity="mild").text
    assert routine.pauses.get().text == english
    assert Client().get(f"/r/{routine.token}.json").json()["pauses"][0]["text"] == english
    assert Client().get(f"/nl/r/{routine.token}.json").json()["pauses"][0]["text"] == dutch
    assert escape(dutch) in Client().get(f"/nl/r/{routine.token}/").content.decode()
