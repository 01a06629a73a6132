"""The SQLite archive answers exactly what the in-memory search and facets answer, updates only
what a changed file touches, and never trusts (or crashes on) a store file it did not write."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from diplo_gui.core import bundled, loading
from diplo_gui.core.cache import Fingerprint
from diplo_gui.core.facets import FACETS, FacetIndex, FacetSelection
from diplo_gui.core.relations import RelationIndex
from diplo_gui.core.search import SearchIndex, parse_query
from diplo_gui.core.store import SCHEMA_VERSION, Archive, open_store
from diplo_gui.core.store.schema import STORE_NAME

_GENERATOR = Path(__file__).resolve().parents[2] / "benchmarks" / "generate_archive.py"
ENGINE_DATA = Path(__file__).resolve().parents[1] / "data" / "engine"

QUERIES = [
    "", "c", "t", "nuclear", "security", "person:p00042", "trade -climate", "blinken united nations", "HAN ZHENG",
    "韩正", "face-to-face", "lines of communication", "sidelines", "vice president", "united states of america",
    "issue:taiwan", "status:postponed", '"healthy China-U.S. relations"', "biden -bali", "country:MT", "xi's", '"lines of" -taiwan',
    "zzzz-nothing", 'place:"new york"', "place:filoli", "place:beijing", "place:malta", "year:2001 energy",
    "year:2023", "year:02023", "country:norway", "country:us", "united", "kestria talks", "person:wang",
    "issue:issue-003", "issue:trade", "-c", "se", "é", "ka", "person:ka", "fr", "france", "norway", "m00001",
    "-status:held", "place:kestria", "synthetic -synthetic",
]


def _generate(folder: Path, meetings: int) -> None:
    spec = importlib.util.spec_from_file_location("generate_archive", _GENERATOR)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    module.generate(meetings, folder, per_file=400, people=150)


def _fingerprints(files) -> list[Fingerprint]:
    return [Fingerprint.of(p, Path(p).read_bytes(), os.stat(p).st_mtime_ns) for p in files]


def _load(paths):
    result = loading.load(paths)
    return result, _fingerprints(result.files)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("archive")
    _generate(folder, 1200)
    result, fingerprints = _load([bundled.data_dir(), folder])
    archive = Archive(open_store(None))
    archive.update(result.dataset, fingerprints)
    return result.dataset, archive


def _ids(archive: Archive, answer) -> list[str]:
    return archive.ids(answer.rows)


@pytest.mark.parametrize("text", QUERIES)
def test_a_search_finds_exactly_what_the_in_memory_index_finds(corpus, text):
    dataset, archive = corpus
    flags = SearchIndex(dataset.meetings).matches(parse_query(text))
    expected = [m.id for m, ok in zip(dataset.meetings, flags) if ok]  # Dataset order: newest first
    assert _ids(archive, archive.answer(text)) == expected


def test_the_list_orders_by_date_either_way_and_by_title(corpus):
    dataset, archive = corpus
    newest_first = [m.id for m in dataset.meetings]
    assert _ids(archive, archive.answer("", order=("date", True))) == newest_first
    assert _ids(archive, archive.answer("", order=("date", False))) == newest_first[::-1]
    titles = [p.title.casefold() for p in archive.page(archive.answer("security", order=("title", False)).rows)]
    assert titles == sorted(titles)


SELECTIONS = [
    FacetSelection(),
    FacetSelection(issue=frozenset({"taiwan"})),
    FacetSelection(country=frozenset({"NO", "CN"}), status=frozenset({"held"})),
    FacetSelection(person=frozenset({"p00001", "p00002"}), issue=frozenset({"issue-001", "issue-002"})),
    FacetSelection(date_from=dt.date(2001, 1, 1), date_to=dt.date(2003, 6, 30), country=frozenset({"US"})),
]


@pytest.mark.parametrize("selection", SELECTIONS, ids=str)
@pytest.mark.parametrize("text", ["", "security", "c -talks"])
def test_facets_filter_and_count_as_the_facet_index_does(corpus, selection, text):
    dataset, archive = corpus
    index = FacetIndex(dataset.meetings)
    base = None if not text else SearchIndex(dataset.meetings).matches(parse_query(text))
    expected = [m.id for m, ok in zip(dataset.meetings, index.matches(selection, base)) if ok]
    answer = archive.answer(text, selection)
    assert _ids(archive, answer) == expected
    counts = archive.counts(answer)
    assert archive.count(parse_query(text), selection) == counts  # the Filters' own question: how many, not which
    reference = index.counts(selection, base)
    assert counts.total == reference.total == len(expected)
    for facet in FACETS:
        assert +counts.values[facet] == +reference.values[facet], facet


def test_timeline_bins_count_the_answers_meetings_by_start(corpus):
    dataset, archive = corpus
    answer = archive.answer("security")
    first = dt.date(1990, 1, 1).toordinal()
    bins = archive.bins(answer, first, 365, 40)
    wanted = set(_ids(archive, answer))
    expected = Counter((m.date.first_day().toordinal() - first) // 365 for m in dataset.meetings if m.id in wanted)
    assert sum(bins.total()) == len(answer)
    assert {i: n for i, n in enumerate(bins.total()) if n} == dict(expected)


def test_related_meetings_follow_the_relation_index(corpus):
    dataset, archive = corpus
    relations = RelationIndex(dataset)
    for meeting in dataset.meetings[::97]:
        related = relations.related(meeting)
        answer = archive.related(meeting.id)
        assert answer["previous"] == (related.previous.id if related.previous else None)
        assert answer["next"] == (related.next.id if related.next else None)
        assert answer["people"] == [m.id for m, _ in related.shared_people]
        assert answer["issues"] == [m.id for m, _ in related.shared_issues]


def test_an_issue_thread_is_its_meetings_oldest_first(corpus):
    # Invented meetings of the tests' own (the bundled record grows): the exact thread stays true.
    result, fingerprints = _load([ENGINE_DATA])
    small = Archive(open_store(None))
    small.update(result.dataset, fingerprints)
    assert small.thread("fishing") == ["2021-11-14-lind-mo-bali", "2022-09-16-strand-quinn-valletta",
                                       "2022-12-05-lind-strand-oslo"]
    assert small.thread("no-such-issue") == []
    # The large archive answers what the in-memory search answers, oldest first (the dataset lists newest first).
    dataset, archive = corpus
    flags = SearchIndex(dataset.meetings).matches(parse_query("issue:taiwan"))
    expected = [m.id for m, ok in zip(dataset.meetings, flags) if ok][::-1]
    assert len(expected) >= 3 and archive.thread("taiwan") == expected


# -- incremental indexing ---------------------------------------------------------------
PEOPLE = """\
people:
  - {id: anne, name: Anne Example, country: "NO"}
  - {id: bo, name: Bo Example, country: SE}
