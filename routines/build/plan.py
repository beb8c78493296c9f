"""Plan: the introduction plan, one new active at a time.

Each active starts after a patch test on its catalogue start frequency and steps up by one evening
every `step_up_weeks` to its target; the next starts once the one before has reached its target. A
daily active (benzoyl peroxide every morning) starts every day and settles in before the next. A
prescription follows the prescriber: at its target from week 1. Equal weeks merge into stretches; the
last one lasts.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import catalogue as cat
from ..routine import EVERY_DAY
from .draft import Build, Draft
from .schedule import subset


@dataclass(frozen=True, kw_only=True)
class Stretch:
    """Weeks `first`..`last` (counted from 0) of the plan, with the same evenings all through."""

    first: int
    last: int
    final: bool  # the last stretch: it lasts
    introduces: tuple[Draft, ...]
    days_of: dict[Draft, list[int]]  # scheduled step → its evenings in these weeks
    stage: cat.RampUpStage | None  # the catalogue's text for this stretch


def plan(build: Build, actives: list[Draft], daily: list[Draft]) -> list[Stretch]:
    """The plan for the evening `actives` and the `daily` actives of a routine."""
    prescribed = [d for d in actives if d.prescription]
    # One product once, even when it is used morning and evening.
    daily = list({d.product_type.slug: d for d in daily}.values())
    queue = sorted([*(d for d in actives if not d.prescription), *daily], key=lambda d: (-d.template.priority, d.rank))
    counts, introduced_at = _weeks(build, queue, {d: d.times for d in prescribed})
    stages = build.catalogue.ramp_up_stages
    merged = _merge(counts)
    stretches = []
    for n, (first, last, week) in enumerate(merged):
        final = n == len(merged) - 1
        stage = stages[min(n, len(stages) - 1) if not final else len(stages) - 1] if stages else None
        if final:
            days_of = {d: d.days for d in actives}
        else:
            days_of = {d: subset(d.days, k) for d, k in week.items() if d.scheduled}
        stretches.append(
            Stretch(
                first=first,
                last=last,
                final=final,
                introduces=tuple(d for d, at in introduced_at.items() if at == first),
                days_of=days_of,
                stage=stage,
            )
        )
    return stretches


def _weeks(build: Build, queue: list[Draft], week: dict[Draft, int]) -> tuple[list[dict[Draft, int]], dict[Draft, int]]:
    """Week by week, how many evenings each active is used (starting from `week`, the prescriptions);
    and the week each active in `queue` is introduced."""
    counts: list[dict[Draft, int]] = []
    introduced_at: dict[Draft, int] = {}
    for d in queue:
        if introduced_at:
            # One new active at a time, at least `new_active_gap_weeks` after the one before.
            last = max(introduced_at.values())
            counts.extend([week] * max(0, last + build.rules.new_active_gap_weeks - len(counts)))
        introduced_at[d] = len(counts)
        if not d.scheduled:
            # A daily active starts every day; the next one waits until it has settled in.
            for _ in range(max(2, d.lead.step_up_weeks)):
                counts.append({**week, d: EVERY_DAY})
            week = {**week, d: EVERY_DAY}
            continue
        n = build.rules.start_per_week(d.lead)
        step_up = max(1, d.lead.step_up_weeks)
        while True:
            week = {**week, d: min(n, d.times)}
            for _ in range(step_up if n < d.times else 1):
                counts.append(week)
            if n >= d.times:
                break
            n += 1
    if not counts:
        counts.append(week)
    return counts, introduced_at


def _merge(counts: list[dict[Draft, int]]) -> list[tuple[int, int, dict[Draft, int]]]:
    """Runs of equal weeks as (first, last, the week)."""
    merged, start = [], 0
    for i in range(1, len(counts) + 1):
        if i == len(counts) or counts[i] != counts[start]:
            merged.append((start, i - 1, counts[start]))
            start = i
    return merged
