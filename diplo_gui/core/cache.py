"""A cache of validated records per data file, so that reopening an archive skips YAML.

One entry per data file: the ``FileRecords`` that ``records.parse_text`` made of it,
problems included, so a warm open shows the very problems a cold one does.

An entry is trusted only when everything that decides its content still matches:
the file's path, size, modification time and a BLAKE2b hash of its bytes (hashing is
about a hundred times cheaper than parsing), and the version of the code that
validated it (a hash of the modules that decide what a file means). Anything else —
a stale, truncated, corrupt or foreign entry — is ignored and rebuilt, never trusted.

The format cannot run code: MessagePack decoded by msgspec into our own frozen types
(which validates every field's type as it decodes, and re-runs PartialDate's calendar
check), behind a header with a digest of the payload. No pickle anywhere.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import msgspec

from .files import MAX_FILE_BYTES, open_regular, read_regular
from .records import FileRecords

FORMAT = "diplo-records"
FORMAT_VERSION = 1
_MAGIC = b"DIPLOREC"
# The modules whose code decides what a file's records and problems are: if any of them
# changes (an upgrade, a fix), every entry made by the old code is stale.
_SEMANTIC_MODULES = ("records.py", "files.py", "model.py", "problems.py", "countries.py", "cache.py")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What identifies one version of a data file."""

    path: str
    size: int
    mtime_ns: int
    digest: str  # BLAKE2b of the file's bytes

    @classmethod
    def of(cls, path: Path | str, data: bytes, mtime_ns: int) -> Fingerprint:
        return cls(str(path), len(data), mtime_ns, hashlib.blake2b(data, digest_size=20).hexdigest())


@dataclass(frozen=True, slots=True)
class _Header:
    format: str
    version: int
    code: str  # code_version() of the writer
    fingerprint: Fingerprint
    payload_digest: str  # BLAKE2b of the payload that follows: truncation and bit rot show here


