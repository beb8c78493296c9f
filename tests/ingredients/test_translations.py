"""The catalogue in English and Dutch: what a Dutch reader gets, what falls back to English, what a curator
edits, and how fixtures and translators' files carry both languages."""

from __future__ import annotations

import dataclasses
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from ingredients import catalogue_sync, history
from ingredients import models as m
from ingredients.catalogue_translations import missing_translations
from ingredients.registry import database_records, translated_fields
from ingredients.version import refresh_catalogue_version
from labels.lexicon import lexicon_from_fixture
from routines.builder import build_routine
from routines.catalogue import catalogue_from_fixture, catalogue_from_records, current_catalogue
from routines.samples import SAMPLE_PROFILES
from tests.admin_helpers import admin_url, form_data, make_curator
from tests.factories import CATALOGUE_FIXTURE, catalogue_once

pytestmark = pytest.mark.django_db

# The snapshot's fields that hold a text people read (the rest, slugs, codes and numbers, never change).
TEXTS = {
    "name",
    "title",
    "text",
    "why",
    "strength",
    "description",
    "how",
    "myth",
    "reality",
    "explanation",
    "pore_evidence",
    "typical_course",
    "cautions",
    "not_recommended_reason",
}


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


def without_texts(item):
    return {f.name: getattr(item, f.name) for f in dataclasses.fields(item) if f.name not in TEXTS}


def fixture_records() -> list[dict]:
    return json.loads(CATALOGUE_FIXTURE.read_text(encoding="utf-8"))


def english_only(records: list[dict]) -> list[dict]:
    """The records as a fixture from before the Dutch texts had them."""
    return [{**r, "fields": {k: v for k, v in r["fields"].items() if not k.endswith("_nl")}} for r in records]


# --- The engine's snapshot -------------------------------------------------------------------------


def test_the_fixture_loads_every_text_in_both_languages():
    salicylic = m.Ingredient.objects.get(slug="salicylic-acid")
    assert (salicylic.name_en, salicylic.name_nl) == ("Salicylic acid", "Salicylzuur")
    myth = m.Myth.objects.get(slug="pores_open_close")
    assert myth.reality_en and myth.reality_nl and myth.reality_nl != myth.reality_en
    with translation.override("nl"):
        assert m.Ingredient.objects.get(slug="salicylic-acid").name == "Salicylzuur"


def test_the_dutch_snapshot_has_dutch_texts_with_the_same_slugs_codes_and_numbers():
    english = current_catalogue("en")
    with translation.override("nl"):
        dutch = current_catalogue()
    assert (dutch.language, english.language) == ("nl", "en")
    assert dutch.version == english.version
    assert dutch.ingredient_by_slug["salicylic-acid"].name == "Salicylzuur"
    assert english.ingredient_by_slug["salicylic-acid"].name == "Salicylic acid"
    assert dutch.warning_by_code["pregnancy"].text != english.warning_by_code["pregnancy"].text
    for f in dataclasses.fields(english):
        if f.name in ("version", "language"):
            continue
        ours, theirs = getattr(dutch, f.name), getattr(english, f.name)
        assert [without_texts(i) for i in ours] == [without_texts(i) for i in theirs], f.name


def test_a_routine_in_dutch_has_the_same_steps_and_ingredients_as_in_english():
    english = current_catalogue("en")
    dutch = current_catalogue("nl")
    for _, answers in SAMPLE_PROFILES:
        en = build_routine(answers=answers, catalogue=english).to_dict()
        nl = build_routine(answers=answers, catalogue=dutch).to_dict()
        for slot in ("am", "pm"):
            assert [[i["slug"] for i in s["ingredients"]] for s in nl[slot]] == [
                [i["slug"] for i in s["ingredients"]] for s in en[slot]
            ]
        assert [w["code"] for w in nl["warnings"]] == [w["code"] for w in en["warnings"]]


def test_a_missing_dutch_text_falls_back_to_english():
    m.Ingredient.objects.filter(slug="salicylic-acid").update(why_nl="")
    refresh_catalogue_version()
    english = current_catalogue("en").ingredient_by_slug["salicylic-acid"]
    dutch = current_catalogue("nl").ingredient_by_slug["salicylic-acid"]
    assert dutch.why == english.why
    assert dutch.name == "Salicylzuur"  # only the missing text is English


def test_a_fixture_in_english_only_gives_english_texts_in_a_dutch_snapshot():
    records = english_only(fixture_records())
    assert catalogue_from_records(records, language="nl") == dataclasses.replace(
        catalogue_from_records(records), language="nl"
    )


