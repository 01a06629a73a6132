"""The menu bar, as a user reads it: every menu in its order, whichever feature was built
first (some are built after the first paint), and the platform's standard keys."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from diplo_gui.app import create_main_window
from diplo_gui.ui.shell.menus import LAYOUT, MENUS, SEPARATOR

from desk_helpers import menu_texts, wait_loaded


def entries(window) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Each menu's entries by object name, "-" for a separator."""
    shown = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        shown[menu.objectName()] = [SEPARATOR if a.isSeparator() else (a.menu() or a).objectName()
                                    for a in menu.actions()]
    return shown


def test_every_menu_reads_in_its_layout_order(make_window):
    window = make_window()
    shown = entries(window)
    assert list(shown) == list(MENUS)
    for name, items in shown.items():
        if name == "savedSearchesMenu":
            continue  # its entries are the saved searches
        assert [i for i in items if i != SEPARATOR] == [i for i in LAYOUT[name] if i != SEPARATOR]
        assert items[0] != SEPARATOR and items[-1] != SEPARATOR and "-,-" not in ",".join(items)
    edit = window.menus.menu("editMenu")
    assert menu_texts(edit) == ["Find…", "Clear Search", "Clear All Filters", "Copy Quote with Citation"]


def test_a_deferred_start_ends_with_the_same_menus(qtbot, make_window):
    usual = entries(make_window())
    window = create_main_window(deferred=True)  # as the app starts: export, drafting, help come after the paint
    qtbot.addWidget(window)
    wait_loaded(qtbot, window)
    before = entries(window)
    assert list(before) == list(MENUS)  # every menu is there from the start: the bar never shifts
    assert "exportMenu" not in before["fileMenu"]
    window.finish_startup()
    assert entries(window) == usual


def test_standard_actions_use_the_platforms_keys(make_window):
    window = make_window()
    for name, key in (("openFileAction", QKeySequence.StandardKey.Open), ("findAction", QKeySequence.StandardKey.Find),
                      ("reloadAction", QKeySequence.StandardKey.Refresh), ("quitAction", QKeySequence.StandardKey.Quit),
                      ("backAction", QKeySequence.StandardKey.Back), ("zoomInAction", QKeySequence.StandardKey.ZoomIn),
                      ("userGuideAction", QKeySequence.StandardKey.HelpContents),
                      ("printMeetingAction", QKeySequence.StandardKey.Print)):
        action = window.findChild(type(window.find_action), name)
        assert action.shortcuts() == QKeySequence.keyBindings(key), name
