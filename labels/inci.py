"""The one adapter to the `on-the-list` package (MIT; pinned in pyproject.toml, its API is young).

What is taken from it: finding the ingredient block in pasted label text (a heading in many
languages, pack panels after it), splitting on top-level separators, `(and)` blends, `+/- may
contain` colourant blocks, percentage and footnote clean-up, the bracket and spaced-slash forms of a
name, and `fold()`, its name folding (case, Unicode spaces and dashes, HTML entities, British
spellings, `CI` numbers). Nothing else in Pore Guide imports `on_the_list`.
"""

from __future__ import annotations

from dataclasses import dataclass

from on_the_list import ingredients as _ingredients
from on_the_list import normalise as _normalise


@dataclass(frozen=True, kw_only=True)
class Printed:
    """One name as the package read it from the list."""

    raw: str  # as printed, cleaned of percentages and footnote marks
    folded: str
    may_contain: bool  # in a `+/- may contain` block: perhaps not in this shade or unit
    forms: tuple[str, ...]  # the name without its brackets, bracketed parts, spaced-slash parts


def fold(name: str) -> str:
    return _normalise.fold(name)


def is_colour_index(folded: str) -> bool:
    return _normalise.is_colour_index(folded)


def find_block(text: str) -> tuple[str, bool]:
    """The ingredient block inside `text` and whether a heading introduced it."""
    return _ingredients.extract(text)


def trim(text: str) -> str:
    """A leading heading removed and any pack panel after the list cut off."""
    block, _cut = _ingredients.trim(text)
    return block


def read(block: str) -> list[Printed]:
    return [
        Printed(
            raw=item.raw,
            folded=item.normalised,
            may_contain=item.position == "may-contain",
            forms=tuple(form for form, _kind in item.aliases),
        )
        for item in _ingredients.parse(block)
    ]
