"""The main window: wiring of list, search, detail, problems, menus and status bar.

Every decision about data (what loads, what matches, how dates read) is asked of
``diplo_gui.core``; this module only connects widgets.
"""

from __future__ import annotations

import platform
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QStandardPaths, Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QLineEdit, QMainWindow, QMessageBox, QSplitter,
    QVBoxLayout, QWidget,
)

from .. import APP_NAME, __version__
from ..core import loading
from ..core.loading import LoadResult
from ..core.model import Dataset, Meeting
from ..core.search import SearchIndex, parse_query
from .detail_view import DetailView
from .explore import install_explore
from .export_actions import install_export_actions
from .meeting_list import MeetingListView
from .meeting_model import MeetingFilterProxy, MeetingRole, MeetingTableModel
from .problems_view import ProblemsView
from .safe_text import INTERNAL_SCHEME, country_name, escape, is_allowed_url, plain_label

# What an internal link filters by: diplo://issue/taiwan -> "issue:taiwan" in the search box.
_LINK_FIELDS = {"person": "person", "issue": "issue", "country": "country"}


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def user_data_dir() -> Path:
    """The user's own meetings: a ``meetings`` folder under Qt's AppDataLocation."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "meetings"


class MainWindow(QMainWindow):
    def __init__(self, data_paths: Sequence[Path | str] = (), include_bundled: bool = True,
                 user_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self._data_paths: list[Path] = [Path(p) for p in data_paths]
        self._include_bundled = include_bundled
        self._user_dir = user_dir
        self._result = LoadResult(Dataset(), (), ())
        # Opening a URL outside the app goes through this one callable (tests replace it).
        self.open_external: Callable[[QUrl], object] = QDesktopServices.openUrl

        self.model = MeetingTableModel(country_name, self)
        self.proxy = MeetingFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setAccessibleName(self.tr("Search meetings"))
        self.search_box.setPlaceholderText(self.tr("Search people, places, issues, quotes…  (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._apply_search)

        self.list_view = MeetingListView()
        self.list_view.setModel(self.proxy)
        self.list_view.setColumnWidth(MeetingTableModel.DATE, 150)
        self.list_view.setColumnWidth(MeetingTableModel.TITLE, 330)
        self.list_view.setColumnWidth(MeetingTableModel.PLACE, 150)
        self.list_view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.search_box.returnPressed.connect(self._focus_list)

        self.detail = DetailView(country_name)
        self.detail.setObjectName("detailPane")
        self.detail.setAccessibleName(self.tr("Meeting details"))
        self.detail.linkActivated.connect(self.open_link)

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search_box)
        layout.addWidget(self.list_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.problems_view = ProblemsView()
        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)

        self.counts_label = plain_label()
        self.counts_label.setObjectName("countsLabel")
        self.statusBar().addPermanentWidget(self.counts_label)

        self._build_menus()
        self.resize(1240, 780)
        install_explore(self)  # facets, threads, people, pairs, timeline, history, saved searches

    # -- menus ----------------------------------------------------------------------
    def _action(self, text: str, slot: Callable, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                name: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_file_action = self._action(self.tr("&Open Data File…"), self.choose_files,
                                             QKeySequence.StandardKey.Open, "openFileAction")
        self.open_folder_action = self._action(self.tr("Open Data &Folder…"), self.choose_folder,
                                               "Ctrl+Shift+O", "openFolderAction")
        self.reload_action = self._action(self.tr("&Reload"), self.reload, QKeySequence.StandardKey.Refresh,
                                          "reloadAction")
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quitAction")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (self.open_file_action, self.open_folder_action, None, self.reload_action, None,
                       self.quit_action):
            menu.addSeparator() if action is None else menu.addAction(action)

        menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.find_action = self._action(self.tr("&Find…"), self.focus_search, QKeySequence.StandardKey.Find,
                                        "findAction")
        menu.addAction(self.find_action)
        self.clear_search_action = self._action(self.tr("&Clear Search"), self.search_box.clear, "Ctrl+Shift+F",
                                                "clearSearchAction")
        menu.addAction(self.clear_search_action)

        menu = self.menuBar().addMenu(self.tr("&View"))
        problems_toggle = self.problems_dock.toggleViewAction()
        problems_toggle.setText(self.tr("&Problems"))
        problems_toggle.setShortcut(QKeySequence("Ctrl+Shift+P"))
        menu.addAction(problems_toggle)

        menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About Diplo"), self.show_about, name="aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        menu.addAction(self.about_action)
        install_export_actions(self)  # File › Export / Print / Print Preview, Edit › Copy Quote with Citation

    # -- loading --------------------------------------------------------------------
    def load_sources(self) -> list[Path]:
        return loading.sources(self._data_paths, self._include_bundled, self._user_dir)

    @Slot()
    def reload(self) -> None:
        """Read every source again and swap the new Dataset in, keeping search and selection."""
        self.show_result(loading.load(self.load_sources()))

    def show_result(self, result: LoadResult) -> None:
        selected = self.current_meeting()
        self._result = result
        self.model.set_meetings(result.dataset.meetings)
        self.proxy.set_index(SearchIndex(result.dataset.meetings, country_name))
        self.problems_view.problem_model.set_problems(result.problems)
        self.problems_dock.setVisible(bool(result.problems))
        self._apply_search(self.search_box.text())
        if selected is None or not self.select_meeting(selected.id):
            self.detail.show_meeting(None)

    def add_data_paths(self, paths: Sequence[Path | str]) -> None:
        for path in paths:
            if Path(path) not in self._data_paths:
                self._data_paths.append(Path(path))
        self.reload()

    @Slot()
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Open Data Files"), "",
                                                self.tr("Diplo data (*.yaml *.yml);;All files (*)"))
        if names:
            self.add_data_paths(names)

    @Slot()
    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Open Data Folder"))
        if name:
            self.add_data_paths([name])

    # -- state queries --------------------------------------------------------------
    @property
    def dataset(self) -> Dataset:
        return self._result.dataset

    @property
    def load_result(self) -> LoadResult:
        return self._result

    def visible_meetings(self) -> list[Meeting]:
        return [self.proxy.index(row, 0).data(MeetingRole) for row in range(self.proxy.rowCount())]

    def current_meeting(self) -> Meeting | None:
        return self.detail.meeting()

    # -- search and selection ------------------------------------------------------
    @Slot()
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    @Slot()
    def _focus_list(self) -> None:
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.list_view.currentIndex().isValid() and self.proxy.rowCount():
            self.list_view.setCurrentIndex(self.proxy.index(0, 0))

    def set_search(self, text: str) -> None:
        self.search_box.setText(text)

    @Slot(str)
    def _apply_search(self, text: str) -> None:
        self.proxy.set_query(parse_query(text))
        shown = self.proxy.rowCount()
        if shown == 0 and self.model.rowCount():
            self.list_view.set_empty_text(self.tr("No meeting matches “%s”.") % text.strip())
        elif self.model.rowCount() == 0:
            self.list_view.set_empty_text(self.tr("No meetings loaded. Use File › Open Data File… to add some."))
        else:
            self.list_view.set_empty_text("")
        current = self.list_view.currentIndex()
        if not current.isValid():
            self.detail.show_meeting(None)
        self._update_counts()

    def select_meeting(self, meeting_id: str) -> bool:
        """Make a meeting current (if it is in the list as filtered); False if it is not there."""
        source_row = self.model.row_of(meeting_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.list_view.scrollTo(index)
        return True

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_meeting(current.data(MeetingRole) if current.isValid() else None)

    def _update_counts(self) -> None:
        loaded = self.model.rowCount()
        shown = self.proxy.rowCount()
        problems = self._result.problems
        errors = sum(p.is_error for p in problems)
        text = (_count(loaded, self.tr("meeting"), self.tr("meetings")) if shown == loaded
                else self.tr("{shown} of {loaded} meetings").format(shown=f"{shown:,}", loaded=f"{loaded:,}"))
        if problems:
            text += " · " + _count(len(problems), self.tr("problem"), self.tr("problems"))
            if errors:
                text += " (" + _count(errors, self.tr("error"), self.tr("errors")) + ")"
        self.counts_label.setText(text)

    # -- links ----------------------------------------------------------------------
    @Slot(QUrl)
    def open_link(self, url: QUrl) -> None:
        """Internal links filter the list; http(s) links open in the browser; nothing else leaves."""
        if url.scheme() == INTERNAL_SCHEME:
            field = _LINK_FIELDS.get(url.host())
            key = url.path().lstrip("/")
            if field and key:
                self.set_search(f"{field}:{key}")
            return
        if is_allowed_url(url):
            self.open_external(url)
        else:
            self.statusBar().showMessage(self.tr("Blocked a link that is not http or https."), 5000)

    # -- help -----------------------------------------------------------------------
    @Slot()
    def show_about(self) -> None:
        blurb = self.tr("A desktop reader of diplomatic meetings: who met whom, when, where, "
                        "about what, and exactly what was said.")
        data = self.tr("Bundled data: US–China meetings of 2022–2023, from a Reuters report "
                       "and official government sites; each meeting lists its sources.")
        text = (f"<h3>{escape(APP_NAME)} {escape(__version__)}</h3><p>{escape(blurb)}</p>"
                f"<p>Qt {escape(qVersion())} · Python {escape(platform.python_version())}</p>"
                f"<p>{escape(data)}</p>")
        if self._user_dir is not None:
            text += f"<p>{escape(self.tr('Your data folder:'))} {escape(str(self._user_dir))}</p>"
        QMessageBox.about(self, self.tr("About Diplo"), text)


