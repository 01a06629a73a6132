"""Opening from the store: the last load's records, read back when its files have not changed.

A warm open should not read again what it read before. When every data file of a load is
the one the store was last brought up to date with (same paths in the same order, same
sizes and modification times, the same code) and that load's records were exactly those
files' own (nothing kept from an earlier version of a broken file), the load is answered
from the store: people and issues whole (thousands at most), the problems as they were,
and the meetings as ``StoredMeetings``, a sequence that reads a meeting when it is asked
for. No YAML, no cache of records, no linking: a screenful of meetings is decoded, not the
archive.

Size and time can agree while the bytes differ (a file rewritten within one timestamp
tick): ``changed_files`` compares the files' hashes afterwards, off the open's path,
and the caller reads them again when it finds any.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import json
import os
import re
import sqlite3
import stat
import threading
import time
import zlib
from array import array
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import islice, repeat
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, overload

import msgspec

from ..facets import FacetCounts, FacetIndex, FacetSelection
from ..model import Dataset, Issue, Meeting, Person
from ..problems import Problem
from ..search import Query, Superseded, Term
from .schema import APPLICATION_ID, SCHEMA_VERSION, connect_read_only

if TYPE_CHECKING:
    from ..cache import Fingerprint
    from ..loading import LoadResult
    from ..relations import Related
    from .archive import Archive

_encoder = msgspec.msgpack.Encoder()
_meeting = msgspec.msgpack.Decoder(Meeting)
_person = msgspec.msgpack.Decoder(Person)
_issue = msgspec.msgpack.Decoder(Issue)
_problem = msgspec.msgpack.Decoder(Problem)
_SLICE = 5000  # meetings per stored slice of the columns
_MASK_SLICE = 16384  # texts whose word masks are made at once (word_masks)
_CACHED = 1024  # meetings kept decoded: a few screenfuls and the pages around them
_UNIT = "\x1f"  # between the values SQLite joins (ids hold no control characters)
# Pages a reader's connection keeps: its scans read each page once, and the system caches the file.
_READER_CACHE_KIB = 2000
_RECENT_TERMS = 16  # word masks kept: a word typed on, or deleted back to, is not asked again
_LETTERS = "etaoinsrhldcumfpgwybvkxjqz0123456789-"  # most frequent first; "-" begins every negated word
_PREPARED_PAIRS = 96  # the broadest pairs of characters whose meetings an update prepares
_PREPARED_FIELDS = ("person", "issue")  # and the letters of these fields (most people's names hold one)
_WORD = re.compile(r"\w+")  # a searchable text's words: a word typed is inside one of them, or it has no \w
_SHORTEST_COMMON = 3  # a common word of two characters would hold no other word: its meetings are the pair's
_COMMON_WORDS = 256  # at most this many common words have their meetings prepared
_COMMON_SHARE = 100  # a word is common when more than one meeting in this many holds it ...
_COMMON_MIN = 50  # ... and more than this many
_words_decoder = msgspec.msgpack.Decoder(list[str])


def encode(record: Meeting | Person | Issue | Problem) -> bytes:
    return _encoder.encode(record)


@dataclass(frozen=True, slots=True)
class Opened:
    """What a load read: its files in load order and the problems of their records (stored with them)."""

    files: tuple[str, ...]
    problems: tuple[Problem, ...]


def opened_by(result: LoadResult) -> Opened | None:
    """What a store should remember of a load, when its records are exactly its files' own: every file
    fingerprinted, and nothing kept from an earlier version of a file that no longer reads (live.py)."""
    from ..live import KEPT_CODE

    if len(result.fingerprints) != len(result.files) or any(p.code == KEPT_CODE for p in result.problems):
        return None
    return Opened(tuple(map(str, result.files)), result.problems)


def record_opened(db: sqlite3.Connection, opened: Opened | None) -> None:
    """Inside an update's transaction: remember which load the store now holds (None: none that can be opened)."""
    db.execute("DELETE FROM problem")
    db.execute("DELETE FROM meta WHERE key = 'opened'")
    if opened is None:
        return
    db.executemany("INSERT INTO problem VALUES (?, ?)", [(n, encode(p)) for n, p in enumerate(opened.problems)])
    db.execute("INSERT INTO meta VALUES ('opened', ?)", (json.dumps(list(opened.files)),))


