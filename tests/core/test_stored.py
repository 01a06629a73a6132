"""A load read back from the archive store is the load the files give: the same meetings, people,
issues and problems, the same search answers; and the store answers only for files that have not
changed since, never for a store it did not write."""

from __future__ import annotations

import os
import re
import sqlite3
import zlib
from array import array
from pathlib import Path

import msgspec
import pytest
from test_store import QUERIES, _fingerprints, _generate  # the same archive and questions as the store's tests

from diplo_gui.core import bundled, loading
from diplo_gui.core.countries import country_name
from diplo_gui.core.facets import FacetIndex, FacetSelection
from diplo_gui.core.flags import as_bytes
from diplo_gui.core.search import SearchIndex, parse_query
from diplo_gui.core.store import Archive, open_store
from diplo_gui.core.store.stored import (
    _LETTERS,
    StoredMeetings,
    opened_by,
    prepare_words,
    read_columns,
    word_counts,
    word_masks,
)


def _stored(paths: list[Path], store: Path):  # type: ignore[no-untyped-def]
    """Load the files, bring the store at ``store`` up to date with the load, and read it back."""
    result = loading.load(paths)
    result = loading.LoadResult(result.dataset, result.problems, result.files, tuple(_fingerprints(result.files)))
    archive = Archive(open_store(store))
    archive.update(result.dataset, result.fingerprints, opened=opened_by(result))
    archive.close()
    return result, loading.load_stored(paths, store)


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    folder = tmp_path_factory.mktemp("archive")
    _generate(folder, 1200)
    return _stored([bundled.data_dir(), folder], tmp_path_factory.mktemp("store") / "archive.sqlite")


def test_the_store_gives_back_the_load(both):
    loaded, stored = both
    assert stored is not None and isinstance(stored.dataset.meetings, StoredMeetings)
    assert list(stored.dataset.meetings) == list(loaded.dataset.meetings)  # whole, in the Dataset's order
    assert dict(stored.dataset.people) == dict(loaded.dataset.people)
    assert dict(stored.dataset.issues) == dict(loaded.dataset.issues)
    assert stored.problems == loaded.problems and stored.files == loaded.files
    some = loaded.dataset.meetings[517]
    assert stored.dataset.meeting(some.id) == some and stored.dataset.meetings.position(some.id) == 517
    assert stored.dataset.meetings[-1] == loaded.dataset.meetings[-1]
    assert stored.dataset.meeting("no-such-meeting") is None


@pytest.mark.parametrize("text", QUERIES)
def test_a_search_of_the_store_finds_what_the_in_memory_index_finds(both, text):
    loaded, stored = both
    memory = SearchIndex(loaded.dataset.meetings, country_name)
    search = stored.dataset.meetings.search_index(country_name)
    query = parse_query(text)
    assert search.matches(query) == as_bytes(memory.matches(query))
    assert search.matches(query) == as_bytes(memory.matches(query))  # again, from the words it remembers


def test_every_letter_and_digit_is_answered_as_the_store_prepared_it(both):
    loaded, stored = both
    memory = SearchIndex(loaded.dataset.meetings, country_name)
    search = stored.dataset.meetings.search_index(country_name)
    search.warm().join()
    assert set(search._letters) == set(_LETTERS)  # every one ready before a key is pressed
    assert stored.dataset.meetings.prepared_masks(_LETTERS).keys() == set(_LETTERS)  # prepared, not scanned
    for letter in _LETTERS:
        query = parse_query(letter)
        assert search.matches(query) == as_bytes(memory.matches(query)), letter


def test_the_broadest_pairs_of_characters_are_answered_as_the_store_prepared_them(both):
    loaded, stored = both
    memory = SearchIndex(loaded.dataset.meetings, country_name)
    search = stored.dataset.meetings.search_index(country_name)
    alphabet = "abcdefghijklmnopqrstuvwxyz -"
    prepared = stored.dataset.meetings.prepared_masks([a + b for a in alphabet for b in alphabet])
    assert {"se", "ti"} <= prepared.keys() and "zq" not in prepared  # broad ones only
    for pair in prepared:
        query = parse_query(f'"{pair}"')
        assert search.matches(query) == as_bytes(memory.matches(query)), pair


