from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    # The rate-limit counters live in a DatabaseCache (settings.CACHES["ratelimit"]), shared by
    # every worker; its table must exist wherever `migrate` has run. Existing tables are kept.
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


def drop_ratelimit_table(apps, schema_editor):
    schema_editor.execute("DROP TABLE IF EXISTS ratelimit_cache")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_cache_tables, drop_ratelimit_table)]
