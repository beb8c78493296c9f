# The model that stores a routine is SavedRoutine (the typed routine is routines.routine.Routine).
# Its table keeps its name, so nothing moves in the database.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("routines", "0001_initial"),
    ]

    operations = [
        migrations.AlterModelTable(name="routine", table="routines_routine"),
        migrations.RenameModel(old_name="Routine", new_name="SavedRoutine"),
    ]