def test_the_dutch_label_check_knows_english_and_dutch_names_and_answers_in_dutch():
    lexicon = lexicon_from_fixture(CATALOGUE_FIXTURE, language="nl")
    assert lexicon.lookup(["salicylic acid"]).name == "Salicylzuur"
    assert lexicon.lookup(["salicylzuur"]).slug == "salicylic-acid"
    assert lexicon_from_fixture(CATALOGUE_FIXTURE).lookup(["salicylic acid"]).name == "Salicylic acid"


# --- Curators ---------------------------------------------------------------------------------------


def test_a_dutch_edit_in_admin_reaches_the_dutch_snapshot_and_history(client):
    client.force_login(make_curator())
    myth = m.Myth.objects.get(slug="pores_open_close")
    english_before = current_catalogue("en")
    page = client.get(admin_url(m.Myth, "change", myth.pk))
    assert 'name="reality_en"' in page.content.decode() and 'name="reality_nl"' in page.content.decode()
    response = client.post(
        admin_url(m.Myth, "change", myth.pk), form_data(page, reality_nl="Poriën gaan niet open of dicht.")
    )
    assert response.status_code == 302
    # What the commit of the save would run (this module's catalogue loads in a transaction never committed).
    refresh_catalogue_version()

    dutch = current_catalogue("nl")
    assert dutch.version != english_before.version  # a Dutch edit is a new catalogue version
    assert next(x for x in dutch.myths if x.slug == "pores_open_close").reality == "Poriën gaan niet open of dicht."
    english = current_catalogue("en")
    assert next(x for x in english.myths if x.slug == "pores_open_close").reality == myth.reality_en
    change = history.describe(myth.history.first())
    assert change.who == "curator"
    assert [(f.field, f.new) for f in change.fields] == [("Reality [nl]", "Poriën gaan niet open of dicht.")]


def test_a_curator_must_keep_the_english_text_but_may_leave_the_dutch_one_empty(client):
    client.force_login(make_curator())
    tip = m.LifestyleTip.objects.get(slug="sun-protection")
    url = admin_url(m.LifestyleTip, "change", tip.pk)
    refused = client.post(url, form_data(client.get(url), title_en=""))
    assert refused.status_code == 200 and not refused.context["adminform"].form.is_valid()
    accepted = client.post(url, form_data(client.get(url), title_nl=""))
    assert accepted.status_code == 302
    assert m.LifestyleTip.objects.get(pk=tip.pk).title_nl == ""


# --- Missing translations ----------------------------------------------------------------------------


def test_missing_translations_reports_none_for_the_shipped_fixture():
    out = StringIO()
    call_command("missing_translations", "--fixture", str(CATALOGUE_FIXTURE), stdout=out)
    assert "Every catalogue text" in out.getvalue()
    assert missing_translations(fixture_records()) == []


def test_missing_translations_lists_a_blank_dutch_text_and_fails():
    before = len(missing_translations(database_records()))
    m.Myth.objects.filter(slug="pores_open_close").update(reality_nl="  ")
    out = StringIO()
    with pytest.raises(CommandError, match=f"{before + 1} catalogue texts in the database have no nl translation"):
        call_command("missing_translations", stdout=out)
    assert "ingredients.myth pores_open_close reality" in out.getvalue().splitlines()


def test_an_english_text_left_empty_needs_no_dutch_one():
    record = {"model": "ingredients.ingredient", "fields": {"slug": "x", "name": "X", "name_nl": "X", "why": "Y"}}
    assert [str(x) for x in missing_translations([record])] == ["ingredients.ingredient x why"]


# --- Fixtures -------------------------------------------------------------------------------------------


def test_update_catalogue_lists_a_curators_dutch_edit_and_changes_nothing_without_apply():
    m.Notice.objects.filter(slug="disclaimer").update(title_nl="Curator's titel")
    out = StringIO()
    call_command("update_catalogue", str(CATALOGUE_FIXTURE), stdout=out)
    assert 'title_nl: "Curator\'s titel" →' in out.getvalue()
    assert m.Notice.objects.get(slug="disclaimer").title_nl == "Curator's titel"


def test_update_catalogue_from_an_english_only_fixture_keeps_the_dutch_texts(tmp_path):
    records = english_only(fixture_records())
    notice = next(r for r in records if r["model"] == "ingredients.notice" and r["fields"]["slug"] == "disclaimer")
    notice["fields"]["text"] = "A new English disclaimer."
    dutch_before = m.Notice.objects.get(slug="disclaimer").text_nl
    path = tmp_path / "catalogue.json"
    catalogue_sync.write_fixture(records, path)

    call_command("update_catalogue", str(path), "--apply", stdout=StringIO())
    disclaimer = m.Notice.objects.get(slug="disclaimer")
    assert (disclaimer.text_en, disclaimer.text_nl) == ("A new English disclaimer.", dutch_before)
    assert m.Ingredient.objects.get(slug="salicylic-acid").name_nl == "Salicylzuur"
    assert disclaimer.history.first().history_change_reason.startswith("manage.py update_catalogue")