def test_two_characters_are_read_from_the_trigram_index_and_find_what_a_scan_finds(tmp_path):
    folder = tmp_path / "archive"
    _generate(folder, 300)
    result = loading.load([bundled.data_dir(), folder])
    archive = Archive(open_store(tmp_path / "store.sqlite"))
    archive.update(result.dataset, _fingerprints(result.files))
    memory = SearchIndex(result.dataset.meetings, country_name)
    # Pairs that begin and end texts (a trigram holds them on one side only), across words, with accents
    # and digits, and none.
    texts = [t for (t,) in archive._db.execute("SELECT text FROM searchable")]
    pairs = {p for t in texts[::40] for p in (t[:2], t[-2:]) if p.isprintable()}  # not the fields' separator
    pairs |= {"ta", "n ", " t", "00", "-0", "é", "韩正", "zq", "'s"}
    for pair in sorted(pairs):
        if len(pair) == 2 and pair != "zq":
            assert archive._two_characters(pair) is not None, pair  # through the index, not a scan
        expected = [m.id for m, ok in zip(result.dataset.meetings, memory.matches(parse_query(f'"{pair}"'))) if ok]
        assert archive.ids(archive.answer(f'"{pair}"').rows) == expected, pair
    archive.close()


def test_the_columns_kept_with_the_rows_are_those_the_rows_give(both):
    loaded, stored = both
    meetings = stored.dataset.meetings
    kept = meetings.columns()
    assert kept == read_columns(meetings._db, meetings._rows)
    facets = FacetIndex(loaded.dataset.meetings)
    assert kept.facet_index().counts(FacetSelection()) == facets.counts(FacetSelection())
    assert meetings.full_counts() == facets.counts(FacetSelection())
    assert kept.facet_index().spans() == facets.spans()


def test_sorting_by_a_column_reads_the_stores_keys(both):
    _loaded, stored = both
    meetings = stored.dataset.meetings
    by_title = [meetings[p].title.casefold() for p in meetings.order("title", False)]
    assert by_title == sorted(by_title)
    assert meetings.order("date", True) == list(range(len(meetings)))  # newest first: the Dataset's order


def test_a_file_touched_since_is_read_again(tmp_path):
    folder = tmp_path / "data"
    _generate(folder, 300)
    _loaded, stored = _stored([folder], tmp_path / "store.sqlite")
    assert stored is not None
    first = sorted(folder.glob("*.yaml"))[0]
    os.utime(first, ns=(os.stat(first).st_atime_ns, os.stat(first).st_mtime_ns + 1_000_000))
    assert loading.load_stored([folder], tmp_path / "store.sqlite") is None


def test_a_file_rewritten_with_its_size_and_time_is_caught_by_its_hash(tmp_path):
    folder = tmp_path / "data"
    _generate(folder, 300)
    _stored([folder], tmp_path / "store.sqlite")
    first = sorted(folder.glob("*.yaml"))[0]
    info = os.stat(first)
    data = bytearray(first.read_bytes())
    at = data.index(b"Synthetic")
    data[at:at + 9] = b"Synthetiq"
    first.write_bytes(bytes(data))
    os.utime(first, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert loading.load_stored([folder], tmp_path / "store.sqlite") is None


def test_a_file_added_or_gone_since_is_read_again(tmp_path):
    folder = tmp_path / "data"
    _generate(folder, 300)
    _stored([folder], tmp_path / "store.sqlite")
    (folder / "zz-more.yaml").write_text("meetings: []\n", encoding="utf-8")
    assert loading.load_stored([folder], tmp_path / "store.sqlite") is None
    (folder / "zz-more.yaml").unlink()
    assert loading.load_stored([folder], tmp_path / "store.sqlite") is not None
    sorted(folder.glob("meetings-*.yaml"))[0].unlink()
    assert loading.load_stored([folder], tmp_path / "store.sqlite") is None


def test_a_load_that_kept_records_of_a_broken_file_is_not_given_back(tmp_path):
    folder = tmp_path / "data"
    _generate(folder, 300)
    result = loading.load([folder])
    result = loading.LoadResult(result.dataset, result.problems, result.files, ())  # read without fingerprints
    assert opened_by(result) is None
    archive = Archive(open_store(tmp_path / "store.sqlite"))
    archive.update(result.dataset, result.fingerprints, opened=opened_by(result))
    archive.close()
    assert loading.load_stored([folder], tmp_path / "store.sqlite") is None


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100, b"SQLite format 3\x00" + b"\x00" * 200])
def test_a_store_file_it_did_not_write_is_never_trusted(tmp_path, content):
    folder = tmp_path / "data"
    _generate(folder, 50)
    store = tmp_path / "store.sqlite"
    store.write_bytes(content)
    assert loading.load_stored([folder], store) is None


