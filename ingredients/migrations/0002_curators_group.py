"""The Curators group: may edit the catalogue, and nothing else (no users, no saved routines)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Curators"
EDITABLE = [
    "source",
    "ingredient",
    "producttype",
    "routinestep",
    "warningmessage",
    "contraindication",
    "conflict",
    "myth",
    "lifestyletip",
    "professionaltreatment",
    "referral",
    "rampupstage",
    "notice",
]


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations run; create them now so the group can
    # be given them on a fresh database.
    app_config = apps.get_app_config("ingredients")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = [f"{action}_{model}" for model in EDITABLE for action in ("add", "change", "delete", "view")]
    codenames.append("view_catalogueversion")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.set(Permission.objects.filter(content_type__app_label="ingredients", codename__in=codenames))


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("ingredients", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
