"""Parsing in worker processes gives exactly what the reference parser gives, problems included."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplo_gui.core import loading, parallel
from diplo_gui.core.loading import LoadOptions

from archive_corpus import write_corpus  # tests/core is on sys.path (no packages in tests/)


@pytest.fixture
def corpus(tmp_path: Path) -> list[Path]:
    return write_corpus(tmp_path)


@pytest.fixture
def always_parallel(monkeypatch):  # type: ignore[no-untyped-def]
    """Use processes even for a corpus this small (normally below the size where they pay)."""
    monkeypatch.setattr(loading, "_PARALLEL_MIN_BYTES", 0)
    used: list[int] = []
    real = parallel.parse_in_processes

    def spy(jobs, workers, cancelled=lambda: False):  # type: ignore[no-untyped-def]
        used.append(workers)
        yield from real(jobs, workers, cancelled)

    monkeypatch.setattr(parallel, "parse_in_processes", spy)
    return used


def test_worker_processes_give_the_reference_records_and_problems(corpus, always_parallel):
    reference = [loading.parse_file(path) for path in corpus]
    fast = loading.parse_files(corpus, LoadOptions(workers=2))
    assert always_parallel == [2]  # the pool really ran
    assert [f.path for f in fast] == [str(p) for p in corpus]  # the order of the files, not of completion
    for mine, theirs in zip(fast, reference):
        assert mine == theirs  # people, issues, meetings with every position, and problems
    assert sum(len(f.meetings) for f in fast) == 600 + 3  # and m-warnings, m-no-one, its duplicate
    codes = {p.code for f in fast for p in f.problems}
    assert {"bad-date", "bad-id", "bad-country", "unknown-key", "duplicate-key", "bad-status",
            "unsafe-url", "control-character", "yaml-syntax", "encoding"} <= codes


def test_a_whole_load_is_the_same_either_way(corpus, always_parallel):
    fast = loading.load(corpus, LoadOptions(workers=2))
    reference = loading.load(corpus, LoadOptions(workers=1))
    assert always_parallel == [2]
    assert fast.dataset.meetings == reference.dataset.meetings
    assert fast.problems == reference.problems
    assert {"unknown-person", "unknown-speaker", "unknown-issue", "no-participants", "duplicate-id"} <= {
        p.code for p in fast.problems}
    # The generator's deliberate problem (one meeting in 2,000 names an unknown person) is there too.
    assert any(p.code == "unknown-person" and "p99999" in p.message for p in fast.problems)


def test_cancel_stops_a_parallel_load(corpus, always_parallel):
    with pytest.raises(parallel.Cancelled):
        loading.parse_files(corpus, LoadOptions(workers=2, cancelled=lambda: True))


def test_progress_counts_every_byte(corpus):
    reports: list[tuple[int, int]] = []
    loading.parse_files(corpus, LoadOptions(workers=1, progress=lambda done, total: reports.append((done, total))))
    total = sum(p.stat().st_size for p in corpus)
    assert reports[-1] == (total, total)
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)
