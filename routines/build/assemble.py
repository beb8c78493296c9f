"""Assemble: the typed `Routine` (routines/routine.py) from the fitted, scheduled steps and the plan:
steps, the week, the plan's phases, the shopping list, warnings, myths, tips, referrals, treatments and
the results timeline.

The output records made from one catalogue row (an ingredient's use, a source, a myth, ...) are the same
in every routine built from the snapshot: they are made once, through the snapshot's memo, and shared, so
each is also written as JSON once (`Record.to_dict`).
"""

from __future__ import annotations

from ingredients.vocab import Slot

from .. import catalogue as cat
from .. import routine as out
from ..memo import Memo
from ..rules import CHECKIN_WEEKS, RESULTS_MAX_WEEKS, RESULTS_MIN_WEEKS, warning_codes, warning_kind
from .draft import Build, Draft
from .plan import Stretch


class Assembly:
    """Writes one routine; the `Use` of a scheduled step is made once and shared by every evening and
    phase it appears on."""

    def __init__(self, build: Build):
        self.build = build
        self.rules = build.rules
        self.catalogue = build.catalogue
        self.memo: Memo = build.memo
        self.uses: dict[Draft, out.Use] = {}
        self.tables: dict = {}

    def shared(self, make, row, other=None):
        """The output record `make` makes of a catalogue row (and `other`, when it takes two), made once
        per snapshot: each `make` has one table in the snapshot's memo, keyed by the rows' identity."""
        table = self.tables.get(make)
        if table is None:
            table = self.tables[make] = self.memo.get(("records", make), dict)
        key = id(row) if other is None else (id(row), id(other))
        found = table.get(key)
        if found is None:
            found = table[key] = make(self, row) if other is None else make(self, row, other)
        return found

    def routine(self, am: list[Draft], pm: list[Draft], stretches: list[Stretch]) -> out.Routine:
        actives = [d for d in pm if d.scheduled]
        phases = tuple([self.phase(s) for s in stretches])
        facts, step, both = self.rules.facts, self.step, am + pm
        return out.Routine(
            am=tuple([step(d) for d in am]),
            pm=tuple([step(d) for d in pm]),
            weekly=self.week({d: d.days for d in actives}),
            ramp_up=tuple(self.memo.get(("ramp", p.weeks, p.text), _ramp_stage, p) for p in phases) if actives else (),
            warnings=self.warnings(both, actives, patch_tested=any(p.patch_test for p in phases)),
            excluded=self.excluded(),
            referrals=self.relevant("referrals", _referral, facts),
            myths=self.relevant("myths", _myth, facts),
            tips=self.relevant("tips", _tip, facts),
            treatments=self.relevant("treatments", _treatment, facts),
            products=self.products(both),
            phases=phases,
            timeline=self.timeline(phases),
            disclaimer=(n.text if (n := self.catalogue.notice_by_slug.get("disclaimer")) else ""),
        )

    def relevant(self, rows: str, make, facts: frozenset[str]) -> tuple:
        """The output records of the catalogue's `rows` (myths, tips, ...) that apply to these facts, in
        catalogue order. Made once per snapshot for each set of the facts those rows mention: whether a
        row applies depends on nothing else."""
        mentioned = self.memo.get(("mentioned", rows), _mentioned, getattr(self.catalogue, rows))
        return self.memo.get(("relevant", rows, facts & mentioned), self._relevant, rows, make, facts)

    def _relevant(self, rows: str, make, facts: frozenset[str]) -> tuple:
        # `r.applies(facts)` (routines/catalogue.py `Relevance`) and none of `r.not_for`, written out.
        return tuple(
            record
            for record, always, when, all_of, also, not_for in self.memo.get(
                ("relevance", rows), self._relevance_rows, rows, make
            )
            if (
                (also and facts.issuperset(also))
                or ((always or not facts.isdisjoint(when)) and facts.issuperset(all_of))
            )
            and facts.isdisjoint(not_for)
        )

    def _relevance_rows(self, rows: str, make) -> tuple[tuple, ...]:
        """The output record of each of the catalogue's `rows` (made here, once per snapshot, whether or
        not a routine ever shows it), with what decides whether it applies to a person (`Relevance`,
        `not_for`)."""
        return tuple(
            (
                self.shared(make, r),
                r.always,
                r.relevant_when,
                r.requires_all,
                r.also_when_all,
                getattr(r, "not_for", ()),
            )
            for r in getattr(self.catalogue, rows)
        )

    def step(self, d: Draft) -> out.Step:
        """The step a draft becomes: the same in every routine with the same template, product type,
        ingredients and times, so made once per snapshot and shared (its JSON written once)."""
        key = ("step", id(d.template), id(d.product_type), *map(id, d.ingredients), d.times, d.prescription)
        return self.memo.get(key, self._step, d)

    def _step(self, d: Draft) -> out.Step:
        how = d.product_type.how or d.template.how
        if d.prescription and d.product_type.description:
            how = d.product_type.description
        return out.Step(
            kind=d.kind,
            title=d.template.title,
            product_type=d.product_type.slug,
            product_type_name=d.product_type.name,
            ingredients=tuple(self.shared(_ingredient_use, i) for i in d.ingredients),
            times_per_week=d.times,
            how=how,
            sources=self.shared(_template_sources, d.template),
        )

    def use(self, d: Draft) -> out.Use:
        use = self.uses.get(d)
        if use is None:
            key = ("use", id(d.product_type), *map(id, d.ingredients))
            use = self.uses[d] = self.memo.get(key, self._use, d)
        return use

    def _use(self, d: Draft) -> out.Use:
        """A step on the weekly calendar: the same for every routine with the same product and
        ingredients, so made once per snapshot and shared."""
        return out.Use(
            kind=d.kind,
            product_type=d.product_type.slug,
            product_type_name=d.product_type.name,
            ingredients=tuple(i.slug for i in d.ingredients),
            names=tuple(i.name for i in d.ingredients),
            classes=tuple(dict.fromkeys(i.ingredient_class for i in d.ingredients)),
        )

    def week(self, days_of: dict[Draft, list[int]]) -> out.Week:
        """The evenings on which each scheduled step is used: the same uses on the same evenings make the
        same week, made once per snapshot and shared (its JSON written once)."""
        placed = tuple(
            (self.use(d), tuple(days)) for d, days in sorted(days_of.items(), key=lambda item: item[0].sort_key())
        )
        return self.memo.get(("week", *((id(use), days) for use, days in placed)), _week, placed)

    def phase(self, s: Stretch) -> out.Phase:
        """One stretch of the plan: the same weeks, introductions, evenings and text make the same phase,
        made once per snapshot and shared (its JSON written once). The phase holds its week and the
        catalogue holds the leads and the stage, so no other object takes their ids while it is kept."""
        weekly = self.week(s.days_of)
        key = ("phase", s.first, s.last, s.final, id(weekly), id(s.stage), *(id(d.lead) for d in s.introduces))
        return self.memo.get(key, self._phase, s, weekly)

    def _phase(self, s: Stretch, weekly: out.Week) -> out.Phase:
        first, last = s.first + 1, s.last + 1
        return out.Phase(
            weeks=f"{first}+" if s.final else (f"{first}" if first == last else f"{first}-{last}"),
            start_week=first,
            end_week=None if s.final else last,
            introduces=tuple(d.lead.slug for d in s.introduces),
            introduces_names=tuple(d.lead.name for d in s.introduces),
            patch_test=tuple(d.lead.slug for d in s.introduces),
            weekly=weekly,
            text=s.stage.text if s.stage else "",
        )

    def products(self, drafts: list[Draft]) -> tuple[out.Product, ...]:
        """The shopping list: each product once, in order of first use."""
        # Product type slug → [its first draft, its slots, the most times a week, its ingredients by slug].
        seen: dict[str, list] = {}
        for d in drafts:
            entry = seen.get(d.product_type.slug)
            if entry is None:
                entry = seen[d.product_type.slug] = [d, [], 0, {}]
            if d.slot not in entry[1]:
                entry[1].append(d.slot)
            if d.times > entry[2]:
                entry[2] = d.times
            listed = entry[3]
            for i in d.ingredients:
                if i.slug not in listed:
                    listed[i.slug] = i
        # What to avoid on any label: the classes and ingredients ruled out for this person, and fragrance
        # where it is due (routines/rules.py).
        avoid, get, make = self.rules.avoid, self.memo.get, self._product
        return tuple(
            [
                get(
                    ("product", id(d.product_type), *slots, times, *map(id, listed.values()), avoid),
                    make,
                    d,
                    slots,
                    times,
                    listed,
                    avoid,
                )
                for d, slots, times, listed in seen.values()
            ]
        )

    def _product(self, d: Draft, slots: list[str], times: int, listed: dict, avoid: tuple[str, ...]) -> out.Product:
        """One line of the shopping list: made once per snapshot for the same product, slots, times,
        ingredients and things to avoid, and shared."""
        return out.Product(
            product_type=d.product_type.slug,
            name=d.product_type.name,
            kind=d.kind,
            slots=tuple(s for s in (Slot.AM, Slot.PM) if s in slots),
            times_per_week=times,
            look_for=tuple(self.shared(_look_for, i) for i in listed.values()),
            avoid=avoid,
        )

    def timeline(self, phases: tuple[out.Phase, ...]) -> out.Timeline:
        settled = phases[-1].start_week if phases else 1
        return self.memo.get(("timeline", settled), self._timeline, settled)

    def _timeline(self, settled: int) -> out.Timeline:
        """The results timeline: the same for every routine whose plan settles in the same week."""
        notice = self.catalogue.notice_by_slug.get("results-timeline")
        checkins = sorted({w for w in CHECKIN_WEEKS if w <= RESULTS_MAX_WEEKS} | ({settled} if settled > 1 else set()))
        return out.Timeline(
            min_weeks=RESULTS_MIN_WEEKS,
            max_weeks=RESULTS_MAX_WEEKS,
            text=notice.text if notice else "",
            sources=self.sources(notice.sources) if notice else (),
            checkins=tuple(checkins),
        )

    def warnings(self, drafts: list[Draft], actives: list[Draft], *, patch_tested: bool) -> tuple[out.WarningNote, ...]:
        used = list({i.slug: i for d in drafts for i in d.ingredients}.values())
        scheduled_classes = {c for d in actives for c in d.classes}
        codes = warning_codes(
            self.rules, self.catalogue, used=used, scheduled_classes=scheduled_classes, patch_tested=patch_tested
        )
        # The same codes make the same notes: made once per snapshot for each list of codes.
        return self.memo.get(("warning-notes", *codes), self._warnings, codes)

    def _warnings(self, codes: list[str]) -> tuple[out.WarningNote, ...]:
        return tuple(self.shared(_warning, self.catalogue.warning_by_code[c]) for c in codes)

    def excluded(self) -> tuple[out.Excluded, ...]:
        # Once per exclusion map: the rules share one per person (routines/rules.py). The entry holds the
        # map itself, so no other object can take its id while the entry is there.
        excluded = self.rules.excluded
        return self.memo.get(("excluded", id(excluded)), self._excluded, excluded)[1]

    def _excluded(self, excluded) -> tuple[object, tuple[out.Excluded, ...]]:
        names = self.catalogue.ingredient_by_slug
        return excluded, tuple(self.shared(_excluded, c, names[slug]) for slug, c in sorted(excluded.items()))

    def sources(self, sources: tuple[cat.Source, ...]) -> tuple[out.Source, ...]:
        return tuple(self.shared(_source, s) for s in sources)