def test_a_foreign_database_is_never_trusted(tmp_path):
    folder = tmp_path / "data"
    _generate(folder, 50)
    store = tmp_path / "store.sqlite"
    with sqlite3.connect(store) as db:
        db.execute("CREATE TABLE meta(key TEXT, value TEXT)")
    assert loading.load_stored([folder], store) is None


def test_the_meetings_read_back_keep_their_snapshot_while_the_store_changes(tmp_path):
    folder = tmp_path / "data"
    _generate(folder, 300)
    loaded, stored = _stored([folder], tmp_path / "store.sqlite")
    assert stored is not None
    newest = loaded.dataset.meetings[0]
    with sqlite3.connect(tmp_path / "store.sqlite") as db:  # another program empties it meanwhile
        db.execute("DELETE FROM meeting_record")
    assert stored.dataset.meetings[0] == newest
    assert list(stored.dataset.meetings) == list(loaded.dataset.meetings)


def test_threads_people_and_pairs_read_through_the_store_are_those_of_the_load(both):
    from diplo_gui.core import relations

    loaded, stored = both
    a, b = loaded.dataset, stored.dataset
    assert relations.people_counts(b) == relations.people_counts(a)
    assert relations.countries_of(b.meetings) == relations.countries_of(a.meetings)
    busiest = [pc.person.id for pc in relations.people_counts(a)[:3]]
    for person in busiest:
        assert relations.person_meetings(b, person) == relations.person_meetings(a, person)
        assert relations.counterparts(b, person) == relations.counterparts(a, person)
    assert relations.pair_history(b, busiest[0], busiest[1]) == relations.pair_history(a, busiest[0], busiest[1])
    for issue in list(a.issues)[:4]:
        assert relations.issue_thread(b, issue) == relations.issue_thread(a, issue)
    first, second = relations.countries_of(a.meetings)[:2]
    history = relations.country_pair_history(a, first, second)
    assert history and relations.country_pair_history(b, first, second) == history


def test_related_meetings_asked_of_the_store_are_those_of_the_relation_index(both):
    from diplo_gui.core.relations import RelationIndex

    loaded, stored = both
    index = RelationIndex(loaded.dataset)
    relations = stored.dataset.meetings.relations()
    for meeting in loaded.dataset.meetings[::61]:
        assert relations.related(meeting) == index.related(meeting)


