"""Judge a pasted label with the routine's own rules. Pure: no ORM, frozen dataclasses in and out.

`check_label(*, text, lexicon, person, routine, step_kind)` reads the label (`labels/parse.py`),
recognises each name through the lexicon's curated aliases and patterns (exact forms only, never
fuzzy), then raises flags from the same catalogue rows the routine engine uses: the person's
contraindications, conflicts with the routine's actives on the same evening, a second active of a
class the routine already has, fragrance and essential oils, astringents, kitchen remedies and
ingredients the catalogue never recommends. It finds the step the product can serve and its evenings.

Without a person (no saved routine) contraindications become `info` flags that say who should take
care (`condition`); the verdict is then `caution` when anyone must avoid or limit something in it,
and `not_needed` when no one needs to: with no routine, it serves no step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from ingredients.vocab import IngredientClass, Severity, StepKind, WarningCode

from .lexicon import Conflict, Entry, Lexicon, Source
from .parse import ParsedLabel, parse_label

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Below this share of declared names recognised, the label is `unknown` unless a flag says more.
KNOWN_SHARE = 0.5
ACTIVE_CLASSES = frozenset(
    {
        IngredientClass.AHA,
        IngredientClass.BHA,
        IngredientClass.PHA,
        IngredientClass.RETINOID,
        IngredientClass.CLAY,
        IngredientClass.PHYSICAL_EXFOLIANT,
        IngredientClass.ANTIMICROBIAL,
    }
)
# Steps a product is only taken for when its names say so (a surfactant, a UV filter, a clay):
# a serum sharing glycerin with a cleanser is not a cleanser.
FORM_STEPS = frozenset({StepKind.CLEANSE, StepKind.OIL_CLEANSE, StepKind.SUNSCREEN, StepKind.MASK})
SEVERITY_RANK = {"info": 0, Severity.CAUTION: 1, Severity.RINSE_OFF_ONLY: 1, Severity.AVOID: 2}
SENSITIVE_FACTS = frozenset({"sensitive=yes", "rosacea_or_eczema=yes"})


# --- Input ------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Person:
    facts: frozenset[str]  # answer facts, e.g. "pregnancy=yes" (routines.answers.Answers.facts())
    beginner: bool

    @property
    def fragrance_free(self) -> bool:
        return "fragrance_free=yes" in self.facts


@dataclass(frozen=True, kw_only=True)
class StepView:
    kind: str
    product_type: str
    slots: frozenset[str]  # "am", "pm"
    ingredients: frozenset[str]
    classes: frozenset[str]
    times_per_week: int


@dataclass(frozen=True, kw_only=True)
class UseView:
    kind: str
    product_type: str
    classes: frozenset[str]


@dataclass(frozen=True, kw_only=True)
class RoutineView:
    steps: tuple[StepView, ...]
    evenings: Mapping[str, tuple[UseView, ...]]  # mon..sun: the scheduled uses that evening


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


def judge_label(
    *,
    label: ParsedLabel,
    lexicon: Lexicon,
    person: Person | None = None,
    routine: RoutineView | None = None,
    step_kind: str | None = None,
) -> LabelCheck:
    recognised: list[Recognised] = []
    unrecognised: list[str] = []
    entries: list[tuple[Recognised, Entry]] = []
    looked_up: dict[tuple[str, ...], Entry | None] = {}
    for name in label.names:
        if name.forms not in looked_up:
            looked_up[name.forms] = lexicon.lookup(name.forms)
        entry = looked_up[name.forms]
        if entry is None:
            if name.text not in unrecognised:
                unrecognised.append(name.text)
            continue
        item = Recognised(
            text=name.text,
            slug=entry.slug,
            name=entry.name,
            ingredient_class=entry.ingredient_class or None,
            may_contain=name.may_contain,
        )
        recognised.append(item)
        entries.append((item, entry))

    declared = len(label.declared)
    known = sum(1 for r in recognised if not r.may_contain)
    flags = _Flags(lexicon)
    # Rules depend on what a name is, not how it was printed: judge each entry once.
    active = []
    judged: set[tuple[Entry, bool]] = set()
    for item, entry in entries:
        if entry.ingredient_class and (entry, item.may_contain) not in judged:
            judged.add((entry, item.may_contain))
            active.append((item, entry))
    _ingredient_flags(flags, lexicon, active, person)

    fit = None
    if person is not None and routine is not None:
        fit = _routine_flags(flags, lexicon, entries, person, routine, step_kind)

    worst = max((SEVERITY_RANK[f.severity] for f in flags.out), default=0)
    someone_takes_care = any(f.condition for f in flags.out)
    if worst >= SEVERITY_RANK[Severity.AVOID]:
        verdict, fit = "avoid", None
    elif worst >= SEVERITY_RANK[Severity.CAUTION] or someone_takes_care:
        verdict = "caution"
    elif not declared or known / declared < KNOWN_SHARE:
        verdict = "unknown"
    elif fit is not None:
        verdict = "fits"
    else:
        verdict = "not_needed"
    return LabelCheck(
        recognised=tuple(recognised),
        unrecognised=tuple(unrecognised),
        set_aside=label.set_aside,
        flags=tuple(sorted(flags.out, key=lambda f: (-SEVERITY_RANK[f.severity], f.code, f.ingredient or ""))),
        fits=fit,
        verdict=verdict,
        declared=declared,
        known=known,
        found_heading=label.found_heading,
        with_routine=routine is not None,
        truncated=label.truncated,
    )


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
            same = (old.code, old.severity, old.text, old.condition) == (
                flag.code,
                flag.severity,
                flag.text,
                flag.condition,
            )
            if same:
                if flag.name and flag.name not in old.name.split(", "):
                    self.out[i] = replace(old, name=f"{old.name}, {flag.name}" if old.name else flag.name)
                return
        self.out.append(flag)

    def warning(self, code: str, *, ingredient: Recognised | None, severity: str) -> None:
        w = self.lexicon.warnings.get(code)
        if w is None:
            return
        self.add(
            (code, ingredient.slug or ingredient.name if ingredient else None),
            Flag(
                code=str(code),
                ingredient=ingredient.slug if ingredient else None,
                name=ingredient.name if ingredient else "",
                severity=severity,
                title=w.title,
                text=w.text,
                sources=w.sources,
            ),
        )


def _ingredient_flags(flags: _Flags, lexicon: Lexicon, active, person: Person | None) -> None:
    facts = person.facts if person else frozenset()
    for item, entry in active:
        cls = entry.ingredient_class
        ing = lexicon.ingredients.get(entry.slug) if entry.slug else None
        # The person's contraindications, or (without a person) who should take care.
        for c in lexicon.contraindications:
            if not c.hits(entry):
                continue
            title = lexicon.warnings[c.warning].title if c.warning in lexicon.warnings else ""
            if person is None:
                flags.add(
                    ("who", c.warning, c.condition, entry.slug or entry.name),
                    Flag(
                        code=c.warning,
                        ingredient=entry.slug,
                        name=entry.name,
                        severity="info",
                        title=title,
                        text=c.text,
                        sources=c.sources,
                        condition=c.condition,
                        condition_label=lexicon.answer_labels.get(c.condition, c.condition),
                    ),
                )
            elif c.condition in facts:
                flags.add(
                    (c.warning, entry.slug or entry.name, c.severity),
                    Flag(
                        code=c.warning,
                        ingredient=entry.slug,
                        name=entry.name,
                        severity=c.severity,
                        title=title,
                        text=c.text,
                        sources=c.sources,
                    ),
                )
        if item.may_contain:
            continue
        # What the product is, whoever uses it.
        scented = cls in (IngredientClass.FRAGRANCE, IngredientClass.ESSENTIAL_OIL) or bool(
            ing and ing.fragrance_or_essential_oil
        )
        if cls == IngredientClass.FRAGRANCE or cls == IngredientClass.ESSENTIAL_OIL:
            code = WarningCode.FRAGRANCE if cls == IngredientClass.FRAGRANCE else WarningCode.ESSENTIAL_OIL
            severity = "info"
            if person is not None and scented and person.fragrance_free:
                # The routine engine leaves out every fragrance and essential oil for this person.
                severity = Severity.AVOID
            elif person is not None and facts & SENSITIVE_FACTS:
                severity = Severity.CAUTION
            flags.warning(code, ingredient=item, severity=severity)
        elif cls == IngredientClass.ASTRINGENT:
            flags.warning(WarningCode.ASTRINGENT, ingredient=item, severity="info")
        elif cls == IngredientClass.KITCHEN_REMEDY:
            flags.warning(WarningCode.KITCHEN_REMEDY, ingredient=item, severity=Severity.CAUTION)
        if (
            ing is not None
            and not ing.recommendable
            and cls
            not in (
                IngredientClass.FRAGRANCE,
                IngredientClass.KITCHEN_REMEDY,
            )
        ):
            flags.add(
                ("not_recommended", ing.slug),
                Flag(
                    code=str(WarningCode.NOT_RECOMMENDED),
                    ingredient=ing.slug,
                    name=ing.name,
                    severity=Severity.CAUTION,
                    title=lexicon.warnings[WarningCode.NOT_RECOMMENDED].title
                    if WarningCode.NOT_RECOMMENDED in lexicon.warnings
                    else "",
                    text=ing.not_recommended_reason,
                    sources=ing.sources,
                ),
            )


def _product_kind(entries, step_kind: str | None) -> str | None:
    """The step a product's names say it is for, when they say so."""
    if step_kind:
        return step_kind
    declared = [e for r, e in entries if not r.may_contain]
    hints = {e.step_kind for e in declared if e.step_kind}
    if StepKind.CLEANSE in hints:
        return StepKind.CLEANSE
    if StepKind.OIL_CLEANSE in hints:
        return StepKind.OIL_CLEANSE
    if any(e.ingredient_class == IngredientClass.UV_FILTER for e in declared):
        return StepKind.SUNSCREEN
    if any(e.ingredient_class == IngredientClass.CLAY for e in declared[:5]):
        return StepKind.MASK
    has_active = any(e.ingredient_class in ACTIVE_CLASSES for e in declared)
    # A cream: emollients high on the list and no active to say it is a treatment (retinol in squalane).
    if not has_active and sum(1 for e in declared[:8] if e.ingredient_class == IngredientClass.EMOLLIENT) >= 2:
        return StepKind.MOISTURISE
    return None


