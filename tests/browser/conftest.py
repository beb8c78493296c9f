"""A real Chromium (Debian's, at /usr/bin/chromium) driven by Playwright against a live server.

Where Chromium is missing these tests skip with a message saying how to install it; in CI
(`CI=true`) a missing browser fails the run instead, so a green CI always means they ran.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.factories import load_catalogue, make_routine

# Playwright's sync API keeps an event loop in the test thread; Django refuses ORM calls there unless
# told that this is fine (the live server answers requests in threads of its own).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
WIDTHS = {"phone": PHONE, "desktop": DESKTOP}

# Answers on top of tests.factories.valid_answers (an oily, acne-prone beginner of 18 to 29).
# Three people: pregnant and acne-prone (warnings, exclusions, a calendar, referrals: a full page);
# sensitive with rosacea (the gentlest routine, its own warnings); and an experienced, dry-skinned
# 45-year-old without any safety answer.
PROFILES = {
    "pregnant": {"pregnancy": "yes"},
    "rosacea": {
        "rosacea_or_eczema": "yes",
        "sensitive": "yes",
        "acne_prone": "no",
        "skin_type": "combination",
        "concerns": ["enlarged_pores", "redness"],
    },
    "experienced": {
        "skin_type": "dry",
        "acne_prone": "no",
        "age_band": "45_59",
        "experience": "experienced",
        "time_budget": "full",
        "concerns": ["enlarged_pores", "texture", "fine_lines", "sun_damage"],
    },
}


def unavailable(message: str):
    if IN_CI:
        pytest.fail(f"{message} (CI=true, so this fails instead of skipping)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        unavailable(
            f"Chromium not found at {CHROMIUM}: install it with `sudo apt-get install chromium`, or set CHROMIUM"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - playwright is in the dev extra
        unavailable("Playwright is not installed: run `make install`")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--disable-dev-shm-usage"])
        yield browser
        browser.close()


@pytest.fixture(scope="session", autouse=True)
def _browser_before_anything_else(browser):
    """Skip (or fail, in CI) for a missing browser before a live server or test database is set up."""


@pytest.fixture
def site(live_server, transactional_db):
    """The live server's address, with the real catalogue loaded."""
    load_catalogue()
    return live_server.url


@pytest.fixture
def routine_paths(site) -> dict[str, str]:
    return {name: make_routine(**answers).get_absolute_url() for name, answers in PROFILES.items()}


@pytest.fixture
def routine_path(routine_paths):
    return routine_paths["pregnant"]


class PageProblems:
    """Console errors (a CSP violation is one) and failed requests: a page must have neither."""

    def __init__(self, page):
        self.messages: list[str] = []
        page.on("console", lambda msg: msg.type == "error" and self.messages.append(msg.text))
        page.on("pageerror", lambda error: self.messages.append(str(error)))
        page.on("requestfailed", self.request_failed)

    def request_failed(self, request):
        # Leaving a page cancels what it was still loading (net::ERR_ABORTED): not a failure.
        if request.failure != "net::ERR_ABORTED":
            self.messages.append(f"failed: {request.url} ({request.failure})")

    def assert_none(self):
        assert self.messages == []


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport=DESKTOP)
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.problems = PageProblems(page)
    yield page
    page.problems.assert_none()


@pytest.fixture
def axe_context(browser):
    """A context for the accessibility checks: axe-core is injected as a script, which the CSP forbids."""
    if not AXE.exists():
        unavailable(f"axe-core not found at {AXE}: run `npm ci` (make test does it when npm is installed)")
    context = browser.new_context(viewport=DESKTOP, bypass_csp=True)
    context.set_default_timeout(10_000)
    yield context
    context.close()


WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page) -> list[dict]:
    """axe-core's WCAG 2.x A and AA violations on the page as it is now, shortened for a readable failure."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_A_AA,
    )
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]
    ]


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def record(name: str, data: dict) -> None:
    """Add a measurement to test-artifacts/measurements.json (page weights, ...)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "measurements.json"
    current = json.loads(path.read_text()) if path.exists() else {}
    current[name] = data
    path.write_text(json.dumps(current, indent=2, sort_keys=True) + "\n")
