"""Judge a pasted label with the routine's own rules. Pure: no ORM, frozen dataclasses in and out.

`check_label(*, text, lexicon, person, routine, step_kind)` reads the label (`labels/parse.py`),
recognises each name through the lexicon's curated aliases and patterns (exact forms only, never
fuzzy), weighs each by where it is printed, and raises flags from what the engine itself reads: the
person's rules (`routines.rules.rules_for()`: what their answers leave out or limit), the catalogue's
contraindications for names known only by their class, its conflicts (both kinds, through the rules'
partner index), `Ingredient.active`, fragrance and essential oils, astringents, kitchen remedies and
ingredients the catalogue never recommends. It places the product (`labels/placement.py`) on a step of
the person's routine, and says in one sentence why.

Without a person (no saved routine) contraindications become `info` flags that say who should take
care (`condition`); the verdict is then `caution` when anyone must avoid or limit something in it,
and `not_needed` when no one needs to: with no routine, it serves no step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from django.utils.text import get_text_list
from django.utils.translation import gettext as _

from ingredients.vocab import DAY_NAMES, AnswerFact, IngredientClass, Severity, StepKind, WarningCode
from routines.answers import Answers
from routines.catalogue import Catalogue, Contraindication
from routines.routine import DAYS
from routines.rules import Rules, rules_for

from .lexicon import Entry, Lexicon, Source
from .parse import ParsedLabel, parse_label
from .placement import Item, RoutineView, StepView, UseView, choose_step, product_kinds, step_actives

__all__ = ["DAYS", "LabelCheck", "Person", "RoutineView", "StepView", "UseView", "check_label", "person_for"]

# Below this share of declared names recognised, the label is `unknown` unless a flag says more.
KNOWN_SHARE = 0.5
# A list's main ingredients: a drying alcohol or an astringent counts only here (a trace further down
# is `info`).
MAIN_NAMES = 5
# Below the main ingredients these are traces: a drying alcohol or astringent extract, and a clay used to
# thicken, a few scrub grains (a mask has its clay near the top, a scrub its grains).
TRACE_CLASSES = frozenset({IngredientClass.ASTRINGENT, IngredientClass.CLAY, IngredientClass.PHYSICAL_EXFOLIANT})
SEVERITY_RANK = {"info": 0, Severity.CAUTION: 1, Severity.RINSE_OFF_ONLY: 1, Severity.AVOID: 2}
SENSITIVE_FACTS = frozenset({AnswerFact.SENSITIVE_YES, AnswerFact.ROSACEA_OR_ECZEMA_YES})
SCENT_CLASSES = frozenset({IngredientClass.FRAGRANCE, IngredientClass.ESSENTIAL_OIL})
PRESERVATIVE = "preservative"
# A flag code beyond the contract's (docs/contract-additions.md): an active the person's plan did not
# choose and that treats nothing they asked about.
UNNEEDED_ACTIVE = "unneeded_active"


# --- Input ------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Person:
    """One person's rules, as the routine engine works them out (`routines.rules.rules_for`)."""

    rules: Rules

    @property
    def facts(self) -> frozenset[str]:
        return self.rules.facts

    @property
    def beginner(self) -> bool:
        return self.rules.beginner

    @property
    def fragrance_free(self) -> bool:
        return AnswerFact.FRAGRANCE_FREE_YES in self.rules.facts


def person_for(answers: Answers, catalogue: Catalogue) -> Person:
    return Person(rules=rules_for(answers=answers, catalogue=catalogue))


# --- Output -----------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Recognised:
    text: str
    slug: str | None
    name: str
    ingredient_class: str | None
    may_contain: bool

    def to_dict(self) -> dict:
        out = {"text": self.text, "slug": self.slug, "name": self.name, "class": self.ingredient_class}
        if self.may_contain:
            out["may_contain"] = True
        return out


