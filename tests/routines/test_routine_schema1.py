"""A routine saved before schema 2 (no `schema_version`, no names on excluded items or weekly uses, no
shopping list, plan or timeline) still renders, exports exactly as saved and gives a calendar file.

`tests/data/routine_schema1.json` is such a routine, in the shape the engine saved before schema 2
(steps without strengths or sources, uses of kind/product_type/ingredients/classes, excluded items of
ingredient/reason/text, sources of title/url/seed): an oily, sensitive, acne-prone beginner who is
pregnant, with a salicylic acid evening and a clay-mask evening, and retinoids among what was left out.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from icalendar import Calendar

from routines.catalogue import current_catalogue
from routines.models import SavedRoutine
from tests.factories import catalogue_once

pytestmark = pytest.mark.django_db

SAVED = json.loads((Path(__file__).parents[1] / "data" / "routine_schema1.json").read_text())
ANSWERS = {
    "skin_type": "oily",
    "sensitive": True,
    "acne_prone": True,
    "concerns": ["blackheads", "enlarged_pores"],
    "age_band": "18_29",
    "pregnancy": "yes",
    "isotretinoin": False,
    "prescription_retinoid": False,
    "rosacea_or_eczema": False,
    "wears_makeup": False,
    "sun_exposure": "moderate",
    "time_budget": "standard",
    "experience": "beginner",
    "fragrance_free": False,
}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
BYDAY = {"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU"}


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


@pytest.fixture
def old_routine():
    return SavedRoutine.objects.create(
        answers=ANSWERS, routine=json.loads(json.dumps(SAVED)), catalogue_version="pre-2"
    )


def test_the_fixture_is_in_the_schema_1_shape():
    # What makes it schema 1; if the fixture drifted to schema 2 the tests below would prove nothing.
    assert "schema_version" not in SAVED
    assert not {"products", "phases", "timeline"} & set(SAVED)
    assert SAVED["excluded"] and all("name" not in e for e in SAVED["excluded"])
    uses = [u for day in DAYS for u in SAVED["weekly"][day]]
    assert uses and all("names" not in u and "product_type_name" not in u for u in uses)
    assert all("strength" not in i for s in SAVED["am"] + SAVED["pm"] for i in s["ingredients"])


def test_the_page_renders_and_names_what_was_left_out_as_curated(client, old_routine):
    response = client.get(f"/r/{old_routine.token}/")
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    curated = {i.slug: i.name for i in current_catalogue().ingredients}
    names = [curated[e["ingredient"]] for e in SAVED["excluded"]]
    assert f"Left out for you: {', '.join(names)}" in page
    for e in SAVED["excluded"]:
        slug, name = e["ingredient"], curated[e["ingredient"]]
        assert f">{name}</a>" in page
        if slug != name:
            assert f">{slug}</a>" not in page


def test_the_page_names_what_is_used_on_each_evening(client, old_routine):
    page = html.unescape(client.get(f"/r/{old_routine.token}/").content.decode())
    shown = re.findall(r'<div class="use">(.*?)</div>', page, flags=re.S)
    step_names = {s["product_type"]: s["product_type_name"] for s in SAVED["pm"]}
    own_names = {i["slug"]: i["name"] for s in SAVED["pm"] for i in s["ingredients"]}
    wanted = []
    for day in DAYS:
        for use in SAVED["weekly"][day]:
            # The product's name, or failing that the names of what it holds.
            wanted.append({step_names[use["product_type"]], ", ".join(own_names[s] for s in use["ingredients"])})
    assert len(shown) == len(wanted)
    for label, options in zip([s.strip() for s in shown], wanted, strict=True):
        assert label in options, f"an evening shows {label!r}, not one of {options}"


def test_the_json_is_exactly_as_saved_with_schema_version_1(client, old_routine):
    response = client.get(f"/r/{old_routine.token}.json")
    assert response.status_code == 200
    data = response.json()
    assert data["schema_version"] == 1
    assert data["token"] == old_routine.token
    assert data["answers"] == ANSWERS
    assert data["catalogue_version"] == "pre-2"
    rest = {
        k: v
        for k, v in data.items()
        if k not in {"schema_version", "token", "url", "created_at", "catalogue_version", "answers"}
        and k not in {"started_on", "check_ins", "progress", "pauses"}  # following the plan: read as empty
    }
    assert rest == SAVED
    assert data["check_ins"] == [] and data["pauses"] == [] and data["progress"]["status"] == "not_enough_data"
    assert list(data["weekly"]) == DAYS


def test_the_calendar_file_holds_its_evenings(client, old_routine):
    response = client.get(f"/r/{old_routine.token}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"].startswith("attachment")
    assert old_routine.token.encode() not in response.content
    events = list(Calendar.from_ical(response.content).walk("VEVENT"))
    series = Counter()
    for event in events:
        rule = event.get("rrule")
        if rule is not None:
            assert "UNTIL" not in rule and "COUNT" not in rule  # no plan: the target week from the start
            series[tuple(rule["BYDAY"])] += 1
    # Each active on the evenings the page shows for it, as a schema-2 routine without a plan has.
    wanted: dict[str, list[str]] = {}
    for day in DAYS:
        for use in SAVED["weekly"][day]:
            wanted.setdefault(use["ingredients"][0], []).append(BYDAY[day])
    assert series == Counter(tuple(days) for days in wanted.values())
