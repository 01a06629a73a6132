"""Explore and the timeline's hover: a right-to-left override (U+202E) in a name leaves its
neighbours in order. Each check lays the text out as Qt displays it (test_hostile_text.py).

(The People list shows each count in a cell of its own, which an override in the name's cell
cannot reach; its names are isolated all the same, for the titles made of them.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_hostile_text import DATA, assert_before


def test_the_timeline_hover_keeps_the_participants_in_order(make_window, write_yaml):
    window = make_window(write_yaml(DATA))
    hover = window.explore.describe(window.dataset.meeting("liar-talks"))  # what hovering its mark shows
    [line] = [ln for ln in hover.splitlines() if "Mallory" in ln]
    assert_before(line, "Mallory Override", "Wang Yi")


def test_the_pair_history_title_keeps_the_second_name_after_the_first(make_window, write_yaml, qtbot):
    window = make_window(write_yaml(DATA))
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # View › Pair History
    assert window.explore.show_pair("person", "mallory", "wang-yi")
    _meetings, title, _stem = window.explore.page()  # the page's heading, and a print's or an export's title
    assert_before(title, "Mallory Override", "Wang Yi")
    assert "Wang Yi" in window.explore.pair_view.browser.toPlainText().splitlines()[0]


def test_a_person_page_keeps_each_counterpart_s_count_after_the_name(make_window, write_yaml, qtbot):
    window = make_window(write_yaml(DATA))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # View › People
    assert window.explore.show_person("wang-yi")
    page = window.explore.people_view.browser.toPlainText()  # the rich-text page as laid out
    [line] = [ln for ln in page.splitlines() if "Mallory" in ln]
    assert_before(line, "Mallory Override", "1 meeting")
