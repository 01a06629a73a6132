"""Remembered sources: what the user opened comes back at the next start.

Files and folders opened with File › Open (or dropped on the window) are remembered in
QSettings; the next start opens them again after the bundled data and the user's folder.
One that has gone missing is reported in the status bar and left out, never fatal; it
stays in File › Open Recent, from where it can be opened again once it is back.
File › Close Source takes an opened file or folder out of the window (and the next start).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Slot
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

if TYPE_CHECKING:
    from .main_window import MainWindow

OPENED = "sources/opened"  # open at the last close, in the order they were opened
RECENT = "sources/recent"  # most recent first
MAX_RECENT = 10
DATA_SUFFIXES = (".yaml", ".yml")


def _stored_paths(settings: QSettings, key: str) -> list[Path]:
    """A list of paths from the settings; anything else (a hand-edited value) reads as none."""
    value = settings.value(key, [])
    if isinstance(value, str):  # a one-item list comes back as its item from some backends
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(item) for item in value if isinstance(item, str) and item.strip()]


def _store(key: str, paths: Iterable[Path]) -> None:
    settings = QSettings()
    settings.setValue(key, [str(p) for p in paths])
    settings.sync()


def opened() -> list[Path]:
    return _stored_paths(QSettings(), OPENED)


def recent() -> list[Path]:
    return _stored_paths(QSettings(), RECENT)


def is_data_path(path: Path) -> bool:
    """What a drop may load: a folder, or a file with a data suffix."""
    return path.is_dir() or (path.is_file() and path.suffix.lower() in DATA_SUFFIXES)


class RememberedSources(QObject):
    """File › Open Recent, File › Close Source, the remembered list and drops of data files."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("rememberedSources")
        self.window = window
        self.missing: list[Path] = []  # remembered but not found at this start
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.setObjectName("openRecentMenu")
        self.recent_menu.menuAction().setStatusTip(self.tr("Open a data file or folder opened before"))
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.close_menu = QMenu(self.tr("&Close Source"), window)
        self.close_menu.setObjectName("closeSourceMenu")
        self.close_menu.menuAction().setStatusTip(self.tr("Take an opened data file or folder out of the window"))
        self.close_menu.aboutToShow.connect(self.fill_close_menu)
        self.fill_recent_menu()
        self.fill_close_menu()
        window.menus.place(self.recent_menu, self.close_menu)
        # Drops: on the window, and on its text boxes, which would otherwise type the file's URL.
        window.setAcceptDrops(True)
        self.watch_drops(window)

    # -- the remembered list -------------------------------------------------------------
    def restore(self) -> list[Path]:
        """Add the sources open at the last close to the window (before its first load);
        the missing ones are reported in the status bar and left out of the opened list."""
        found: list[Path] = []
        self.missing = []
        for path in opened():
            (found if path.exists() else self.missing).append(path)
        self.window.add_data_paths(found, reload=False, remember=False)
        if self.missing:
            _store(OPENED, found)
            names = ", ".join(str(p) for p in self.missing)
            self.window.statusBar().showMessage(
                self.tr("Not found, so not opened: %s (File › Open Recent still lists it)") % names, 15000)
        self.fill_close_menu()
        return found

    def remember(self, paths: Sequence[Path]) -> None:
        """Paths just opened: open again at the next start, and first in Open Recent."""
        paths = [Path(p).absolute() for p in paths]
        _store(OPENED, [*[p for p in opened() if p not in paths], *paths])
        _store(RECENT, [*paths[::-1], *[p for p in recent() if p not in paths]][:MAX_RECENT])
        self.fill_recent_menu()
        self.fill_close_menu()

    def forget(self, path: Path) -> None:
        """A closed source: not opened at the next start (it stays in Open Recent)."""
        path = Path(path).absolute()
        _store(OPENED, [p for p in opened() if p != path])
        self.fill_close_menu()

    # -- menus ---------------------------------------------------------------------------
    @Slot()
    def fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        paths = recent()
        for number, path in enumerate(paths, start=1):
            label = str(path).replace("&", "&&")
            action = QAction(f"&{number} {label}" if number < 10 else label, menu)
            action.setObjectName("recentSourceAction")
            action.setData(str(path))
            action.setStatusTip(self.tr("Open %s") % path)
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
            menu.addAction(action)
        if paths:
            menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear Menu"))
        clear.setObjectName("clearRecentAction")
        clear.setStatusTip(self.tr("Forget the files and folders opened before (the open ones stay open)"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.clear_recent)

    @Slot()
    def fill_close_menu(self) -> None:
        menu = self.close_menu
        menu.clear()
        for path in self.window.data_paths():
            action = QAction(str(path).replace("&", "&&"), menu)
            action.setObjectName("closeSourceAction")
            action.setData(str(path))
            action.setStatusTip(self.tr("Take %s out of the window") % path)
            action.triggered.connect(lambda _=False, p=path: self.close_source(p))
            menu.addAction(action)
        menu.menuAction().setEnabled(bool(menu.actions()))

    def open_recent(self, path: Path) -> bool:
        if not path.exists():
            self.window.statusBar().showMessage(self.tr("Not found: %s") % path, 8000)
            _store(RECENT, [p for p in recent() if p != path])
            self.fill_recent_menu()
            return False
        self.window.add_data_paths([path])
        return True

    @Slot()
    def clear_recent(self) -> None:
        _store(RECENT, [])
        self.fill_recent_menu()

    def close_source(self, path: Path) -> None:
        self.window.remove_data_path(path)
        self.forget(path)
        self.window.statusBar().showMessage(self.tr("Closed %s") % path, 5000)

    # -- drag and drop -------------------------------------------------------------------
    def watch_drops(self, window: QWidget) -> None:
        window.installEventFilter(self)
        for box in window.findChildren(QLineEdit):
            box.installEventFilter(self)

    @staticmethod
    def dropped_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        if not isinstance(event, QDropEvent):  # PySide hands drag events over as their own (QDropEvent) classes
            return False
        paths = self.dropped_paths(event)
        if not paths:
            return False  # text dragged into a box: the box handles it
        data = [p for p in paths if is_data_path(p)]
        if not data:
            event.ignore()  # a file that is not data: refused, and never typed into a box as a URL
            return True
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            self.window.add_data_paths(data)
            self.window.activateWindow()
        return True

