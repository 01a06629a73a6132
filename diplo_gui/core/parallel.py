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
from collections.abc import Callable, Iterator, Sequence


class Cancelled(Exception):
    """The caller asked to stop; nothing half-done is returned."""


def worker_count(jobs: int) -> int:
    """Processes worth starting: one per core, never more than there are files.

    (A frozen executable's entry point must call multiprocessing.freeze_support(): there a
    spawned worker is the application binary started again; see packaging/frozen_main.py.)
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, jobs))


def _parse(path: str, data: bytes) -> bytes:
    import gc

    from .cache import encode_records
    from .loading import parse_bytes  # in the worker: the reference parser, nothing else

    gc.disable()  # this process only builds acyclic records: the cyclic collector is pure overhead here
    return encode_records(parse_bytes(path, data))


def parse_in_processes(jobs: Sequence[tuple[str, bytes]], workers: int,
                       cancelled: Callable[[], bool] = lambda: False) -> Iterator[tuple[int, bytes]]:
    """Yield ``(job index, encoded FileRecords)`` as each file is done, in completion order.

    Raises Cancelled (after stopping the pool) when ``cancelled()`` turns true.
    """
    # Imported here, not at the top: the bundled data and small folders never start a
    # worker, and these imports would cost every start-up about 10 ms.
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        pending: dict[Future, int] = {pool.submit(_parse, path, data): i for i, (path, data) in enumerate(jobs)}
        del jobs  # each file's bytes then live only until its worker has them parsed
        while pending:
            if cancelled():
                raise Cancelled
            done, _ = wait(pending, timeout=0.05, return_when=FIRST_COMPLETED)
            for future in done:
                yield pending.pop(future), future.result()
    finally:
        # On cancel, queued files are dropped; a worker busy with a file finishes it and exits.
        pool.shutdown(wait=False, cancel_futures=True)
