"""The catalogue's Dutch texts in fixture records: which are missing, and bringing in a translator's files.

A fixture record carries each translated field (`registry.CATALOGUE`) as the plain field, in English,
and `<field>_nl`, in Dutch (absent or empty: not translated yet, and people reading Dutch see the
English text). A row is named by its slug, or `pk:N` for contraindications and conflicts, which have none.

A translator delivers one JSON file per model, `<app>.<model>.json` (`ingredients.myth.json`), shaped
`{key: {field: text}}`; `import_translations()` checks every key, field and length against the records
and writes the texts into `<field>_nl`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .registry import OTHER_LANGUAGES, models_by_label, translated_fields

LANGUAGE = OTHER_LANGUAGES[0]  # "nl"


def row_key(record: dict[str, Any]) -> str:
    """How a translator's file names a row: its slug, or `pk:N` for a row without one."""
    slug = record["fields"].get("slug")
    return slug if slug else f"pk:{record.get('pk')}"


@dataclass(frozen=True)
class Missing:
    model: str  # "ingredients.myth"
    key: str  # slug or "pk:N"
    field: str  # "reality"

    def __str__(self) -> str:
        return f"{self.model} {self.key} {self.field}"


def missing_translations(records: Iterable[dict[str, Any]], language: str = LANGUAGE) -> list[Missing]:
    """Every text with an English version and no `language` one, in record order."""
    out = []
    for record in records:
        fields = record["fields"]
        for name in translated_fields(record["model"]):
            if str(fields.get(name) or "").strip() and not str(fields.get(f"{name}_{language}") or "").strip():
                out.append(Missing(record["model"], row_key(record), name))
    return out


class TranslationFileError(ValueError):
    """A translator's file names a row, field or model the catalogue doesn't have, or a text too long."""


def _check_text(model, label: str, key: str, name: str, text: Any) -> list[str]:
    where = f"{label} {key} {name}"
    if name not in translated_fields(label):
        return [f"{where}: not a translated field (translated: {', '.join(translated_fields(label))})"]
    if not isinstance(text, str) or not text.strip():
        return [f"{where}: expected a non-empty text"]
    limit = model._meta.get_field(name).max_length
    if limit and len(text) > limit:
        return [f"{where}: {len(text)} characters, at most {limit} fit"]
    return []


def _with_text(fields: dict[str, Any], name: str, text: str, language: str) -> dict[str, Any]:
    """The fields with `<name>_<language>` set, placed right after `name` (a fixture a person reads)."""
    target = f"{name}_{language}"
    out = {}
    for field, value in fields.items():
        if field != target:
            out[field] = value
        if field == name:
            out[target] = text
    return out


def import_file(records: list[dict[str, Any]], path: Path, language: str = LANGUAGE) -> int:
    """Write one translator's file into `records` (in place); returns how many texts it set.

    Raises TranslationFileError, listing every problem, before changing anything."""
    label = path.name.removesuffix(".json")
    model = models_by_label().get(label)
    if model is None or not translated_fields(label):
        raise TranslationFileError(f"{path.name}: not a catalogue model with translated texts")
    texts = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(texts, dict) or not all(isinstance(v, dict) for v in texts.values()):
        raise TranslationFileError(f"{path.name}: expected {{key: {{field: text}}}}")
    rows = {row_key(r): r for r in records if r["model"] == label}
    problems = [f"{label} {key}: no such row" for key in texts if key not in rows]
    for key, fields in texts.items():
        if key in rows:
            problems += [p for name, text in fields.items() for p in _check_text(model, label, key, name, text)]
    if problems:
        raise TranslationFileError("\n".join(problems))
    for key, fields in texts.items():
        row = rows[key]
        for name, text in fields.items():
            row["fields"] = _with_text(row["fields"], name, text.strip(), language)
    return sum(len(fields) for fields in texts.values())
