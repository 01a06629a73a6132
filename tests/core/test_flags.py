"""The positions an answer keeps, read by index without being listed (core/flags.py)."""

from __future__ import annotations

import random

import pytest

from diplo_gui.core.flags import Kept, as_bytes, both


@pytest.mark.parametrize("size,share", [(0, 0.5), (1, 1.0), (4095, 0.5), (4096, 1.0), (10_000, 0.0),
                                        (20_000, 0.003), (20_000, 0.6)])
def test_kept_positions_are_those_a_list_of_them_gives(size, share):
    rng = random.Random(size)
    flags = [rng.random() < share for _ in range(size)]
    listed = [n for n, kept in enumerate(flags) if kept]
    kept = Kept(as_bytes(flags))
    assert len(kept) == len(listed) and list(kept) == listed
    for n in [0, 1, len(listed) // 2, len(listed) - 1, -1, *rng.sample(range(len(listed)), min(50, len(listed)))]:
        if -len(listed) <= n < len(listed):
            assert kept[n] == listed[n]
    assert kept[5:70] == listed[5:70] and kept[-3:] == listed[-3:] and kept[::7] == listed[::7]
    for position in rng.sample(range(size), min(200, size)):
        if flags[position]:
            assert kept.index(position) == listed.index(position) and position in kept
        else:
            assert position not in kept
            with pytest.raises(ValueError):
                kept.index(position)
    with pytest.raises(IndexError):
        kept[len(listed)]


def test_two_answers_combine_as_their_flags_do():
    first, second = [True, False, True, True], b"\x01\x01\x00\x01"
    assert both(first, second) == b"\x01\x00\x00\x01"
    assert as_bytes([0, 2, False, True]) == b"\x00\x01\x00\x01"
