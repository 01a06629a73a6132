"""Loading data off the UI thread, with a progress bar and a Cancel button in the status bar.

``BackgroundLoader.start(load)`` runs ``load(options)`` (``loading.load`` or the live
loader) on a worker thread, with the options that make it fast (the record cache under
Qt's CacheLocation, parser processes) and that report progress and honour Cancel, and
returns at once. The finished load arrives through the ``loaded`` signal; a cancelled,
failed or superseded load never does, so the data on screen stays as it was. Meetings
reach the window only whole, once every file is validated and linked.

Nothing waits: no nested event loop, so no slot of the window runs inside another. A newer
load supersedes the running one, which is told to stop and whose result is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QStandardPaths, QThread, QTimer, Signal, Slot, qVersion
from PySide6.QtWidgets import QMainWindow, QProgressBar, QPushButton

from ...core import loading, search
from ...core.live import KEPT_CODE
from ...core.loading import LoadOptions, LoadResult
from ...core.parallel import Cancelled
from ..reader.safe_text import country_name

if TYPE_CHECKING:
    from ...core.cache import Fingerprint

# A load shorter than this never shows the progress bar (no flicker for small data).
SHOW_PROGRESS_AFTER_MS = 150
# Below 64 KiB of data files in all (the bundled data is 9 KB), parsing takes less time than
# importing the cache's decoder, msgspec (about 10 ms here), and reading the cache back.
CACHE_MIN_BYTES = 64 * 1024
# Below this many meetings the search index is built at the first search, in milliseconds,
# rather than ahead on every load.
PREPARE_SEARCH_MIN_MEETINGS = 2000

def cache_dir() -> Path | None:
    """Qt's CacheLocation (on Linux $XDG_CACHE_HOME/Diplo/Diplo), or None if there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location) if location else None


@dataclass(frozen=True, slots=True)
class Loaded:
    """A finished load: its result, and what was built from it off the UI thread for the window."""

    result: LoadResult
    search: search.Prepared | None = None  # the search index, built ahead for a large Dataset
    from_store: bool = False  # read back from the archive store (its files' hashes checked afterwards)


