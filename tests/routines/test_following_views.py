"""Following the plan through its URLs (contract: "Additions, turn 3 → Following the plan"): check-ins,
"My skin is irritated", resume, progress over the weeks (the clock moved forward between requests), the
JSON, the calendar, the summary, deletion and the backup."""

from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from unittest import mock

import pytest
from django.utils import timezone
from icalendar import Calendar

from routines.models import CheckIn, Pause, SavedRoutine
from tests.factories import catalogue_once, make_routine

pytestmark = pytest.mark.django_db

CHECK_IN = {"oiliness": "2", "blackheads": "2", "breakouts": "1", "irritation": "0", "followed": "most_days"}


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


@contextmanager
def on(day: date):
    """The server's clock on `day`, at noon."""
    moment = datetime(day.year, day.month, day.day, 12, 0, tzinfo=UTC)
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def made_on(day: date, **answers) -> SavedRoutine:
    with on(day):
        return make_routine(**answers)


def data(client, routine) -> dict:
    response = client.get(f"/r/{routine.token}.json")
    assert response.status_code == 200
    return json.loads(response.content)


def check_in(client, routine, **values):
    return client.post(f"/r/{routine.token}/check-in/", {**CHECK_IN, **values})


# 2026-12-02 is a Wednesday: the plan starts on Monday 7 December.
MADE = date(2026, 12, 2)
STARTED = date(2026, 12, 7)


def test_started_on_is_the_first_monday_on_or_after_the_day_made(client):
    routine = made_on(MADE)
    with on(MADE):
        assert data(client, routine)["started_on"] == STARTED.isoformat()
        got = data(client, routine)
    assert got["check_ins"] == [] and got["pauses"] == [] and got["progress"]["status"] == "not_enough_data"
    monday = made_on(STARTED)
    with on(STARTED):
        assert data(client, monday)["started_on"] == STARTED.isoformat()


def test_a_check_in_is_saved_and_sends_the_person_back_to_their_routine(client):
    routine = made_on(MADE)
    with on(STARTED + timedelta(days=8)):
        assert client.get(f"/r/{routine.token}/check-in/").status_code == 200
        response = check_in(client, routine)
        assert response.status_code == 303 and response["Location"] == f"/r/{routine.token}/"
        (saved,) = data(client, routine)["check_ins"]
    assert saved == {
        "date": (STARTED + timedelta(days=8)).isoformat(),
        "week": 2,
        "oiliness": 2,
        "blackheads": 2,
        "breakouts": 1,
        "irritation": 0,
        "followed": "most_days",
    }


@pytest.mark.parametrize(
    "bad",
    [{"oiliness": "4"}, {"blackheads": ""}, {"breakouts": "-1"}, {"irritation": "x"}, {"followed": "always"}],
)
def test_bad_input_is_answered_at_the_field_and_nothing_is_saved(client, bad):
    routine = made_on(MADE)
    with on(MADE):
        response = check_in(client, routine, **bad)
    assert response.status_code == 200
    (name,) = bad
    html = response.content.decode()
    assert f'id="error_1_id_{name}"' in html or "invalid-feedback" in html
    assert "Please choose" in html
    assert not CheckIn.objects.filter(routine=routine).exists()


def test_missing_fields_each_get_a_message(client):
    routine = made_on(MADE)
    with on(MADE):
        response = client.post(f"/r/{routine.token}/check-in/", {})
    assert response.status_code == 200
    assert response.content.decode().count("Please choose one.") >= 5
    assert not CheckIn.objects.exists()


def test_one_check_in_a_day_the_second_replaces_the_first(client):
    routine = made_on(MADE)
    with on(MADE):
        check_in(client, routine, oiliness="3")
        check_in(client, routine, oiliness="1")
        (only,) = data(client, routine)["check_ins"]
    assert only["oiliness"] == 1
    assert CheckIn.objects.filter(routine=routine).count() == 1