@dataclass(frozen=True, kw_only=True)
class Flag:
    code: str
    ingredient: str | None
    name: str  # the recognised ingredient's name, or "" when the flag is about the product
    severity: str
    title: str
    text: str
    sources: tuple[Source, ...]
    condition: str | None = None  # without a person: the answer that makes this apply
    condition_label: str = ""
    not_needed: bool = False  # the person's rules leave it out because they don't need it, not for safety

    def to_dict(self) -> dict:
        out = {
            "code": self.code,
            "ingredient": self.ingredient,
            "severity": self.severity,
            "title": self.title,
            "text": self.text,
            "sources": [s.to_dict() for s in self.sources],
        }
        if self.condition:
            out["condition"] = self.condition
        return out


@dataclass(frozen=True, kw_only=True)
class Fit:
    step_kind: str
    product_type: str
    evenings: tuple[str, ...] | None  # None: every day

    def to_dict(self) -> dict:
        return {
            "step_kind": self.step_kind,
            "product_type": self.product_type,
            "evenings": list(self.evenings) if self.evenings is not None else None,
        }


@dataclass(frozen=True, kw_only=True)
class LabelCheck:
    recognised: tuple[Recognised, ...]
    unrecognised: tuple[str, ...]
    set_aside: tuple[str, ...]
    flags: tuple[Flag, ...]
    fits: Fit | None
    verdict: str
    declared: int
    known: int
    found_heading: bool
    with_routine: bool
    truncated: bool = False
    reason: str = ""  # one sentence: the step and evenings it fits, or what to avoid and why
    unknown_actives: tuple[str, ...] = ()  # declared actives the lexicon doesn't know

    @property
    def known_share(self) -> float:
        return self.known / self.declared if self.declared else 0.0

    def to_dict(self) -> dict:
        return {
            "recognised": [r.to_dict() for r in self.recognised],
            "unrecognised": list(self.unrecognised),
            "flags": [f.to_dict() for f in self.flags],
            "fits": self.fits.to_dict() if self.fits else None,
            "verdict": self.verdict,
            "reason": self.reason,
            "with_routine": self.with_routine,
            "set_aside": list(self.set_aside),
            "truncated": self.truncated,
        }


# --- The check --------------------------------------------------------------------------------------


def check_label(
    *,
    text: str,
    lexicon: Lexicon,
    person: Person | None = None,
    routine: RoutineView | None = None,
    step_kind: str | None = None,
) -> LabelCheck:
    return judge_label(label=parse_label(text), lexicon=lexicon, person=person, routine=routine, step_kind=step_kind)


def _recognise(label: ParsedLabel, lexicon: Lexicon):
    """Each name's entry, the names nobody knows, and the declared names as positioned items."""
    recognised: list[Recognised] = []
    unrecognised: list[str] = []
    unknown_actives: list[str] = []
    looked_up: dict[tuple[str, ...], Entry | None] = {}
    found: list[tuple[int, object, Entry]] = []
    for position, name in enumerate(label.names):
        if name.forms not in looked_up:
            looked_up[name.forms] = lexicon.lookup(name.forms)
        entry = looked_up[name.forms]
        if entry is None:
            if name.text not in unrecognised:
                unrecognised.append(name.text)
            if name.declared_active:
                unknown_actives.append(name.text)
            continue
        colourant = _colourant(name, position)
        cls = "" if colourant and entry.ingredient_class == IngredientClass.UV_FILTER else entry.ingredient_class
        recognised.append(
            Recognised(
                text=name.text,
                slug=entry.slug,
                name=entry.name,
                ingredient_class=cls or None,
                may_contain=name.may_contain,
            )
        )
        if not name.may_contain:
            found.append((position, name, entry))
    return recognised, unrecognised, tuple(unknown_actives), _items(found, lexicon)


def _colourant(name, position: int) -> bool:
    """A name printed with its CI number is a colourant, unless it is one of the main ingredients: titanium
    dioxide third on a sunscreen's list is its filter, whatever number the label adds."""
    return name.colourant and position >= MAIN_NAMES