_header_encoder = msgspec.msgpack.Encoder()
_header_decoder = msgspec.msgpack.Decoder(_Header)
_records_encoder = msgspec.msgpack.Encoder()
_records_decoder = msgspec.msgpack.Decoder(FileRecords)


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the code that validates data, plus the library versions it depends on."""
    import iso3166

    from .. import __version__

    digest = hashlib.blake2b(digest_size=16)
    here = Path(__file__).parent
    for name in _SEMANTIC_MODULES:
        try:
            source = (here / name).read_bytes()
        except OSError:  # a build that ships bytecode only: the release's version must do
            source = f"{__version__} without sources".encode()
        digest.update(name.encode() + b"\0" + source)
    import yaml

    digest.update(f"{FORMAT_VERSION}|{yaml.__version__}|{getattr(iso3166, '__version__', '')}|"
                  f"{msgspec.__version__}".encode())
    return digest.hexdigest()


def encode_records(records: FileRecords) -> bytes:
    """The payload of an entry (also how parser processes hand their results back)."""
    return _records_encoder.encode(records)


def decode_records(payload: bytes) -> FileRecords:
    """Decode a payload; msgspec.ValidationError or DecodeError if it is not one."""
    return _records_decoder.decode(payload)


# An entry nobody read or wrote for this long is deleted: its file was deleted, renamed or
# moved, or is no longer opened. (Using an entry refreshes its modification time.)
UNUSED_DAYS = 30
# Entries are read as regular files under a cap (files.read_regular): a FIFO, a link to a
# device or a huge sparse file in the cache is damage, so a miss and a rebuild, never a hang.
# The records of the largest data file encode to a few times its size; an index far less
# than that per meeting.
MAX_ENTRY_BYTES = 8 * MAX_FILE_BYTES
MAX_INDEX_BYTES = 1 << 30
_LEFTOVER_SECONDS = 24 * 3600  # a ".tmp-" file this old is what an interrupted write left
_pruned: set[Path] = set()  # folders pruned by this process: once is enough


class RecordCache:
    """Entries under one folder (the UI passes Qt's CacheLocation; tests a temporary folder)."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder) / f"records-v{FORMAT_VERSION}"

    def prune(self, now: float | None = None) -> int:
        """Delete entries unused for UNUSED_DAYS and leftovers of interrupted writes; how many went.

        Runs once per folder and process (a load calls it after reading): without it, every
        file ever opened and then deleted or renamed would keep its entry for ever.
        """
        if self.folder in _pruned:
            return 0
        _pruned.add(self.folder)
        now = time.time() if now is None else now
        removed = 0
        try:
            candidates = list(os.scandir(self.folder))
        except OSError:
            return 0
        for entry in candidates:
            if not entry.name.endswith(".msgpack"):
                continue
            limit = _LEFTOVER_SECONDS if entry.name.startswith(".tmp-") else UNUSED_DAYS * 86400
            try:
                if now - entry.stat(follow_symlinks=False).st_mtime > limit:
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                pass  # gone already, or not ours to delete: never an error
        return removed

    def _entry(self, path: str) -> Path:
        name = hashlib.blake2b(path.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        return self.folder / f"{name}.msgpack"

    def get(self, fingerprint: Fingerprint) -> FileRecords | None:
        """The cached records of exactly this file version, or None (missing, stale or damaged)."""
        entry = self._entry(fingerprint.path)
        try:
            blob = read_regular(entry, MAX_ENTRY_BYTES, follow_links=False)
        except OSError:
            return None
        try:
            if not blob.startswith(_MAGIC) or len(blob) < len(_MAGIC) + 4:
                return None
            start = len(_MAGIC) + 4
            header_size = int.from_bytes(blob[len(_MAGIC):start], "big")
            header = _header_decoder.decode(blob[start:start + header_size])
            payload = blob[start + header_size:]
            if (header.format != FORMAT or header.version != FORMAT_VERSION or header.code != code_version()
                    or header.fingerprint != fingerprint
                    or hashlib.blake2b(payload, digest_size=20).hexdigest() != header.payload_digest):
                return None
            records = decode_records(payload)
        except (msgspec.DecodeError, msgspec.ValidationError, ValueError, TypeError):
            return None  # damaged in a way the digest did not catch (or a foreign file): rebuild
        if records.path != fingerprint.path:
            return None
        try:
            os.utime(entry)  # used: not pruned for another UNUSED_DAYS
        except OSError:
            pass
        return records

    def put(self, fingerprint: Fingerprint, payload: bytes) -> None:
        """Store an encoded FileRecords for this file version; a cache that cannot be written is no error."""
        header = _header_encoder.encode(_Header(FORMAT, FORMAT_VERSION, code_version(), fingerprint,
                                                hashlib.blake2b(payload, digest_size=20).hexdigest()))
        target = self._entry(fingerprint.path)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            # Write aside and rename: a reader never sees half an entry, and a crash leaves the old one.
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".msgpack")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(_MAGIC + len(header).to_bytes(4, "big") + header + payload)
                os.replace(tmp, target)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError:
            pass


# -- the search index of a whole load -------------------------------------------------------
# The index is a pure function of the linked meetings, which are a pure function of the files
# read (in order) and of the code; and of the country names the window shows (Qt's locale).
# Its key is all of that. The caller must not ask for a load whose records did not all come
# from the files as fingerprinted (the live loader's "last good" substitutions).
INDEX_FORMAT = "diplo-search"
_INDEX_MODULES = ("search.py", "linking.py", "live.py", "loading.py")


@dataclass(frozen=True, slots=True)
class _IndexHeader:
    format: str
    version: int
    key: str  # dataset_key() of what the columns index
    count: int  # meetings


_index_header_decoder = msgspec.msgpack.Decoder(_IndexHeader)
_block_decoder = msgspec.msgpack.Decoder(tuple[tuple[str, ...], ...])
# Rows per block: each block is encoded and decoded on its own, so no single call holds the
# interpreter for long (the window stays live while a load reads its index) and only one
# block is in memory twice at a time.
_BLOCK_ROWS = 8192
_INDEXES_KEPT = 3  # sets of sources whose index is kept (about 60 MB each at 100,000 meetings)


def dataset_key(fingerprints: Sequence[Fingerprint], extra: str) -> str:
    """Identifies a load: every file's fingerprint in order, the code, and ``extra`` (locale, Qt)."""
    digest = hashlib.blake2b(digest_size=20)
    here = Path(__file__).parent
    digest.update(code_version().encode() + b"\0" + extra.encode("utf-8", "surrogatepass"))
    for name in _INDEX_MODULES:
        try:
            digest.update(name.encode() + b"\0" + (here / name).read_bytes())
        except OSError:
            pass  # bytecode only: code_version() already names the release
    for f in fingerprints:
        digest.update(_header_encoder.encode(f))
    return digest.hexdigest()


class IndexCache:
    """One entry per set of sources (a new load of the same sources replaces it)."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder) / f"search-v{FORMAT_VERSION}"

    def _entry(self, sources: str) -> Path:
        digest = hashlib.blake2b(sources.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        return self.folder / f"{digest}.msgpack"

    def get(self, sources: str, key: str, count: int) -> list[list[str]] | None:
        """The columns stored for exactly this load, or None (missing, stale or damaged).

        Layout: magic, header, then blocks (4-byte length and MessagePack), a zero length, and
        the BLAKE2b digest of every block: a truncated or altered entry is noticed at the end.
        """
        try:
            fd, _size = open_regular(self._entry(sources), MAX_INDEX_BYTES, follow_links=False)
            with open(fd, "rb") as entry:
                if entry.read(len(_MAGIC)) != _MAGIC:
                    return None
                header = _index_header_decoder.decode(entry.read(int.from_bytes(entry.read(4), "big")))
                if (header.format != INDEX_FORMAT or header.version != FORMAT_VERSION or header.key != key
                        or header.count != count):
                    return None
                digest = hashlib.blake2b(digest_size=20)
                columns: list[list[str]] = []
                one_copy: dict[str, str] = {}  # equal values (ids, names) share one string
                while size := int.from_bytes(entry.read(4), "big"):
                    block = entry.read(size)
                    digest.update(block)
                    decoded = _block_decoder.decode(block)
                    if not columns:
                        columns = [[] for _ in decoded]
                    if len(decoded) != len(columns):
                        return None
                    columns[0].extend(decoded[0])
                    for column, values in zip(columns[1:], decoded[1:]):
                        column.extend(map(one_copy.setdefault, values, values))
                if entry.read(20) != digest.digest():
                    return None
        except (OSError, msgspec.DecodeError, msgspec.ValidationError, ValueError, TypeError):
            return None
        return columns if columns and all(len(column) == count for column in columns) else None

    def put(self, sources: str, key: str, columns: Sequence[Sequence[str]]) -> None:
        """Store the columns of this load (written aside, then renamed into place)."""
        count = len(columns[0]) if columns else 0
        header = _header_encoder.encode(_IndexHeader(INDEX_FORMAT, FORMAT_VERSION, key, count))
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".msgpack")
            try:
                digest = hashlib.blake2b(digest_size=20)
                with os.fdopen(fd, "wb") as out:
                    out.write(_MAGIC + len(header).to_bytes(4, "big") + header)
                    for first in range(0, count, _BLOCK_ROWS):
                        block = _records_encoder.encode([column[first:first + _BLOCK_ROWS] for column in columns])
                        digest.update(block)
                        out.write(len(block).to_bytes(4, "big") + block)
                    out.write((0).to_bytes(4, "big") + digest.digest())
                os.replace(tmp, self._entry(sources))
            except BaseException:
                os.unlink(tmp)
                raise
            self._prune()
        except OSError:
            pass

    def _prune(self) -> None:
        """Keep the indexes of the most recently loaded sets of sources only (each is large)."""
        entries = sorted(self.folder.glob("*.msgpack"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in entries[_INDEXES_KEPT:]:
            old.unlink(missing_ok=True)
