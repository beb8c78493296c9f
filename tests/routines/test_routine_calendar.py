"""The introduction plan as a calendar file (contract: "Calendar"), parsed back with `icalendar`.

Properties over the whole answer space and any download day, against the real catalogue (no
database), then the view `GET /r/<token>.ics` with a saved routine.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from routines.builder import DAYS, build_routine
from routines.calendar import routine_calendar
from routines.following import started_on
from routines.routine import Routine as RoutineSchema
from tests.catalogue_factory import real_catalogue
from tests.factories import catalogue_once, make_routine
from tests.strategies import answers_strategy

CATALOGUE = real_catalogue()
BYDAY = {"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU"}
examples = settings(max_examples=150, deadline=None)
download_days = st.dates(min_value=date(2026, 1, 1), max_value=date(2032, 12, 31))
uid_keys = st.text(alphabet="0123456789abcdef", min_size=32, max_size=64)


def monday_after(today: date) -> date:
    """The first Monday strictly after `today` (a Monday's download starts a week later)."""
    return today + timedelta(days=7 - today.weekday())


def phase_dates(monday: date, phase) -> tuple[date, date | None]:
    start = monday + timedelta(weeks=phase.start_week - 1)
    end = None if phase.end_week is None else monday + timedelta(weeks=phase.end_week) - timedelta(days=1)
    return start, end


def expected_series(phase) -> Counter:
    """(product name, BYDAY) for each active of a phase: the evenings it is used that phase."""
    days_of: dict[str, list[str]] = {}
    name_of: dict[str, str] = {}
    for day in DAYS:
        for use in phase.weekly.on(day):
            key = use.ingredients[0]
            days_of.setdefault(key, []).append(BYDAY[day])
            name_of[key] = use.product_type_name
    return Counter((name_of[k], tuple(days)) for k, days in days_of.items())


def parse(body: bytes) -> tuple[Calendar, list]:
    cal = Calendar.from_ical(body)
    return cal, list(cal.walk("VEVENT"))


def start_of(event) -> datetime:
    value = event.decoded("dtstart")
    assert isinstance(value, datetime)
    assert value.tzinfo is None, "times are floating local times"
    return value


def summary(event) -> str:
    return str(event.get("summary"))


def check_calendar(plan: RoutineSchema, body: bytes, *, today: date, uid_key: str, monday: date | None = None) -> None:
    cal, events = parse(body)
    assert str(cal.get("version")) == "2.0" and cal.get("prodid")
    text = body.decode()
    assert uid_key not in text
    uids = [str(e.get("uid")) for e in events]
    assert len(uids) == len(set(uids)), "UIDs are unique"
    for e in events:
        assert e.get("dtstamp") is not None and e.get("uid") and e.get("summary")

    monday = monday or monday_after(today)
    series = [e for e in events if e.get("rrule") is not None]
    one_off = [e for e in events if e.get("rrule") is None]

    # One weekly series per active per phase, on that phase's evenings, bounded except in the last phase.
    by_phase: dict[int, Counter] = {}
    for e in series:
        rule = e.get("rrule")
        assert rule["FREQ"] == ["WEEKLY"]
        assert "COUNT" not in rule
        first = start_of(e)
        assert first.date() >= monday
        week = (first.date() - monday).days // 7 + 1
        phase = next(p for p in plan.phases if p.start_week == week)
        start, end = phase_dates(monday, phase)
        byday = tuple(rule["BYDAY"])
        # The series starts on the first of its evenings in the phase's first week.
        assert first.date() == start + timedelta(days=min(list(BYDAY.values()).index(d) for d in byday))
        if end is None:
            assert "UNTIL" not in rule
        else:
            (until,) = rule["UNTIL"]
            assert first.date() <= until.date() == end
        name = summary(e)
        by_phase.setdefault(phase.start_week, Counter())[(name, byday)] += 1
    for phase in plan.phases:
        want = Counter({(f"Tonight: {name}", days): n for (name, days), n in expected_series(phase).items()})
        assert by_phase.get(phase.start_week, Counter()) == want, phase.weeks

    # One patch test per introduced active, before the phase that introduces it: 7-10 days before
    # when the download leaves time for it (AAD), otherwise from the day of the download.
    patch_tests = [e for e in one_off if summary(e).startswith("Patch test")]
    introduced = [(p, name) for p in plan.phases for name in (p.introduces_names or p.introduces)]
    assert len(patch_tests) == len(introduced)
    for phase, name in introduced:
        (event,) = [e for e in patch_tests if summary(e) == f"Patch test: {name}"]
        day = start_of(event).date()
        start, _ = phase_dates(monday, phase)
        assert today <= day < start
        if start - timedelta(days=7) >= today:
            assert start - timedelta(days=10) <= day <= start - timedelta(days=7)
        else:
            assert day == today

    # Check-in reminders at the timeline's weeks, nothing else.
    checkins = [e for e in one_off if e not in patch_tests]
    weeks = plan.timeline.checkins if plan.timeline else ()
    assert sorted(start_of(e).date() for e in checkins) == [monday + timedelta(weeks=w - 1) for w in weeks]
    for e in checkins:
        assert start_of(e).date() >= monday


@examples
@given(answers_strategy, download_days, uid_keys)
def test_the_calendar_file_follows_the_plan(answers, today, uid_key):
    plan = build_routine(answers=answers, catalogue=CATALOGUE)
    body = routine_calendar(plan, uid_key=uid_key, today=today)
    check_calendar(plan, body, today=today, uid_key=uid_key)


@settings(max_examples=50, deadline=None)
@given(answers_strategy, download_days, download_days)
def test_uids_are_stable_for_one_routine_whatever_the_download_day(answers, one_day, other_day):
    plan = build_routine(answers=answers, catalogue=CATALOGUE)

    def uids(today):
        return sorted(str(e.get("uid")) for e in parse(routine_calendar(plan, uid_key="k" * 64, today=today))[1])

    assert uids(one_day) == uids(other_day)


def test_a_plan_with_several_phases_makes_a_series_for_each():
    # Not vacuous: an experienced adult with oily, blackhead-prone skin gets an acid and a retinoid,
    # each stepped up over several phases.
    from tests.catalogue_factory import make_answers

    plan = build_routine(
        answers=make_answers(concerns={"blackheads", "fine_lines", "texture"}, age_band="30_44", time_budget="full"),
        catalogue=CATALOGUE,
    )
    assert len(plan.phases) >= 3
    today = date(2026, 12, 1)  # a Tuesday: week 1 starts on Monday 7 December
    body = routine_calendar(plan, uid_key="0" * 64, today=today)
    check_calendar(plan, body, today=today, uid_key="0" * 64)
    _, events = parse(body)
    series = [e for e in events if e.get("rrule") is not None]
    assert len(series) >= len(plan.phases) and min(start_of(e).date() for e in series) == date(2026, 12, 7)


# --- The view ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


@pytest.mark.django_db
def test_the_calendar_download_is_an_attachment_without_the_token(client, catalogue):
    routine = make_routine(concerns=["blackheads", "texture"], experience="experienced")
    response = client.get(f"/r/{routine.token}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"].startswith("attachment")
    assert ".ics" in response["Content-Disposition"]
    body = response.content
    assert routine.token.encode() not in body
    assert routine.get_absolute_url().encode() not in body
    # The key its UIDs come from is derived from the token; neither it nor the token is in the file.
    assert hashlib.sha256(f"ics:{routine.token}".encode()).hexdigest().encode() not in body
    # The whole file follows the saved plan, from `started_on` (the first Monday on or after the day it
    # was made).
    uid_key = hashlib.sha256(f"ics:{routine.token}".encode()).hexdigest()
    monday = started_on(timezone.localdate(routine.created_at))
    check_calendar(routine.plan(), body, today=timezone.localdate(), uid_key=uid_key, monday=monday)
    assert any(e.get("rrule") is not None for e in parse(body)[1])
    head = client.head(f"/r/{routine.token}.ics")
    assert head.status_code == 200
    assert head["Content-Type"] == response["Content-Type"]
    assert head.content == b""


@pytest.mark.django_db
def test_an_unknown_or_malformed_token_has_no_calendar(client, catalogue):
    assert client.get("/r/" + "A" * 32 + ".ics").status_code == 404
    assert client.head("/r/" + "A" * 32 + ".ics").status_code == 404
    assert client.get("/r/short.ics").status_code == 404
