from django.core.management.base import BaseCommand

from routines.backup import FIELDS, to_record
from routines.models import SavedRoutine


class Command(BaseCommand):
    help = "Write every saved routine as JSON lines (one routine per line), oldest first, for import_routines."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", default="-", help="file to write (default: standard output)")

    def handle(self, *args, output, **options):
        routines = SavedRoutine.objects.order_by("created_at", "pk").values(*FIELDS).iterator(chunk_size=500)
        out = self.stdout if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
        count = 0
        try:
            for row in routines:
                out.write(to_record(row) + "\n")
                count += 1
        finally:
            if out is not self.stdout:
                out.close()
        self.stderr.write(f"Exported {count} routine{'' if count == 1 else 's'}.")
