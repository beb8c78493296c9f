"""Which catalogue snapshot a routine is built from and which it is shown in.

Routines are built and stored in English, the site's own language, whatever language the page that
posted the answers is in: the stored routine stays the one truth. Shown on a Dutch page (or as Dutch JSON
or calendar), its texts are taken from the Dutch snapshot (routines/localise.py).
"""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import get_language

from .catalogue import Catalogue, current_catalogue, last_catalogue
from .localise import localise
from .routine import Routine


def stored_catalogue() -> Catalogue:
    """The snapshot routines are built from: the catalogue in the site's own language (English)."""
    return current_catalogue(settings.LANGUAGE_CODE)


def last_stored_catalogue() -> Catalogue:
    """`stored_catalogue()` as this process last built it, without asking the database for the version (a
    save that checks the version itself, `SavedRoutine.save_built`); the current one before the first."""
    return last_catalogue(settings.LANGUAGE_CODE) or stored_catalogue()


def in_language(plan: Routine) -> Routine:
    """A stored routine with its texts in the active language."""
    if (get_language() or settings.LANGUAGE_CODE) == settings.LANGUAGE_CODE:
        return plan
    return localise(plan, target=current_catalogue(), english=stored_catalogue())
