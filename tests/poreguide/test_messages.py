"""The Dutch interface (issue 22): locale/nl/LC_MESSAGES/django.po is complete and sound, and pages use it.

The catalogue is checked as a file (every message translated, nothing fuzzy, placeholders, HTML and
plurals intact), then compiled the way `make` compiles it (`manage.py compile_translations`, Babel)
and looked up: pages rendered with Dutch active show Dutch, not English.
"""

from __future__ import annotations

import gettext
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import RequestFactory, override_settings
from django.utils import formats, translation
from django_htmx.middleware import HtmxDetails

from tests.factories import catalogue_once, make_routine

PO = Path(settings.BASE_DIR) / "locale" / "nl" / "LC_MESSAGES" / "django.po"

# What must come through a translation unchanged: {name} placeholders, HTML tags with their attributes
# (the links' targets) and, in a python-format message, %-placeholders (named or not, %% too).
PERCENT = re.compile(r"%(?:\(\w+\))?[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrs%]")
BRACES_AND_TAGS = re.compile(r"\{\w*\}|<[^>]+>")


def placeholders(text: str, *, python_format: bool = True) -> Counter:
    found = BRACES_AND_TAGS.findall(text) + (PERCENT.findall(text) if python_format else [])
    return Counter(found)


@pytest.fixture(scope="module")
def dutch():
    with PO.open("rb") as f:
        return read_po(f)


def entries(catalog):
    """(message, [(English, Dutch)]) for every message: a plural's forms paired with its singular and plural."""
    for message in catalog:
        if not message.id:
            continue
        if message.pluralizable:
            singular, plural = message.id
            english = [singular] + [plural] * (len(message.string) - 1)
            yield message, list(zip(english, message.string, strict=True))
        else:
            yield message, [(message.id, message.string)]


def test_the_catalogue_is_dutch_with_dutch_plurals(dutch):
    assert str(dutch.locale) == "nl"
    assert dutch.num_plurals == 2 and dutch.plural_expr == "(n != 1)"
    assert not dutch.fuzzy, "the header is marked fuzzy: Django would skip the whole catalogue"


def test_every_message_is_translated_and_none_is_fuzzy(dutch):
    messages = list(entries(dutch))
    assert len(messages) > 500, "the catalogue is missing most of the interface"
    untranslated = [m.id for m, pairs in messages if not all(nl.strip() for _en, nl in pairs)]
    fuzzy = [m.id for m, _pairs in messages if m.fuzzy]
    assert not untranslated, f"{len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy (shown in English), e.g. {fuzzy[:5]}"
    plurals = [m for m, _pairs in messages if m.pluralizable]
    assert plurals and all(len(m.string) == 2 for m in plurals)


def test_translations_keep_every_placeholder_and_tag(dutch):
    broken = [
        (english, nl)
        for message, pairs in entries(dutch)
        for english, nl in pairs
        if placeholders(english, python_format="python-format" in message.flags)
        != placeholders(nl, python_format="python-format" in message.flags)
    ]
    assert not broken, "\n".join(f"{en!r} -> {nl!r}" for en, nl in broken)
    # Babel's own checks (python-format types, plural counts) agree.
    assert [(m.id, errors) for m, errors in dutch.check()] == []


def test_the_placeholder_check_would_catch_a_mistake():
    assert placeholders("Week %(week)s of your plan") != placeholders("Week %(weken)s van je plan")
    assert placeholders('Read <a href="%(url)s">this</a>') != placeholders("Lees <a>dit</a>")
    assert placeholders("200%% zoom") != placeholders("200% zoom")
    reordered = placeholders('<strong>y</strong> <a href="%(u)s">x</a>')
    assert placeholders('<a href="%(u)s">x</a> <strong>y</strong>') == reordered
    assert placeholders("100% sure", python_format=False) == placeholders("100% zeker", python_format=False)


def write_po(path: Path, msgid: str, msgstr: str) -> Path:
    path.write_text(
        'msgid ""\nmsgstr ""\n"Language: nl\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        f"#, python-format\nmsgid {msgid}\nmsgstr {msgstr}\n",
        encoding="utf-8",
    )
    return path


