"""What the catalogue's admin asks of the routine engine: a preview of an edit on sample routines, and
why an ingredient reaches no routine.

Both need the engine, which sits in the layer above the catalogue (docs/architecture.md), so the
catalogue does not import it: the engine registers its answers here when the apps are ready
(`routines/apps.py`), and admin asks through `preview_change()` and `reach_problems()`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.db import models


@dataclass(frozen=True)
class Preview:
    results: Sequence[Any]  # one result a sample profile, each with `changed`
    problems: Sequence[Any]  # why an edited ingredient would reach no routine, each with `text` and `fix`


@dataclass(frozen=True)
class _Tools:
    preview: Callable[[models.Model], Preview]
    reach: Callable[[models.Model], Sequence[Any]]


_registered: list[_Tools] = []


def register(*, preview: Callable[[models.Model], Preview], reach: Callable[[models.Model], Sequence[Any]]) -> None:
    """Called once by the engine's `AppConfig.ready`."""
    _registered[:] = [_Tools(preview=preview, reach=reach)]


def _tools() -> _Tools:
    if not _registered:
        raise ImproperlyConfigured("The routine engine registers the curator tools (routines in INSTALLED_APPS).")
    return _registered[0]


def preview_change(edited: models.Model) -> Preview:
    """How the sample profiles' routines would change with `edited` (an unsaved row) saved."""
    return _tools().preview(edited)


def reach_problems(ingredient: models.Model) -> Sequence[Any]:
    """Why the saved `ingredient` reaches no routine (empty: nothing missing)."""
    return _tools().reach(ingredient)
