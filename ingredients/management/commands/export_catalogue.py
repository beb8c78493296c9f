"""Write the catalogue as it is now (curated edits, both languages) as a fixture."""

import sys

from django.core.management.base import BaseCommand

from ingredients import catalogue_sync


class Command(BaseCommand):
    help = (
        "Write the catalogue in the database as a fixture: fixtures/catalogue.json's shape, each text in "
        "English (`name`) and Dutch (`name_nl`). Default: to standard output."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", help="the file to write, e.g. fixtures/catalogue.json")

    def handle(self, *args, output, **options):
        records = catalogue_sync.export_records()
        if output:
            catalogue_sync.write_fixture(records, output)
            self.stderr.write(f"Wrote {len(records)} records to {output}.")
        else:
            sys.stdout.write(catalogue_sync.fixture_text(records))
