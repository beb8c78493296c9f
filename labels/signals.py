"""Label patterns are catalogue data: a change to one refreshes `CatalogueVersion`, like any catalogue row.

The catalogue snapshot (`routines/catalogue.py`) reads label patterns, so its digest, the one version
stamp, changes with them; the lexicon is cached per catalogue version (`labels/lexicon.py`).
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from ingredients.signals import schedule_refresh

from . import models


def connect() -> None:
    model = models.LabelPattern
    uid = f"catalogue-version-{model._meta.label_lower}"
    post_save.connect(schedule_refresh, sender=model, dispatch_uid=f"{uid}-save")
    post_delete.connect(schedule_refresh, sender=model, dispatch_uid=f"{uid}-delete")
    for m2m in model._meta.many_to_many:
        m2m_changed.connect(schedule_refresh, sender=m2m.remote_field.through, dispatch_uid=f"{uid}-{m2m.name}")
