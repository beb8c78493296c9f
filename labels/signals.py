"""Change `LexiconStamp` whenever something the label check reads changes.

The stamp is written in the same transaction as the change (a rolled-back edit leaves it as it was),
not on commit: the catalogue's own version refresh already runs there, once per transaction.
"""

import uuid

from django.db.models.signals import m2m_changed, post_delete, post_save

from ingredients.registry import catalogue_models

from . import models


def bump(sender=None, using="default", **kwargs) -> None:
    version = uuid.uuid4().hex
    stamps = models.LexiconStamp.objects.using(using)
    if not stamps.filter(id=1).update(version=version):
        stamps.create(id=1, version=version)


def connect() -> None:
    # Every catalogue model (ingredients.registry), label patterns included.
    for model in catalogue_models():
        uid = f"label-lexicon-{model._meta.label_lower}"
        post_save.connect(bump, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(bump, sender=model, dispatch_uid=f"{uid}-delete")
        for m2m in model._meta.many_to_many:
            through = m2m.remote_field.through
            m2m_changed.connect(bump, sender=through, dispatch_uid=f"{uid}-{m2m.name}")
