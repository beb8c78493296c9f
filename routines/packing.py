"""How a saved routine is stored: its shared records once, by content address, and per routine only
which ones it holds.

A routine is some sixty records (steps, myths, tips, warnings, treatments...), nearly all of them shared
by everyone whose answers lead to them: 5,000 random answer sets hold about 1,250 different ones. Written
whole, each routine stored 40–80 KB of the same texts again, and writing that row was the largest part
of a questionnaire post (docs/benchmarks.md). So a routine is stored *packed*:

- each record the routine holds at its top level (a step, a myth, the week, the timeline...) is a *part*:
  its JSON text (`Record.to_json()`, what it would be inside the whole routine), kept once, named by a
  digest of that text (`RoutinePart` in routines/models.py);
- the routine's own row keeps its other values (`schema_version`, `disclaimer`) as they are, each record
  as its part's digest, and `"packed": "blake2b-128"` to say so: about 2.4 KB instead of 84.

A digest names exactly one text, so parts are never changed or deleted, and unpacking gives back the
very routine that was packed: `json.dumps(unpack(json.loads(p.text), p.parts)) == r.to_json()` for
`p = pack(r)`, key order included. Routines stored whole (before packing, or imported in another shape)
stay whole and read as they always did. Parts hold catalogue texts only; what a person answered is in
their own row.

Plain Python: no Django, no database (routines/models.py reads and writes the parts).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .routine import Record, Routine, field_kinds

PACKED = "packed"  # the key that marks a packed routine; its value names the digest
DIGEST = "blake2b-128"

# Routine's fields, in its order, as (key, attribute, kind): "records", "record" or "value".
FIELDS = field_kinds(Routine)


class MissingParts(LookupError):
    """A packed routine names a part the store doesn't have (parts are never deleted: a damaged store)."""


@dataclass(frozen=True)
class Packed:
    text: str  # the routine's own stored JSON text: values, and digests for its records
    parts: dict[str, str]  # digest → the record's JSON text, for every record it holds


def pack(routine: Routine) -> Packed:
    """The routine's stored form and its parts (`Record.to_json()` texts, written once per shared record)."""
    parts: dict[str, str] = {}

    def ref(record: Record) -> str:
        text = record.to_json()
        address = record.content_address
        parts[address] = text
        return '"' + address + '"'

    out = []
    for key, name, kind in FIELDS:
        value = getattr(routine, name)
        if kind == "records":
            written = "[" + ", ".join([ref(r) for r in value]) + "]"
        elif kind == "record" and value is not None:
            written = ref(value)
        else:
            written = json.dumps(value)
        out.append(json.dumps(key) + ": " + written)
        if key == "schema_version":
            out.append(json.dumps(PACKED) + ": " + json.dumps(DIGEST))
    return Packed(text="{" + ", ".join(out) + "}", parts=parts)


def is_packed(stored: Any) -> bool:
    return isinstance(stored, Mapping) and PACKED in stored


def references(stored: Mapping[str, Any]) -> list[str]:
    """The digests a packed routine names, each once, in order."""
    found: dict[str, None] = {}
    for key, _name, kind in FIELDS:
        value = stored.get(key)
        if kind == "records" and isinstance(value, list):
            found.update(dict.fromkeys(value))
        elif kind == "record" and value is not None:
            found[value] = None
    return list(found)


def unpack(stored: Mapping[str, Any], parts: Mapping[str, str]) -> dict[str, Any]:
    """The whole routine a packed one stands for, as `Routine.to_dict()` wrote it (keys in the schema's
    order). Raises `MissingParts` if `parts` lacks a digest it names, `ValueError` if it isn't packed."""
    if stored.get(PACKED) != DIGEST:
        raise ValueError(f"not a routine packed with {DIGEST}: {stored.get(PACKED)!r}")
    missing = [d for d in references(stored) if d not in parts]
    if missing:
        raise MissingParts(f"routine parts not in the store: {', '.join(missing[:5])}")
    out = []
    for key, _name, kind in FIELDS:
        if key not in stored:
            continue  # a field the schema defaults (as Record.from_dict allows)
        value = stored[key]
        if kind == "records":
            written = "[" + ", ".join([parts[d] for d in _strings(key, value)]) + "]"
        elif kind == "record" and value is not None:
            written = parts[_strings(key, [value])[0]]
        else:
            written = json.dumps(value)
        out.append(json.dumps(key) + ": " + written)
    return json.loads("{" + ", ".join(out) + "}")


def _strings(key: str, values: Iterable[Any]) -> list[str]:
    values = list(values) if isinstance(values, list | tuple) else None
    if values is None or not all(isinstance(v, str) for v in values):
        raise ValueError(f"packed routine: {key!r} should name its parts by digest")
    return values
