"""Hypothesis strategies shared by the property tests: every answer set the questionnaire allows,
built from the one list of questions (ingredients.vocab.QUESTIONS), so a new question is covered."""

from hypothesis import strategies as st

from ingredients.vocab import QUESTIONS
from routines.answers import Answers


def _values(question):
    if question.yes_no:
        return st.booleans()
    if question.multiple:
        # An optional question (medicines) may be left empty, as old clients leave it.
        return st.frozensets(st.sampled_from(question.choices), min_size=0 if question.optional else 1)
    return st.sampled_from(question.choices)


answers_strategy = st.builds(Answers, **{q.name: _values(q) for q in QUESTIONS})


# --- Following the plan (routines/following.py) ----------------------------------------------------

from datetime import date, timedelta  # noqa: E402

from routines import following  # noqa: E402

made_days = st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31))
scores = st.sampled_from(following.SCORE_VALUES)


@st.composite
def check_in_sequences(draw, start: date | None = None):
    """Check-ins on distinct days, oldest first, over up to a year from `start`."""
    first = start or draw(made_days)
    offsets = sorted(draw(st.sets(st.integers(min_value=0, max_value=365), max_size=12)))
    return [
        following.CheckIn(
            day=first + timedelta(days=n),
            oiliness=draw(scores),
            blackheads=draw(scores),
            breakouts=draw(scores),
            irritation=draw(scores),
            followed=draw(st.sampled_from(following.FOLLOWED)),
        )
        for n in offsets
    ]


severities = st.sampled_from(following.SEVERITIES)


@st.composite
def pause_histories(draw, start: date):
    """Pauses as a person makes them: irritated or resume on increasing days after `start`."""
    pauses: list[following.Pause] = []
    day = start + timedelta(days=draw(st.integers(min_value=-6, max_value=30)))
    for _ in range(draw(st.integers(min_value=0, max_value=5))):
        day += timedelta(days=draw(st.integers(min_value=0, max_value=40)))
        open_ = following.current_pause(pauses, day)
        if draw(st.booleans()):
            new = following.start_pause(open_, draw(severities), day)
            pauses = [p for p in pauses if p is not open_] + [new]
        else:
            ended = following.resume(open_, day)
            if ended is not None:
                pauses = [p for p in pauses if p is not open_] + [ended]
    return pauses
