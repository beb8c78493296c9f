"""The boundary from a saved routine (the contract's JSON) and its answers to the judge's inputs."""

from __future__ import annotations

from routines.answers import Answers

from .judge import DAYS, Person, RoutineView, StepView, UseView


def person_from_answers(answers: Answers) -> Person:
    return Person(facts=answers.facts(), beginner=answers.beginner)


def routine_view(saved: dict) -> RoutineView:
    """`saved` is a routine in the contract's shape (`am`, `pm`, `weekly`)."""
    steps: dict[tuple[str, str], dict] = {}
    for slot in ("am", "pm"):
        for step in saved.get(slot) or ():
            key = (str(step["kind"]), str(step.get("product_type") or ""))
            found = steps.setdefault(
                key,
                {
                    "slots": set(),
                    "ingredients": set(),
                    "classes": set(),
                    "times_per_week": int(step.get("times_per_week") or 7),
                },
            )
            found["slots"].add(slot)
            for ingredient in step.get("ingredients") or ():
                found["ingredients"].add(str(ingredient["slug"]))
                found["classes"].add(str(ingredient["class"]))
    weekly = saved.get("weekly") or {}
    return RoutineView(
        steps=tuple(
            StepView(
                kind=kind,
                product_type=product_type,
                slots=frozenset(v["slots"]),
                ingredients=frozenset(v["ingredients"]),
                classes=frozenset(v["classes"]),
                times_per_week=v["times_per_week"],
            )
            for (kind, product_type), v in steps.items()
        ),
        evenings={
            day: tuple(
                UseView(
                    kind=str(use["kind"]),
                    product_type=str(use.get("product_type") or ""),
                    classes=frozenset(str(c) for c in use.get("classes") or ()),
                )
                for use in weekly.get(day) or ()
            )
            for day in DAYS
        },
    )