def test_progress_moves_through_every_status_over_the_weeks(client):
    routine = made_on(MADE)  # min_weeks from the timeline
    min_weeks = routine.routine["timeline"]["min_weeks"]
    statuses = []

    def status_on(day):
        with on(day):
            return data(client, routine)["progress"]["status"]

    for n, score in enumerate(["3", "3"]):
        with on(STARTED + timedelta(days=7 * n)):
            check_in(client, routine, oiliness=score, blackheads=score, breakouts=score)
        statuses.append(status_on(STARTED + timedelta(days=7 * n)))
    assert statuses == ["not_enough_data", "not_enough_data"]
    with on(STARTED + timedelta(days=14)):
        check_in(client, routine, oiliness="2", blackheads="2", breakouts="2")
    assert status_on(STARTED + timedelta(days=14)) == "too_early"
    page_day = STARTED + timedelta(days=15)
    with on(page_day):
        html = client.get(f"/r/{routine.token}/").content.decode()
    assert "too early to judge" in html and f"Week 3 of {min_weeks}" in html
    later = STARTED + timedelta(weeks=min_weeks)
    assert status_on(later) == "improving"  # the clock alone moved it on: nothing cached is stale
    with on(later):
        check_in(client, routine, oiliness="3", blackheads="3", breakouts="3")
    assert status_on(later) == "no_change"
    with on(later + timedelta(days=2)):
        check_in(client, routine, oiliness="3", blackheads="3", breakouts="3")
    # First 9, latest 9: no change; a first check-in of 6 and a latest of 9 would be worse.
    assert status_on(later + timedelta(days=2)) == "no_change"


def test_progress_worse(client):
    routine = made_on(MADE)
    min_weeks = routine.routine["timeline"]["min_weeks"]
    for n, score in enumerate(["1", "2", "3"]):
        with on(STARTED + timedelta(days=7 * n)):
            check_in(client, routine, oiliness=score, blackheads=score, breakouts=score)
    with on(STARTED + timedelta(weeks=min_weeks)):
        assert data(client, routine)["progress"]["status"] == "worse"


def test_an_irritation_of_2_or_more_offers_a_pause(client):
    routine = made_on(MADE)
    with on(STARTED):
        check_in(client, routine, irritation="1")
        assert 'id="pause-offer"' not in client.get(f"/r/{routine.token}/").content.decode()
        check_in(client, routine, irritation="2")
        assert 'id="pause-offer"' in client.get(f"/r/{routine.token}/").content.decode()


def experienced(day=MADE):
    return made_on(day, concerns=["blackheads", "texture", "fine_lines"], experience="experienced", age_band="30_44")


@pytest.mark.parametrize(("severity", "days"), [("mild", 3), ("moderate", 7), ("severe", None)])
def test_a_pause_of_each_severity(client, severity, days):
    routine = experienced()
    day = STARTED + timedelta(weeks=3, days=1)
    with on(day):
        response = client.post(f"/r/{routine.token}/irritated/", {"severity": severity})
        assert response.status_code == 303 and response["Location"] == f"/r/{routine.token}/"
        (pause,) = data(client, routine)["pauses"]
        html = client.get(f"/r/{routine.token}/").content.decode()
    assert pause["start"] == day.isoformat() and pause["severity"] == severity
    assert pause["end"] == (None if days is None else (day + timedelta(days=days)).isoformat())
    assert pause["text"]
    if severity == "severe":
        assert "doctor or pharmacist" in pause["text"]
        assert "see a doctor or pharmacist now" in html
    assert 'id="pause"' in html
    # Tonight: a gentle cleanse and a moisturiser, no active.
    tonight = html[html.index('id="tonight"') : html.index('id="tomorrow"')]
    assert "Moisturiser" in tonight or "moisturiser" in tonight
    pm = {s["product_type_name"]: s for s in routine.routine["pm"]}
    for name, step in pm.items():
        if step["times_per_week"] < 7 or step["kind"] in ("treat", "exfoliate", "mask"):
            assert name not in tonight, name


def test_invalid_severity_is_answered_and_starts_nothing(client):
    routine = experienced()
    with on(STARTED):
        response = client.post(f"/r/{routine.token}/irritated/", {"severity": "awful"})
    assert response.status_code == 200 and "Please choose one of the options." in response.content.decode()
    assert not Pause.objects.exists()