class StoredMeetings(Sequence[Meeting]):
    """A Dataset's meetings, newest first as a Dataset keeps them, read from the store when asked for.

    Safe to use from any thread (one connection of its own, behind a lock)."""

    def __init__(self, path: Path, db: sqlite3.Connection) -> None:
        """``db``: a connection inside a read transaction (``open_stored``): every read of these meetings
        sees the store as it was when they were opened, whatever is written to it meanwhile."""
        self.path = path
        self._db = db
        self._rows = _dataset_rows(db)
        self._lock = threading.RLock()  # the connection's (an Archive on it shares it: search_reader)
        self._decoded: OrderedDict[int, Meeting] = OrderedDict()  # position -> meeting, least recent first
        self._at: array | None = None  # store row -> position (-1: none), 8 bytes a row
        self._at_lock = threading.Lock()
        self._common: list[str] | None | bool = False  # the update's common words (False: not read yet)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Meeting: ...

    @overload
    def __getitem__(self, index: slice) -> list[Meeting]: ...

    def __getitem__(self, index: int | slice) -> Meeting | list[Meeting]:
        if isinstance(index, slice):
            return self._read(range(len(self))[index])
        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError(index)
        with self._lock:
            found = self._decoded.get(position)
            if found is not None:
                self._decoded.move_to_end(position)
                return found
        return self._read((position,), keep=True)[0]

    def prefetch(self, positions: Sequence[int]) -> None:
        """Read these meetings now, in one query (a screenful the list is about to paint); nothing
        when the first is read already (the screen was painted before)."""
        if not positions or positions[0] in self._decoded:
            return
        self._read([p for p in positions if p not in self._decoded], keep=True)

    def __iter__(self) -> Iterator[Meeting]:
        for first in range(0, len(self), 2000):
            yield from self._read(range(first, min(first + 2000, len(self))))

    def __eq__(self, other: object) -> bool:
        return self is other

    __hash__ = object.__hash__

    def _read(self, positions: Sequence[int], keep: bool = False) -> list[Meeting]:
        rows = [self._rows[p] for p in positions]
        found: dict[int, Meeting] = {}
        with self._lock:
            for first in range(0, len(rows), 500):  # SQLite's limit on parameters
                chunk = rows[first:first + 500]
                for row, record in self._db.execute(
                        f"SELECT row, record FROM meeting_record WHERE row IN ({','.join('?' * len(chunk))})", chunk):
                    found[row] = _meeting.decode(record)
            meetings = [found[r] for r in rows]
            if keep:
                for position, meeting in zip(positions, meetings):
                    self._decoded[position] = meeting
                while len(self._decoded) > _CACHED:
                    self._decoded.popitem(last=False)
        return meetings

    def find(self, meeting_id: str) -> Meeting | None:
        """The meeting with this id, or None (one indexed look-up)."""
        with self._lock:
            found = self._db.execute("SELECT r.record FROM meeting m JOIN meeting_record r ON r.row = m.row "
                                     "WHERE m.id = ?", (meeting_id,)).fetchone()
        return None if found is None else _meeting.decode(found[0])

    def position(self, meeting_id: str) -> int:
        """The meeting's position in Dataset order, or -1 (an indexed look-up)."""
        with self._lock:
            found = self._db.execute("SELECT row FROM meeting WHERE id = ?", (meeting_id,)).fetchone()
            if found is None:
                return -1
            at = self._row_positions()
            return at[found[0]] if 0 <= found[0] < len(at) else -1

    def order(self, column: str, descending: bool) -> list[int]:
        """Positions in the order of a list column (date, title, place, people), from the store's sort keys."""
        from .archive import ORDERS

        key = ORDERS.get(column, "sort")
        with self._lock:
            at = self._row_positions()
            ordered = [at[r] for (r,) in self._db.execute(
                f"SELECT row FROM meeting ORDER BY {key} {'DESC' if descending else 'ASC'}")]
        return ordered

    def _row_positions(self) -> array:
        # Its own lock, not the connection's: the list reads rows while a search builds this map.
        with self._at_lock:
            if self._at is None:
                at = array("q", [-1]) * (max(self._rows, default=0) + 1)
                deque(map(at.__setitem__, self._rows, range(len(self._rows))), maxlen=0)
                self._at = at
            return self._at

    def having(self, people: Sequence[str] = (), issue: str | None = None,
               countries: Sequence[str] = ()) -> list[Meeting]:
        """The meetings with all these participants, this issue and all these countries (participants'
        or the place's), in Dataset order: read through the store's indexes, not by decoding every one."""
        parts: list[str] = []
        params: list[object] = []
        for person in people:
            parts.append("SELECT meeting FROM participant WHERE person = ?")
            params.append(person)
        if issue is not None:
            parts.append("SELECT meeting FROM meeting_issue WHERE issue = ?")
            params.append(issue)
        for code in countries:
            parts.append("SELECT meeting FROM meeting_country WHERE code = ?")
            params.append(code)
        if not parts:
            return list(self)
        with self._lock:
            rows = [r for (r,) in self._db.execute(" INTERSECT ".join(parts), params)]
            at = self._row_positions()
            positions = sorted(at[r] for r in rows if 0 <= r < len(at) and at[r] >= 0)
        return self._read(positions)

    def participant_counts(self) -> Counter[str]:
        """How many meetings each person attended."""
        with self._lock:
            return Counter(dict(self._db.execute(
                "SELECT person, count(DISTINCT meeting) FROM participant GROUP BY person")))

    def participant_countries(self) -> list[str]:
        """Every participant's country, sorted."""
        with self._lock:
            return [c for (c,) in self._db.execute(
                "SELECT DISTINCT p.country FROM person p WHERE p.country IS NOT NULL AND p.id IN "
                "(SELECT DISTINCT person FROM participant) ORDER BY p.country")]

    def relations(self) -> StoredRelations:
        """What is related to what among these meetings: asked of the store's indexes, meeting by meeting."""
        return StoredRelations(self)

    def search_reader(self, country_name: Callable[[str], str]) -> Archive:
        """What answers these meetings' searches: a connection of its own, in a read snapshot of the same
        store as these meetings' (the same files, the same code); these meetings' own connection when the
        store has been written since they were read (the list then waits while a word is looked up)."""
        from .archive import Archive
        from .schema import StoreOpened

        def state(db: sqlite3.Connection) -> list[tuple[object, ...]]:
            return db.execute("SELECT * FROM file UNION ALL SELECT key, value, 0, 0 FROM meta ORDER BY 1").fetchall()

        reader = _reader(self.path)
        try:
            reader._db.execute("BEGIN")  # held while the search lives, as these meetings hold theirs
            with self._lock:
                same = state(reader._db) == state(self._db)
        except sqlite3.Error:
            same = False
        if not same:
            reader.close()
            reader = Archive(StoreOpened(self._db, self.path), lock=self._lock)
        reader.set_country_names(country_name)
        return reader

    def search_index(self, country_name: Callable[[str], str]) -> StoredSearch:
        """What answers searches over these meetings: the store's full-text index."""
        search = StoredSearch(self, country_name)
        search.warm()
        return search

    def positions_of_rows(self) -> array:
        """Store row -> position in Dataset order (-1: a row not among these meetings)."""
        return self._row_positions()

    def prepared_masks(self, words: Sequence[str]) -> dict[str, bytes]:
        """The meetings of those of these words the last update prepared (``prepare_search``): one byte
        a meeting in Dataset order, 1 where its searchable text holds the word."""
        with self._lock:
            found = self._db.execute(f"SELECT key, value FROM prepared WHERE key IN ({','.join('?' * len(words))})",
                                     [f"word:{word}" for word in words]).fetchall()
        masks = {}
        for key, value in found:
            try:
                mask = zlib.decompress(value)
            except zlib.error:
                continue
            if len(mask) == len(self._rows):
                masks[key.removeprefix("word:")] = mask
        return masks

    def common_words(self) -> list[str] | None:
        """The words whose meetings the last update prepared as masks; every other word of a meeting is
        in the store's index of less common words (None: a store that prepared neither)."""
        if self._common is False:
            with self._lock:
                found = self._db.execute("SELECT value FROM prepared WHERE key = 'common'").fetchone()
            try:
                self._common = _words_decoder.decode(found[0]) if found else None
            except (msgspec.DecodeError, msgspec.ValidationError):
                self._common = None
        return self._common if isinstance(self._common, list) else None

    def columns(self) -> Columns:
        """What the Filters and the Timeline index, for every meeting in Dataset order, without decoding one:
        as the last update prepared them (``prepare_columns``), or read from the meeting rows."""
        def parts() -> Iterator[Columns]:
            strings: dict[str, str] = {}
            for n in itertools.count():  # a slice at a time, the lock held for each read only: the list reads
                with self._lock:
                    found = self._db.execute("SELECT value FROM prepared WHERE key = ?", (f"columns:{n}",)).fetchone()
                if found is None:
                    return
                yield Columns.decode(found[0], strings)

        try:
            # In slices of _SLICE meetings: one decode of the whole would hold the interpreter a tenth
            # of a second at 100,000 meetings, and the memory of every slice at once.
            columns = Columns.joined(parts())
            if len(columns.firsts) == len(self._rows) > 0:
                return columns
        except (msgspec.DecodeError, msgspec.ValidationError, ValueError, IndexError):
            pass  # read from the rows instead
        with self._lock:
            return read_columns(self._db, self._rows)

    def time_order(self) -> array:
        """The positions of these meetings oldest first (by first day, ids breaking ties), as the last
        update kept them, or else sorted by SQLite now."""
        count = len(self._rows)
        with self._lock:
            order = _kept_array(self._db, "time_order", count)
        if order is not None and (not order or (min(order) >= 0 and max(order) < count)):
            seen = bytearray(count)
            deque(map(seen.__setitem__, order, repeat(1)), maxlen=0)
            if seen.count(1) == count:  # every meeting once: else damaged, and sorted again
                return order
        at = self._row_positions()
        with self._lock:
            return _time_order(self._db, at)

    def full_counts(self) -> FacetCounts | None:
        """The Filters' counts with no search and no filter, as the last update made them (None: not made)."""
        with self._lock:
            found = self._db.execute("SELECT value FROM prepared WHERE key = 'counts'").fetchone()
        if found is None:
            return None
        try:
            values, years, total = _counts_decoder.decode(found[0])
        except (msgspec.DecodeError, msgspec.ValidationError):
            return None
        return FacetCounts({f: Counter(c) for f, c in values.items()}, Counter(years), total)



