from itertools import islice

from django.core.management.base import BaseCommand

from routines.backup import FIELDS, to_record
from routines.models import CheckIn, Pause, SavedRoutine


def batched(rows, size):
    rows = iter(rows)
    while chunk := list(islice(rows, size)):
        yield chunk


def follow_up(pks):
    """Check-ins and pauses of these routines, by routine id, oldest first."""
    check_ins, pauses = {}, {}
    for c in CheckIn.objects.filter(routine_id__in=pks).order_by("date"):
        check_ins.setdefault(c.routine_id, []).append(c)
    for p in Pause.objects.filter(routine_id__in=pks).order_by("start", "pk"):
        pauses.setdefault(p.routine_id, []).append(p)
    return check_ins, pauses


class Command(BaseCommand):
    help = "Write every saved routine as JSON lines (one routine per line), oldest first, for import_routines."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", default="-", help="file to write (default: standard output)")

    def handle(self, *args, output, **options):
        routines = (
            SavedRoutine.objects.order_by("created_at", "pk")
            .values("pk", "follow_version", *FIELDS)
            .iterator(chunk_size=500)
        )
        out = self.stdout if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
        count = 0
        try:
            for chunk in batched(routines, 500):
                check_ins, pauses = follow_up([r["pk"] for r in chunk if r["follow_version"]])
                for row in chunk:
                    out.write(to_record(row, check_ins.get(row["pk"], ()), pauses.get(row["pk"], ())) + "\n")
                    count += 1
        finally:
            if out is not self.stdout:
                out.close()
        self.stderr.write(f"Exported {count} routine{'' if count == 1 else 's'}.")