def test_compile_translations_writes_a_catalogue_gettext_reads(tmp_path):
    po = write_po(tmp_path / "django.po", '"Week %(week)s of your plan"', '"Week %(week)s van je plan"')
    call_command("compile_translations", str(po), stdout=None)
    with (tmp_path / "django.mo").open("rb") as f:
        assert gettext.GNUTranslations(f).gettext("Week %(week)s of your plan") == "Week %(week)s van je plan"


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ('"Week %(week)s of your plan"', '"Week %(weken)s van je plan"'),  # a renamed placeholder
        ('"Week %(week)s of your plan"', '"Week %(week)d van je plan"'),  # another type
        ('"Week %(week)s of your plan"', "Week van je plan"),  # not a .po string
    ],
)
def test_compile_translations_fails_loudly_on_a_broken_catalogue(tmp_path, msgid, msgstr):
    po = write_po(tmp_path / "django.po", msgid, msgstr)
    with pytest.raises(CommandError):
        call_command("compile_translations", str(po))
    assert not (tmp_path / "django.mo").exists()


@pytest.fixture(scope="module")
def compiled():
    """The real catalogue compiled as `make` does, and Django's translations reloaded from it."""
    call_command("compile_translations", str(PO))
    # Changing LOCALE_PATHS (to the same value) empties Django's cache of loaded translations.
    with override_settings(LOCALE_PATHS=list(settings.LOCALE_PATHS)):
        yield


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


def render_in_dutch(view, path: str, **kwargs) -> str:
    request = RequestFactory().get(path)
    request.htmx = HtmxDetails(request)
    with translation.override("nl"):
        response = view(request, **kwargs)
    assert response.status_code == 200
    return response.content.decode()


def english_interface(dutch, page: str) -> list[str]:
    """The catalogue's English sentences that a page shows (whole phrases of three words or more)."""
    return [
        english
        for _message, pairs in entries(dutch)
        for english, nl in pairs
        if english != nl and len(english.split()) >= 3 and "%" not in english and "<" not in english
        if english in page
    ]


@pytest.mark.django_db
def test_the_questionnaire_is_dutch(compiled, catalogue, dutch):
    from routines.views import questionnaire

    page = render_in_dutch(questionnaire, "/routine/new/")
    assert '<html lang="nl">' in page
    for text in [
        "Een paar vragen over je huid",
        "Hoe voelt je huid halverwege de dag?",  # a form label (lazy, from routines/forms.py)
        "Gecombineerd",  # a choice (ingredients/vocab.py)
        "Ben je zwanger, geef je borstvoeding of wil je zwanger worden?",
        "Maak mijn routine",  # the submit button
        "Direct naar de inhoud",
        "Uitleg, geen medisch advies.",
    ]:
        assert text in page, text
    assert "Make my routine" not in page
    assert english_interface(dutch, page) == []


@pytest.mark.django_db
def test_the_home_page_and_a_saved_routine_are_dutch(compiled, catalogue, dutch):
    from routines.views import landing, routine_detail

    home = render_in_dutch(landing, "/")
    assert "Begin de vragenlijst" in home and "Laat je poriën kleiner lijken, eerlijk uitgelegd" in home
    assert english_interface(dutch, home) == []

    routine = make_routine()
    page = render_in_dutch(routine_detail, routine.get_absolute_url(), token=routine.token)
    assert "Jouw poriënroutine" in page
    with translation.override("nl"):
        made = formats.date_format(routine.created_at, "j F Y")
    assert f"Gemaakt op {made}" in page
    assert english_interface(dutch, page) == []


def test_plurals_dates_and_numbers_come_out_in_dutch(compiled):
    from ingredients.vocab import DAY_NAMES
    from routines.forms import QuestionnaireForm

    with translation.override("nl"):
        assert translation.ngettext("%(n)s tip", "%(n)s tips", 1) % {"n": 1} == "1 tip"
        assert translation.ngettext("What you need: %(n)s product", "What you need: %(n)s products", 3) % {"n": 3} == (
            "Wat je nodig hebt: 3 producten"
        )
        assert str(DAY_NAMES["mon"]) == "maandag"
        assert QuestionnaireForm({}).errors["skin_type"] == ["Kies een antwoord op deze vraag."]
        assert formats.date_format(date(2026, 12, 1), "j F Y") == "1 december 2026"
        assert formats.number_format(4.5, decimal_pos=1) == "4,5"
    with translation.override("en"):
        assert str(DAY_NAMES["mon"]) == "Monday"
