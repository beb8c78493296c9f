"""The one bridge from the database to the routine engine: an immutable snapshot of the catalogue.

`load_catalogue()` reads every catalogue table in a fixed number of queries and returns frozen
dataclasses the engine (`routines/builder.py`) can use without touching the ORM. The same
`catalogue_from_records()` also builds a snapshot from fixture-style records (`fixtures/*.json`), so
tests and the benchmark can use the real catalogue with no database.

`current_catalogue()` serves the snapshot cached per catalogue version; the version is a digest of
the snapshot's content, stored in `ingredients.CatalogueVersion` and refreshed by
`ingredients/signals.py` after every change a curator saves.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

CACHE_KEY = "routines:catalogue:{version}"
CACHE_SECONDS = 24 * 60 * 60


# --- Snapshot --------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Source:
    slug: str
    title: str
    url: str | None
    seed: str | None

    def to_dict(self) -> dict:
        return {"title": self.title, "url": self.url, "seed": self.seed}


@dataclass(frozen=True, kw_only=True)
class Relevance:
    always: bool = False
    relevant_when: tuple[str, ...] = ()
    requires_all: tuple[str, ...] = ()

    def applies(self, facts: frozenset[str]) -> bool:
        """`always` or any `relevant_when` fact, and every `requires_all` fact (docs/catalogue.md)."""
        if not (self.always or any(f in facts for f in self.relevant_when)):
            return False
        return all(f in facts for f in self.requires_all)


@dataclass(frozen=True, kw_only=True)
class Ingredient:
    slug: str
    name: str
    ingredient_class: str
    why: str
    skin_types: tuple[str, ...]
    chosen_when: tuple[str, ...]
    prescription_only: bool
    time_of_day: str
    beginner_per_week: int
    experienced_per_week: int
    photosensitising: bool
    fragrance_or_essential_oil: bool
    evidence: str
    recommendable: bool
    not_recommended_reason: str
    sources: tuple[Source, ...]

    def per_week(self, *, beginner: bool) -> int:
        return self.beginner_per_week if beginner else self.experienced_per_week


@dataclass(frozen=True, kw_only=True)
class ProductType:
    slug: str
    name: str
    step_kind: str
    description: str
    texture_rank: int
    key_ingredients: tuple[str, ...]
    skin_types: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class RoutineStep:
    slug: str
    title: str
    step_kind: str
    slot: str
    order: int
    how: str
    time_budgets: tuple[str, ...]
    requires: tuple[str, ...]
    priority: int
    sources: tuple[Source, ...]


@dataclass(frozen=True, kw_only=True)
class WarningMessage(Relevance):
    slug: str
    code: str
    title: str
    text: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, kw_only=True)
class Contraindication:
    condition: str
    ingredient: str | None
    ingredient_class: str
    severity: str
    max_per_week: int | None
    warning: str  # the warning's code
    text: str
    sources: tuple[Source, ...]

    def hits(self, ingredient: Ingredient) -> bool:
        if self.ingredient:
            return self.ingredient == ingredient.slug
        return self.ingredient_class == ingredient.ingredient_class


@dataclass(frozen=True, kw_only=True)
class Conflict:
    class_a: str
    class_b: str
    rule: str
    beginners_only: bool
    text: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, kw_only=True)
class Myth(Relevance):
    slug: str
    myth: str
    reality: str
    explanation: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, kw_only=True)
class LifestyleTip(Relevance):
    slug: str
    title: str
    text: str
    evidence: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, kw_only=True)
class ProfessionalTreatment:
    slug: str
    name: str
    description: str
    pore_evidence: str
    typical_course: str
    cautions: str
    evidence: str
    not_for: tuple[str, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True, kw_only=True)
class Referral(Relevance):
    slug: str
    code: str
    text: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, kw_only=True)
class RampUpStage:
    slug: str
    weeks: str
    order: int
    text: str
    fraction: float
    sources: tuple[Source, ...]


@dataclass(frozen=True, kw_only=True)
class Notice:
    slug: str
    title: str
    text: str


@dataclass(frozen=True, kw_only=True)
class Catalogue:
    """Everything the engine reads, each collection sorted by its natural key (stable digests)."""

    version: str
    sources: tuple[Source, ...] = ()
    ingredients: tuple[Ingredient, ...] = ()
    product_types: tuple[ProductType, ...] = ()
    routine_steps: tuple[RoutineStep, ...] = ()
    warnings: tuple[WarningMessage, ...] = ()
    contraindications: tuple[Contraindication, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    myths: tuple[Myth, ...] = ()
    tips: tuple[LifestyleTip, ...] = ()
    treatments: tuple[ProfessionalTreatment, ...] = ()
    referrals: tuple[Referral, ...] = ()
    ramp_up_stages: tuple[RampUpStage, ...] = ()
    notices: tuple[Notice, ...] = ()

    # Lookups, computed once per snapshot (cached_property writes to __dict__, so frozen is fine).
    @cached_property
    def ingredient_by_slug(self) -> dict[str, Ingredient]:
        return {i.slug: i for i in self.ingredients}

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
    """A stable hash of the snapshot's content (not its `version`): same content, same digest."""
    content = {f.name: getattr(catalogue, f.name) for f in dataclasses.fields(catalogue) if f.name != "version"}
    payload = json.dumps(
        {name: [dataclasses.asdict(item) for item in items] for name, items in content.items()},
        sort_keys=True,
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


# --- From records (fixture JSON or rows read from the database) --------------------------------

MODELS = (
    "source",
    "ingredient",
    "producttype",
    "routinestep",
    "warningmessage",
    "contraindication",
    "conflict",
    "myth",
    "lifestyletip",
    "professionaltreatment",
    "referral",
    "rampupstage",
    "notice",
)


def catalogue_from_records(records: Iterable[Mapping[str, Any]], *, version: str | None = None) -> Catalogue:
    """A snapshot from Django-serialiser records: `{"model": "ingredients.x", "pk": …, "fields": {…}}`.

    References may be natural keys (`["slug"]`, as `dumpdata --natural-foreign` writes), plain slugs
    or primary keys. Records of other models are ignored. Without `version`, the digest is used.
    """
    by_model: dict[str, list[Mapping[str, Any]]] = {m: [] for m in MODELS}
    for record in records:
        app, _, model = str(record.get("model", "")).partition(".")
        if app == "ingredients" and model in by_model:
            by_model[model].append(record)

    # Primary key -> slug, for records whose references are plain primary keys.
    slug_by_pk: dict[str, dict[Any, str]] = {
        model: {r["pk"]: r["fields"]["slug"] for r in rows if "pk" in r and "slug" in r["fields"]}
        for model, rows in by_model.items()
    }

    def ref(model: str, value: Any) -> str | None:
        if value in (None, ""):
            return None
        if isinstance(value, list | tuple):
            return str(value[0])
        if isinstance(value, str):
            return value
        return slug_by_pk[model][value]

    sources = {
        f["slug"]: Source(slug=f["slug"], title=f["title"], url=f.get("url") or None, seed=f.get("seed") or None)
        for f in (r["fields"] for r in by_model["source"])
    }

    def srcs(f: Mapping[str, Any]) -> tuple[Source, ...]:
        return tuple(sorted((sources[ref("source", s)] for s in f.get("sources", ())), key=lambda s: s.slug))

    def rel(f: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "always": bool(f.get("always", False)),
            "relevant_when": tuple(f.get("relevant_when") or ()),
            "requires_all": tuple(f.get("requires_all") or ()),
        }

    def rows(model: str):
        return [r["fields"] for r in by_model[model]]

    warning_code_by_slug = {f["slug"]: f["code"] for f in rows("warningmessage")}

    ingredients = [
        Ingredient(
            slug=f["slug"],
            name=f["name"],
            ingredient_class=f["ingredient_class"],
            why=f.get("why", ""),
            skin_types=tuple(f.get("skin_types") or ()),
            chosen_when=tuple(f.get("chosen_when") or ()),
            prescription_only=bool(f.get("prescription_only", False)),
            time_of_day=f.get("time_of_day", "either"),
            beginner_per_week=int(f.get("beginner_per_week", 7)),
            experienced_per_week=int(f.get("experienced_per_week", 7)),
            photosensitising=bool(f.get("photosensitising", False)),
            fragrance_or_essential_oil=bool(f.get("fragrance_or_essential_oil", False)),
            evidence=f.get("evidence", ""),
            recommendable=bool(f.get("recommendable", True)),
            not_recommended_reason=f.get("not_recommended_reason", ""),
            sources=srcs(f),
        )
        for f in rows("ingredient")
    ]
    product_types = [
        ProductType(
            slug=f["slug"],
            name=f["name"],
            step_kind=f["step_kind"],
            description=f.get("description", ""),
            texture_rank=int(f["texture_rank"]),
            key_ingredients=tuple(sorted(ref("ingredient", i) for i in f.get("key_ingredients", ()))),
            skin_types=tuple(f.get("skin_types") or ()),
        )
        for f in rows("producttype")
    ]
    routine_steps = [
        RoutineStep(
            slug=f["slug"],
            title=f["title"],
            step_kind=f["step_kind"],
            slot=f["slot"],
            order=int(f["order"]),
            how=f.get("how", ""),
            time_budgets=tuple(f.get("time_budgets") or ()),
            requires=tuple(f.get("requires") or ()),
            priority=int(f.get("priority", 50)),
            sources=srcs(f),
        )
        for f in rows("routinestep")
    ]
    warnings = [
        WarningMessage(slug=f["slug"], code=f["code"], title=f["title"], text=f["text"], sources=srcs(f), **rel(f))
        for f in rows("warningmessage")
    ]

    def warning_code(value: Any) -> str:
        slug = ref("warningmessage", value)
        return warning_code_by_slug.get(slug, slug)

    contraindications = [
        Contraindication(
            condition=f["condition"],
            ingredient=ref("ingredient", f.get("ingredient")),
            ingredient_class=f.get("ingredient_class") or "",
            severity=f["severity"],
            max_per_week=f.get("max_per_week"),
            warning=warning_code(f["warning"]),
            text=f["text"],
            sources=srcs(f),
        )
        for f in rows("contraindication")
    ]
    conflicts = [
        Conflict(
            class_a=f["class_a"],
            class_b=f["class_b"],
            rule=f.get("rule", "not_same_evening"),
            beginners_only=bool(f.get("beginners_only", False)),
            text=f.get("text", ""),
            sources=srcs(f),
        )
        for f in rows("conflict")
    ]
    myths = [
        Myth(
            slug=f["slug"],
            myth=f["myth"],
            reality=f["reality"],
            explanation=f.get("explanation", ""),
            sources=srcs(f),
            **rel(f),
        )
        for f in rows("myth")
    ]
    tips = [
        LifestyleTip(
            slug=f["slug"], title=f["title"], text=f["text"], evidence=f.get("evidence", ""), sources=srcs(f), **rel(f)
        )
        for f in rows("lifestyletip")
    ]
    treatments = [
        ProfessionalTreatment(
            slug=f["slug"],
            name=f["name"],
            description=f.get("description", ""),
            pore_evidence=f.get("pore_evidence", ""),
            typical_course=f.get("typical_course", ""),
            cautions=f.get("cautions", ""),
            evidence=f.get("evidence", ""),
            not_for=tuple(f.get("not_for") or ()),
            sources=srcs(f),
        )
        for f in rows("professionaltreatment")
    ]
    referrals = [
        Referral(slug=f["slug"], code=f["code"], text=f["text"], sources=srcs(f), **rel(f)) for f in rows("referral")
    ]
    ramp_up_stages = [
        RampUpStage(
            slug=f["slug"],
            weeks=f["weeks"],
            order=int(f["order"]),
            text=f["text"],
            fraction=round(float(f["fraction"]), 2),
            sources=srcs(f),
        )
        for f in rows("rampupstage")
    ]
    notices = [Notice(slug=f["slug"], title=f.get("title", ""), text=f["text"]) for f in rows("notice")]

    catalogue = Catalogue(
        version="",
        sources=tuple(sorted(sources.values(), key=lambda s: s.slug)),
        ingredients=tuple(sorted(ingredients, key=lambda i: i.slug)),
        product_types=tuple(sorted(product_types, key=lambda p: (p.step_kind, p.texture_rank, p.slug))),
        routine_steps=tuple(sorted(routine_steps, key=lambda s: (s.slot, s.order, s.slug))),
        warnings=tuple(sorted(warnings, key=lambda w: w.code)),
        contraindications=tuple(
            sorted(contraindications, key=lambda c: (c.condition, c.ingredient_class, c.ingredient or ""))
        ),
        conflicts=tuple(sorted(conflicts, key=lambda c: (c.class_a, c.class_b))),
        myths=tuple(sorted(myths, key=lambda m: m.slug)),
        tips=tuple(sorted(tips, key=lambda t: t.slug)),
        treatments=tuple(sorted(treatments, key=lambda t: (t.name, t.slug))),
        referrals=tuple(sorted(referrals, key=lambda r: (r.code, r.slug))),
        ramp_up_stages=tuple(sorted(ramp_up_stages, key=lambda s: (s.order, s.slug))),
        notices=tuple(sorted(notices, key=lambda n: n.slug)),
    )
    return dataclasses.replace(catalogue, version=version or catalogue_digest(catalogue))


def catalogue_from_fixture(path: str | Path, *, version: str | None = None) -> Catalogue:
    """A snapshot straight from a fixture file, without the database (tests, benchmark)."""
    with open(path, encoding="utf-8") as f:
        return catalogue_from_records(json.load(f), version=version)


# --- From the database -------------------------------------------------------------------------


def _records_from_database() -> list[dict[str, Any]]:
    """Every catalogue row as a fixture-style record, in one query per table and M2M relation."""
    from ingredients import models as m

    def slugs(manager) -> list[str]:
        return [obj.slug for obj in manager.all()]  # prefetched: no query

    records: list[dict[str, Any]] = []

    def add(model: str, fields: dict[str, Any]) -> None:
        records.append({"model": f"ingredients.{model}", "fields": fields})

    for s in m.Source.objects.all():
        add("source", {"slug": s.slug, "title": s.title, "url": s.url, "seed": s.seed})
    for i in m.Ingredient.objects.prefetch_related("sources"):
        add(
            "ingredient",
            {
                "slug": i.slug,
                "name": i.name,
                "ingredient_class": i.ingredient_class,
                "why": i.why,
                "skin_types": i.skin_types,
                "chosen_when": i.chosen_when,
                "prescription_only": i.prescription_only,
                "time_of_day": i.time_of_day,
                "beginner_per_week": i.beginner_per_week,
                "experienced_per_week": i.experienced_per_week,
                "photosensitising": i.photosensitising,
                "fragrance_or_essential_oil": i.fragrance_or_essential_oil,
                "evidence": i.evidence,
                "recommendable": i.recommendable,
                "not_recommended_reason": i.not_recommended_reason,
                "sources": slugs(i.sources),
            },
        )
    for p in m.ProductType.objects.prefetch_related("key_ingredients"):
        add(
            "producttype",
            {
                "slug": p.slug,
                "name": p.name,
                "step_kind": p.step_kind,
                "description": p.description,
                "texture_rank": p.texture_rank,
                "key_ingredients": slugs(p.key_ingredients),
                "skin_types": p.skin_types,
            },
        )
    for s in m.RoutineStep.objects.prefetch_related("sources"):
        add(
            "routinestep",
            {
                "slug": s.slug,
                "title": s.title,
                "step_kind": s.step_kind,
                "slot": s.slot,
                "order": s.order,
                "how": s.how,
                "time_budgets": s.time_budgets,
                "requires": s.requires,
                "priority": s.priority,
                "sources": slugs(s.sources),
            },
        )

    def relevance(obj) -> dict[str, Any]:
        return {"always": obj.always, "relevant_when": obj.relevant_when, "requires_all": obj.requires_all}

    for w in m.WarningMessage.objects.prefetch_related("sources"):
        add(
            "warningmessage",
            {"slug": w.slug, "code": w.code, "title": w.title, "text": w.text, "sources": slugs(w.sources)}
            | relevance(w),
        )
    for c in m.Contraindication.objects.select_related("ingredient", "warning").prefetch_related("sources"):
        add(
            "contraindication",
            {
                "condition": c.condition,
                "ingredient": c.ingredient.slug if c.ingredient else None,
                "ingredient_class": c.ingredient_class,
                "severity": c.severity,
                "max_per_week": c.max_per_week,
                "warning": c.warning.slug,
                "text": c.text,
                "sources": slugs(c.sources),
            },
        )
    for c in m.Conflict.objects.prefetch_related("sources"):
        add(
            "conflict",
            {
                "class_a": c.class_a,
                "class_b": c.class_b,
                "rule": c.rule,
                "beginners_only": c.beginners_only,
                "text": c.text,
                "sources": slugs(c.sources),
            },
        )
    for y in m.Myth.objects.prefetch_related("sources"):
        add(
            "myth",
            {
                "slug": y.slug,
                "myth": y.myth,
                "reality": y.reality,
                "explanation": y.explanation,
                "sources": slugs(y.sources),
            }
            | relevance(y),
        )
    for t in m.LifestyleTip.objects.prefetch_related("sources"):
        add(
            "lifestyletip",
            {"slug": t.slug, "title": t.title, "text": t.text, "evidence": t.evidence, "sources": slugs(t.sources)}
            | relevance(t),
        )
    for t in m.ProfessionalTreatment.objects.prefetch_related("sources"):
        add(
            "professionaltreatment",
            {
                "slug": t.slug,
                "name": t.name,
                "description": t.description,
                "pore_evidence": t.pore_evidence,
                "typical_course": t.typical_course,
                "cautions": t.cautions,
                "evidence": t.evidence,
                "not_for": t.not_for,
                "sources": slugs(t.sources),
            },
        )
    for r in m.Referral.objects.prefetch_related("sources"):
        add("referral", {"slug": r.slug, "code": r.code, "text": r.text, "sources": slugs(r.sources)} | relevance(r))
    for s in m.RampUpStage.objects.prefetch_related("sources"):
        add(
            "rampupstage",
            {
                "slug": s.slug,
                "weeks": s.weeks,
                "order": s.order,
                "text": s.text,
                "fraction": s.fraction,
                "sources": slugs(s.sources),
            },
        )
    for n in m.Notice.objects.all():
        add("notice", {"slug": n.slug, "title": n.title, "text": n.text})
    return records


def load_catalogue() -> Catalogue:
    """The catalogue as stored now, in a fixed number of queries; `version` is its digest."""
    return catalogue_from_records(_records_from_database())


# --- Version and cache ---------------------------------------------------------------------------

_memo_lock = threading.Lock()
_memo: dict[str, Catalogue] = {}


def current_version() -> str:
    """The stored catalogue version (computed and stored on first use)."""
    from ingredients.models import CatalogueVersion

    version = CatalogueVersion.objects.filter(id=1).values_list("version", flat=True).first()
    return version if version else refresh_catalogue_version()


def current_catalogue() -> Catalogue:
    """The snapshot for the current version, cached per version (process memo, then Django's cache)."""
    from django.core.cache import cache

    version = current_version()
    catalogue = _memo.get(version)
    if catalogue is not None:
        return catalogue
    key = CACHE_KEY.format(version=version)
    catalogue = cache.get(key)
    if catalogue is None:
        # The stored version names the snapshot, so a routine and its saved version always agree.
        catalogue = dataclasses.replace(load_catalogue(), version=version)
        cache.set(key, catalogue, CACHE_SECONDS)
    with _memo_lock:
        _memo.clear()
        _memo[version] = catalogue
    return catalogue


def refresh_catalogue_version() -> str:
    """Recompute the digest, store it (only when it changed) and drop cached snapshots."""
    from django.core.cache import cache

    from ingredients.models import CatalogueVersion

    version = catalogue_digest(load_catalogue())
    stored = CatalogueVersion.objects.filter(id=1).values_list("version", flat=True).first()
    if stored != version:
        CatalogueVersion.objects.update_or_create(id=1, defaults={"version": version})
    for old in {stored, version} - {None}:
        cache.delete(CACHE_KEY.format(version=old))
    with _memo_lock:
        _memo.clear()
    return version
