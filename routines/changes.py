"""What changed between two routines made from the same answers: the steps, actives and warnings a
person would notice. Pure; used by the rebuild (to tell the person) and by an old routine's page (to
offer a rebuild only when the catalogue's changes would alter that routine, not for a wording fix)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from .routine import Routine


def _steps(routine: Routine) -> dict[tuple[str, str], str]:
    return {(slot, s.product_type): s.product_type_name for slot in ("am", "pm") for s in routine.slot(slot)}


def _actives(routine: Routine) -> dict[str, tuple[str, int]]:
    return {i.slug: (i.name, s.times_per_week) for s in routine.steps if s.scheduled for i in s.ingredients}


def what_changed(old: Routine, new: Routine) -> list[str]:
    """One line per difference, in words; empty when the routines would look the same to a person."""
    lines = []
    slot_name = {"am": _("morning"), "pm": _("evening")}
    before, after = _steps(old), _steps(new)
    for key in after.keys() - before.keys():
        lines.append(_("New %(slot)s step: %(name)s") % {"slot": slot_name[key[0]], "name": after[key]})
    for key in before.keys() - after.keys():
        lines.append(_("No longer in the %(slot)s: %(name)s") % {"slot": slot_name[key[0]], "name": before[key]})
    was, now = _actives(old), _actives(new)
    for slug in now.keys() & was.keys():
        if now[slug][1] != was[slug][1]:
            lines.append(
                _("%(name)s: %(before)s evenings a week, now %(after)s")
                % {"name": now[slug][0], "before": was[slug][1], "after": now[slug][1]}
            )
    old_warnings = {w.code: w.title for w in old.warnings}
    new_warnings = {w.code: w.title for w in new.warnings}
    for code in new_warnings.keys() - old_warnings.keys():
        lines.append(_("New warning: %(title)s") % {"title": new_warnings[code]})
    for code in old_warnings.keys() - new_warnings.keys():
        lines.append(_("Warning no longer needed: %(title)s") % {"title": old_warnings[code]})
    old_out = {e.ingredient: e.name for e in old.excluded}
    new_out = {e.ingredient: e.name for e in new.excluded}
    for slug in new_out.keys() - old_out.keys():
        lines.append(_("Now left out for you: %(name)s") % {"name": new_out[slug]})
    for slug in old_out.keys() - new_out.keys():
        lines.append(_("No longer left out: %(name)s") % {"name": old_out[slug]})
    return sorted(lines)
