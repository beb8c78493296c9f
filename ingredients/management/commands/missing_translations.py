"""List every catalogue text that has no Dutch version yet; CI fails while any is missing."""

from django.core.management.base import BaseCommand, CommandError

from ingredients import catalogue_sync
from ingredients.catalogue_translations import LANGUAGE, missing_translations
from ingredients.registry import database_records


class Command(BaseCommand):
    help = (
        "List every catalogue text with no Dutch version (model, key, field): people reading Dutch see the "
        "English text there. Exits with status 1 when any is missing. Reads the database, or a fixture."
    )

    def add_arguments(self, parser):
        parser.add_argument("--fixture", help="check this fixture file instead of the database")

    def handle(self, *args, fixture, **options):
        try:
            records = catalogue_sync.read_fixture(fixture) if fixture else database_records()
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        missing = missing_translations(records)
        where = fixture or "the database"
        for item in missing:
            self.stdout.write(str(item))
        if missing:
            raise CommandError(f"{len(missing)} catalogue texts in {where} have no {LANGUAGE} translation.")
        self.stdout.write(self.style.SUCCESS(f"Every catalogue text in {where} has a {LANGUAGE} translation."))