def test_a_second_pause_while_one_is_open_extends_it_and_resume_ends_it(client):
    routine = experienced()
    day = STARTED + timedelta(weeks=3)
    with on(day):
        client.post(f"/r/{routine.token}/irritated/", {"severity": "mild"})
    with on(day + timedelta(days=2)):
        client.post(f"/r/{routine.token}/irritated/", {"severity": "moderate"})
        (pause,) = data(client, routine)["pauses"]
    assert pause == {**pause, "start": day.isoformat(), "end": (day + timedelta(days=9)).isoformat()}
    assert pause["severity"] == "moderate"
    with on(day + timedelta(days=4)):
        assert client.post(f"/r/{routine.token}/resume/").status_code == 303
        (pause,) = data(client, routine)["pauses"]
    assert pause["end"] == (day + timedelta(days=4)).isoformat()
    with on(day + timedelta(days=5)):
        before = data(client, routine)
        assert client.post(f"/r/{routine.token}/resume/").status_code == 303
        assert data(client, routine) == before  # no pause: nothing changes


def test_after_a_pause_the_plan_resumes_one_phase_back_in_the_json_page_and_calendar(client):
    routine = experienced()
    phases = routine.routine["phases"]
    assert len(phases) >= 3
    second = phases[1]
    day = STARTED + timedelta(weeks=second["start_week"] - 1, days=2)  # in the second phase
    with on(day):
        client.post(f"/r/{routine.token}/irritated/", {"severity": "severe"})
        paused = data(client, routine)
        ics = client.get(f"/r/{routine.token}.ics").content
    assert paused["phases"] == phases  # open until resumed: the plan waits
    assert no_active_evening_between(ics, day, day + timedelta(weeks=30))
    resumed_on = day + timedelta(days=10)
    with on(resumed_on):
        client.post(f"/r/{routine.token}/resume/")
        after = data(client, routine)["phases"]
        ics = client.get(f"/r/{routine.token}.ics").content
    resume_week = (resumed_on - STARTED).days // 7 + 1
    # One phase back: the first phase's evenings again from the resume week, then up again.
    back = next(p for p in after if p["start_week"] <= resume_week and (p["end_week"] or 99) >= resume_week)
    assert back["weekly"] == phases[0]["weekly"]
    assert after[-1]["weekly"] == phases[-1]["weekly"] and after[-1]["end_week"] is None
    assert after[0]["start_week"] == 1
    for a, b in zip(after, after[1:], strict=False):
        assert b["start_week"] == a["end_week"] + 1
    assert no_active_evening_between(ics, day, resumed_on)


def evenings(ics: bytes) -> list[date]:
    from dateutil.rrule import rrulestr

    out = []
    for event in Calendar.from_ical(ics).walk("VEVENT"):
        if event.get("rrule") is None:
            continue
        text = event.to_ical().decode()
        lines = [ln for ln in text.splitlines() if ln.startswith(("DTSTART", "RRULE", "EXDATE"))]
        rule = rrulestr("\n".join(lines), forceset=True)
        out += [d.date() for d in rule.between(datetime(2026, 1, 1), datetime(2028, 1, 1), inc=True)]
    return out


def no_active_evening_between(ics: bytes, start: date, end: date) -> bool:
    return not [d for d in evenings(ics) if start <= d < end]


def test_every_evening_event_has_an_alarm_naming_the_evening(client):
    routine = experienced()
    with on(MADE):
        ics = client.get(f"/r/{routine.token}.ics").content
    events = list(Calendar.from_ical(ics).walk("VEVENT"))
    series = [e for e in events if e.get("rrule") is not None]
    patch = [e for e in events if str(e.get("summary")).startswith("Patch test")]
    assert series and patch
    for event in series + patch:
        (alarm,) = event.walk("VALARM")
        assert str(alarm.get("action")) == "DISPLAY"
        assert str(alarm.get("description")).startswith(("Tonight: ", "Patch test: "))


def test_an_evening_alarm_says_which_other_active_it_is_not():
    from routines.calendar import evening_text

    uses = {"salicylic-acid": ("BHA", "Salicylic acid", ["mon", "fri"]), "retinol": ("Retinoid", "Retinol", ["wed"])}
    assert evening_text("salicylic-acid", uses) == "Tonight: BHA — not your Retinoid"
    assert evening_text("retinol", uses) == "Tonight: Retinoid — not your BHA"
    assert evening_text("retinol", {"retinol": uses["retinol"]}) == "Tonight: Retinoid"


