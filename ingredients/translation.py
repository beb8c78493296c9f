"""The catalogue's texts in every language (django-modeltranslation), with their history.

Each translated field (`registry.CATALOGUE`) gets one column per language, `name_en` and `name_nl`;
reading `name` gives the active language's text, or the English one where that is empty. Found by
modeltranslation's autodiscovery, which runs before admin's (it is listed first in INSTALLED_APPS).

History: django-simple-history copies a model's fields when it builds the historical model, so a
model whose history must keep every language is registered here, after its translation fields
exist, instead of with `history = HistoricalRecords()` in models.py. The plain field (`name`) is left
out of the history: it only mirrors the active language, while `name_en` and `name_nl` are the texts.
(Except `Myth.myth`: simple-history applies `excluded_fields` to the links' tables too, whose column
pointing at the myth is also called `myth`; `history.describe()` skips that plain field.)
"""

from django.apps import apps
from modeltranslation.translator import TranslationOptions, translator
from simple_history import register as register_history

from .registry import CATALOGUE, DEFAULT_LANGUAGE


def register_app(app_label: str) -> None:
    """Register the translated catalogue models of one app (labels.LabelPattern lives in the label app)."""
    for entry in CATALOGUE:
        if not entry.translated or entry.label.split(".")[0] != app_label:
            continue
        model = apps.get_model(entry.label)
        # English is required where the field is (admin); every other language may be left empty.
        attributes = {"fields": entry.translated, "required_languages": (DEFAULT_LANGUAGE,)}
        options = type(f"{model.__name__}TranslationOptions", (TranslationOptions,), attributes)
        translator.register(model, options)
        register_history(
            model,
            m2m_fields=[f.name for f in model._meta.many_to_many],
            excluded_fields=[name for name in entry.translated if name != model._meta.model_name],
        )


register_app("ingredients")
