"""The saved routine: one typed, versioned schema for what the engine makes, what is stored, what the
page renders and what the JSON exports.

`build_routine()` (routines/builder.py) returns a `Routine`; `Routine.to_dict()` is what is saved and,
with the token, dates and answers added by the model, the contract's routine JSON
(../shared/spec/contract.md). `Routine.from_dict()` reads a saved routine back, strictly: a value of
the wrong shape raises `ValueError`, so a backup import can refuse it and a page never meets it.

Schema versions:
- 1: routines saved before the schema had a version (no `schema_version` key). They lack `name` on
  `excluded` items and weekly uses, `strength`, `products`, `phases` and `timeline`. They read back
  with names taken from their own steps or, failing that, from the catalogue names the caller passes,
  and with empty plans; their JSON is exported exactly as it was saved.
- 2: everything the page and JSON show, names and labels included.

Field names follow the contract; `ingredient_class` is written as `class`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import operator
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

SCHEMA_VERSION = 2
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
EVERY_DAY = 7


class _once:  # noqa: N801 - used as a decorator, like functools.cached_property
    """`functools.cached_property` without its lock (as Python 3.12 has it): the value is kept in the
    instance's `__dict__`, which answers every later read before this descriptor is asked."""

    def __init__(self, make):
        self.make = make
        self.name = make.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.make(instance)
        return value


def text_digest(text: str) -> str:
    """128 bits of BLAKE2b over a text's UTF-8 bytes, in hex: a content address."""
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def _key(f: dataclasses.Field) -> str:
    return f.metadata.get("key", f.name)


@dataclass(frozen=True, kw_only=True)
class Record:
    """A frozen record that writes itself as the contract's JSON and reads itself back strictly."""

    # A record writes itself once and hands out the same dict after that (records are frozen, and many
    # are shared: one per catalogue row, or one use on several evenings). Callers treat it as
    # read-only, as JSON encoders and the database do.
    _memo: typing.ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        return self._written if self._memo else _writer(type(self))(self)

    @_once
    def _written(self) -> dict[str, Any]:
        return _writer(type(self))(self)

    def to_json(self) -> str:
        """`json.dumps(self.to_dict())`, the same text, written faster: a shared record (one per catalogue
        row, one use on several evenings) writes its text once and hands it out after that."""
        return self._json_text if self._memo else _json_writer(type(self))(self)

    @_once
    def _json_text(self) -> str:
        return _json_writer(type(self))(self)

    @_once
    def content_address(self) -> str:
        """The digest that names this record's JSON text where routines are stored (routines/packing.py),
        worked out once per record, like the text."""
        return text_digest(self.to_json())

    @classmethod
    def from_dict(cls, data: Any) -> typing.Self:
        if not isinstance(data, Mapping):
            raise ValueError(f"{cls.__name__}: expected an object, got {type(data).__name__}")
        hints = _hints(cls)
        values = {}
        for f in dataclasses.fields(cls):
            key = _key(f)
            if key not in data:
                if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
                    continue
                raise ValueError(f"{cls.__name__}: missing {key!r}")
            try:
                values[f.name] = _load(hints[f.name], data[key])
            except ValueError as error:
                raise ValueError(f"{cls.__name__}.{key}: {error}") from None
        return cls(**values)


@cache  # per class
def _writer(cls: type):
    """A function that writes one record of `cls` as a dict, made once per class from its fields: all
    values are read in one `attrgetter` call, and only the fields holding records are converted."""
    hints = _hints(cls)
    fields = dataclasses.fields(cls)
    keys = tuple(_key(f) for f in fields)
    names = tuple(f.name for f in fields)
    get = operator.attrgetter(*names) if len(names) > 1 else (lambda record: (getattr(record, names[0]),))
    converts = tuple((_key(f), c) for f in fields if (c := _converter(hints[f.name])) is not None)

    def write(record) -> dict[str, Any]:
        written = dict(zip(keys, get(record), strict=True))
        for key, convert in converts:
            written[key] = convert(written[key])
        return written

    return write


