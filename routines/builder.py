"""The routine engine: a person's answers and a catalogue snapshot in, a personal routine out.

Pure: no ORM, no settings, no clock. `build_routine(answers=..., catalogue=...)` reads only the frozen
snapshot from `routines/catalogue.py` and returns the typed `routines.routine.Routine`, so it runs in
a plain test and gives the same routine for the same answers and catalogue.

What one person may have is decided first, apart from the algorithm, by `routines/rules.py`
(exclusions, caps, conflicts, templates, warnings). The algorithm is `routines/build/`, one module per
thing it decides, run in this order:
1. `choose`: base steps, then treatments, each through the product type that carries it best;
2. `fit`: the time budget caps steps per slot, then the shopping list is cut to its limit;
3. `schedule`: scheduled actives go on the weekly evening calendar, spread out, never with a
   conflicting class on one evening, exfoliants within one shared weekly budget;
4. `plan`: the introduction plan, one new active at a time, each after a patch test;
5. `assemble`: the typed routine, with its shopping list, warnings, myths, tips, referrals, treatments
   and results timeline.
"""

from __future__ import annotations

from ingredients.vocab import Slot

from . import catalogue as cat
from . import routine as out
from .answers import Answers
from .build.assemble import Assembly
from .build.choose import choose
from .build.draft import BASE_KINDS, Build, Draft
from .build.fit import fit
from .build.plan import plan
from .build.schedule import schedule
from .routine import DAYS
from .rules import rules_for

__all__ = ["BASE_KINDS", "DAYS", "build_routine"]


def build_routine(*, answers: Answers, catalogue: cat.Catalogue) -> out.Routine:
    """The personal routine for these answers, from this catalogue snapshot alone (no database)."""
    build = Build(rules=rules_for(answers=answers, catalogue=catalogue), catalogue=catalogue)
    choose(build)
    per_evening = fit(build)
    schedule(build, per_evening)

    am = sorted(build.in_slot(Slot.AM), key=Draft.sort_key)
    pm = sorted(build.in_slot(Slot.PM), key=Draft.sort_key)
    stretches = plan(build, [d for d in pm if d.scheduled], daily=[d for d in am + pm if d.daily_active])
    return Assembly(build).routine(am, pm, stretches)
