"""Read a US Drug Facts panel (21 CFR 201.66): its declared actives and its inactive ingredients.

A panel prints "Active ingredient(s)" (the name, its strength, often a grade such as USP and a note
in brackets, then its purpose after dots, a dash or a new column), "Purpose", "Uses", "Warnings",
"Directions", "Other information", "Inactive ingredients" and "Questions?", each a heading on its own
line or followed by a colon, over as many lines as the pack needs. Examples read by the tests:

    Active ingredient
    Adapalene USP, 0.1% (retinoid)*
    *read consumer information leaflet
    Purpose
    Acne treatment

    Active ingredient: Benzoyl Peroxide 2.5% - Acne treatment
    Active ingredient Purpose
    Benzoyl Peroxide 10%...........................Acne Treatment
    Titanium Dioxide 10%Zinc Oxide 10%

Pure: no Django. `read_panel(text)` is None when the text has no active-ingredient heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ACTIVE_WORDS = r"(?:active\s+ingredients?|actives)(?:(?=purpose)|(?![a-z]))(?:\s*\([^)\n]*\))?"
# The heading starts a line, or a colon follows it ("Drug Facts. Active ingredients: ...").
_ACTIVE = re.compile(rf"(?im)^[ \t•■*\-]*{_ACTIVE_WORDS}[ \t]*[:：]?|(?<![a-z]){_ACTIVE_WORDS}[ \t]*[:：]")
_INACTIVE = re.compile(r"(?i)(?<![a-z])(?:inactive|other)\s+ingredients?(?![a-z])\s*[:：]?")
# Headings that end a section: at the start of a line, or followed by a colon anywhere.
_HEADINGS = (
    r"purposes?|uses?|warnings?|directions?|other\s+information|questions(?:\s+or\s+comments)?\??|do\s+not\s+use|"
    r"stop\s+use[^\n:]*|keep\s+out\s+of\s+reach[^\n:]*|when\s+using[^\n:]*|for\s+external\s+use[^\n:]*|"
    r"storage(?:\s+and\s+handling)?|distributed\s+by|manufactured\s+(?:by|for)|principal\s+display\s+panel|"
    r"ingredients\s+and\s+appearance|package\s+label[^\n:]*|indications?(?:\s*&\s*usage)?|dosage[^\n:]*|"
    r"spl\s+unclassified\s+section|drug\s+facts(?:\s*\(continued\))?|inactive\s+ingredients?|other\s+ingredients?|"
    r"active\s+ingredients?|actives"
)
_LINE_HEADING = re.compile(rf"(?im)^[ \t•■*\-]*(?:{_HEADINGS})(?![a-z])[ \t]*[:：]?[ \t]*(?=\n|$)")
_COLON_HEADING = re.compile(rf"(?i)(?<![a-z])(?:{_HEADINGS})[ \t]*[:：]")
_PERCENT = re.compile(r"\d{1,3}(?:[.,]\d+)?\s*%")
# Pharmacopoeia grades and what else a strength line prints around the name.
_GRADE = re.compile(r"(?i)(?<![a-z])(?:usp|u\.s\.p\.|bp|ph\.?\s*eur\.?|nf|ep|jp)(?![a-z])")
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_LEADER = re.compile(r"\.{2,}|…+|\s[-–—]\s|\t")
_NOISE = re.compile(r"[*†‡§¹²³⁴]+|\(\s*|\s*\)|^[\s,:;.\-–—•■]+|[\s,:;.\-–—•■]+$")
_FOOTNOTE_LINE = re.compile(r"^\s*(?:[*†‡]|\d\s)")
# What a panel prints as a purpose, never an ingredient (21 CFR 201.66(c)(2)).
PURPOSES = frozenset(
    {
        "purpose",
        "purposes",
        "sunscreen",
        "acne treatment",
        "acne medication",
        "skin protectant",
        "antiperspirant",
        "antiseptic",
        "antifungal",
        "anti-itch",
        "analgesic",
        "external analgesic",
        "antidandruff",
        "keratolytic",
    }
)
MAX_ACTIVES = 12


@dataclass(frozen=True, kw_only=True)
class Panel:
    actives: tuple[str, ...]  # each declared active as a name alone
    inactive: str  # the inactive-ingredients list, as printed


def _section_end(text: str, start: int) -> int:
    ends = [m.start() for m in _LINE_HEADING.finditer(text, start)]
    ends += [m.start() for m in _COLON_HEADING.finditer(text, start)]
    return min((e for e in ends if e >= start), default=len(text))


def _name(chunk: str) -> str:
    chunk = _LEADER.split(chunk)[0]
    chunk = _BRACKETS.sub(" ", chunk)
    chunk = _GRADE.sub(" ", chunk)
    name = " ".join(_NOISE.sub(" ", chunk).split()).strip(" ,:;.-")
    return "" if name.casefold() in PURPOSES else name


def _strength_names(line: str) -> list[str]:
    """Names on one line that carries strengths: each is the text before its percentage (or, for "2%
    Avobenzone", after it); what follows the last strength is its purpose."""
    names, last = [], 0
    matches = list(_PERCENT.finditer(line))
    for i, m in enumerate(matches):
        before = _name(line[last : m.start()])
        if before:
            names.append(before)
        elif i == len(matches) - 1 or not _name(line[m.end() : matches[i + 1].start()]):
            after = _name(line[m.end() : matches[i + 1].start() if i + 1 < len(matches) else len(line)])
            if after:
                names.append(after)
                break
        last = m.end()
    return names


def read_actives(section: str) -> tuple[str, ...]:
    lines = [line for line in section.splitlines() if line.strip() and not _FOOTNOTE_LINE.match(line)]
    names: list[str] = []
    if any(_PERCENT.search(line) for line in lines):
        for line in lines:
            if _PERCENT.search(line):
                names.extend(_strength_names(line))
    else:
        for line in lines:
            names.extend(n for n in (_name(part) for part in re.split(r"[,;]", line)) if n)
    return tuple(dict.fromkeys(n for n in names if len(n.split()) <= 6))[:MAX_ACTIVES]


def _after_heading(text: str, heading: re.Pattern, end: int) -> int:
    """Past a heading, its repeats ("INACTIVE INGREDIENTS / Inactive ingredients:") and a "Purpose" column."""
    while True:
        again = heading.match(text, end + len(text[end:]) - len(text[end:].lstrip()))
        purpose = re.match(r"(?i)[ \t]*purposes?(?![a-z])[ \t]*:?", text[end:])
        if again and again.end() > end:
            end = again.end()
        elif purpose:
            end += purpose.end()
        else:
            return end


def read_panel(text: str) -> Panel | None:
    active = _ACTIVE.search(text)
    if active is None:
        return None
    start = _after_heading(text, _ACTIVE, active.end())
    actives = read_actives(text[start : _section_end(text, start)])
    inactive = _INACTIVE.search(text)
    rest = ""
    if inactive is not None:
        start = _after_heading(text, _INACTIVE, inactive.end())
        rest = text[start : _section_end(text, start)]
    return Panel(actives=actives, inactive=rest)
