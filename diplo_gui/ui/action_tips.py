"""Status tips and tooltips for the window's actions, in one table by action name.

The status bar says what an action does while the pointer is over its menu entry; a
tooltip names it with its keys. Actions that set their own tip keep it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from .main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionTips", text)


def _tips() -> dict[str, str]:
    """Action (or menu) object name -> what it does."""
    tips = {
        "openFileAction": _tr("Open YAML data files; they open again at the next start"),
        "openFolderAction": _tr("Open a folder of YAML data files; it opens again at the next start"),
        "showDataFolderAction": _tr("Open the folder of your own meetings in the file manager"),
        "reloadAction": _tr("Read every data file again"),
        "quitAction": _tr("Close Diplo (the window's layout, search and sources are remembered)"),
        "findAction": _tr("Go to the search box"),
        "clearSearchAction": _tr("Empty the search box and show every meeting again"),
        "clearFiltersAction": _tr("Untick every filter and widen the date range to all dates"),
        "toggleProblemsAction": _tr("Show or hide the list of problems found in the data"),
        "themeMenu": _tr("Light, dark, or as the system says"),
        "themeSystemAction": _tr("Follow the desktop's light or dark setting"),
        "themeLightAction": _tr("Always light"),
        "themeDarkAction": _tr("Always dark"),
        "toggleFiltersAction": _tr("Show or hide the filters (people, countries, issues, status, dates)"),
        "toggleTimelineAction": _tr("Show or hide the timeline of the listed meetings"),
        "showThreadAction": _tr("Every meeting about one issue, in date order, with what each side said"),
        "showPeopleAction": _tr("Everyone in the data with their meetings and counterparts"),
        "showPairAction": _tr("The meetings of two people or two countries, in date order"),
        "backAction": _tr("Back to the previous search, filters and meeting"),
        "forwardAction": _tr("Forward again to the next search, filters and meeting"),
        "saveSearchAction": _tr("Keep the search and filters under a name, in the Searches menu"),
        "manageSearchesAction": _tr("Rename or delete saved searches"),
        "keyboardShortcutsAction": _tr("Every keyboard shortcut of the window"),
        "aboutAction": _tr("Version, data sources, licences and where your data folder is"),
        "exportMenu": _tr("Save the current meeting, the list or the Explore page as a file"),
        "printMenu": _tr("Print the current meeting, the list or the Explore page"),
        "printPreviewMenu": _tr("See the pages before printing them"),
    }
    scopes = {"Meeting": _tr("the current meeting"), "List": _tr("the meetings in the list, as filtered"),
              "Page": _tr("the Explore page in front")}
    for scope, what in scopes.items():
        for fmt in ("Markdown", "Html", "Pdf", "Csv", "Json"):
            shown = {"Html": "HTML", "Pdf": "PDF", "Csv": "CSV", "Json": "JSON"}.get(fmt, fmt)
            tips[f"export{scope}{fmt}Action"] = _tr("Save %1 as %2").replace("%1", what).replace("%2", shown)
        tips[f"print{scope}Action"] = _tr("Print %1").replace("%1", what)
        tips[f"preview{scope}Action"] = _tr("See %1 as printed pages").replace("%1", what)
    return tips


def _actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(action)
        if action.menu() is not None:
            found.extend(_actions(action.menu()))
    return found


def menu_actions(window: MainWindow) -> list[QAction]:
    """Every entry of the menu bar's menus and their submenus."""
    found = []
    for top in window.menuBar().actions():
        if top.menu() is not None:
            found.extend(_actions(top.menu()))
    return found


def apply_tips(window: MainWindow) -> None:
    """Give every menu entry a status tip (where it has none) and a tooltip with its keys."""
    window.problems_dock.toggleViewAction().setObjectName("toggleProblemsAction")
    theme = next(iter(window.theme_actions.values()))
    for widget in theme.associatedObjects():
        if isinstance(widget, QMenu):
            widget.setObjectName("themeMenu")
    tips = _tips()
    for action in menu_actions(window):
        name = action.menu().objectName() if action.menu() is not None else action.objectName()
        if not action.statusTip() and name in tips:
            action.setStatusTip(tips[name])
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
        action.setToolTip(f"{text} ({keys})" if keys else text)