@cache  # per class
def field_kinds(cls: type) -> tuple[tuple[str, str, str], ...]:
    """`cls`'s fields in order, each as (JSON key, attribute, kind): "records" (a tuple of records), "record"
    (a record, or a record or None) or "value" (anything else, written as it is)."""
    hints = _hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        if typing.get_origin(hint) is tuple and _is_record(typing.get_args(hint)[0]):
            kind = "records"
        elif _is_record(hint) or any(_is_record(a) for a in typing.get_args(hint)):
            kind = "record"
        else:
            kind = "value"
        out.append((_key(f), f.name, kind))
    return tuple(out)


@cache  # per class
def _json_writer(cls: type):
    """A function that writes one record of `cls` as JSON text, as `json.dumps` writes its `to_dict()`
    (default separators, ASCII): records inside it give their own text, other values go to `json.dumps`."""
    parts = [(json.dumps(key) + ": ", name, kind) for key, name, kind in field_kinds(cls)]

    def write(record) -> str:
        out = []
        for key, name, kind in parts:
            value = getattr(record, name)
            if kind == "value" or value is None:
                out.append(key + json.dumps(value))
            elif kind == "record":
                out.append(key + value.to_json())
            else:
                out.append(key + "[" + ", ".join([v.to_json() for v in value]) + "]")
        return "{" + ", ".join(out) + "}"

    return write


def _converter(hint: Any):
    """How a field's value is written, if not as itself: tuples as lists, records as their dicts."""
    if typing.get_origin(hint) is tuple:
        (inner, _) = typing.get_args(hint)
        return _records if _is_record(inner) else list
    if _is_record(hint):
        return _record
    if any(_is_record(a) for a in typing.get_args(hint)):
        return _optional_record
    return None


# `to_dict()` written out (a routine holds some sixty records, most of them shared and written already).
def _record(value) -> dict[str, Any]:
    return value._written if value._memo else value.to_dict()


def _records(values) -> list[dict[str, Any]]:
    return [v._written if v._memo else v.to_dict() for v in values]


def _optional_record(value) -> dict[str, Any] | None:
    return None if value is None else value._written if value._memo else value.to_dict()