def _ramp_stage(p: out.Phase) -> out.RampStage:
    return out.RampStage(weeks=p.weeks, text=p.text)


def _week(placed: tuple[tuple[out.Use, tuple[int, ...]], ...]) -> out.Week:
    uses: dict[str, list[out.Use]] = {day: [] for day in out.DAYS}
    for use, days in placed:
        for day in days:
            uses[out.DAYS[day]].append(use)
    return out.Week(**{day: tuple(u) for day, u in uses.items()})


def _mentioned(rows) -> frozenset[str]:
    """Every answer fact that decides whether one of these catalogue rows applies to a person."""
    return frozenset(
        f for r in rows for f in (*r.relevant_when, *r.requires_all, *r.also_when_all, *getattr(r, "not_for", ()))
    )


# --- Output records made of one catalogue row (through `Assembly.shared`) ----------------------------


def _ingredient_use(a: Assembly, i: cat.Ingredient) -> out.IngredientUse:
    return out.IngredientUse(
        slug=i.slug, name=i.name, ingredient_class=i.ingredient_class, why=i.why, strength=i.strength or None
    )


def _look_for(a: Assembly, i: cat.Ingredient) -> out.LookFor:
    return out.LookFor(slug=i.slug, name=i.name, strength=i.strength or None)


def _template_sources(a: Assembly, t: cat.RoutineStep) -> tuple[out.Source, ...]:
    return a.sources(t.sources)


