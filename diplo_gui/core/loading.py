"""Files and folders -> (Dataset, problems). The one entry point for reading data."""

from __future__ import annotations

import gc
import hashlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import bundled, files, parallel
from .linking import link
from .model import Dataset
from .parallel import Cancelled
from .problems import Problem
from .records import FileRecords, parse_text

if TYPE_CHECKING:
    from .cache import Fingerprint


def _log():  # type: ignore[no-untyped-def]
    import logging  # here: 4 ms that a start-up without a log file does not need

    return logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LoadResult:
    dataset: Dataset
    problems: tuple[Problem, ...]
    files: tuple[Path, ...]  # every data file read, in load order
    # With a record cache: each file's fingerprint, for the files whose records are exactly those
    # of these bytes (what the archive store keys its rows by); empty without a cache.
    fingerprints: tuple[Fingerprint, ...] = ()

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """How to read many files fast. The defaults read exactly as the reference does, only faster."""

    cache_dir: Path | None = None  # where validated records are cached; None: no cache
    # Below this many bytes of files in all, the cache is not used: parsing them is faster
    # than importing the cache's decoder (msgspec) and reading it back.
    cache_min_bytes: int = 0
    workers: int | None = None  # parser processes; None: one per core when it pays, 1: this process only
    progress: Callable[[int, int], None] | None = None  # (bytes done, bytes in all), called as files finish
    cancelled: Callable[[], bool] | None = None  # polled between files; True stops with Cancelled
    # With a cache_dir: receives every file's Fingerprint, in order (to key what is built from them).
    fingerprints: list[Fingerprint] | None = None


# Below this much YAML to parse, starting processes (about 0.3 s each) costs more than it saves.
_PARALLEL_MIN_BYTES = 2_000_000


def parse_file(path: Path) -> FileRecords:
    """One file's records and problems; a file that cannot be read is a problem, not an exception."""
    data, problems = files.read_bytes(path)
    if data is None:
        return FileRecords(str(path), problems=problems)
    return parse_bytes(str(path), data)


def parse_bytes(path: str, data: bytes) -> FileRecords:
    """The reference parser: one file's bytes -> records and problems (what the cache and workers store)."""
    text, problems = files.decode(data, path)
    if text is None:
        return FileRecords(path, problems=problems)
    return parse_text(text, path)


def parse_files(found: Sequence[Path], options: LoadOptions | None = None) -> list[FileRecords]:
    """Every file's records, in the order given: from the cache when valid, else parsed (in parallel).

    The result is the same as ``[parse_file(p) for p in found]``; tests prove it.
    Raises ``parallel.Cancelled`` when ``options.cancelled()`` turns true.
    """
    options = options or LoadOptions()
    cancelled = options.cancelled or (lambda: False)
    # The cache module (msgspec) is imported only when a cache or worker processes are used:
    # a small load without them starts 10 ms sooner.
    store = None
    if options.cache_dir is not None and _total_size(found) >= options.cache_min_bytes:
        from .cache import Fingerprint, RecordCache

        store = RecordCache(options.cache_dir)
    out: list[FileRecords | None] = [None] * len(found)
    jobs: list[tuple[int, Fingerprint | None, bytes | None]] = []
    sizes = [0] * len(found)
    total = done = 0
    for i, path in enumerate(found):
        if cancelled():
            raise Cancelled
        data, problems = files.read_bytes(path)
        if data is None:
            out[i] = FileRecords(str(path), problems=problems)
            continue
        sizes[i] = len(data)
        total += len(data)
        fingerprint = None
        if store is not None:
            try:
                fingerprint = Fingerprint.of(path, data, os.stat(path).st_mtime_ns)
            except OSError:
                fingerprint = None
            if fingerprint is not None and options.fingerprints is not None:
                options.fingerprints.append(fingerprint)
            cached = store.get(fingerprint) if fingerprint is not None else None
            if cached is not None:
                out[i] = cached
                done += len(data)
                continue
        jobs.append((i, fingerprint, data))

    def finished(job: int, payload: bytes | None, records: FileRecords | None = None) -> None:
        nonlocal done
        i, fingerprint, _ = jobs[job]
        jobs[job] = (i, fingerprint, None)  # the file's bytes are no longer needed: free them now
        if records is None:
            from .cache import decode_records  # a worker process's answer

            assert payload is not None
            records = decode_records(payload)
        elif store is not None and fingerprint is not None:
            from .cache import encode_records

            payload = encode_records(records)
        if store is not None and fingerprint is not None and payload is not None:
            store.put(fingerprint, payload)
        out[i] = records
        done += sizes[i]
        if options.progress is not None:
            options.progress(done, total)

    if options.progress is not None:
        options.progress(done, total)
    # Processes also for a single large file (workers=None): the parse then holds no lock that the
    # window needs (libyaml's composer keeps Python's GIL for a whole file), so the UI stays live.
    workers = options.workers if options.workers is not None else parallel.worker_count(len(jobs))
    if (options.workers is None or workers > 1) and jobs and sum(sizes[i] for i, _, _ in jobs) >= _PARALLEL_MIN_BYTES:
        try:
            for job, payload in parallel.parse_in_processes(
                    # (every job still holds its bytes here: none has finished)
                    [(str(found[i]), data) for i, _, data in jobs if data is not None], min(workers, len(jobs)),
                    cancelled):
                finished(job, payload)
        except Cancelled:
            raise
        except Exception:  # noqa: BLE001 - a pool that cannot start (no /dev/shm, a frozen app ...)
            _log().warning("parallel parsing failed; parsing in this process instead", exc_info=True)
    for job, (i, _, data) in enumerate(jobs):
        if out[i] is None and data is not None:
            if cancelled():
                raise Cancelled
            finished(job, None, parse_bytes(str(found[i]), data))
    if store is not None:
        store.prune()  # entries of files deleted or renamed long ago
    return [records for records in out if records is not None]


