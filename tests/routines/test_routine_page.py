import gzip
import re

import pytest
from django.test import Client
from django.utils.html import escape

from ingredients.models import Notice, WarningMessage
from ingredients.version import current_version, refresh_catalogue_version
from routines.models import SavedRoutine
from tests.factories import catalogue_once, make_routine, pregnant_answers, valid_answers

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


def page(client, routine) -> str:
    response = client.get(f"/r/{routine.token}/")
    assert response.status_code == 200
    return response.content.decode()


def step_line(html: str, step: dict) -> str:
    """A step card's heading and product line (up to its "how")."""
    start = html.index(escape(step["title"]))
    return html[start : html.index('class="how', start)]


def change_the_catalogue() -> None:
    """A wording fix: the catalogue's version changes, but no routine's steps, actives or warnings."""
    notice = Notice.objects.get(slug="disclaimer")
    notice.text += " Updated."
    notice.save()
    refresh_catalogue_version()


def change_the_guidance() -> None:
    """A change that alters routines: a warning every routine now carries."""
    warning = WarningMessage.objects.get(code="fragrance_free")
    warning.always = True
    warning.save()
    refresh_catalogue_version()


class TestRoutinePage:
    def test_it_shows_warnings_before_the_steps_for_a_pregnant_person(self, client):
        routine = make_routine(**pregnant_answers())
        html = page(client, routine)
        warnings = html.index('id="warnings"')
        assert warnings < html.index('id="am"') < html.index('id="pm"')
        pregnancy = routine.routine["warnings"][[w["code"] for w in routine.routine["warnings"]].index("pregnancy")]
        assert html.index(escape(pregnancy["title"])) < html.index('id="am"')
        assert 'id="warning-pregnancy"' in html

    def test_it_shows_the_sources_of_each_warning(self, client):
        routine = make_routine(**pregnant_answers())
        html = page(client, routine)
        for warning in routine.routine["warnings"]:
            for source in warning["sources"]:
                assert escape(source["title"]) in html

    def test_it_lists_each_step_with_its_ingredients_linked_to_the_glossary(self, client):
        routine = make_routine()
        html = page(client, routine)
        for slot in ("am", "pm"):
            for step in routine.routine[slot]:
                assert escape(step["title"]) in html
                for ingredient in step["ingredients"]:
                    assert f'<a href="/ingredients/{ingredient["slug"]}/">{escape(ingredient["name"])}</a>' in html

    def test_scheduled_steps_say_how_many_evenings_a_week(self, client):
        routine = make_routine()
        scheduled = [s for s in routine.routine["pm"] if s["times_per_week"] < 7]
        assert scheduled, "an oily acne-prone beginner gets a scheduled active"
        html = page(client, routine)
        for step in scheduled:
            n = step["times_per_week"]
            assert f"{n} evening{'s' if n != 1 else ''} a week" in html

    def test_it_shows_the_weekly_calendar_as_a_table_with_a_row_per_day(self, client):
        html = page(client, make_routine())
        table = html[html.index("<table") : html.index("</table>")]
        assert "<caption>" in table
        headers = re.findall(r'<th scope="row"[^>]*>(\w+)</th>', table)
        assert headers == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    def test_a_first_week_without_evening_actives_says_so_and_when_each_scheduled_step_starts(self, client):
        # A pregnant, acne-prone, experienced person asking about texture starts with benzoyl peroxide in
        # the morning; her evening acid comes later in the introduction plan.
        routine = make_routine(**valid_answers(pregnancy="yes", experience="experienced", concerns=["texture"]))
        phases = routine.routine["phases"]
        assert phases and not any(phases[0]["weekly"].values()), "week 1 uses no evening active"
        html = page(client, routine)
        assert 'id="no-actives-yet"' in html and "<table" not in html
        scheduled = [s for s in routine.routine["pm"] if s["times_per_week"] < 7]
        assert scheduled
        for step in scheduled:
            start = next(
                p["start_week"] for p in phases if any(step["product_type"] in str(d) for d in p["weekly"].values())
            )
            assert f"not yet: from week {start}," in step_line(html, step)

    def test_a_daily_active_the_plan_starts_later_is_not_in_tonight_or_tomorrow_yet(self, client):
        # The oily, acne-prone beginner: adapalene first; benzoyl peroxide every morning comes later.
        routine = make_routine()
        starts = {slug: p["start_week"] for p in routine.routine["phases"] for slug in p["introduces"]}
        later = [
            s
            for slot in ("am", "pm")
            for s in routine.routine[slot]
            if s["times_per_week"] == 7 and starts.get(s["ingredients"][0]["slug"], 1) > 1
        ]
        assert later, "some daily active starts after week 1"
        html = page(client, routine)
        summary = html[html.index('id="tonight"') : html.index('id="products"')]
        for step in later:
            week = starts[step["ingredients"][0]["slug"]]
            assert f"{escape(step['product_type_name'])} · <strong>not yet: from week {week}</strong>" in html
            assert step["product_type_name"] not in summary

    def test_only_scheduled_steps_this_week_leaves_out_say_not_yet(self, client):
        routine = make_routine()
        phases = routine.routine["phases"]
        this_week = str(phases[0]["weekly"] if phases else routine.routine["weekly"])
        scheduled = [s for s in routine.routine["pm"] if s["times_per_week"] < 7]
        html = page(client, routine)
        assert "<table" in html
        said = {s["product_type"]: "not yet" in step_line(html, s) for s in scheduled}
        assert said == {s["product_type"]: s["product_type"] not in this_week for s in scheduled}
        assert False in said.values(), "a beginner starts one evening active in week 1"

    def test_the_shopping_list_names_a_strength_once(self, client):
        routine = make_routine(age_band="under_18")
        products = {p["name"] for p in routine.routine["products"]}
        assert "Adapalene 0.1% gel" in products and "Gel moisturiser" in products
        html = page(client, routine)
        shopping = html[html.index('id="products"') : html.index('id="timeline"')]
        assert "Adapalene 0.1% gel</li>" in shopping  # the name says its strength
        assert '<span class="strength">(Niacinamide 2–5%)</span>' in shopping

    def test_it_explains_what_was_left_out_and_why(self, client):
        routine = make_routine(**pregnant_answers())
        excluded = routine.routine["excluded"]
        assert excluded, "a pregnant person has retinoids left out"
        html = page(client, routine)
        assert 'id="excluded"' in html
        for item in excluded:
            assert f'href="/ingredients/{item["ingredient"]}/"' in html
            assert escape(item["text"]) in html

    def test_it_links_the_three_most_relevant_myths_and_all_myths_and_shows_the_disclaimer_last(self, client):
        routine = make_routine()
        html = page(client, routine)
        myths = routine.routine["myths"]
        assert len(myths) > 3
        for myth in myths[:3]:
            assert f'href="/myths/#{myth["slug"]}"' in html
        assert html.count('class="myth"') == 3
        assert 'href="/myths/"' in html
        assert routine.routine["disclaimer"]
        assert escape(routine.routine["disclaimer"]) in html
        assert html.index('id="disclaimer"') > html.index('id="pm"')

    def test_it_is_not_indexed_or_cached(self, client):
        routine = make_routine()
        response = client.get(f"/r/{routine.token}/")
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert '<meta name="robots" content="noindex">' in response.content.decode()
        assert "no-store" in response["Cache-Control"]

    def test_it_links_the_print_stylesheet_and_has_no_inline_styles_or_scripts(self, client):
        html = page(client, make_routine())
        assert 'href="/static/css/print.css" media="print"' in html
        assert "style=" not in html
        assert "<script>" not in html


