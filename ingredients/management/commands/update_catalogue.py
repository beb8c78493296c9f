"""Bring a new fixtures/catalogue.json into a live database: show the changes first, apply on request."""

from django.core.management.base import BaseCommand, CommandError

from ingredients import catalogue_sync


class Command(BaseCommand):
    help = (
        "Compare the catalogue fixture with the database and list what would be added, changed (field by "
        "field) and deleted. Nothing changes unless --apply is given; then all of it is applied in one "
        "transaction, each row with a history record."
    )

    def add_arguments(self, parser):
        parser.add_argument("fixture", nargs="?", default=str(catalogue_sync.FIXTURE), help="default: %(default)s")
        parser.add_argument("--apply", action="store_true", help="apply the changes (default: only list them)")

    def handle(self, *args, fixture, apply, **options):
        try:
            records = catalogue_sync.read_fixture(fixture)
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        plan = catalogue_sync.plan_update(records)
        self.stdout.write(f"Comparing {fixture} with the database:")
        if not plan:
            self.stdout.write("The database already matches the fixture: nothing to do.")
            return
        for line in plan.lines():
            self.stdout.write(line)
        self.stdout.write(f"{plan.summary()}.")
        if not apply:
            self.stdout.write(
                self.style.WARNING("Dry run: nothing was changed. Run again with --apply to apply these changes.")
            )
            return
        catalogue_sync.apply_plan(plan, reason=f"manage.py update_catalogue from {fixture}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Applied in one transaction: added {len(plan.added)}, changed {len(plan.changed)}, "
                f"deleted {len(plan.deleted)} rows."
            )
        )
