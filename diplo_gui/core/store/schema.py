"""The store file: its schema and version, and opening it without ever trusting it blindly.

The file lives under the cache location and holds nothing that is not rebuilt from the
data files. So a store that is not a regular file (a FIFO, a link to a device), larger
than a cap, damaged, from a foreign program or older schema is rebuilt, and one that is
locked by another process, read-only or written by a newer Diplo is bypassed (the
archive is built in memory for this session): the caller gets a message, never a crash.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

SCHEMA_VERSION = 3  # 2: each record whole (a window opens from the store), the load's problems;
#                    3: the less common words of each meeting, indexed apart (word_rare)
APPLICATION_ID = 0x44504C4F  # "DPLO": tells our file from any other SQLite database
MAX_STORE_BYTES = 16 << 30  # a store larger than this is not what we wrote: rebuilt
STORE_NAME = "archive.sqlite"
QUERY_CACHE_KIB = 4000  # SQLite's page cache of a connection that answers questions (memory kept while open)
_BUSY_TIMEOUT = 0.25  # seconds to wait for another process's lock before going around it

# Every row derives from the data files and the code (cache.code_version() in meta):
# text is stored already case- and accent-folded (search.normalize), so the FTS5 trigram
# index (case-sensitive, no folding of its own) answers substrings exactly as search.py does.
SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE file(path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
                  digest TEXT NOT NULL);
CREATE TABLE person(id TEXT PRIMARY KEY, file TEXT NOT NULL, name TEXT NOT NULL, names TEXT NOT NULL,
                    country TEXT, record BLOB NOT NULL);
CREATE TABLE issue(id TEXT PRIMARY KEY, file TEXT NOT NULL, name TEXT NOT NULL, names TEXT NOT NULL,
                   record BLOB NOT NULL);
-- The problems of the load the store holds (parsing and linking; not those of listing folders).
CREATE TABLE problem(position INTEGER PRIMARY KEY, record BLOB NOT NULL);
CREATE TABLE meeting(
    row INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    file TEXT NOT NULL,
    sort TEXT NOT NULL,            -- model._sort_text: the date order, ids breaking ties
    title TEXT NOT NULL,
    date TEXT NOT NULL,            -- PartialDate as written (2023, 2023-09, 2023-09-18)
    end_date TEXT,
    city TEXT,
    place_country TEXT,
    people TEXT NOT NULL,          -- participant names as the list shows them
    sides TEXT NOT NULL,           -- the countries present (relations.py): "previous / next" between them
    title_key TEXT NOT NULL,       -- normalized title then sort: the title order
    place_key TEXT NOT NULL,       -- normalized city, then the country code
    people_key TEXT NOT NULL,      -- normalized participant names, in order
    first_day INTEGER NOT NULL,    -- proleptic ordinals of the first and last day it may cover
    last_day INTEGER NOT NULL,
    year_from INTEGER NOT NULL,
    year_to INTEGER NOT NULL,
    status TEXT NOT NULL,
    partial INTEGER NOT NULL,      -- known to the month or year only
    places TEXT NOT NULL           -- normalized city and venue, separated
);
-- Each Meeting whole (MessagePack, stored.py), what the detail shows: beside the meeting rows, not in
-- them, so that the scans of a search or a count do not read a kilobyte and a half per meeting.
CREATE TABLE meeting_record(row INTEGER PRIMARY KEY, record BLOB NOT NULL);
-- What a window builds from the rows first (stored.prepare_columns), kept with them.
CREATE TABLE prepared(key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE INDEX meeting_file ON meeting(file);
CREATE INDEX meeting_sort ON meeting(sort);
CREATE INDEX meeting_first ON meeting(first_day);
CREATE INDEX meeting_sides ON meeting(sides, sort);
CREATE TABLE participant(meeting INTEGER NOT NULL, person TEXT NOT NULL, position INTEGER NOT NULL,
                         PRIMARY KEY(meeting, position)) WITHOUT ROWID;
CREATE INDEX participant_person ON participant(person, meeting);
CREATE TABLE speaker(meeting INTEGER NOT NULL, person TEXT NOT NULL, PRIMARY KEY(meeting, person)) WITHOUT ROWID;
CREATE INDEX speaker_person ON speaker(person);
CREATE TABLE meeting_issue(meeting INTEGER NOT NULL, issue TEXT NOT NULL, PRIMARY KEY(meeting, issue)) WITHOUT ROWID;
CREATE INDEX meeting_issue_issue ON meeting_issue(issue, meeting);
CREATE TABLE meeting_country(meeting INTEGER NOT NULL, code TEXT NOT NULL, PRIMARY KEY(meeting, code)) WITHOUT ROWID;
CREATE INDEX meeting_country_code ON meeting_country(code, meeting);
CREATE TABLE searchable(row INTEGER PRIMARY KEY, text TEXT NOT NULL);  -- a short word scans this
CREATE VIRTUAL TABLE meeting_text USING fts5(text, content='searchable', content_rowid='row',
                                             tokenize='trigram case_sensitive 1');
-- Each meeting's words but the most common ones (stored.prepare_search: those have their meetings
-- prepared as masks), indexed apart: a word typed is the union of the common words holding it and
-- of this much smaller index, where the full one reads the postings of half the archive.
CREATE TABLE word_rare(row INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE VIRTUAL TABLE rare_text USING fts5(text, content='word_rare', content_rowid='row',
                                          tokenize='trigram case_sensitive 1');
"""