class StoredSearch:
    """``search.SearchIndex`` for meetings read from the store: its answers come from the store's
    full-text index (the same search language), one flag per meeting in Dataset order, with no
    text of the archive held in memory."""

    def __init__(self, meetings: StoredMeetings, country_name: Callable[[str], str]) -> None:
        self._meetings = meetings
        self._country_name = country_name
        self._archive: Archive | None = None
        self._all = 0
        self._recent: dict[tuple[str | None, str], int] = {}  # the masks of the last words, oldest first
        # Masks kept for the whole session, compressed: a megabyte each at 1,000,000 meetings, a
        # millisecond to unpack when asked for.
        self._countries: dict[str, bytes] | None = None  # country code -> its meetings' mask
        self._letters: dict[str, bytes] = {}  # a letter or digit -> the mask of the meetings holding it
        self._asking = threading.Event()  # a search waits for the lock: warming up lets it go first
        self._lock = threading.Lock()


    def __len__(self) -> int:
        return len(self._meetings)

    def matches(self, query: Query, stop: Callable[[], bool] | None = None) -> bytes:
        """For each meeting in Dataset order, whether it satisfies every term (any thread, one at a time).

        Each term is a byte mask (one byte per meeting, in a Python int, as facets.FacetIndex
        keeps them): terms combine with one C-level AND, and the masks of the last words typed
        are kept, so a keystroke asks the store for its new word only."""
        count = len(self._meetings)
        if query.is_empty:
            return b"\x01" * count
        self._asking.set()
        with self._lock:
            self._asking.clear()
            result: int | None = None
            for term in query.terms:
                mask = self._term_mask(Term(term.text, term.field))
                if term.negated:
                    mask ^= self._all
                result = mask if result is None else result & mask
                if stop is not None and stop():
                    raise Superseded
            assert result is not None
            return result.to_bytes(count, "little")  # flags.py: bytes, as the list and the Filters read them

    def warm(self) -> threading.Thread:
        """Open the store and index the countries' and the letters' meetings now (on a thread of its own,
        returned), so that the first word typed does not wait for them."""
        thread = threading.Thread(target=self._warm, name="diplo-search-warm", daemon=True)
        thread.start()
        return thread

    def _warm(self) -> None:
        with self._lock:
            self._open()
            self._country_mask("")
        # The first letter typed matches most meetings, and a scan for it is what a keystroke waits for
        # longest: each letter's and digit's meetings are kept ready, as the store prepared them (or else
        # asked of it one by one, a search typed meanwhile going first).
        for letter in _LETTERS:  # one at a time: the list reads its meetings on the same connection meanwhile
            own = self._meetings.prepared_masks((letter,)).get(letter)
            if own is not None:
                with self._lock:
                    self._letters[letter] = self._pack(self._with_countries(letter, int.from_bytes(own, "little")))
        for letter in _LETTERS:
            while self._asking.is_set():
                time.sleep(0.005)
            with self._lock:
                if letter not in self._letters:
                    self._term_mask(Term(letter), keep=True)

    def _open(self) -> None:
        if self._archive is None:
            self._archive = self._meetings.search_reader(self._country_name)
            self._all = int.from_bytes(b"\x01" * len(self._meetings), "little")

    def _mask(self, rows: Sequence[int]) -> int:
        count = len(self._meetings)
        flags = bytearray(count + 1)  # the last byte takes the rows not among these meetings (position -1)
        at = self._meetings.positions_of_rows()
        if rows and max(rows) >= len(at):  # written to the store after these meetings were read from it
            rows = [r for r in rows if r < len(at)]
        deque(map(flags.__setitem__, map(at.__getitem__, rows), repeat(1)), maxlen=0)  # no Python loop
        return int.from_bytes(memoryview(flags)[:count], "little")

    def _with_countries(self, text: str, mask: int) -> int:
        """A word's mask, with the meetings of the countries whose names hold it."""
        assert self._archive is not None
        for code in self._archive.country_codes(text):
            mask |= self._country_mask(code)
        return mask

    def _country_mask(self, code: str) -> int:
        if self._countries is None:  # every country's meetings, asked once
            assert self._archive is not None
            self._countries = {each: self._pack(self._mask(rows)) for each, rows in self._archive.country_rows()}
        packed = self._countries.get(code)
        return 0 if packed is None else self._unpack(packed)

    def _pack(self, mask: int) -> bytes:
        return zlib.compress(mask.to_bytes(len(self._meetings), "little"), 1)

    @staticmethod
    def _unpack(packed: bytes) -> int:
        return int.from_bytes(zlib.decompress(packed), "little")

    def _word_mask(self, word: str) -> int | None:
        """The meetings holding ``word`` (letters and digits only): those of the common words holding it,
        prepared, and those the index of less common words finds. Exact: a text holds such a word only
        inside one of its words, common or not. None: the store prepared no words (the full index answers)."""
        assert self._archive is not None
        common = self._meetings.common_words()
        if common is None:
            return None
        holding = [each for each in common if word in each]
        prepared = self._meetings.prepared_masks(holding) if holding else {}
        if len(prepared) < len(holding):  # damaged: not trusted
            return None
        try:
            rare = self._archive.rare_rows(word)
        except sqlite3.Error:
            return None
        if rare is None:
            return None
        mask = self._mask(rare)
        for own in prepared.values():
            mask |= int.from_bytes(own, "little")
        return self._with_countries(word, mask)

    def _term_mask(self, term: Term, keep: bool = False) -> int:
        """``keep``: among the letters kept for good, not the last words."""
        key = (term.field, term.text)
        packed = self._letters.get(term.text) if term.field is None else None
        if packed is not None:
            return self._unpack(packed)
        mask = self._recent.pop(key, None)
        if mask is None and ((term.field is None and len(term.text) == 2)
                             or (term.field in _PREPARED_FIELDS and len(term.text) == 1)):  # as the update prepared it
            word = term.text if term.field is None else f"{term.field}:{term.text}"
            own = self._meetings.prepared_masks((word,)).get(word)
            if own is not None:
                self._open()
                mask = int.from_bytes(own, "little")
                if term.field is None:
                    mask = self._with_countries(term.text, mask)
        if mask is None and term.field is None and len(term.text) > 1 and _WORD.fullmatch(term.text):
            self._open()
            mask = self._word_mask(term.text)
        if mask is None:
            self._open()
            assert self._archive is not None
            inverted, rows, codes = self._archive.term_rows(term)
            mask = self._mask(rows)
            if inverted:
                mask ^= self._all
            for code in codes:
                mask |= self._country_mask(code)
        if keep:
            self._letters[term.text] = self._pack(mask)
            return mask
        self._recent[key] = mask
        while len(self._recent) > _RECENT_TERMS:
            del self._recent[next(iter(self._recent))]
        return mask


