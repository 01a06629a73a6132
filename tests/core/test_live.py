"""LiveLoader: a file that cannot be read keeps its last readable records; bad records do not."""

from __future__ import annotations

from pathlib import Path

from diplo_gui.core import loading
from diplo_gui.core.live import KEPT_CODE, LiveLoader

GOOD = """\
people:
  - {id: ana, name: Ana Example, country: PT}
meetings:
  - {id: talks, title: Talks, date: 2024-03-01, participants: [ana]}
"""


def ids(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.id for m in result.dataset.meetings]


def codes(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.code for p in result.problems]


def test_a_first_load_is_the_same_as_loading(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    live = LiveLoader().load([tmp_path])
    plain = loading.load([tmp_path])
    assert ids(live) == ids(plain) == ["talks"]
    assert live.problems == plain.problems


def test_broken_yaml_keeps_the_last_readable_records_and_reports_both(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(GOOD, encoding="utf-8")
    loader = LiveLoader()
    loader.load([tmp_path])
    path.write_text(GOOD + "  - {id: half, title: [\n", encoding="utf-8")
    result = loader.load([tmp_path])
    assert ids(result) == ["talks"]
    assert sorted(codes(result)) == [KEPT_CODE, "yaml-syntax"]
    # Still broken on the next reload: still kept.
    assert ids(loader.load([tmp_path])) == ["talks"]


def test_bytes_that_are_not_utf8_keep_the_last_records(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(GOOD, encoding="utf-8")
    loader = LiveLoader()
    loader.load([path])
    path.write_bytes(GOOD.encode() + b"# caf\xc3")
    result = loader.load([path])
    assert ids(result) == ["talks"]
    assert "encoding" in codes(result)


def test_a_file_broken_from_the_start_has_nothing_to_keep(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("meetings: [\n", encoding="utf-8")
    result = LiveLoader().load([path])
    assert ids(result) == []
    assert codes(result) == ["yaml-syntax"]


def test_bad_records_are_shown_as_they_are_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(GOOD, encoding="utf-8")
    loader = LiveLoader()
    loader.load([path])
    path.write_text(GOOD.replace("2024-03-01", "2024-02-30"), encoding="utf-8")
    result = loader.load([path])
    assert ids(result) == []  # the file reads: its one meeting is bad, and that is what it says now
    assert codes(result) == ["bad-date"]


def test_a_deleted_file_is_forgotten(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(GOOD, encoding="utf-8")
    loader = LiveLoader()
    loader.load([tmp_path])
    path.unlink()
    assert ids(loader.load([tmp_path])) == []
    # Coming back broken, it has no last good version any more.
    path.write_text("meetings: [\n", encoding="utf-8")
    assert ids(loader.load([tmp_path])) == []


def test_a_large_file_kept_packed_comes_back_whole_with_the_cache_and_without(tmp_path: Path) -> None:
    from diplo_gui.core import live

    lines = ["people:", "  - {id: ana, name: Ana Example, country: PT}", "meetings:"]
    lines += [f"  - {{id: m{n}, title: Talks {n}, date: 2024-03-01, participants: [ana],"
              f" summary: 'Said “{n}”'}}" for n in range(live.PACK_FROM_RECORDS)]
    path = tmp_path / "data" / "a.yaml"
    path.parent.mkdir()
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for options in (None, loading.LoadOptions(cache_dir=tmp_path / "cache", fingerprints=[])):
        loader = LiveLoader()
        first = loader.load([path], options)
        entry = loader._last_good[str(path)]
        assert entry.packed is not None  # not held as records
        loader.load([path], options)
        if options is not None:  # the same bytes, known by their fingerprint: not packed again
            assert loader._last_good[str(path)] is entry
        original = path.read_bytes()
        path.write_bytes(original + b"  - {id: half, title: [\n")
        broken = loader.load([path], loading.LoadOptions(cache_dir=tmp_path / "cache", fingerprints=[])
                             if options is not None else None)
        assert broken.dataset.meetings == first.dataset.meetings  # every meeting, every field
        assert KEPT_CODE in codes(broken)
        assert f"({live.PACK_FROM_RECORDS} meetings)" in next(p.message for p in broken.problems if p.code == KEPT_CODE)
        path.write_bytes(original)


def test_an_archive_split_into_small_files_is_kept_packed_too(tmp_path: Path) -> None:
    from diplo_gui.core import live

    half = live.PACK_FROM_RECORDS // 2 + 1  # two files, each under the size, together over it
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "people.yaml").write_text("people:\n  - {id: ana, name: Ana Example, country: PT}\n", encoding="utf-8")
    for part in ("a", "b"):
        (folder / f"{part}.yaml").write_text("meetings:\n" + "".join(
            f"  - {{id: {part}{n}, title: Talks {n}, date: 2024-03-01, participants: [ana]}}\n"
            for n in range(half)), encoding="utf-8")
    loader = LiveLoader()
    first = loader.load([folder])
    assert all(entry.packed is not None for entry in loader._last_good.values())
    (folder / "b.yaml").write_bytes(b"meetings: [\n")  # broken mid-save
    assert loader.load([folder]).dataset.meetings == first.dataset.meetings