def _items(found, lexicon: Lexicon) -> tuple[Item, ...]:
    """Where each known name stands: an acid after the first preservative adjusts the pH (not an
    exfoliant); an astringent below the main ingredients is a trace."""
    preservative = min((p for p, _n, e in found if e.role == PRESERVATIVE), default=None)
    items = []
    for position, name, entry in found:
        ph_adjuster = (
            entry.ingredient_class == IngredientClass.AHA
            and not name.declared_active
            and preservative is not None
            and position > preservative
        )
        items.append(
            Item(
                text=name.text,
                entry=entry,
                position=position,
                declared_active=name.declared_active,
                active=lexicon.is_active(entry)
                and not ph_adjuster
                and not _colourant(name, position)
                and not (entry.ingredient_class in TRACE_CLASSES and position >= MAIN_NAMES),
                minor=ph_adjuster or (entry.ingredient_class in TRACE_CLASSES and position >= MAIN_NAMES),
                colourant=_colourant(name, position),
            )
        )
    return tuple(items)


def judge_label(
    *,
    label: ParsedLabel,
    lexicon: Lexicon,
    person: Person | None = None,
    routine: RoutineView | None = None,
    step_kind: str | None = None,
) -> LabelCheck:
    recognised, unrecognised, unknown_actives, items = _recognise(label, lexicon)
    flags = _Flags(lexicon)
    judged = {}
    for item in items:  # rules depend on what a name is, not how it was printed: judge each entry once
        if item.ingredient_class and (item.entry not in judged or judged[item.entry].minor > item.minor):
            judged[item.entry] = item
    for item in judged.values():
        _person_flags(flags, lexicon, item, person)
        _product_flags(flags, lexicon, item, person)
    fit = None
    if person is not None and routine is not None:
        fit = _routine_flags(flags, lexicon, items, person, routine, step_kind, title=label.title)
    declared = len(label.declared)
    known = sum(1 for r in recognised if not r.may_contain)
    verdict = _verdict(flags.out, declared=declared, known=known, unknown_actives=unknown_actives, fit=fit)
    fit = fit if verdict in ("fits", "caution") else None
    flags_out = tuple(sorted(flags.out, key=lambda f: (-SEVERITY_RANK[f.severity], f.code, f.ingredient or "")))
    return LabelCheck(
        recognised=tuple(recognised),
        unrecognised=tuple(unrecognised),
        set_aside=label.set_aside,
        flags=flags_out,
        fits=fit,
        verdict=verdict,
        declared=declared,
        known=known,
        found_heading=label.found_heading,
        with_routine=routine is not None,
        truncated=label.truncated,
        reason=_reason(verdict, flags_out, fit, unknown_actives, with_person=person is not None),
        unknown_actives=unknown_actives,
    )


def _verdict(flags: Sequence[Flag], *, declared: int, known: int, unknown_actives, fit) -> str:
    worst = max((SEVERITY_RANK[f.severity] for f in flags), default=0)
    if worst >= SEVERITY_RANK[Severity.AVOID]:
        return "avoid"
    if unknown_actives:
        return "unknown"  # a declared active nobody knows: never `not_needed` or `fits`
    if worst >= SEVERITY_RANK[Severity.CAUTION] or any(f.condition for f in flags):
        return "caution"
    if not declared or known / declared < KNOWN_SHARE:
        return "unknown"
    if fit is not None and not any(f.not_needed for f in flags):
        return "fits"
    return "not_needed"


class _Flags:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.out: list[Flag] = []
        self.seen: set[tuple] = set()

    def add(self, key: tuple, flag: Flag) -> None:
        if key in self.seen:
            return
        self.seen.add(key)
        # The same rule with the same words for several names (two retinyl esters, five fragrance
        # allergens): one flag that names them all.
        for i, old in enumerate(self.out):
            if (old.code, old.severity, old.text, old.condition) == (
                flag.code,
                flag.severity,
                flag.text,
                flag.condition,
            ):
                if flag.name and flag.name not in old.name.split(", "):
                    self.out[i] = replace(old, name=f"{old.name}, {flag.name}" if old.name else flag.name)
                return
        self.out.append(flag)

    def title(self, code: str) -> str:
        w = self.lexicon.catalogue.warning_by_code.get(code)
        return w.title if w else ""

    def warning(self, code: str, *, item: Item | None, severity: str) -> None:
        w = self.lexicon.catalogue.warning_by_code.get(code)
        if w is None:
            return
        entry = item.entry if item else None
        self.add(
            (code, entry.slug or entry.name if entry else None),
            Flag(
                code=str(code),
                ingredient=entry.slug if entry else None,
                name=entry.name if entry else "",
                severity=severity,
                title=w.title,
                text=w.text,
                sources=w.sources,
            ),
        )

    def rule(self, c: Contraindication, item: Item, severity: str, **extra) -> None:
        entry = item.entry
        self.add(
            (c.warning, entry.slug or entry.name, severity, c.condition if extra.get("condition") else None),
            Flag(
                code=c.warning,
                ingredient=entry.slug,
                name=entry.name,
                severity=severity,
                title=self.title(c.warning),
                text=c.text,
                sources=c.sources,
                **extra,
            ),
        )


