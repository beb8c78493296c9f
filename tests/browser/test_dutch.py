"""The whole flow in Dutch on a 375 px phone (issue 22): a Dutch browser's first visit lands on /nl/, the
guided questionnaire, the routine, a check-in and the label check, every page under /nl/ with
`<html lang="nl">`, axe-core finding nothing, the routine page within its budgets; and the switch back
to English keeps the person in English.

Button and link names are the interface's own words through gettext, so the test reads what the Dutch
page shows (and still runs, in English words, where a string has no translation yet).
"""

from __future__ import annotations

import re

import pytest
from django.utils.translation import gettext, override
from playwright.sync_api import expect

from routines.forms import STEPS
from tests.browser.conftest import PHONE, axe_violations, record, screenshot
from tests.browser.test_routine_page import FIRST_STEP_MAX, MEASURE, OPEN_ALL, PAGE_MAX, PAGE_PROFILES
from tests.factories import make_routine, valid_answers

pytestmark = pytest.mark.browser

DUTCH_ROUTINE = re.compile(r"/nl/r/[A-Za-z0-9_-]{16,64}/$")
# Constructed in the layout of a Dutch pack (heading "Ingrediënten:", a panel after the list).
DUTCH_LABEL = (
    "Zuiverende gel met BHA. Ingrediënten: Aqua, Propylene Glycol, Salicylic Acid, Niacinamide, "
    "Sodium Hydroxide, Xanthan Gum. Gebruik: 's avonds een kleine hoeveelheid aanbrengen."
)


def dutch(text: str) -> str:
    with override("nl"):
        return gettext(text)


def answer(page, names, answers) -> None:
    for name in names:
        value = answers.get(name, [])
        for item in value if isinstance(value, list) else [value]:
            page.locator(f'input[name="{name}"][value="{item}"]').check()


def no_violations(page, where: str, found: dict) -> None:
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    found[where] = axe_violations(page)


def test_the_whole_flow_in_dutch_on_a_phone(site, axe_context):
    axe_context.set_extra_http_headers({"Accept-Language": "nl-NL,nl;q=0.9,en;q=0.5"})
    page = axe_context.new_page()
    page.set_viewport_size(PHONE)
    violations: dict[str, list] = {}

    page.goto(site + "/")
    expect(page).to_have_url(site + "/nl/")  # a first visit from a Dutch browser
    no_violations(page, "home", violations)
    page.get_by_role("link", name=dutch("Start the questionnaire")).click()
    expect(page).to_have_url(site + "/nl/routine/steps/about/")
    no_violations(page, "questionnaire step 1", violations)

    answers = valid_answers()
    for n, step in enumerate(STEPS):
        answer(page, step.fields, answers)
        last = n == len(STEPS) - 1
        page.get_by_role("button", name=dutch("Make my routine" if last else "Continue"), exact=True).click()
        if not last:
            expect(page).to_have_url(site + f"/nl/routine/steps/{STEPS[n + 1].slug}/")
    expect(page).to_have_url(DUTCH_ROUTINE)
    routine_path = page.url.removeprefix(site)
    no_violations(page, "routine", violations)
    page.evaluate(OPEN_ALL, True)
    violations["routine, details open"] = axe_violations(page)
    page.evaluate(OPEN_ALL, False)
    screenshot(page, "dutch-routine-phone")

    page.get_by_role("link", name=dutch("Check in"), exact=True).first.click()
    expect(page).to_have_url(site + routine_path + "check-in/")
    no_violations(page, "check-in", violations)
    for name, value in [("oiliness", "2"), ("blackheads", "1"), ("breakouts", "0"), ("irritation", "0")]:
        page.locator(f'input[name="{name}"][value="{value}"]').check()
    page.locator('input[name="followed"][value="most_days"]').check()
    page.get_by_role("button", name=dutch("Save my check-in")).click()
    expect(page).to_have_url(site + routine_path)

    page.locator('a[href^="/nl/check/?token="]').first.click()
    expect(page).to_have_url(re.compile(r"/nl/check/\?token="))
    no_violations(page, "label check", violations)
    page.locator('textarea[name="label"]').fill(DUTCH_LABEL)
    page.get_by_role("button", name=dutch("Check this label")).click()
    expect(page.locator("main")).to_contain_text("Salicylic Acid")
    no_violations(page, "label check result", violations)
    screenshot(page, "dutch-label-check-phone")

    # The switch: the same page in English, and English it stays, though the browser still asks for Dutch.
    page.goto(site + "/nl/myths/")
    page.locator('a.language-switch[hreflang="en"]').click()
    expect(page).to_have_url(site + "/myths/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.goto(site + "/")
    expect(page).to_have_url(site + "/")
    page.goto(site + routine_path)
    page.locator('a.language-switch[hreflang="en"]').click()
    expect(page).to_have_url(site + routine_path.removeprefix("/nl"))

    violated = {where: found for where, found in violations.items() if found}
    record("dutch-axe-phone", {"checked": sorted(violations), "violations": violated})
    assert violated == {}


def test_the_dutch_routine_page_keeps_the_phone_budgets(site, axe_context):
    page = axe_context.new_page()
    page.set_viewport_size(PHONE)
    measured, violations, missed = {}, {}, {}
    for name, answers in PAGE_PROFILES.items():
        page.goto(site + "/nl" + make_routine(**answers).get_absolute_url())
        expect(page.locator("html")).to_have_attribute("lang", "nl")
        page.evaluate(OPEN_ALL, False)
        seen = page.evaluate(MEASURE)
        measured[name] = seen
        violations[name] = axe_violations(page)
        screenshot(page, f"dutch-routine-{name}-phone")
        over = {
            key: f"{seen[key]} > {limit}"
            for key, limit in (("first_step_top", FIRST_STEP_MAX), ("height", PAGE_MAX), ("overflow", 0))
            if seen[key] is None or seen[key] > limit
        }
        if over:
            missed[name] = over
    record("dutch-routine_page-phone", measured)
    violated = {where: found for where, found in violations.items() if found}
    assert {"missed targets": missed, "axe violations": violated} == {"missed targets": {}, "axe violations": {}}
