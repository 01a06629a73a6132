"""The window on real screens, 1024×600 to 4K: it opens inside the screen, no dock crushes the
list and the detail, the columns share the width, and a meeting's status shows at any width."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from diplo_gui.ui.shell.geometry import DETAIL_MIN_CHARS, LIST_MIN_CHARS

from desk_helpers import menu_texts, right_click_menu, trigger

POSTPONED = "2023-02-blinken-beijing-postponed"


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_the_first_window_fits_the_screen_it_opens_on(make_window):
    window = make_window()
    area = window.screen().availableGeometry()  # the offscreen screen: 800×800
    assert window.frameGeometry().width() <= area.width()
    assert window.frameGeometry().height() <= area.height()


def test_a_first_start_on_a_1366x768_screen_opens_a_window_that_fits(tmp_path):
    screen = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                           "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screen))
    shot = tmp_path / "first.png"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-m", "diplo_gui", "--screenshot", str(shot)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert 0 < image.width() <= 1366 and 0 < image.height() <= 768  # it used to ask for 1480×820


def test_a_window_saved_on_a_larger_screen_comes_back_inside_this_one(make_window, qtbot):
    window = make_window()
    window.resize(2400, 1300)  # as on a 4K screen
    window.move(900, 700)
    window.close()
    window = make_window()
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry()), (area, window.frameGeometry())


def test_with_explore_open_at_1024x700_the_list_and_the_detail_stay_readable(make_window):
    window = make_window()
    window.resize(1024, 700)
    settle()
    window.explore.show_issue_thread("lines-of-communication")
    settle()
    chars = window.fontMetrics().averageCharWidth()
    assert window.size().width() == 1024 and window.size().height() == 700  # the minimum height was 742
    assert window.detail.width() >= DETAIL_MIN_CHARS * chars  # it was 80 px
    assert window.list_view.width() >= LIST_MIN_CHARS * chars - 20
    assert window.explore.explore_dock.isVisible()


def test_the_window_can_be_800x600(make_window):
    window = make_window()
    window.resize(800, 600)
    settle()
    assert (window.width(), window.height()) == (800, 600)
    assert window.detail.width() >= DETAIL_MIN_CHARS * window.fontMetrics().averageCharWidth()


def column_widths(view) -> list[int]:  # type: ignore[no-untyped-def]
    header = view.horizontalHeader()
    return [header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)]


def test_the_columns_share_the_lists_width_at_any_window_size(make_window):
    window = make_window()
    view = window.list_view
    widths = {}
    for width in (1000, 1600):
        window.resize(width, 700)
        settle()
        assert sum(column_widths(view)) == view.viewport().width()  # nothing clipped, no gap
        widths[width] = column_widths(view)
    assert all(wide > narrow for wide, narrow in zip(widths[1600][1:], widths[1000][1:]))


def test_a_column_dragged_wider_keeps_its_share_when_the_window_grows(make_window):
    window = make_window()
    view = window.list_view
    window.resize(1000, 700)
    settle()
    header = view.horizontalHeader()
    title_before = header.sectionSize(1)
    header.resizeSection(1, title_before + 20)  # what a drag of the title's right edge does
    assert header.sectionSize(1) == title_before + 20
    assert sum(column_widths(view)) == view.viewport().width()  # the place column gave the room
    share = header.sectionSize(1) / view.viewport().width()
    window.resize(1500, 700)
    settle()
    assert abs(header.sectionSize(1) / view.viewport().width() - share) < 0.02


def test_the_headers_menu_hides_and_shows_columns_and_remembers(make_window, qtbot):
    window = make_window()
    header = window.list_view.horizontalHeader()
    menu = right_click_menu(qtbot, header, header.rect().center())
    assert menu_texts(menu)[:4] == ["Date", "Title", "Place", "Participants"]
    trigger(menu, "Participants")
    settle()
    assert header.isSectionHidden(3)
    assert sum(column_widths(window.list_view)) == window.list_view.viewport().width()
    window.close()
    window = make_window()
    header = window.list_view.horizontalHeader()
    assert header.isSectionHidden(3)
    menu = right_click_menu(qtbot, header, header.rect().center())
    trigger(menu, "Participants")
    assert not header.isSectionHidden(3)


def test_the_last_shown_column_cannot_be_hidden(make_window, qtbot):
    window = make_window()
    header = window.list_view.horizontalHeader()
    for name in ("Date", "Place", "Participants"):
        trigger(right_click_menu(qtbot, header, header.rect().center()), name)
    menu = right_click_menu(qtbot, header, header.rect().center())
    title = next(a for a in menu.actions() if a.text() == "Title")
    assert title.isChecked() and not title.isEnabled()
    menu.close()


def test_a_postponed_meeting_shows_its_status_in_words_and_a_sign_at_any_width(make_window):
    window = make_window()
    window.resize(800, 600)
    settle()
    assert window.select_meeting(POSTPONED)
    view = window.list_view
    index = view.currentIndex().siblingAtColumn(1)
    assert index.data().endswith("(postponed)")
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    view.itemDelegateForColumn(1).initStyleOption(option, index)
    assert not option.icon.isNull()  # a sign, visible even when the title is cut short
    held = index.siblingAtRow(0)
    option = QStyleOptionViewItem()
    view.itemDelegateForColumn(1).initStyleOption(option, held)
    assert option.icon.isNull()
