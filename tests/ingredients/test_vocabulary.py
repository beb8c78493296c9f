"""One answer vocabulary: the questions are defined once (ingredients.vocab.QUESTIONS) and everything
that names an answer is derived from them."""

import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import given, settings

from ingredients.vocab import QUESTIONS, AnswerFact
from routines.answers import Answers
from routines.forms import STEPS, QuestionnaireForm
from tests.strategies import answers_strategy

REPO = Path(__file__).resolve().parents[2]
# The contract the project implements, kept in the repository; CI's checkout also has the product's
# copy beside it (../shared/spec/contract.md), and then the two must be the same text.
CONTRACT = REPO / "docs" / "contract.md"
SHARED_CONTRACT = REPO.parent / "shared" / "spec" / "contract.md"


def contract_fields() -> list[str]:
    """The questionnaire's fields: the contract's table, then the new ones its "Additions" add."""
    text = CONTRACT.read_text(encoding="utf-8")
    table = text.split("## Questionnaire fields", 1)[1].split("\n## ", 1)[0]
    added = text.split("### Questionnaire", 1)[1].split("\n### ", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \|", table, flags=re.M) + re.findall(
        r"^\| `([a-z_]+)` \| new", added, flags=re.M
    )


@pytest.mark.skipif(not SHARED_CONTRACT.is_file(), reason="no ../shared/spec/contract.md beside this checkout")
def test_the_repositorys_contract_is_the_products_contract():
    assert CONTRACT.read_text(encoding="utf-8") == SHARED_CONTRACT.read_text(encoding="utf-8")


def test_the_questions_are_the_contracts_fields_in_its_order():
    assert [q.name for q in QUESTIONS] == contract_fields()


def test_the_typed_answers_hold_one_value_per_question():
    assert [f.name for f in dataclasses.fields(Answers)] == [q.name for q in QUESTIONS]


def test_the_form_asks_every_question_with_exactly_its_values():
    form = QuestionnaireForm()
    assert list(form.fields) == [q.name for q in QUESTIONS]
    for q in QUESTIONS:
        assert [str(value) for value, _ in form.fields[q.name].choices] == list(q.choices.values), q.name


def test_the_guided_steps_ask_every_question_once():
    asked = [name for step in STEPS for name in step.fields]
    assert sorted(asked) == sorted(q.name for q in QUESTIONS)


def test_answer_facts_are_derived_from_the_questions():
    expected = [fact for q in QUESTIONS for fact, _ in q.facts()]
    assert list(AnswerFact.values) == expected
    assert len(set(expected)) == len(expected)


@settings(max_examples=200, deadline=None)
@given(answers_strategy)
def test_every_fact_of_any_answers_is_an_answer_fact_and_round_trips(answers):
    assert answers.facts() <= set(AnswerFact.values)
    assert Answers.from_json(answers.to_json()) == answers
