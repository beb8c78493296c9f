"""The routine page's measurable targets (issue 12): on a phone the plan comes first and the page stays
short, nothing scrolls sideways, axe-core finds nothing, and the print handout stays at two A4 pages.

Each test measures every profile before it asserts, so one run shows every missed target at once;
the figures go to test-artifacts/measurements.json and the full-page screenshots to test-artifacts/.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS, PROFILES, WIDTHS, axe_violations, record, screenshot
from tests.factories import make_routine

pytestmark = pytest.mark.browser

# Answers on top of tests.factories.valid_answers (an oily, acne-prone beginner of 18 to 29).
PAGE_PROFILES = {
    "pregnant": PROFILES["pregnant"],
    "rosacea": PROFILES["rosacea"],
    "makeup": {"wears_makeup": "yes"},  # oily, acne-prone beginner who wears make-up
    "teenager": {"age_band": "under_18", "wears_makeup": "yes"},
    "experienced": PROFILES["experienced"],
}
PRINTED = ["pregnant", "rosacea", "makeup", "teenager", "experienced"]

# At 375 px: the first morning step starts within FIRST_STEP_MAX px of the top of the page, and the
# whole page, every <details> closed, is at most PAGE_MAX px tall.
FIRST_STEP_MAX = 1300
PAGE_MAX = 6700
PRINT_PAGES_MAX = 2

MEASURE = """() => {
    const first = document.querySelector('#am .step');
    const root = document.documentElement;
    return {
        height: root.scrollHeight,
        first_step_top: first ? Math.round(first.getBoundingClientRect().top + window.scrollY) : null,
        overflow: root.scrollWidth - root.clientWidth,
    };
}"""
OPEN_ALL = "(open) => document.querySelectorAll('details').forEach((d) => { d.open = open; })"


@pytest.fixture
def page_paths(site) -> dict[str, str]:
    return {name: make_routine(**answers).get_absolute_url() for name, answers in PAGE_PROFILES.items()}


def measure(page, path: str, *, opened: bool = False) -> dict:
    page.goto(path)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.evaluate(OPEN_ALL, opened)
    return page.evaluate(MEASURE)


@pytest.mark.parametrize("width", list(WIDTHS), ids=["phone-375px", "desktop-1280px"])
def test_the_routine_page_puts_the_plan_first_stays_short_and_has_no_accessibility_violation(
    site, axe_context, page_paths, width
):
    page = axe_context.new_page()
    page.set_viewport_size(WIDTHS[width])
    measured, violations = {}, {}
    for name, path in page_paths.items():
        closed = measure(page, site + path)
        screenshot(page, f"routine-{name}-{width}")
        violations[f"{name}, details closed"] = axe_violations(page)
        opened = measure(page, site + path, opened=True)
        violations[f"{name}, details open"] = axe_violations(page)
        measured[name] = {**closed, "height_all_open": opened["height"]}
    record(f"routine_page-{width}", measured)

    missed = {}
    for name, seen in measured.items():
        if seen["first_step_top"] is None:
            missed[name] = "no morning step"
            continue
        if width == "phone":
            targets = {
                "first_step_top": (seen["first_step_top"], FIRST_STEP_MAX),
                "height": (seen["height"], PAGE_MAX),
                "overflow": (seen["overflow"], 0),
            }
            over = {key: f"{value} > {limit}" for key, (value, limit) in targets.items() if value > limit}
            if over:
                missed[name] = over
    violated = {where: found for where, found in violations.items() if found}
    record(f"routine_page-axe-{width}", {"checked": sorted(violations), "violations": violated})
    assert {"missed targets": missed, "axe violations": violated} == {"missed targets": {}, "axe violations": {}}


def test_the_routine_prints_as_a_short_handout_with_the_safety_points_and_summary_first(site, page, page_paths):
    pages = {}
    for name in PRINTED:
        path = page_paths[name]
        page.goto(site + path)
        page.emulate_media(media="print")
        expect(page.locator(".routine-actions")).to_be_hidden()
        expect(page.get_by_text(site + path)).to_be_visible()  # where the rest is
        # What comes first on paper: the safety points (if any), then the summary, then the steps.
        order = page.evaluate(
            """() => ['#warnings', '#summary', '#am', '#pm'].map((s) => document.querySelector(s))
                .filter((e) => e && e.offsetParent !== null)
                .map((e) => ({id: e.id, top: e.getBoundingClientRect().top}))"""
        )
        ids = [item["id"] for item in sorted(order, key=lambda item: item["top"])]
        assert ids[:2] in (["warnings", "summary"], ["summary", "am"], ["summary", "pm"]), (name, ids)
        if page.locator("#warnings").count():
            assert ids[0] == "warnings", (name, ids)  # printed whenever the page has them
        # On paper nothing opens: each safety point and good habit prints with its text, collapsed or not.
        for text in page.locator("#warnings .warning > p, #habits .warning > p").all():
            expect(text).to_be_visible()
        # ... and the links to open things that stay online ("What's in it, and why", sources) don't print.
        for summary in page.locator(".step details > summary, details.sources > summary").all():
            expect(summary).to_be_hidden()
        pdf = page.pdf(format="A4", prefer_css_page_size=True, path=str(ARTIFACTS / f"routine-{name}-print.pdf"))
        pages[name] = len(re.findall(rb"/Type\s*/Page\b", pdf))
        page.emulate_media(media="screen")
    record("print-routine_pages", pages)
    assert {name: n for name, n in pages.items() if n > PRINT_PAGES_MAX} == {}
