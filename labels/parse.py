"""Read a pasted label into the names it declares, in printed order. Pure: no Django, no database.

The heavy lifting (finding the list, brackets, blends, colourant blocks, folding) is `on-the-list`'s,
through `labels/inci.py`. Added here: a heading that runs on inside a line ("… Ingredients: Aqua,
…"), several headings ("Key ingredients: …  Ingredients: …") and drug-facts labels (active and
inactive ingredients), a list pasted with no heading at all, spaced em and en dashes used as
separators, footnote definitions after the list ("*organic ingredients"), digits around a comma
(`1,2-Hexanediol`), unspaced slashes and backslashes (`Aqua/Water/Eau`) as extra forms to look up,
sentences of pack prose set aside rather than read as names, and a cap on the number of names.

US Drug Facts panels (`labels/drugfacts.py`) are read section by section: the names under "Active
ingredient(s)" are declared actives, the "Inactive ingredients" are the rest of the list, and the
other panels (Purpose, Uses, Warnings, Directions, ...) are not ingredients. A name printed with a
percentage is a declared active too; a name printed with a `CI` number is a colourant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import drugfacts, inci

MAX_LABEL_CHARS = 10_000
# A product's name is a short line; a longer first line before the list is pack prose, not a name.
TITLE_WORDS = 16
# A real product lists well under a hundred; more is several products (a palette, a kit) pasted at
# once. Reading stops there, and the result says so, which keeps every check fast.
MAX_NAMES = 200
# No INCI name has more words than this; a longer entry is a sentence of pack text.
PROSE_WORDS = 8

_INLINE_HEADING = re.compile(
    r"(?i)\b(?:ingredients?|ingr[ée]dients?|inhaltsstoffe|zutaten|ingredienti|ingredientes|"
    r"ingredi[eë]nten|sk[lł]adniki|inci|"
    # Dutch packs also head the list "Samenstelling:" (composition) or "Bevat:" (contains).
    r"samenstelling|bevat)\b\s*(?:list\s*)?[:：]"
)
# What follows the list on a Dutch pack, on a line of its own or after a sentence's end (on-the-list's
# panel words already cut "Gebruiksaanwijzing", "Waarschuwing" and "Bewaren" at a line's start).
_DUTCH_PANEL = re.compile(
    r"(?im)(?:^|(?<=[.!]))\W{0,4}(?:gebruik(?:saanwijzing)?\s*[:：]|let\s+op\b|waarschuwing\w*\s*[:：]|"
    r"voorzorgsmaatregelen|alleen\s+voor\s+uitwendig\s+gebruik|buiten\s+(?:het\s+)?(?:bereik|zicht)\s+van\s+kinderen|"
    r"(?:ten\s+minste\s+)?houdbaar\s+tot|bewaren\b|inhoud\s*[:：]|geproduceerd\s+(?:door|voor)|gemaakt\s+in\b)"
)
# US drug-facts labels print the active and the inactive ingredients as two lists of one product.
_INACTIVE = re.compile(r"(?i)\binactive\s+ingredients?\s*[:：]")
_ACTIVE = re.compile(r"(?i)\bactive\s+ingredients?\s*[:：]")
_DRUG_FACTS = re.compile(r"(?i)\bdrug\s+facts\b")
_SPACED_DASH = re.compile(r"\s+[–—―]\s+")
_FOOTNOTE_DEFINITION = re.compile(
    r"(?im)(?:^|(?<=[.\])\n]))\s*[*†‡°]+\s*[^,;\n*]{0,80}?\b(?:organic|natural|origin|certified|ingredients?|"
    r"biologique|bio|ecocert|cosmos|from|issus?|derived)\b[^,;\n]*"
)
# "1,2-Hexanediol", "C12,15": a comma between digits is part of a name, not a separator.
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)")
_KEEP = "\u201a"  # a low comma the parser doesn't split on, turned back into "," after reading
_POLYMER = re.compile(r"(?i)(?:co|cross|homo)?polymer\b")


# A percentage printed with a name ("Glycolic Acid 7%"): swapped for a word the package keeps, then removed.
_PERCENT = re.compile(r"\(?\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)?")
_PCT = "zzpercentzz"


@dataclass(frozen=True, kw_only=True)
class LabelName:
    text: str  # as printed, without percentages and footnote marks
    forms: tuple[str, ...]  # folded forms to look up, the whole name first
    may_contain: bool
    declared_active: bool = False  # a Drug Facts active, or printed with its percentage
    colourant: bool = False  # printed with a CI number: "Titanium Dioxide (CI 77891)"


@dataclass(frozen=True, kw_only=True)
class ParsedLabel:
    names: tuple[LabelName, ...]
    found_heading: bool
    set_aside: tuple[str, ...]  # sentences of pack text inside the list, not read as names
    truncated: bool = False  # more than MAX_NAMES names: only the first ones were read
    title: str = ""  # the product's name, when one is printed on the first line before the list

    @property
    def declared(self) -> tuple[LabelName, ...]:
        return tuple(n for n in self.names if not n.may_contain)

    @property
    def drug_facts(self) -> bool:
        return any(n.declared_active for n in self.names)


def _separators(text: str) -> int:
    return text.count(",") + text.count(";") + text.count("•")


def _block(text: str) -> tuple[str, bool]:
    block, found = _list_block(text)
    panel = _DUTCH_PANEL.search(block)
    return (block[: panel.start()], found) if panel else (block, found)


def _list_block(text: str) -> tuple[str, bool]:
    inactive = _INACTIVE.search(text)
    if inactive:
        active = _ACTIVE.search(text[: inactive.start()])
        start = active.end() if active else inactive.end()
        text = "Ingredients: " + text[start : inactive.start()] + ", " + text[inactive.end() :]
    headings = list(_INLINE_HEADING.finditer(text))
    if len(headings) > 1:
        # "Key ingredients: niacinamide and zinc. Full ingredient list: Aqua, ...": the list is the part
        # with the most separators before the next heading.
        ends = [h.start() for h in headings[1:]] + [len(text)]
        best = max(range(len(headings)), key=lambda i: (_separators(text[headings[i].end() : ends[i]]), -i))
        return inci.trim(text[headings[best].end() :]), True
    block, found = inci.find_block(text)
    if found:
        return block, True
    if headings:
        return inci.trim(text[headings[0].end() :]), True
    return inci.trim(text), False


def _forms(printed: inci.Printed) -> tuple[str, ...]:
    forms: list[str] = [printed.folded]
    forms.extend(inci.fold(f) for f in printed.forms)
    # "Aqua/Water/Eau": a slash with no spaces is also how synonyms are printed; a polymer's slashes
    # list its monomers instead, so its parts are never looked up.
    if ("/" in printed.raw or "\\" in printed.raw) and not _POLYMER.search(printed.raw):
        for form in list(forms):
            forms.extend(part.strip() for part in form.replace("\\", "/").split("/"))
    seen: dict[str, None] = {}
    for form in forms:
        form = form.strip(" .,;:-")
        if form:
            seen.setdefault(form, None)
    return tuple(seen)


def _first_names(block: str, limit: int) -> tuple[str, bool]:
    """The block up to its `limit`-th separator outside brackets, and whether anything was cut."""
    depth = count = 0
    for i, char in enumerate(block):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(0, depth - 1)
        elif depth == 0 and char in ",;\n•·|":
            count += 1
            if count >= limit:
                return block[:i], True
    return block, False


def _read(block: str, *, active: bool = False) -> tuple[list[LabelName], list[str]]:
    names: list[LabelName] = []
    aside: list[str] = []
    for printed in inci.read(block):
        if len(printed.raw.split()) > PROSE_WORDS:
            aside.append(printed.raw.replace(_KEEP, ",").replace(_PCT, "").strip())
            continue
        marked = _PCT in printed.raw
        forms = tuple(
            f.replace(_KEEP, ",") for f in (" ".join(x.replace(_PCT, "").split()) for x in _forms(printed)) if f
        )
        if forms:
            text = " ".join(printed.raw.replace(_PCT, " ").replace(_KEEP, ",").split())
            names.append(
                LabelName(
                    text=text,
                    forms=forms,
                    may_contain=printed.may_contain,
                    declared_active=active or (marked and not printed.may_contain),
                    colourant=any(inci.is_colour_index(f) for f in forms[1:]),
                )
            )
    return names, aside


def _clean(text: str) -> str:
    text = text[:MAX_LABEL_CHARS].replace("\x00", " ")
    text = _FOOTNOTE_DEFINITION.sub(" ", text)
    text = _SPACED_DASH.sub(", ", text)
    return _DIGIT_COMMA.sub(_KEEP, text)


def _title(text: str) -> str:
    """The first line before the ingredient list (or the Drug Facts panel), when it is short enough to be
    the product's name ("Acne Foaming Wash, 4% benzoyl peroxide"); "" when nothing comes before the list
    (a list pasted alone has no name to read)."""
    starts = [m.start() for m in (p.search(text) for p in (_INLINE_HEADING, _ACTIVE, _INACTIVE, _DRUG_FACTS)) if m]
    if not starts:
        return ""
    lines = [line.strip() for line in text[: min(starts)].splitlines() if line.strip()]
    if not lines or len(lines[0].split()) > TITLE_WORDS:
        return ""
    return lines[0]


def parse_label(text: str) -> ParsedLabel:
    title = _title(text[:MAX_LABEL_CHARS])
    text = _clean(text)
    panel = drugfacts.read_panel(text)
    names: list[LabelName] = []
    if panel is not None:
        for active in panel.actives:
            got, _aside = _read(active, active=True)
            names.extend(got[:1])
        text = "Ingredients: " + panel.inactive
    block, found = _block(_PERCENT.sub(f" {_PCT} ", text))
    block, truncated = _first_names(block, MAX_NAMES - len(names))
    rest, aside = _read(block)
    names.extend(rest)
    return ParsedLabel(
        names=tuple(names[:MAX_NAMES]),
        found_heading=found or panel is not None,
        set_aside=tuple(aside),
        truncated=truncated,
        title=title,
    )
