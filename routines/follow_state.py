"""A saved routine's follow-up as the page, the JSON, the calendar and the summary show it: the saved
check-ins and pauses read once, the rules of routines/following.py applied for "today".

Today always comes from the caller, who takes it from the clock on every request.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language

from ingredients.models import PauseGuidance

from . import following
from .models import SavedRoutine
from .routine import Phase, Step
from .routine import Routine as RoutineSchema


@dataclass(frozen=True)
class FollowState:
    started_on: date
    today: date
    week: int
    check_ins: tuple[following.CheckIn, ...]
    pauses: tuple  # the saved Pause rows, oldest first
    plan: RoutineSchema  # phases re-dated after pauses
    progress: following.Progress
    pause: object | None = None  # the saved Pause row running today
    tonight_paused: bool = False
    morning_paused: bool = False
    minimal_pm: tuple[Step, ...] = ()
    minimal_am: tuple[Step, ...] = ()
    chart: dict = field(default_factory=dict)

    @property
    def rules_pauses(self) -> tuple[following.Pause, ...]:
        return tuple(p.as_rule() for p in self.pauses)

    @property
    def check_in_week(self) -> bool:
        """This week is one of the plan's check-in weeks and there is no check-in this week yet."""
        timeline = self.plan.timeline
        if timeline is None or self.week not in timeline.checkins:
            return False
        return not any(following.week_of(self.started_on, c.day) == self.week for c in self.check_ins)

    @property
    def offers_pause(self) -> bool:
        latest = self.check_ins[-1] if self.check_ins else None
        return self.pause is None and latest is not None and latest.offers_pause and latest.day == self.today

    @property
    def phase(self) -> Phase | None:
        phases = self.plan.phases
        return phases[following.phase_index(phases, self.week)] if phases else None

    def to_json(self) -> dict:
        return {
            "started_on": self.started_on.isoformat(),
            "check_ins": [c.to_dict(self.started_on) for c in self.check_ins],
            "progress": self.progress.to_dict(),
            "pauses": [pause_json(p) for p in self.pauses],
        }


def pause_json(pause) -> dict:
    return {
        "start": pause.start.isoformat(),
        "end": pause.end.isoformat() if pause.end else None,
        "severity": pause.severity,
        "text": pause.text,
    }


def in_page_language(pause_rows: tuple) -> tuple:
    """Pauses keep their text in English, the stored truth; on a page in another language each shows its
    severity's guidance in that language (as curators set it, else the built-in text), not saved."""
    if not pause_rows or (get_language() or settings.LANGUAGE_CODE) == settings.LANGUAGE_CODE:
        return pause_rows
    texts = {g.severity: g.text for g in PauseGuidance.objects.all()}  # the active language's
    for row in pause_rows:
        row.text = texts.get(row.severity) or str(following.DEFAULT_PAUSE_TEXT.get(row.severity, row.text))
    return pause_rows


def started_on(routine: SavedRoutine) -> date:
    return following.started_on(timezone.localdate(routine.created_at))


def follow_state(routine: SavedRoutine, plan: RoutineSchema, today: date) -> FollowState:
    # Nothing was ever recorded for most routines: no query for them.
    recorded = routine.follow_version > 0
    check_in_rows = list(routine.check_ins.order_by("date")) if recorded else []
    pause_rows = in_page_language(tuple(routine.pauses.order_by("start", "pk")) if recorded else ())
    start = started_on(routine)
    check_ins = tuple(c.as_rule() for c in check_in_rows)
    rules = [p.as_rule() for p in pause_rows]
    redated = following.redate_phases(plan.phases, rules, start)
    if redated != plan.phases:
        plan = dataclasses.replace(plan, phases=redated)
    timeline = plan.timeline
    result = following.progress(
        check_ins,
        start=start,
        today=today,
        min_weeks=timeline.min_weeks if timeline else following.DEFAULT_MIN_WEEKS,
        max_weeks=timeline.max_weeks if timeline else None,
    )
    current = next((p for p in reversed(pause_rows) if p.as_rule().open_on(today)), None)
    return FollowState(
        started_on=start,
        today=today,
        week=following.week_of(start, today),
        check_ins=check_ins,
        pauses=pause_rows,
        plan=plan,
        progress=result,
        pause=current,
        tonight_paused=following.paused_on(rules, today),
        morning_paused=following.paused_on(rules, today + timedelta(days=1)),
        minimal_pm=following.minimal_steps(plan.pm, "pm"),
        minimal_am=following.minimal_steps(plan.am, "am"),
        chart=following.chart(check_ins),
    )