_ColumnsData = tuple[list[str], bytes, bytes, bytes, bytes, bytes, bytes, bytes, bytes, bytes,
                     bytes]
_columns_decoder = msgspec.msgpack.Decoder(_ColumnsData)
_counts_decoder = msgspec.msgpack.Decoder(tuple[dict[str, dict[str, int]], dict[int, int], int])


class StoredRelations:
    """``relations.RelationIndex`` for meetings read from the store: the store finds the related
    meetings (the same rules, tested against each other), and only those are read whole."""

    def __init__(self, meetings: StoredMeetings) -> None:
        self._meetings = meetings
        self._archive = _reader(meetings.path)

    def related(self, meeting: Meeting, limit: int = 5) -> Related:
        from ..relations import Related

        found = self._archive.related(meeting.id, limit)

        def read(key: str) -> list[Meeting]:
            ids = found[key]
            ids = [ids] if isinstance(ids, str) else ids if isinstance(ids, list) else []
            return [m for m in map(self._meetings.find, ids) if m is not None]

        people = {p.person.id for p in meeting.participants}
        issues = {i.id for i in meeting.issues}
        previous, next_ = read("previous"), read("next")
        return Related(previous[0] if previous else None, next_[0] if next_ else None,
                       tuple((m, tuple(p.person for p in m.participants if p.person.id in people))
                             for m in read("people")),
                       tuple((m, tuple(i.id for i in m.issues if i.id in issues)) for m in read("issues")))


