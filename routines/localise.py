"""Localise: a saved routine's texts in another language, without the database.

The stored routine (English) stays the truth: slugs, codes, numbers, the week, the plan and its sources
never change; only texts are replaced. Each text is taken from the same catalogue row in the language's
snapshot (`routines.catalogue.current_catalogue()` with that language active), the row found by what the
routine keeps of it: an ingredient's or a myth's slug, a warning's code, a product type's slug, a notice's
slug. A text whose row the routine names by no key (a step's title and how-to, a plan stage, an exclusion's
explanation, a referral) is found by its English text in the English snapshot. A text found neither way
(its row deleted or reworded since the routine was made) stays as stored, as does an empty translation.

Sources keep their titles in their original language (contract: "Additions, turn 3 → Languages").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from . import catalogue as cat
from . import routine as out
from .memo import memo_for

# Catalogue collections whose rows hold texts a routine shows, with each row's identity.
ROW_KEYS = {
    "ingredients": lambda r: r.slug,
    "product_types": lambda r: r.slug,
    "routine_steps": lambda r: r.slug,
    "warnings": lambda r: r.code,
    "contraindications": lambda r: (r.condition, r.ingredient_class, r.ingredient),
    "myths": lambda r: r.slug,
    "tips": lambda r: r.slug,
    "treatments": lambda r: r.slug,
    "referrals": lambda r: r.slug,
    "ramp_up_stages": lambda r: r.slug,
    "notices": lambda r: r.slug,
}


class Texts:
    """The texts of one language's snapshot, by row key and by the English text of the same field."""

    def __init__(self, target: cat.Catalogue, english: cat.Catalogue):
        self.ingredient = {i.slug: i for i in target.ingredients}
        self.product_type = {p.slug: p for p in target.product_types}
        self.warning = target.warning_by_code
        self.myth = {m.slug: m for m in target.myths}
        self.tip = {t.slug: t for t in target.tips}
        self.treatment = {t.slug: t for t in target.treatments}
        self.notice = target.notice_by_slug
        self.by_english = _by_english(target, english)

    def same(self, english: str) -> str:
        """The text the English `english` has in this language, or `english` itself."""
        return self.by_english.get(english) or english


def _by_english(target: cat.Catalogue, english: cat.Catalogue) -> dict[str, str]:
    """English text → this language's text of the same field of the same row, over every row."""
    found: dict[str, str] = {}
    for name, key in ROW_KEYS.items():
        rows = {key(r): r for r in getattr(target, name)}
        for row in getattr(english, name):
            twin = rows.get(key(row))
            if twin is not None:
                found.update(_changed_texts(row, twin))
    return found


def _changed_texts(english, twin) -> Iterable[tuple[str, str]]:
    for f in dataclasses.fields(english):
        before, after = getattr(english, f.name), getattr(twin, f.name)
        if isinstance(before, str) and isinstance(after, str) and before and after and before != after:
            yield before, after


def texts_for(target: cat.Catalogue, english: cat.Catalogue) -> Texts:
    """The lookups, made once per pair of snapshots."""
    return memo_for(target).get(("localise", id(english)), Texts, target, english)


def localise(routine: out.Routine, *, target: cat.Catalogue, english: cat.Catalogue) -> out.Routine:
    """`routine` with its texts in the language of `target`; `english` is the snapshot it was written in."""
    if target is english:
        return routine
    t = texts_for(target, english)
    timeline = routine.timeline
    results = t.notice.get("results-timeline")
    disclaimer = t.notice.get("disclaimer")
    return dataclasses.replace(
        routine,
        am=tuple(_step(t, s) for s in routine.am),
        pm=tuple(_step(t, s) for s in routine.pm),
        weekly=_week(t, routine.weekly),
        ramp_up=tuple(dataclasses.replace(r, text=t.same(r.text)) for r in routine.ramp_up),
        warnings=tuple(_warning(t, w) for w in routine.warnings),
        excluded=tuple(_excluded(t, e) for e in routine.excluded),
        referrals=tuple(dataclasses.replace(r, text=t.same(r.text)) for r in routine.referrals),
        myths=tuple(_myth(t, m) for m in routine.myths),
        tips=tuple(_tip(t, tip) for tip in routine.tips),
        treatments=tuple(_treatment(t, x) for x in routine.treatments),
        products=tuple(_product(t, p) for p in routine.products),
        phases=tuple(_phase(t, p) for p in routine.phases),
        timeline=dataclasses.replace(timeline, text=(results.text if results else "") or t.same(timeline.text))
        if timeline
        else None,
        disclaimer=(disclaimer.text if disclaimer else "") or t.same(routine.disclaimer),
    )