issues:
  - {id: fish, name: Fishing rights}
"""


def _meetings(first: int, count: int, person: str = "anne") -> str:
    lines = ["meetings:"]
    for n in range(first, first + count):
        lines += [f"  - id: m{n:03d}", f"    title: Talk {n}", "    date: 2020-01-02",
                  f"    participants: [{person}, bo]", "    issues: [fish]"]
    return "\n".join(lines) + "\n"


def test_a_changed_file_rewrites_its_meetings_and_those_its_people_touch(tmp_path):
    (tmp_path / "a-people.yaml").write_text(PEOPLE, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(_meetings(0, 5), encoding="utf-8")
    (tmp_path / "c.yaml").write_text(_meetings(5, 5, person="bo"), encoding="utf-8")
    archive = Archive(open_store(tmp_path / "cache" / STORE_NAME))
    result, fingerprints = _load([tmp_path])
    assert archive.update(result.dataset, fingerprints).meetings_written == 10
    # Nothing changed: nothing is written.
    result, fingerprints = _load([tmp_path])
    report = archive.update(result.dataset, fingerprints)
    assert report.changed_files == () and report.meetings_written == 0
    # One meetings file changes: only its meetings.
    (tmp_path / "c.yaml").write_text(_meetings(5, 3, person="bo"), encoding="utf-8")
    result, fingerprints = _load([tmp_path])
    report = archive.update(result.dataset, fingerprints)
    assert report.meetings_written == 3
    assert len(archive.answer("")) == 8
    # Anne is renamed: her five meetings (in an unchanged file) are found by the new name, the others are not touched.
    (tmp_path / "a-people.yaml").write_text(PEOPLE.replace("Anne Example", "Annika Sample"), encoding="utf-8")
    result, fingerprints = _load([tmp_path])
    report = archive.update(result.dataset, fingerprints)
    assert report.meetings_written == 8  # anne's five and bo's three (bo is defined there too)
    assert _ids(archive, archive.answer("annika", order=("date", False))) == [f"m{n:03d}" for n in range(5)]
    assert len(archive.answer("anne example")) == 0
    # A file is removed: its meetings go.
    (tmp_path / "b.yaml").unlink()
    result, fingerprints = _load([tmp_path])
    archive.update(result.dataset, fingerprints)
    assert sorted(_ids(archive, archive.answer(""))) == ["m005", "m006", "m007"]


def test_the_store_file_is_reused_by_the_next_session(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "a.yaml").write_text(PEOPLE + _meetings(0, 3), encoding="utf-8")
    path = tmp_path / "cache" / STORE_NAME
    result, fingerprints = _load([tmp_path / "data"])
    first = Archive(open_store(path))
    first.update(result.dataset, fingerprints)
    first.close()
    again = Archive(open_store(path))
    assert again.message is None
    assert again.update(result.dataset, fingerprints).meetings_written == 0
    assert len(again.answer("talk")) == 3


# -- a store file never trusted ----------------------------------------------------------
def _small_archive(tmp_path: Path):
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / "data" / "a.yaml").write_text(PEOPLE + _meetings(0, 2), encoding="utf-8")
    return _load([tmp_path / "data"])


def _works(archive: Archive, tmp_path: Path) -> None:
    result, fingerprints = _small_archive(tmp_path)
    archive.update(result.dataset, fingerprints)
    assert _ids(archive, archive.answer("talk", order=("date", False))) == ["m000", "m001"]


def test_a_damaged_store_is_rebuilt_with_a_message(tmp_path):
    path = tmp_path / STORE_NAME
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    archive = Archive(open_store(path))
    assert archive.opened.path == path and "rebuilt" in (archive.message or "")
    _works(archive, tmp_path)


def test_a_foreign_database_is_rebuilt(tmp_path):
    path = tmp_path / STORE_NAME
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE meeting(x)")
    other.commit()
    other.close()
    archive = Archive(open_store(path))
    assert "rebuilt" in (archive.message or "")
    _works(archive, tmp_path)


def test_a_store_from_a_newer_diplo_is_bypassed_and_left_alone(tmp_path):
    path = tmp_path / STORE_NAME
    Archive(open_store(path)).close()
    newer = sqlite3.connect(path)
    newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    newer.commit()
    newer.close()
    before = path.read_bytes()
    archive = Archive(open_store(path))
    assert archive.opened.path is None and "newer" in (archive.message or "")
    _works(archive, tmp_path)
    assert path.read_bytes() == before


def test_a_store_locked_by_another_program_is_bypassed(tmp_path):
    path = tmp_path / STORE_NAME
    Archive(open_store(path)).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        archive = Archive(open_store(path))
        assert archive.opened.path is None and "in use" in (archive.message or "")
        _works(archive, tmp_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_read_only_store_is_bypassed(tmp_path, monkeypatch):
    path = tmp_path / STORE_NAME
    Archive(open_store(path)).close()
    path.chmod(0o444)
    if os.access(path, os.W_OK):  # root ignores the mode bits: make the check see what a user would
        real = os.access
        monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == path else real(p, mode, **kw))
    archive = Archive(open_store(path))
    assert archive.opened.path is None and "read-only" in (archive.message or "")
    _works(archive, tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_or_a_link_to_a_device_is_never_opened(tmp_path):
    fifo = tmp_path / "fifo.sqlite"
    os.mkfifo(fifo)
    archive = Archive(open_store(fifo))  # opening a FIFO for reading would block for ever
    assert archive.opened.path is None and "not a regular file" in (archive.message or "")
    link = tmp_path / "link.sqlite"
    link.symlink_to("/dev/zero")
    archive = Archive(open_store(link))
    assert archive.opened.path is None and "not a regular file" in (archive.message or "")
    _works(archive, tmp_path)


def test_a_store_over_the_size_cap_is_rebuilt(tmp_path):
    path = tmp_path / STORE_NAME
    path.write_bytes(b"\0" * 4096)
    archive = Archive(open_store(path, max_bytes=1024))
    assert "larger than" in (archive.message or "")
    _works(archive, tmp_path)


def test_records_of_files_without_a_fingerprint_are_indexed_every_time(tmp_path):
    (tmp_path / "a.yaml").write_text(PEOPLE + _meetings(0, 3), encoding="utf-8")
    result = loading.load([tmp_path])  # no cache: no fingerprints
    archive = Archive(open_store(None))
    assert archive.update(result.dataset, ()).meetings_written == 3
    assert archive.update(result.dataset, ()).meetings_written == 3
    assert len(archive.answer("talk")) == 3