def test_the_summary_is_private_and_prints_no_token(client):
    routine = experienced()
    with on(STARTED + timedelta(days=3)):
        check_in(client, routine)
        client.post(f"/r/{routine.token}/irritated/", {"severity": "mild"})
        response = client.get(f"/r/{routine.token}/summary/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="robots" content="noindex"' in html and response["X-Robots-Tag"].startswith("noindex")
    visible = html.replace(f'href="/r/{routine.token}/"', "")
    assert routine.token not in visible
    for heading in ("About the person", "Products and when each started", "Current phase", "Check-ins", "Pauses"):
        assert heading in html
    assert "Questions worth asking" in html


def test_unknown_tokens_are_404(client):
    for path in ("check-in/", "irritated/", "summary/"):
        assert client.get(f"/r/{'x' * 32}/{path}").status_code == 404
    assert client.post(f"/r/{'x' * 32}/resume/").status_code == 404


def test_deleting_a_routine_deletes_its_check_ins_and_pauses(client):
    routine = experienced()
    with on(STARTED):
        check_in(client, routine)
        client.post(f"/r/{routine.token}/irritated/", {"severity": "moderate"})
        assert client.post(f"/r/{routine.token}/delete/").status_code == 303
    assert not CheckIn.objects.exists() and not Pause.objects.exists()
    assert client.get(f"/r/{routine.token}.json").status_code == 404


def test_the_page_is_never_stale_after_a_check_in_or_pause(client):
    routine = experienced()
    with on(STARTED):
        first = client.get(f"/r/{routine.token}/").content
        client.post(f"/r/{routine.token}/irritated/", {"severity": "mild"})
        paused = client.get(f"/r/{routine.token}/").content
        assert b'id="pause"' not in first and b'id="pause"' in paused
    with on(STARTED + timedelta(days=3)):
        assert b'id="pause"' not in client.get(f"/r/{routine.token}/").content


def test_today_comes_from_the_clock():
    assert timezone.localdate() == timezone.localdate()  # pragma: the views call it on every request


def test_the_backup_keeps_check_ins_and_pauses_and_refuses_bad_ones(client, tmp_path):
    from io import StringIO

    from django.core.management import call_command

    routine = experienced()
    plain = experienced()
    with on(STARTED):
        check_in(client, routine, irritation="2")
        client.post(f"/r/{routine.token}/irritated/", {"severity": "moderate"})
    with on(STARTED + timedelta(days=1)):
        check_in(client, routine)
        before = data(client, routine)
    path = tmp_path / "backup.jsonl"
    call_command("export_routines", "--output", str(path), stderr=StringIO())
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    by_token = {r["token"]: r for r in lines}
    assert len(by_token[routine.token]["check_ins"]) == 2 and len(by_token[routine.token]["pauses"]) == 1
    assert "check_ins" not in by_token[plain.token]  # none: the record is as before
    SavedRoutine.objects.all().delete()
    # A bad check-in makes its record skipped, with a reason.
    bad = {**by_token[routine.token], "token": "b" * 32}
    bad["check_ins"] = [{**bad["check_ins"][0], "oiliness": 4}]
    path.write_text("\n".join(json.dumps(r) for r in [*lines, bad]) + "\n")
    out, err = StringIO(), StringIO()
    call_command("import_routines", str(path), stdout=out, stderr=err)
    assert "oiliness must be 0, 1, 2 or 3" in err.getvalue()
    assert SavedRoutine.objects.count() == 2
    with on(STARTED + timedelta(days=1)):
        restored = data(client, SavedRoutine.objects.get(token=routine.token))
    assert {k: restored[k] for k in ("check_ins", "pauses", "progress", "phases", "started_on")} == {
        k: before[k] for k in ("check_ins", "pauses", "progress", "phases", "started_on")
    }


def test_curators_set_pause_lengths_and_texts_and_a_missing_row_falls_back(client):
    from ingredients.models import PauseGuidance

    PauseGuidance.objects.filter(severity="mild").update(days=2, text="Two quiet days.")
    PauseGuidance.objects.filter(severity="severe").delete()
    routine = experienced()
    with on(STARTED):
        client.post(f"/r/{routine.token}/irritated/", {"severity": "mild"})
        (pause,) = data(client, routine)["pauses"]
    assert pause["end"] == (STARTED + timedelta(days=2)).isoformat() and pause["text"] == "Two quiet days."
    with on(STARTED + timedelta(days=5)):
        client.post(f"/r/{routine.token}/irritated/", {"severity": "severe"})
        severe = data(client, routine)["pauses"][-1]
    assert severe["end"] is None and "see a doctor or pharmacist now" in severe["text"]


def test_the_page_offers_a_check_in_in_the_plans_check_in_weeks(client):
    routine = experienced()
    week = routine.routine["timeline"]["checkins"][0]
    day = STARTED + timedelta(weeks=week - 1, days=1)
    with on(day):
        assert 'id="check-in-due"' in client.get(f"/r/{routine.token}/").content.decode()
        check_in(client, routine)
        assert 'id="check-in-due"' not in client.get(f"/r/{routine.token}/").content.decode()
    with on(STARTED + timedelta(weeks=week)):  # not a check-in week
        if week + 1 not in routine.routine["timeline"]["checkins"]:
            assert 'id="check-in-due"' not in client.get(f"/r/{routine.token}/").content.decode()


def test_a_calendar_subscription_has_its_own_revocable_token_and_follows_pauses(client):
    from routines.models import CalendarFeed

    routine = experienced()
    page = f"/r/{routine.token}/calendar/"
    with on(STARTED):
        assert client.get(page).status_code == 200
        assert client.post(page, {"action": "new"}).status_code == 303
        feed = CalendarFeed.objects.get(routine=routine)
        assert feed.token != routine.token
        html = client.get(page).content.decode()
        assert f"/calendar/{feed.token}.ics" in html
        body = client.get(f"/calendar/{feed.token}.ics").content
        assert routine.token.encode() not in body and b"BEGIN:VCALENDAR" in body
        assert body == client.get(f"/r/{routine.token}.ics").content
        client.post(f"/r/{routine.token}/irritated/", {"severity": "severe"})
        assert no_active_evening_between(
            client.get(f"/calendar/{feed.token}.ics").content, STARTED, STARTED + timedelta(weeks=20)
        )
        # A new address replaces the old one; stopping it leaves none.
        client.post(page, {"action": "new"})
        assert client.get(f"/calendar/{feed.token}.ics").status_code == 404
        client.post(page, {"action": "stop"})
        assert not CalendarFeed.objects.filter(routine=routine).exists()


def test_a_calendar_subscription_goes_with_its_routine(client):
    from routines.models import CalendarFeed

    routine = experienced()
    client.post(f"/r/{routine.token}/calendar/", {"action": "new"})
    feed = CalendarFeed.objects.get(routine=routine)
    client.post(f"/r/{routine.token}/delete/")
    assert client.get(f"/calendar/{feed.token}.ics").status_code == 404


def test_logs_never_hold_a_calendar_subscriptions_token():
    from poreguide.logs import redact

    token = "AbCdEfGhIjKlMnOpQrStUvWx"
    assert redact(f"Not Found: /calendar/{token}.ics") == "Not Found: /calendar/AbCdEf*.ics"


@pytest.mark.django_db
def test_follow_up_posts_have_their_own_rate_limit_and_a_clear_429(client, settings):
    settings.RATELIMIT_ENABLE = True
    settings.FOLLOW_RATE_LIMIT = "2/m"
    routine = make_routine()
    for _ in range(2):
        assert client.post(f"/r/{routine.token}/resume/").status_code == 303
    response = client.post(f"/r/{routine.token}/irritated/", {"severity": "mild"})
    assert response.status_code == 429
    assert "Too many check-ins or pauses from your address" in response.content.decode()
    assert not Pause.objects.filter(routine=routine).exists()


def test_the_summary_names_the_current_phase_evenings_in_words(client):
    routine = experienced()
    with on(STARTED + timedelta(days=3)):
        html = client.get(f"/r/{routine.token}/summary/").content.decode()
    phase = html.split("Current phase:", 1)[1].split("</p>", 1)[0]
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    assert any(f"{day}: " in phase for day in days), phase
    assert not any(f"{key}: " in phase for key in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")), phase
