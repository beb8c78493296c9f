"""The design system: every class the templates use is styled, icons are decorative, no inline styles."""

import re
from pathlib import Path

import pytest
from django.template.loader import render_to_string

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
STYLESHEETS = [ROOT / "static" / "css" / "site.css", ROOT / "static" / "css" / "print.css"]

ICONS = [
    "morning",
    "evening",
    *["oil_cleanse", "cleanse", "tone", "treat", "exfoliate", "mask", "moisturise", "sunscreen"],
    *["cleanser", "toner", "serum", "exfoliant", "moisturiser"],
    *["safety", "habit", "questions", "routine", "sources", "shopping", "clock", "calendar", "check", "info"],
]

# Hooks for scripts, tests or the routine's print handout, which need no style of their own on screen.
HOOKS = {
    "after-plan", "calendar", "explanation", "guided", "hero", "ingredient", "landing", "messages",
    "no-print", "requiredField", "routine", "slot", "source-url", "sources-line", "treatment", "use", "why",
    "warning", "ingredients", "how", "rest", "phases", "sources-label", "flag", "flag-", "label-form",
    "label-result", "recognised", "unrecognised", "verdict", "verdict-",
}  # fmt: skip


def template_classes() -> dict[str, set[str]]:
    """Class names written literally in templates (template tags inside an attribute are skipped)."""
    found: dict[str, set[str]] = {}
    for path in TEMPLATES.rglob("*.html"):
        if path.relative_to(TEMPLATES).parts[0] == "admin":
            continue  # admin pages wear Django admin's own stylesheet (and static/admin/catalogue.css)
        text = re.sub(r"{%.*?%}|{{.*?}}", " ", path.read_text())
        for attribute in re.findall(r'\bclass="([^"]*)"', text):
            for name in attribute.split():
                found.setdefault(name, set()).add(str(path.relative_to(TEMPLATES)))
    return found


def styled_classes() -> set[str]:
    css = "\n".join(re.sub(r"/\*.*?\*/", "", path.read_text(), flags=re.S) for path in STYLESHEETS)
    return set(re.findall(r"\.([A-Za-z][\w-]*)", css))


def test_every_class_in_the_templates_is_styled_or_a_known_hook():
    unstyled = {name: where for name, where in template_classes().items() if name not in styled_classes() | HOOKS}
    assert unstyled == {}


@pytest.mark.django_db
def test_every_class_in_the_questionnaire_forms_is_styled(client):
    # crispy-bootstrap5 writes these, in the one-page form and its error state.
    html = client.get("/routine/new/").content.decode() + client.post("/routine/new/", {}).content.decode()
    used = {name for attribute in re.findall(r'\bclass="([^"]*)"', html) for name in attribute.split()}
    assert {"form-check", "form-check-input", "form-check-label", "invalid-feedback", "is-invalid"} <= used
    assert used - styled_classes() - HOOKS == set()


def test_no_template_has_an_inline_style_or_script():
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text()
        assert not re.search(r"\sstyle=", text), path
        assert not re.search(r"<style|<script(?![^>]*\ssrc=)", text), path


def test_no_stylesheet_loads_anything_from_elsewhere():
    for path in STYLESHEETS:
        css = path.read_text()
        assert "@import" not in css and "@font-face" not in css and "http" not in css, path


@pytest.mark.parametrize("name", ICONS)
def test_each_icon_is_a_small_decorative_svg(name):
    html = render_to_string("includes/icon.html", {"name": name, "class": "icon-lg"}).strip()
    assert html.startswith('<svg class="icon icon-lg"') and html.endswith("</svg>")
    assert 'aria-hidden="true"' in html and 'focusable="false"' in html
    assert "style=" not in html and ("<path" in html or "<circle" in html)


def test_an_unknown_icon_name_renders_nothing():
    assert render_to_string("includes/icon.html", {"name": "no-such-icon"}).strip() == ""


def test_icons_differ_except_for_the_product_words_that_name_a_step_kind():
    def svg(name):
        return render_to_string("includes/icon.html", {"name": name})

    aliases = {"cleanser": "cleanse", "toner": "tone", "serum": "treat", "exfoliant": "exfoliate"}
    aliases["moisturiser"] = "moisturise"
    for word, kind in aliases.items():
        assert svg(word) == svg(kind)
    distinct = [name for name in ICONS if name not in aliases]
    assert len({svg(name) for name in distinct}) == len(distinct)


def test_the_server_error_page_renders_on_its_own_with_the_stylesheet():
    # Django renders 500.html with no request and no context processors.
    html = render_to_string("500.html")
    assert "Something went wrong" in html
    assert 'rel="stylesheet" href="/static/css/site.css"' in html
