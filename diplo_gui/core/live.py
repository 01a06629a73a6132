"""Loading again and again while files change: a broken save never empties the screen.

An editor saving a file, or a copy still in progress, can leave a file that cannot be
read at all (broken YAML, half a UTF-8 sequence, gone for a moment). ``LiveLoader``
remembers, per file, the last version that could be read, and while the file on disk
is unreadable it links that version instead, reporting the new problem beside it.
A file whose text reads but holds bad records is not "broken": its good records and
its problems are shown as they are, exactly as a first load would.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import files
from .linking import link
from .loading import LoadOptions, LoadResult, log_result, parse_files
from .problems import Problem, Severity
from .records import FileRecords

if TYPE_CHECKING:
    from .cache import Fingerprint

# Problems that mean the file as a whole could not be read, so none of its records are known.
FILE_LEVEL_CODES = frozenset({
    "file-unreadable", "not-regular-file", "file-too-large", "encoding", "control-character",
    "yaml-syntax", "too-deep",
})
KEPT_CODE = "kept-last-good"
# A load of at least this many records keeps its files' last good versions packed (encoded, compressed):
# kept as records, a large archive's would hold most of what its Dataset holds a second time, even
# after the window reads its meetings from the archive store. The size of the whole load decides, not
# each file's: an archive split into many small files is as large.
PACK_FROM_RECORDS = 1000


@dataclass(frozen=True, slots=True)
class _LastGood:
    """One file's last readable version: its records, or packed (for a large file)."""

    fingerprint: Fingerprint | None  # of the bytes it was read from (None: read without a cache)
    meetings: int
    kept: FileRecords | None
    packed: bytes | None

    @classmethod
    def of(cls, records: FileRecords, fingerprint: Fingerprint | None, pack: bool) -> _LastGood:
        if not pack:
            return cls(fingerprint, len(records.meetings), records, None)
        from .cache import encode_records  # msgspec: a large file was read through the cache or workers

        return cls(fingerprint, len(records.meetings), None, zlib.compress(encode_records(records), 1))

    def records(self) -> FileRecords:
        if self.kept is not None:
            return self.kept
        from .cache import decode_records

        assert self.packed is not None  # one or the other, by construction
        return decode_records(zlib.decompress(self.packed))


def is_unreadable(parsed: FileRecords) -> bool:
    """True when the file's text could not be read at all (as opposed to holding bad records)."""
    return any(p.is_error and p.code in FILE_LEVEL_CODES and not _has_records(parsed) for p in parsed.problems)


def _has_records(parsed: FileRecords) -> bool:
    return bool(parsed.people or parsed.issues or parsed.meetings)


class LiveLoader:
    """Like ``loading.load``, but an unreadable file keeps its last good records."""

    def __init__(self) -> None:
        self._last_good: dict[str, _LastGood] = {}

    def load(self, paths: Sequence[Path | str], options: LoadOptions | None = None) -> LoadResult:
        found, problems = files.collect([Path(p) for p in paths])
        parsed: list[FileRecords] = []
        last_good: dict[str, _LastGood] = {}
        kept: set[str] = set()
        known = len(options.fingerprints) if options is not None and options.fingerprints is not None else 0
        # parse_files: the record cache and parser processes when options ask for them (load_worker.py).
        read = parse_files(found, options)
        read_from = {f.path: f for f in (options.fingerprints or [])[known:]} if options is not None else {}
        pack = sum(len(r.people) + len(r.issues) + len(r.meetings) for r in read) >= PACK_FROM_RECORDS
        for path, records in zip(found, read):
            key = str(path)
            previous = self._last_good.get(key)
            if is_unreadable(records) and previous is not None:
                problems.extend(records.problems)
                problems.append(Problem(key, 1, 1, Severity.WARNING, KEPT_CODE,
                                        f"the file cannot be read now; its last readable version "
                                        f"({_describe(previous.meetings)}) stays shown until it is fixed"))
                good = previous.records()
                records = FileRecords(key, good.people, good.issues, good.meetings, [])
                last_good[key] = previous
                kept.add(key)
            else:
                problems.extend(records.problems)
                if not is_unreadable(records):
                    fingerprint = read_from.get(key)
                    # The same bytes as last time, kept the same way: what was kept of them stands (packing
                    # again takes time).
                    if (previous is None or fingerprint is None or previous.fingerprint != fingerprint
                            or (previous.packed is not None) != pack):
                        previous = _LastGood.of(records, fingerprint, pack)
                    last_good[key] = previous
            parsed.append(records)
        # A file that left the sources (deleted, or its folder closed) is forgotten with it.
        self._last_good = last_good
        dataset, link_problems = link(parsed)
        problems.extend(link_problems)
        problems.sort(key=lambda p: (p.path, p.line, p.col))
        fingerprints: tuple = ()
        if options is not None and options.fingerprints is not None:
            # A file shown from its last good version is not what its bytes say: its fingerprint is
            # marked, so that whatever is built from this load is built again once the file reads.
            fingerprints = tuple(replace(f, digest=f"kept-{f.digest}") if f.path in kept else f
                                 for f in options.fingerprints)
        return log_result(LoadResult(dataset, tuple(problems), tuple(found), fingerprints))


def _describe(n: int) -> str:
    return f"{n} meeting" if n == 1 else f"{n} meetings"
