"""Exploring the record, installed into the main window by one call: ``install_explore(window)``.

Adds the Filters dock (facets), and wires it to the window's list: facets are ANDed with
the text search through the proxy's extra filter, counts follow both. Everything about
data is asked of ``core.facets`` and ``core.relations``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from ..core.facets import FacetIndex, FacetSelection
from ..core.search import SearchIndex, parse_query
from .facet_panel import FacetPanel
from .safe_text import country_name

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

        window.model.modelReset.connect(self._on_dataset_changed)
        window.search_box.textChanged.connect(self._refresh_counts)
        self._build_actions()
        self._on_dataset_changed()

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