class _Verify(QThread):
    """After a load read back from the store is shown: whether the files' bytes are still those the store
    hashed (a file rewritten within one timestamp keeps its size and time). ``changed`` if not."""

    changed = Signal()

    def __init__(self, fingerprints: Sequence[Fingerprint], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fingerprints = fingerprints

    def run(self) -> None:
        from ...core.store.stored import changed_files

        if changed_files(self._fingerprints):
            self.changed.emit()


class _Worker(QThread):
    """Runs one load; hands back the result, or why there is none, through signals."""

    progressed = Signal(int, int)  # bytes done, bytes in all
    succeeded = Signal(object)  # Loaded
    failed = Signal(str)

    def __init__(self, load: Callable[[LoadOptions], LoadResult] | None, cache: Path | None,
                 stored: Callable[[], LoadResult | None] | None = None, parent: QObject | None = None) -> None:
        """``load`` None: only the store is read; when it cannot answer, nothing is reported."""
        super().__init__(parent)
        self._load = load
        self._stored = stored
        self._cache = cache
        self.cancel_requested = threading.Event()
        self.replaced = False  # by a newer load (not cancelled by the user)
        self.quiet = load is None  # only the store is read: no message when it has no answer

    def run(self) -> None:  # the worker thread
        fingerprints: list[Fingerprint] = []
        options = LoadOptions(cache_dir=self._cache, cache_min_bytes=CACHE_MIN_BYTES, progress=self.progressed.emit,
                              cancelled=self.cancel_requested.is_set, fingerprints=fingerprints)
        try:
            with loading.no_cyclic_gc():
                # Read back from the archive store when it holds exactly these files; else read them.
                stored = self._stored() if self._stored is not None else None
                if stored is not None:
                    result = stored
                elif self._load is not None:
                    result = self._load(options)
                else:
                    return  # only the store was asked, and it no longer holds these files: nothing changes
                # The search index too, here rather than on the UI thread; handed over with the result.
                loaded = Loaded(result, self._prepare_search(result, fingerprints), from_store=stored is not None)
        except Cancelled:
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user; the data on screen stays
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        if not self.cancel_requested.is_set():
            self.succeeded.emit(loaded)

    def _prepare_search(self, result: LoadResult, fingerprints: list[Fingerprint]) -> search.Prepared | None:
        """Build the search index, or take it from the index cache when this exact load was indexed before."""
        meetings = result.dataset.meetings
        if len(meetings) < PREPARE_SEARCH_MIN_MEETINGS or not isinstance(meetings, tuple):
            return None  # small, or read from the archive store (whose full-text index answers)
        fingerprints = list(result.fingerprints) or fingerprints  # a load from the store has them already
        exact = (len(fingerprints) == len(result.files)
                 and not any(p.code == KEPT_CODE for p in result.problems))  # all records from these files
        if self._cache is None or not exact:
            return search.build_index(meetings, country_name)
        from ...core.cache import IndexCache, dataset_key  # msgspec: only once there is a cache to use

        store = IndexCache(self._cache)
        sources = "\n".join(str(path) for path in result.files)
        # Country names come from Qt's locale data: the language and the Qt release are part of the key.
        key = dataset_key(fingerprints, f"{QLocale().name()}|{qVersion()}")
        columns = store.get(sources, key, len(meetings))
        adopted = search.adopt(meetings, columns) if columns is not None else None
        if adopted is not None:
            return adopted
        prepared = search.build_index(meetings, country_name)
        store.put(sources, key, prepared.columns)
        return prepared


class BackgroundLoader(QObject):
    """One window's loads: at most one at a time, the newest wins."""

    started = Signal()
    loaded = Signal(object)  # Loaded: the newest load finished; the window shows it
    stale = Signal()  # a load read back from the store turned out older than the files: load again
    finished = Signal(bool)  # after each load that was not superseded: True when new data came

    def __init__(self, window: QMainWindow, cache: Path | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._cache = cache
        self._worker: _Worker | None = None  # the newest load, while it runs
        self._shut_down = False  # the window is closing: nothing starts any more
        self._outcome: object = None  # what it reported: Loaded, an error message, or nothing yet

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("loadProgress")
        self.progress_bar.setAccessibleName(self.tr("Loading data"))
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelLoadButton")
        self.cancel_button.setToolTip(self.tr("Stop loading and keep the meetings shown now"))
        self.cancel_button.clicked.connect(self.cancel)
        status = window.statusBar()
        status.addPermanentWidget(self.progress_bar)
        status.addPermanentWidget(self.cancel_button)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(SHOW_PROGRESS_AFTER_MS)
        self._show_timer.timeout.connect(self._show_progress)
        self._set_progress_visible(False)

    @property
    def is_loading(self) -> bool:
        return self._worker is not None

    def start(self, load: Callable[[LoadOptions], LoadResult], sources: Sequence[Path] | None = None) -> None:
        """Run ``load`` off the UI thread; ``loaded`` carries its result unless it is cancelled or superseded.

        ``sources``: what ``load`` reads, when the archive store may answer for them (an open, not
        a reload after a change: that knows which files changed and reads only those)."""
        self._start(load, sources)

    def adopt_store(self, sources: Sequence[Path]) -> None:
        """Read the data on screen again from the archive store, which now holds exactly it: quietly
        (no progress bar, no message), and only from the store; when it cannot answer, nothing changes.

        A large archive read from its files is held in memory whole; read from the store, only what
        is shown is."""
        if self._worker is None and self._cache is not None:
            self._start(None, sources)

    def _start(self, load: Callable[[LoadOptions], LoadResult] | None, sources: Sequence[Path] | None) -> None:
        if self._shut_down:
            return  # the window is closing: a load started now would outlive it
        if self._worker is not None:  # superseded: told to stop; its result, if any, is dropped
            self._worker.replaced = True
            self._worker.cancel_requested.set()
        stored = None
        if sources is not None and self._cache is not None:
            path = loading.store_path(self._cache, sources)
            stored = ((lambda: loading.load_stored(sources, path, verify=False))
                      if path is not None and path.exists() else None)
        worker = _Worker(load, self._cache, stored, self)
        worker.progressed.connect(self._on_progress)
        worker.succeeded.connect(self._on_succeeded)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_worker_finished)
        self._worker = worker
        self._outcome = None
        self.progress_bar.setRange(0, 0)  # busy until the first report says how much there is
        self.cancel_button.setEnabled(True)
        if load is not None:  # a quiet read of the store shows no progress
            self._show_timer.start()
        self.started.emit()
        worker.start()

    @Slot()
    def cancel(self) -> None:
        """Stop the running load; the data on screen stays as it is."""
        if self._worker is not None:
            self._worker.cancel_requested.set()
            self.cancel_button.setEnabled(False)

    def shut_down(self) -> None:
        """Stop every load and wait for the threads (the window is closing): a QThread must not
        outlive its object. The workers never wait on the UI thread, so this cannot deadlock."""
        self._shut_down = True
        for worker in self.findChildren(_Worker):
            worker.cancel_requested.set()
            worker.wait()
        for check in self.findChildren(_Verify):
            check.wait()

    @Slot(object)
    def _on_succeeded(self, loaded: Loaded) -> None:
        if self.sender() is self._worker and not self._worker.cancel_requested.is_set():
            self._outcome = loaded

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self.sender() is self._worker:
            self._outcome = message

    @Slot()
    def _on_worker_finished(self) -> None:
        worker = self.sender()
        quiet = isinstance(worker, _Worker) and worker.quiet
        if isinstance(worker, _Worker):
            worker.deleteLater()
        if worker is not self._worker:
            return  # superseded: a newer load is running and will report
        self._worker = None
        self._show_timer.stop()
        self._set_progress_visible(False)
        outcome, self._outcome = self._outcome, None
        if isinstance(outcome, Loaded):
            self.loaded.emit(outcome)
            self.finished.emit(True)
            # A load read back from the store is checked against the files' bytes, unless it is the move onto
            # the store of what was just read from them (their hashes are the store's; the watcher sees later saves).
            if outcome.from_store and not quiet:
                check = _Verify(outcome.result.fingerprints, self)
                check.changed.connect(self.stale)
                check.finished.connect(check.deleteLater)
                check.start()
            return
        if isinstance(outcome, str):
            self._window.statusBar().showMessage(self.tr("Loading failed: %s") % outcome, 10000)
        elif quiet:
            pass  # only the store was asked and it could not answer: the data on screen is the same
        else:
            self._window.statusBar().showMessage(self.tr("Loading cancelled; the meetings shown are unchanged."),
                                                 6000)
        self.finished.emit(False)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total <= 0 or self.sender() is not self._worker:
            return
        # Bytes can exceed an int's range in the bar: report per mille.
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(int(1000 * done / total))

    @Slot()
    def _show_progress(self) -> None:
        if self._worker is not None:
            self._set_progress_visible(True)

    def _set_progress_visible(self, visible: bool) -> None:
        self.progress_bar.setVisible(visible)
        self.cancel_button.setVisible(visible)
        self.cancel_button.setEnabled(visible)
