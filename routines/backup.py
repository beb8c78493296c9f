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
from .models import SavedRoutine
from .routine import Routine as RoutineSchema

FIELDS = ("token", "answers", "routine", "catalogue_version", "created_at")
TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
STEP_KINDS = frozenset(StepKind.values)


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


def validate_routine(routine) -> None:
    """The saved routine's schema (routines/routine.py, any version), or ValueError saying where."""
    plan = RoutineSchema.from_dict(_object(routine, "routine"))
    weeks = [plan.weekly, *(p.weekly for p in plan.phases)]
    for step in plan.steps:
        if step.kind not in STEP_KINDS:
            raise ValueError(f"routine: unknown step kind {step.kind!r}")
        if not 0 <= step.times_per_week <= 7:
            raise ValueError("routine: times_per_week must be a whole number from 0 to 7")
    for week in weeks:
        for _, uses in week.items():
            if any(u.kind not in STEP_KINDS for u in uses):
                raise ValueError("routine: unknown step kind in a week")


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


def from_record(record: dict) -> SavedRoutine:
    """The unsaved SavedRoutine for a record that passed validate_record()."""
    return SavedRoutine(
        token=record["token"],
        answers=record["answers"],
        routine=record["routine"],
        catalogue_version=record["catalogue_version"],
        created_at=parse_datetime(record["created_at"]),
    )