class TestTokens:
    def test_an_unknown_token_is_404(self, client):
        make_routine()
        assert client.get("/r/" + "A" * 32 + "/").status_code == 404

    @pytest.mark.parametrize(
        "path",
        ["/r/short/", "/r/" + "a" * 65 + "/", "/r/abc%20def-ghijklmnopq/", "/r/%00%00%00%00%00%00%00%00%00/", "/r/"],
    )
    def test_a_malformed_token_is_404(self, client, path):
        assert client.get(path).status_code == 404

    def test_there_is_no_listing_of_routines(self, client):
        make_routine()
        assert client.get("/r/").status_code == 404


class TestGuidanceChanged:
    def test_there_is_no_notice_while_the_catalogue_is_unchanged(self, client):
        html = page(client, make_routine())
        assert "The guidance has changed" not in html

    def test_a_notice_appears_when_the_guidance_would_change_the_routine(self, client):
        routine = make_routine()
        change_the_guidance()
        assert routine.catalogue_version != current_version()
        html = page(client, routine)
        assert "The guidance has changed since this routine was made" in html
        assert f'action="/r/{routine.token}/rebuild/"' in html

    def test_a_wording_fix_elsewhere_shows_no_notice(self, client):
        routine = make_routine()
        change_the_catalogue()
        assert routine.catalogue_version != current_version()
        assert "The guidance has changed" not in page(client, routine)

    def test_rebuilding_makes_a_new_routine_and_leaves_the_old_one_untouched(self, client):
        old = make_routine(**valid_answers(sensitive="yes"))
        before = (old.routine, old.answers, old.catalogue_version)
        change_the_catalogue()
        change_the_guidance()

        response = client.post(f"/r/{old.token}/rebuild/")

        new = SavedRoutine.objects.exclude(pk=old.pk).get()
        assert response.status_code == 303
        assert response["Location"] == f"/r/{new.token}/"
        assert new.token != old.token
        assert new.answers == old.answers
        assert new.catalogue_version == current_version()
        assert new.routine["disclaimer"].endswith(" Updated.")
        old.refresh_from_db()
        assert (old.routine, old.answers, old.catalogue_version) == before
        first = page(client, new)
        assert "This is your updated routine, at a new link: bookmark this page." in first
        assert "New warning: " in first
        assert "The guidance that changed since your earlier routine" in first
        assert "[fragrance_free]</li>" in first  # the warning row curators changed
        assert "This is your updated routine" not in page(client, new)  # said once
        assert "The guidance has changed" in page(client, old)
        assert "The guidance has changed" not in page(client, new)

    def test_rebuilding_needs_a_post(self, client):
        routine = make_routine()
        assert client.get(f"/r/{routine.token}/rebuild/").status_code == 405
        assert SavedRoutine.objects.count() == 1

    def test_answers_that_no_longer_fit_send_the_person_to_the_questionnaire(self, client):
        routine = make_routine()
        SavedRoutine.objects.filter(pk=routine.pk).update(answers={**routine.answers, "skin_type": "greasy"})
        response = client.post(f"/r/{routine.token}/rebuild/")
        assert response.status_code == 303
        assert response["Location"] == "/routine/new/"
        assert SavedRoutine.objects.count() == 1


