"""The record cache: used when it matches the file exactly, ignored (and rebuilt) otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from diplo_gui.core import cache, loading
from diplo_gui.core.loading import LoadOptions

from archive_corpus import PROBLEMS  # tests/core is on sys.path (no packages in tests/)

PEOPLE = """\
people:
  - {id: anne, name: Anne Example, country: "NO"}
  - {id: bo, name: Bo Example, country: SE}
"""
MEETING = """\
meetings:
  - id: talks
    title: {title}
    date: 2023-06-18
    participants: [anne, bo, ghost]
"""


@pytest.fixture
def parses(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The files the reference parser really read (a cache hit does not show up here)."""
    seen: list[str] = []
    real = loading.parse_bytes

    def spy(path: str, data: bytes):  # type: ignore[no-untyped-def]
        seen.append(Path(path).name)
        return real(path, data)

    monkeypatch.setattr(loading, "parse_bytes", spy)
    return seen


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "data"
    data.mkdir()
    (data / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    (data / "talks.yaml").write_text(MEETING.format(title="Fishing talks"), encoding="utf-8")
    (data / "problems.yaml").write_text(PROBLEMS, encoding="utf-8")
    return data, tmp_path / "cache"


def entries(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.rglob("*.msgpack"))


def load(data: Path, cache_dir: Path) -> loading.LoadResult:
    return loading.load([data], LoadOptions(cache_dir=cache_dir, workers=1))


def test_a_warm_open_reads_no_yaml_and_shows_the_same_meetings_and_problems(archive, parses):
    data, cache_dir = archive
    cold = load(data, cache_dir)
    assert sorted(parses) == ["people.yaml", "problems.yaml", "talks.yaml"]
    assert len(entries(cache_dir)) == 3
    parses.clear()
    warm = load(data, cache_dir)
    assert parses == []
    assert warm.dataset.meetings == cold.dataset.meetings
    assert [str(p) for p in warm.problems] == [str(p) for p in cold.problems]
    assert any(p.code == "bad-date" for p in warm.problems)  # a file's own problems come from the cache
    assert any(p.code == "unknown-person" and "ghost" in p.message for p in warm.problems)


def test_an_edited_file_is_read_again_and_only_that_one(archive, parses):
    data, cache_dir = archive
    load(data, cache_dir)
    parses.clear()
    talks = data / "talks.yaml"
    stat = talks.stat()
    # Same size and the same modification time: only the content hash can tell.
    talks.write_text(MEETING.format(title="Whaling talks"), encoding="utf-8")
    os.utime(talks, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert talks.stat().st_size == stat.st_size
    result = load(data, cache_dir)
    assert parses == ["talks.yaml"]
    assert [m.title for m in result.dataset.meetings if m.id == "talks"] == ["Whaling talks"]


def test_a_touched_file_is_read_again(archive, parses):
    data, cache_dir = archive
    load(data, cache_dir)
    parses.clear()
    os.utime(data / "people.yaml", ns=(0, 10**9))
    load(data, cache_dir)
    assert parses == ["people.yaml"]


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty", "other-file", "pickle"])
def test_a_damaged_entry_is_ignored_and_rebuilt(archive, parses, damage):
    data, cache_dir = archive
    cold = load(data, cache_dir)
    by_size = {p: p.stat().st_size for p in entries(cache_dir)}
    target = max(by_size, key=by_size.get)  # the problems file's entry, the largest
    blob = target.read_bytes()
    if damage == "truncate":
        target.write_bytes(blob[: len(blob) // 2])
    elif damage == "flip":  # one bit in the payload: the header's digest catches it
        target.write_bytes(blob[:-40] + bytes([blob[-40] ^ 1]) + blob[-39:])
    elif damage == "garbage":
        target.write_bytes(os.urandom(len(blob)))
    elif damage == "empty":
        target.write_bytes(b"")
    elif damage == "other-file":  # another file's valid entry copied over this one
        other = min(by_size, key=by_size.get)
        target.write_bytes(other.read_bytes())
    else:  # a pickle that would run code if anything unpickled it
        target.write_bytes(b"cos\nsystem\n(S'touch /tmp/diplo-pwned'\ntR.")
    parses.clear()
    warm = load(data, cache_dir)
    assert parses == ["problems.yaml"]
    assert warm.dataset.meetings == cold.dataset.meetings
    assert warm.problems == cold.problems
    parses.clear()
    load(data, cache_dir)  # and the rebuilt entry is good again
    assert parses == []


def test_entries_made_by_other_code_are_stale(archive, parses, monkeypatch):
    data, cache_dir = archive
    load(data, cache_dir)
    parses.clear()
    monkeypatch.setattr(cache, "code_version", lambda: "an older validator")
    load(data, cache_dir)
    assert len(parses) == 3


def test_an_unwritable_cache_folder_is_no_error(archive, parses):
    data, _ = archive
    blocker = data.parent / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    result = load(data, blocker)
    assert "talks" in {m.id for m in result.dataset.meetings}
    assert len(parses) == 3



def test_the_search_index_cache_gives_back_exactly_what_was_stored_for_that_key(tmp_path):
    store = cache.IndexCache(tmp_path)
    columns = [("text one", "text two"), *[(f"\x1fa{i}\x1f", f"\x1fb{i}\x1f") for i in range(8)]]
    store.put("sources", "key-1", columns)
    assert store.get("sources", "key-1", 2) == [list(c) for c in columns]
    assert store.get("sources", "key-2", 2) is None  # another load of the same sources
    assert store.get("sources", "key-1", 3) is None  # another number of meetings
    assert store.get("other sources", "key-1", 2) is None
    entry = next(tmp_path.rglob("*.msgpack"))
    blob = entry.read_bytes()
    entry.write_bytes(blob[:-10])  # truncated
    assert store.get("sources", "key-1", 2) is None
    entry.write_bytes(blob[:-3] + bytes([blob[-3] ^ 1]) + blob[-2:])  # one bit of the digest flipped
    assert store.get("sources", "key-1", 2) is None
    entry.write_bytes(blob[:-40] + bytes([blob[-40] ^ 1]) + blob[-39:])  # one bit of a value flipped
    assert store.get("sources", "key-1", 2) is None
    entry.write_bytes(blob)
    assert store.get("sources", "key-1", 2) is not None


def test_a_load_key_changes_with_any_file_and_with_the_locale(archive):
    data, cache_dir = archive
    first: list[cache.Fingerprint] = []
    loading.load([data], LoadOptions(cache_dir=cache_dir, workers=1, fingerprints=first))
    assert [Path(f.path).name for f in first] == ["people.yaml", "problems.yaml", "talks.yaml"]
    key = cache.dataset_key(first, "en_US")
    assert cache.dataset_key(first, "fr_FR") != key
    (data / "talks.yaml").write_text(MEETING.format(title="Whaling talks"), encoding="utf-8")
    second: list[cache.Fingerprint] = []
    loading.load([data], LoadOptions(cache_dir=cache_dir, workers=1, fingerprints=second))
    assert cache.dataset_key(second, "en_US") != key


def test_only_the_last_few_search_indexes_are_kept(tmp_path):
    store = cache.IndexCache(tmp_path)
    columns = [("text",), *[("\x1fa\x1f",) for _ in range(8)]]
    for n in range(5):
        store.put(f"sources {n}", "key", columns)
        entry = store._entry(f"sources {n}")
        os.utime(entry, ns=(10**9 * (n + 1), 10**9 * (n + 1)))  # in the order they were written
    assert [store.get(f"sources {n}", "key", 1) is not None for n in range(5)] == [False, False, True, True, True]


def test_entries_unused_for_a_month_are_deleted_and_used_ones_kept(archive, monkeypatch):
    data, cache_dir = archive
    load(data, cache_dir)  # three entries
    store = cache.RecordCache(cache_dir)
    gone = data / "gone.yaml"  # a file opened once, then deleted
    gone.write_text(MEETING.format(title="Old talks").replace("talks", "old-talks"), encoding="utf-8")
    load(data, cache_dir)
    gone.unlink()
    long_ago = os.stat(next(iter(entries(cache_dir)))).st_mtime - 40 * 86400
    for entry in entries(cache_dir):
        os.utime(entry, (long_ago, long_ago))
    leftover = store.folder / ".tmp-interrupted.msgpack"
    leftover.write_bytes(b"half")
    os.utime(leftover, (long_ago, long_ago))
    monkeypatch.setattr(cache, "_pruned", set())  # a new process
    load(data, cache_dir)  # reads the three live files from the cache: that marks them used
    assert [p.name for p in entries(cache_dir)] == sorted(store._entry(str(data / n)).name
                                                           for n in ("people.yaml", "problems.yaml", "talks.yaml"))
    assert not leftover.exists()


def test_pruning_runs_once_per_process_and_never_fails(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "_pruned", set())
    store = cache.RecordCache(tmp_path / "missing")
    assert store.prune() == 0  # no folder: nothing to do, no error
    assert store.prune() == 0