@dataclass(frozen=True, slots=True)
class Columns:
    """Every meeting's facet values and timeline facts, in Dataset order (``StoredMeetings.columns``)."""

    statuses: list[str]  # Status values
    partial: bytes  # 1: known to the month or year only
    firsts: array  # first and last day each may cover (proleptic ordinals)
    lasts: array
    people: list[tuple[str, ...]]  # participants' ids, in order
    countries: list[tuple[str, ...]]
    issues: list[tuple[str, ...]]

    def facet_index(self, full_counts: FacetCounts | None = None) -> FacetIndex:
        """The Filters' index of these meetings (``full_counts``: its counts with no search and no filter)."""
        index = FacetIndex.from_columns(self.people, self.countries, self.issues, self.statuses, self.firsts,
                                        self.lasts)
        if full_counts is not None:
            index.adopt_full_counts(full_counts)
        return index

    def slice(self, start: int, stop: int) -> Columns:
        return Columns(self.statuses[start:stop], self.partial[start:stop], self.firsts[start:stop],
                       self.lasts[start:stop], self.people[start:stop], self.countries[start:stop],
                       self.issues[start:stop])

    @classmethod
    def joined(cls, parts: Iterable[Columns]) -> Columns:
        """One column of the parts, end to end; each part is let go of once it is added (``parts`` may
        decode them one at a time: the whole archive's parts are never held at once)."""
        whole = cls([], b"", array("q"), array("q"), [], [], [])
        partial = bytearray()
        for part in parts:
            for name in ("statuses", "firsts", "lasts", "people", "countries", "issues"):
                getattr(whole, name).extend(getattr(part, name))
            partial += part.partial
        return replace(whole, partial=bytes(partial))

    def encode(self) -> bytes:
        # Ids, codes and statuses as numbers into one vocabulary: decoded, each value is one string
        # shared by every meeting that has it. Each meeting's participants, countries and issues are
        # packed (how many, then the numbers of them all, end to end), so that decoding makes no
        # Python list per meeting.
        vocabulary: dict[str, int] = {}
        number = vocabulary.setdefault

        def packed(column: list[tuple[str, ...]]) -> tuple[bytes, bytes]:
            sizes = array("I", map(len, column))
            numbers = array("I", [number(v, len(vocabulary)) for values in column for v in values])
            return sizes.tobytes(), numbers.tobytes()

        linked = [part for c in (self.people, self.countries, self.issues) for part in packed(c)]
        statuses = array("I", [number(v, len(vocabulary)) for v in self.statuses])
        return _encoder.encode((list(vocabulary), statuses.tobytes(), self.partial,
                                self.firsts.tobytes(), self.lasts.tobytes(), *linked))

    @classmethod
    def decode(cls, data: bytes, strings: dict[str, str] | None = None) -> Columns:
        """``strings``: the ids and codes of the slices decoded before, so that each is one string
        whichever slice it is in (a million meetings name their people a million times)."""
        words, status_numbers, partial, firsts, lasts, *linked = _columns_decoder.decode(data)
        if strings is not None:
            words = list(map(strings.setdefault, words, words))
        first, last, statuses = array("q"), array("q"), array("I")
        first.frombytes(firsts)
        last.frombytes(lasts)
        statuses.frombytes(status_numbers)
        word = words.__getitem__

        def unpacked(sizes_bytes: bytes, numbers_bytes: bytes) -> list[tuple[str, ...]]:
            sizes, numbers = array("I"), array("I")
            sizes.frombytes(sizes_bytes)
            numbers.frombytes(numbers_bytes)
            if sum(sizes) != len(numbers):
                raise ValueError("a packed column of the wrong length")
            names = map(word, numbers)
            column = list(map(tuple, map(islice, repeat(names), sizes)))  # each meeting's, in C
            shared: dict[tuple[str, ...], tuple[str, ...]] = {}  # the same people, countries or issues recur
            return list(map(shared.setdefault, column, column))

        people, countries, issues = (unpacked(*linked[n:n + 2]) for n in range(0, 6, 2))
        count = len(statuses)
        if not all(len(c) == count for c in (partial, first, last, people, countries, issues)):
            raise ValueError("columns of different lengths")
        return cls(list(map(word, statuses)), partial, first, last, people, countries, issues)


