import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, transaction

from routines.backup import follow_up_rows, from_record, validate_record
from routines.models import CheckIn, Pause, SavedRoutine, storable, store_parts

BATCH = 500


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


def restore_follow_up(rows, records) -> None:
    """The check-ins and pauses of newly imported routines (health data: never printed)."""
    check_ins, pauses = [], []
    for row in rows:
        more_check_ins, more_pauses = follow_up_rows(records[row.token], row)
        check_ins += more_check_ins
        pauses += more_pauses
    CheckIn.objects.bulk_create(check_ins, batch_size=BATCH)
    Pause.objects.bulk_create(pauses, batch_size=BATCH)


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

        candidates, skipped, follow_records = {}, 0, {}
        for number, record in records:
            try:
                validate_record(record)
                routine = from_record(record)
                if routine.token in candidates:
                    raise ValueError("the same token appears earlier in the file")
            except ValueError as error:
                skipped += 1
                self.stderr.write(f"Skipped record {number}: {error}.")
                continue
            candidates[routine.token] = routine
            follow_records[routine.token] = record

        with transaction.atomic():
            present = set(SavedRoutine.objects.values_list("token", flat=True))
            new = [routine for token, routine in candidates.items() if token not in present]
            # Stored as the site stores what it saves: packed, with its parts (routines/packing.py).
            parts = {}
            for routine in new:
                routine.routine, needed = storable(routine.routine)
                parts.update(needed)
            items = list(parts.items())
            for start in range(0, len(items), BATCH):
                store_parts(dict(items[start : start + BATCH]), using=DEFAULT_DB_ALIAS)
            exported_at = {routine.token: routine.created_at for routine in new}
            SavedRoutine.objects.bulk_create(new, batch_size=BATCH)
            # auto_now_add stamped them "now" on the way in; put the exported times back.
            for start in range(0, len(new), BATCH):
                tokens = [routine.token for routine in new[start : start + BATCH]]
                rows = list(SavedRoutine.objects.filter(token__in=tokens))
                for row in rows:
                    row.created_at = exported_at[row.token]
                SavedRoutine.objects.bulk_update(rows, ["created_at"])
                restore_follow_up(rows, follow_records)

        self.stdout.write(
            f"Imported {len(new)} routine(s); {len(candidates) - len(new)} already saved and left unchanged; "
            f"{skipped} bad record(s) skipped."
        )
