"""The menu bar in one place: its menus, every entry's place in them, and how actions are made.

Features (export, drafting, Explore, help, zoom) register their actions here by object name;
``LAYOUT`` says where each goes, so the menus read the same whichever feature was built first
(the window builds some after its first paint), and nobody finds a menu by its translated
title. Shortcuts are the platform's standard keys where Qt has one (Open, Find, Back, Zoom
In …): Qt then binds every key the platform uses for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

Keys = QKeySequence.StandardKey | QKeySequence | str | None

SEPARATOR = "-"

# Menus in menu-bar order, then each menu's entries in order (object names; "-" a separator,
# shown only between entries that are present). The Searches menu lists saved searches too:
# explore.py fills it.
MENUS = ("fileMenu", "editMenu", "viewMenu", "goMenu", "savedSearchesMenu", "helpMenu")
LAYOUT: dict[str, tuple[str, ...]] = {
    "fileMenu": ("openFileAction", "openFolderAction", "openRecentMenu", "closeSourceMenu", "importAction",
                 "draftFromArticleAction", "showDataFolderAction", SEPARATOR,
                 "exportMenu", "printMenu", "printPreviewMenu", SEPARATOR,
                 "reloadAction", SEPARATOR, "quitAction"),
    "editMenu": ("findAction", "clearSearchAction", "clearFiltersAction", SEPARATOR, "copyQuoteCitationAction"),
    "viewMenu": ("toggleProblemsAction", "toggleFiltersAction", "toggleTimelineAction", SEPARATOR,
                 "showThreadAction", "showPeopleAction", "showPairAction", SEPARATOR,
                 "zoomInAction", "zoomOutAction", "zoomResetAction", SEPARATOR, "themeMenu"),
    "goMenu": ("backAction", "forwardAction"),
    "savedSearchesMenu": (),
    "helpMenu": ("userGuideAction", "keyboardShortcutsAction", SEPARATOR, "aboutAction"),
}
_HOME = {name: menu for menu, names in LAYOUT.items() for name in names if name != SEPARATOR}


class MenuBar:
    """The window's menus, made empty in their order at once (the bar never shifts), filled
    as features register their entries."""

    def __init__(self, window: QMainWindow, titles: dict[str, str]) -> None:
        self._window = window
        self._menus: dict[str, QMenu] = {}
        self._entries: dict[str, QAction] = {}  # object name -> the action (a submenu's menuAction)
        for name in MENUS:
            menu = window.menuBar().addMenu(titles[name])
            menu.setObjectName(name)
            self._menus[name] = menu

    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def action(self, name: str, text: str, slot: Callable[..., object], keys: Keys = None,
               tip: str | None = None) -> QAction:
        """A new action of the window, reachable by its keys wherever the focus is, in its menu."""
        action = QAction(text, self._window)
        action.setObjectName(name)
        if isinstance(keys, QKeySequence.StandardKey):
            action.setShortcuts(keys)  # every binding the platform has (Ctrl++ and Ctrl+= for Zoom In)
        elif keys:
            action.setShortcut(QKeySequence(keys))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self._window.addAction(action)
        if name in _HOME:
            self.place(action)
        return action

    def place(self, *entries: QAction | QMenu) -> None:
        """Put existing actions or submenus (by their object names) where ``LAYOUT`` says."""
        homes = set()
        for entry in entries:
            name = entry.objectName()
            if name not in _HOME:
                raise KeyError(f"{name!r} has no place in menus.LAYOUT")
            self._entries[name] = entry.menuAction() if isinstance(entry, QMenu) else entry
            homes.add(_HOME[name])
        for home in homes:
            self._lay_out(home)

    def _lay_out(self, home: str) -> None:
        menu = self._menus[home]
        for action in menu.actions():  # not QMenu.clear(): it deletes a dock's toggle action too
            menu.removeAction(action)
            if action.isSeparator():
                action.deleteLater()
        pending_separator = False
        for name in LAYOUT[home]:
            if name == SEPARATOR:
                pending_separator = bool(menu.actions())
                continue
            entry = self._entries.get(name)
            if entry is None:
                continue
            if pending_separator:
                menu.addSeparator()
                pending_separator = False
            menu.addAction(entry)
