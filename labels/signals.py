"""Bump `LexiconStamp` after any change to what the label check reads (once per transaction)."""

import uuid

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from ingredients import models as catalogue

from . import models

WATCHED = (
    catalogue.Source,
    catalogue.Ingredient,
    catalogue.WarningMessage,
    catalogue.Contraindication,
    catalogue.Conflict,
    models.LabelPattern,
)
PENDING_FLAG = "_label_lexicon_bump_pending"


def bump() -> str:
    version = uuid.uuid4().hex
    models.LexiconStamp.objects.update_or_create(id=1, defaults={"version": version})
    return version


def schedule_bump(sender=None, using="default", **kwargs) -> None:
    connection = transaction.get_connection(using)
    pending = getattr(connection, PENDING_FLAG, False) and connection.in_atomic_block
    if pending and any(getattr(entry[1], "lexicon_bump", False) for entry in connection.run_on_commit):
        return

    def callback():
        setattr(connection, PENDING_FLAG, False)
        bump()

    callback.lexicon_bump = True
    setattr(connection, PENDING_FLAG, True)
    transaction.on_commit(callback, using=using)


def connect() -> None:
    for model in WATCHED:
        uid = f"label-lexicon-{model._meta.label_lower}"
        post_save.connect(schedule_bump, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(schedule_bump, sender=model, dispatch_uid=f"{uid}-delete")
        for m2m in model._meta.many_to_many:
            through = m2m.remote_field.through
            m2m_changed.connect(schedule_bump, sender=through, dispatch_uid=f"{uid}-{m2m.name}")
