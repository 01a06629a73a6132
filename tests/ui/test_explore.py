"""Exploring the record in the real window: facets, links, threads, pairs, the timeline, history."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QListWidget, QPushButton, QTextBrowser, QToolButton

TAIWAN = ["2023-11-15-biden-xi-woodside", "2023-09-16-wang-yi-sullivan-malta", "2022-11-14-biden-xi-bali"]


def shown(window) -> list[str]:
    return [m.id for m in window.visible_meetings()]


def facet_item(window, facet: str, label: str):  # type: ignore[no-untyped-def]
    view = window.findChild(QListWidget, f"{facet}Facet")
    for row in range(view.count()):
        if view.item(row).text().startswith(label + "  ("):
            return view, view.item(row)
    raise AssertionError(f"{label} is not offered in the {facet} facet: "
                         f"{[view.item(r).text() for r in range(view.count())]}")


def tick(qtbot, window, facet: str, label: str) -> None:
    """Click the check box of a value, as a user does."""
    view, item = facet_item(window, facet, label)
    view.scrollToItem(item)
    rect = view.visualItemRect(item)
    # the check box sits at the left of the row
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))


def anchor_point(browser: QTextBrowser, href: str) -> QPoint:
    """Where on screen the link to ``href`` is drawn in a text browser."""
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + max(1, fragment.length() // 2))
                return browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_clicking_taiwan_in_the_detail_pane_lists_exactly_the_taiwan_meetings(make_window, qtbot):
    window = make_window()
    assert window.select_meeting("2023-09-16-wang-yi-sullivan-malta")
    detail = window.findChild(QTextBrowser, "detailPane")
    point = anchor_point(detail, "diplo://issue/taiwan")
    qtbot.mouseClick(detail.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.search_box.text() == "issue:taiwan"
    assert shown(window) == TAIWAN
    assert window.counts_label.text() == "3 of 9 meetings"


def test_ticking_facets_narrows_the_list_with_counts_beside_every_value(make_window, qtbot):
    window = make_window()
    view, item = facet_item(window, "issue", "Taiwan")
    assert item.text() == "Taiwan  (3)"
    tick(qtbot, window, "issue", "Taiwan")
    assert shown(window) == TAIWAN
    assert window.counts_label.text() == "3 of 9 meetings"
    # counts now say what ticking a person would keep among the Taiwan meetings
    assert facet_item(window, "person", "Xi Jinping")[1].text() == "Xi Jinping  (2)"
    assert facet_item(window, "person", "Janet Yellen")[1].text() == "Janet Yellen  (0)"
    tick(qtbot, window, "person", "Xi Jinping")
    assert shown(window) == ["2023-11-15-biden-xi-woodside", "2022-11-14-biden-xi-bali"]


def test_facets_combine_with_the_typed_search(make_window, qtbot):
    window = make_window()
    qtbot.keyClicks(window.search_box, "beijing")
    assert facet_item(window, "status", "Postponed")[1].text() == "Postponed  (1)"
    assert facet_item(window, "issue", "Trade rivalry")[1].text() == "Trade rivalry  (2)"
    tick(qtbot, window, "issue", "Trade rivalry")
    assert shown(window) == ["2023-08-27-raimondo-china", "2023-07-06-yellen-beijing"]
    window.search_box.clear()
    assert len(shown(window)) == 2  # the facet stays when the text goes
    assert facet_item(window, "issue", "Climate change")[1].text() == "Climate change  (1)"


def test_active_filters_are_removed_one_by_one_and_all_at_once(make_window, qtbot):
    window = make_window()
    tick(qtbot, window, "status", "Held")
    tick(qtbot, window, "country", "Malta")
    chips = [c for c in window.findChildren(QToolButton, "filterChip") if c.isVisible()]
    assert [c.text() for c in chips] == ["Country: Malta  ✕", "Status: Held  ✕"]
    assert shown(window) == ["2023-09-16-wang-yi-sullivan-malta"]
    qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)
    assert len(shown(window)) == 8  # held only
    qtbot.waitUntil(lambda: [c.text() for c in window.findChildren(QToolButton, "filterChip") if c.isVisible()]
                    == ["Status: Held  ✕"])
    tick(qtbot, window, "issue", "Climate change")
    assert shown(window) == ["2023-07-16-kerry-beijing"]
    clear = window.findChild(QPushButton, "clearFiltersButton")
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert len(shown(window)) == 9
    assert not clear.isVisible()
    assert window.counts_label.text() == "9 meetings"


def test_clear_all_filters_has_a_shortcut(make_window, qtbot):
    window = make_window()
    tick(qtbot, window, "status", "Postponed")
    assert len(shown(window)) == 1
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Backspace,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(shown(window)) == 9


def test_the_date_range_slider_narrows_by_month_from_the_keyboard(make_window, qtbot):
    window = make_window()
    slider = window.explore.facet_panel.date_slider
    slider.setFocus()
    # the data runs from November 2022: one step right starts the range in December, dropping Bali
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert "2022-11-14-biden-xi-bali" not in shown(window)
    assert len(shown(window)) == 8
    assert window.explore.facet_panel.range_label.text() == "Dec 2022 – Nov 2023"
    for _ in range(9):  # end the range in February 2023: only the postponed trip
        qtbot.keyClick(slider, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert window.explore.facet_panel.range_label.text() == "Feb 2023"
    assert shown(window) == ["2023-02-blinken-beijing-postponed"]
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    assert len(shown(window)) == 9


def test_facets_survive_a_reload(make_window, qtbot):
    window = make_window()
    tick(qtbot, window, "issue", "Taiwan")
    window.reload()
    assert shown(window) == TAIWAN
    assert facet_item(window, "issue", "Taiwan")[1].checkState() == Qt.CheckState.Checked


def test_every_explore_control_has_an_accessible_name(make_window):
    window = make_window()
    panel = window.explore.facet_panel
    for widget in [panel.date_slider, panel.clear_button, *panel.lists.values()]:
        assert widget.accessibleName(), widget.objectName()