def _bad_numbers(packed: bytes) -> bytes:
    """The columns with every participant a number beyond the vocabulary (their counts still right)."""
    parts = list(msgspec.msgpack.decode(packed))
    parts[6] = array("I", [10**6] * (len(parts[6]) // 4)).tobytes()
    return msgspec.msgpack.encode(parts)


@pytest.mark.parametrize("damage", [lambda packed: packed.replace(b"\x00\x00", b"\xff\xff"), _bad_numbers],
                         ids=["counts", "numbers"])
def test_what_an_update_prepared_is_checked_and_a_damaged_part_is_asked_of_the_rows(tmp_path, damage):
    folder = tmp_path / "data"
    _generate(folder, 300)
    loaded, _ = _stored([folder], tmp_path / "store.sqlite")
    with sqlite3.connect(tmp_path / "store.sqlite") as db:  # damaged by hand, or by a disk
        packed = db.execute("SELECT value FROM prepared WHERE key = 'columns:0'").fetchone()[0]
        db.execute("UPDATE prepared SET value = ? WHERE key = 'columns:0'", (damage(packed),))
        db.execute("UPDATE prepared SET value = x'00ff' WHERE key = 'trigrams'")
        db.execute("UPDATE prepared SET value = ? WHERE key = 'word:e'", (zlib.compress(b"\x01" * 7),))
        db.execute("UPDATE prepared SET value = x'0102' WHERE key = 'word:se'")
    stored = loading.load_stored([folder], tmp_path / "store.sqlite")
    assert stored is not None
    meetings = stored.dataset.meetings
    assert meetings.columns() == read_columns(meetings._db, meetings._rows)
    memory = SearchIndex(loaded.dataset.meetings, country_name)
    search = meetings.search_index(country_name)
    search.warm().join()
    for text in ("e", "se", "ta", "security"):
        assert search.matches(parse_query(text)) == as_bytes(memory.matches(parse_query(text))), text


def test_a_search_of_meetings_read_back_survives_a_later_update_of_their_store(tmp_path):
    folder = tmp_path / "data"
    _generate(folder, 900)  # three files: the first one's meetings are written again after the others
    loaded, stored = _stored([folder], tmp_path / "store.sqlite")
    search = stored.dataset.meetings.search_index(country_name)
    search.warm().join()
    first = sorted(folder.glob("meetings-*.yaml"))[0]  # another window saves a change, and its store follows
    first.write_text(first.read_text(encoding="utf-8").replace("title: ", "title: Talks renamed "), encoding="utf-8")
    again = loading.load([folder])
    archive = Archive(open_store(tmp_path / "store.sqlite"))
    archive.update(again.dataset, _fingerprints(again.files))
    archive.close()
    memory = SearchIndex(loaded.dataset.meetings, country_name)
    for text in ("security", "ta"):  # rows written after the read are left out: no crash, no wrong meeting
        flags = search.matches(parse_query(text))
        assert len(flags) == len(loaded.dataset.meetings) and any(flags)
        assert not any(f and not m for f, m in zip(flags, memory.matches(parse_query(text)))), text
    assert len(search.matches(parse_query("renamed"))) == len(loaded.dataset.meetings)


def test_a_damaged_row_order_is_sorted_again(tmp_path):
    folder = tmp_path / "data"
    _generate(folder, 300)
    loaded, _ = _stored([folder], tmp_path / "store.sqlite")
    with sqlite3.connect(tmp_path / "store.sqlite") as db:
        rows = array("q", [2**40] * len(loaded.dataset.meetings))  # the right length, impossible rows
        db.execute("UPDATE prepared SET value = ? WHERE key = 'rows'", (rows.tobytes(),))
    stored = loading.load_stored([folder], tmp_path / "store.sqlite")
    assert stored is not None and list(stored.dataset.meetings) == list(loaded.dataset.meetings)
    assert stored.dataset.meetings.position(loaded.dataset.meetings[7].id) == 7


def _words_typed(texts: list[str]) -> list[str]:
    """What a typist's words look like: the beginnings, middles and ends of the texts' words, three
    letters or more, with some that no text holds."""
    words = {w for text in texts[::25] for w in re.findall(r"\w+", text) if len(w) >= 3}
    typed = {part for w in sorted(words)[::3] for part in (w[:3], w[:5], w[1:4], w[-4:], w) if len(part) >= 3}
    return sorted(typed | {"zzq", "secur", "ion", "ation", "p0004", "m00", "aaaaa"})


def _only_the_word_path(search) -> None:  # type: ignore[no-untyped-def]
    """From now on a word of letters and digits that reaches the full index fails the test."""
    search._open()

    def full_index(term):  # type: ignore[no-untyped-def]
        raise AssertionError(f"{term.text!r} went to the full index")

    search._archive.term_rows = full_index


def test_a_word_is_the_union_of_the_common_words_prepared_and_the_index_of_the_rest(both):
    loaded, stored = both
    meetings = stored.dataset.meetings
    common = meetings.common_words()
    assert common and "security" in common and all(len(w) >= 3 for w in common)
    assert meetings.prepared_masks(common).keys() == set(common)  # each one's meetings prepared
    memory = SearchIndex(loaded.dataset.meetings, country_name)
    search = meetings.search_index(country_name)
    _only_the_word_path(search)
    texts = [t for (t,) in meetings._db.execute("SELECT text FROM searchable")]
    for word in _words_typed(texts):
        query = parse_query(word)
        assert search.matches(query) == as_bytes(memory.matches(query)), word
    query = parse_query("trade -secu")
    assert search.matches(query) == as_bytes(memory.matches(query))


def test_words_stay_exact_when_an_update_rewrites_some_meetings_and_the_common_words_change(tmp_path):
    folder = tmp_path / "data"
    _generate(folder, 900)
    _stored([folder], tmp_path / "store.sqlite")
    first = sorted(folder.glob("meetings-*.yaml"))[0]
    # A word that was rare becomes common, and the rewritten meetings lose a common one.
    text = first.read_text(encoding="utf-8").replace("title: ", "title: Quintessential ").replace("security", "safety")
    first.write_text(text, encoding="utf-8")
    loaded, stored = _stored([folder], tmp_path / "store.sqlite")
    meetings = stored.dataset.meetings
    common = meetings.common_words()
    assert common is not None and "quintessential" in common and "security" in common  # a common word stays so
    memory = SearchIndex(loaded.dataset.meetings, country_name)
    search = meetings.search_index(country_name)
    _only_the_word_path(search)
    texts = [t for (t,) in meetings._db.execute("SELECT text FROM searchable")]
    for word in [*_words_typed(texts), "quint", "essential", "safety", "afet", "security"]:
        query = parse_query(word)
        assert search.matches(query) == as_bytes(memory.matches(query)), word


def test_a_store_whose_common_words_are_damaged_answers_from_the_full_index(tmp_path):
    folder = tmp_path / "data"
    _generate(folder, 300)
    loaded, _ = _stored([folder], tmp_path / "store.sqlite")
    with sqlite3.connect(tmp_path / "store.sqlite") as db:
        db.execute("UPDATE prepared SET value = x'00ff' WHERE key = 'common'")
    stored = loading.load_stored([folder], tmp_path / "store.sqlite")
    assert stored is not None and stored.dataset.meetings.common_words() is None
    memory = SearchIndex(loaded.dataset.meetings, country_name)
    search = stored.dataset.meetings.search_index(country_name)
    for word in ("security", "ation", "zzq"):
        assert search.matches(parse_query(word)) == as_bytes(memory.matches(parse_query(word))), word


def test_a_common_word_stays_common_while_rows_written_without_it_remain(tmp_path):
    # Rows keep the rare words they were written with: were "alpha" dropped from the common words
    # once it became rarer, the meetings of the rows written while it was common would be lost to it.
    archive = Archive(open_store(tmp_path / "store.sqlite"))
    db = archive._db
    rows = array("q", range(1, 101))
    texts = ["alpha beta" if n < 60 else "gamma" for n in range(100)]
    db.executemany("INSERT INTO searchable VALUES (?, ?)", zip(rows, texts))
    assert sorted(prepare_words(db, rows, texts)) == ["alpha", "beta"]
    assert db.execute("SELECT text FROM word_rare WHERE row = 1").fetchone() == ("  ",)  # written without them
    assert "alpha" in prepare_words(db, rows, ["gamma"] * 70 + ["alpha beta"] * 30)  # rarer now, and still common
    assert "gamma" in prepare_words(db, rows, ["gamma"] * 100)
    archive.close()


def test_a_pair_of_characters_is_read_from_the_common_words_and_the_trigrams_of_the_rest(both):
    loaded, stored = both
    meetings = stored.dataset.meetings
    memory = SearchIndex(loaded.dataset.meetings, country_name)
    search = meetings.search_index(country_name)
    _only_the_word_path(search)
    texts = [t for (t,) in meetings._db.execute("SELECT text FROM searchable")]
    pairs = {w[n:n + 2] for t in texts[::40] for w in re.findall(r"\w+", t) for n in range(0, len(w) - 1, 2)}
    unprepared = sorted(pairs - meetings.prepared_masks(sorted(pairs)).keys())
    assert len(unprepared) > 20
    for pair in [*unprepared, "zq", "韩正"]:  # and pairs no text holds, a word of two characters alone
        query = parse_query(pair)
        assert search.matches(query) == as_bytes(memory.matches(query)), pair


def test_one_letter_of_a_person_or_an_issue_is_answered_as_the_update_prepared_it(both):
    loaded, stored = both
    meetings = stored.dataset.meetings
    memory = SearchIndex(loaded.dataset.meetings, country_name)
    search = meetings.search_index(country_name)
    _only_the_word_path(search)
    for field in ("person", "issue"):
        assert len(meetings.prepared_masks([f"{field}:{c}" for c in _LETTERS])) == len(_LETTERS)
        for letter in _LETTERS:
            query = parse_query(f"{field}:{letter}")
            assert search.matches(query) == as_bytes(memory.matches(query)), (field, letter)


def test_the_masks_read_from_words_are_those_of_a_search_in_every_text():
    # A word of letters and digits is looked for in the vocabulary, then the texts read word by word:
    # the answer must be the substring test's, for a word inside a longer one, twice in one word,
    # at a text's edges, in CJK, with digits and underscores, and for a word no text holds.
    texts = ["banana bandana", "ban", "urban_planning 2023", "韩正会见 韩正", "", "a-na na\nna",
             "nana", "x2023y", "Ban", "anan"]
    words = ["an", "na", "nana", "ban", "2023", "韩正", "_p", "zz", "ana"]
    masks = word_masks(texts, words, word_counts(texts))
    for word, mask in zip(words, masks):
        assert zlib.decompress(mask) == bytes(word in text for text in texts), word


def test_word_masks_made_a_slice_of_texts_at_a_time_are_the_masks_made_at_once(monkeypatch):
    from diplo_gui.core.store import stored

    texts = [f"meeting {n} {'trade' if n % 3 else 'climate'} talks{n % 7}" for n in range(1000)]
    words = ["trade", "climate", "talks3", "ee", "10"]
    whole = word_masks(texts, words, word_counts(texts))
    monkeypatch.setattr(stored, "_MASK_SLICE", 37)  # many slices, the last one short
    sliced = word_masks(texts, words, word_counts(texts))
    assert [zlib.decompress(m) for m in sliced] == [zlib.decompress(m) for m in whole]
    assert zlib.decompress(sliced[0]) == bytes("trade" in t for t in texts)


def test_a_word_of_two_characters_alone_is_found_in_the_index_of_less_common_words(tmp_path):
    archive = Archive(open_store(tmp_path / "store.sqlite"))
    db = archive._db
    texts = ["mo", "chen mo", "mo chen", "moth", "m o", "chemo x", "x"]
    rows = array("q", range(1, len(texts) + 1))
    db.executemany("INSERT INTO searchable VALUES (?, ?)", zip(rows, texts))
    assert prepare_words(db, rows, texts) == []  # none common: every word is in the index
    assert sorted(archive.rare_rows("mo") or []) == [1, 2, 3, 4, 6]
    assert sorted(archive.rare_rows("he") or []) == [2, 3, 6]
    archive.close()


def test_the_time_order_kept_by_the_update_is_by_first_day_then_id_and_a_damaged_one_is_sorted_again(tmp_path):
    folder = tmp_path / "data"
    _generate(folder, 300)
    loaded, stored = _stored([folder], tmp_path / "store.sqlite")
    assert stored is not None
    spans = FacetIndex(loaded.dataset.meetings).spans()
    meetings = loaded.dataset.meetings
    expected = sorted(range(len(meetings)), key=lambda n: (spans[n][0], meetings[n].id))
    assert list(stored.dataset.meetings.time_order()) == expected
    with sqlite3.connect(tmp_path / "store.sqlite") as db:  # every meeting but one twice: the right length
        damaged = array("q", [0, *range(1, len(meetings))][::-1])
        damaged[5] = damaged[6]
        db.execute("UPDATE prepared SET value = ? WHERE key = 'time_order'", (damaged.tobytes(),))
    again = loading.load_stored([folder], tmp_path / "store.sqlite")
    assert again is not None and list(again.dataset.meetings.time_order()) == expected
