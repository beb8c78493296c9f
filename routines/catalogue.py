"""The one bridge from the database to the routine engine: an immutable snapshot of the catalogue.

`load_catalogue()` reads every catalogue table in a fixed number of queries and returns frozen
dataclasses the engine (`routines/builder.py`) can use without touching the ORM. The same
`catalogue_from_records()` also builds a snapshot from fixture-style records (`fixtures/*.json`), so
tests and the benchmark can use the real catalogue with no database.

`current_catalogue()` serves the snapshot built once per catalogue version, language and process; the version is a
digest of the catalogue's content in every language (`ingredients/version.py`), stored in
`ingredients.CatalogueVersion` and refreshed by `ingredients/signals.py` after every change a curator saves.

Languages: a snapshot holds the texts of one language (`Catalogue.language`), each falling back to the English
one where the translation is empty (`ingredients.registry.in_language`). Slugs, codes, numbers and rules are the
same in every language; so is the version, which a Dutch edit changes as much as an English one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from ingredients.citations import format_citation
from ingredients.registry import (
    DEFAULT_LANGUAGE,
    catalogue_models,
    database_records,
    in_language,
    parse_ref,
    snapshot_language,
)
from ingredients.version import current_version

# --- Snapshot --------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Source:
    slug: str
    title: str
    url: str | None = None
    seed: str | None = None
    citation: str = ""  # the full reference (ingredients/citations.py)
    kind: str = ""

    def to_dict(self) -> dict:
        return {"title": self.title, "url": self.url, "seed": self.seed}


@dataclass(frozen=True, kw_only=True)
class Relevance:
    always: bool = False
    relevant_when: tuple[str, ...] = ()
    requires_all: tuple[str, ...] = ()
    also_when_all: tuple[str, ...] = ()

    def applies(self, facts: frozenset[str]) -> bool:
        """`always` or any `relevant_when` fact, and every `requires_all` fact; or every `also_when_all`
        fact (docs/catalogue.md)."""
        if self.also_when_all and facts.issuperset(self.also_when_all):
            return True
        if not (self.always or not facts.isdisjoint(self.relevant_when)):
            return False
        return facts.issuperset(self.requires_all)


@dataclass(frozen=True, kw_only=True)
class Ingredient:
    slug: str
    name: str
    ingredient_class: str
    # The names a label prints it under (the label check's lexicon reads them; the engine doesn't).
    inci_name: str = ""
    synonyms: tuple[str, ...] = ()
    why: str = ""
    strength: str = ""
    skin_types: tuple[str, ...] = ()
    chosen_when: tuple[str, ...] = ()
    prescription_only: bool = False
    time_of_day: str = "either"
    beginner_per_week: int = 7
    experienced_per_week: int = 7
    # An active starts on its own after a patch test (the introduction plan) and outranks serums.
    active: bool = False
    # The introduction plan: evenings a week in its first weeks, and weeks between adding an evening.
    start_per_week: int = 1
    step_up_weeks: int = 2
    not_offered_when: tuple[str, ...] = ()
    photosensitising: bool = False
    fragrance_or_essential_oil: bool = False
    evidence: str = ""
    recommendable: bool = True
    not_recommended_reason: str = ""
    sources: tuple[Source, ...] = ()

    def per_week(self, *, beginner: bool) -> int:
        return self.beginner_per_week if beginner else self.experienced_per_week


@dataclass(frozen=True, kw_only=True)
class ProductType:
    slug: str
    name: str
    step_kind: str
    description: str = ""
    how: str = ""
    texture_rank: int
    key_ingredients: tuple[str, ...] = ()
    skin_types: tuple[str, ...] = ()
    offered_when: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class RoutineStep:
    slug: str
    title: str
    step_kind: str
    slot: str
    order: int
    how: str = ""
    time_budgets: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    priority: int = 50
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, kw_only=True)
class WarningMessage(Relevance):
    slug: str
    code: str
    title: str
    text: str
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Contraindication:
    condition: str  # an answer fact, e.g. "pregnancy=yes"
    ingredient: str | None = None
    ingredient_class: str = ""
    severity: str
    max_per_week: int | None = None
    warning: str  # the warning's code
    text: str
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, kw_only=True)
class FirstLine:
    """A first-line ingredient for one answer (ingredients.models.FirstLine)."""

    slug: str
    treats: str  # an answer fact
    ingredient: str  # slug
    order: int
    pick: int = 1
    evidence: str = ""
    text: str = ""
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Conflict:
    class_a: str
    class_b: str
    rule: str = "not_same_evening"
    beginners_only: bool = False
    text: str = ""
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Myth(Relevance):
    slug: str
    myth: str
    reality: str
    explanation: str = ""
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, kw_only=True)
class LifestyleTip(Relevance):
    slug: str
    title: str
    text: str
    evidence: str = ""
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ProfessionalTreatment(Relevance):
    # Without relevance data a treatment applies to everyone it is not ruled out for.
    always: bool = True
    slug: str
    name: str
    description: str = ""
    pore_evidence: str = ""
    typical_course: str = ""
    cautions: str = ""
    evidence: str = ""
    not_for: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ReferralRule(Relevance):
    slug: str
    code: str
    text: str
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, kw_only=True)
class RampUpStage:
    slug: str
    weeks: str
    order: int
    text: str
    fraction: float = 1.0
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Notice:
    slug: str
    title: str = ""
    text: str
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, kw_only=True)
class LabelPattern:
    """Names printed on labels that mean a known kind of ingredient (`labels.LabelPattern`; the label
    check reads them, the engine doesn't)."""

    slug: str
    name: str
    names: tuple[str, ...] = ()
    starts_with: str = ""
    ends_with: str = ""
    ingredient: str | None = None
    ingredient_class: str = ""
    step_kind: str = ""
    role: str = ""
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Catalogue:
    """Everything the engine reads, each collection sorted by its natural key (stable digests)."""

    version: str
    language: str = DEFAULT_LANGUAGE  # the language of its texts ("en", "nl")
    sources: tuple[Source, ...] = ()
    ingredients: tuple[Ingredient, ...] = ()
    product_types: tuple[ProductType, ...] = ()
    routine_steps: tuple[RoutineStep, ...] = ()
    warnings: tuple[WarningMessage, ...] = ()
    contraindications: tuple[Contraindication, ...] = ()
    first_lines: tuple[FirstLine, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    myths: tuple[Myth, ...] = ()
    tips: tuple[LifestyleTip, ...] = ()
    treatments: tuple[ProfessionalTreatment, ...] = ()
    referrals: tuple[ReferralRule, ...] = ()
    ramp_up_stages: tuple[RampUpStage, ...] = ()
    notices: tuple[Notice, ...] = ()
    label_patterns: tuple[LabelPattern, ...] = ()

    # Lookups, computed once per snapshot (cached_property writes to __dict__, so frozen is fine).
    @cached_property
    def ingredient_by_slug(self) -> dict[str, Ingredient]:
        return {i.slug: i for i in self.ingredients}

    @cached_property
    def contraindications_by_fact(self) -> dict[str, tuple[Contraindication, ...]]:
        out: dict[str, list[Contraindication]] = {}
        for c in self.contraindications:
            out.setdefault(c.condition, []).append(c)
        return {fact: tuple(rows) for fact, rows in out.items()}

    @cached_property
    def ingredients_by_class(self) -> dict[str, tuple[Ingredient, ...]]:
        out: dict[str, list[Ingredient]] = {}
        for i in self.ingredients:
            out.setdefault(i.ingredient_class, []).append(i)
        return {cls: tuple(rows) for cls, rows in out.items()}

    @cached_property
    def first_lines_by_fact(self) -> dict[str, tuple[FirstLine, ...]]:
        """Answer fact → its first-line rows in order; the facts themselves in the order they are served."""
        out: dict[str, list[FirstLine]] = {}
        for row in sorted(self.first_lines, key=lambda r: (r.order, r.slug)):
            out.setdefault(row.treats, []).append(row)
        return {fact: tuple(rows) for fact, rows in out.items()}

    @cached_property
    def contraindication_facts(self) -> frozenset[str]:
        return frozenset(c.condition for c in self.contraindications)

    @cached_property
    def product_type_facts(self) -> frozenset[str]:
        return frozenset(f for pt in self.product_types for f in pt.offered_when)

    @cached_property
    def first_line_facts(self) -> frozenset[str]:
        return frozenset(self.first_lines_by_fact)

    @cached_property
    def quiet_facts(self) -> frozenset[str]:
        """Answers that decide what is quietly not offered (routines/rules.py): the catalogue's and the
        ceilings' own."""
        from ingredients.vocab import ACNE, AGE_12_17, AGE_UNDER_12, AnswerFact

        ceilings = {
            ACNE,
            AGE_12_17,
            AGE_UNDER_12,
            *(f.value for f in AnswerFact if f.startswith(("concerns=", "medicines=", "rosacea"))),
        }
        return frozenset({f for i in self.ingredients for f in i.not_offered_when} | ceilings)

    @cached_property
    def template_facts(self) -> frozenset[str]:
        return frozenset(f for t in self.routine_steps for f in t.requires)

    @cached_property
    def product_types_carrying(self) -> dict[str, tuple[ProductType, ...]]:
        """Ingredient slug → the product types that list it, in the snapshot's order."""
        out: dict[str, list[ProductType]] = {}
        for pt in self.product_types:
            for slug in pt.key_ingredients:
                out.setdefault(slug, []).append(pt)
        return {slug: tuple(rows) for slug, rows in out.items()}

    @cached_property
    def warning_by_code(self) -> dict[str, WarningMessage]:
        return {w.code: w for w in self.warnings}

    @cached_property
    def notice_by_slug(self) -> dict[str, Notice]:
        return {n.slug: n for n in self.notices}

    def __getstate__(self):
        # Cache only the content; lookups are rebuilt lazily after unpickling.
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}

    def __setstate__(self, state):
        self.__dict__.update(state)


def catalogue_digest(catalogue: Catalogue) -> str:
    """A stable hash of the snapshot's content (not its `version` or `language`): same content, same digest."""
    content = {
        f.name: getattr(catalogue, f.name)
        for f in dataclasses.fields(catalogue)
        if f.name not in ("version", "language")
    }
    payload = json.dumps(
        {name: [dataclasses.asdict(item) for item in items] for name, items in content.items()},
        sort_keys=True,
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


# --- From records (fixture JSON or rows read from the database) --------------------------------

# Snapshot class per catalogue model, in the order they are read. A snapshot field takes the record
# field of the same name; `RENAMED` lists the few that differ.
SNAPSHOTS: dict[str, type] = {
    "source": Source,
    "ingredient": Ingredient,
    "producttype": ProductType,
    "routinestep": RoutineStep,
    "warningmessage": WarningMessage,
    "contraindication": Contraindication,
    "firstline": FirstLine,
    "conflict": Conflict,
    "myth": Myth,
    "lifestyletip": LifestyleTip,
    "professionaltreatment": ProfessionalTreatment,
    "referral": ReferralRule,
    "rampupstage": RampUpStage,
    "notice": Notice,
    "labelpattern": LabelPattern,
}
# The app each snapshot model's records come from (label patterns are curated in the label check's admin).
APP_OF = {"labelpattern": "labels"}
RENAMED = {("ingredient", "strength"): "otc_strength"}


# Each snapshot field: the model its rows come from, and the order they are kept in.
ORDER: tuple[tuple[str, str, Callable[[Any], Any]], ...] = (
    ("ingredients", "ingredient", lambda i: i.slug),
    ("product_types", "producttype", lambda p: (p.step_kind, p.texture_rank, p.slug)),
    ("routine_steps", "routinestep", lambda s: (s.slot, s.order, s.slug)),
    ("warnings", "warningmessage", lambda w: w.code),
    ("contraindications", "contraindication", lambda c: (c.condition, c.ingredient_class, c.ingredient or "")),
    ("first_lines", "firstline", lambda r: (r.order, r.slug)),
    ("conflicts", "conflict", lambda c: (c.class_a, c.class_b)),
    ("myths", "myth", lambda m: m.slug),
    ("tips", "lifestyletip", lambda t: t.slug),
    ("treatments", "professionaltreatment", lambda t: t.slug),  # after their English name (ENGLISH_ORDER)
    ("referrals", "referral", lambda r: (r.code, r.slug)),
    ("ramp_up_stages", "rampupstage", lambda s: (s.order, s.slug)),
    ("notices", "notice", lambda n: n.slug),
    ("label_patterns", "labelpattern", lambda p: p.slug),
)


# Models kept in the order of an English text first: the same order in every language.
ENGLISH_ORDER = {"professionaltreatment": "name"}


def catalogue_from_records(
    records: Iterable[Mapping[str, Any]], *, version: str | None = None, language: str = DEFAULT_LANGUAGE
) -> Catalogue:
    """A snapshot from Django-serialiser records: `{"model": "ingredients.x", "pk": …, "fields": {…}}`.

    References may be natural keys (`["slug"]`, as `dumpdata --natural-foreign` writes), plain slugs
    or primary keys. Records of other models are ignored. Without `version`, the digest is used.
    Texts are in `language`: a record's `name_nl` for "nl" where it isn't empty, else its `name`.
    """
    by_model = _records_by_model(records, language)
    # Primary key -> slug, for records whose references are plain primary keys.
    slug_by_pk = {
        model: {r["pk"]: r["fields"]["slug"] for r in rows if "pk" in r and "slug" in r["fields"]}
        for model, rows in by_model.items()
    }

    def ref(model: str, value: Any) -> str | None:
        return parse_ref(value, slug_by_pk[model])

    sources = {f["slug"]: _source(f) for f in (r["fields"] for r in by_model["source"])}
    warning_code = {r["fields"]["slug"]: r["fields"]["code"] for r in by_model["warningmessage"]}
    convert = _converters(sources, warning_code, ref)
    built = {model: [(_make(model, r["fields"], convert), r) for r in rows] for model, rows in by_model.items()}

    def ordered(model: str, key: Callable[[Any], Any]) -> tuple:
        text = ENGLISH_ORDER.get(model)
        first = (lambda row: str(row["english"].get(text) or "")) if text else (lambda row: "")
        return tuple(item for item, _ in sorted(built[model], key=lambda pair: (first(pair[1]), key(pair[0]))))

    catalogue = Catalogue(
        version="",
        language=language,
        sources=tuple(sorted(sources.values(), key=lambda s: s.slug)),
        **{name: ordered(model, key) for name, model, key in ORDER},
    )
    return dataclasses.replace(catalogue, version=version or catalogue_digest(catalogue))


def _records_by_model(records: Iterable[Mapping[str, Any]], language: str) -> dict[str, list[Mapping[str, Any]]]:
    """The records of each snapshot model, their texts in `language`."""
    by_model: dict[str, list[Mapping[str, Any]]] = {m: [] for m in SNAPSHOTS}
    for record in records:
        label = str(record.get("model", ""))
        app, _, model = label.partition(".")
        if model in by_model and app == APP_OF.get(model, "ingredients"):
            fields = record["fields"]
            by_model[model].append({**record, "fields": in_language(fields, label, language), "english": fields})
    return by_model


def _source(f: Mapping[str, Any]) -> Source:
    return Source(
        slug=f["slug"],
        title=f["title"],
        url=f.get("url") or None,
        seed=f.get("seed") or None,
        citation=format_citation(
            authors=f.get("authors", ""),
            title=f["title"],
            publisher=f.get("publisher", ""),
            year=f.get("year"),
            details=f.get("details", ""),
        ),
        kind=f.get("kind", ""),
    )


def _lines(value: Any) -> tuple[str, ...]:
    return tuple(line.strip() for line in str(value or "").splitlines() if line.strip())


def _converters(sources: Mapping[str, Source], warning_code: Mapping[str, str], ref) -> dict[str, Callable]:
    """How a record's value becomes a snapshot value, by field name; anything else is copied, lists as
    tuples."""
    return {
        "sources": lambda v: tuple(sorted((sources[ref("source", s)] for s in v or ()), key=lambda s: s.slug)),
        "key_ingredients": lambda v: tuple(sorted(ref("ingredient", i) for i in v or ())),
        "ingredient": lambda v: ref("ingredient", v),
        "warning": lambda v: warning_code.get(ref("warningmessage", v), ref("warningmessage", v)),
        "fraction": lambda v: 1.0 if v is None else round(float(v), 2),
        "synonyms": _lines,
        "names": _lines,
        "url": lambda v: v or None,
        "seed": lambda v: v or None,
    }


def _make(model: str, fields: Mapping[str, Any], convert: Mapping[str, Callable]):
    cls = SNAPSHOTS[model]
    values = {}
    for f in dataclasses.fields(cls):
        key = RENAMED.get((model, f.name), f.name)
        if key not in fields:
            continue  # the snapshot's default (an older fixture may lack a newer field)
        value = fields[key]
        if f.name in convert:
            value = convert[f.name](value)
        elif isinstance(value, list):
            value = tuple(value)
        values[f.name] = value
    return cls(**values)


def catalogue_from_fixture(
    path: str | Path, *, version: str | None = None, language: str = DEFAULT_LANGUAGE
) -> Catalogue:
    """A snapshot straight from a fixture file, without the database (tests, benchmark)."""
    with open(path, encoding="utf-8") as f:
        return catalogue_from_records(json.load(f), version=version, language=language)


# --- From the database ---------------------------------------------------------------------------


def snapshot_models() -> tuple:
    """The catalogue models the snapshot holds (label patterns included), from the registry."""
    return tuple(
        model
        for model in catalogue_models()
        if model._meta.model_name in SNAPSHOTS
        and model._meta.app_label == APP_OF.get(model._meta.model_name, "ingredients")
    )


def load_catalogue(language: str | None = None) -> Catalogue:
    """The catalogue as stored now, in a fixed number of queries; `version` is its digest. Its texts are
    in `language` (default: the active language)."""
    return catalogue_from_records(database_records(snapshot_models()), language=snapshot_language(language))


# --- Cache ---------------------------------------------------------------------------------------

_memo_lock = threading.Lock()
_memo: dict[tuple[str, str], Catalogue] = {}


def last_catalogue(language: str) -> Catalogue | None:
    """The snapshot this process built last in `language`, without asking which version is current: for a
    writer that checks the version itself as it saves (`SavedRoutine.save_built`). None before the first."""
    language = snapshot_language(language)
    return next((catalogue for (_version, lang), catalogue in list(_memo.items()) if lang == language), None)


def current_catalogue(language: str | None = None) -> Catalogue:
    """The snapshot for the current catalogue version (ingredients/version.py) in `language` (default: the
    active language, django.utils.translation), built once per version, language and process."""
    version = current_version()
    key = (version, snapshot_language(language))
    catalogue = _memo.get(key)
    if catalogue is None:
        # The stored version names the snapshot, so a routine and its saved version always agree.
        catalogue = dataclasses.replace(load_catalogue(key[1]), version=version)
        with _memo_lock:
            # Snapshots of an older version go; the other languages' of this version stay.
            for old in [k for k in _memo if k[0] != version]:
                del _memo[old]
            _memo[key] = catalogue
    return catalogue