@dataclass(slots=True)
class StoreOpened:
    """An open store: its connection, where it lives (None: in memory), and what the user should know."""

    connection: sqlite3.Connection
    path: Path | None
    message: str | None = None


def connect(target: str, uri: bool = False, cache_kib: int = QUERY_CACHE_KIB) -> sqlite3.Connection:
    """A connection with our settings (any thread may use it, one at a time)."""
    connection = sqlite3.connect(target, uri=uri, timeout=_BUSY_TIMEOUT, check_same_thread=False,
                                 isolation_level=None)
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute(f"PRAGMA cache_size = -{int(cache_kib)}")  # pages kept per connection
    return connection


def connect_read_only(path: Path, cache_kib: int = QUERY_CACHE_KIB) -> sqlite3.Connection:
    """A connection that only reads the store at ``path`` (another thread's, beside the writer's)."""
    return connect(path.resolve().as_uri() + "?mode=ro", uri=True, cache_kib=cache_kib)


def _create(connection: sqlite3.Connection) -> None:
    connection.executescript("BEGIN;" + SCHEMA + f"PRAGMA application_id = {APPLICATION_ID};"
                             f"PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")


def in_memory(message: str | None = None) -> StoreOpened:
    connection = connect(":memory:")
    _create(connection)
    return StoreOpened(connection, None, message)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.unlink(f"{path}{suffix}")
        except FileNotFoundError:
            pass


def open_store(path: Path | None, max_bytes: int = MAX_STORE_BYTES) -> StoreOpened:
    """Open the store at ``path`` (created when missing); never raises for what is found there."""
    if path is None:
        return in_memory()
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        return in_memory(f"the archive index {path} cannot be examined ({exc.strerror}); using one in memory")
    rebuilt: str | None = None
    if info is not None:
        if not stat.S_ISREG(info.st_mode):  # a link, FIFO or device is never opened (it could block or lie)
            return in_memory(f"the archive index {path} is not a regular file; using one in memory")
        if info.st_size > max_bytes:
            rebuilt = f"the archive index {path} was larger than {max_bytes:,} bytes and was rebuilt"
            _remove(path)
        elif not os.access(path, os.R_OK | os.W_OK):
            return in_memory(f"the archive index {path} is read-only; using one in memory")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return in_memory(f"the cache folder {path.parent} cannot be created ({exc.strerror}); "
                         "using an archive index in memory")
    for attempt in (1, 2):
        connection = None
        try:
            connection = connect(path.resolve().as_uri() + "?mode=rwc", uri=True)
            verdict = _check(connection)
        except sqlite3.OperationalError as exc:
            if connection is not None:
                connection.close()
            text = str(exc).lower()
            if "locked" in text or "busy" in text:
                return in_memory(f"the archive index {path} is in use by another program; using one in memory")
            if "readonly" in text or "read-only" in text:
                return in_memory(f"the archive index {path} is read-only; using one in memory")
            if "unable to open" in text:
                return in_memory(f"the archive index {path} cannot be opened ({exc}); using one in memory")
            verdict = "damaged"
        except sqlite3.DatabaseError:
            if connection is not None:
                connection.close()
            verdict = "damaged"
        if verdict == "ok" and connection is not None:
            return StoreOpened(connection, path, rebuilt)
        if verdict == "newer":
            if connection is not None:
                connection.close()
            return in_memory(f"the archive index {path} was written by a newer Diplo; using one in memory")
        if verdict != "new" or connection is None:
            try:
                if connection is not None:
                    connection.close()
            except sqlite3.Error:
                pass
            if attempt == 2:
                break
            rebuilt = f"the archive index {path} was {verdict} and was rebuilt"
            _remove(path)
            continue
        try:
            _create(connection)
        except sqlite3.OperationalError as exc:
            connection.close()
            if "readonly" in str(exc).lower():
                return in_memory(f"the archive index {path} is read-only; using one in memory")
            return in_memory(f"the archive index {path} cannot be written ({exc}); using one in memory")
        return StoreOpened(connection, path, rebuilt)
    return in_memory(f"the archive index {path} cannot be rebuilt; using one in memory")


def _check(connection: sqlite3.Connection) -> str:
    """ok | new (empty file) | newer | older | foreign; raises sqlite3 errors for damage and locks."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    application = connection.execute("PRAGMA application_id").fetchone()[0]
    tables = connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
    if tables == 0 and version == 0:
        connection.execute("PRAGMA journal_mode = WAL")  # readers never wait for the writer
        return "new"
    if application != APPLICATION_ID:
        return "foreign"
    if version > SCHEMA_VERSION:
        return "newer"
    if version < SCHEMA_VERSION:
        return "older"
    connection.execute("SELECT count(*) FROM meta").fetchone()
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("BEGIN IMMEDIATE")  # a lock held elsewhere, or a read-only file, shows here
    connection.execute("ROLLBACK")
    return "ok"
