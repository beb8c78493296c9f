"""Every main page in a real browser: axe-core finds no WCAG 2.x A/AA violation at phone and desktop
width, nothing scrolls sideways at 320 px or at 200% zoom, screenshots for people to look at, page
weight. The routine page's own targets and its print handout: test_routine_page.py."""

from __future__ import annotations

import gzip
import re

import pytest
from playwright.sync_api import expect

from ingredients.vocab import QUESTIONS
from routines.forms import STEPS
from tests.browser.conftest import PHONE, WIDTHS, axe_violations, record, screenshot
from tests.factories import valid_answers

pytestmark = pytest.mark.browser


def main_pages(routine_path: str) -> dict[str, str]:
    return {
        "landing": "/",
        "questionnaire": "/routine/new/",
        **{f"step-{step.slug}": f"/routine/steps/{step.slug}/" for step in STEPS},
        "routine": routine_path,
        "glossary": "/ingredients/",
        "ingredient": "/ingredients/retinol/",
        "myths": "/myths/",
        "accessibility": "/accessibility/",
        "privacy": "/privacy/",
    }


@pytest.mark.parametrize("width", list(WIDTHS), ids=["phone-375px", "desktop-1280px"])
def test_no_page_has_a_wcag_a_or_aa_violation(site, axe_context, routine_paths, width):
    # Contrast depends on the width: headings are "large text" (3:1 suffices) only where they render large.
    page = axe_context.new_page()
    page.set_viewport_size(WIDTHS[width])
    found = {}
    pages = {**main_pages(routine_paths["pregnant"]), **{f"routine-{n}": p for n, p in routine_paths.items()}}
    for name, path in pages.items():
        page.goto(site + path)
        found[name] = axe_violations(page)
    # The states people reach by answering: the error summary on a step and on the plain form.
    page.goto(site + "/routine/steps/skin/")
    page.get_by_role("button", name="Continue").click()
    expect(page.locator("#error-summary")).to_be_focused()
    found["step-with-errors"] = axe_violations(page)
    page.goto(site + "/routine/new/")
    page.get_by_role("button", name="Make my routine").click()
    expect(page.locator("#error-summary")).to_be_visible()
    found["questionnaire-with-errors"] = axe_violations(page)
    record(f"axe-{width}", {"pages": sorted(found), "violations": sum(len(v) for v in found.values())})
    assert {name: violations for name, violations in found.items() if violations} == {}


@pytest.mark.parametrize("width", [320, 640], ids=["phone-320px", "desktop-at-200-percent-zoom"])
def test_nothing_scrolls_sideways_on_a_narrow_screen_or_at_200_percent_zoom(site, browser, routine_path, width):
    # 200% zoom on a 1280 px window lays the page out in 640 CSS pixels.
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    wide = {}
    for name, path in main_pages(routine_path).items():
        page.goto(site + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            wide[name] = overflow
    context.close()
    assert wide == {}


def test_screenshots_of_the_main_pages_at_phone_and_desktop_width(site, browser, routine_paths):
    pages = {**main_pages(routine_paths["pregnant"]), **{f"routine-{n}": p for n, p in routine_paths.items()}}
    for label, viewport in WIDTHS.items():
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        for name, path in pages.items():
            if name == "routine" or (name.startswith("step-") and name != "step-about"):
                continue
            page.goto(site + path)
            expect(page.get_by_role("heading", level=1)).to_be_visible()
            screenshot(page, f"{name}-{label}")
        context.close()


# A first visit on a phone, as served in production: at most this many requests and bytes.
MAX_REQUESTS = 6
MAX_BYTES = 60 * 1024


def transfer(browser, url: str) -> dict:
    """Requests for one first visit (empty cache), and the bytes each costs in production.

    The page itself counts as Chromium received it (the routine view gzips its page; the others go
    uncompressed). The live test server sends static files uncompressed, where in production WhiteNoise
    serves the gzip (or smaller Brotli) copy that collectstatic made: so each static file counts as its
    body gzipped at level 9, as WhiteNoise compresses it.
    """
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    requests: dict[str, str] = {}
    received: dict[str, int] = {}
    cdp.on("Network.requestWillBeSent", lambda event: requests.setdefault(event["requestId"], event["request"]["url"]))
    cdp.on("Network.loadingFinished", lambda e: received.__setitem__(e["requestId"], int(e["encodedDataLength"])))
    page.goto(url, wait_until="networkidle")
    files = {}
    for request_id, requested in requests.items():
        if requested == url:
            files["page"] = received[request_id]
        else:
            body = context.request.get(requested).body()
            files[requested.rsplit("/", 1)[-1]] = len(gzip.compress(body, compresslevel=9))
    context.close()
    return {"requests": len(requests), "bytes": sum(files.values()), "files": files}


def test_page_weight_of_the_landing_questionnaire_and_routine_pages(site, browser, routine_paths):
    """A first visit: the HTML, our screen and print CSS, htmx, our script and the icon."""
    weights = {
        name: transfer(browser, site + path)
        for name, path in (
            ("landing", "/"),
            ("questionnaire (guided, first step)", "/routine/steps/about/"),
            ("questionnaire (one page)", "/routine/new/"),
            *((f"routine ({profile})", path) for profile, path in routine_paths.items()),
        )
    }
    record("page_weight", weights)
    for name, seen in weights.items():
        assert seen["requests"] <= MAX_REQUESTS, (name, seen)
        assert seen["bytes"] <= MAX_BYTES, (name, seen)


def test_the_copy_link_button_copies_the_routine_link(site, browser, routine_path):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site + routine_path)
    page.get_by_role("button", name="Copy link").click()
    expect(page.locator("#copy-status")).to_contain_text("Link copied")
    assert page.evaluate("navigator.clipboard.readText()") == site + routine_path
    context.close()


def test_pages_load_everything_from_our_own_origin_under_the_csp(site, page, routine_path):
    origins = set()
    page.on("request", lambda request: origins.add(re.match(r"https?://[^/]+", request.url).group(0)))
    for path in main_pages(routine_path).values():
        response = page.goto(site + path)
        assert "script-src 'self'" in response.headers["content-security-policy"]
    assert origins == {site}
    # The `page` fixture fails the test on any console error, which is how a CSP violation shows.


def test_every_question_of_the_plain_form_has_a_legend_and_answers_a_click_can_tick(site, page):
    answers = valid_answers()
    page.goto(site + "/routine/new/")
    for name, value in answers.items():
        for item in value if isinstance(value, list) else [value]:
            page.locator(f'input[name="{name}"][value="{item}"]').check()
    # One legend per question, the optional `medicines` included (valid answers leave it out).
    expect(page.locator("legend")).to_have_count(len(QUESTIONS))