def _total_size(found: Sequence[Path]) -> int:
    total = 0
    for path in found:
        try:
            total += os.stat(path).st_size
        except OSError:
            pass  # read_bytes reports it
    return total


def sources(data_paths: Iterable[Path | str], include_bundled: bool = True,
            user_dir: Path | None = None) -> list[Path]:
    """The load order: bundled data, then the user data folder, then the paths given."""
    paths: list[Path] = [bundled.data_dir()] if include_bundled else []
    if user_dir is not None and user_dir.is_dir():
        paths.append(user_dir)
    paths.extend(Path(p) for p in data_paths)
    return paths


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic collector while building: records hold no cycles, and with millions of
    new objects its repeated full passes cost more than the parse (a third of a warm open)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # What was built lives as long as its Dataset and is immutable: move it out of the
        # collector's sight, or re-enabling triggers a full pass over millions of new objects
        # (seconds at 100,000 meetings). Reference counting still frees it when a reload
        # replaces it, because a load makes no reference cycles (records._untie breaks those
        # aliases make; tests/core/test_loading.py checks), so nothing frozen is kept dead.
        gc.freeze()
        if enabled:
            gc.enable()


def load(paths: Sequence[Path | str], options: LoadOptions | None = None) -> LoadResult:
    """Read every data file under ``paths`` (files or folders) and link them into one Dataset."""
    found, problems = files.collect([Path(p) for p in paths])
    with no_cyclic_gc():
        parsed = parse_files(found, options)
        dataset, link_problems = link(parsed)
    for f in parsed:
        problems.extend(f.problems)
    problems.extend(link_problems)
    problems.sort(key=lambda p: (p.path, p.line, p.col))
    fingerprints = tuple(options.fingerprints) if options is not None and options.fingerprints is not None else ()
    return log_result(LoadResult(dataset, tuple(problems), tuple(found), fingerprints))


def store_path(cache: Path | None, sources: Sequence[Path]) -> Path | None:
    """Where the store of these sources lives under the cache location (None: in memory)."""
    if cache is None:
        return None
    key = hashlib.blake2b("\n".join(map(str, sources)).encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()
    return cache / "archive-v1" / f"{key}.sqlite"


def load_stored(paths: Sequence[Path | str], store: Path | None, verify: bool = True) -> LoadResult | None:
    """The load of ``paths`` read back from the archive store at ``store``, when it holds exactly
    these files as they are now (store/stored.py); None when the files must be read.

    ``verify=False`` leaves the comparison of the files' bytes with the store's hashes to the
    caller (``store.stored.changed_files(result.fingerprints)``), to make after showing the data:
    on a large archive, hashing every file is most of the time a warm open takes."""
    from .store.stored import (  # sqlite3 and msgspec: a start-up with little data does without
        changed_files,
        open_stored,
    )

    found, _problems = files.collect([Path(p) for p in paths])  # the store has the problems of this listing
    stored = open_stored(store, found)
    if stored is None or (verify and changed_files(stored.fingerprints)):
        return None
    return log_result(LoadResult(stored.dataset, stored.problems, tuple(found), stored.fingerprints))


def log_result(result: LoadResult) -> LoadResult:
    """``diplo-gui --debug``: what was read, and every problem, in the log file; returns the result."""
    # Until something imported logging (the window's log file, diplo-gui --debug), nobody listens.
    logging = sys.modules.get("logging")
    log = _log() if logging is not None else None
    if logging is not None and log is not None and log.isEnabledFor(logging.DEBUG):
        log.debug("loaded %d files: %d meetings, %d problems", len(result.files), len(result.dataset.meetings),
                  len(result.problems))
        for problem in result.problems:
            log.debug("%s", problem)
    return result
