import json
import re
import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.dateparse import parse_datetime

from routines.models import Routine

FIELDS = {"token", "answers", "routine", "catalogue_version", "created_at"}
BATCH = 500
TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def read_records(text):
    """(line number, record) pairs from JSON lines or a JSON array; CommandError if it isn't JSON."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            records = json.loads(text)
        except json.JSONDecodeError as error:
            raise CommandError(f"Not a valid JSON array: {error}. Nothing was imported.") from error
        return [(index, record) for index, record in enumerate(records, start=1)]
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line)))
        except json.JSONDecodeError as error:
            raise CommandError(
                f"Line {number} is not valid JSON ({error}); the file may be truncated or not an "
                "export_routines file. Nothing was imported."
            ) from error
    return records


def validate(record):
    """The Routine to create from one exported record, or ValueError saying what is wrong."""
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    missing = FIELDS - record.keys()
    if missing:
        raise ValueError(f"missing {', '.join(sorted(missing))}")
    unknown = record.keys() - FIELDS
    if unknown:
        raise ValueError(f"unknown field {', '.join(sorted(unknown))}")
    token, created_at = record["token"], record["created_at"]
    if not isinstance(token, str) or not TOKEN_RE.match(token):
        raise ValueError("token must be 16 to 64 URL-safe characters")
    if not isinstance(record["answers"], dict) or not record["answers"]:
        raise ValueError("answers must be a non-empty JSON object")
    if not isinstance(record["routine"], dict) or not record["routine"]:
        raise ValueError("routine must be a non-empty JSON object")
    version = record["catalogue_version"]
    if not isinstance(version, str) or not 0 < len(version) <= 64:
        raise ValueError("catalogue_version must be a string of 1 to 64 characters")
    moment = parse_datetime(created_at) if isinstance(created_at, str) else None
    if moment is None or moment.tzinfo is None:
        raise ValueError("created_at must be an ISO 8601 date and time with a time zone")
    return Routine(
        token=token,
        answers=record["answers"],
        routine=record["routine"],
        catalogue_version=version,
        created_at=moment,
    )


class Command(BaseCommand):
    help = (
        "Restore routines written by export_routines. Creates the routines whose token isn't saved "
        "yet; never changes or deletes saved ones. Bad records are reported and skipped; a file "
        "that isn't JSON imports nothing. All in one transaction."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="file written by export_routines, or - for standard input")

    def handle(self, *args, path, **options):
        try:
            text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()  # noqa: SIM115
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Can't read {path}: {error}") from error
        records = read_records(text)

        candidates, skipped = {}, 0
        for number, record in records:
            try:
                routine = validate(record)
                if routine.token in candidates:
                    raise ValueError("the same token appears earlier in the file")
            except ValueError as error:
                skipped += 1
                self.stderr.write(f"Skipped record {number}: {error}.")
                continue
            candidates[routine.token] = routine

        with transaction.atomic():
            present = set(Routine.objects.values_list("token", flat=True))
            new = [routine for token, routine in candidates.items() if token not in present]
            exported_at = {routine.token: routine.created_at for routine in new}
            Routine.objects.bulk_create(new, batch_size=BATCH)
            # auto_now_add stamped them "now" on the way in; put the exported times back.
            for start in range(0, len(new), BATCH):
                tokens = [routine.token for routine in new[start : start + BATCH]]
                rows = list(Routine.objects.filter(token__in=tokens))
                for row in rows:
                    row.created_at = exported_at[row.token]
                Routine.objects.bulk_update(rows, ["created_at"])

        self.stdout.write(
            f"Imported {len(new)} routine(s); {len(candidates) - len(new)} already saved and left unchanged; "
            f"{skipped} bad record(s) skipped."
        )