def _ingredient_name(t: Texts, slug: str, stored: str) -> str:
    found = t.ingredient.get(slug)
    return (found.name if found else "") or stored


def _use_of(t: Texts, i: out.IngredientUse) -> out.IngredientUse:
    found = t.ingredient.get(i.slug)
    if found is None:
        return i
    strength = (found.strength or i.strength) if i.strength else None
    return dataclasses.replace(i, name=found.name or i.name, why=found.why or i.why, strength=strength)


def _product_name(t: Texts, slug: str, stored: str) -> str:
    found = t.product_type.get(slug)
    return (found.name if found else "") or stored


def _step(t: Texts, s: out.Step) -> out.Step:
    return dataclasses.replace(
        s,
        title=t.same(s.title),
        how=t.same(s.how),
        product_type_name=_product_name(t, s.product_type, s.product_type_name),
        ingredients=tuple(_use_of(t, i) for i in s.ingredients),
    )


def _use(t: Texts, u: out.Use) -> out.Use:
    names = tuple(_ingredient_name(t, slug, name) for slug, name in zip(u.ingredients, u.names, strict=False))
    return dataclasses.replace(
        u, product_type_name=_product_name(t, u.product_type, u.product_type_name), names=names or u.names
    )


def _week(t: Texts, week: out.Week) -> out.Week:
    """Each evening's uses, a use shared by several evenings localised once (and still shared)."""
    done: dict[int, out.Use] = {}
    days = {}
    for day, uses in week.items():
        days[day] = tuple(done.setdefault(id(u), _use(t, u)) for u in uses)
    return out.Week(**days)


def _warning(t: Texts, w: out.WarningNote) -> out.WarningNote:
    found = t.warning.get(w.code)
    if found is None:
        return w
    return dataclasses.replace(w, title=found.title or w.title, text=found.text or w.text)


def _excluded(t: Texts, e: out.Excluded) -> out.Excluded:
    reason = t.warning.get(e.reason)
    return dataclasses.replace(
        e,
        name=_ingredient_name(t, e.ingredient, e.name),
        reason_title=((reason.title if reason else "") or e.reason_title) if e.reason_title else "",
        text=t.same(e.text),
    )


def _myth(t: Texts, m: out.Myth) -> out.Myth:
    found = t.myth.get(m.slug)
    if found is None:
        return m
    return dataclasses.replace(
        m, myth=found.myth or m.myth, reality=found.reality or m.reality, explanation=found.explanation or m.explanation
    )


def _tip(t: Texts, tip: out.Tip) -> out.Tip:
    found = t.tip.get(tip.code)
    if found is None:
        return tip
    return dataclasses.replace(tip, title=found.title or tip.title, text=found.text or tip.text)


def _treatment(t: Texts, x: out.Treatment) -> out.Treatment:
    found = t.treatment.get(x.slug)
    if found is None:
        return x
    return dataclasses.replace(
        x, name=found.name or x.name, text=found.description or x.text, cautions=found.cautions or x.cautions
    )


def _product(t: Texts, p: out.Product) -> out.Product:
    look_for = tuple(
        dataclasses.replace(
            lf,
            name=_ingredient_name(t, lf.slug, lf.name),
            strength=((t.ingredient[lf.slug].strength or lf.strength) if lf.slug in t.ingredient else lf.strength)
            if lf.strength
            else None,
        )
        for lf in p.look_for
    )
    return dataclasses.replace(p, name=_product_name(t, p.product_type, p.name), look_for=look_for)


def _phase(t: Texts, p: out.Phase) -> out.Phase:
    names = tuple(_ingredient_name(t, slug, name) for slug, name in zip(p.introduces, p.introduces_names, strict=False))
    return dataclasses.replace(
        p, introduces_names=names or p.introduces_names, weekly=_week(t, p.weekly), text=t.same(p.text)
    )
