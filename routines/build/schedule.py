"""Schedule: put the scheduled actives (fewer than 7 evenings a week) on the evenings of a week: spread
out, never with a conflicting class on one evening, every exfoliant within one shared weekly budget; a
retinoid placed early, and an over-the-counter one left out when it can't reach its least target."""

from __future__ import annotations

import functools
import itertools

from ingredients.vocab import IngredientClass

from ..routine import DAYS
from ..rules import EXFOLIANT_CLASSES
from .draft import Build, Draft


def schedule(build: Build, per_evening: int | None) -> None:
    """Give each scheduled step its evenings (`Draft.days`); a step with no evening left is cut.
    `per_evening`: how many actives fit on one evening (None: no cap)."""
    scheduled = [d for d in build.drafts if d.scheduled]
    # The prescription first (its evenings are the prescriber's), then by the curated priority of
    # the step (an acid before a clay mask), then the harder-to-place frequent ones.
    # A retinoid comes next: it must reach its least target (rules.target_per_week) to work at all.
    scheduled.sort(
        key=lambda d: (
            not d.prescription,
            IngredientClass.RETINOID not in d.classes,
            -d.template.priority,
            -d.times,
            d.rank,
            d.product_type.slug,
        )
    )
    on_day: list[list[Draft]] = [[] for _ in DAYS]
    exfoliation_left = build.rules.exfoliation_evenings
    exfoliants_left = sum(1 for d in scheduled if d.classes & EXFOLIANT_CLASSES)
    for draft in scheduled:
        exfoliant = bool(draft.classes & EXFOLIANT_CLASSES)
        if exfoliant:
            # Each exfoliant still to come keeps one evening of the shared budget.
            exfoliants_left -= 1
            wanted = min(draft.times, max(exfoliation_left - exfoliants_left, 0))
        else:
            wanted = draft.times
        allowed = [
            day
            for day in range(len(DAYS))
            if (per_evening is None or len(on_day[day]) < per_evening)
            and not any(build.rules.clash(draft.classes, other.classes) for other in on_day[day])
        ]
        days = spread(allowed, min(wanted, len(allowed)), on_day)
        if not days or _too_rare(build, draft, len(days)):
            build.remove(draft)
            continue
        draft.times = len(days)
        draft.days = days
        if exfoliant:
            exfoliation_left -= len(days)
        for day in days:
            on_day[day].append(draft)


def _too_rare(build: Build, draft: Draft, evenings: int) -> bool:
    """An over-the-counter retinoid on fewer evenings than its least target can't work: left out."""
    return (
        not draft.prescription
        and IngredientClass.RETINOID in draft.classes
        and evenings < min(build.rules.retinoid_min_evenings, draft.times)
    )


def subset(days: list[int], k: int) -> list[int]:
    """`k` of an active's target evenings, spread out, so a phase never adds a conflict."""
    if k >= len(days):
        return list(days)
    return spread(days, k, [[] for _ in DAYS])


def spread(allowed: list[int], times: int, on_day: list[list]) -> list[int]:
    """The `times` allowed evenings that are least busy and furthest apart (deterministic)."""
    if times <= 0:
        return []
    return list(_spread(tuple(allowed), times, tuple(len(on_day[d]) for d in allowed)))


@functools.lru_cache(maxsize=4096)
def _spread(allowed: tuple[int, ...], times: int, busy: tuple[int, ...]) -> tuple[int, ...]:
    """`spread` for these evenings, how many, and how busy each is: worked out once (a routine asks
    the same few questions, and trying every combination of evenings was a sixth of a build)."""
    load = dict(zip(allowed, busy, strict=True))
    best_key, best = None, ()
    for combo in itertools.combinations(allowed, times):
        if times == 1:
            gap = 7
        else:
            gaps = [b - a for a, b in itertools.pairwise(combo)] + [combo[0] + 7 - combo[-1]]
            gap = min(gaps)
        key = (sum(load[d] for d in combo), -gap, combo)
        if best_key is None or key < best_key:
            best_key, best = key, combo
    return best
