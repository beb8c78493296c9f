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


def labelled_fragrance_allergens() -> frozenset[str]:
    """Folded names of the Annex III entries a label must name (“the presence of the substance must be
    indicated in the list of ingredients”), from the CosIng export the package ships (CC BY 4.0).

    The sentence sits in different columns from row to row, so every cell of a row is searched.
    """
    import csv
    import io
    import re

    from on_the_list.annexes import HEADER_ROW, IDENTIFIED_COLUMN, split_glossary, split_identified
    from on_the_list.register import VENDORED

    must_name = re.compile(
        r"presence of the substances?(?:\s+or\s+substances)?\s+(?:must|shall)\s+be\s+indicated", re.IGNORECASE
    )
    rows = list(csv.reader(io.StringIO((VENDORED / "annex_III.csv").read_text(encoding="utf-8"))))
    header = rows[HEADER_ROW]
    glossary = header.index("Name of Common Ingredients Glossary")
    identified = header.index(IDENTIFIED_COLUMN)
    names: set[str] = set()
    for row in rows[HEADER_ROW + 1 :]:
        if len(row) > max(glossary, identified) and must_name.search(" ".join(row)):
            for name in [*split_glossary(row[glossary]), *split_identified(row[identified])]:
                if fold(name):
                    names.add(fold(name))
    return frozenset(names)


def uv_filter_names() -> frozenset[str]:
    """Folded glossary names of the UV filters Annex VI allows, from the same shipped export."""
    import csv
    import io

    from on_the_list.annexes import HEADER_ROW, split_glossary
    from on_the_list.register import VENDORED

    rows = list(csv.reader(io.StringIO((VENDORED / "annex_VI.csv").read_text(encoding="utf-8"))))
    glossary = rows[HEADER_ROW].index("Name of Common Ingredients Glossary")
    return frozenset(
        fold(name) for row in rows[HEADER_ROW + 1 :] if len(row) > glossary for name in split_glossary(row[glossary])
    )
