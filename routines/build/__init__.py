"""The routine engine's algorithm, one module per thing it decides (routines/builder.py runs them in order):

- `draft`: a step being built (`Draft`) and the small facts about ingredients every part asks;
- `choose`: which steps and treatments a person gets, and through which product types;
- `fit`: cut them to the time budget (steps per slot) and the shopping list's limit;
- `schedule`: put the scheduled actives on the evenings of a week;
- `plan`: the introduction plan, one new active at a time;
- `assemble`: the typed `Routine` (routines/routine.py) made from all of it.

Pure like the rest of the engine: no ORM, no settings, no clock.
"""
