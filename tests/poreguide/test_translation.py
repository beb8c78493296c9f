"""Ready for a second language (issue 9): every interface string is marked, and the site stays English.

`makemessages` (GNU gettext's xgettext underneath) collects the marked strings of a copy of the
project into a throwaway LOCALE_PATHS; the catalogue must hold a sample of the interface. A made-up
Dutch catalogue then shows that marked strings really are looked up. Only English is offered, so
whatever language a browser asks for, the answer is English.
"""

from __future__ import annotations

import ast
import contextlib
import shutil
import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import translation

from tests.factories import catalogue_once, make_routine
from tests.servers import unavailable

# What a person sees, from templates and from Python, across the site.
INTERFACE_SAMPLE = [
    # base.html, landing.html
    "Skip to main content",
    "Start",
    "Start the questionnaire",
    "Check a label",
    "Education, not medical advice.",
    "Make your pores look smaller, honestly",
    # the questionnaire (one page and guided)
    "A few questions about your skin",
    "How does your skin feel by midday?",
    "Oily",
    "Make my routine",
    "Continue",
    "Forget my answers",
    "Step %(number)s of %(total)s",
    # the routine page (the lead's) and its week
    "Your pore-care routine",
    "Monday",
    "Morning",
    # the label check (template, form, view)
    "What it contains",
    "Names the catalogue says nothing about",
    "Ingredient list",
    "Fits your routine",
    "Too many label checks from your address; wait a minute and try again.",
    # glossary, myths, error pages, privacy
    "Who should avoid it or take care",
    "Myth:",
    "Page not found",
    "Too many requests",
    "Something went wrong",
    "Privacy: what we keep, and for how long",
    "Your saved routine has been deleted. Its link no longer works.",
    "Your answers have been forgotten: nothing you answered is kept.",
]
# Plurals: (singular, plural).
PLURAL_SAMPLE = [
    ("Recognised %(known)s of %(declared)s ingredient.", "Recognised %(known)s of %(declared)s ingredients."),
    ("%(count)s per minute", "%(count)s per %(number)d minutes"),
    (
        "Up to %(start)d evening a week at first",
        "Up to %(start)d evenings a week at first",
    ),
]


def project_dirs() -> list[Path]:
    """The project's own apps and templates (not the virtualenv, node_modules or tests)."""
    base = Path(settings.BASE_DIR)
    own = [Path(app.path) for app in apps.get_app_configs() if Path(app.path).parent == base]
    return sorted(own) + [base / "templates"]


def po_entries(text: str) -> dict[str, str | None]:
    """A .po file's msgids, each with its msgid_plural (or None)."""
    entries: dict[str, str | None] = {}
    parts: dict[str, list[str]] = {}
    field = None

    def flush():
        if "msgid" in parts:
            plural = parts.get("msgid_plural")
            entries["".join(parts["msgid"])] = "".join(plural) if plural is not None else None
        parts.clear()

    for line in text.splitlines():
        if line.startswith("msgid "):
            flush()
            field, rest = "msgid", line[len("msgid ") :]
        elif line.startswith("msgid_plural "):
            field, rest = "msgid_plural", line[len("msgid_plural ") :]
        elif line.startswith("msgstr"):
            field = None
            continue
        elif line.startswith('"') and field:
            rest = line
        else:
            continue
        parts.setdefault(field, []).append(ast.literal_eval(rest))
    flush()
    return entries


