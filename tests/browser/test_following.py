"""Following the plan in a real browser (issue 21), at 375 and 1280 px: a check-in and a pause with and
without JavaScript, keyboard only, axe-core finding nothing, and the summary for a doctor on exactly one
printed A4 page without the routine's token."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS, PROFILES, WIDTHS, axe_violations, record, screenshot
from tests.factories import make_routine

pytestmark = pytest.mark.browser

PAGE_MAX = 6700  # the routine page's budget at 375 px, every <details> closed (tests/browser/test_routine_page.py)
# What a severe pause's notice, tonight's minimal routine and the progress chart may add to it, at 375 px
# (measured 475 px with the clinical routines of issue 19); the page stays within its budget either way.
FOLLOW_UP_MAX = 500
CLOSE_ALL = "() => document.querySelectorAll('details').forEach((d) => { d.open = false; })"
HEIGHT = "() => document.documentElement.scrollHeight"


def new_page(browser, width: str, *, javascript: bool = True, axe: bool = False):
    context = browser.new_context(viewport=WIDTHS[width], java_script_enabled=javascript, bypass_csp=axe)
    context.set_default_timeout(10_000)
    return context.new_page()


def choose(page, legend: str, option: str) -> None:
    page.get_by_role("group", name=legend).get_by_label(option, exact=True).check()


@pytest.mark.parametrize("width", list(WIDTHS), ids=["phone-375px", "desktop-1280px"])
def test_a_check_in_and_a_pause_without_javascript(site, browser, width):
    routine = make_routine(**PROFILES["experienced"])
    page = new_page(browser, width, javascript=False)
    page.goto(site + routine.get_absolute_url())
    page.get_by_role("link", name="Check in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("How is your skin this week?")
    # Sent incomplete: a message at the top and at the field, nothing saved.
    page.get_by_role("button", name="Save my check-in").click()
    expect(page.locator("#error-summary")).to_be_visible()
    for legend, option in [
        ("Oiliness", "Some"),
        ("Blackheads", "A little"),
        ("Breakouts (spots)", "None"),
        ("Irritation (stinging, redness, flaking)", "Some"),
        ("Did you follow the plan?", "Most days"),
    ]:
        choose(page, legend, option)
    page.get_by_role("button", name="Save my check-in").click()
    expect(page).to_have_url(site + routine.get_absolute_url())
    expect(page.locator("#progress")).to_contain_text("not enough check-ins yet")
    # An irritation of 2 offers a pause.
    page.locator("#pause-offer").get_by_role("link", name="Pause my actives").click()
    choose(page, "How bad is it?", "Moderate: redness, flaking or burning that lasts")
    page.get_by_role("button", name="Pause my actives").click()
    expect(page.locator("#pause")).to_be_visible()
    expect(page.locator("#tonight")).not_to_contain_text("BHA")
    screenshot(page, f"following-paused-nojs-{width}")
    page.locator("#pause").get_by_role("link", name="Resume, or change this pause").click()
    page.get_by_role("button", name="Resume my plan").click()
    expect(page.locator("#pause")).to_have_count(0)


@pytest.mark.parametrize("width", list(WIDTHS), ids=["phone-375px", "desktop-1280px"])
def test_a_check_in_and_a_pause_with_the_keyboard_only(site, browser, width):
    routine = make_routine(**PROFILES["experienced"])
    page = new_page(browser, width)
    page.goto(site + routine.get_absolute_url())

    def tab_to(name: str) -> None:
        for _ in range(200):
            page.keyboard.press("Tab")
            if page.evaluate("() => (document.activeElement.innerText || '').trim()") == name:
                return
        raise AssertionError(f"{name!r} can't be reached with Tab")

    tab_to("Check in")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("How is your skin this week?")
    # Each radio group: Tab into it, an arrow key chooses (the first arrow moves off the first option).
    for _ in range(5):
        page.keyboard.press("Tab")
        while page.evaluate("() => document.activeElement.type") != "radio":
            page.keyboard.press("Tab")
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.innerText.trim()") == "Save my check-in"
    page.keyboard.press("Enter")
    expect(page).to_have_url(site + routine.get_absolute_url())
    expect(page.locator("#progress")).to_be_visible()
    tab_to("My skin is irritated")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("My skin is irritated")
    page.keyboard.press("Tab")
    while page.evaluate("() => document.activeElement.type") != "radio":
        page.keyboard.press("Tab")
    page.keyboard.press("Space")  # the first option: mild
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#pause")).to_be_visible()
    expect(page.locator("#pause")).to_contain_text("Actives paused")


@pytest.mark.parametrize("width", list(WIDTHS), ids=["phone-375px", "desktop-1280px"])
def test_the_new_pages_have_no_accessibility_violation_and_the_routine_page_stays_short(site, browser, width):
    routine = make_routine(**PROFILES["experienced"])
    page = new_page(browser, width, axe=True)
    violations = {}
    base = site + routine.get_absolute_url()
    page.goto(base)
    page.evaluate(CLOSE_ALL)
    fresh = page.evaluate(HEIGHT)
    page.goto(base + "check-in/")
    violations["check-in"] = axe_violations(page)
    page.get_by_role("button", name="Save my check-in").click()
    violations["check-in with errors"] = axe_violations(page)
    screenshot(page, f"following-check-in-errors-{width}")
    for score in ("3", "2", "1"):  # three check-ins over two weeks, days apart
        routine.check_ins.create(
            date=routine.created_at.date() - timedelta(days=7 * int(score)),
            oiliness=int(score),
            blackheads=int(score),
            breakouts=1,
            irritation=0,
            followed="most_days",
        )
    type(routine).objects.filter(pk=routine.pk).update(follow_version=5)
    page.goto(base + "irritated/")
    violations["irritated"] = axe_violations(page)
    page.get_by_label("Severe: swelling, blisters, a spreading rash, or near the eyes").check()
    page.get_by_role("button", name="Pause my actives").click()
    expect(page.locator("#pause")).to_contain_text("see a doctor or pharmacist now")
    violations["routine page, paused, with a chart"] = axe_violations(page)
    page.evaluate(CLOSE_ALL)
    height = page.evaluate(HEIGHT)
    screenshot(page, f"following-routine-severe-{width}")
    page.goto(base + "calendar/")
    page.get_by_role("button", name="Make a subscription address").click()
    expect(page.locator("#feed-address")).to_contain_text("/calendar/")
    violations["calendar subscription"] = axe_violations(page)
    page.goto(base + "summary/")
    violations["summary"] = axe_violations(page)
    # The page never scrolls sideways, whatever the width (the check-ins table scrolls inside itself).
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    screenshot(page, f"following-summary-{width}")
    record(f"following-{width}", {"routine_page_height": fresh, "routine_page_height_paused_with_chart": height})
    assert {k: v for k, v in violations.items() if v} == {}
    if width == "phone":
        assert fresh <= PAGE_MAX and height <= PAGE_MAX and height - fresh <= FOLLOW_UP_MAX


def test_the_summary_prints_on_exactly_one_a4_page_without_the_token(site, page):
    routine = make_routine(**PROFILES["pregnant"])
    page.goto(site + routine.get_absolute_url() + "check-in/")
    for legend in ("Oiliness", "Blackheads", "Breakouts (spots)", "Irritation (stinging, redness, flaking)"):
        choose(page, legend, "A lot")
    choose(page, "Did you follow the plan?", "Some days")
    page.get_by_role("button", name="Save my check-in").click()
    page.goto(site + routine.get_absolute_url() + "irritated/")
    page.get_by_label("Mild: stinging or tightness").check()
    page.get_by_role("button", name="Pause my actives").click()
    page.goto(site + routine.get_absolute_url() + "summary/")
    page.emulate_media(media="print")
    assert routine.token not in page.locator("body").inner_text()
    expect(page.get_by_text("Questions worth asking")).to_be_visible()
    pdf = page.pdf(format="A4", prefer_css_page_size=True, path=str(ARTIFACTS / "summary-print.pdf"))
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
    record("print-summary", {"pages": pages})
    assert pages == 1
