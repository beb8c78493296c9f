"""Real-browser journeys: the guided htmx questionnaire, the plain form without JavaScript,
the keyboard alone, and a saved routine opened by its link elsewhere."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from routines.forms import STEPS
from routines.models import SavedRoutine
from tests.factories import valid_answers

pytestmark = pytest.mark.browser

ROUTINE_URL = re.compile(r"/r/[A-Za-z0-9_-]{16,64}/$")


def answer(page, names, answers) -> None:
    for name in names:
        value = answers.get(name, [])  # optional questions (medicines) may go unanswered
        for item in value if isinstance(value, list) else [value]:
            page.locator(f'input[name="{name}"][value="{item}"]').check()


def continue_to(page, heading: str) -> None:
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)


def test_the_guided_questionnaire_step_by_step_with_back_and_the_back_button(site, page):
    answers = valid_answers()
    page.goto(site + "/")
    page.evaluate("window.sameDocument = true")  # gone if a step ever loads a whole new page
    page.get_by_role("link", name="Start the questionnaire").click()

    expect(page).to_have_url(site + "/routine/steps/about/")
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("About you")
    expect(heading).to_be_focused()
    expect(page).to_have_title(re.compile(r"^About you \(1 of 5\)"))

    # Nothing answered: the server says what is missing, and focus goes to the summary.
    page.get_by_role("button", name="Continue").click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("There are 2 problems with your answers")
    answer(page, STEPS[0].fields, answers)
    continue_to(page, "Your skin")
    expect(page.get_by_role("heading", level=1)).to_be_focused()
    expect(page.locator("#progress-label")).to_have_text("Step 2 of 5")

    answer(page, STEPS[1].fields, answers)
    continue_to(page, "Your concerns")
    assert page.evaluate("window.sameDocument") is True

    # Back keeps the answers, and lets one be changed.
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your skin")
    expect(page).to_have_url(site + "/routine/steps/skin/")
    expect(page.locator('input[name="skin_type"][value="oily"]')).to_be_checked()
    page.locator('input[name="sensitive"][value="yes"]').check()
    continue_to(page, "Your concerns")

    answer(page, STEPS[2].fields, answers)
    continue_to(page, "Safety questions")

    # The browser's back button: the previous step, answers still ticked.
    page.go_back()
    expect(page).to_have_url(site + "/routine/steps/concerns/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your concerns")
    for concern in answers["concerns"]:
        expect(page.locator(f'input[name="concerns"][value="{concern}"]')).to_be_checked()
    continue_to(page, "Safety questions")

    answer(page, STEPS[3].fields, answers)
    continue_to(page, "Your habits")
    answer(page, STEPS[4].fields, answers)
    # An impatient double click saves one routine, not two.
    page.get_by_role("button", name="Make my routine").dblclick()

    expect(page).to_have_url(ROUTINE_URL)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your pore-care routine")
    routine = SavedRoutine.objects.get()
    assert routine.answers["sensitive"] is True  # the answer changed after going back
    assert routine.answers["skin_type"] == "oily"


def test_forget_my_answers_empties_the_guided_questionnaire(site, page):
    answers = valid_answers()
    page.goto(site + "/routine/steps/about/")
    answer(page, STEPS[0].fields, answers)
    continue_to(page, "Your skin")
    answer(page, STEPS[1].fields, answers)
    continue_to(page, "Your concerns")

    page.get_by_role("button", name="Forget my answers").click()
    expect(page).to_have_url(site + "/routine/steps/about/")
    expect(page.get_by_role("status")).to_contain_text("Your answers have been forgotten")
    expect(page.locator("input:checked")).to_have_count(0)
    page.goto(site + "/routine/steps/skin/")  # nothing kept for later steps either
    expect(page.get_by_role("heading", level=1)).to_have_text("Your skin")
    expect(page.locator("input:checked")).to_have_count(0)


def test_without_javascript_the_plain_form_makes_the_same_routine(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/")
    page.get_by_role("link", name="Start the questionnaire").click()
    expect(page).to_have_url(site + "/routine/new/")

    page.get_by_role("button", name="Make my routine").click()
    expect(page.locator("#error-summary")).to_contain_text("problems with your answers")
    assert not SavedRoutine.objects.exists()

    answers = valid_answers()
    answer(page, list(answers), answers)
    page.get_by_role("button", name="Make my routine").click()
    expect(page).to_have_url(ROUTINE_URL)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your pore-care routine")
    assert SavedRoutine.objects.get().answers["skin_type"] == "oily"
    context.close()


def test_a_saved_routine_opens_from_its_link_in_a_fresh_browser(site, browser, page):
    answers = valid_answers()
    page.goto(site + "/routine/new/")
    answer(page, list(answers), answers)
    page.get_by_role("button", name="Make my routine").click()
    expect(page).to_have_url(ROUTINE_URL)
    link = page.url
    steps = page.locator("#pm .step h3").all_inner_texts()

    elsewhere = browser.new_context()  # no cookies, no history: only the link
    other = elsewhere.new_page()
    other.goto(link)
    expect(other.get_by_role("heading", level=1)).to_have_text("Your pore-care routine")
    assert other.locator("#pm .step h3").all_inner_texts() == steps
    assert steps
    elsewhere.close()


def press_tab_until(page, selector: str, limit: int = 60) -> None:
    """Tab forwards until `selector` has focus, as a keyboard user would."""
    for _ in range(limit):
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def test_the_whole_journey_with_the_keyboard_alone(site, page):
    answers = valid_answers()
    page.goto(site + "/")
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    press_tab_until(page, "a.btn-primary")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("About you")

    for step in STEPS:
        for name in step.fields:
            values = answers.get(name, []) if isinstance(answers.get(name, []), list) else [answers[name]]
            for value in values:
                target = f'input[name="{name}"][value="{value}"]'
                if name == "concerns":
                    press_tab_until(page, target)
                    page.keyboard.press("Space")
                else:
                    # A radio group is one tab stop; arrow keys move within it and select.
                    press_tab_until(page, f'input[name="{name}"]')
                    for _ in range(10):
                        if page.evaluate("(s) => document.activeElement.matches(s)", target):
                            break
                        page.keyboard.press("ArrowDown")
                    page.keyboard.press("Space")
                expect(page.locator(target)).to_be_checked()
        if step is STEPS[0]:
            press_tab_until(page, 'button[type="submit"]:not([name="back"])')
        # Later steps: Enter on the last answer submits the form, and must go forward, not Back.
        page.keyboard.press("Enter")
        if step is not STEPS[-1]:
            following = STEPS[STEPS.index(step) + 1]
            expect(page.get_by_role("heading", level=1)).to_have_text(str(following.title))
            expect(page.get_by_role("heading", level=1)).to_be_focused()

    expect(page).to_have_url(ROUTINE_URL)
    assert SavedRoutine.objects.count() == 1
