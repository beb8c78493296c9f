"""The introduction plan as an iCalendar file (RFC 5545), built with the `icalendar` library.

Pure: the typed routine, a stable key for UIDs and the first Monday in; bytes out. One weekly series
per active per phase (bounded by UNTIL except in the last phase), a one-off reminder to patch-test
each active before the phase that introduces it, and reminders to look at progress at the timeline's
check-in weeks. Times are floating local evening times. Nothing in the file names the routine's token
or link: UIDs are a hash of a key the caller derives from the token.

Each evening event and patch test carries a reminder (VALARM, display) naming what that evening holds
("Tonight: BHA exfoliant — not your retinoid"). Pauses (routines/following.py) are followed: no active
evening falls inside one (EXDATE for a pause with an end; the series stop before an open one), and
each pause is an event of its own.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, time, timedelta

from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event, vRecur

from .following import Pause
from .routine import DAYS, Phase, Routine

EVENING = time(21, 0)
REMINDER = time(20, 0)
PATCH_TEST_DAYS_BEFORE = 10  # AAD: patch-test twice a day for 7–10 days before using a product
BYDAY = {"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU"}


def next_monday(today: date) -> date:
    return today + timedelta(days=(7 - today.weekday()) or 7)


def alarm(text: str) -> Alarm:
    """A display reminder at the event's time, saying `text`."""
    reminder = Alarm()
    reminder.add("action", "DISPLAY")
    reminder.add("description", text)
    reminder.add("trigger", timedelta(0))
    return reminder


def phase_uses(phase: Phase) -> dict[str, tuple[str, str, list[str]]]:
    """Each active of a phase: (label, ingredient names, evenings)."""
    uses: dict[str, tuple[str, str, list[str]]] = {}
    for day, day_uses in phase.weekly.items():
        for use in day_uses:
            key = use.ingredients[0] if use.ingredients else use.product_type
            label = use.product_type_name or ", ".join(use.names)
            uses.setdefault(key, (label, ", ".join(use.names), []))[2].append(day)
    return uses


def evening_text(key: str, uses: dict[str, tuple[str, str, list[str]]]) -> str:
    """What this evening holds, and which other active of the phase it is not ("not your retinoid")."""
    label, _names, days = uses[key]
    others = [other[0] for k, other in uses.items() if k != key and not set(other[2]) & set(days)]
    if not others:
        return _("Tonight: %(product)s") % {"product": label}
    return _("Tonight: %(product)s — not your %(others)s") % {"product": label, "others": ", ".join(others)}


def skip_pauses(event: Event, days: list[str], first: date, end: date | None, pauses: tuple[Pause, ...]) -> bool:
    """Keep the series' evenings out of every pause; False when the whole series falls in an open one."""
    until = end
    excluded = []
    for pause in pauses:
        if pause.end is None:
            if pause.start <= first:
                return False
            until = pause.start - timedelta(days=1) if until is None else min(until, pause.start - timedelta(days=1))
            continue
        day = max(pause.start, first)
        while day < pause.end and (end is None or day <= end):
            if DAYS[day.weekday()] in days:
                excluded.append(datetime.combine(day, EVENING))
            day += timedelta(days=1)
    if until is not None:
        event["rrule"]["UNTIL"] = [datetime.combine(until, time(23, 59))]
    if excluded:
        event.add("exdate", excluded)
    return True


def routine_calendar(
    routine: Routine, *, uid_key: str, today: date, start: date | None = None, pauses: tuple[Pause, ...] = ()
) -> bytes:
    """The calendar from `start` (week 1's Monday; by default the Monday after `today`)."""
    start = start or next_monday(today)

    def uid(*parts: object) -> str:
        digest = hashlib.sha256("|".join([uid_key, *map(str, parts)]).encode()).hexdigest()[:32]
        return f"{digest}@poreguide"

    stamp = datetime.combine(today, time(0, 0))
    cal = Calendar()
    cal.add("prodid", "-//Pore Guide//Introduction plan//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", _("Pore Guide: my skincare plan"))

    def event(key: tuple, summary: str, description: str, day: date, at: time) -> Event:
        item = Event()
        item.add("uid", uid(*key))
        item.add("dtstamp", stamp)
        item.add("summary", summary)
        item.add("description", description)
        item.add("dtstart", datetime.combine(day, at))
        item.add("duration", timedelta(minutes=10))
        return item

    for n, phase in enumerate(routine.phases):
        phase_start = start + timedelta(weeks=phase.start_week - 1)
        phase_end = None if phase.end_week is None else start + timedelta(weeks=phase.end_week) - timedelta(days=1)
        uses = phase_uses(phase)
        for key, (label, names, days) in uses.items():
            first = min(phase_start + timedelta(days=DAYS.index(d)) for d in days)
            series = event(("series", n, key), _("Tonight: %(product)s") % {"product": label}, names, first, EVENING)
            rule = {"freq": "weekly", "byday": [BYDAY[d] for d in days]}
            if phase_end is not None:
                rule["until"] = datetime.combine(phase_end, time(23, 59))
            series.add("rrule", vRecur(rule))
            if pauses and not skip_pauses(series, days, first, phase_end, pauses):
                continue
            series.add_component(alarm(evening_text(key, uses)))
            cal.add_component(series)
        if phase_start < today:
            continue  # begun before this download: its patch tests are behind the person
        for slug, name in zip(phase.patch_test, phase.introduces_names or phase.patch_test, strict=False):
            patch_day = max(phase_start - timedelta(days=PATCH_TEST_DAYS_BEFORE), today)
            summary = _("Patch test: %(name)s") % {"name": name}
            test = event(("patch-test", n, slug), summary, PATCH_TEST_TEXT(), patch_day, REMINDER)
            test.add_component(alarm(summary))
            cal.add_component(test)

    if routine.timeline is not None:
        for week in routine.timeline.checkins:
            summary = _("Week %(week)s: how is your skin doing?") % {"week": week}
            day = start + timedelta(weeks=week - 1)
            cal.add_component(event(("check-in", week), summary, routine.timeline.text, day, REMINDER))
    for pause in pauses:
        cal.add_component(pause_event(pause, event))
    return cal.to_ical()


def PATCH_TEST_TEXT() -> str:  # noqa: N802 - a text, translated when used
    return _(
        "Before you start it, apply a little twice a day to a small area of your inner arm for 7 to 10 "
        "days. Don't use it on your face if the skin reddens, itches or swells."
    )


def pause_event(pause: Pause, event) -> Event:
    if pause.end is None:
        summary = _("Paused: no actives until you resume")
    else:
        summary = _("Paused: no actives until %(date)s") % {"date": pause.end.isoformat()}
    text = _("Gentle cleanser and a bland moisturiser in the evening, sunscreen in the morning.")
    return event(("pause", pause.start.isoformat()), summary, text, pause.start, REMINDER)
