"""Loading data off the UI thread, with a progress bar and a Cancel button in the status bar.

``BackgroundLoader.run(load)`` runs ``load(options)`` (``loading.load`` or the live
loader) on a worker thread, with the options that make it fast (the record cache under
Qt's CacheLocation, parser processes) and that report progress and honour Cancel.
It returns the finished LoadResult, or None when the user cancelled or a newer load
replaced this one: the caller then leaves the data on screen as it was. Meetings reach
the window only whole, once every file is validated and linked.

The caller waits in a local event loop, as behind a modal dialog, so the window keeps
painting, scrolling and searching the data it has, while ``reload()`` keeps its simple
contract (when it returns, the new data is shown) that startup, ``--screenshot`` and the
tests rely on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEventLoop, QLocale, QObject, QStandardPaths, QThread, QTimer, Signal, Slot, qVersion
from PySide6.QtWidgets import QMainWindow, QProgressBar, QPushButton

from ..core import loading, search
from ..core.live import KEPT_CODE
from ..core.loading import LoadOptions, LoadResult
from ..core.parallel import Cancelled
from .safe_text import country_name

if TYPE_CHECKING:
    from ..core.cache import Fingerprint

# A load shorter than this never shows the progress bar (no flicker for small data).
SHOW_PROGRESS_AFTER_MS = 150
# Below 64 KiB of data files in all (the bundled data is 9 KB), parsing takes less time than
# importing the cache's decoder, msgspec (about 10 ms here), and reading the cache back.
CACHE_MIN_BYTES = 64 * 1024
# Below this many meetings the search index is built at the first search, in milliseconds,
# rather than ahead on every load.
PREPARE_SEARCH_MIN_MEETINGS = 2000

_running = 0  # loads under way in this process (benchmarks ask, to time the event loop meanwhile)


def is_loading() -> bool:
    """True while any window's load runs on its worker thread."""
    return _running > 0


def cache_dir() -> Path | None:
    """Qt's CacheLocation (on Linux $XDG_CACHE_HOME/Diplo/Diplo), or None if there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location) if location else None


@dataclass(frozen=True, slots=True)
class Loaded:
    """A finished load: its result, and what was built from it off the UI thread for the window."""

    result: LoadResult
    search: search.Prepared | None = None  # the search index, built ahead for a large Dataset


class _Worker(QThread):
    """Runs one load; hands back the result, or why there is none, through signals."""

    progressed = Signal(int, int)  # bytes done, bytes in all
    succeeded = Signal(object)  # Loaded
    failed = Signal(str)

    def __init__(self, load: Callable[[LoadOptions], LoadResult], cache: Path | None) -> None:
        super().__init__()
        self._load = load
        self._cache = cache
        self.cancel_requested = threading.Event()
        self.replaced = False  # by a newer load (not cancelled by the user)

    def run(self) -> None:  # the worker thread
        fingerprints: list[Fingerprint] = []
        options = LoadOptions(cache_dir=self._cache, cache_min_bytes=CACHE_MIN_BYTES, progress=self.progressed.emit,
                              cancelled=self.cancel_requested.is_set, fingerprints=fingerprints)
        try:
            with loading.no_cyclic_gc():
                result = self._load(options)
                # The search index too, here rather than on the UI thread; handed over with the result.
                loaded = Loaded(result, self._prepare_search(result, fingerprints))
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
        if len(meetings) < PREPARE_SEARCH_MIN_MEETINGS:
            return None
        exact = (self._cache is not None and len(fingerprints) == len(result.files)
                 and not any(p.code == KEPT_CODE for p in result.problems))  # all records from these files
        if not exact:
            return search.build_index(meetings, country_name)
        from ..core.cache import IndexCache, dataset_key  # msgspec: only once there is a cache to use

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
    finished = Signal(bool)  # True when new data came, False when cancelled, replaced or failed

    def __init__(self, window: QMainWindow, cache: Path | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._cache = cache
        self._worker: _Worker | None = None

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

    def run(self, load: Callable[[LoadOptions], LoadResult]) -> Loaded | None:
        """Run ``load`` off the UI thread and wait for it while events flow; None if cancelled or replaced."""
        if self._worker is not None:  # a newer load replaces the running one (it returns None)
            self._worker.replaced = True
            self._stop(self._worker)
        worker = _Worker(load, self._cache)
        outcome: dict[str, object] = {}
        loop = QEventLoop()
        worker.progressed.connect(self._on_progress)
        worker.succeeded.connect(lambda result: outcome.setdefault("result", result))
        worker.failed.connect(lambda message: outcome.setdefault("error", message))
        worker.finished.connect(loop.quit)
        self._worker = worker
        self.progress_bar.setRange(0, 0)  # busy until the first report says how much there is
        self._show_timer.start()
        self.started.emit()
        global _running
        _running += 1
        worker.start()
        try:
            loop.exec()  # until the worker's finished signal (queued behind its result) quits it
        finally:
            _running -= 1
        if worker.isRunning():  # the loop was left early (the application is quitting): stop cleanly
            worker.cancel_requested.set()
            worker.wait()
        if not shiboken6.isValid(self._show_timer):
            # The window was closed and deleted while events flowed (a live reload that fired as it
            # closed): nothing is left to show the result in.
            return None
        if self._worker is worker:
            self._worker = None
            self._show_timer.stop()
            self._set_progress_visible(False)
        result = outcome.get("result")
        if worker.cancel_requested.is_set():
            result = None
        if "error" in outcome:
            self._window.statusBar().showMessage(self.tr("Loading failed: %s") % outcome["error"], 10000)
        elif result is None and not worker.replaced:
            self._window.statusBar().showMessage(self.tr("Loading cancelled; the meetings shown are unchanged."),
                                                 6000)
        worker.deleteLater()
        self.finished.emit(result is not None)
        return result if isinstance(result, Loaded) else None

    @Slot()
    def cancel(self) -> None:
        """Stop the running load; the data on screen stays as it is."""
        if self._worker is not None:
            self._worker.cancel_requested.set()
            self.cancel_button.setEnabled(False)

    def _stop(self, worker: _Worker) -> None:
        """Cancel a running load and wait for its thread to end, still serving events."""
        worker.cancel_requested.set()
        if worker.isRunning():
            loop = QEventLoop()
            worker.finished.connect(loop.quit)
            if worker.isRunning():
                loop.exec()
        worker.wait()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total <= 0:
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


def background_loader(window: QMainWindow) -> BackgroundLoader:
    """The window's loader, created (with its status bar widgets) on first use."""
    loader = getattr(window, "_background_loader", None)
    if loader is None:
        loader = BackgroundLoader(window, cache_dir())
        window._background_loader = loader  # type: ignore[attr-defined]
    return loader


def load_in_background(window: QMainWindow, load: Callable[[LoadOptions], LoadResult]) -> Loaded | None:
    """``load(options)`` off the UI thread with progress and Cancel; None if cancelled or replaced."""
    return background_loader(window).run(load)