def need_gettext():
    for tool in ("xgettext", "msgmerge", "msguniq", "msgattrib", "msgfmt"):
        if shutil.which(tool) is None:
            unavailable(f"GNU gettext's {tool} is not installed: install it with `sudo apt-get install gettext`")


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory):
    """A copy of the project's sources: makemessages writes its work files beside what it reads."""
    root = tmp_path_factory.mktemp("project")
    for source in project_dirs():
        shutil.copytree(source, root / source.name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return root


@pytest.fixture(scope="module")
def dutch_catalogue(project_copy, tmp_path_factory):
    """`makemessages -l nl` into an empty LOCALE_PATHS, run on the copy: (the .po's text, its stderr)."""
    need_gettext()
    locale = tmp_path_factory.mktemp("locale")
    out, err = StringIO(), StringIO()
    with override_settings(LOCALE_PATHS=[locale]), contextlib.chdir(project_copy):
        call_command("makemessages", locale=["nl"], no_obsolete=True, stdout=out, stderr=err)
    po = locale / "nl" / "LC_MESSAGES" / "django.po"
    # xgettext's warnings (say, a format string it can't read) come out with the progress lines.
    return po, err.getvalue() + "".join(line for line in out.getvalue().splitlines(True) if "processing" not in line)


def test_makemessages_collects_the_interface_without_errors(dutch_catalogue):
    po, errors = dutch_catalogue
    assert po.exists(), "makemessages wrote no catalogue"
    assert errors == "", f"makemessages complained:\n{errors}"
    entries = po_entries(po.read_text(encoding="utf-8"))
    missing = [text for text in INTERFACE_SAMPLE if text not in entries]
    assert not missing, f"not marked for translation: {missing}"
    for singular, plural in PLURAL_SAMPLE:
        assert entries.get(singular) == plural, f"no plural form for {singular!r}"
    # No English sentence is assembled from pieces: this one is whole, link and all.
    assert any(text.startswith("Every claim links to its sources. Pores <a href=") for text in entries)


def test_the_catalogue_is_well_formed(dutch_catalogue):
    """msgfmt --check: placeholders and plurals consistent, headers valid."""
    po, _errors = dutch_catalogue
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


@pytest.mark.django_db
def test_marked_strings_are_looked_up_in_a_translation(catalogue, dutch_catalogue, tmp_path):
    """A made-up Dutch translation of a few strings shows once Dutch is offered: they go through gettext."""
    po, _errors = dutch_catalogue
    text = po.read_text(encoding="utf-8")
    dutch = {
        "Start the questionnaire": "Begin de vragenlijst",
        "Skip to main content": "Naar de inhoud",
        "Make my routine": "Maak mijn routine",
        "Monday": "Maandag",
    }
    for english, translated in dutch.items():
        entry = f'msgid "{english}"\nmsgstr ""'
        assert entry in text, english
        text = text.replace(entry, f'msgid "{english}"\nmsgstr "{translated}"')
    text = text.replace("#, fuzzy\n", "", 1)  # the header's; a fuzzy header would be skipped
    target = tmp_path / "nl" / "LC_MESSAGES"
    target.mkdir(parents=True)
    (target / "django.po").write_text(text, encoding="utf-8")
    subprocess.run(["msgfmt", "-o", str(target / "django.mo"), str(target / "django.po")], check=True)
    with override_settings(LOCALE_PATHS=[tmp_path], LANGUAGES=[("en", "English"), ("nl", "Nederlands")]):
        # A first visit from a Dutch browser is sent to the Dutch twin (poreguide.languages).
        page = Client().get("/", headers={"accept-language": "nl"}, follow=True).content.decode()
        assert '<html lang="nl">' in page
        assert "Begin de vragenlijst" in page and "Naar de inhoud" in page
        assert "Maak mijn routine" in Client().get("/nl/routine/new/").content.decode()
        with translation.override("nl"):
            from routines.views import WEEKDAYS

            assert str(dict(WEEKDAYS)["mon"]) == "Maandag"


# Dutch is offered now: a first visit asking for it goes to /nl/ (tests/poreguide/test_languages.py).
OTHER_LANGUAGES = [
    "de-DE,de;q=0.9",
    "fr-CH, fr;q=0.9, en;q=0.8",
    "zh-Hant-TW",
    "*",
    "xx;q=abc",
    "en-GB",
    "a" * 300,
]


@pytest.mark.django_db
@pytest.mark.parametrize("accept", OTHER_LANGUAGES)
def test_any_browser_language_gets_the_english_site(catalogue, accept):
    client = Client(headers={"accept-language": accept})
    routine = make_routine()
    pages = {
        "/": "Make your pores look smaller, honestly",
        "/routine/new/": "A few questions about your skin",
        "/routine/steps/about/": "Forget my answers",
        routine.get_absolute_url(): "Your pore-care routine",
        "/check/": "Check a label",
        "/privacy/": "Privacy: what we keep",
        "/nothing-here/": "Page not found",
    }
    for url, english in pages.items():
        response = client.get(url)
        assert response.status_code == (404 if url == "/nothing-here/" else 200), url
        text = response.content.decode()
        assert '<html lang="en">' in text and english in text, url
        assert response["Content-Language"] == "en"
    # A form's errors too: Django's own messages stay English.
    response = client.post("/check/", {"label": ""})
    assert "Paste a product&#x27;s ingredient list to check it." in response.content.decode()


@pytest.mark.django_db
def test_a_language_cookie_or_code_for_another_language_still_answers_in_english(catalogue):
    client = Client()
    # German: a language the site has no interface in (Dutch is one of its languages since issue 22).
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"
    assert "Make your pores look smaller, honestly" in client.get("/").content.decode()
    # (LANGUAGE_CODE is the language of the unprefixed addresses since Dutch has its own, /nl/.)


def test_urls_have_no_language_prefix():
    from django.urls import reverse

    assert reverse("routines:landing") == "/"
    assert reverse("routines:questionnaire") == "/routine/new/"
    assert reverse("labels:check") == "/check/"
