"""Following the plan: check-ins, progress, pauses and the plan re-dated after a pause.

Plain, database-free rules (contract: "Additions, turn 3 → Following the plan"). Dates in, records
out; "today" is always the caller's (the views take it from the clock on every request).

- Weeks are counted from `started_on`, the first Monday on or after the day the routine was made;
  the days before it count as week 1.
- `progress()` is `not_enough_data` until 3 check-ins with the first and latest at least 14 days
  apart, then `too_early` while fewer than `min_weeks` full weeks have passed since `started_on`,
  then compares oiliness + blackheads + breakouts of the first and latest check-in.
- A pause stops every active from its `start` until its `end` (the day actives return; None: until
  the person resumes). A second pause while one is open extends it; resuming ends it today.
- After a pause the plan resumes one phase back and steps up again from there, re-dated in whole
  weeks (`redate_phases`): the phases before stay, the one before the resumed phase stretches to the
  week before the resume week, and the resumed phase and those after it keep their lengths.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .routine import Phase, Step

SCORE_FIELDS = ("oiliness", "blackheads", "breakouts", "irritation")
SCORE_VALUES = (0, 1, 2, 3)
FOLLOWED = ("most_days", "some_days", "rarely")
SEVERITIES = ("mild", "moderate", "severe")
# Used when the catalogue has no pause guidance row for a severity (curators edit these in admin).
DEFAULT_PAUSE_DAYS: Mapping[str, int | None] = {"mild": 3, "moderate": 7, "severe": None}
# Used when the catalogue has no text for a severity (fixtures/catalogue.json has one for each).
DEFAULT_PAUSE_TEXT = {
    "mild": gettext_lazy(
        "Stinging or tightness: pause every active for 3 days. Use only a gentle cleanser and a bland "
        "moisturiser in the evening, and sunscreen in the morning; then start again one step back."
    ),
    "moderate": gettext_lazy(
        "Redness, flaking or burning that lasts: pause every active for 7 days. Use only a gentle cleanser and "
        "a bland moisturiser in the evening, and sunscreen in the morning; then start again one step back. If "
        "your skin isn't calm after a week, see a pharmacist or doctor."
    ),
    "severe": gettext_lazy(
        "Stop every product except a gentle cleanser and a bland moisturiser, and see a doctor or pharmacist "
        "now. If your face, lips, eyes or throat swell, or you find it hard to breathe, get emergency help. "
        "Start your actives again only when a doctor or pharmacist says you may."
    ),
}
# An irritation of at least this much offers a pause.
IRRITATION_OFFERS_PAUSE = 2
# Progress needs this many check-ins, the first and latest this many days apart.
MIN_CHECK_INS = 3
MIN_SPAN_DAYS = 14
DEFAULT_MIN_WEEKS = 4
STATUSES = ("not_enough_data", "too_early", "improving", "no_change", "worse")

# Tonight's minimal routine while paused: a gentle cleanse and a bland moisturiser in the evening,
# sunscreen in the morning; nothing that exfoliates, treats or carries an active.
MINIMAL_KINDS = {"am": ("cleanse", "moisturise", "sunscreen"), "pm": ("oil_cleanse", "cleanse", "moisturise")}
ACTIVE_CLASSES = frozenset({"aha", "bha", "pha", "retinoid", "antimicrobial", "clay", "physical_exfoliant"})


# --- Weeks -----------------------------------------------------------------------------------------


def started_on(made: date) -> date:
    """The first Monday on or after the day the routine was made."""
    return made + timedelta(days=(7 - made.weekday()) % 7)


def week_of(start: date, day: date) -> int:
    """The plan week `day` falls in: week 1 from the day it was made to the Sunday after `start`."""
    return max(1, (day - start).days // 7 + 1)


def full_weeks(start: date, day: date) -> int:
    return max(0, (day - start).days // 7)


# --- Check-ins and progress ------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckIn:
    day: date
    oiliness: int
    blackheads: int
    breakouts: int
    irritation: int
    followed: str

    @property
    def score(self) -> int:
        """What the plan aims at: oiliness + blackheads + breakouts (0 to 9, lower is better)."""
        return self.oiliness + self.blackheads + self.breakouts

    @property
    def offers_pause(self) -> bool:
        return self.irritation >= IRRITATION_OFFERS_PAUSE

    def to_dict(self, start: date) -> dict:
        return {
            "date": self.day.isoformat(),
            "week": week_of(start, self.day),
            "oiliness": self.oiliness,
            "blackheads": self.blackheads,
            "breakouts": self.breakouts,
            "irritation": self.irritation,
            "followed": self.followed,
        }


@dataclass(frozen=True)
class Progress:
    status: str
    text: str
    week: int
    first: int | None = None  # the first and latest scores, once there are enough check-ins
    latest: int | None = None

    def to_dict(self) -> dict:
        return {"status": self.status, "text": self.text}


def progress(
    check_ins: Sequence[CheckIn], *, start: date, today: date, min_weeks: int, max_weeks: int | None = None
) -> Progress:
    """Where the check-ins stand, judged against where the person is in the timeline."""
    ordered = sorted(check_ins, key=lambda c: c.day)
    week = week_of(start, today)
    span = f"{min_weeks}–{max_weeks}" if max_weeks else str(min_weeks)
    where = _("week %(week)s of %(span)s") % {"week": week, "span": span}
    if len(ordered) < MIN_CHECK_INS or (ordered[-1].day - ordered[0].day).days < MIN_SPAN_DAYS:
        text = _("%(where)s: not enough check-ins yet. Check in at least 3 times over 2 weeks to see a trend.")
        return Progress("not_enough_data", text % {"where": where}, week)
    first, latest = ordered[0].score, ordered[-1].score
    if full_weeks(start, today) < min_weeks:
        text = _("%(where)s: too early to judge. Most people see a change after %(min)s weeks.")
        return Progress("too_early", text % {"where": where, "min": min_weeks}, week, first, latest)
    if latest < first:
        status, text = "improving", _("%(where)s: improving (from %(first)s to %(latest)s out of 9).")
    elif latest > first:
        status, text = (
            "worse",
            _("%(where)s: worse (from %(first)s to %(latest)s out of 9). Consider seeing a doctor or pharmacist."),
        )
    else:
        status, text = "no_change", _("%(where)s: no change yet (%(first)s out of 9 at the start and now).")
    return Progress(status, text % {"where": where, "first": first, "latest": latest}, week, first, latest)


def chart(check_ins: Sequence[CheckIn], *, width: int = 280, height: int = 56, pad: int = 6) -> dict:
    """The points of a small line chart of the score over time (lower is better), in SVG units."""
    ordered = sorted(check_ins, key=lambda c: c.day)
    if not ordered:
        return {"width": width, "height": height, "points": "", "dots": []}
    days = max(1, (ordered[-1].day - ordered[0].day).days)
    dots = []
    for c in ordered:
        x = pad + (width - 2 * pad) * (c.day - ordered[0].day).days / days
        y = pad + (height - 2 * pad) * (1 - c.score / 9)
        dots.append({"x": round(x, 1), "y": round(y, 1), "check_in": c})
    return {"width": width, "height": height, "points": " ".join(f"{d['x']},{d['y']}" for d in dots), "dots": dots}


# --- Pauses ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pause:
    start: date
    end: date | None  # the day actives return; None: until the person resumes
    severity: str

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)

    def open_on(self, day: date) -> bool:
        """Still running on `day` (so a new pause extends it, and resume ends it)."""
        return self.covers(day)


def more_severe(a: str, b: str) -> str:
    return a if SEVERITIES.index(a) >= SEVERITIES.index(b) else b


def pause_end(today: date, severity: str, days: Mapping[str, int | None] = DEFAULT_PAUSE_DAYS) -> date | None:
    length = days.get(severity, DEFAULT_PAUSE_DAYS[severity])
    return None if length is None else today + timedelta(days=length)


def start_pause(
    open_pause: Pause | None, severity: str, today: date, days: Mapping[str, int | None] = DEFAULT_PAUSE_DAYS
) -> Pause:
    """A new pause from today, or the open one extended: to the later end, at the worse severity."""
    end = pause_end(today, severity, days)
    if open_pause is None or not open_pause.open_on(today):
        return Pause(today, end, severity)
    later = None if end is None or open_pause.end is None else max(end, open_pause.end)
    return Pause(open_pause.start, later, more_severe(open_pause.severity, severity))


def resume(open_pause: Pause | None, today: date) -> Pause | None:
    """The open pause ended today, or None when there is none (nothing changes)."""
    if open_pause is None or not open_pause.open_on(today):
        return None
    return dataclasses.replace(open_pause, end=today)


def current_pause(pauses: Iterable[Pause], today: date) -> Pause | None:
    return next((p for p in sorted(pauses, key=lambda p: p.start, reverse=True) if p.open_on(today)), None)


def paused_on(pauses: Iterable[Pause], day: date) -> bool:
    return any(p.covers(day) for p in pauses)


# --- The plan after pauses -------------------------------------------------------------------------


def weeks_label(start_week: int, end_week: int | None) -> str:
    if end_week is None:
        return f"{start_week}+"
    return str(start_week) if start_week == end_week else f"{start_week}-{end_week}"


def _dated(phase: Phase, start_week: int, end_week: int | None) -> Phase:
    return dataclasses.replace(phase, start_week=start_week, end_week=end_week, weeks=weeks_label(start_week, end_week))


def phase_index(phases: Sequence[Phase], week: int) -> int:
    for n, p in enumerate(phases):
        if p.start_week <= week and (p.end_week is None or week <= p.end_week):
            return n
    return len(phases) - 1


def step_back(phases: Sequence[Phase], paused_week: int, resume_week: int) -> tuple[Phase, ...]:
    """The phases after one pause: from the week actives return, one phase back from the phase the
    pause began in, then up again with each phase's own length."""
    if len(phases) <= 1:
        return tuple(phases)
    back = max(0, phase_index(phases, paused_week) - 1)
    out = [*phases[: max(0, back - 1)]]
    if back > 0:
        before = phases[back - 1]
        out.append(_dated(before, before.start_week, max(before.start_week, resume_week - 1)))
    week = out[-1].end_week + 1 if out else 1
    first = True
    for p in phases[back:]:
        length = None if p.end_week is None else p.end_week - p.start_week + 1
        if first and back == 0:
            # Back to the first phase: it runs from week 1 and restarts its length at the resume week.
            length = None if length is None else max(resume_week, 1) + length - 1
        first = False
        end = None if length is None else week + length - 1
        out.append(_dated(p, week, end))
        week = (end or week) + 1
    return tuple(out)


def redate_phases(phases: Sequence[Phase], pauses: Iterable[Pause], start: date) -> tuple[Phase, ...]:
    """The introduction plan as it stands after every pause that has ended or has a set end."""
    out = tuple(phases)
    for pause in sorted(pauses, key=lambda p: p.start):
        if pause.end is None:
            continue  # open until resumed: the plan waits, re-dated once the person resumes
        out = step_back(out, week_of(start, pause.start), week_of(start, pause.end))
    return out


# --- Tonight's minimal routine ---------------------------------------------------------------------


def is_bland(step: Step) -> bool:
    return not step.scheduled and not any(i.ingredient_class in ACTIVE_CLASSES for i in step.ingredients)


def minimal_steps(steps: Sequence[Step], slot: str) -> tuple[Step, ...]:
    """The gentle steps of a slot kept during a pause (at most one of each kind, in order of use)."""
    kept: dict[str, Step] = {}
    for step in steps:
        if step.kind in MINIMAL_KINDS[slot] and is_bland(step):
            kept.setdefault(step.kind, step)
    return tuple(s for s in steps if kept.get(s.kind) is s)
