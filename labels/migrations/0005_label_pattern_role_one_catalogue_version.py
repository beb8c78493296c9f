from django.db import migrations, models


class Migration(migrations.Migration):
    """Label patterns say their role in a formula (preservatives mark where a list passes 1 %); the label
    check's own version stamp goes: the catalogue's version now covers aliases and label patterns."""

    dependencies = [
        ("labels", "0004_label_pattern_help_texts"),
    ]

    operations = [
        migrations.AddField(
            model_name="labelpattern",
            name="role",
            field=models.CharField(
                blank=True,
                choices=[("preservative", "Preservative")],
                help_text="What these names do in a formula, when it tells where the list passes 1 %: preservatives "
                "are used at 1 % or less, so an acid printed after one is there to adjust the pH.",
                max_length=20,
                verbose_name="role in a formula",
            ),
        ),
        migrations.AddField(
            model_name="historicallabelpattern",
            name="role",
            field=models.CharField(
                blank=True,
                choices=[("preservative", "Preservative")],
                help_text="What these names do in a formula, when it tells where the list passes 1 %: preservatives "
                "are used at 1 % or less, so an acid printed after one is there to adjust the pH.",
                max_length=20,
                verbose_name="role in a formula",
            ),
        ),
        migrations.AlterField(
            model_name="labelpattern",
            name="starts_with",
            field=models.TextField(
                blank=True,
                help_text="Whole words a name starts with, e.g. “retinyl”; one per line for several (a family of "
                "species).",
            ),
        ),
        migrations.AlterField(
            model_name="labelpattern",
            name="ends_with",
            field=models.TextField(
                blank=True, help_text="Whole words a name ends with, e.g. “leaf oil”; one per line for several."
            ),
        ),
        migrations.AlterField(
            model_name="historicallabelpattern",
            name="starts_with",
            field=models.TextField(
                blank=True,
                help_text="Whole words a name starts with, e.g. “retinyl”; one per line for several (a family of "
                "species).",
            ),
        ),
        migrations.AlterField(
            model_name="historicallabelpattern",
            name="ends_with",
            field=models.TextField(
                blank=True, help_text="Whole words a name ends with, e.g. “leaf oil”; one per line for several."
            ),
        ),
        migrations.DeleteModel(name="LexiconStamp"),
    ]
