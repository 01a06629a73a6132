"""Watch the loaded data folders (and files), and say (once per burst) that something changed.

Editors save by writing a new file and renaming it over the old one, which changes its
folder: the folders are what we watch (a file appearing, vanishing or being renamed over).
Some editors write in place, which only the file itself reports; so the data files are
watched one by one as well, up to MAX_WATCHED_FILES: adding 50,000 paths to the watcher
would hold the window for seconds at every reload. Beyond that, a file rewritten in place
is seen at the next reload (any change of a folder, or File › Reload). After every
reload ``watch`` re-arms the set (a replaced file's watch is lost).

A save is a burst of events (temporary file, write, rename): a short single-shot timer
turns the burst into one ``changed`` signal; a burst that goes on (a sync tool, a script
saving many files) still gives one every MAX_WAIT_MS, so the window never shows stale
data for the whole burst.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QFileSystemWatcher, QObject, QTimer, Signal, Slot

from ...core.files import collect

DEBOUNCE_MS = 250
MAX_WAIT_MS = 1000
MAX_WATCHED_FILES = 1000


class DataWatcher(QObject):
    """Emits ``changed`` once a burst of file-system events under the watched sources has settled."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS,
                 max_wait_ms: int = MAX_WAIT_MS) -> None:
        super().__init__(parent)
        self._debounce_ms = debounce_ms
        self._max_wait_ms = max_wait_ms
        self._burst = QElapsedTimer()  # since the first event of the burst not yet signalled
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._watcher.directoryChanged.connect(self._on_event)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.changed)

    def watched(self) -> set[str]:
        return set(self._watcher.files()) | set(self._watcher.directories())

    def watch(self, sources: Iterable[Path], files: Iterable[Path]) -> None:
        """Watch the data files read and the folders they came from; forget what is no longer there.

        ``sources`` are the paths the user gave (files or folders); ``files`` the data files read.
        """
        sources = list(sources)
        files = list(files)
        folders = _folders_of(sources)
        wanted_files = {str(source) for source in sources if not source.is_dir() and source.is_file()}
        if len(files) <= MAX_WATCHED_FILES:  # beyond: the folders only (see the module's note)
            wanted_files.update(str(f) for f in files if f.is_file())

        current_files = set(self._watcher.files())
        current_dirs = set(self._watcher.directories())
        stale = (current_files - wanted_files) | (current_dirs - folders)
        if stale:
            self._watcher.removePaths(sorted(stale))
        # Re-arm every file: after a rename-over the old path may still be listed while the
        # watch sits on the replaced file, which will never change again.
        kept = sorted(current_files & wanted_files)
        if kept:
            self._watcher.removePaths(kept)
        new = sorted(wanted_files) + sorted(folders - current_dirs)
        if new:
            self._watcher.addPaths(new)

    def watch_folders(self, sources: Iterable[Path]) -> None:
        """Watch the folders before a load reads them: a file saved into a new sub-folder while
        the load runs (after its walk, before ``watch``) would otherwise never be noticed."""
        new = sorted(_folders_of(sources) - set(self._watcher.directories()))
        if new:
            self._watcher.addPaths(new)

    @Slot(str)
    def _on_event(self, _path: str) -> None:
        # Restart: one signal after the burst settles, but never later than max_wait after its start.
        if not self._timer.isActive():
            self._burst.start()
        left = self._max_wait_ms - self._burst.elapsed()
        self._timer.start(max(0, min(self._debounce_ms, left)))


def snapshot(sources: Iterable[Path]) -> dict[str, tuple[int, int]]:
    """Size and modification time of the folders and data files ``watch`` would watch: a window
    that arms its watcher after the first paint compares two of these to catch a save in between."""
    sources = list(sources)
    found = [str(f) for f in collect(sources)[0]]
    stamps: dict[str, tuple[int, int]] = {}
    for path in sorted(_folders_of(sources)) + found + [str(s) for s in sources]:
        try:
            info = os.stat(path)
        except OSError:
            stamps[path] = (-1, -1)
        else:
            stamps[path] = (info.st_size, info.st_mtime_ns)
    return stamps


def _folders_of(sources: Iterable[Path]) -> set[str]:
    """The folders to watch for these sources: each folder with its sub-folders, and each named file's folder."""
    folders: set[str] = set()
    for source in sources:
        if source.is_dir():
            folders.update(_folders_under(source))
        elif source.parent.is_dir():
            folders.add(str(source.parent))  # a named file may be renamed over or created later: its folder tells us
    return folders


def _folders_under(root: Path) -> list[str]:
    """A folder and its sub-folders, as files.collect walks them (hidden ones skipped, no symlinks)."""
    found = [str(root)]
    for dirpath, dirs, _files in os.walk(root, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(os.path.join(dirpath, d) for d in dirs)
    return found