def _choose_step(entries, routine: RoutineView, kind: str | None) -> StepView | None:
    slugs = {e.slug for r, e in entries if e.slug and not r.may_contain}
    classes = {e.ingredient_class for r, e in entries if e.ingredient_class and not r.may_contain}
    actives = classes & ACTIVE_CLASSES
    steps: dict[tuple[str, str], StepView] = {}
    for step in routine.steps:
        steps.setdefault((step.kind, step.product_type), step)
    candidates = list(steps.values())
    if kind:
        # A step for an active (a BHA exfoliant, a retinoid serum, a clay mask) needs that active.
        candidates = [
            s
            for s in candidates
            if s.kind == kind
            and (s.kind in FORM_STEPS - {StepKind.MASK} or actives & s.classes or not s.classes & ACTIVE_CLASSES)
        ]
    else:
        candidates = [s for s in candidates if s.kind not in FORM_STEPS]

    def score(step: StepView) -> tuple:
        shared = len(slugs & step.ingredients)
        return (
            len(actives & step.classes),
            shared / len(step.ingredients) if step.ingredients else 0.0,
            shared,
            len(classes & step.classes),
        )

    if kind == StepKind.SUNSCREEN and IngredientClass.UV_FILTER not in classes:
        return None  # whatever the pack says, no recognised UV filter is no sunscreen
    if actives and not kind:
        candidates = [s for s in candidates if actives & s.classes]
    elif not kind:
        candidates = [s for s in candidates if slugs & s.ingredients and not (s.classes & ACTIVE_CLASSES)]
    if not candidates:
        return None
    return max(candidates, key=score)


