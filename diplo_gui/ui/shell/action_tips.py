"""Status tips and tooltips for the window's actions, in one table by action name.

The status bar says what an action does while the pointer is over its menu entry; a
tooltip names it with its keys. Actions that set their own tip keep it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from .main_window import MainWindow


class ActionTips(QObject):
    """The tips, translated in the context of this class."""

    def tips(self) -> dict[str, str]:
        """Action (or menu) object name -> what it does."""
        tips = {
            "openFileAction": self.tr("Open YAML data files; they open again at the next start"),
            "openFolderAction": self.tr("Open a folder of YAML data files; it opens again at the next start"),
            "showDataFolderAction": self.tr("Open the folder of your own meetings in the file manager"),
            "reloadAction": self.tr("Read every data file again"),
            "quitAction": self.tr("Close Diplo (the window's layout, search and sources are remembered)"),
            "findAction": self.tr("Go to the search box"),
            "clearSearchAction": self.tr("Empty the search box and show every meeting again"),
            "clearFiltersAction": self.tr("Untick every filter and widen the date range to all dates"),
            "toggleProblemsAction": self.tr("Show or hide the list of problems found in the data"),
            "themeMenu": self.tr("Light, dark, or as the system says"),
            "themeSystemAction": self.tr("Follow the desktop's light or dark setting"),
            "themeLightAction": self.tr("Always light"),
            "themeDarkAction": self.tr("Always dark"),
            "toggleFiltersAction": self.tr("Show or hide the filters (people, countries, issues, status, dates)"),
            "toggleTimelineAction": self.tr("Show or hide the timeline of the listed meetings"),
            "showThreadAction": self.tr("Every meeting about one issue, in date order, with what each side said"),
            "showPeopleAction": self.tr("Everyone in the data with their meetings and counterparts"),
            "showPairAction": self.tr("The meetings of two people or two countries, in date order"),
            "backAction": self.tr("Back to the previous search, filters and meeting"),
            "forwardAction": self.tr("Forward again to the next search, filters and meeting"),
            "saveSearchAction": self.tr("Keep the search and filters under a name, in the Searches menu"),
            "manageSearchesAction": self.tr("Rename or delete saved searches"),
            "keyboardShortcutsAction": self.tr("Every keyboard shortcut of the window"),
            "aboutAction": self.tr("Version, data sources, licences and where your data folder is"),
            "exportMenu": self.tr("Save the current meeting, the list or the Explore page as a file"),
            "printMenu": self.tr("Print the current meeting, the list or the Explore page"),
            "printPreviewMenu": self.tr("See the pages before printing them"),
        }
        scopes = {"Meeting": self.tr("the current meeting"),
                  "List": self.tr("the meetings in the list, as filtered"),
                  "Page": self.tr("the Explore page in front")}
        for scope, what in scopes.items():
            for fmt in ("Markdown", "Html", "Pdf", "Csv", "Json"):
                shown = {"Html": "HTML", "Pdf": "PDF", "Csv": "CSV", "Json": "JSON"}.get(fmt, fmt)
                tips[f"export{scope}{fmt}Action"] = self.tr("Save %1 as %2").replace("%1", what).replace(
                    "%2", shown)
            tips[f"print{scope}Action"] = self.tr("Print %1").replace("%1", what)
            tips[f"preview{scope}Action"] = self.tr("See %1 as printed pages").replace(
                "%1", what)
        return tips


def _actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(action)
        submenu = action.menu()  # a QMenu or None (the stubs say QObject)
        if isinstance(submenu, QMenu):
            found.extend(_actions(submenu))
    return found


def menu_actions(window: MainWindow) -> list[QAction]:
    """Every entry of the menu bar's menus and their submenus."""
    found = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            found.extend(_actions(menu))
    return found


def apply_tips(window: MainWindow) -> None:
    """Give every menu entry a status tip (where it has none) and a tooltip with its keys."""
    window.problems_dock.toggleViewAction().setObjectName("toggleProblemsAction")
    theme = next(iter(window.theme_actions.values()))
    for widget in theme.associatedObjects():
        if isinstance(widget, QMenu):
            widget.setObjectName("themeMenu")
    tips = ActionTips().tips()
    for action in menu_actions(window):
        name = action.menu().objectName() if action.menu() is not None else action.objectName()
        if not action.statusTip() and name in tips:
            action.setStatusTip(tips[name])
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
        action.setToolTip(f"{text} ({keys})" if keys else text)
