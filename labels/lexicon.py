"""The names a label can print, read from the engine's own catalogue snapshot.

`lexicon_for(catalogue)` builds an immutable lexicon from `routines.catalogue.Catalogue`: every
ingredient's name, INCI name and synonyms, and each curated label pattern (`catalogue.label_patterns`),
folded by `labels.inci.fold`. There is no second reader and no second copy of the catalogue's records:
rules, texts and sources stay on the snapshot (`lexicon.catalogue`). `current_lexicon()` caches one
lexicon per catalogue version and language (the one version stamp, `CatalogueVersion`, which label
patterns and aliases change too). A Dutch lexicon names what it finds in Dutch and still knows each
ingredient by its English name, as labels print it.

A folded alias shared by ingredients of one class (“AHA”) recognises the class; shared across classes
it is dropped, never guessed.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext as _

from ingredients.registry import DEFAULT_LANGUAGE
from routines.catalogue import Catalogue, Ingredient, Source, catalogue_from_fixture, current_catalogue

from .inci import fold, is_colour_index

__all__ = ["COLOURANT", "Entry", "Lexicon", "Source", "current_lexicon", "lexicon_for", "lexicon_from_fixture"]


@dataclass(frozen=True, kw_only=True)
class Entry:
    """What a printed name is: a catalogue ingredient, a class, or a known formulation ingredient."""

    slug: str | None
    name: str
    ingredient_class: str  # "" for a formulation ingredient no rule is about
    step_kind: str = ""  # products with this name are usually this step
    role: str = ""  # what it does in a formula ("preservative"), when that tells where 1 % is


@dataclass(frozen=True, kw_only=True)
class Pattern:
    starts_with: str
    ends_with: str
    entry: Entry

    @property
    def specificity(self) -> tuple[int, int]:
        # A pattern bounded at both ends ("citrus … oil") beats a longer one bounded at one ("… fruit oil").
        return (bool(self.starts_with) + bool(self.ends_with), len(self.starts_with) + len(self.ends_with))

    def matches(self, folded: str) -> bool:
        return _at_start(folded, self.starts_with) and _at_end(folded, self.ends_with)


BOUNDARY = " -/("


def _at_start(folded: str, words: str) -> bool:
    return not words or folded == words or (folded.startswith(words) and folded[len(words)] in BOUNDARY)


def _at_end(folded: str, words: str) -> bool:
    return not words or folded == words or (folded.endswith(words) and folded[-len(words) - 1] in BOUNDARY)


COLOURANT = Entry(slug=None, name="Colourant (CI number)", ingredient_class="", role="colourant")


@dataclass(frozen=True, kw_only=True)
class Lexicon:
    catalogue: Catalogue
    exact: Mapping[str, Entry]
    patterns: tuple[Pattern, ...]  # most specific first

    @property
    def version(self) -> str:
        return self.catalogue.version

    @property
    def ingredients(self) -> Mapping[str, Ingredient]:
        return self.catalogue.ingredient_by_slug

    @cached_property
    def colourant(self) -> Entry:
        """The entry for any colour index number (CI 77891), named in the catalogue's language."""
        with translation.override(self.catalogue.language):
            return dataclasses.replace(COLOURANT, name=str(_("Colourant (CI number)")))

    @cached_property
    def active_classes(self) -> frozenset[str]:
        """Classes every catalogue ingredient of which is an active (`Ingredient.active`): a name known only
        by such a class (a retinyl ester, mandelic acid) is an active too."""
        return frozenset(
            cls for cls, rows in self.catalogue.ingredients_by_class.items() if rows and all(i.active for i in rows)
        )

    def is_active(self, entry: Entry) -> bool:
        if entry.slug:
            ing = self.ingredients.get(entry.slug)
            return bool(ing and ing.active)
        return entry.ingredient_class in self.active_classes

    def lookup(self, forms: Iterable[str]) -> Entry | None:
        """The entry for the first form with an exact alias, else the most specific pattern match."""
        forms = tuple(forms)
        for form in forms:
            entry = self.exact.get(form)
            if entry is not None:
                return entry
        for form in forms:
            if is_colour_index(form):
                return self.colourant
        for pattern in self.patterns:
            if any(pattern.matches(form) for form in forms):
                return pattern.entry
        return None


