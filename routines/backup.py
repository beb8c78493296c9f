"""Backups of saved routines as JSON lines: the record format, and the one check every record passes.

`export_routines` writes `to_record()` per routine; `import_routines` restores what passes
`validate_record()`. A routine with check-ins or pauses (health data, as the JSON export shows them)
carries them as `check_ins` and `pauses`; records without them read as none. A round trip is exact:
JSON exactly as the database holds it (no reordered keys) and the creation time to the microsecond.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime

from django.utils.dateparse import parse_date, parse_datetime

from ingredients.vocab import StepKind

from . import following
from .answers import Answers
from .models import CheckIn, Pause, SavedRoutine
from .routine import Routine as RoutineSchema

FIELDS = ("token", "answers", "routine", "catalogue_version", "created_at")
FOLLOW_FIELDS = ("check_ins", "pauses")  # optional: written only when the routine has some
CHECK_IN_FIELDS = ("date", "oiliness", "blackheads", "breakouts", "irritation", "followed")
PAUSE_FIELDS = ("start", "end", "severity", "text")
TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
STEP_KINDS = frozenset(StepKind.values)


def format_time(moment: datetime) -> str:
    """ISO 8601 in UTC with every microsecond kept ("2026-01-02T09:30:00.123456Z")."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def to_record(row: dict, check_ins=(), pauses=()) -> str:
    """One export line: the fields in FIELDS order, JSON keys in the order the database returned them,
    then the routine's check-ins and pauses, if any."""
    record = {name: row[name] for name in FIELDS}
    record["created_at"] = format_time(row["created_at"])
    if check_ins:
        record["check_ins"] = [
            {name: c.date.isoformat() if name == "date" else getattr(c, name) for name in CHECK_IN_FIELDS}
            for c in check_ins
        ]
    if pauses:
        record["pauses"] = [
            {
                "start": p.start.isoformat(),
                "end": p.end.isoformat() if p.end else None,
                "severity": p.severity,
                "text": p.text,
            }
            for p in pauses
        ]
    return json.dumps(record, ensure_ascii=False)


def _day(value, where: str) -> date:
    day = parse_date(value) if isinstance(value, str) else None
    if day is None:
        raise ValueError(f"{where} must be a date (YYYY-MM-DD)")
    return day


def _entries(record: dict, name: str, fields: tuple[str, ...]) -> list[dict]:
    entries = record.get(name, [])
    if not isinstance(entries, list):
        raise ValueError(f"{name} must be a list")
    for n, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or set(entry) != set(fields):
            raise ValueError(f"{name} {n} must be an object with exactly {', '.join(fields)}")
    return entries


def validate_follow_up(record: dict) -> None:
    """The check-ins and pauses of a record, if any: ValueError saying where one is wrong."""
    days = set()
    for n, entry in enumerate(_entries(record, "check_ins", CHECK_IN_FIELDS), start=1):
        days.add(_day(entry["date"], f"check_ins {n}: date"))
        for name in following.SCORE_FIELDS:
            value = entry[name]
            if isinstance(value, bool) or value not in following.SCORE_VALUES:
                raise ValueError(f"check_ins {n}: {name} must be 0, 1, 2 or 3")
        if entry["followed"] not in following.FOLLOWED:
            raise ValueError(f"check_ins {n}: followed must be one of {', '.join(following.FOLLOWED)}")
    if len(days) != len(record.get("check_ins", [])):
        raise ValueError("check_ins: one check-in a day")
    for n, entry in enumerate(_entries(record, "pauses", PAUSE_FIELDS), start=1):
        start = _day(entry["start"], f"pauses {n}: start")
        if entry["end"] is not None and _day(entry["end"], f"pauses {n}: end") < start:
            raise ValueError(f"pauses {n}: end is before start")
        if entry["severity"] not in following.SEVERITIES:
            raise ValueError(f"pauses {n}: severity must be one of {', '.join(following.SEVERITIES)}")
        if not isinstance(entry["text"], str) or len(entry["text"]) > 5000:
            raise ValueError(f"pauses {n}: text must be text of at most 5000 characters")


def follow_up_rows(record: dict, routine: SavedRoutine) -> tuple[list[CheckIn], list[Pause]]:
    """The unsaved check-ins and pauses of a record that passed validate_record(), for `routine`."""
    check_ins = [CheckIn(routine=routine, **{**e, "date": parse_date(e["date"])}) for e in record.get("check_ins", [])]
    pauses = [
        Pause(
            routine=routine,
            start=parse_date(e["start"]),
            end=parse_date(e["end"]) if e["end"] else None,
            severity=e["severity"],
            text=e["text"],
        )
        for e in record.get("pauses", [])
    ]
    return check_ins, pauses


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
    unknown = sorted(record.keys() - set(FIELDS) - set(FOLLOW_FIELDS))
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
    validate_follow_up(record)


def from_record(record: dict) -> SavedRoutine:
    """The unsaved SavedRoutine for a record that passed validate_record()."""
    return SavedRoutine(
        token=record["token"],
        answers=record["answers"],
        routine=record["routine"],
        catalogue_version=record["catalogue_version"],
        created_at=parse_datetime(record["created_at"]),
        follow_version=1 if record.get("check_ins") or record.get("pauses") else 0,
    )
