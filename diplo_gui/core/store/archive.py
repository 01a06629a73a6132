"""The archive in SQLite: indexing a load file by file, and the questions the window asks.

Indexing takes what the loader validated and linked (the YAML files stay the source of
truth) and writes only what changed: the rows of files whose fingerprint changed, and
the meetings elsewhere whose references touch what those files define (a person renamed
in people.yaml re-indexes that person's meetings, not the archive).

Questions are answered in SQL: a search (``search.py``'s language, same semantics) with
the ticked facets gives the meeting rows in the list's order (an ``array``, one machine
integer per meeting); the facet counts and the timeline's bins are aggregates of that
answer; related meetings and issue threads are indexed look-ups.
"""

from __future__ import annotations

import datetime as _dt
import json
import threading
import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import msgspec

from .. import countries as _countries
from ..facets import COUNTRY, FACETS, ISSUE, PERSON, STATUS, FacetSelection, meeting_countries, meeting_span
from ..model import Dataset, Issue, Meeting, PartialDate, Person, _sort_text
from ..search import _SEP, Query, Term, _Rows, normalize, parse_query
from .schema import QUERY_CACHE_KIB, StoreOpened
from .stored import Opened, StoredMeetings, encode, prepare_columns, record_opened, trigram_pairs

if TYPE_CHECKING:
    from ..cache import Fingerprint

ORDERS = {"date": "sort", "title": "title_key", "place": "place_key", "people": "people_key"}
_BATCH = 5000  # meetings written per batch
_WRITE_CACHE_KIB = 16000  # SQLite's page cache while an update writes (QUERY_CACHE_KIB otherwise)
_TRIGRAM = 3  # FTS5's trigram index answers words of three characters or more; shorter ones scan
_WIDEST_UNION = 400  # trigrams OR'ed for a word of two characters; wider, a scan of the texts is as quick
_trigrams_decoder = msgspec.msgpack.Decoder(list[str])


def _phrase(text: str) -> str:
    """``text`` as one FTS5 string: the trigram indexes find it as a substring, whatever it holds."""
    return '"' + text.replace('"', '""') + '"'


@dataclass(frozen=True, slots=True)
class PageRow:
    """One row of the list, as read by position: what the list shows, no more."""

    row: int  # the meeting's row in the store
    id: str
    title: str
    date: PartialDate
    end_date: PartialDate | None
    status: str
    city: str | None
    place_country: str | None
    people: str


@dataclass(frozen=True, slots=True)
class Answer:
    """The meetings a search and the ticked facets keep, in the list's order."""

    rows: array  # store rows, top to bottom ('q')
    loaded: int  # meetings in the archive
    query: Query = Query()
    selection: FacetSelection = FacetSelection()
    order: tuple[str, bool] = ("date", True)  # (column, descending)

    def __len__(self) -> int:
        return len(self.rows)


@dataclass(frozen=True, slots=True)
class Counts:
    """For each facet, how many meetings each value would keep (disjunctive), and the total."""

    values: Mapping[str, Counter[str]] = field(default_factory=dict)
    total: int = 0


@dataclass(frozen=True, slots=True)
class Bins:
    """Meetings of an answer per bin of ``days`` days from ``first`` (an ordinal), by status."""

    first: int
    days: int
    counts: Mapping[str, list[int]]  # status -> count per bin

    def total(self) -> list[int]:
        columns = list(self.counts.values())
        return [sum(c) for c in zip(*columns)] if columns else []


@dataclass(frozen=True, slots=True)
class UpdateReport:
    changed_files: tuple[str, ...]
    meetings_written: int
    rebuilt: bool  # every row was written again (a new store, or new code)


class _TextRows(_Rows):
    """search.py's row builder without the country names: those depend on the window's language
    and live in a temporary table (``set_country_names``), so the store is the same in any locale."""

    def _country(self, code: str) -> str:
        return ""


def _store_code_version() -> str:
    import hashlib
    from pathlib import Path

    from ..cache import code_version

    digest = hashlib.blake2b(code_version().encode(), digest_size=16)
    here = Path(__file__).parent
    for name in ("archive.py", "schema.py", "stored.py", "../search.py", "../facets.py", "../linking.py"):
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            pass
    return digest.hexdigest()


