"""Exploring the record, installed into the main window by one call: ``install_explore(window)``.

Adds the Filters dock (facets), and wires it to the window's list: facets are ANDed with
the text search through the proxy's extra filter, counts follow both. Everything about
data is asked of ``core.facets`` and ``core.relations``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QSplitter, QTabWidget

from ..core import formatting
from ..core.facets import FacetIndex, FacetSelection
from ..core.model import Meeting, Status
from ..core.search import SearchIndex, parse_query
from .facet_panel import FacetPanel
from .safe_text import INTERNAL_SCHEME, country_name
from .thread_view import IssueThreadView, Pages, PairView, PeopleView, RelatedView
from .timeline import TimelineView

if TYPE_CHECKING:
    from .main_window import MainWindow


class ExploreController(QObject):
    """Owns the explore widgets of one window and keeps them in step with its data and list."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("exploreController")
        self.window = window
        self._facet_index = FacetIndex(())
        self._search_index = SearchIndex(())

        self.facet_panel = FacetPanel(country_name)
        self.facet_dock = QDockWidget(self.tr("Filters"), window)
        self.facet_dock.setObjectName("facetDock")
        self.facet_dock.setWidget(self.facet_panel)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.facet_dock)
        self.facet_panel.selectionChanged.connect(self._on_facets_changed)

        # Issue thread, people, pair history: one dock of tabs on the right, opened from View.
        self.pages = Pages(self.tr, country_name)
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
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.explore_dock)
        self.explore_dock.hide()
        for view in (self.thread_view, self.people_view, self.pair_view):
            view.linkActivated.connect(self.follow_link)

        # Related meetings sit under the detail pane, in a splitter that takes the detail's place.
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
        self.timeline = TimelineView(self.describe)
        self.timeline.meetingClicked.connect(self._on_timeline_clicked)
        self.timeline_dock = QDockWidget(self.tr("Timeline"), window)
        self.timeline_dock.setObjectName("timelineDock")
        self.timeline_dock.setWidget(self.timeline)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.timeline_dock)
        self._timeline_timer = QTimer(self)
        self._timeline_timer.setSingleShot(True)
        self._timeline_timer.setInterval(0)
        self._timeline_timer.timeout.connect(self.refresh_timeline)
        for signal in (window.proxy.modelReset, window.proxy.layoutChanged, window.proxy.rowsInserted,
                       window.proxy.rowsRemoved):
            signal.connect(self._timeline_timer.start)

        window.model.modelReset.connect(self._on_dataset_changed)
        window.search_box.textChanged.connect(self._refresh_counts)
        self._build_actions()
        self._on_dataset_changed()
        # The Filters dock takes room from the list: give the window that room back.
        window.resize(max(window.width(), 1480), max(window.height(), 820))
        splitter.setSizes([3000, 2000])  # list 3 : detail 2, as the window sets them (taken as proportions)

    # -- actions ----------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: str | None = None, name: str = "") -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)  # reachable by its shortcut even where no menu shows it
        return action

    def _menu(self, title: str):  # type: ignore[no-untyped-def]
        """The window's menu with this title, created before Help when missing."""
        bar = self.window.menuBar()
        plain = title.replace("&", "")
        for action in bar.actions():
            if action.menu() and action.text().replace("&", "") == plain:
                return action.menu()
        help_action = next((a for a in bar.actions() if a.menu() and a.text().replace("&", "") == self.tr("Help")),
                           None)
        menu = bar.addMenu(title)
        if help_action is not None:
            bar.insertAction(help_action, menu.menuAction())
        return menu

    def _build_actions(self) -> None:
        self.clear_filters_action = self._action(self.tr("Clear All &Filters"), self.facet_panel.clear,
                                                 "Ctrl+Shift+Backspace", "clearFiltersAction")
        edit = self._menu(self.tr("&Edit"))
        edit.addAction(self.clear_filters_action)
        view = self._menu(self.tr("&View"))
        toggle = self.facet_dock.toggleViewAction()
        toggle.setText(self.tr("&Filters"))
        toggle.setShortcut(QKeySequence("Ctrl+Shift+L"))
        toggle.setObjectName("toggleFiltersAction")
        view.addAction(toggle)
        toggle = self.timeline_dock.toggleViewAction()
        toggle.setText(self.tr("&Timeline"))
        toggle.setShortcut(QKeySequence("Ctrl+Shift+T"))
        toggle.setObjectName("toggleTimelineAction")
        view.addAction(toggle)
        view.addSeparator()
        for index, (text, name) in enumerate(((self.tr("&Issue Thread"), "showThreadAction"),
                                               (self.tr("P&eople"), "showPeopleAction"),
                                               (self.tr("Pair &History"), "showPairAction"))):
            view.addAction(self._action(text, lambda _=False, i=index: self.show_tab(i), f"Ctrl+{index + 1}", name))

    # -- explore tabs and links ---------------------------------------------------------
    def show_tab(self, index: int) -> None:
        self.explore_dock.show()
        self.explore_dock.raise_()
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

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
        meetings = self.window.dataset.meetings
        self._facet_index = FacetIndex(meetings)
        self._search_index = SearchIndex(meetings, country_name)
        self.facet_panel.set_dataset(self.window.dataset, self._facet_index.span())
        self._apply_facets()
        for view in (self.thread_view, self.people_view, self.pair_view):
            view.set_dataset(self.window.dataset)
        self.related_view.show_related(self.window.dataset, None)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        meeting = self.window.current_meeting()
        self.related_view.show_related(self.window.dataset, meeting)
        self.timeline.set_current(meeting.id if meeting else None)

    # -- timeline ---------------------------------------------------------------------
    @Slot()
    def refresh_timeline(self) -> None:
        self.timeline.set_meetings(self.window.visible_meetings())
        current = self.window.current_meeting()
        self.timeline.set_current(current.id if current else None)

    @Slot(str)
    def _on_timeline_clicked(self, meeting_id: str) -> None:
        self.window.select_meeting(meeting_id)

    def describe(self, meeting: Meeting) -> str:
        """A meeting in a few plain lines, for the timeline's hover (escaped by the tooltip)."""
        lines = [meeting.title, formatting.meeting_date(meeting)
                 + ("" if meeting.status is Status.HELD else f" · {self.tr(meeting.status.value)}")]
        place = formatting.format_place(meeting.place, country_name)
        if place:
            lines.append(place)
        if meeting.participants:
            lines.append(", ".join(p.person.name for p in meeting.participants))
        return "\n".join(lines)

    @Slot(object)
    def _on_facets_changed(self, _selection: FacetSelection) -> None:
        self._apply_facets()
        # The window's own refresh: counts in the status bar, the empty-list text, the detail.
        apply_search = getattr(self.window, "_apply_search", None)
        if apply_search is not None:
            apply_search(self.window.search_box.text())
        if (self.window.proxy.rowCount() == 0 and self.window.model.rowCount() and not self.facets.is_empty):
            self.window.list_view.set_empty_text(self.tr("No meeting matches the search and the filters."))

    def _apply_facets(self) -> None:
        selection = self.facets
        mask = None if selection.is_empty else self._facet_index.matches(selection)
        self.window.proxy.set_extra_filter(mask)
        self._refresh_counts()

    @Slot()
    def _refresh_counts(self) -> None:
        query = parse_query(self.window.search_box.text())
        base = None if query.is_empty else self._search_index.matches(query)
        self.facet_panel.set_counts(self._facet_index.counts(self.facets, base))


def install_explore(window: MainWindow) -> ExploreController:
    """Add facets, threads, people, pairs, the timeline, history and saved searches to a window."""
    controller = ExploreController(window)
    window.explore = controller  # type: ignore[attr-defined]
    return controller
