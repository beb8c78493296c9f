"""The boundary from a saved routine (typed) and its answers to the judge's inputs."""

from __future__ import annotations

from routines.answers import Answers
from routines.catalogue import Catalogue
from routines.routine import Routine

from .judge import DAYS, Person, RoutineView, StepView, UseView, person_for


def person_from_answers(answers: Answers, catalogue: Catalogue) -> Person:
    """The person's rules as the routine engine works them out (`routines.rules.rules_for`)."""
    return person_for(answers, catalogue)


def routine_view(routine: Routine) -> RoutineView:
    """The judge's view of a typed routine (`routines.routine.Routine`, any schema version)."""
    steps: dict[tuple[str, str], dict] = {}
    for slot in ("am", "pm"):
        for step in routine.slot(slot):
            found = steps.setdefault(
                (step.kind, step.product_type),
                {"slots": set(), "ingredients": set(), "classes": set(), "times_per_week": step.times_per_week},
            )
            found["slots"].add(slot)
            found["ingredients"].update(i.slug for i in step.ingredients)
            found["classes"].update(i.ingredient_class for i in step.ingredients)
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
                UseView(kind=use.kind, product_type=use.product_type, classes=frozenset(use.classes))
                for use in routine.weekly.on(day)
            )
            for day in DAYS
        },
    )
