"""Parse several data files at once in worker processes.

Files are independent until linking, and parsing (building PyYAML's node tree, then
our records) is pure Python work that one process does on one core. Worker processes
run exactly the reference code (``loading.parse_bytes``) on the exact bytes the caller
read and hashed, and hand back the records in the cache's MessagePack encoding, which
decodes several times faster than unpickling the same objects.

Workers are *spawned* (a fresh interpreter), never forked: forking a process that runs
Qt threads is undefined behaviour, and spawn is what Windows and macOS do anyway.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import partial


class Cancelled(Exception):
    """The caller asked to stop; nothing half-done is returned."""


def worker_count(jobs: int) -> int:
    """Processes worth starting: one per core, never more than there are files.

    (A frozen executable's entry point must call multiprocessing.freeze_support(): there a
    spawned worker is the application binary started again; see packaging/frozen_main.py.)
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, jobs))


def _parse(batch: Sequence[tuple[str, bytes]]) -> list[bytes]:
    import gc

    from .cache import encode_records
    from .loading import parse_bytes  # in the worker: the reference parser, nothing else

    gc.disable()  # this process only builds acyclic records: the cyclic collector is pure overhead here
    return [encode_records(parse_bytes(path, data)) for path, data in batch]


def die_with_parent(parent: int) -> None:
    """Make this process end when ``parent`` does, so that a killed load or export leaves no process.

    Linux: the kernel sends SIGKILL when the parent goes (PR_SET_PDEATHSIG). Elsewhere a daemon
    thread notices the parent is gone (we are re-parented) and exits.
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0:  # 1: PR_SET_PDEATHSIG
                if os.getppid() != parent:  # it died before we asked
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    if os.name != "posix":
        return  # Windows: the pool's own pipes end the workers; a PDF child is short-lived
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()
    if os.getppid() != parent:
        os._exit(1)


# Files go to the workers in batches of about this many bytes (or _BATCH_FILES files): one
# message per small file would cost more in pickling and waking than parsing it.
_BATCH_BYTES = 1 << 20
_BATCH_FILES = 200


def _batches(jobs: Sequence[tuple[str, bytes]]) -> list[list[int]]:
    out: list[list[int]] = []
    size = 0
    for i, (_path, data) in enumerate(jobs):
        if not out or size >= _BATCH_BYTES or len(out[-1]) >= _BATCH_FILES:
            out.append([])
            size = 0
        out[-1].append(i)
        size += len(data)
    return out


def _report(finished, batch: list[int], future) -> None:  # type: ignore[no-untyped-def]
    finished.put((batch, future))


def parse_in_processes(jobs: Sequence[tuple[str, bytes]], workers: int,
                       cancelled: Callable[[], bool] = lambda: False) -> Iterator[tuple[int, bytes]]:
    """Yield ``(job index, encoded FileRecords)`` as each file is done, in completion order.

    Raises Cancelled (after stopping the pool) when ``cancelled()`` turns true.
    """
    # Imported here, not at the top: the bundled data and small folders never start a
    # worker, and these imports would cost every start-up about 10 ms.
    import multiprocessing
    import queue
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=die_with_parent,
                               initargs=(os.getpid(),))
    # Each batch says when it is done through a queue: waiting on it costs the same with 10 or
    # 50,000 files pending (concurrent.futures.wait arms every pending future on each call).
    finished: queue.SimpleQueue = queue.SimpleQueue()
    try:
        batches = _batches(jobs)
        for batch in batches:
            future = pool.submit(_parse, [jobs[i] for i in batch])
            future.add_done_callback(partial(_report, finished, batch))
        del jobs  # each file's bytes then live only until its worker has them parsed
        for _ in range(len(batches)):
            while True:
                if cancelled():
                    raise Cancelled
                try:
                    batch, future = finished.get(timeout=0.05)
                    break
                except queue.Empty:
                    continue
            yield from zip(batch, future.result())
    finally:
        # On cancel, queued files are dropped; a worker busy with a file finishes it and exits.
        pool.shutdown(wait=False, cancel_futures=True)