def test_update_catalogue_brings_in_a_new_dutch_text(tmp_path):
    records = fixture_records()
    tip = next(
        r for r in records if r["model"] == "ingredients.lifestyletip" and r["fields"]["slug"] == "sun-protection"
    )
    tip["fields"]["title_nl"] = "Smeer elke dag zonnebrand."
    path = tmp_path / "catalogue.json"
    catalogue_sync.write_fixture(records, path)

    plan = catalogue_sync.plan_update(catalogue_sync.read_fixture(path))
    assert [(r.key, [c.field for c in r.fields]) for r in plan.changed] == [(("sun-protection",), ["title_nl"])]
    catalogue_sync.apply_plan(plan, reason="test")
    tip_row = m.LifestyleTip.objects.get(slug="sun-protection")
    assert tip_row.title_nl == "Smeer elke dag zonnebrand." and tip_row.title_en == tip["fields"]["title"]


def test_the_export_writes_both_languages_as_the_fixture_has_them():
    exported = catalogue_sync.export_records()
    shipped = fixture_records()
    key = catalogue_sync_key = [(r["model"], r["fields"].get("slug") or r.get("pk")) for r in shipped]
    assert [(r["model"], r["fields"].get("slug") or r.get("pk")) for r in exported] == catalogue_sync_key
    for ours, theirs, _ in zip(exported, shipped, key, strict=True):
        for name in translated_fields(theirs["model"]):
            assert ours["fields"].get(name) == theirs["fields"].get(name), (theirs["model"], name)
            assert ours["fields"].get(f"{name}_nl") == theirs["fields"].get(f"{name}_nl"), (theirs["model"], name)
        assert not any(k.endswith("_en") for k in ours["fields"])


# --- A translator's files -----------------------------------------------------------------------------


def test_import_translations_writes_the_dutch_texts_beside_the_english_ones(tmp_path):
    fixture = tmp_path / "catalogue.json"
    catalogue_sync.write_fixture(english_only(fixture_records()), fixture)
    folder = tmp_path / "nl"
    folder.mkdir()
    (folder / "ingredients.myth.json").write_text(
        json.dumps({"pores_open_close": {"reality": "Poriën hebben geen spieren."}}), encoding="utf-8"
    )
    (folder / "ingredients.conflict.json").write_text(json.dumps({"pk:1": {"text": "Niet samen."}}), encoding="utf-8")

    call_command("import_translations", str(folder), "--fixture", str(fixture), stdout=StringIO())
    records = json.loads(fixture.read_text(encoding="utf-8"))
    myth = next(r for r in records if r["fields"].get("slug") == "pores_open_close")
    assert list(myth["fields"])[list(myth["fields"]).index("reality") + 1] == "reality_nl"
    assert myth["fields"]["reality_nl"] == "Poriën hebben geen spieren."
    conflict = next(r for r in records if r["model"] == "ingredients.conflict" and r["pk"] == 1)
    assert conflict["fields"]["text_nl"] == "Niet samen."
    assert catalogue_from_fixture(fixture, language="nl").myths == tuple(
        dataclasses.replace(x, reality="Poriën hebben geen spieren.") if x.slug == "pores_open_close" else x
        for x in catalogue_from_fixture(fixture).myths
    )


@pytest.mark.parametrize(
    ("name", "texts", "problem"),
    [
        ("ingredients.myth.json", {"no-such-myth": {"reality": "Iets."}}, "no-such-myth: no such row"),
        ("ingredients.myth.json", {"pores_open_close": {"slug": "iets"}}, "not a translated field"),
        ("ingredients.myth.json", {"pores_open_close": {"reality": ""}}, "expected a non-empty text"),
        ("ingredients.ingredient.json", {"retinol": {"name": "R" * 121}}, "121 characters, at most 120"),
        ("ingredients.source.json", {"dong2016": {"title": "Iets"}}, "not a catalogue model with translated"),
    ],
)
def test_import_translations_refuses_a_wrong_file_and_writes_nothing(tmp_path, name, texts, problem):
    fixture = tmp_path / "catalogue.json"
    catalogue_sync.write_fixture(english_only(fixture_records()), fixture)
    before = fixture.read_text(encoding="utf-8")
    folder = tmp_path / "nl"
    folder.mkdir()
    (folder / name).write_text(json.dumps(texts), encoding="utf-8")
    with pytest.raises(CommandError, match=problem):
        call_command("import_translations", str(folder), "--fixture", str(fixture), stdout=StringIO())
    assert fixture.read_text(encoding="utf-8") == before
