"""core/sharing.py: the sliced loops give exactly what the one-call forms give."""

from __future__ import annotations

import random

import pytest

from diplo_gui.core import sharing


@pytest.mark.parametrize("count", [0, 1, 5, 8192, 8193, 30_000])
def test_sorted_positions_is_sorted_with_ties_kept_in_order(count):
    rng = random.Random(count)
    keys = [(rng.randint(0, 50), rng.choice("abc")) for _ in range(count)]  # many equal keys
    assert sharing.sorted_positions(count, keys.__getitem__) == sorted(range(count), key=keys.__getitem__)


def test_slices_meet_where_they_join(monkeypatch):
    monkeypatch.setattr(sharing, "SLICE", 3)
    keys = [5, 1, 5, 0, 1, 5, 2, 0, 5, 1]
    assert sharing.sorted_positions(len(keys), keys.__getitem__) == sorted(range(len(keys)), key=keys.__getitem__)
    ids = ["a", "b", "c", "b", "d", "e", "a"]  # repeated: the last position wins, as in dict(zip(...))
    assert sharing.positions_by_key(ids) == dict(zip(ids, range(len(ids)))) == {"a": 6, "b": 3, "c": 2, "d": 4,
                                                                                "e": 5}
