"""Curators edit pause guidance like the rest of the catalogue (the group comes from ingredients 0002)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ACTIONS = ("add", "change", "delete", "view")


def grant(apps, schema_editor):
    app_config = apps.get_app_config("ingredients")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Curators")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="ingredients", codename__in=[f"{a}_pauseguidance" for a in ACTIONS]
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Curators").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="ingredients", codename__in=[f"{a}_pauseguidance" for a in ACTIONS]
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("ingredients", "0013_pause_guidance"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