def _referral(a: Assembly, r: cat.ReferralRule) -> out.Referral:
    return out.Referral(code=r.code, text=r.text, sources=a.sources(r.sources))


def _myth(a: Assembly, m: cat.Myth) -> out.Myth:
    return out.Myth(
        slug=m.slug, myth=m.myth, reality=m.reality, explanation=m.explanation, sources=a.sources(m.sources)
    )


def _tip(a: Assembly, t: cat.LifestyleTip) -> out.Tip:
    return out.Tip(code=t.slug, title=t.title, text=t.text, sources=a.sources(t.sources))


def _treatment(a: Assembly, t: cat.ProfessionalTreatment) -> out.Treatment:
    return out.Treatment(
        slug=t.slug, name=t.name, text=t.description, cautions=t.cautions, sources=a.sources(t.sources)
    )


def _warning(a: Assembly, w: cat.WarningMessage) -> out.WarningNote:
    return out.WarningNote(
        code=w.code, title=w.title, text=w.text, sources=a.sources(w.sources), kind=warning_kind(w.code)
    )


def _excluded(a: Assembly, c: cat.Contraindication, ing: cat.Ingredient) -> out.Excluded:
    warning = a.catalogue.warning_by_code.get(c.warning)
    return out.Excluded(
        ingredient=ing.slug,
        name=ing.name,
        reason=c.warning,
        reason_title=warning.title if warning else "",
        text=c.text,
        sources=a.sources(c.sources),
    )


def _source(a: Assembly, s: cat.Source) -> out.Source:
    return out.Source(title=s.title, url=s.url, seed=s.seed, citation=s.citation, kind=s.kind)
