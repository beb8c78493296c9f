"""The label check in a real browser: from a routine page on a phone, paste a label, read the verdict."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PHONE, PageProblems, axe_violations, screenshot
from tests.factories import make_routine, valid_answers
from tests.label_cases import LABELS

pytestmark = pytest.mark.browser


@pytest.fixture
def pregnant_routine(site):
    return make_routine(**valid_answers(pregnancy="yes"))


@pytest.mark.parametrize("javascript", [True, False], ids=["with-javascript", "without-javascript"])
def test_a_phone_user_checks_a_label_from_their_routine(site, browser, pregnant_routine, javascript):
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    context.set_default_timeout(10_000)
    page = context.new_page()
    problems = PageProblems(page)
    page.goto(site + pregnant_routine.get_absolute_url())
    page.get_by_role("link", name="Check a label").last.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check a label")
    page.get_by_label("Ingredient list").fill(LABELS["retinyl_pregnancy_trap"])
    page.get_by_role("button", name="Check this label").click()
    expect(page.locator("#verdict-title")).to_have_text("Avoid")
    expect(page.get_by_text("Retinyl Palmitate").first).to_be_visible()
    expect(page.locator(".label-flags")).to_contain_text("Pregnant")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    if javascript:
        screenshot(page, "label-check-result-phone")
    problems.assert_none()
    context.close()


def test_the_label_check_and_its_result_have_no_wcag_a_or_aa_violation(site, axe_context):
    page = axe_context.new_page()
    page.set_viewport_size(PHONE)
    page.goto(site + "/check/")
    found = {"check": axe_violations(page)}
    page.get_by_label("Ingredient list").fill(LABELS["alcohol_tea_tree_toner"])
    page.get_by_role("button", name="Check this label").click()
    expect(page.locator("#verdict-title")).to_be_visible()
    found["result"] = axe_violations(page)
    page.get_by_label("Ingredient list").fill("")
    page.get_by_role("button", name="Check this label").click()
    expect(page.locator("#label-error")).to_be_visible()
    found["error"] = axe_violations(page)
    assert {name: v for name, v in found.items() if v} == {}
