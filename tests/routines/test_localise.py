"""routines/localise.py: a stored (English) routine in another language, with no database.

A stand-in "other language" snapshot is made from the real catalogue by marking every curated text
("NL " before it), so the tests can tell a replaced text from one left English whatever the real Dutch
fixture holds. Builder-style tests: no `django_db` mark, so an accidental query fails.
"""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings

from routines.builder import build_routine
from routines.catalogue import catalogue_from_fixture
from routines.localise import ROW_KEYS, localise
from routines.samples import SAMPLE_PROFILES
from tests.catalogue_factory import FIXTURE, real_catalogue
from tests.strategies import answers_strategy

ENGLISH = real_catalogue()
MARK = "NL "
# The curated text fields of catalogue rows (slugs, codes, conditions and classes are not text).
CATALOGUE_TEXTS = {
    "name",
    "why",
    "strength",
    "title",
    "how",
    "description",
    "text",
    "myth",
    "reality",
    "explanation",
    "cautions",
}
# The routine JSON's text keys; everything else (slugs, codes, numbers, weeks, sources) must not change.
ROUTINE_TEXTS = CATALOGUE_TEXTS | {"product_type_name", "reason_title", "names", "introduces_names", "disclaimer"}


def marked(row):
    changes = {
        f.name: MARK + getattr(row, f.name)
        for f in dataclasses.fields(row)
        if f.name in CATALOGUE_TEXTS and isinstance(getattr(row, f.name), str) and getattr(row, f.name)
    }
    return dataclasses.replace(row, **changes)


OTHER = dataclasses.replace(
    ENGLISH, **{name: tuple(marked(r) for r in getattr(ENGLISH, name)) for name in ROW_KEYS}, version=ENGLISH.version
)


def split(data, texts: list[str], key: str = ""):
    """The routine's JSON with every text taken out into `texts` (sources left whole: never translated)."""
    if isinstance(data, dict):
        return {k: (v if k == "sources" else split(v, texts, k)) for k, v in data.items()}
    if isinstance(data, list):
        if key in ROUTINE_TEXTS:
            texts.extend(data)
            return ["<text>"] * len(data)
        return [split(v, texts, key) for v in data]
    if key in ROUTINE_TEXTS and isinstance(data, str):
        texts.append(data)
        return "<text>"
    return data


def test_the_same_snapshot_leaves_a_routine_as_it_is():
    routine = build_routine(answers=SAMPLE_PROFILES[0][1], catalogue=ENGLISH)
    assert localise(routine, target=ENGLISH, english=ENGLISH) is routine


@settings(max_examples=120, deadline=None)
@given(answers_strategy)
def test_every_text_of_any_routine_is_replaced_and_nothing_else_changes(answers):
    routine = build_routine(answers=answers, catalogue=ENGLISH)
    english_texts: list[str] = []
    other_texts: list[str] = []
    shape = split(routine.to_dict(), english_texts)
    localised = localise(routine, target=OTHER, english=ENGLISH)
    assert split(localised.to_dict(), other_texts) == shape  # slugs, codes, numbers, weeks, sources
    for english, other in zip(english_texts, other_texts, strict=True):
        assert other == (MARK + english if english else ""), (english, other)


def test_a_text_reworded_since_the_routine_was_made_takes_its_rows_current_translation():
    routine = build_routine(answers=SAMPLE_PROFILES[5][1], catalogue=ENGLISH)  # pregnant: warnings, exclusions
    warning = routine.warnings[0]
    stored = dataclasses.replace(
        routine, warnings=(dataclasses.replace(warning, text="An older wording."), *routine.warnings[1:])
    )
    localised = localise(stored, target=OTHER, english=ENGLISH)
    assert localised.warnings[0].text == MARK + ENGLISH.warning_by_code[warning.code].text


def test_a_text_the_catalogue_no_longer_has_stays_as_stored():
    routine = build_routine(answers=SAMPLE_PROFILES[0][1], catalogue=ENGLISH)
    step = routine.am[0]
    changed = dataclasses.replace(step, how="A how-to since removed.")
    stored = dataclasses.replace(routine, am=(changed, *routine.am[1:]))
    localised = localise(stored, target=OTHER, english=ENGLISH)
    assert localised.am[0].how == "A how-to since removed."
    assert localised.am[0].title == MARK + step.title


def test_an_empty_translation_falls_back_to_the_stored_text():
    empty = dataclasses.replace(OTHER, myths=tuple(dataclasses.replace(m, reality="") for m in OTHER.myths))
    routine = build_routine(answers=SAMPLE_PROFILES[0][1], catalogue=ENGLISH)
    assert routine.myths
    localised = localise(routine, target=empty, english=ENGLISH)
    for before, after in zip(routine.myths, localised.myths, strict=True):
        assert after.reality == before.reality and after.myth == MARK + before.myth


FIXTURE_DUTCH = catalogue_from_fixture(FIXTURE, language="nl")


@settings(max_examples=120, deadline=None)
@given(answers_strategy)
def test_a_routine_localised_into_dutch_is_the_routine_built_from_the_dutch_snapshot(answers):
    # With the real fixture's Dutch texts: localising the stored English routine gives exactly what the
    # engine writes from the Dutch snapshot (so every Dutch text reaches the routine, in its place).
    english = build_routine(answers=answers, catalogue=ENGLISH)
    dutch = build_routine(answers=answers, catalogue=FIXTURE_DUTCH)
    assert by_slug(localise(english, target=FIXTURE_DUTCH, english=ENGLISH).to_dict()) == by_slug(dutch.to_dict())


def by_slug(data: dict) -> dict:
    # The snapshot keeps treatments in order of their name, so a Dutch one orders them by their Dutch name;
    # a localised routine keeps the order it was stored in.
    return {**data, "treatments": sorted(data["treatments"], key=lambda t: t["slug"])}