def _ingredient_aliases(catalogue: Catalogue, english: Catalogue | None) -> dict[str, Entry]:
    """Each ingredient's names (in English too, from `english`); a name two ingredients of one class share
    names the class."""
    english_name = {i.slug: i.name for i in english.ingredients} if english is not None else {}
    owners: dict[str, set[str]] = {}
    for ing in catalogue.ingredients:
        for name in (ing.name, english_name.get(ing.slug, ""), ing.inci_name, *ing.synonyms):
            folded = fold(name)
            if folded:
                owners.setdefault(folded, set()).add(ing.slug)
    by_slug = catalogue.ingredient_by_slug
    exact: dict[str, Entry] = {}
    for folded, slugs in owners.items():
        if len(slugs) == 1:
            ing = by_slug[next(iter(slugs))]
            exact[folded] = Entry(slug=ing.slug, name=ing.name, ingredient_class=ing.ingredient_class)
        elif len({by_slug[s].ingredient_class for s in slugs}) == 1:
            exact[folded] = Entry(slug=None, name=folded.upper(), ingredient_class=by_slug[min(slugs)].ingredient_class)
    return exact


def lexicon_for(catalogue: Catalogue, *, english: Catalogue | None = None) -> Lexicon:
    """The lexicon of one catalogue snapshot: its ingredients' names, then its label patterns. For a snapshot
    in another language, `english` (the same version in English) adds the English names as aliases."""
    exact = _ingredient_aliases(catalogue, english)
    patterns: list[Pattern] = []
    for p in catalogue.label_patterns:
        ing = catalogue.ingredient_by_slug.get(p.ingredient or "")
        entry = Entry(
            slug=ing.slug if ing else None,
            name=ing.name if ing else p.name,
            ingredient_class=ing.ingredient_class if ing else p.ingredient_class,
            step_kind=p.step_kind,
            role=p.role,
        )
        for name in p.names:
            # An ingredient's own alias always wins over a pattern.
            exact.setdefault(fold(name), entry)
        starts = [fold(w) for w in p.starts_with.splitlines() if fold(w)] or [""]
        ends = [fold(w) for w in p.ends_with.splitlines() if fold(w)] or [""]
        patterns.extend(Pattern(starts_with=s, ends_with=e, entry=entry) for s in starts for e in ends if s or e)
    exact.pop("", None)
    patterns.sort(key=lambda p: (tuple(-n for n in p.specificity), p.starts_with, p.ends_with))
    return Lexicon(catalogue=catalogue, exact=exact, patterns=tuple(patterns))


def lexicon_from_fixture(path: str | Path, *, language: str = DEFAULT_LANGUAGE) -> Lexicon:
    """Tests and the benchmark: the lexicon of a fixture file, with no database."""
    catalogue = catalogue_from_fixture(path, language=language)
    english = catalogue_from_fixture(path) if language != DEFAULT_LANGUAGE else None
    return lexicon_for(catalogue, english=english)


_memo_lock = threading.Lock()
_memo: dict[tuple[str, str], Lexicon] = {}


def current_lexicon(catalogue: Catalogue | None = None) -> Lexicon:
    """The lexicon of the current catalogue snapshot (in the active language), built once per catalogue
    version, language and process."""
    catalogue = catalogue or current_catalogue()
    key = (catalogue.version, catalogue.language)
    lexicon = _memo.get(key)
    if lexicon is None:
        english = current_catalogue(DEFAULT_LANGUAGE) if catalogue.language != DEFAULT_LANGUAGE else None
        lexicon = lexicon_for(catalogue, english=english)
        with _memo_lock:
            for old in [k for k in _memo if k[0] != catalogue.version]:
                del _memo[old]
            _memo[key] = lexicon
    return lexicon
