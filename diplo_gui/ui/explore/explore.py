"""Exploring the record: the window makes one ``ExploreController``, which builds the docks.

Adds the Filters dock (facets), and wires it to the window's list: facets are ANDed with
the text search through the proxy's extra filter, counts follow both. Everything about
data is asked of ``core.facets`` and ``core.relations``.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QSplitter,
)

from ...core import formatting
from ...core.facets import FacetCounts, FacetIndex, FacetSelection
from ...core.flags import Flags
from ...core.model import Dataset, Meeting, Status
from ...core.relations import RelationIndex
from ..reader.safe_text import INTERNAL_SCHEME, country_name, internal_url, plain
from ..shell.load_worker import cache_dir
from .explore_pages import Pages, RelatedView
from .facet_panel import FacetPanel
from .timeline import Shown, TimelineView

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ...core.loading import LoadResult
    from ...core.navigation import Place, SavedSearch
    from ..shell.main_window import MainWindow
    from .explore_archive import ArchiveQueries, Prepared
    from .saved_searches import SavedSearchesDialog


_FOLLOW_AT_ONCE = 3000  # meetings: up to this many, counts and timeline refresh with the list
# Beyond, they follow once the list has been still this long: a typist's next key comes within about a
# fifth of a second, and counting a large answer meanwhile would slow the list the typist is watching.
_FOLLOW_MS = 300
# A large Dataset's indexes are asked of the worker threads this long after the list took it: once the
# list has painted it (their Python would otherwise compete with the paint for the interpreter).
_ASK_AFTER_MS = 60


class ExploreController(QObject):
    """Owns the explore widgets of one window and keeps them in step with its data and list."""

    def __init__(self, window: MainWindow, deferred: bool = False) -> None:
        """Build what the first paint shows (Filters, Timeline, Related); the rest in ``finish()``,
        at once unless ``deferred`` (then the window calls it once it has painted)."""
        super().__init__(window)
        self.setObjectName("exploreController")
        self.window = window
        self._facet_index: FacetIndex | None = None  # built when first needed after each new Dataset
        self._panel_stale = True  # the facet panel's values are those of an older Dataset
        self._views_stale = True  # the same for the thread, people and pair views
        self._timeline_stale = True  # the same for the timeline's measures
        self.relations: RelationIndex | None = None  # for related meetings, built at the first selection
        # A large Dataset's counts come from the archive store, on its own thread (explore_archive.py).
        self._archive: ArchiveQueries | None = None
        self._generation = 0  # of the Dataset shown: answers about an older one are dropped
        self._dataset_seen: Dataset | None = None  # the window's Dataset when _generation last changed
        self._listed_before: set[str] | None = None  # ids the list showed before a large Dataset came, filters ticked
        self._count_request = 0  # the newest count asked of the store
        self._pick_request = 0  # the newest timeline pick asked of the archive's thread
        self._prepared_generation = 0  # the Dataset whose facet index and timeline measures came from the worker
        self._awaited_generation = 0  # the Dataset whose indexes were asked of the worker
        self._indexed_generation = 0  # the last Dataset the store was brought up to date with, as handled here
        self._relating = 0  # the Dataset whose relations were asked of the worker
        self._first_counts: FacetCounts | None = None  # a large Dataset's counts with no search, made off the UI thread
        self._counted_for: tuple | None = None  # the Dataset, search and filters of the counts shown or asked for
        self.explore_dock: QDockWidget | None = None  # with the history and actions, made by finish()

        self.facet_panel = FacetPanel(country_name)
        self.facet_dock = QDockWidget(self.tr("Filters"), window)
        self.facet_dock.setObjectName("facetDock")
        self.facet_dock.setWidget(self.facet_panel)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.facet_dock)
        self.facet_panel.selectionChanged.connect(self._on_facets_changed)

        # Related meetings sit under the detail pane, in a splitter that takes the detail's place.
        self.pages = Pages(self.tr, country_name)
        self.related_view = RelatedView(self.pages)
        self.related_view.linkActivated.connect(self.follow_link)
        splitter = window.splitter
        at = splitter.indexOf(window.detail)
        self.detail_splitter = QSplitter(Qt.Orientation.Vertical)
        self.detail_splitter.setObjectName("detailSplitter")
        self.detail_splitter.setSizePolicy(window.detail.sizePolicy())  # keeps the list/detail stretch
        splitter.replaceWidget(at, self.detail_splitter)
        self.detail_splitter.addWidget(window.detail)
        self.detail_splitter.addWidget(self.related_view)
        self.detail_splitter.setStretchFactor(0, 3)
        self.detail_splitter.setStretchFactor(1, 1)
        self.detail_splitter.setChildrenCollapsible(False)
        window.list_view.selectionModel().currentRowChanged.connect(self._on_current_changed)

        # The timeline shows the list as filtered; it is rebuilt once per burst of list changes.
        self.timeline: TimelineView = TimelineView(self.describe)
        self.timeline.meetingClicked.connect(self._on_timeline_clicked)
        self.timeline_dock = QDockWidget(self.tr("Timeline"), window)
        self.timeline_dock.setObjectName("timelineDock")
        self.timeline_dock.setWidget(self.timeline)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.timeline_dock)
        # Counts and timeline follow the list once it settles: a burst of keystrokes is one
        # refresh, after the typing pauses (the list itself never waits for them).
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(_FOLLOW_MS)
        self._list_timer.timeout.connect(self.refresh_after_list_change)
        for signal in (window.proxy.modelReset, window.proxy.layoutChanged, window.proxy.rowsInserted,
                       window.proxy.rowsRemoved):
            signal.connect(self._list_changed)
        window.model.modelReset.connect(self._on_dataset_changed)
        self._restoring = False
        self._on_dataset_changed()
        splitter.setSizes([3000, 2000])  # list 3 : detail 2, as the window sets them (taken as proportions)
        if not deferred:
            self.finish()

    def finish(self) -> None:
        """The hidden Explore dock (issue thread, people, pairs), history, saved searches, menus."""
        if self.explore_dock is not None:
            return
        # Imported here, after the first paint: navigation brings json, and nothing uses them before.
        from PySide6.QtWidgets import QTabWidget

        from ...core.navigation import History
        from .saved_searches import SavedSearchStore
        from .thread_view import IssueThreadView, PairView, PeopleView

        window = self.window
        self.history = History()
        self.thread_view = IssueThreadView(self.pages)
        self.people_view = PeopleView(self.pages)
        self.pair_view = PairView(self.pages, country_name)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exploreTabs")
        self.tabs.setAccessibleName(self.tr("Explore"))
        self.tabs.addTab(self.thread_view, self.tr("Issue Thread"))
        self.tabs.addTab(self.people_view, self.tr("People"))
        self.tabs.addTab(self.pair_view, self.tr("Pair History"))
        self.explore_dock = QDockWidget(self.tr("Explore"), window)
        self.explore_dock.setObjectName("exploreDock")
        self.explore_dock.setWidget(self.tabs)
        # Where the last session left it (the window restored its layout before this dock
        # existed: Qt kept its place); else on the right, closed. Adding it first would use
        # that place up and leave the dock closed.
        if not window.restoreDockWidget(self.explore_dock):
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.explore_dock)
            self.explore_dock.hide()
        for view in (self.thread_view, self.people_view, self.pair_view):
            view.linkActivated.connect(self.follow_link)
        def sync_when_shown(visible: bool) -> None:
            if visible:
                self._sync_views()

        self.explore_dock.visibilityChanged.connect(sync_when_shown)
        if self.explore_dock.isVisible():
            self._sync_views()
        # Back and Forward: every change of search, facets or selection is a place (typing coalesces).
        window.search_box.textChanged.connect(self._record)
        self.facet_panel.selectionChanged.connect(self._record)
        window.list_view.selectionModel().currentRowChanged.connect(self._record)
        # The mouse's back and forward buttons, wherever the pointer is in the window's main views.
        for widget in (window, window.list_view.viewport(), window.detail.viewport(), self.related_view.viewport(),
                       self.timeline, self.thread_view.browser.viewport(), self.people_view.browser.viewport(),
                       self.pair_view.browser.viewport(), self.people_view.table.viewport()):
            widget.installEventFilter(self)
        self.saved_store = SavedSearchStore()
        self.manage_dialog: SavedSearchesDialog | None = None

        self._build_actions()
        self._record()

    # -- actions ----------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[..., object], shortcut: str | QKeySequence.StandardKey | None = None,
                name: str = "") -> QAction:
        """A window action (its keys work wherever the focus is), in its menu when menus.LAYOUT has a place."""
        return self.window.menus.action(name, text, slot, shortcut)

    def _build_actions(self) -> None:
        menus = self.window.menus
        self.clear_filters_action = self._action(self.tr("Clear All &Filters"), self.facet_panel.clear,
                                                 "Ctrl+Shift+Backspace", "clearFiltersAction")
        docks = []
        for dock, text, keys, name in ((self.facet_dock, self.tr("&Filters"), "Ctrl+Shift+L", "toggleFiltersAction"),
                                       (self.timeline_dock, self.tr("&Timeline"), "Ctrl+Shift+T",
                                        "toggleTimelineAction")):
            toggle = dock.toggleViewAction()
            toggle.setText(text)
            toggle.setShortcut(QKeySequence(keys))
            toggle.setObjectName(name)
            docks.append(toggle)
        menus.place(self.clear_filters_action, *docks)
        for index, (text, name) in enumerate(((self.tr("&Issue Thread"), "showThreadAction"),
                                               (self.tr("P&eople"), "showPeopleAction"),
                                               (self.tr("Pair &History"), "showPairAction"))):
            self._action(text, lambda _=False, i=index: self.show_tab(i), f"Ctrl+{index + 1}", name)
        self.back_action = self._action(self.tr("&Back"), self.go_back, QKeySequence.StandardKey.Back, "backAction")
        self.forward_action = self._action(self.tr("&Forward"), self.go_forward, QKeySequence.StandardKey.Forward,
                                           "forwardAction")
        self.searches_menu = menus.menu("savedSearchesMenu")
        self.save_search_action = self._action(self.tr("&Save Current Search…"), self.ask_to_save_search, "Ctrl+D",
                                               "saveSearchAction")
        self.manage_searches_action = self._action(self.tr("&Manage Saved Searches…"), self.manage_saved_searches,
                                                   "Ctrl+Shift+D", "manageSearchesAction")
        self._fill_searches_menu()
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "Ctrl+/",
                                             "keyboardShortcutsAction")
        self._update_history_actions()

    # -- history ----------------------------------------------------------------------
    def place(self) -> Place:
        from ...core.navigation import Place

        meeting = self.window.current_meeting()
        return Place(self.window.search_box.text(), self.facets, meeting.id if meeting else None)

    @Slot()
    def _record(self) -> None:
        if not self._restoring:
            self.history.record(self.place())
            self._update_history_actions()

    def _update_history_actions(self) -> None:
        if hasattr(self, "back_action"):
            self.back_action.setEnabled(self.history.can_go_back())
            self.forward_action.setEnabled(self.history.can_go_forward())

    def go_to(self, place: Place) -> None:
        """Show a place again: its facets, its search, its meeting."""
        self._restoring = True  # going back is not a new step
        try:
            self.facet_panel.set_selection(place.facets)
            self.window.set_search(place.search)
            if place.meeting_id is None or not self.window.select_meeting(place.meeting_id):
                self.window.list_view.setCurrentIndex(QModelIndex())
                self.window.detail.show_meeting(None)
        finally:
            self._restoring = False
        self._update_history_actions()

    @Slot()
    def go_back(self) -> None:
        place = self.history.back()
        if place is not None:
            self.go_to(place)

    @Slot()
    def go_forward(self) -> None:
        place = self.history.forward()
        if place is not None:
            self.go_to(place)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return False

    # -- saved searches ---------------------------------------------------------------
    def _fill_searches_menu(self) -> None:
        menu = self.searches_menu
        menu.clear()
        menu.addAction(self.save_search_action)
        menu.addAction(self.manage_searches_action)
        saved = self.saved_store.all()
        if saved:
            menu.addSeparator()
        for number, search in enumerate(saved, start=1):
            # "&&": a name's own ampersands are shown, never taken as mnemonics
            text = search.name.replace("&", "&&")
            action = QAction(f"&{number} {text}" if number < 10 else text, menu)
            action.setObjectName("savedSearchAction")
            action.setData(search.name)
            action.triggered.connect(lambda _=False, s=search: self.open_saved_search(s))
            menu.addAction(action)

    def save_search(self, name: str) -> bool:
        name = name.strip()
        if not name:
            return False
        from ...core.navigation import SavedSearch

        self.saved_store.save(SavedSearch(name, self.window.search_box.text(), self.facets))
        self._fill_searches_menu()
        self.window.statusBar().showMessage(self.tr("Saved the search “%s”.") % name, 4000)
        return True

    @Slot()
    def ask_to_save_search(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        name, ok = QInputDialog.getText(self.window, self.tr("Save Search"), self.tr("Name of this search:"),
                                        QLineEdit.EchoMode.Normal, self.window.search_box.text().strip())
        if ok:
            self.save_search(name)

    def open_saved_search(self, search: SavedSearch) -> None:
        self.facet_panel.set_selection(search.facets)
        self.window.set_search(search.search)

    @Slot()
    def manage_saved_searches(self) -> SavedSearchesDialog:
        from .saved_searches import SavedSearchesDialog

        dialog = SavedSearchesDialog(self.saved_store, self.window)
        dialog.changed.connect(self._fill_searches_menu)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.manage_dialog = dialog
        dialog.open()
        return dialog

    # -- help -------------------------------------------------------------------------
    def shortcuts(self) -> list[tuple[str, str]]:
        """Every action of the window with a shortcut: (what it does, keys), sorted by name."""
        rows: dict[tuple[str, str], None] = {}  # ordered and without repeats
        for action in self.window.findChildren(QAction):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            name = action.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&").rstrip("…").strip()
            if keys and name:
                rows[(name, keys)] = None
        return sorted(rows, key=lambda r: r[0].casefold())

    @Slot()
    def show_shortcuts(self) -> QDialog:
        from PySide6.QtWidgets import (
            QAbstractItemView,
            QDialog,
            QDialogButtonBox,
            QHeaderView,
            QTableWidget,
            QTableWidgetItem,
            QVBoxLayout,
        )

        dialog = QDialog(self.window)
        dialog.setObjectName("shortcutsDialog")
        dialog.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = self.shortcuts()
        extra = [(self.tr("Timeline: zoom in / out"), "Ctrl+= / Ctrl+-"),
                 (self.tr("Timeline: pan; previous / next meeting"), "Left, Right; Shift+Left, Shift+Right"),
                 (self.tr("Timeline: fit every meeting"), "Home"),
                 (self.tr("Date range: move start / end"), "Left, Right / Shift+Left, Shift+Right")]
        table = QTableWidget(len(rows) + len(extra), 2)
        table.setObjectName("shortcutsTable")
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (name, keys) in enumerate(rows + extra):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(520, 560)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- explore tabs and links ---------------------------------------------------------
    def show_tab(self, index: int) -> None:
        self.finish()  # a link followed before the window finished starting
        assert self.explore_dock is not None, "finish() built it"
        self._sync_views()
        self.explore_dock.show()
        self.explore_dock.raise_()
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def page(self) -> tuple[list[Meeting], str, str]:
        """The Explore tab in front: its meetings, title and file name stem; nothing when the dock is closed."""
        if self.explore_dock is None or not self.explore_dock.isVisible():
            return [], "", ""
        current = self.tabs.currentWidget()
        for view in (self.thread_view, self.people_view, self.pair_view):  # the tabs
            if view is current:
                return view.page()
        return [], "", ""

    def show_issue_thread(self, issue_id: str) -> bool:
        self.show_tab(0)
        return self.thread_view.show_issue(issue_id)

    def show_person(self, person_id: str) -> bool:
        self.show_tab(1)
        return self.people_view.show_person(person_id)

    def show_pair(self, kind: str, first: str, second: str) -> bool:
        self.show_tab(2)
        return self.pair_view.show_pair(kind, first, second)

    def show_meeting(self, meeting_id: str) -> bool:
        """Select a meeting in the list; when the search or filters hide it, they are cleared first."""
        if self.window.select_meeting(meeting_id):
            return True
        if self.window.dataset.meeting(meeting_id) is None:
            return False
        self.facet_panel.clear()
        self.window.search_box.clear()
        return self.window.select_meeting(meeting_id)

    @Slot(QUrl)
    def follow_link(self, url: QUrl) -> None:
        """Links inside the explore views: meetings select, people and issues open their page."""
        if url.scheme() != INTERNAL_SCHEME:
            self.window.open_link(url)
            return
        kind, parts = url.host(), [p for p in url.path().split("/") if p]
        if kind == "meeting" and parts:
            self.show_meeting(parts[0])
        elif kind == "person" and parts:
            self.show_person(parts[0])
        elif kind == "issue" and parts:
            self.show_issue_thread(parts[0])
        elif kind == "pair" and len(parts) == 3:
            self.show_pair(*parts)
        elif kind == "filter" and len(parts) == 2:  # "show them in the list"
            self.window.open_link(internal_url(parts[0], parts[1]))
        else:
            self.window.open_link(url)  # a country filters the list, as in the detail pane

    # -- facets -----------------------------------------------------------------------
    @property
    def facets(self) -> FacetSelection:
        return self.facet_panel.selection()

    def set_facets(self, selection: FacetSelection) -> None:
        self.facet_panel.set_selection(selection)

    @Slot()
    def _on_dataset_changed(self) -> None:
        # Indexes are built when first needed, so opening a large archive shows the list first.
        self._generation += 1
        self._dataset_seen = self.window.dataset
        self._count_request = self._pick_request = 0
        self._first_counts = None
        dataset = self.window.dataset
        if len(dataset.meetings) > _FOLLOW_AT_ONCE:
            from ...core.loading import store_path
            from .explore_archive import ArchiveQueries  # a large archive only: not at start-up

            if self._archive is None:
                self._archive = ArchiveQueries(country_name, self)
                self._archive.counted.connect(self._on_counted)
                self._archive.indexed.connect(self._on_indexed)
                self._archive.prepared.connect(self._on_prepared)
                self._archive.related.connect(self._on_related)
                self._archive.picked.connect(self._on_picked)
            self._awaited_generation = self._generation
            # Asked once the list has shown the new data (_ASK_AFTER_MS).
            jobs = (self._generation, dataset, self.timeline.char_px(), self.window.load_result,
                    store_path(cache_dir(), self.window.load_sources()))
            QTimer.singleShot(_ASK_AFTER_MS, self, lambda: self._ask_archive(*jobs))
        retire = getattr(self.window, "retire", None)
        if retire is not None:  # indexes over the old meetings: freed later, not in this turn
            retire(self._facet_index, self.relations)
        self._facet_index = None
        self._panel_stale = self._views_stale = self._timeline_stale = True
        self.relations = None
        if not self.facets.is_empty:
            carried = self._carried_over(dataset)
            if carried is not None:
                # A large Dataset's facet index is built off the UI thread (a fifth of a second at 20,000
                # meetings): meanwhile the list keeps the meetings it showed; the filters' own answer
                # follows with the index (_on_prepared).
                self.window.proxy.set_extra_filter(carried)
            else:
                self._apply_facets()  # the filters the reader set apply to the new data at once
        if self.explore_dock is not None and self.explore_dock.isVisible():
            self._sync_views()
        self.related_view.show_related(None, None)
        self._list_changed()

    def _ask_archive(self, generation: int, dataset: Dataset, char_px: float, result: LoadResult,
                     path: Path | None) -> None:
        if generation == self._generation and self._archive is not None:  # else a newer Dataset came meanwhile
            self._archive.prepare(generation, dataset, char_px)
            self._archive.index(generation, result, path)

    def before_dataset_change(self) -> None:
        """Called by the window just before it swaps a Dataset in: with filters ticked on a large
        list, remember which meetings it shows, to keep showing them until the new index is built."""
        listed = self.window.proxy.meetings() if not self.facets.is_empty else []
        self._listed_before = {m.id for m in listed} if len(self.window.model.meetings()) > _FOLLOW_AT_ONCE else None

    def _carried_over(self, dataset: Dataset) -> list[bool] | None:
        before, self._listed_before = self._listed_before, None
        if before is None or len(dataset.meetings) <= _FOLLOW_AT_ONCE:
            return None
        return [m.id in before for m in dataset.meetings]

    def facet_index(self) -> FacetIndex:
        if self._facet_index is None:
            self._facet_index = FacetIndex(self.window.dataset.meetings)
        return self._facet_index

    def sync_views(self) -> None:
        """Give the explore views the current data now (settings.py restores their remembered page)."""
        self._sync_views()

    def _sync_views(self) -> None:
        if self._views_stale:
            self._views_stale = False
            for view in (self.thread_view, self.people_view, self.pair_view):
                view.set_dataset(self.window.dataset)

    @Slot()
    def _list_changed(self) -> None:
        if self.related_view.isVisible() and not self.window.list_view.currentIndex().isValid():
            self._on_current_changed(QModelIndex(), QModelIndex())  # the filter hid the selected meeting
        # A small Dataset is followed at once (nothing to wait for, and a screenshot taken
        # right after loading shows it); a large one once the list has settled.
        if len(self.window.dataset.meetings) <= _FOLLOW_AT_ONCE:
            self._list_timer.stop()
            self.refresh_after_list_change()
        else:
            self._list_timer.start()

    @Slot()
    def refresh_after_list_change(self) -> None:
        """Counts beside the facets and the timeline, for the list as it now is."""
        if self.preparing():
            return  # a large Dataset: its indexes are built off the UI thread, and refresh once there
        if self._panel_stale:
            self._panel_stale = False
            self.facet_panel.set_dataset(self.window.dataset, self.facet_index().span())
        self._refresh_counts()
        self.refresh_timeline()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        # The list's current row, not the detail pane (updated later when a filter hides it).
        meeting = self.window.current_meeting() if self.window.list_view.currentIndex().isValid() else None
        if meeting is not None and self.relations is None:
            if self._awaited_generation == self._generation and self._archive is not None:
                # A large Dataset: its relations are built on the archive thread, shown when they come.
                if self._relating != self._generation:
                    self._relating = self._generation
                    self._archive.relate(self._generation, self.window.dataset)
            else:
                self.relations = RelationIndex(self.window.dataset)
        self.related_view.show_related(self.relations, meeting)
        if self._timeline_current():
            self.timeline.set_current(meeting.id if meeting else None)

    def _timeline_current(self) -> bool:
        """Whether the timeline shows the window's Dataset (else it is marked once it has it: painting
        the replaced data again in the turn that shows the new list only holds the window longer)."""
        return self.window.dataset is self._dataset_seen and not self.preparing()

    # -- timeline ---------------------------------------------------------------------
    def _listed_flags(self) -> Flags | None:
        flags = self.window.proxy.search_answer()
        if not self.facets.is_empty:
            flags = self.facet_index().matches(self.facets, flags)
        return flags

    def listed_meetings(self) -> list[Meeting]:
        """The meetings the list shows (in Dataset order): the search's answer and the facets'."""
        flags = self._listed_flags()
        meetings = self.window.dataset.meetings
        return list(meetings) if flags is None else list(compress(meetings, flags))

    @Slot()
    def refresh_timeline(self) -> None:
        if self._timeline_stale:
            self._timeline_stale = False
            self.timeline.prepare(self.window.dataset.meetings, self.facet_index().spans())
        flags = self._listed_flags()
        measured = self.timeline.measured()
        if flags is not None and measured is not None and self._archive is not None and \
                len(self.window.dataset.meetings) > _FOLLOW_AT_ONCE:
            # Picked on the archive's thread: every measured meeting is looked at (benchmarks/archive_window.py
            # measures the stalls a keystroke makes); shown when it comes.
            self._pick_request = self._archive.pick(measured, flags)
            return
        self._pick_request = 0
        self.timeline.show_flags(flags)
        self._mark_timeline_current()

    def _mark_timeline_current(self) -> None:
        current = self.window.current_meeting()
        self.timeline.set_current(current.id if current else None)

    @Slot(int, object)
    def _on_picked(self, request: int, shown: Shown) -> None:
        if request == self._pick_request:
            self._pick_request = 0
            if self.timeline.show_picked(shown):  # else measured for data replaced meanwhile
                self._mark_timeline_current()

    @Slot(str)
    def _on_timeline_clicked(self, meeting_id: str) -> None:
        self.window.select_meeting(meeting_id)

    def describe(self, meeting: Meeting) -> str:
        """A meeting in a few plain lines, for the timeline's hover (escaped by the tooltip)."""
        lines = [plain(meeting.title), formatting.meeting_date(meeting)
                 + ("" if meeting.status is Status.HELD else f" · {self.tr(meeting.status.value)}")]
        place = formatting.format_place(meeting.place, country_name)
        if place:
            lines.append(place)
        if meeting.participants:
            lines.append(", ".join(plain(p.person.name) for p in meeting.participants))  # each isolated from the next
        return "\n".join(lines)

    @Slot(object)
    def _on_facets_changed(self, _selection: FacetSelection) -> None:
        self._apply_facets()
        # What the window does after a search, without searching again: the empty-list text,
        # the detail of a meeting the filter hid, the counts in the status bar.
        window = self.window
        if window.proxy.rowCount() == 0 and window.model.rowCount():
            window.list_view.set_empty_text(self.tr("No meeting matches the search and the filters."))
        elif window.model.rowCount():
            window.list_view.set_empty_text("")
        if not window.list_view.currentIndex().isValid():
            window.detail.show_meeting(None)
        update_counts = getattr(window, "_update_counts", None)
        if update_counts is not None:
            update_counts()

    def _apply_facets(self) -> None:
        selection = self.facets
        mask = None if selection.is_empty else self.facet_index().matches(selection)
        self.window.proxy.set_extra_filter(mask)

    @Slot()
    def _refresh_counts(self) -> None:
        # The same Dataset, search and filters as the counts shown or asked for: nothing to count again.
        asked = (self._generation, self.window.proxy.query(), self.facets)
        if asked == self._counted_for:
            return
        self._counted_for = asked
        first, self._first_counts = self._first_counts, None
        if first is not None and self.facets.is_empty and self.window.proxy.query().is_empty:
            self.facet_panel.set_counts(first)  # counted on the archive thread with the indexes
            return
        if self._archive is not None and self._archive.ready(self._generation):
            # Off the UI thread: the panel follows when the answer comes (a newer request supersedes it).
            self._count_request = self._archive.count(self._generation, self.window.proxy.query(), self.facets)
            return
        if self._archive is not None and self._prepared_generation == self._generation:
            # A large Dataset whose store is being brought up to date: counted in memory, on the archive's
            # other thread (tens of milliseconds with a search, after each reload of 20,000 meetings).
            self._count_request = self._archive.tally(self.facet_index(), self.facets,
                                                      self.window.proxy.search_answer())
            return
        # The search's own answer, from the list's proxy: one search index per Dataset, not two.
        self.facet_panel.set_counts(self.facet_index().counts(self.facets, self.window.proxy.search_answer()))

    def counts_pending(self) -> bool:
        """Whether the Filters wait for counts from the archive store."""
        return self._count_request != 0

    def preparing(self) -> bool:
        """Whether the Filters and Timeline of a large Dataset are still being built off the UI thread."""
        return self._awaited_generation == self._generation != self._prepared_generation

    def pending(self) -> bool:
        """Whether the explore views still wait for work off the UI thread (preparing, counts, the timeline)."""
        return self.preparing() or self.counts_pending() or self._pick_request != 0

    def store_settled(self) -> bool:
        """Whether a large Dataset's store is up to date with it, the Filters and Timeline have their
        indexes, and the window reads the data from the store (or cannot) with nothing more to load:
        where a first open or a reload of a large archive comes to rest."""
        return (self._archive is not None and self._indexed_generation == self._generation
                and not self.preparing() and not self.window.is_loading())

    def relating(self) -> bool:
        """Whether the relations of a large Dataset are being built off the UI thread."""
        return self._relating == self._generation and self.relations is None

    @Slot(int, object)
    def _on_related(self, generation: int, relations: RelationIndex) -> None:
        if generation == self._generation:
            self.relations = relations
            self._on_current_changed(QModelIndex(), QModelIndex())

    @Slot(int, object)
    def _on_prepared(self, generation: int, prepared: Prepared) -> None:
        if generation != self._generation:
            return  # built for data that has been replaced meanwhile
        self._prepared_generation = generation
        self._facet_index = prepared.facets
        retire = getattr(self.window, "retire", None)
        replaced = self.timeline.adopt(prepared.measured)
        if retire is not None:
            retire(replaced)  # the old meetings' marks: freed later, not in this turn
        self._timeline_stale = False
        self.facet_panel.set_dataset(self.window.dataset, prepared.span, prepared.countries)
        self._panel_stale = False
        self._first_counts = prepared.counts
        if not self.facets.is_empty:
            self._on_facets_changed(self.facets)  # the filters' own answer, in place of what was carried over
        self.refresh_after_list_change()

    @Slot(int, object)
    def _on_counted(self, request: int, counts: FacetCounts) -> None:
        if request == self._count_request:
            self._count_request = 0
            self.facet_panel.set_counts(counts)

    @Slot(int, str)
    def _on_indexed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._indexed_generation = generation
        if message:
            self.window.statusBar().showMessage(message, 8000)
        from ...core.store.stored import opened_by

        # The store now holds exactly these meetings, read from their files and held in memory whole:
        # the window reads them from the store instead, as a second open would (load_worker.py).
        adopt = getattr(self.window, "adopt_store", None)
        if (adopt is not None and isinstance(self.window.dataset.meetings, tuple)
                and opened_by(self.window.load_result) is not None):
            adopt()
