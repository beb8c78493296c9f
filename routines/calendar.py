"""The introduction plan as an iCalendar file (RFC 5545), built with the `icalendar` library.

Pure: the typed routine, a stable key for UIDs and the first Monday in; bytes out. One weekly series
per active per phase (bounded by UNTIL except in the last phase), a one-off reminder to patch-test
each active before the phase that introduces it, and reminders to look at progress at the timeline's
check-in weeks. Times are floating local evening times. Nothing in the file names the routine's token
or link: UIDs are a hash of a key the caller derives from the token.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, time, timedelta

from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vRecur

from .routine import DAYS, Routine

EVENING = time(21, 0)
REMINDER = time(20, 0)
PATCH_TEST_DAYS_BEFORE = 10  # AAD: patch-test twice a day for 7–10 days before using a product
BYDAY = {"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU"}


def next_monday(today: date) -> date:
    return today + timedelta(days=(7 - today.weekday()) or 7)


def routine_calendar(routine: Routine, *, uid_key: str, today: date) -> bytes:
    start = next_monday(today)

    def uid(*parts: object) -> str:
        digest = hashlib.sha256("|".join([uid_key, *map(str, parts)]).encode()).hexdigest()[:32]
        return f"{digest}@poreguide"

    stamp = datetime.combine(today, time(0, 0))
    cal = Calendar()
    cal.add("prodid", "-//Pore Guide//Introduction plan//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", _("Pore Guide: my skincare plan"))

    for n, phase in enumerate(routine.phases):
        phase_start = start + timedelta(weeks=phase.start_week - 1)
        phase_end = None if phase.end_week is None else start + timedelta(weeks=phase.end_week) - timedelta(days=1)
        uses: dict[str, tuple[str, str, list[str]]] = {}
        for day, day_uses in phase.weekly.items():
            for use in day_uses:
                key = use.ingredients[0] if use.ingredients else use.product_type
                label = use.product_type_name or ", ".join(use.names)
                uses.setdefault(key, (label, ", ".join(use.names), []))[2].append(day)
        for key, (label, names, days) in uses.items():
            first = min(phase_start + timedelta(days=DAYS.index(d)) for d in days)
            event = Event()
            event.add("uid", uid("series", n, key))
            event.add("dtstamp", stamp)
            event.add("summary", _("Tonight: %(product)s") % {"product": label})
            event.add("description", names)
            event.add("dtstart", datetime.combine(first, EVENING))
            event.add("duration", timedelta(minutes=10))
            rule = {"freq": "weekly", "byday": [BYDAY[d] for d in days]}
            if phase_end is not None:
                rule["until"] = datetime.combine(phase_end, time(23, 59))
            event.add("rrule", vRecur(rule))
            cal.add_component(event)
        for slug, name in zip(phase.patch_test, phase.introduces_names or phase.patch_test, strict=False):
            event = Event()
            event.add("uid", uid("patch-test", n, slug))
            event.add("dtstamp", stamp)
            event.add("summary", _("Patch test: %(name)s") % {"name": name})
            event.add(
                "description",
                _(
                    "Before you start it, apply a little twice a day to a small area of your inner arm for 7 to 10 "
                    "days. Don't use it on your face if the skin reddens, itches or swells."
                ),
            )
            patch_day = max(phase_start - timedelta(days=PATCH_TEST_DAYS_BEFORE), today)
            event.add("dtstart", datetime.combine(patch_day, REMINDER))
            event.add("duration", timedelta(minutes=10))
            cal.add_component(event)

    if routine.timeline is not None:
        for week in routine.timeline.checkins:
            event = Event()
            event.add("uid", uid("check-in", week))
            event.add("dtstamp", stamp)
            event.add("summary", _("Week %(week)s: how is your skin doing?") % {"week": week})
            event.add("description", routine.timeline.text)
            event.add("dtstart", datetime.combine(start + timedelta(weeks=week - 1), REMINDER))
            event.add("duration", timedelta(minutes=10))
            cal.add_component(event)
    return cal.to_ical()
