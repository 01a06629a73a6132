"""The archive store behind a large list, on a thread of its own.

For a large Dataset the Filters' counts are aggregates asked of the archive store
(``core.store``): the store is brought up to date with each new Dataset (only what the
changed files touch is written), and each count request is answered there. SQLite lets
go of the interpreter while it works, so the window keeps painting and answering keys;
a newer request supersedes the ones still waiting; answers come back by signal.
"""

from __future__ import annotations

import datetime as dt
import logging
import queue
import sys
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ...core.facets import FacetCounts, FacetIndex, FacetSelection, dataset_countries
from ...core.flags import Flags
from ...core.model import Dataset
from ...core.search import Query, SearchIndex, Superseded

if TYPE_CHECKING:
    from ...core.loading import LoadResult
    from ...core.store import Archive
    from .timeline import Measured

_log = logging.getLogger(__name__)


def _serve(jobs: queue.Queue, handle: Callable[[tuple], object]) -> None:
    """A worker thread's loop: each job of ``jobs`` to ``handle``, until a None says stop or the window is
    gone (RuntimeError). A call per job: nothing of a job (a replaced Dataset, an index over its meetings)
    stays referenced by the thread while it waits for the next one."""
    try:
        while _handled(jobs, handle):
            pass
    except RuntimeError:
        return


def _handled(jobs: queue.Queue, handle: Callable[[tuple], object]) -> bool:
    job = jobs.get()
    if job is None:
        return False
    handle(job)
    return True
_STORES_KEPT = 2  # archive stores kept in the cache (one per set of sources; each is large)
# How long a thread runs Python before the interpreter lock goes to another that waits (Python's default: 5 ms).
SWITCH_INTERVAL = 0.0005


def share_interpreter_with_ui() -> None:
    """A worker thread runs Python beside the UI thread: let the lock change hands every half millisecond.

    A paint of the list or the timeline calls into Python a hundred times or more (each row's text
    and style, each mark), and each call waits for the worker's turn to end: with Python's default
    of 5 ms, a 20 ms paint of the list took a quarter of a second while the store was being
    written after a reload."""
    if sys.getswitchinterval() > SWITCH_INTERVAL:
        sys.setswitchinterval(SWITCH_INTERVAL)


def _prune(folder: Path, keep: Path) -> None:
    """Keep the stores used most recently (each set of sources opened has one)."""
    try:
        stores = sorted((p for p in folder.glob("*.sqlite") if p != keep), key=lambda p: p.stat().st_mtime,
                        reverse=True)
    except OSError:
        return
    for old in stores[_STORES_KEPT - 1:]:
        for suffix in ("", "-wal", "-shm"):
            try:
                Path(f"{old}{suffix}").unlink(missing_ok=True)
            except OSError:
                pass


@dataclass(frozen=True, slots=True)
class Prepared:
    """What the Filters and the Timeline hold in memory for one Dataset, built off the UI thread."""

    facets: FacetIndex
    span: tuple[dt.date, dt.date] | None
    countries: list[str]
    measured: Measured
    counts: FacetCounts  # with no search and no filter