def _dataset_rows(db: sqlite3.Connection) -> array:
    """The meeting rows in Dataset order (newest first): as the last update kept them (8 bytes a meeting,
    read at once), else sorted by SQLite."""
    count, top = db.execute("SELECT count(*), max(row) FROM meeting").fetchone()
    rows = _kept_array(db, "rows", count)
    if rows is not None and (not rows or (min(rows) >= 1 and max(rows) == top)):  # else damaged: sorted again
        return rows
    return _sorted_rows(db)


def _kept_array(db: sqlite3.Connection, key: str, count: int) -> array | None:
    """A column of ``count`` numbers the last update kept under ``key`` (None: none of that length)."""
    kept = db.execute("SELECT value FROM prepared WHERE key = ?", (key,)).fetchone()
    if kept is None or len(kept[0]) != 8 * count:
        return None
    numbers = array("q")
    numbers.frombytes(kept[0])
    return numbers


def _sorted_rows(db: sqlite3.Connection) -> array:
    return array("q", (r for (r,) in db.execute("SELECT row FROM meeting ORDER BY sort DESC")))


def _reader(path: Path) -> Archive:
    """Questions to the store at ``path`` on a connection of their own (a search's, the related meetings')."""
    from .archive import Archive
    from .schema import StoreOpened

    return Archive(StoreOpened(connect_read_only(path, _READER_CACHE_KIB), path))


def prepare_columns(db: sqlite3.Connection) -> None:
    """Inside an update's transaction, after its rows: what a window opened from the store indexes and
    shows first (the columns, the Filters' counts with no search and no filter), made once here (a second
    or two at 100,000 meetings) rather than at every open."""
    rows = _sorted_rows(db)
    position = {row: n for n, row in enumerate(rows)}
    columns = read_columns(db, rows, position)
    counts = columns.facet_index().counts(FacetSelection())
    db.execute("INSERT OR REPLACE INTO prepared VALUES ('rows', ?)", (rows.tobytes(),))
    db.execute("INSERT OR REPLACE INTO prepared VALUES ('time_order', ?)", (_time_order(db, position).tobytes(),))
    db.execute("DELETE FROM prepared WHERE key LIKE 'columns:%'")
    db.executemany("INSERT INTO prepared VALUES (?, ?)",
                   [(f"columns:{n}", columns.slice(first, first + _SLICE).encode())
                    for n, first in enumerate(range(0, len(rows), _SLICE))])
    db.execute("INSERT OR REPLACE INTO prepared VALUES ('counts', ?)",
               (_encoder.encode(({f: dict(c) for f, c in counts.values.items()}, dict(counts.years), counts.total)),))
    prepare_search(db, rows, position)
    db.executemany("INSERT INTO prepared VALUES (?, ?)", prepare_fields(db, columns))


def _time_order(db: sqlite3.Connection, position: Mapping[int, int] | array) -> array:
    """The meetings' positions in Dataset order, oldest first day first, ids breaking ties: the
    timeline's order, sorted by SQLite (in C, off the interpreter) rather than at every open."""
    return array("q", map(position.__getitem__, (row for (row,) in db.execute(
        "SELECT row FROM meeting ORDER BY first_day, id"))))


def prepare_fields(db: sqlite3.Connection, columns: Columns) -> list[tuple[str, bytes]]:
    """The meetings of ``person:`` and ``issue:`` followed by one letter or digit, as ``word:person:e`` ...:
    most people's or issues' names hold it, and the store would read every participant for it.
    The rule is ``archive.py``'s for those fields: the id itself, or a name holding the text."""
    prepared = []
    for field, column in (("person", columns.people), ("issue", columns.issues)):
        named = db.execute(f"SELECT id, names FROM {field}").fetchall()
        distinct = set(column)  # the columns share recurring lists: each is looked at once
        for letter in _LETTERS:
            held = {key for key, names in named if key == letter or letter in names}
            hits = {values: not held.isdisjoint(values) for values in distinct}
            prepared.append((f"word:{field}:{letter}", zlib.compress(bytes(map(hits.__getitem__, column)), 1)))
    return prepared


def trigram_pairs(trigram: str) -> set[str]:
    """The pairs of characters a trigram holds: a word of two characters is in every text holding a
    trigram that begins or ends with it (archive.py asks the full-text index for their union)."""
    return {trigram[:2], trigram[1:]}