def _is_record(hint: Any) -> bool:
    return isinstance(hint, type) and issubclass(hint, Record)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _load(hint: Any, value: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        (inner,) = [o for o in options if o is not type(None)]
        return _load(inner, value)
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise ValueError(f"expected a list, got {type(value).__name__}")
        (inner, _) = typing.get_args(hint)
        return tuple(_load(inner, v) for v in value)
    if isinstance(hint, type) and issubclass(hint, Record):
        return hint.from_dict(value)
    if hint is bool:
        if not isinstance(value, bool):
            raise ValueError(f"expected true or false, got {value!r:.40}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"expected a whole number, got {value!r:.40}")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise ValueError(f"expected text, got {type(value).__name__}")
        return value
    raise TypeError(f"unsupported type {hint!r}")  # pragma: no cover - a schema bug, not bad data


# --- The parts of a routine ------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Source(Record):
    title: str
    url: str | None
    seed: str | None
    # Beyond the contract's three: the full reference a reader can judge, and what kind of source.
    citation: str = ""
    kind: str = ""


@dataclass(frozen=True, kw_only=True)
class IngredientUse(Record):
    slug: str
    name: str
    ingredient_class: str = field(metadata={"key": "class"})
    why: str
    strength: str | None = None


@dataclass(frozen=True, kw_only=True)
class Step(Record):
    kind: str
    title: str
    product_type: str
    product_type_name: str
    ingredients: tuple[IngredientUse, ...]
    times_per_week: int
    how: str
    sources: tuple[Source, ...] = ()

    @property
    def scheduled(self) -> bool:
        return self.times_per_week < EVERY_DAY


@dataclass(frozen=True, kw_only=True)
class Use(Record):
    """One scheduled step on one evening."""

    kind: str
    product_type: str
    product_type_name: str = ""
    ingredients: tuple[str, ...]
    names: tuple[str, ...] = ()
    classes: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Week(Record):
    """The evenings of a week, Monday first: the scheduled steps used each evening."""

    mon: tuple[Use, ...]
    tue: tuple[Use, ...]
    wed: tuple[Use, ...]
    thu: tuple[Use, ...]
    fri: tuple[Use, ...]
    sat: tuple[Use, ...]
    sun: tuple[Use, ...]

    def on(self, day: str) -> tuple[Use, ...]:
        return getattr(self, day)

    def items(self) -> list[tuple[str, tuple[Use, ...]]]:
        return [(day, getattr(self, day)) for day in DAYS]

    @property
    def empty(self) -> bool:
        return not any(getattr(self, day) for day in DAYS)


@dataclass(frozen=True, kw_only=True)
class RampStage(Record):
    weeks: str
    text: str


@dataclass(frozen=True, kw_only=True)
class WarningNote(Record):
    code: str
    title: str
    text: str
    sources: tuple[Source, ...]
    # "personal": about this person's situation (pregnancy, medicines, diagnoses, age); "habit": good
    # practice everybody gets. The page sets the first apart.
    kind: str = "personal"


@dataclass(frozen=True, kw_only=True)
class Excluded(Record):
    ingredient: str
    name: str
    reason: str
    reason_title: str = ""
    text: str
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Referral(Record):
    code: str
    text: str
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Myth(Record):
    slug: str
    myth: str
    reality: str
    explanation: str = ""
    sources: tuple[Source, ...]


@dataclass(frozen=True, kw_only=True)
class Tip(Record):
    code: str
    title: str = ""
    text: str
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Treatment(Record):
    slug: str
    name: str
    text: str
    cautions: str = ""
    sources: tuple[Source, ...]


@dataclass(frozen=True, kw_only=True)
class LookFor(Record):
    slug: str
    name: str
    strength: str | None


@dataclass(frozen=True, kw_only=True)
class Product(Record):
    """One product to buy, once, with where it is used and what to look for on its label."""

    product_type: str
    name: str
    kind: str = ""
    slots: tuple[str, ...]
    times_per_week: int
    look_for: tuple[LookFor, ...]
    avoid: tuple[str, ...]  # ingredient classes and ingredient slugs


@dataclass(frozen=True, kw_only=True)
class Phase(Record):
    """A stretch of weeks of the introduction plan with the same evenings."""

    weeks: str
    start_week: int
    end_week: int | None
    introduces: tuple[str, ...]
    introduces_names: tuple[str, ...] = ()
    patch_test: tuple[str, ...]
    weekly: Week
    text: str


@dataclass(frozen=True, kw_only=True)
class Timeline(Record):
    min_weeks: int
    max_weeks: int
    text: str
    sources: tuple[Source, ...]
    checkins: tuple[int, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Routine(Record):
    _memo = False  # the top level is the caller's to extend (token, dates, answers)
    schema_version: int = SCHEMA_VERSION
    am: tuple[Step, ...]
    pm: tuple[Step, ...]
    weekly: Week
    ramp_up: tuple[RampStage, ...]
    warnings: tuple[WarningNote, ...]
    excluded: tuple[Excluded, ...]
    referrals: tuple[Referral, ...]
    myths: tuple[Myth, ...]
    tips: tuple[Tip, ...]
    treatments: tuple[Treatment, ...] = ()
    products: tuple[Product, ...] = ()
    phases: tuple[Phase, ...] = ()
    timeline: Timeline | None = None
    disclaimer: str

    @classmethod
    def from_dict(cls, data: Any, *, names: Mapping[str, str] | None = None) -> Routine:
        """A saved routine of any schema version. `names` (ingredient slug → curated name) fills the
        names a schema-1 routine never stored and its own steps can't supply."""
        if not isinstance(data, Mapping):
            raise ValueError(f"Routine: expected an object, got {type(data).__name__}")
        version = data.get("schema_version", 1)
        if version == 1:
            data = _upgrade_v1(data, names or {})
        elif version != SCHEMA_VERSION:
            raise ValueError(f"Routine: unknown schema_version {version!r}")
        return super().from_dict(data)

    @property
    def steps(self) -> tuple[Step, ...]:
        return self.am + self.pm

    def slot(self, name: str) -> tuple[Step, ...]:
        return self.am if name == "am" else self.pm

    def names(self) -> dict[str, str]:
        """Every ingredient named anywhere in the routine, slug → curated name."""
        out = {i.slug: i.name for s in self.steps for i in s.ingredients}
        out.update((e.ingredient, e.name) for e in self.excluded)
        return out

    def phase_at(self, week: int) -> Phase | None:
        """The phase the plan is in during `week`; None when no phase covers it."""
        return next(
            (p for p in self.phases if p.start_week <= week and (p.end_week is None or week <= p.end_week)), None
        )

    def start_weeks(self) -> dict[str, int]:
        """The week the plan starts each active it introduces (a daily one included), slug → week."""
        return {slug: p.start_week for p in self.phases for slug in p.introduces}

    def started(self, step: Step, week: int) -> bool:
        """Whether the plan has started `step` by `week`: a step without an active, or whose active no
        phase introduces, from week 1."""
        return not step.ingredients or self.start_weeks().get(step.ingredients[0].slug, 1) <= week


def _upgrade_v1(data: Mapping[str, Any], catalogue_names: Mapping[str, str]) -> dict[str, Any]:
    """A schema-1 routine in schema-2 shape, adding only what it never stored (names, version)."""
    product_names, name = _v1_names(data, catalogue_names)
    out = dict(data)
    out["schema_version"] = 1
    weekly = data.get("weekly")
    if isinstance(weekly, Mapping):
        out["weekly"] = {
            day: [
                {
                    **u,
                    "names": [name(s) for s in _items(u.get("ingredients"))],
                    "product_type_name": product_names.get(u.get("product_type"), ""),
                }
                if isinstance(u, Mapping)
                else u
                for u in _items(weekly.get(day))
            ]
            for day in DAYS
            if day in weekly
        }
        if "phases" not in data:
            # Before the introduction plan there was one plan: the week as it was, from week 1.
            out["phases"] = [
                {
                    "weeks": "1+",
                    "start_week": 1,
                    "end_week": None,
                    "introduces": [],
                    "patch_test": [],
                    "weekly": out["weekly"],
                    "text": "",
                }
            ]
    excluded = data.get("excluded")
    if isinstance(excluded, list):
        out["excluded"] = [
            {**e, "name": e.get("name") or name(e.get("ingredient"))} if isinstance(e, Mapping) else e for e in excluded
        ]
    return out


def _items(value: Any) -> list:
    return value if isinstance(value, list) else []  # anything else fails the schema check after


def _v1_names(data: Mapping[str, Any], catalogue_names: Mapping[str, str]):
    """A schema-1 routine's product names (product type slug → name), and how it names an ingredient."""
    steps = [s for slot in ("am", "pm") for s in _items(data.get(slot)) if isinstance(s, Mapping)]
    product_names = {
        s["product_type"]: s["product_type_name"]
        for s in steps
        if isinstance(s.get("product_type"), str) and isinstance(s.get("product_type_name"), str)
    }
    own = {
        i["slug"]: i["name"]
        for s in steps
        for i in _items(s.get("ingredients"))
        if isinstance(i, Mapping) and isinstance(i.get("slug"), str) and isinstance(i.get("name"), str)
    }

    def name(slug: Any) -> Any:
        # A schema-1 routine names what its steps list; other slugs take the catalogue's name, and
        # an ingredient the catalogue no longer has keeps its identifier as saved.
        if not isinstance(slug, str):
            return slug
        return own.get(slug) or catalogue_names.get(slug) or slug

    return product_names, name
