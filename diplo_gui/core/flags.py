"""One flag per meeting, in Dataset order: what a search or a filter answers, and the positions it keeps.

An answer is ``bytes`` (one byte a meeting, 0 or 1) or any sequence of booleans. Bytes are what
a large archive's search hands over: a million flags are one megabyte, combined with one C-level
AND, and the list reads the positions they keep (``Kept``) without listing them all.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate, compress
from typing import overload

Flags = Sequence[int]  # bytes of 0 and 1, or a list of bools


def as_bytes(flags: Flags) -> bytes:
    return flags if isinstance(flags, bytes) else bytes(map(bool, flags))


def both(first: Flags, second: Flags) -> bytes:
    """The meetings both answers keep."""
    size = len(first)
    return (int.from_bytes(as_bytes(first), "little") & int.from_bytes(as_bytes(second), "little")).to_bytes(
        size, "little")


class Kept(Sequence[int]):
    """The positions whose flag is set, ascending, read by index without being listed: the count of
    each block of flags is kept, so the n-th position, or the rank of one, is a look in one block.
    A keystroke's answer of half a million meetings is then ready in a millisecond, where listing
    its positions took tens."""

    _BLOCK = 4096
    _LISTED = 64  # blocks kept listed
    _SPARSE = 64  # a block with no more positions than this is searched, not walked

    def __init__(self, flags: Flags) -> None:
        self._flags = as_bytes(flags)
        size = len(self._flags)
        self._before = array("q", accumulate((self._flags.count(1, start, start + self._BLOCK)
                                              for start in range(0, size, self._BLOCK)), initial=0))
        self._listed: dict[int, list[int]] = {}  # blocks read lately, their positions listed: a paint asks
        # for the same few rows many times (each cell, each role), and a sparse answer's rows are in as many blocks

    def __len__(self) -> int:
        return self._before[-1]

    def _block_of(self, n: int) -> int:
        return bisect_right(self._before, n) - 1

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            first, stop, step = index.indices(len(self))
            if step != 1:
                return [self[n] for n in range(first, stop, step)]
            found: list[int] = []
            while first + len(found) < stop:  # block by block, the empty ones skipped
                n = first + len(found)
                block = self._block_of(n)
                offset = n - self._before[block]
                found += self._positions(block)[offset:offset + stop - n]
            return found
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        block = self._block_of(index)
        return self._positions(block)[index - self._before[block]]

    def _positions(self, block: int) -> list[int]:
        positions = self._listed.get(block)
        if positions is None:
            positions = self._listed[block] = self._list(block)
            if len(self._listed) > self._LISTED:
                del self._listed[next(iter(self._listed))]  # the oldest
        return positions

    def _list(self, block: int) -> list[int]:
        start, stop = block * self._BLOCK, (block + 1) * self._BLOCK
        if self._before[block + 1] - self._before[block] > self._SPARSE:
            return list(compress(range(start, stop), self._flags[start:stop]))
        positions, find = [], self._flags.find  # a few: found with memchr, not a pass over the block
        at = find(1, start, stop)
        while at >= 0:
            positions.append(at)
            at = find(1, at + 1, stop)
        return positions

    def __iter__(self) -> Iterator[int]:
        return compress(range(len(self._flags)), self._flags)

    def __contains__(self, position: object) -> bool:
        return isinstance(position, int) and 0 <= position < len(self._flags) and self._flags[position] == 1

    def index(self, position: int, start: int = 0, stop: int | None = None) -> int:
        """The rank of a kept position (ValueError when it is not kept)."""
        if position not in self:
            raise ValueError(position)
        block = position // self._BLOCK
        rank = self._before[block] + self._flags.count(1, block * self._BLOCK, position)
        if rank < start or (stop is not None and rank >= stop):
            raise ValueError(position)
        return rank