def _rules_on(lexicon: Lexicon, entry: Entry, facts: frozenset[str] | None):
    """The catalogue's contraindications on this name, for these answer facts (None: anyone's)."""
    catalogue = lexicon.catalogue
    rows = (
        catalogue.contraindications
        if facts is None
        else [c for fact in sorted(facts) for c in catalogue.contraindications_by_fact.get(fact, ())]
    )
    for c in rows:
        if c.ingredient:
            if c.ingredient == entry.slug:
                yield c
        elif entry.ingredient_class and c.ingredient_class == entry.ingredient_class:
            yield c


def _not_needed(lexicon: Lexicon, entry: Entry) -> bool:
    """An ingredient a person's rules leave out because it does nothing for them, not because it harms
    them: recommendable, not an active, not a scent (anti-ageing peptides for a teenager)."""
    ing = lexicon.ingredients.get(entry.slug or "")
    return (
        bool(ing and ing.recommendable and not ing.active and not ing.fragrance_or_essential_oil)
        and entry.ingredient_class not in SCENT_CLASSES
    )


def _person_flags(flags: _Flags, lexicon: Lexicon, item: Item, person: Person | None) -> None:
    """The person's own rules on this name (what `rules_for()` leaves out or limits), or who should
    take care when there is no person. A trace (`minor`) only informs."""
    entry = item.entry
    if person is None:
        for c in _rules_on(lexicon, entry, None):
            flags.rule(
                c,
                item,
                "info",
                condition=c.condition,
                condition_label=str(AnswerFact(c.condition).label) if c.condition in AnswerFact.values else c.condition,
            )
        return
    rules = person.rules
    if entry.slug in lexicon.ingredients:
        avoid = rules.excluded.get(entry.slug)
        hits = [avoid] if avoid else list(rules.cautions.get(entry.slug, ()))
    else:
        hits = list(_rules_on(lexicon, entry, rules.facts))
        avoids = [c for c in hits if c.severity == Severity.AVOID]
        hits = avoids[:1] or hits
    for c in hits:
        if c.severity == Severity.AVOID and _not_needed(lexicon, entry):
            flags.rule(c, item, "info", not_needed=True)
        else:
            flags.rule(c, item, "info" if item.minor else c.severity)


def _product_flags(flags: _Flags, lexicon: Lexicon, item: Item, person: Person | None) -> None:
    """What the product is, whoever uses it: scents, astringents, kitchen remedies, never-recommended."""
    cls = item.ingredient_class
    ing = lexicon.ingredients.get(item.entry.slug or "")
    facts = person.facts if person else frozenset()
    if cls in SCENT_CLASSES:
        code = WarningCode.FRAGRANCE if cls == IngredientClass.FRAGRANCE else WarningCode.ESSENTIAL_OIL
        severity = "info"
        if person is not None and person.fragrance_free:
            severity = Severity.AVOID  # the routine engine leaves out every scent for this person
        elif person is not None and facts & SENSITIVE_FACTS:
            severity = Severity.CAUTION
        flags.warning(code, item=item, severity=severity)
    elif cls == IngredientClass.ASTRINGENT:
        flags.warning(WarningCode.ASTRINGENT, item=item, severity="info")
    elif cls == IngredientClass.KITCHEN_REMEDY:
        flags.warning(WarningCode.KITCHEN_REMEDY, item=item, severity=Severity.CAUTION)
    if (
        ing is not None
        and not ing.recommendable
        and cls not in (IngredientClass.FRAGRANCE, IngredientClass.KITCHEN_REMEDY)
    ):
        flags.add(
            ("not_recommended", ing.slug),
            Flag(
                code=str(WarningCode.NOT_RECOMMENDED),
                ingredient=ing.slug,
                name=ing.name,
                severity="info" if item.minor else Severity.CAUTION,
                title=flags.title(WarningCode.NOT_RECOMMENDED),
                text=ing.not_recommended_reason,
                sources=ing.sources,
            ),
        )


