"""Backups of saved routines as JSON lines: the record format, and the one check every record passes.

`export_routines` writes `to_record()` per routine; `import_routines` restores what passes
`validate_record()`. A round trip is exact: JSON exactly as the database holds it (no reordered
keys) and the creation time to the microsecond.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

from django.utils.dateparse import parse_datetime

from ingredients.vocab import StepKind

from .answers import Answers
from .models import Routine

FIELDS = ("token", "answers", "routine", "catalogue_version", "created_at")
TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
STEP_KINDS = frozenset(StepKind.values)
# Sections of a routine that are lists of objects, and the text fields each object must have.
SECTIONS = {
    "ramp_up": ("text",),
    "warnings": ("code", "title", "text"),
    "excluded": ("ingredient", "reason"),
    "referrals": ("code", "text"),
    "myths": ("slug", "myth", "reality"),
    "tips": ("code", "text"),
    "treatments": ("slug", "name", "text"),
    "products": ("product_type",),
    "phases": ("weeks",),
}
# Sections the routine page needs; the others are checked when present (older routines lack some).
REQUIRED = ("am", "pm", "weekly")


def format_time(moment: datetime) -> str:
    """ISO 8601 in UTC with every microsecond kept ("2026-01-02T09:30:00.123456Z")."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def to_record(row: dict) -> str:
    """One export line: the fields in FIELDS order, JSON keys in the order the database returned them."""
    record = {name: row[name] for name in FIELDS}
    record["created_at"] = format_time(row["created_at"])
    return json.dumps(record, ensure_ascii=False)


def _object(value, where: str) -> dict:
    if not isinstance(value, dict):
        raise ValueError(f"{where} must be a JSON object")
    return value


def _list(value, where: str) -> list:
    if not isinstance(value, list):
        raise ValueError(f"{where} must be a list")
    return value


def _text(item: dict, name: str, where: str) -> None:
    if not isinstance(item.get(name), str):
        raise ValueError(f"{where}.{name} must be a string")


def _strings(value, where: str) -> None:
    if not all(isinstance(item, str) for item in _list(value, where)):
        raise ValueError(f"{where} must be a list of strings")


def _kind(item: dict, where: str) -> None:
    kind = item.get("kind")
    if not isinstance(kind, str) or kind not in STEP_KINDS:
        raise ValueError(f"{where}.kind must be one of {', '.join(sorted(STEP_KINDS))}")


def _sources(item: dict, where: str) -> None:
    for n, source in enumerate(_list(item.get("sources", []), f"{where}.sources")):
        at = f"{where}.sources[{n}]"
        _text(_object(source, at), "title", at)
        for name in ("url", "seed"):
            if source.get(name) is not None:
                _text(source, name, at)


def _step(step, where: str) -> None:
    step = _object(step, where)
    _kind(step, where)
    _text(step, "title", where)
    for n, ingredient in enumerate(_list(step.get("ingredients"), f"{where}.ingredients")):
        at = f"{where}.ingredients[{n}]"
        ingredient = _object(ingredient, at)
        for name in ("slug", "name", "class"):
            _text(ingredient, name, at)
    times = step.get("times_per_week", 7)
    if not isinstance(times, int) or isinstance(times, bool) or not 0 <= times <= 7:
        raise ValueError(f"{where}.times_per_week must be a whole number from 0 to 7")


def _week(week, where: str) -> None:
    week = _object(week, where)
    if set(week) != set(DAYS):
        raise ValueError(f"{where} must have exactly the days {', '.join(DAYS)}")
    for day in DAYS:
        for n, use in enumerate(_list(week[day], f"{where}.{day}")):
            at = f"{where}.{day}[{n}]"
            use = _object(use, at)
            _kind(use, at)
            _strings(use.get("ingredients", []), f"{at}.ingredients")
            _strings(use.get("classes", []), f"{at}.classes")


def validate_routine(routine) -> None:
    """The contract's routine shape (docs: shared/spec/contract.md, "Routine JSON"), or ValueError."""
    routine = _object(routine, "routine")
    missing = [name for name in REQUIRED if name not in routine]
    if missing:
        raise ValueError(f"routine is missing {', '.join(missing)}")
    for slot in ("am", "pm"):
        for n, step in enumerate(_list(routine[slot], f"routine.{slot}")):
            _step(step, f"routine.{slot}[{n}]")
    _week(routine["weekly"], "routine.weekly")
    for section, names in SECTIONS.items():
        if section not in routine:
            continue
        for n, item in enumerate(_list(routine[section], f"routine.{section}")):
            at = f"routine.{section}[{n}]"
            item = _object(item, at)
            for name in names:
                _text(item, name, at)
            _sources(item, at)
    for n, phase in enumerate(routine.get("phases", [])):
        _week(phase.get("weekly"), f"routine.phases[{n}].weekly")
    for name in ("disclaimer",):
        if name in routine and not isinstance(routine[name], str):
            raise ValueError(f"routine.{name} must be a string")
    if "timeline" in routine and routine["timeline"] is not None:
        _object(routine["timeline"], "routine.timeline")


def validate_answers(answers) -> None:
    _object(answers, "answers")
    try:
        Answers.from_json(answers)
    except KeyError as error:
        raise ValueError(f"answers is missing {error.args[0]}") from error
    except (TypeError, ValueError) as error:
        raise ValueError(f"answers don't fit the questionnaire ({error})") from error


def validate_record(record: dict) -> None:
    """Raise ValueError saying what is wrong when `record` isn't a routine export_routines could write."""
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    missing = [name for name in FIELDS if name not in record]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    unknown = sorted(record.keys() - set(FIELDS))
    if unknown:
        raise ValueError(f"unknown field {', '.join(unknown)}")
    token, created_at, version = record["token"], record["created_at"], record["catalogue_version"]
    if not isinstance(token, str) or not TOKEN_RE.match(token):
        raise ValueError("token must be 16 to 64 URL-safe characters")
    if not isinstance(version, str) or not 0 < len(version) <= 64:
        raise ValueError("catalogue_version must be a string of 1 to 64 characters")
    moment = parse_datetime(created_at) if isinstance(created_at, str) else None
    if moment is None or moment.tzinfo is None:
        raise ValueError("created_at must be an ISO 8601 date and time with a time zone")
    validate_answers(record["answers"])
    validate_routine(record["routine"])


def from_record(record: dict) -> Routine:
    """The unsaved Routine for a record that passed validate_record()."""
    return Routine(
        token=record["token"],
        answers=record["answers"],
        routine=record["routine"],
        catalogue_version=record["catalogue_version"],
        created_at=parse_datetime(record["created_at"]),
    )
