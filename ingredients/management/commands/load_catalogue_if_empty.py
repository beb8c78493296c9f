"""`make run`'s catalogue step: load fixtures/catalogue.json into an empty catalogue, and only then."""

from django.core.management.base import BaseCommand

from ingredients import catalogue_sync


class Command(BaseCommand):
    help = (
        "Load the catalogue fixture when the catalogue is empty (a new database). A catalogue with any "
        "rows is left as it is, so curated edits are never overwritten; see update_catalogue."
    )

    def add_arguments(self, parser):
        parser.add_argument("fixture", nargs="?", default=str(catalogue_sync.FIXTURE), help="default: %(default)s")

    def handle(self, *args, fixture, **options):
        if not catalogue_sync.catalogue_is_empty():
            self.stdout.write(
                f"The catalogue already has {catalogue_sync.catalogue_row_count()} rows: left as it is, "
                "curated edits included. To bring in a newer fixture: manage.py update_catalogue"
            )
            return
        records = catalogue_sync.read_fixture(fixture)
        count = catalogue_sync.load_into_empty(records, reason=f"Loaded from {fixture} into an empty catalogue")
        self.stdout.write(self.style.SUCCESS(f"The catalogue was empty: loaded {count} rows from {fixture}."))
