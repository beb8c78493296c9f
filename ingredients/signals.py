"""Keep `CatalogueVersion` in step with the catalogue: one refresh per transaction that changes it.

Every save or delete of a catalogue row (every model in `registry.CATALOGUE`, label patterns included)
and every change to their many-to-many links schedules `refresh_catalogue_version()` (`version.py`)
for when the transaction commits. Loading the whole fixture or saving
one admin form therefore refreshes the version once; the digest only changes when content does.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from . import models
from .registry import DEFAULT_LANGUAGE, OTHER_LANGUAGES, catalogue_models, snapshot_language, translated_fields
from .version import refresh_catalogue_version

# Set on a connection while a refresh is waiting for its transaction to commit.
PENDING_FLAG = "_catalogue_refresh_pending"


def _refresh(connection) -> None:
    setattr(connection, PENDING_FLAG, False)
    refresh_catalogue_version()


def schedule_refresh(sender=None, using="default", **kwargs) -> None:
    connection = transaction.get_connection(using)
    # The flag dedupes within one transaction; a rollback discards the pending callback, so the
    # flag only counts while the callback is really queued.
    if getattr(connection, PENDING_FLAG, False) and connection.in_atomic_block:
        queued = any(getattr(entry[1], "catalogue_refresh", False) for entry in connection.run_on_commit)
        if queued:
            return

    def callback():
        _refresh(connection)

    callback.catalogue_refresh = True
    setattr(connection, PENDING_FLAG, True)
    transaction.on_commit(callback, using=using)


# Models with public pages addressed by slug: /ingredients/<slug>/ and /myths/#<slug>.
PUBLIC_SLUG_MODELS = {
    models.Ingredient: models.SlugRedirect.Kind.INGREDIENT,
    models.Myth: models.SlugRedirect.Kind.MYTH,
}


def remember_old_slug(sender, instance, raw=False, **kwargs) -> None:
    if raw or instance.pk is None:
        return
    instance._slug_before_save = sender.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()


def redirect_old_slug(sender, instance, created, raw=False, **kwargs) -> None:
    old = getattr(instance, "_slug_before_save", None)
    if raw or created or not old or old == instance.slug:
        return
    models.SlugRedirect.record(PUBLIC_SLUG_MODELS[sender], old, instance.slug)
    instance._slug_before_save = instance.slug


def empty_not_null(sender, instance, **kwargs) -> None:
    """A translation not written yet is stored as "" (as admin stores an emptied one), never NULL, so
    "no Dutch text" has one value in rows, history and fixtures."""
    for name in translated_fields(sender._meta.label_lower):
        for language in (DEFAULT_LANGUAGE, *OTHER_LANGUAGES):
            if getattr(instance, f"{name}_{language}", "") is None:
                setattr(instance, f"{name}_{language}", "")


def fixture_texts_in_english(sender, instance, raw=False, **kwargs) -> None:
    """A fixture's plain text field is English (docs/catalogue.md), but modeltranslation puts it in the
    active language's column: loaded while Dutch is active, it would land in `name_nl`. Put it back."""
    language = snapshot_language()
    if not raw or language == DEFAULT_LANGUAGE:
        return
    for name in translated_fields(sender._meta.label_lower):
        english = instance.__dict__.get(name)
        if english is None:
            continue
        setattr(instance, f"{name}_{DEFAULT_LANGUAGE}", english)
        if getattr(instance, f"{name}_{language}") == english:
            setattr(instance, f"{name}_{language}", "")  # copied, not translated


def connect() -> None:
    for model in PUBLIC_SLUG_MODELS:
        uid = f"slug-redirect-{model._meta.label_lower}"
        pre_save.connect(remember_old_slug, sender=model, dispatch_uid=f"{uid}-pre")
        post_save.connect(redirect_old_slug, sender=model, dispatch_uid=f"{uid}-post")
    for model in catalogue_models():
        uid = f"catalogue-version-{model._meta.label_lower}"
        if translated_fields(model._meta.label_lower):
            pre_save.connect(fixture_texts_in_english, sender=model, dispatch_uid=f"{uid}-fixture-english")
            pre_save.connect(empty_not_null, sender=model, dispatch_uid=f"{uid}-empty-not-null")
        post_save.connect(schedule_refresh, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(schedule_refresh, sender=model, dispatch_uid=f"{uid}-delete")
        for m2m in model._meta.many_to_many:
            through = m2m.remote_field.through
            m2m_changed.connect(schedule_refresh, sender=through, dispatch_uid=f"{uid}-{m2m.name}")
