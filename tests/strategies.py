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