def _routine_flags(flags, lexicon: Lexicon, entries, person: Person, routine: RoutineView, step_kind):
    step = _choose_step(entries, routine, _product_kind(entries, step_kind))
    fit = None
    own = None
    days: tuple[str, ...] = DAYS
    if step is not None:
        own = (step.kind, step.product_type)
        if step.times_per_week >= 7:
            evenings = None
        else:
            evenings = tuple(
                d for d in DAYS if any((u.kind, u.product_type) == own for u in routine.evenings.get(d, ()))
            )
            days = evenings
        fit = Fit(step_kind=step.kind, product_type=step.product_type, evenings=evenings)
        if "pm" not in step.slots:
            days = ()

    actives = [(r, e) for r, e in entries if e.ingredient_class in ACTIVE_CLASSES and not r.may_contain]
    daily_pm = set()
    for s in routine.steps:
        if "pm" in s.slots and s.times_per_week >= 7 and (s.kind, s.product_type) != own:
            daily_pm |= s.classes
    conflicts = _conflict_index(lexicon.conflicts, beginner=person.beginner)
    for day in days:
        others = set(daily_pm)
        for use in routine.evenings.get(day, ()):
            if (use.kind, use.product_type) != own:
                others |= use.classes
        for item, entry in actives:
            for other in sorted(others):
                conflict = conflicts.get(frozenset((entry.ingredient_class, other)))
                if conflict is not None:
                    flags.add(
                        ("conflict", entry.ingredient_class, other),
                        Flag(
                            code=str(WarningCode.CONFLICT),
                            ingredient=item.slug,
                            name=item.name,
                            severity=Severity.CAUTION,
                            title=lexicon.warnings[WarningCode.CONFLICT].title
                            if WarningCode.CONFLICT in lexicon.warnings
                            else "",
                            text=conflict.text,
                            sources=conflict.sources,
                        ),
                    )
    in_routine = set()
    for s in routine.steps:
        if (s.kind, s.product_type) != own:
            in_routine |= s.classes
    for item, entry in actives:
        if step is not None and entry.ingredient_class in step.classes:
            continue  # it takes that step's place
        if entry.ingredient_class in in_routine:
            flags.warning(WarningCode.DUPLICATE_ACTIVE, ingredient=item, severity=Severity.CAUTION)
    return fit


def _conflict_index(conflicts: tuple[Conflict, ...], *, beginner: bool) -> dict[frozenset[str], Conflict]:
    return {frozenset((c.class_a, c.class_b)): c for c in conflicts if beginner or not c.beginners_only}
