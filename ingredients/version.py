"""The catalogue version: one stamp for everything a curator edits.

The version is a digest of every catalogue row's content in every language (every model in
`registry.CATALOGUE`, label patterns included), stored in `CatalogueVersion` and refreshed by
`signals.py` after each transaction that changes a row. Whatever caches something built from the
catalogue (the engine's snapshot, the label check's lexicon) keys it on this version; a saved
routine keeps the version it was built from.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder

from .registry import OTHER_LANGUAGES, catalogue_models, database_records, natural_key, translated_fields


def content_digest(records: list[dict[str, Any]]) -> str:
    """A stable hash of catalogue records: the same content gives the same digest, whatever the
    primary keys, the row order or the order of many-to-many links."""
    by_label = {model._meta.label_lower: (index, model) for index, model in enumerate(catalogue_models())}
    rows = []
    for record in records:
        index, model = by_label[record["model"]]
        # A missing translation is no content: a catalogue in English only keeps the digest it had before.
        untranslated = {f"{name}_{lang}" for name in translated_fields(record["model"]) for lang in OTHER_LANGUAGES}
        fields = {k: v for k, v in record["fields"].items() if not (k in untranslated and v in (None, ""))}
        for f in model._meta.many_to_many:
            if f.name in fields:
                fields[f.name] = sorted(fields[f.name], key=json.dumps)
        rows.append((index, natural_key(model, fields), record["model"], fields))
    rows.sort(key=lambda row: (row[0], json.dumps([row[1], row[3]], cls=DjangoJSONEncoder, sort_keys=True)))
    payload = json.dumps(
        [[label, fields] for _, _, label, fields in rows],
        cls=DjangoJSONEncoder,
        sort_keys=True,
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def current_version() -> str:
    """The stored catalogue version (computed and stored on first use)."""
    from .models import CatalogueVersion  # here, so the engine's snapshot module imports without Django set up

    version = CatalogueVersion.objects.filter(id=1).values_list("version", flat=True).first()
    return version if version else refresh_catalogue_version()


def refresh_catalogue_version() -> str:
    """Recompute the digest and store it (only when it changed)."""
    from .models import CatalogueVersion

    version = content_digest(database_records())
    stored = CatalogueVersion.objects.filter(id=1).values_list("version", flat=True).first()
    if stored != version:
        CatalogueVersion.objects.update_or_create(id=1, defaults={"version": version})
    return version
