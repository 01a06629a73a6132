"""Long loops on a worker thread that let the window's thread have the interpreter meanwhile.

A loop run by C (``sorted`` with a C key, ``dict(zip(...))``, ``list(map(...))``) holds the
interpreter lock until it ends: over 100,000 meetings a sort by start day held it for a
sixth of a second, over 1,000,000 for two, and the window on the other thread could not
paint or answer a key. These do the same work a slice at a time; between slices the lock
can change hands (``sys.setswitchinterval``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from heapq import merge
from typing import Any, TypeVar

K = TypeVar("K", bound=Hashable)
SLICE = 8192  # items per slice: a few milliseconds of C each


def sorted_positions(count: int, key: Callable[[int], Any]) -> list[int]:
    """``sorted(range(count), key=key)``, stable as it is: slices sorted in C, merged in Python."""
    if count <= SLICE:
        return sorted(range(count), key=key)
    runs = [sorted(range(start, min(start + SLICE, count)), key=key) for start in range(0, count, SLICE)]
    # heapq.merge keeps equal keys in the order of the runs, and the runs are in position order: stable.
    return list(merge(*runs, key=key))


def positions_by_key(keys: Sequence[K]) -> dict[K, int]:
    """``{key: position}`` for every key (the last position of a repeated key, as ``dict(zip(...))``)."""
    found: dict[K, int] = {}
    for start in range(0, len(keys), SLICE):
        found.update(zip(keys[start:start + SLICE], range(start, start + SLICE)))
    return found
