"""Property tests for the rules of following a plan (routines/following.py): progress over every
sequence of check-ins, pause arithmetic over every history of "irritated" and "resume", and the plan
re-dated one phase back after pauses, for every routine the engine can make."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from routines import following
from routines.builder import build_routine
from tests.catalogue_factory import real_catalogue
from tests.strategies import answers_strategy, check_in_sequences, made_days, pause_histories, severities

CATALOGUE = real_catalogue()


@given(made_days)
def test_started_on_is_the_first_monday_on_or_after_the_day_made(made):
    start = following.started_on(made)
    assert start.weekday() == 0 and 0 <= (start - made).days <= 6
    assert following.week_of(start, made) == 1  # the days before count as week 1
    assert following.week_of(start, start + timedelta(days=7)) == 2


@given(made_days, check_in_sequences(), st.integers(min_value=0, max_value=400), st.integers(1, 12))
def test_progress_follows_the_contract(made, check_ins, days_later, min_weeks):
    start = following.started_on(made)
    today = (check_ins[-1].day if check_ins else start) + timedelta(days=days_later)
    result = following.progress(check_ins, start=start, today=today, min_weeks=min_weeks, max_weeks=12)
    assert result.status in following.STATUSES and result.text
    enough = len(check_ins) >= 3 and (check_ins[-1].day - check_ins[0].day).days >= 14
    if not enough:
        assert result.status == "not_enough_data"
    elif (today - start).days // 7 < min_weeks:
        assert result.status == "too_early"
        assert "too early to judge" in result.text
    else:
        first, latest = check_ins[0].score, check_ins[-1].score
        assert result.status == ("improving" if latest < first else "worse" if latest > first else "no_change")


@given(check_in_sequences())
def test_the_chart_has_a_point_per_check_in_inside_the_box(check_ins):
    chart = following.chart(check_ins)
    assert len(chart["dots"]) == len(check_ins)
    for dot in chart["dots"]:
        assert 0 <= dot["x"] <= chart["width"] and 0 <= dot["y"] <= chart["height"]


@given(made_days, severities, st.integers(0, 30), severities)
def test_a_second_pause_while_one_is_open_extends_it(day, first, later, second):
    one = following.start_pause(None, first, day)
    assert one.start == day
    assert one.end == (None if first == "severe" else day + timedelta(days={"mild": 3, "moderate": 7}[first]))
    again = day + timedelta(days=later)
    two = following.start_pause(one, second, again)
    if one.open_on(again):
        assert two.start == one.start  # extended, not a new one
        assert two.severity == following.more_severe(first, second)
        if two.end is not None:
            assert two.end >= max(one.end, following.pause_end(again, second))
        else:
            assert "severe" in (first, second)
    else:
        assert two.start == again


@given(made_days, severities, st.integers(0, 30))
def test_resume_ends_an_open_pause_today_and_changes_nothing_without_one(day, severity, later):
    pause = following.start_pause(None, severity, day)
    today = day + timedelta(days=later)
    ended = following.resume(pause, today)
    if pause.open_on(today):
        assert ended is not None and ended.end == today and not ended.covers(today)
    else:
        assert ended is None
    assert following.resume(None, today) is None


def undated(phase):
    return dataclasses.replace(phase, start_week=0, end_week=0, weeks="")


def evenings(week, slug: str) -> list[str]:
    """The days of a week on which an ingredient is used."""
    return [day for day, uses in week.items() if any(slug in u.ingredients for u in uses)]


@settings(max_examples=150, deadline=None)
@given(answers_strategy, made_days, st.data())
def test_the_plan_after_pauses_steps_back_and_up_again(answers, made, data):
    plan = build_routine(answers=answers, catalogue=CATALOGUE)
    start = following.started_on(made)
    pauses = data.draw(pause_histories(start))
    phases = following.redate_phases(plan.phases, pauses, start)
    if not plan.phases:
        assert phases == ()
        return
    # Contiguous from week 1, the last open-ended and the target; never fewer evenings phase to phase.
    assert phases[0].start_week == 1 and phases[-1].end_week is None
    assert phases[-1].weekly == plan.weekly
    for a, b in zip(phases, phases[1:], strict=False):
        assert b.start_week == a.end_week + 1 and a.end_week >= a.start_week
        for slug in {s for _, uses in b.weekly.items() for u in uses for s in u.ingredients}:
            assert len(evenings(a.weekly, slug)) <= len(evenings(b.weekly, slug))
    # Every phase is one of the plan's own phases, in order (re-dated in whole weeks).
    original = [undated(p) for p in plan.phases]
    positions = [original.index(undated(p)) for p in phases]
    assert positions == sorted(positions)
    # After each pause with an end, the week actives return uses the phase before the one the pause
    # began in (or the first), and the phases after it keep their lengths.
    closed = [p for p in pauses if p.end is not None]
    if closed and len(plan.phases) > 1:
        last = max(closed, key=lambda p: p.start)
        resumed = following.week_of(start, last.end)
        before = following.redate_phases(plan.phases, [p for p in closed if p is not last], start)
        paused_in = original.index(undated(before[following.phase_index(before, following.week_of(start, last.start))]))
        now = original.index(undated(phases[following.phase_index(phases, resumed)]))
        assert now == max(0, paused_in - 1)


@given(answers_strategy, st.sampled_from(["am", "pm"]))
def test_tonights_minimal_routine_has_no_active(answers, slot):
    plan = build_routine(answers=answers, catalogue=CATALOGUE)
    steps = following.minimal_steps(plan.slot(slot), slot)
    kinds = [s.kind for s in steps]
    assert len(kinds) == len(set(kinds))
    for step in steps:
        assert step.kind in following.MINIMAL_KINDS[slot] and not step.scheduled
        assert not any(i.ingredient_class in following.ACTIVE_CLASSES for i in step.ingredients)
    if slot == "am":
        assert any(s.kind == "sunscreen" for s in plan.am) <= ("sunscreen" in kinds)


@given(made_days, st.lists(st.tuples(st.integers(0, 200), severities), max_size=6))
def test_paused_on_is_exactly_the_days_inside_a_pause(made, spec):
    pauses = [following.start_pause(None, s, made + timedelta(days=n)) for n, s in spec]
    for n in range(0, 220, 3):
        day = made + timedelta(days=n)
        inside = any(p.start <= day and (p.end is None or day < p.end) for p in pauses)
        assert following.paused_on(pauses, day) == inside


def test_a_plan_paused_in_its_third_phase_resumes_in_its_second():
    from routines.routine import Phase, Week

    def phase(start, end, n):
        week = Week(mon=(), tue=(), wed=(), thu=(), fri=(), sat=(), sun=())
        return Phase(weeks="", start_week=start, end_week=end, introduces=(), patch_test=(), weekly=week, text=str(n))

    phases = (phase(1, 2, 0), phase(3, 4, 1), phase(5, None, 2))
    start = date(2026, 12, 7)
    pause = following.Pause(start + timedelta(weeks=4, days=2), start + timedelta(weeks=5, days=2), "moderate")
    after = following.redate_phases(phases, [pause], start)
    assert [(p.text, p.start_week, p.end_week, p.weeks) for p in after] == [
        ("0", 1, 5, "1-5"),
        ("1", 6, 7, "6-7"),
        ("2", 8, None, "8+"),
    ]


def test_a_real_plan_paused_in_a_later_phase_resumes_one_phase_back():
    # Not vacuous: an experienced adult's plan steps up over several phases (as in the calendar tests).
    from tests.catalogue_factory import make_answers

    plan = build_routine(
        answers=make_answers(concerns={"blackheads", "fine_lines", "texture"}, age_band="30_44", time_budget="full"),
        catalogue=CATALOGUE,
    )
    assert len(plan.phases) >= 3
    start = date(2026, 12, 7)
    third = plan.phases[2]
    paused = start + timedelta(weeks=third.start_week - 1, days=1)
    pause = following.start_pause(None, "moderate", paused)
    after = following.redate_phases(plan.phases, [pause], start)
    resumed = following.week_of(start, pause.end)
    assert undated(after[following.phase_index(after, resumed)]) == undated(plan.phases[1])
    assert after[-1].weekly == plan.weekly and after[-1].start_week > plan.phases[-1].start_week
