"""Fit: cut the chosen steps to the time budget (steps per slot), then the shopping list to its limit.

Daily steps go by template priority; sunscreen, a make-up wearer's remover and a step the rules keep
(benzoyl peroxide beside an oral antibiotic, `Rules.kept`) are never cut; an evening
active needs one place an evening and is kept unless every active matters less than the least important
daily step that could make room for it.
"""

from __future__ import annotations

from ingredients.vocab import Slot, StepKind

from .draft import EVIDENCE_RANK, KEEP_IF_POSSIBLE, Build, Draft


def fit(build: Build) -> int | None:
    """Cut to the time budget, then to the product limit; returns how many actives fit on one evening
    (None: no cap)."""
    per_evening = _fit_budget(build)
    _fit_products(build)
    return per_evening


def _cuttable(build: Build, d: Draft) -> bool:
    return not build.rules.protected(d.kind, d.slot) and not build.rules.keeps(d.ingredients)


def _lowest(build: Build, drafts: list[Draft], *, keep_base: bool = True) -> Draft | None:
    pool = [d for d in drafts if _cuttable(build, d) and not d.scheduled]
    preferred = [d for d in pool if d.kind not in KEEP_IF_POSSIBLE] if keep_base else pool
    pool = preferred or pool
    return min(pool, key=Draft.cut_key) if pool else None


def _fit_budget(build: Build) -> int | None:
    """Cut steps to the slot cap; returns how many actives fit on one evening (None: no cap)."""
    cap = build.rules.steps_per_slot
    if cap is None:
        return None
    am = build.in_slot(Slot.AM)
    while len(am) > cap:
        victim = _lowest(build, am)
        if victim is None:
            break
        am.remove(victim)
        build.remove(victim)
    daily = _fit_evening(build, cap)
    return max(cap - len(daily), 0)


def _fit_evening(build: Build, cap: int) -> list[Draft]:
    """Cut the evening to `cap` daily steps plus one place for the actives; returns its daily steps."""
    daily = [d for d in build.in_slot(Slot.PM) if not d.scheduled]
    scheduled = [d for d in build.in_slot(Slot.PM) if d.scheduled]
    remover = any(d.kind == StepKind.OIL_CLEANSE for d in daily) and build.rules.wears_makeup
    while len(daily) + (1 if scheduled else 0) > cap:
        victim = _evening_victim(build, daily, scheduled, remover=remover)
        if victim is None and scheduled:
            for d in scheduled:
                build.remove(d)
            scheduled = []
            continue
        if victim is None:
            break
        daily.remove(victim)
        build.remove(victim)
    return daily


def _evening_victim(build: Build, daily: list[Draft], scheduled: list[Draft], *, remover: bool) -> Draft | None:
    """The daily evening step to cut next; None: the actives go (if any), or nothing can be cut."""
    cuttable = [d for d in daily if _cuttable(build, d) and d.kind not in KEEP_IF_POSSIBLE]
    if remover and any(d.kind == StepKind.CLEANSE for d in daily):
        # A daily active (azelaic acid) stays; the remover becomes the one cleanse first.
        cuttable = [d for d in cuttable if not d.daily_active]
    serums = [d for d in cuttable if d.supporting]
    if scheduled and serums:
        # An evening active does the job; a supporting serum gives way to it first.
        cuttable = serums
    low_daily = min(cuttable, key=Draft.cut_key) if cuttable else None
    top_active = max((d.template.priority for d in scheduled), default=None)
    if scheduled and serums:
        top_active = None
    if low_daily is not None and (top_active is None or low_daily.template.priority <= top_active):
        return low_daily
    water_cleanse = next((d for d in daily if d.kind == StepKind.CLEANSE), None) if remover else None
    if water_cleanse is not None:
        # The make-up remover (an oil or balm that rinses off) becomes the evening's one cleanse
        # before an active or the moisturiser gives way.
        return water_cleanse
    if scheduled:
        return None
    return _lowest(build, daily)


def _fit_products(build: Build) -> None:
    """The fewest products: cut the least important daily extras until the list fits its limit."""
    while len({d.product_type.slug for d in build.drafts}) > build.rules.product_limit:
        extras = [
            d
            for d in build.drafts
            if _cuttable(build, d) and d.kind not in KEEP_IF_POSSIBLE and d.kind != StepKind.OIL_CLEANSE
        ]
        if not extras:
            break
        # Supporting serums go before actives; among each, the weaker evidence, then the lowest
        # curated priority, first.
        victim = min(
            extras,
            key=lambda d: (d.scheduled or d.daily_active, -EVIDENCE_RANK.get(d.lead.evidence, 9), *d.cut_key()),
        )
        for d in [d for d in build.drafts if d.product_type.slug == victim.product_type.slug]:
            build.remove(d)