def prepare_search(db: sqlite3.Connection, rows: array, position: dict[int, int]) -> None:
    """What a search typed into a large list asks first, made here once: the meetings of each letter and
    digit and of the pairs of characters most meetings hold (byte masks in Dataset order, compressed:
    the full-text index answers such broad words slowest, and they are what a typist's first keys
    ask for), and the trigrams the full-text index holds (a rarer pair is the union of the trigrams
    that hold it). ``position``: each row's place in ``rows``."""
    texts = [""] * len(rows)
    for row, text in db.execute("SELECT row, text FROM searchable"):
        texts[position[row]] = text
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.trigram USING fts5vocab(main, meeting_text, 'row')")
    trigrams = dict(db.execute("SELECT term, doc FROM temp.trigram WHERE doc > 0"))
    db.execute("INSERT OR REPLACE INTO prepared VALUES ('trigrams', ?)", (_encoder.encode(list(trigrams)),))
    pairs: Counter[str] = Counter()  # a pair's postings in the union of its trigrams: what a query would read
    for trigram, docs in trigrams.items():
        for pair in trigram_pairs(trigram):
            pairs[pair] += docs
    broad = [pair for pair, postings in pairs.most_common(_PREPARED_PAIRS)
             if postings > len(rows) // 4 and pair.isprintable()]  # not the fields' separator
    counts = word_counts(texts)
    common = prepare_words(db, rows, texts, counts)
    # A letter, or a pair holding a space or a sign, is looked for in every text (str in C, quick for
    # one character); a pair or word of letters and digits is read from the texts' words.
    in_words = [word for word in (*broad, *common) if _WORD.fullmatch(word)]
    scanned = [word for word in (*_LETTERS, *broad) if word not in in_words]
    db.execute("DELETE FROM prepared WHERE key LIKE 'word:%'")
    db.executemany("INSERT INTO prepared VALUES (?, ?)",
                   [(f"word:{word}", zlib.compress(bytes(map(str.__contains__, texts, repeat(word))), 1))
                    for word in scanned])
    db.executemany("INSERT INTO prepared VALUES (?, ?)",
                   [(f"word:{word}", mask) for word, mask in zip(in_words, word_masks(texts, in_words, counts))])


def word_counts(texts: Iterable[str]) -> Counter[str]:
    """How many of the texts hold each word (``_WORD``): the meetings' vocabulary."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(set(_WORD.findall(text)))
    return counts


def word_masks(texts: Sequence[str], words: Sequence[str], vocabulary: Iterable[str]) -> list[bytes]:
    """For each of ``words`` (letters and digits only), one byte per text, 1 where the text holds it,
    compressed with zlib.

    Such a word is in a text exactly when it is inside one of the text's words, so each is looked
    for once in the vocabulary (every word of the texts) rather than in every text: the texts are
    then read word by word, once for all of them, a slice of texts at a time, each word's mask
    compressed as it goes (every mask whole would be a megabyte a word at a million meetings)."""
    known = list(vocabulary)
    starts = list(itertools.accumulate((len(w) + 1 for w in known), initial=0))
    joined = "\n".join(known)  # no word holds a line break
    holders: dict[str, list[int]] = {}  # a vocabulary word -> the numbers of the words inside it
    for number, word in enumerate(words):
        last = -1
        for found in re.finditer(re.escape(word), joined):
            held_by = bisect.bisect_right(starts, found.start()) - 1
            if held_by != last:  # a word twice inside the same one
                holders.setdefault(known[held_by], []).append(number)
                last = held_by
    # A small window and little memory per stream: a mask is mostly long runs, and there are hundreds.
    streams = [zlib.compressobj(1, zlib.DEFLATED, 9, 1) for _ in words]
    parts: list[list[bytes]] = [[] for _ in words]
    holding = holders.get
    for first in range(0, len(texts), _MASK_SLICE):
        chunk = texts[first:first + _MASK_SLICE]
        masks = [bytearray(len(chunk)) for _ in words]
        for position, text in enumerate(chunk):
            for word in set(_WORD.findall(text)):
                for number in holding(word, ()):
                    masks[number][position] = 1
        for stream, part, mask in zip(streams, parts, masks):
            part.append(stream.compress(mask))
    return [b"".join((*part, stream.flush())) for stream, part in zip(streams, parts)]


def prepare_words(db: sqlite3.Connection, rows: array, texts: list[str],
                  counts: Counter[str] | None = None) -> list[str]:
    """Split the meetings' words in two: the common ones (returned: their masks are prepared with the
    letters') and the rest, written to the index of less common words for the rows not yet in it.
    ``counts``: ``word_counts(texts)``, when the caller has it.

    A word once common stays so until the next rebuild: a row's less common words were written
    without the common ones of that time, so the masks must go on covering those."""
    found = db.execute("SELECT value FROM prepared WHERE key = 'common'").fetchone()
    try:
        common = _words_decoder.decode(found[0]) if found else []
    except (msgspec.DecodeError, msgspec.ValidationError):
        found, common = None, []
    if found is None:  # no list of common words (a new store, or damaged): every row's rare words anew
        db.execute("DELETE FROM word_rare")
        db.execute("INSERT INTO rare_text(rare_text) VALUES ('delete-all')")
    if counts is None:
        counts = word_counts(texts)
    known = set(common)
    floor = max(len(texts) // _COMMON_SHARE, _COMMON_MIN)
    for word, count in counts.most_common():
        if count <= floor or len(common) >= _COMMON_WORDS:
            break
        if len(word) >= _SHORTEST_COMMON and word not in known:
            common.append(word)
            known.add(word)
    done = {row for (row,) in db.execute("SELECT row FROM word_rare")}
    # Between spaces: a word of two characters then has trigrams too (archive.py reads a pair from them).
    fresh = [(row, f" {' '.join(w for w in dict.fromkeys(_WORD.findall(text)) if len(w) > 1 and w not in known)} ")
             for row, text in zip(rows, texts) if row not in done]
    db.executemany("INSERT INTO word_rare VALUES (?, ?)", fresh)
    db.executemany("INSERT INTO rare_text(rowid, text) VALUES (?, ?)", fresh)
    if fresh and 4 * len(fresh) >= len(texts):
        db.execute("INSERT INTO rare_text(rare_text) VALUES ('optimize')")  # one run of postings (archive.py)
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.rare_trigram USING fts5vocab(main, rare_text, 'row')")
    db.execute("INSERT OR REPLACE INTO prepared VALUES ('rare_trigrams', ?)",
               (_encoder.encode([t for (t,) in db.execute("SELECT term FROM temp.rare_trigram WHERE doc > 0")]),))
    db.execute("INSERT OR REPLACE INTO prepared VALUES ('common', ?)", (_encoder.encode(common),))
    return common


def read_columns(db: sqlite3.Connection, rows: array, position: dict[int, int] | None = None) -> Columns:
    """The columns of the meetings at these store rows, in that order, from the meeting rows
    (``position``: each row's place in ``rows``, when the caller has it)."""
    if position is None:
        position = {row: n for n, row in enumerate(rows)}
    count = len(rows)
    statuses: list[str] = [""] * count
    partial = bytearray(count)
    firsts = array("q", bytes(8 * count))
    lasts = array("q", bytes(8 * count))
    linked: list[list[tuple[str, ...]]] = [[()] * count for _ in range(3)]
    people, countries, issues = linked
    one: dict[str, str] = {}  # ids, codes and statuses repeat: one string each
    keep = one.setdefault
    tuples: dict[str, tuple[str, ...]] = {"": ()}  # and so do whole lists of them

    def split(text: str | None) -> tuple[str, ...]:
        text = text or ""
        found = tuples.get(text)
        if found is None:
            found = tuples[text] = tuple(keep(v, v) for v in text.split(_UNIT))
        return found

    for row, status, part, first, last in db.execute("SELECT row, status, partial, first_day, last_day FROM meeting"):
        n = position[row]
        statuses[n], partial[n], firsts[n], lasts[n] = keep(status, status), part, first, last
    # Each meeting's participants, countries and issues, joined by SQLite (in C) into one text.
    for column, sql in ((people, "SELECT meeting, group_concat(person, char(31)) FROM "
                                 "(SELECT meeting, person FROM participant ORDER BY meeting, position) "
                                 "GROUP BY meeting"),
                        (countries, "SELECT meeting, group_concat(code, char(31)) FROM meeting_country "
                                    "GROUP BY meeting"),
                        (issues, "SELECT meeting, group_concat(issue, char(31)) FROM meeting_issue "
                                 "GROUP BY meeting")):
        for row, joined in db.execute(sql):
            column[position[row]] = split(joined)
    return Columns(statuses, bytes(partial), firsts, lasts, people, countries, issues)


@dataclass(frozen=True, slots=True)
class Stored:
    """A load answered from the store."""

    dataset: Dataset
    problems: tuple[Problem, ...]
    fingerprints: tuple[Fingerprint, ...]  # each file as the store read it, in load order


def changed_files(fingerprints: Sequence[Fingerprint]) -> list[str]:
    """The files whose bytes are no longer those fingerprinted (a load from the store reads them again)."""
    changed = []
    for path, digest in ((f.path, f.digest) for f in fingerprints):
        try:
            with open(path, "rb") as f:
                now = hashlib.file_digest(f, lambda: hashlib.blake2b(digest_size=20)).hexdigest()
        except OSError:
            now = ""
        if now != digest:
            changed.append(path)
    return changed


def open_stored(path: Path | None, found: Sequence[Path]) -> Stored | None:
    """The load of ``found`` as the store at ``path`` holds it, or None when it holds another or cannot say."""
    if path is None or not found:
        return None
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        db = connect_read_only(path, _READER_CACHE_KIB)
    except (OSError, sqlite3.Error):
        return None
    try:
        db.execute("BEGIN")  # one snapshot for everything read now and later (StoredMeetings)
        stored = _read(db, path, found)
    except (sqlite3.Error, msgspec.DecodeError, msgspec.ValidationError, ValueError, OSError):
        stored = None  # damaged or foreign: the files are read as usual, and the update rebuilds it
    if stored is None:
        db.close()
    return stored


def _read(db: sqlite3.Connection, path: Path, found: Sequence[Path]) -> Stored | None:
    from ..cache import Fingerprint
    from .archive import _store_code_version

    if (db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION
            or db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID):
        return None
    meta = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('code', 'opened')"))
    if meta.get("code") != _store_code_version() or meta.get("opened") != json.dumps([str(p) for p in found]):
        return None
    stored = {p: (size, mtime, digest) for p, size, mtime, digest in db.execute("SELECT * FROM file")}
    if len(stored) != len(found):
        return None
    fingerprints = []
    for file in found:
        info = os.stat(file)
        size, mtime, digest = stored.get(str(file), (-1, -1, ""))
        if (size, mtime) != (info.st_size, info.st_mtime_ns):
            return None
        fingerprints.append(Fingerprint(str(file), size, mtime, digest))
    people = {p.id: p for p in (_person.decode(r) for (r,) in db.execute("SELECT record FROM person"))}
    issues = {i.id: i for i in (_issue.decode(r) for (r,) in db.execute("SELECT record FROM issue"))}
    problems = tuple(_problem.decode(r) for (r,) in db.execute("SELECT record FROM problem ORDER BY position"))
    meetings = StoredMeetings(path, db)
    dataset = Dataset(MappingProxyType(people), MappingProxyType(issues), meetings)  # type: ignore[arg-type]
    return Stored(dataset, problems, tuple(fingerprints))
