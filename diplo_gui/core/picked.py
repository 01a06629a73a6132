"""Some items of a sequence, in an order of their own, read from it only when asked for."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar, overload

T = TypeVar("T")


class Picked(Sequence[T], Generic[T]):
    """``items[positions[k]]`` for each k: a view, so a sequence whose items are made or read when
    asked for (meetings read from the archive store, timeline bars) is never walked whole."""

    def __init__(self, items: Sequence[T], positions: Sequence[int]) -> None:
        self.items = items
        self.positions = positions

    def __len__(self) -> int:
        return len(self.positions)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self.items[p] for p in self.positions[index]]
        return self.items[self.positions[index]]

    def prefetch(self, indices: Iterable[int]) -> None:
        """Ready these items at once, when the sequence picked from can (``prefetch`` of its positions:
        meetings read from the store a query at a time, timeline bars made a block at a time)."""
        ahead = getattr(self.items, "prefetch", None)
        if ahead is not None:
            ahead([self.positions[k] for k in indices])