class Archive:
    """One connection to a store. Calls are serialised by a lock: give each thread its own ``reader()``."""

    def __init__(self, opened: StoreOpened, lock: threading.RLock | None = None) -> None:
        """``lock``: the one the connection's other user holds (a connection shared with StoredMeetings)."""
        self.opened = opened
        self._db = opened.connection
        self._lock = lock or threading.RLock()
        # The trigram index's terms by the pairs of characters they begin and end with, as an update
        # prepared them (None: not read yet; empty: none prepared).
        self._trigrams: dict[str, dict[str, set[str]]] = {}  # index -> pair -> the trigrams holding it
        self._prepare_temp()

    @property
    def message(self) -> str | None:
        """Why the store file was rebuilt or bypassed (None when it opened as it was)."""
        return self.opened.message

    def reader(self) -> Archive:
        """Another connection to the same store, for another thread (the same one for a store in memory)."""
        if self.opened.path is None:
            return self
        from .schema import connect_read_only

        return Archive(StoreOpened(connect_read_only(self.opened.path), self.opened.path))

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _prepare_temp(self) -> None:
        # One statement at a time (executescript would first commit a read snapshot the connection holds).
        for table in ("country(code TEXT PRIMARY KEY, names TEXT NOT NULL)", "text_rows(row INTEGER PRIMARY KEY)",
                      "answer_rows(pos INTEGER PRIMARY KEY, row INTEGER NOT NULL)"):
            self._db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table}")

    # -- indexing -----------------------------------------------------------------------
    def update(self, dataset: Dataset, fingerprints: Sequence[Fingerprint],
               country_name: Callable[[str], str] = _countries.country_name,
               opened: Opened | None = None) -> UpdateReport:
        """Make the store hold exactly ``dataset``, read from files with these fingerprints.

        ``opened``: the load's files and problems, when its records are exactly those of the
        fingerprinted bytes; the store then answers the next open of those files (stored.py)."""
        with self._lock:
            db = self._db
            # A large cache while writing (an archive's rows go through it), a small one between updates:
            # what stays cached is memory the window holds for as long as it is open.
            db.execute(f"PRAGMA cache_size = -{_WRITE_CACHE_KIB}")
            try:
                return self._update(dataset, fingerprints, country_name, opened)
            finally:
                db.execute(f"PRAGMA cache_size = -{QUERY_CACHE_KIB}")

    def _update(self, dataset: Dataset, fingerprints: Sequence[Fingerprint], country_name: Callable[[str], str],
                opened: Opened | None) -> UpdateReport:
        db = self._db
        code = _store_code_version()
        stored_code = db.execute("SELECT value FROM meta WHERE key = 'code'").fetchone()
        rebuilt = stored_code is None or stored_code[0] != code
        db.execute("BEGIN IMMEDIATE")
        try:
            if rebuilt:
                for table in ("file", "person", "issue", "meeting", "participant", "speaker", "meeting_issue",
                              "meeting_country", "searchable", "problem", "meeting_record", "prepared", "word_rare"):
                    db.execute(f"DELETE FROM {table}")
                db.execute("INSERT INTO meeting_text(meeting_text) VALUES ('delete-all')")
                db.execute("INSERT INTO rare_text(rare_text) VALUES ('delete-all')")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('code', ?)", (code,))
            stored = {path: (size, mtime, digest) for path, size, mtime, digest
                      in db.execute("SELECT path, size, mtime_ns, digest FROM file")}
            new = {f.path: (f.size, f.mtime_ns, f.digest) for f in fingerprints}
            # Records from a file without a fingerprint (read without a cache, or gone since) are
            # written again at every update: nothing says they are still what was stored.
            unknown = f"unknown-{time.time_ns()}"
            # Meetings read from this store (stored.py) came from fingerprinted files: not read again here.
            meetings = () if isinstance(dataset.meetings, StoredMeetings) else dataset.meetings
            for records in (dataset.people.values(), dataset.issues.values(), meetings):
                for path in {r.origin.path for r in records if r.origin is not None} - new.keys():
                    new[path] = (0, 0, unknown)
            changed = {p for p in stored.keys() | new.keys() if stored.get(p) != new.get(p)}
            written = self._apply(dataset, changed) if changed else 0
            if written and 4 * written >= len(dataset.meetings):
                # Most of the index written anew: its segments merged into one, so that a broad word
                # reads one run of postings (benchmarks/archive_window.py measures what a keystroke waits).
                db.execute("INSERT INTO meeting_text(meeting_text) VALUES ('optimize')")
            if changed or rebuilt:
                db.execute("DELETE FROM file")
                db.executemany("INSERT INTO file VALUES (?, ?, ?, ?)", [(p, *v) for p, v in new.items()])
                prepare_columns(db)
            record_opened(db, opened)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        self._trigrams = {}  # as this update prepared them
        self.set_country_names(country_name)
        return UpdateReport(tuple(sorted(changed)), written, rebuilt)

    def _in(self, column: str, values: Iterable[str]) -> tuple[str, list[str]]:
        values = list(values)
        return f"{column} IN ({','.join('?' * len(values))})", values

    def _select_set(self, sql: str, values: Iterable[str]) -> set:
        values = list(values)
        found: set = set()
        for first in range(0, len(values), 500):  # SQLite's limit on parameters
            chunk = values[first:first + 500]
            found.update(r[0] for r in self._db.execute(sql.replace("(?)", f"({','.join('?' * len(chunk))})"), chunk))
        return found

    def _apply(self, dataset: Dataset, changed: set[str]) -> int:
        db = self._db
        old_people = self._select_set("SELECT id FROM person WHERE file IN (?)", changed)
        old_issues = self._select_set("SELECT id FROM issue WHERE file IN (?)", changed)
        old_meetings = self._select_set("SELECT id FROM meeting WHERE file IN (?)", changed)

        def origin(record) -> str | None:  # type: ignore[no-untyped-def]
            return record.origin.path if record.origin is not None else None

        people = {p.id: p for p in dataset.people.values() if origin(p) in changed}
        issues = {i.id: i for i in dataset.issues.values() if origin(i) in changed}
        touched_people = old_people | people.keys()
        touched_issues = old_issues | issues.keys()
        # Person and issue rows: the winners of these ids now (an id no file defines any more goes).
        for table, ids, records in (("person", touched_people, dataset.people), ("issue", touched_issues,
                                                                                dataset.issues)):
            for first in range(0, len(ids), 500):
                chunk = sorted(ids)[first:first + 500]
                db.execute(f"DELETE FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            rows: list[tuple[object, ...]] = []
            for key in ids:
                record: Person | Issue | None = records.get(key)
                if record is None:
                    continue
                if isinstance(record, Person):
                    name = normalize(record.name)
                    names = f"{name}{_SEP}{normalize(record.native_name)}" if record.native_name else name
                    rows.append((record.id, origin(record) or "", record.name, names, record.country,
                                 encode(record)))
                else:
                    rows.append((record.id, origin(record) or "", record.name, normalize(record.name),
                                 encode(record)))
            if rows:
                db.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
        # Meetings to write again: of the changed files, touching what they define, or sharing an id with theirs.
        new_ids = {m.id for m in dataset.meetings if origin(m) in changed}
        stale = self._select_set("SELECT row FROM meeting WHERE file IN (?)", changed)
        stale |= self._select_set("SELECT meeting FROM participant WHERE person IN (?)", touched_people)
        stale |= self._select_set("SELECT meeting FROM speaker WHERE person IN (?)", touched_people)
        stale |= self._select_set("SELECT meeting FROM meeting_issue WHERE issue IN (?)", touched_issues)
        stale |= self._select_set("SELECT row FROM meeting WHERE id IN (?)", new_ids | old_meetings)
        stale_ids = self._select_set("SELECT id FROM meeting WHERE row IN (?)", stale) if stale else set()
        for first in range(0, len(stale), 500):
            chunk = sorted(stale)[first:first + 500]
            marks = ",".join("?" * len(chunk))
            # The full-text index keeps no copy of the text: it is told what it indexed, then forgets it.
            db.execute("INSERT INTO meeting_text(meeting_text, rowid, text) SELECT 'delete', row, text FROM searchable "
                       f"WHERE row IN ({marks})", chunk)
            db.execute("INSERT INTO rare_text(rare_text, rowid, text) SELECT 'delete', row, text FROM word_rare "
                       f"WHERE row IN ({marks})", chunk)
            for table, column in (("meeting", "row"), ("participant", "meeting"), ("speaker", "meeting"),
                                  ("meeting_issue", "meeting"), ("meeting_country", "meeting"),
                                  ("searchable", "row"), ("meeting_record", "row"), ("word_rare", "row")):
                db.execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", chunk)
        wanted = stale_ids | new_ids | old_meetings
        if touched_people or touched_issues:
            def touches(m: Meeting) -> bool:
                return (any(p.person.id in touched_people for p in m.participants)
                        or any(q.speaker.id in touched_people for q in m.quotes)
                        or any(i.id in touched_issues for i in m.issues))
            todo = [m for m in dataset.meetings if m.id in wanted or origin(m) in changed or touches(m)]
        else:
            todo = [m for m in dataset.meetings if m.id in wanted or origin(m) in changed]
        self._write_meetings(todo)
        return len(todo)

    def _write_meetings(self, meetings: Sequence[Meeting]) -> None:
        # In batches: the rows of a whole archive at once would take more memory than its meetings.
        for first in range(0, len(meetings), _BATCH):
            self._write_batch(meetings[first:first + _BATCH])

    def _write_batch(self, meetings: Sequence[Meeting]) -> None:
        db = self._db
        text_rows = _TextRows(lambda code: code)
        spans: dict[tuple[object, object], tuple[int, int]] = {}
        names: dict[str, str] = {}
        meeting_rows: list[tuple] = []
        participants: list[tuple[int, str, int]] = []
        speakers: list[tuple[int, str]] = []
        issue_rows: list[tuple[int, str]] = []
        country_rows: list[tuple[int, str]] = []
        texts: list[tuple[int, str]] = []
        records: list[tuple[int, bytes]] = []
        next_row = (db.execute("SELECT max(row) FROM meeting").fetchone()[0] or 0) + 1
        for row, m in enumerate(meetings, start=next_row):
            key = (m.date, m.end_date)
            span = spans.get(key)
            if span is None:
                first, last = meeting_span(m)
                span = spans[key] = (first.toordinal(), last.toordinal())
            place = m.place
            codes = meeting_countries(m)
            sides = sorted({p.person.country for p in m.participants if p.person.country} or codes)
            people_names = ", ".join(p.person.name for p in m.participants)
            for p in m.participants:
                if p.person.id not in names:
                    names[p.person.id] = normalize(p.person.name)
            title_norm = normalize(m.title)
            sort = _sort_text(m)
            partial = m.date.day is None or (m.end_date is not None and m.end_date.day is None)
            meeting_rows.append((
                row, m.id, m.origin.path if m.origin else "", sort, m.title, str(m.date),
                str(m.end_date) if m.end_date else None, place.city if place else None,
                place.country if place else None, people_names, ",".join(sides),
                f"{title_norm}\0{sort}", f"{normalize(place.city or '') if place else ''}\0"
                f"{place.country or '' if place else ''}\0{sort}",
                "\x1f".join(names[p.person.id] for p in m.participants) + "\0" + sort,
                span[0], span[1], m.date.year, (m.end_date or m.date).year, m.status.value, int(partial),
                _SEP.join(text_rows.places(m))))
            records.append((row, encode(m)))
            participants.extend((row, p.person.id, n) for n, p in enumerate(m.participants))
            speakers.extend((row, s) for s in {q.speaker.id for q in m.quotes})
            issue_rows.extend((row, i.id) for i in m.issues)
            country_rows.extend((row, c) for c in codes)
            texts.append((row, text_rows.text(m)))
        db.executemany(f"INSERT INTO meeting VALUES ({','.join('?' * 21)})", meeting_rows)
        db.executemany("INSERT INTO meeting_record VALUES (?, ?)", records)
        db.executemany("INSERT INTO participant VALUES (?, ?, ?)", participants)
        db.executemany("INSERT INTO speaker VALUES (?, ?)", speakers)
        db.executemany("INSERT INTO meeting_issue VALUES (?, ?)", issue_rows)
        db.executemany("INSERT INTO meeting_country VALUES (?, ?)", country_rows)
        db.executemany("INSERT INTO searchable VALUES (?, ?)", texts)
        db.executemany("INSERT INTO meeting_text(rowid, text) VALUES (?, ?)", texts)

    def set_country_names(self, country_name: Callable[[str], str]) -> None:
        """The country names the window shows (its language): what ``country:`` and free text find."""
        with self._lock:
            rows = _Rows(country_name)
            codes = [r[0] for r in self._db.execute("SELECT DISTINCT code FROM meeting_country")]
            self._db.execute("DELETE FROM temp.country")
            self._db.executemany("INSERT INTO temp.country VALUES (?, ?)", [(c, rows._country(c)) for c in codes])

    # -- questions ----------------------------------------------------------------------
    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM meeting").fetchone()[0])

    def _term(self, term: Term) -> tuple[str, list[object]]:
        """The rows holding ``term`` (never negated here) as a sub-select."""
        parts = self._term_parts(term)
        return " UNION ".join(sql for sql, _ in parts), [value for _, values in parts for value in values]

    def term_rows(self, term: Term) -> tuple[bool, list[int], list[str]]:
        """What holds ``term`` (never negated), for a caller that keeps sets of meetings as masks:
        ``(inverted, rows, countries)``: the rows holding it (or, ``inverted``, those that do not,
        when those are fewer: a word of one letter is in nearly every meeting), and for free
        text the country codes whose names hold it (their meetings hold it too)."""
        with self._lock:
            parts = self._term_parts(term)
            if term.field is not None:
                return False, self._row_list(" UNION ".join(sql for sql, _ in parts),
                                             [v for _, values in parts for v in values]), []
            (own, params), _country = parts
            codes = self.country_codes(term.text)
            # One letter is in nearly every meeting: ask for those without it, when they are fewer.
            if len(term.text) > 1 or 2 * self._db.execute(f"SELECT count(*) FROM ({own})", params).fetchone()[0] \
                    <= self._db.execute("SELECT count(*) FROM searchable").fetchone()[0]:
                return False, self._row_list(own, params), codes
            return True, self._row_list(f"SELECT row FROM searchable WHERE row NOT IN ({own})", params), codes

    def country_codes(self, text: str) -> list[str]:
        """The countries whose names (as ``set_country_names`` gave them) hold ``text``."""
        with self._lock:
            return [c for (c,) in self._db.execute("SELECT code FROM temp.country WHERE instr(names, ?)", (text,))]

    def rare_rows(self, word: str) -> list[int] | None:
        """The rows whose less common words hold ``word`` (stored.prepare_search says which are common);
        None for a word of two characters held by too many of their trigrams."""
        with self._lock:
            if len(word) >= _TRIGRAM:
                return self._row_list("SELECT rowid FROM rare_text WHERE rare_text MATCH ?",
                                      [_phrase(word)])
            two = self._two_characters(word, "rare_text")
            return None if two is None else self._row_list(*two)

    def _row_list(self, sql: str, params: Sequence[object]) -> list[int]:
        # One JSON array made by SQLite and parsed at once: tens of thousands of rows, one at a time
        # through the cursor, would hold the interpreter four times as long.
        found = self._db.execute(f"WITH found(row) AS ({sql}) SELECT json_group_array(row) FROM found",
                                 params).fetchone()[0]
        return json.loads(found) if found else []

    def _two_characters(self, text: str, index: str = "meeting_text") -> tuple[str, list[object]] | None:
        """A word of two characters as a query of a trigram index (``meeting_text``, or ``rare_text``, the
        index of less common words): the union of the trigrams that begin or end with it. Every searchable
        text holds a trigram (its status alone is one), and every text of less common words is padded with
        spaces, so the union misses none; None when the store has no list of the index's trigrams (a scan
        then) or the union would be too wide to be quicker."""
        by_pair = self._trigrams.get(index)
        if by_pair is None:
            key = "trigrams" if index == "meeting_text" else "rare_trigrams"
            found = self._db.execute("SELECT value FROM prepared WHERE key = ?", (key,)).fetchone()
            try:
                trigrams = _trigrams_decoder.decode(found[0]) if found else []
            except (msgspec.DecodeError, msgspec.ValidationError):
                trigrams = []
            by_pair = {}
            for trigram in trigrams:
                for pair in trigram_pairs(trigram):
                    by_pair.setdefault(pair, set()).add(trigram)
            self._trigrams[index] = by_pair
        if not by_pair:  # none prepared (or none to prepare): a scan
            return None
        holding = sorted(by_pair.get(text, ()))
        if len(holding) > _WIDEST_UNION:
            return None
        if not holding:
            return "SELECT row FROM searchable WHERE 0", []
        return (f"SELECT rowid FROM {index} WHERE {index} MATCH ?",
                [" OR ".join(map(_phrase, holding))])

    def country_rows(self) -> list[tuple[str, list[int]]]:
        """Each country and the rows of its meetings (the participants' countries and the place's)."""
        with self._lock:
            return [(code, json.loads(rows)) for code, rows in self._db.execute(
                "SELECT code, json_group_array(meeting) FROM meeting_country GROUP BY code")]

    def _term_parts(self, term: Term) -> list[tuple[str, list[object]]]:
        """The sub-selects whose union is the rows holding ``term``."""
        text = term.text
        if term.field is None:
            values: list[object]
            if len(text) >= _TRIGRAM:
                own = "SELECT rowid FROM meeting_text WHERE meeting_text MATCH ?"
                values = [_phrase(text)]
            elif len(text) == _TRIGRAM - 1 and (two := self._two_characters(text)) is not None:
                own, values = two
            else:
                own, values = "SELECT row FROM searchable WHERE instr(text, ?)", [text]
            return [(own, values), ("SELECT meeting FROM meeting_country WHERE code IN "
                                     "(SELECT code FROM temp.country WHERE instr(names, ?))", [text])]
        whole = text if _SEP not in text else "\0"  # a value holding the separator is never an id
        if term.field == "person":
            return [("SELECT DISTINCT meeting FROM participant WHERE person IN "
                     "(SELECT id FROM person WHERE id = ? OR instr(names, ?))", [whole, text])]
        if term.field == "issue":
            return [("SELECT DISTINCT meeting FROM meeting_issue WHERE issue IN "
                     "(SELECT id FROM issue WHERE id = ? OR instr(names, ?))", [whole, text])]
        if term.field == "country":
            return [("SELECT meeting FROM meeting_country WHERE lower(code) = ? OR code IN "
                    "(SELECT code FROM temp.country WHERE instr(names, ?))", [whole, text])]
        if term.field == "status":
            return [("SELECT row FROM meeting WHERE status = ?", [whole])]
        if term.field == "year":
            if text.isdigit() and text.isascii() and str(int(text)) == text:
                return [("SELECT row FROM meeting WHERE year_from <= ? AND year_to >= ?", [int(text), int(text)])]
            return [("SELECT row FROM meeting WHERE 0", [])]
        if term.field == "place":
            return [("SELECT row FROM meeting WHERE instr(places, ?)", [text])]
        return [("SELECT row FROM meeting WHERE 0", [])]

    def _text_select(self, query: Query) -> tuple[str, list[object]]:
        """The rows matching every term, as one compound SELECT (terms intersect, negations are taken out)."""
        positive = [t for t in query.terms if not t.negated]
        negative = [t for t in query.terms if t.negated]
        parts: list[str] = []
        params: list[object] = []
        if not positive:
            parts.append("SELECT row FROM meeting")
        for n, term in enumerate(positive):
            sql, values = self._term(term)
            parts.append(("" if n == 0 else " INTERSECT ") + f"SELECT * FROM ({sql})")
            params += values
        for term in negative:
            sql, values = self._term(term)
            parts.append(f" EXCEPT SELECT * FROM ({sql})")
            params += values
        return "".join(parts), params

    def _facet_where(self, selection: FacetSelection, leave_out: str | None = None,
                     alias: str = "") -> tuple[str, list[object]]:
        """The meeting rows (``alias``: of which table in the query) passing every ticked facet but ``leave_out``."""
        a = f"{alias}." if alias else ""
        parts: list[str] = []
        params: list[object] = []
        tables = {PERSON: ("participant", "person"), ISSUE: ("meeting_issue", "issue"),
                  COUNTRY: ("meeting_country", "code")}
        for facet in FACETS:
            values = sorted(selection.values(facet))
            if not values or facet == leave_out:
                continue
            marks = ",".join("?" * len(values))
            if facet == STATUS:
                parts.append(f"{a}status IN ({marks})")
            else:
                table, column = tables[facet]
                parts.append(f"{a}row IN (SELECT meeting FROM {table} WHERE {column} IN ({marks}))")
            params += values
        if leave_out != "dates":
            if selection.date_from is not None:
                parts.append(f"{a}last_day >= ?")
                params.append(selection.date_from.toordinal())
            if selection.date_to is not None:
                parts.append(f"{a}first_day <= ?")
                params.append(selection.date_to.toordinal())
        return " AND ".join(parts) or "1", params

    def answer(self, query: Query | str = "", selection: FacetSelection = FacetSelection(),
               order: tuple[str, bool] = ("date", True)) -> Answer:
        """The meetings the list shows, in its order; kept on this connection for ``counts`` and ``bins``."""
        parsed = parse_query(query) if isinstance(query, str) else query
        column = ORDERS.get(order[0], "sort")
        with self._lock:
            self._select(parsed, selection, f"ORDER BY {column} {'DESC' if order[1] else 'ASC'}")
            rows = array("q", (r for (r,) in self._db.execute("SELECT row FROM temp.answer_rows ORDER BY pos")))
            loaded = self._db.execute("SELECT count(*) FROM meeting").fetchone()[0]
            return Answer(rows, loaded, parsed, selection, order)

    def count(self, query: Query, selection: FacetSelection) -> Counts:
        """``counts`` of what ``answer`` would give, without reading its rows out of SQLite (the Filters
        need how many, not which)."""
        with self._lock:
            self._select(query, selection, "")
            return self._counts(selection, self._db.execute("SELECT count(*) FROM temp.answer_rows").fetchone()[0])

    def _select(self, parsed: Query, selection: FacetSelection, order_by: str) -> None:
        """The answer's rows into the temporary tables, which ``counts`` and ``bins`` read."""
        db = self._db
        db.execute("BEGIN")
        try:
            db.execute("DELETE FROM temp.text_rows")
            if not parsed.is_empty:
                text_sql, text_params = self._text_select(parsed)
                db.execute(f"INSERT OR IGNORE INTO temp.text_rows {text_sql}", text_params)
            self._searched = not parsed.is_empty
            facet_sql, facet_params = self._facet_where(selection)
            base = "row IN (SELECT row FROM temp.text_rows)" if self._searched else "1"
            db.execute("DELETE FROM temp.answer_rows")
            db.execute(f"INSERT INTO temp.answer_rows(row) SELECT row FROM meeting WHERE {base} AND {facet_sql} "
                       f"{order_by}", facet_params)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        self._last = (parsed, selection)

    def _current(self, answer: Answer) -> None:
        if getattr(self, "_last", None) != (answer.query, answer.selection):
            self.answer(answer.query, answer.selection, answer.order)

    def counts(self, answer: Answer) -> Counts:
        """Disjunctive facet counts for ``answer``: each facet counted under every filter but its own."""
        with self._lock:
            self._current(answer)
            return self._counts(answer.selection, len(answer.rows))

    def _counts(self, selection: FacetSelection, total: int) -> Counts:
        db = self._db
        values: dict[str, Counter[str]] = {}
        params: list[object]
        for facet, (table, column) in ((PERSON, ("participant", "person")), (ISSUE, ("meeting_issue", "issue")),
                                       (COUNTRY, ("meeting_country", "code")), (STATUS, ("meeting", "status"))):
            key = "row" if table == "meeting" else "meeting"
            if not selection.values(facet):  # its own filter is not set: the answer's meetings
                if not self._searched and selection.is_empty:
                    sql, params = f"SELECT {column}, count(*) FROM {table} GROUP BY {column}", []
                else:
                    sql, params = (f"SELECT t.{column}, count(*) FROM temp.answer_rows a CROSS JOIN {table} t "
                                   f"ON t.{key} = a.row GROUP BY t.{column}"), []
            else:
                others, params = self._facet_where(selection, leave_out=facet, alias="m")
                base = "m.row IN (SELECT row FROM temp.text_rows)" if self._searched else "1"
                join = "" if table == "meeting" else f" JOIN {table} t ON t.{key} = m.row"
                value = "m.status" if table == "meeting" else f"t.{column}"
                sql = f"SELECT {value}, count(*) FROM meeting m{join} WHERE {base} AND {others} GROUP BY {value}"
            values[facet] = Counter(dict(db.execute(sql, params)))
        return Counts(values, total)

    def span(self) -> tuple[_dt.date, _dt.date] | None:
        """The first and last day any meeting covers."""
        with self._lock:
            first, last = self._db.execute("SELECT min(first_day), max(last_day) FROM meeting").fetchone()
        return None if first is None else (_dt.date.fromordinal(first), _dt.date.fromordinal(last))

    def bins(self, answer: Answer, first: int, days: int, count: int) -> Bins:
        """How many of ``answer``'s meetings start in each of ``count`` bins of ``days`` days from ``first``."""
        days = max(1, days)
        with self._lock:
            self._current(answer)
            counts: dict[str, list[int]] = {}
            for status, bin_, n in self._db.execute(
                    "SELECT m.status, (m.first_day - ?) / ? AS bin, count(*) FROM temp.answer_rows a CROSS "
                    "JOIN meeting m ON m.row = a.row WHERE m.first_day >= ? AND m.first_day < ? "
                    "GROUP BY m.status, bin", (first, days, first, first + days * count)):
                counts.setdefault(status, [0] * count)[bin_] += n
            return Bins(first, days, counts)

    def page(self, rows: Sequence[int]) -> list[PageRow]:
        """The list's rows for these store rows, in the order given (a screenful at a time)."""
        found: dict[int, PageRow] = {}
        with self._lock:
            for first in range(0, len(rows), 500):
                chunk = list(rows[first:first + 500])
                for r in self._db.execute(
                        "SELECT row, id, title, date, end_date, status, city, place_country, people FROM meeting "
                        f"WHERE row IN ({','.join('?' * len(chunk))})", chunk):
                    found[r[0]] = PageRow(r[0], r[1], r[2], PartialDate.parse(r[3]),
                                          PartialDate.parse(r[4]) if r[4] else None, r[5], r[6], r[7], r[8])
        return [found[r] for r in rows if r in found]

    def ids(self, rows: Sequence[int]) -> list[str]:
        return [p.id for p in self.page(rows)]

    def row_of(self, meeting_id: str) -> int | None:
        with self._lock:
            found = self._db.execute("SELECT row FROM meeting WHERE id = ?", (meeting_id,)).fetchone()
        return None if found is None else int(found[0])

    # -- relations ----------------------------------------------------------------------
    def thread(self, issue_id: str) -> list[str]:
        """Ids of every meeting about an issue, oldest first."""
        with self._lock:
            return [r[0] for r in self._db.execute(
                "SELECT m.id FROM meeting_issue i JOIN meeting m ON m.row = i.meeting WHERE i.issue = ? "
                "ORDER BY m.sort", (issue_id,))]

    def related(self, meeting_id: str, limit: int = 5) -> dict[str, object]:
        """What to read next (relations.RelationIndex.related's rules): ``previous`` and ``next`` ids between
        the same sides, and ``people`` / ``issues``: ids sharing most, nearest in time first."""
        with self._lock:
            db = self._db
            found = db.execute("SELECT row, sides, sort, first_day FROM meeting WHERE id = ?",
                               (meeting_id,)).fetchone()
            if found is None:
                return {"previous": None, "next": None, "people": [], "issues": []}
            row, sides, sort, day = found
            previous = next_ = None
            if sides:
                before = db.execute("SELECT id FROM meeting WHERE sides = ? AND sort < ? ORDER BY sort DESC LIMIT 1",
                                    (sides, sort)).fetchone()
                after = db.execute("SELECT id FROM meeting WHERE sides = ? AND sort > ? ORDER BY sort LIMIT 1",
                                   (sides, sort)).fetchone()
                previous, next_ = (before[0] if before else None), (after[0] if after else None)

            def shared(table: str, column: str) -> list[str]:
                return [r[0] for r in db.execute(
                    f"SELECT m.id FROM {table} t JOIN meeting m ON m.row = t.meeting "
                    f"WHERE t.{column} IN (SELECT {column} FROM {table} WHERE meeting = ?) AND t.meeting != ? "
                    "GROUP BY t.meeting ORDER BY count(*) DESC, abs(m.first_day - ?), m.id LIMIT ?",
                    (row, row, day, limit))]

            return {"previous": previous, "next": next_, "people": shared("participant", "person"),
                    "issues": shared("meeting_issue", "issue")}
