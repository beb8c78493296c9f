"""The label check's one bridge to the database: an immutable lexicon of names and rules.

`lexicon_from_records()` builds it from fixture-style records (`fixtures/catalogue.json`), so tests
and the benchmark use the real catalogue without a database; `load_lexicon()` reads the same rows
from the database in a fixed number of queries; `current_lexicon()` caches it per process for the
current (catalogue version, label lexicon stamp).

Names: every ingredient's name, INCI name and synonyms, and each curated `LabelPattern`, folded by
`labels.inci.fold`. A folded alias shared by ingredients of one class (“AHA”) recognises the class;
shared across classes it is dropped, never guessed.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .inci import fold, is_colour_index


@dataclass(frozen=True, kw_only=True)
class Source:
    title: str
    url: str | None
    seed: str | None

    def to_dict(self) -> dict:
        return {"title": self.title, "url": self.url, "seed": self.seed}


@dataclass(frozen=True, kw_only=True)
class Ingredient:
    slug: str
    name: str
    ingredient_class: str
    recommendable: bool
    prescription_only: bool
    fragrance_or_essential_oil: bool
    not_recommended_reason: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, kw_only=True)
class Entry:
    """What a printed name is: a catalogue ingredient, a class, or a known formulation ingredient."""

    slug: str | None
    name: str
    ingredient_class: str  # "" for a formulation ingredient no rule is about
    step_kind: str = ""  # products with this name are usually this step


@dataclass(frozen=True, kw_only=True)
class Pattern:
    starts_with: str
    ends_with: str
    entry: Entry

    @property
    def specificity(self) -> int:
        return len(self.starts_with) + len(self.ends_with)

    def matches(self, folded: str) -> bool:
        return _at_start(folded, self.starts_with) and _at_end(folded, self.ends_with)


BOUNDARY = " -/("


def _at_start(folded: str, words: str) -> bool:
    return not words or folded == words or (folded.startswith(words) and folded[len(words)] in BOUNDARY)


def _at_end(folded: str, words: str) -> bool:
    return not words or folded == words or (folded.endswith(words) and folded[-len(words) - 1] in BOUNDARY)


@dataclass(frozen=True, kw_only=True)
class Contraindication:
    condition: str
    ingredient: str | None
    ingredient_class: str
    severity: str
    warning: str
    text: str
    sources: tuple[Source, ...]

    def hits(self, entry: Entry) -> bool:
        if self.ingredient:
            return self.ingredient == entry.slug
        return bool(entry.ingredient_class) and self.ingredient_class == entry.ingredient_class


@dataclass(frozen=True, kw_only=True)
class Conflict:
    class_a: str
    class_b: str
    beginners_only: bool
    text: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, kw_only=True)
class Warning:
    code: str
    title: str
    text: str
    sources: tuple[Source, ...]


COLOURANT = Entry(slug=None, name="Colourant (CI number)", ingredient_class="")


@dataclass(frozen=True, kw_only=True)
class Lexicon:
    version: str
    ingredients: Mapping[str, Ingredient]
    exact: Mapping[str, Entry]
    patterns: tuple[Pattern, ...]  # most specific first
    contraindications: tuple[Contraindication, ...]
    conflicts: tuple[Conflict, ...]
    warnings: Mapping[str, Warning]
    answer_labels: Mapping[str, str] = field(default_factory=dict)

    def lookup(self, forms: Iterable[str]) -> Entry | None:
        """The entry for the first form with an exact alias, else the most specific pattern match."""
        forms = tuple(forms)
        for form in forms:
            entry = self.exact.get(form)
            if entry is not None:
                return entry
        for form in forms:
            if is_colour_index(form):
                return COLOURANT
        for pattern in self.patterns:
            if any(pattern.matches(form) for form in forms):
                return pattern.entry
        return None


# --- From records --------------------------------------------------------------------------------


def _ref(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, list | tuple):
        return str(value[0])
    return str(value)


def lexicon_from_records(
    records: Iterable[Mapping[str, Any]], *, version: str, answer_labels: Mapping[str, str] | None = None
) -> Lexicon:
    """A lexicon from Django-serialiser records with natural keys (as in `fixtures/catalogue.json`)."""
    rows: dict[str, list[Mapping[str, Any]]] = {}
    for record in records:
        rows.setdefault(str(record.get("model", "")), []).append(record["fields"])

    sources = {
        f["slug"]: Source(title=f["title"], url=f.get("url") or None, seed=f.get("seed") or None)
        for f in rows.get("ingredients.source", ())
    }

    def srcs(f: Mapping[str, Any]) -> tuple[Source, ...]:
        return tuple(sources[s] for s in (_ref(v) for v in f.get("sources", ())) if s in sources)

    ingredients = {
        f["slug"]: Ingredient(
            slug=f["slug"],
            name=f["name"],
            ingredient_class=f["ingredient_class"],
            recommendable=bool(f.get("recommendable", True)),
            prescription_only=bool(f.get("prescription_only", False)),
            fragrance_or_essential_oil=bool(f.get("fragrance_or_essential_oil", False)),
            not_recommended_reason=f.get("not_recommended_reason", ""),
            sources=srcs(f),
        )
        for f in rows.get("ingredients.ingredient", ())
    }

    # Ingredient aliases: a name shared within one class names the class; across classes, nothing.
    owners: dict[str, set[str]] = {}
    for f in rows.get("ingredients.ingredient", ()):
        names = [f["name"], f.get("inci_name", ""), *str(f.get("synonyms", "")).splitlines()]
        for name in names:
            folded = fold(name)
            if folded:
                owners.setdefault(folded, set()).add(f["slug"])
    exact: dict[str, Entry] = {}
    for folded, slugs in owners.items():
        if len(slugs) == 1:
            ing = ingredients[next(iter(slugs))]
            exact[folded] = Entry(slug=ing.slug, name=ing.name, ingredient_class=ing.ingredient_class)
        else:
            classes = {ingredients[s].ingredient_class for s in slugs}
            if len(classes) == 1:
                cls = classes.pop()
                exact[folded] = Entry(slug=None, name=folded.upper(), ingredient_class=cls)

    patterns: list[Pattern] = []
    for f in rows.get("labels.labelpattern", ()):
        slug = _ref(f.get("ingredient"))
        ing = ingredients.get(slug) if slug else None
        entry = Entry(
            slug=ing.slug if ing else None,
            name=ing.name if ing else f["name"],
            ingredient_class=ing.ingredient_class if ing else (f.get("ingredient_class") or ""),
            step_kind=f.get("step_kind") or "",
        )
        for name in str(f.get("names", "")).splitlines():
            folded = fold(name)
            # An ingredient's own alias always wins over a pattern.
            if folded and folded not in exact:
                exact[folded] = entry
        starts, ends = fold(f.get("starts_with") or ""), fold(f.get("ends_with") or "")
        if starts or ends:
            patterns.append(Pattern(starts_with=starts, ends_with=ends, entry=entry))
    patterns.sort(key=lambda p: (-p.specificity, p.starts_with, p.ends_with))

    warning_code = {f["slug"]: f["code"] for f in rows.get("ingredients.warningmessage", ())}
    warnings = {
        f["code"]: Warning(code=f["code"], title=f["title"], text=f["text"], sources=srcs(f))
        for f in rows.get("ingredients.warningmessage", ())
    }
    contraindications = tuple(
        Contraindication(
            condition=f["condition"],
            ingredient=_ref(f.get("ingredient")),
            ingredient_class=f.get("ingredient_class") or "",
            severity=f["severity"],
            warning=warning_code.get(_ref(f["warning"]) or "", _ref(f["warning"]) or ""),
            text=f["text"],
            sources=srcs(f),
        )
        for f in rows.get("ingredients.contraindication", ())
    )
    conflicts = tuple(
        Conflict(
            class_a=f["class_a"],
            class_b=f["class_b"],
            beginners_only=bool(f.get("beginners_only", False)),
            text=f.get("text", ""),
            sources=srcs(f),
        )
        for f in rows.get("ingredients.conflict", ())
    )
    return Lexicon(
        version=version,
        ingredients=ingredients,
        exact=exact,
        patterns=tuple(patterns),
        contraindications=contraindications,
        conflicts=conflicts,
        warnings=warnings,
        answer_labels=dict(answer_labels or {}),
    )


def lexicon_from_fixture(path: str | Path, *, version: str = "fixture") -> Lexicon:
    with open(path, encoding="utf-8") as f:
        return lexicon_from_records(json.load(f), version=version, answer_labels=_answer_labels())


def _answer_labels() -> dict[str, str]:
    from ingredients.vocab import AnswerFact

    return {str(value): str(label) for value, label in AnswerFact.choices}


# --- From the database -----------------------------------------------------------------------------


def _records_from_database() -> list[dict[str, Any]]:
    """The rows the label check reads, as fixture-style records: one query per table and relation."""
    from ingredients import models as m

    from .models import LabelPattern

    def slugs(manager) -> list[str]:
        return [obj.slug for obj in manager.all()]

    records: list[dict[str, Any]] = []
    for s in m.Source.objects.only("slug", "title", "url", "seed"):
        records.append(
            {"model": "ingredients.source", "fields": {"slug": s.slug, "title": s.title, "url": s.url, "seed": s.seed}}
        )
    for i in m.Ingredient.objects.prefetch_related("sources"):
        records.append(
            {
                "model": "ingredients.ingredient",
                "fields": {
                    "slug": i.slug,
                    "name": i.name,
                    "inci_name": i.inci_name,
                    "synonyms": i.synonyms,
                    "ingredient_class": i.ingredient_class,
                    "recommendable": i.recommendable,
                    "prescription_only": i.prescription_only,
                    "fragrance_or_essential_oil": i.fragrance_or_essential_oil,
                    "not_recommended_reason": i.not_recommended_reason,
                    "sources": slugs(i.sources),
                },
            }
        )
    for p in LabelPattern.objects.select_related("ingredient"):
        records.append(
            {
                "model": "labels.labelpattern",
                "fields": {
                    "name": p.name,
                    "names": p.names,
                    "starts_with": p.starts_with,
                    "ends_with": p.ends_with,
                    "ingredient": p.ingredient.slug if p.ingredient else None,
                    "ingredient_class": p.ingredient_class,
                    "step_kind": p.step_kind,
                },
            }
        )
    for w in m.WarningMessage.objects.prefetch_related("sources"):
        records.append(
            {
                "model": "ingredients.warningmessage",
                "fields": {
                    "slug": w.slug,
                    "code": w.code,
                    "title": w.title,
                    "text": w.text,
                    "sources": slugs(w.sources),
                },
            }
        )
    for c in m.Contraindication.objects.select_related("ingredient", "warning").prefetch_related("sources"):
        records.append(
            {
                "model": "ingredients.contraindication",
                "fields": {
                    "condition": c.condition,
                    "ingredient": c.ingredient.slug if c.ingredient else None,
                    "ingredient_class": c.ingredient_class,
                    "severity": c.severity,
                    "warning": c.warning.slug,
                    "text": c.text,
                    "sources": slugs(c.sources),
                },
            }
        )
    for c in m.Conflict.objects.prefetch_related("sources"):
        records.append(
            {
                "model": "ingredients.conflict",
                "fields": {
                    "class_a": c.class_a,
                    "class_b": c.class_b,
                    "beginners_only": c.beginners_only,
                    "text": c.text,
                    "sources": slugs(c.sources),
                },
            }
        )
    return records


def load_lexicon(*, version: str = "") -> Lexicon:
    return lexicon_from_records(_records_from_database(), version=version, answer_labels=_answer_labels())


_memo_lock = threading.Lock()
_memo: dict[str, Lexicon] = {}


def current_key() -> str:
    from routines.catalogue import current_version

    from .models import LexiconStamp

    stamp = LexiconStamp.objects.filter(id=1).values_list("version", flat=True).first() or ""
    return f"{current_version()}:{stamp}"


def current_lexicon() -> Lexicon:
    """The lexicon for what is stored now, built once per process per change (two small queries)."""
    key = current_key()
    lexicon = _memo.get(key)
    if lexicon is None:
        lexicon = load_lexicon(version=key)
        with _memo_lock:
            _memo.clear()
            _memo[key] = lexicon
    return lexicon
