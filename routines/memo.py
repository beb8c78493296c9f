"""The engine's one memo: work many routines share, done once per catalogue snapshot.

Per-person rules many people share (routines/rules.py), the base product for a skin type and the output
records made from catalogue rows (routines/build/assemble.py) all go through `memo_for(catalogue).get()`.
The memo is bounded (it starts again when full: everything in it can be made again, equal) and belongs to
this module, not to the snapshot: the frozen catalogue stays plain data, and a memo goes away with its
snapshot.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Hashable
from typing import Any

MEMO_SIZE = 32768
_MISSING = object()


class Memo:
    """A bounded map from a key to what `make` returned for it the first time."""

    def __init__(self, size: int = MEMO_SIZE):
        self.size = size
        self._found: dict[Hashable, Any] = {}

    def get(self, key: Hashable, make: Callable[..., Any], *args: Any) -> Any:
        found = self._found.get(key, _MISSING)
        if found is _MISSING:
            if len(self._found) >= self.size:
                self._found.clear()
            found = self._found[key] = make(*args)
        return found

    def __len__(self) -> int:
        return len(self._found)


# Snapshot id → (a weak reference to it, its memo). The entry goes when the snapshot does (the weak
# reference's callback), before its id can be reused.
_memos: dict[int, tuple[weakref.ref, Memo]] = {}
_lock = threading.Lock()


def memo_for(catalogue: object) -> Memo:
    """The memo of this catalogue snapshot (one per snapshot object)."""
    entry = _memos.get(id(catalogue))
    if entry is not None and entry[0]() is catalogue:
        return entry[1]
    with _lock:
        entry = _memos.get(id(catalogue))
        if entry is None or entry[0]() is not catalogue:
            key = id(catalogue)
            entry = _memos[key] = (weakref.ref(catalogue, lambda _ref: _memos.pop(key, None)), Memo())
    return entry[1]
