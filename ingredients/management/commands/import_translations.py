"""Bring a translator's files into the catalogue fixture: `<app>.<model>.json`, `{key: {field: text}}`."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ingredients import catalogue_sync
from ingredients.catalogue_translations import LANGUAGE, TranslationFileError, import_file, missing_translations
from ingredients.registry import models_by_label


class Command(BaseCommand):
    help = (
        "Write the Dutch texts of a translator's files (one per model, e.g. ingredients.myth.json, shaped "
        "{slug or pk:N: {field: text}}) into the fixture's <field>_nl. Every key, field and length is "
        "checked first; nothing is written if any is wrong. Then bring the fixture into a database with "
        "update_catalogue."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="the folder with the translator's .json files")
        parser.add_argument("--fixture", default=str(catalogue_sync.FIXTURE), help="default: %(default)s")

    def handle(self, *args, directory, fixture, **options):
        labels = set(models_by_label())
        found = sorted(Path(directory).glob("*.json"))
        files = [path for path in found if path.name.removesuffix(".json") in labels]
        for path in found:
            if path not in files:
                self.stdout.write(
                    f"{path.name}: skipped (not named after a catalogue model, e.g. ingredients.myth.json)"
                )
        if not files:
            raise CommandError(f"{directory}: no translation files (<app>.<model>.json)")
        try:
            records = catalogue_sync.read_fixture(fixture)
            counts = {path.name: import_file(records, path) for path in files}
        except (OSError, ValueError) as error:
            kind = "Nothing was written" if isinstance(error, TranslationFileError) else "Cannot read"
            raise CommandError(f"{kind}:\n{error}") from error
        catalogue_sync.write_fixture(records, fixture)
        for name, count in counts.items():
            self.stdout.write(f"{name}: {count} texts")
        missing = missing_translations(records)
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {sum(counts.values())} {LANGUAGE} texts into {fixture}; {len(missing)} still missing."
            )
        )