class ArchiveQueries(QObject):
    """Indexes Datasets and answers facet counts off the UI thread; results arrive as signals.

    Two threads: one writes and asks the store (an update after a reload takes seconds), the
    other builds what is held in memory (the Filters' and Timeline's indexes, relations, counts
    while the store catches up), so that those never wait behind a store update."""

    prepared = Signal(int, object)  # generation, Prepared: what the Filters and Timeline need in memory
    indexed = Signal(int, str)  # generation, a message about the store file ("" when none)
    related = Signal(int, object)  # generation, RelationIndex: what is related to what
    counted = Signal(int, object)  # request number, FacetCounts
    picked = Signal(int, object)  # request number, timeline.Shown

    def __init__(self, country_name: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._country_name = country_name
        self._jobs: queue.Queue = queue.Queue()  # for the store's thread
        self._memory_jobs: queue.Queue = queue.Queue()  # for the thread that builds in memory
        self._latest = 0  # the newest count request: older ones waiting are dropped
        self._latest_pick = 0  # the newest timeline pick asked: likewise
        self._generation = -1  # of the Dataset the store holds now
        self._thread: threading.Thread | None = None
        def end_threads(*_: object) -> None:
            self._jobs.put(None)
            self._memory_jobs.put(None)

        self.destroyed.connect(end_threads)

    # -- from the UI thread -------------------------------------------------------------
    def prepare(self, generation: int, dataset: Dataset, char_px: float) -> None:
        """Build the facet index, the timeline's measures and the country list of a Dataset (then ``prepared``)."""
        self._start()
        self._memory_jobs.put(("prepare", generation, dataset, char_px))

    def relate(self, generation: int, dataset: Dataset) -> None:
        """Build the relation index of a Dataset (asked at the first selection; then ``related``)."""
        self._start()
        self._memory_jobs.put(("relate", generation, dataset))

    def index(self, generation: int, result: LoadResult, path: Path | None) -> None:
        """Bring the store at ``path`` up to date with a load (then ``indexed``)."""
        self._start()
        self._jobs.put(("index", generation, result, path))

    def count(self, generation: int, query: Query, selection: FacetSelection) -> int:
        """Ask for counts; returns the request's number (``counted`` carries it back)."""
        self._start()
        self._latest += 1
        self._jobs.put(("count", self._latest, generation, query, selection))
        return self._latest

    def tally(self, facets: FacetIndex, selection: FacetSelection, flags: Flags | None) -> int:
        """Counts from the in-memory facet index (the store not yet up to date); ``counted`` carries them back."""
        self._start()
        self._latest += 1
        self._memory_jobs.put(("tally", self._latest, facets, selection, flags))
        return self._latest

    def pick(self, measured: Measured, flags: Flags) -> int:
        """The timeline's meetings of a list (``timeline.pick``); ``picked`` carries them back."""
        self._start()
        self._latest_pick += 1
        self._memory_jobs.put(("pick", self._latest_pick, measured, flags))
        return self._latest_pick

    def ready(self, generation: int) -> bool:
        """Whether the store holds this generation's Dataset."""
        return self._generation == generation

    def _start(self) -> None:
        if self._thread is None:
            share_interpreter_with_ui()
            # A daemon thread: quitting never waits for an index being written (its transaction is dropped).
            self._thread = threading.Thread(target=self._run, name="diplo-archive", daemon=True)
            self._thread.start()
            threading.Thread(target=self._run_memory, name="diplo-archive-memory", daemon=True).start()

    # -- on the worker thread -----------------------------------------------------------
    def _run(self) -> None:
        archive: Archive | None = None

        def handle(job: tuple) -> None:
            nonlocal archive
            archive = self._store_job(archive, job)

        _serve(self._jobs, handle)
        if archive is not None:
            archive.close()

    def _store_job(self, archive: Archive | None, job: tuple) -> Archive | None:
        try:
            if job[0] == "index":
                return self._index(archive, *job[1:])
            if archive is not None and job[1] == self._latest and job[2] == self._generation:
                self._count(archive, *job[1:])
        except RuntimeError:  # the window was deleted while we worked: nobody listens any more
            raise
        except Exception:  # noqa: BLE001 - a store that fails mid-way: counts come from memory
            _log.warning("the archive store failed; the Filters count in memory", exc_info=True)
            self._generation = -1
            return None
        return archive

    def _run_memory(self) -> None:
        _serve(self._memory_jobs, self._memory_job)

    def _memory_job(self, job: tuple) -> None:
        if job[0] == "prepare":
            self._prepare(*job[1:])
        elif job[0] == "relate":
            from ...core.relations import RelationIndex

            stored = getattr(job[2].meetings, "relations", None)  # asked of the store (store/stored.py)
            self.related.emit(job[1], stored() if stored is not None else RelationIndex(job[2]))
        elif job[0] == "pick":
            if job[1] == self._latest_pick:  # else a newer list came meanwhile
                from .timeline import pick

                shown = pick(*job[2:])
                if job[1] == self._latest_pick:
                    self.picked.emit(job[1], shown)
        elif job[1] == self._latest:  # a tally nobody superseded
            request, facets, selection, flags = job[1:]
            counts = facets.counts(selection, flags)
            if request == self._latest:
                self.counted.emit(request, counts)

    def _prepare(self, generation: int, dataset: Dataset, char_px: float) -> None:
        from ...core.store.stored import StoredMeetings
        from .timeline import measure, measure_columns

        meetings = dataset.meetings
        if isinstance(meetings, StoredMeetings):  # read from the store: its columns, no meeting decoded
            columns = meetings.columns()
            facets = columns.facet_index(meetings.full_counts())
            countries = sorted({c for codes in columns.countries for c in codes})
            measured = measure_columns(columns, char_px, meetings)
        else:
            facets = FacetIndex(meetings)
            countries = dataset_countries(meetings)
            measured = measure(meetings, facets.spans(), char_px)
        # The counts with no search and no filter too (what a window shows first), here rather than there.
        self.prepared.emit(generation, Prepared(facets, facets.span(), countries, measured,
                                                facets.counts(FacetSelection())))

    def _index(self, archive: Archive | None, generation: int, result: LoadResult, path: Path | None) -> Archive:
        from ...core.store import Archive, open_store
        from ...core.store.stored import opened_by

        if archive is None or archive.opened.path != path:
            if archive is not None:
                archive.close()
            archive = Archive(open_store(path))
            if path is not None and archive.opened.path is not None:
                _prune(path.parent, path)
        archive.update(result.dataset, result.fingerprints, self._country_name, opened_by(result))
        self._generation = generation
        self.indexed.emit(generation, archive.message or "")
        return archive

    def _count(self, archive: Archive, request: int, generation: int, query: Query,
               selection: FacetSelection) -> None:
        counts = archive.count(query, selection)
        if request != self._latest:
            return  # superseded while it was counted
        self.counted.emit(request, FacetCounts(dict(counts.values), Counter(), counts.total))


class ListSearch(QObject):
    """Searches typed into a large list, on a worker thread: the window keeps answering keys while a
    word is looked for, a newer word stops the search of an older one, and answers come by signal."""

    answered = Signal(int, object, object)  # request number, Query, flags (one per meeting, index order)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue = queue.Queue()
        self._latest = 0
        self._thread: threading.Thread | None = None
        self.destroyed.connect(lambda *_: self._jobs.put(None))

    def ask(self, index: SearchIndex, query: Query) -> int:
        """Search ``index`` for ``query``; returns the request's number (``answered`` carries it back)."""
        if self._thread is None:
            share_interpreter_with_ui()
            self._thread = threading.Thread(target=self._run, name="diplo-list-search", daemon=True)
            self._thread.start()
        self._latest += 1
        self._jobs.put((self._latest, index, query))
        return self._latest

    def cancel(self) -> None:
        """Nobody waits for the searches asked so far: stop them."""
        self._latest += 1

    def _run(self) -> None:
        _serve(self._jobs, self._answer)

    def _answer(self, job: tuple) -> None:
        request, index, query = job
        if request != self._latest:
            return  # a newer one is queued
        def superseded() -> bool:
            return request != self._latest

        try:
            flags = index.matches(query, stop=superseded)
            if request == self._latest:
                self.answered.emit(request, query, flags)
        except Superseded:
            return
        except RuntimeError:
            raise
        except Exception:  # noqa: BLE001 - a store that fails mid-way: this search has no answer, later ones may
            _log.warning("a search of the archive store failed", exc_info=True)