def _evenings(step: StepView, routine: RoutineView) -> tuple[str, ...] | None:
    if step.times_per_week >= 7:
        return None
    own = (step.kind, step.product_type)
    return tuple(d for d in DAYS if any((u.kind, u.product_type) == own for u in routine.evenings.get(d, ())))


def _routine_flags(
    flags: _Flags, lexicon: Lexicon, items, person: Person, routine: RoutineView, step_kind, *, title: str = ""
):
    step = choose_step(items, product_kinds(items, step_kind, title), routine, lexicon)
    fit = own = None
    days: tuple[str, ...] = DAYS
    if step is not None:
        own = (step.kind, step.product_type)
        evenings = _evenings(step, routine)
        days = DAYS if evenings is None else evenings
        fit = Fit(step_kind=step.kind, product_type=step.product_type, evenings=evenings)
        if "pm" not in step.slots:
            days = ()
        _agree_with_step(flags, lexicon, items, step)
    actives = [i for i in items if i.active]
    _conflict_flags(flags, lexicon, actives, person, routine, own, days)
    in_routine = set()
    for s in routine.steps:
        if (s.kind, s.product_type) != own:
            in_routine |= step_actives(s, lexicon)
    mine = step_actives(step, lexicon) if step else frozenset()
    for item in actives:
        if item.ingredient_class in in_routine and item.ingredient_class not in mine:
            flags.warning(WarningCode.DUPLICATE_ACTIVE, item=item, severity=Severity.CAUTION)
    _unneeded_actives(flags, lexicon, actives, person, planned=in_routine | mine)
    return fit


def _treats(lexicon: Lexicon, item: Item, rules: Rules) -> bool:
    """Whether an active treats something the person asked about, by the engine's own rules: its class is
    among the first-line choices (catalogue `FirstLine`) for their answers, and the rules don't quietly
    leave it out for them (benzoyl peroxide without acne or an oral antibiotic, a retinoid for a teenager
    without acne)."""
    if item.entry.slug in lexicon.ingredients and item.entry.slug in rules.left_out:
        return False
    classes = {ing.ingredient_class for _fact, _pick, chosen in rules.first_lines for ing in chosen}
    return item.ingredient_class in classes


def _unneeded_actives(flags: _Flags, lexicon: Lexicon, actives, person: Person, *, planned) -> None:
    """An active the person's plan did not choose and that treats nothing they asked about: the product is
    `not_needed`, never `fits` (a benzoyl peroxide wash for an adult without acne), and says which
    answers it is a first choice for, with the catalogue's sources."""
    rules = person.rules
    for item in actives:
        cls, slug = item.ingredient_class, item.entry.slug
        if not cls or cls in planned or (slug and slug in rules.excluded) or _treats(lexicon, item, rules):
            continue
        rows = [
            row
            for fact, rows in lexicon.catalogue.first_lines_by_fact.items()
            if fact not in rules.facts
            for row in rows
            if lexicon.catalogue.ingredient_by_slug[row.ingredient].ingredient_class == cls
        ]
        facts = list(dict.fromkeys(row.treats for row in rows))
        if facts:
            answers = get_text_list([str(AnswerFact(f).label) if f in AnswerFact.values else f for f in facts], _("or"))
            text = _(
                "Your routine doesn't need %(name)s: it is a first choice for answers you didn't give (%(answers)s)."
            ) % {"name": item.entry.name, "answers": answers}
            sources = tuple(dict.fromkeys(s for row in rows for s in row.sources))
        else:
            text = _("Your routine doesn't need %(name)s: nothing you asked about calls for it.") % {
                "name": item.entry.name
            }
            ing = lexicon.ingredients.get(slug or "")
            sources = ing.sources if ing else ()
        flags.add(
            (UNNEEDED_ACTIVE, cls),
            Flag(
                code=UNNEEDED_ACTIVE,
                ingredient=slug,
                name=item.entry.name,
                severity="info",
                title=_("Not needed for what you asked about"),
                text=text,
                sources=sources,
                not_needed=True,
            ),
        )