class TestRenderedOnce:
    def test_the_second_view_of_a_routine_is_the_same_page_from_one_query(self, client, django_assert_num_queries):
        routine = make_routine()
        first = client.get(f"/r/{routine.token}/").content
        with django_assert_num_queries(1):
            second = client.get(f"/r/{routine.token}/").content
        assert first == second

    @pytest.mark.parametrize("suffix", ["/", ".json"])
    def test_a_client_that_accepts_gzip_gets_the_same_body_compressed(self, client, suffix):
        routine = make_routine()
        plain = client.get(f"/r/{routine.token}{suffix}")
        packed = client.get(f"/r/{routine.token}{suffix}", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert "Content-Encoding" not in plain
        assert packed["Content-Encoding"] == "gzip"
        assert gzip.decompress(packed.content) == plain.content
        assert len(packed.content) < len(plain.content) / 3
        assert "Accept-Encoding" in plain["Vary"] and "Accept-Encoding" in packed["Vary"]
        assert packed["Content-Type"] == plain["Content-Type"]

    def test_a_query_string_changes_nothing(self, client):
        routine = make_routine()
        plain = client.get(f"/r/{routine.token}/").content
        assert client.get(f"/r/{routine.token}/?utm_source=<b>x</b>").content == plain
        assert f"http://testserver/r/{routine.token}/".encode() in plain  # the printed link

    def test_a_message_for_one_visitor_is_not_kept_in_the_shared_page(self, client):
        routine, other = make_routine(), make_routine()
        client.post(f"/r/{other.token}/delete/")  # leaves "deleted" waiting for the next page
        html = client.get(f"/r/{routine.token}/").content.decode()
        assert "has been deleted" not in html
        assert "has been deleted" not in Client().get(f"/r/{routine.token}/").content.decode()
        assert "has been deleted" in client.get("/").content.decode()


class TestDelete:
    def test_the_confirmation_page_says_what_deleting_does(self, client):
        routine = make_routine()
        response = client.get(f"/r/{routine.token}/delete/")
        html = response.content.decode()
        assert response.status_code == 200
        assert "This deletes your saved routine for good; the link stops working." in html
        assert f'<form method="post" action="/r/{routine.token}/delete/">' in html
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert SavedRoutine.objects.filter(pk=routine.pk).exists()

    def test_deleting_removes_the_routine_and_redirects_home_with_a_message(self, client):
        routine = make_routine(**pregnant_answers())
        response = client.post(f"/r/{routine.token}/delete/", follow=True)
        assert response.redirect_chain == [("/", 303)]
        assert not SavedRoutine.objects.filter(pk=routine.pk).exists()
        assert [str(m) for m in response.context["messages"]] == [
            "Your saved routine has been deleted. Its link no longer works."
        ]
        assert client.get(f"/r/{routine.token}/").status_code == 404
        assert client.get(f"/r/{routine.token}.json").status_code == 404

    def test_a_page_seen_before_deleting_is_gone_after(self, client):
        # The rendered page and JSON are cached; the link must still stop working at once.
        routine = make_routine()
        assert client.get(f"/r/{routine.token}/").status_code == 200
        assert client.get(f"/r/{routine.token}.json").status_code == 200
        SavedRoutine.objects.filter(pk=routine.pk).delete()  # as another server would
        assert client.get(f"/r/{routine.token}/").status_code == 404
        assert client.get(f"/r/{routine.token}.json").status_code == 404

    def test_deleting_an_unknown_routine_is_404(self, client):
        assert client.post("/r/" + "B" * 32 + "/delete/").status_code == 404


@pytest.mark.django_db
def test_the_landing_page_confirms_a_deleted_routine(client):
    routine = SavedRoutine.objects.create(answers={}, routine={}, catalogue_version="v")
    response = client.post(f"/r/{routine.token}/delete/", follow=True)
    assert response.redirect_chain[-1][0] == "/"
    assert "deleted" in response.content.decode().lower()
    assert not SavedRoutine.objects.filter(pk=routine.pk).exists()