def _agree_with_step(flags: _Flags, lexicon: Lexicon, items, step: StepView) -> None:
    """A product with the active of one of the person's own steps takes that step's place, on its
    evenings: the cautions the routine already allowed for (how often, which evenings) only inform."""
    shared = step_actives(step, lexicon) & {i.ingredient_class for i in items if i.active}
    names = {i.entry.name for i in items if i.ingredient_class in shared}
    for n, flag in enumerate(flags.out):
        if flag.severity == Severity.CAUTION and flag.name in names and flag.code != WarningCode.NOT_RECOMMENDED:
            flags.out[n] = replace(flag, severity="info")


def _conflict_flags(flags: _Flags, lexicon: Lexicon, actives, person: Person, routine: RoutineView, own, days):
    """An active that the catalogue's conflicts keep apart from one the routine uses on the same evening
    (or in the same slot): the rules' partner index, with the conflict's own words."""
    texts = {frozenset((c.class_a, c.class_b)): c for c in lexicon.catalogue.conflicts}
    daily_pm = set()
    for s in routine.steps:
        if "pm" in s.slots and s.times_per_week >= 7 and (s.kind, s.product_type) != own:
            daily_pm |= s.classes
    for day in days:
        others = set(daily_pm)
        for use in routine.evenings.get(day, ()):
            if (use.kind, use.product_type) != own:
                others |= use.classes
        for item in actives:
            for other in sorted(others):
                if not person.rules.clash({item.ingredient_class}, {other}):
                    continue
                conflict = texts.get(frozenset((item.ingredient_class, other)))
                flags.add(
                    ("conflict", item.ingredient_class, other),
                    Flag(
                        code=str(WarningCode.CONFLICT),
                        ingredient=item.entry.slug,
                        name=item.entry.name,
                        severity=Severity.CAUTION,
                        title=flags.title(WarningCode.CONFLICT),
                        text=conflict.text if conflict else "",
                        sources=conflict.sources if conflict else (),
                    ),
                )


def _reason(verdict: str, flags: Sequence[Flag], fit: Fit | None, unknown_actives, *, with_person: bool) -> str:
    """One sentence a person understands: the step and evenings it fits, or what to avoid and why."""
    worst = [f for f in flags if f.severity == verdict] if verdict in ("avoid", "caution") else []
    if worst:
        f = worst[0]
        return _("It contains %(name)s: %(text)s") % {"name": f.name or f.title, "text": f.text}
    if verdict == "caution":
        who = [f for f in flags if f.condition]
        if who:
            return _("Take care if this applies to you (%(who)s): %(text)s") % {
                "who": who[0].condition_label,
                "text": who[0].text,
            }
    if verdict == "unknown":
        if unknown_actives:
            return _("Its active ingredient %(name)s is not one we know, so we can't judge it.") % {
                "name": get_text_list(list(unknown_actives), _("and"))
            }
        return _("We recognise too few of its ingredients to judge it.")
    if verdict == "fits" and fit is not None:
        kind = StepKind(fit.step_kind).label if fit.step_kind in StepKind.values else fit.step_kind
        if fit.evenings is None:
            return _("It can be your %(step)s step, every day.") % {"step": str(kind).lower()}
        days = [str(DAY_NAMES[d]) for d in fit.evenings]
        return _("It can be your %(step)s step, on %(days)s evenings.") % {
            "step": str(kind).lower(),
            "days": get_text_list(days, _("and")),
        }
    needless = [f for f in flags if f.not_needed]
    if needless:
        return needless[0].text
    if not with_person:
        return _("Nothing in it needs care for anyone; check it against your routine for where it fits.")
    return _("Nothing in it is a problem for you, but your routine has no step it would serve.")
