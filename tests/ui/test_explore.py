"""Exploring the record in the real window: facets, links, threads, pairs, the timeline, history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QPushButton, QTextBrowser, QToolButton

from desk_helpers import reload_and_wait

TAIWAN = ["2023-11-15-biden-xi-woodside", "2023-09-18-blinken-han-zheng", "2023-09-16-wang-yi-sullivan-malta",
          "2023-07-13-blinken-wang-yi-jakarta", "2023-06-18-blinken-beijing", "2023-05-10-sullivan-wang-yi-vienna",
          "2023-02-18-blinken-wang-yi-munich", "2022-11-14-biden-xi-bali", "2022-07-28-biden-xi-call"]


def shown(window) -> list[str]:
    return [m.id for m in window.visible_meetings()]


def settle(window) -> None:
    """Let the counts and the timeline catch up with the list, as they do when the reader pauses."""
    from PySide6.QtTest import QTest

    for _ in range(500):
        if not window.explore._list_timer.isActive():
            return
        QTest.qWait(10)
    raise AssertionError("the explore views never caught up with the list")


def facet_item(window, facet: str, label: str):  # type: ignore[no-untyped-def]
    settle(window)
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
    assert window.counts_label.text() == "9 of 25 meetings"


def test_clicking_a_city_in_the_detail_pane_lists_the_meetings_held_there(make_window, qtbot):
    window = make_window()
    assert window.select_meeting("2023-09-18-blinken-han-zheng")
    detail = window.findChild(QTextBrowser, "detailPane")
    qtbot.mouseClick(detail.viewport(), Qt.MouseButton.LeftButton,
                     pos=anchor_point(detail, "diplo://place/New%20York"))
    assert window.search_box.text() == 'place:"New York"'
    assert shown(window) == ["2023-09-18-blinken-han-zheng"]
    window.search_box.clear()
    assert window.select_meeting("2023-07-16-kerry-beijing")
    qtbot.mouseClick(detail.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(detail, "diplo://place/Beijing"))
    assert window.search_box.text() == "place:Beijing"
    # Blinken's three June meetings, Yellen's, Kerry's and Raimondo's visits, the senators and the postponed trip
    assert window.counts_label.text() == "8 of 25 meetings"


def test_ticking_facets_narrows_the_list_with_counts_beside_every_value(make_window, qtbot):
    window = make_window()
    view, item = facet_item(window, "issue", "Taiwan")
    assert item.text() == "Taiwan  (9)"
    tick(qtbot, window, "issue", "Taiwan")
    assert shown(window) == TAIWAN
    assert window.counts_label.text() == "9 of 25 meetings"
    # counts now say what ticking a person would keep among the Taiwan meetings
    assert facet_item(window, "person", "Xi Jinping")[1].text() == "Xi Jinping  (3)"
    assert facet_item(window, "person", "Janet Yellen")[1].text() == "Janet Yellen  (0)"
    tick(qtbot, window, "person", "Xi Jinping")
    assert shown(window) == ["2023-11-15-biden-xi-woodside", "2022-11-14-biden-xi-bali", "2022-07-28-biden-xi-call"]


def test_facets_combine_with_the_typed_search(make_window, qtbot):
    window = make_window()
    qtbot.keyClicks(window.search_box, "beijing")
    assert facet_item(window, "status", "Postponed")[1].text() == "Postponed  (1)"
    assert facet_item(window, "issue", "Trade rivalry")[1].text() == "Trade rivalry  (3)"
    tick(qtbot, window, "issue", "Trade rivalry")
    assert shown(window) == ["2023-08-30-raimondo-shanghai", "2023-08-27-raimondo-china", "2023-07-06-yellen-beijing"]
    window.search_box.clear()
    assert len(shown(window)) == 7  # the facet stays when the text goes: every trade meeting
    assert facet_item(window, "issue", "Climate change")[1].text() == "Climate change  (6)"


def test_active_filters_are_removed_one_by_one_and_all_at_once(make_window, qtbot):
    window = make_window()
    tick(qtbot, window, "status", "Held")
    tick(qtbot, window, "country", "Malta")
    chips = [c for c in window.findChildren(QToolButton, "filterChip") if c.isVisible()]
    assert [c.text() for c in chips] == ["Country: Malta  ✕", "Status: Held  ✕"]
    assert shown(window) == ["2023-09-16-wang-yi-sullivan-malta"]
    qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)
    assert len(shown(window)) == 24  # held only
    qtbot.waitUntil(lambda: [c.text() for c in window.findChildren(QToolButton, "filterChip") if c.isVisible()]
                    == ["Status: Held  ✕"])
    tick(qtbot, window, "issue", "Climate change")
    assert shown(window) == ["2023-11-04-kerry-xie-sunnylands", "2023-07-16-kerry-beijing", "2023-07-06-yellen-beijing",
                             "2023-01-18-yellen-liu-he-zurich", "2022-11-14-biden-xi-bali", "2022-07-28-biden-xi-call"]
    clear = window.findChild(QPushButton, "clearFiltersButton")
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert len(shown(window)) == 25
    assert not clear.isVisible()
    assert window.counts_label.text() == "25 meetings"


def test_clear_all_filters_has_a_shortcut(make_window, qtbot):
    window = make_window()
    tick(qtbot, window, "status", "Postponed")
    assert len(shown(window)) == 1
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Backspace,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(shown(window)) == 25


def test_the_date_range_slider_narrows_by_month_from_the_keyboard(make_window, qtbot):
    window = make_window()
    settle(window)
    slider = window.explore.facet_panel.date_slider
    slider.setFocus()
    # the data runs from March 2022: one step right starts the range in April, dropping the video call
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert "2022-03-18-biden-xi-video-call" not in shown(window)
    assert len(shown(window)) == 24
    assert window.explore.facet_panel.range_label.text() == "Apr 2022 – Nov 2023"
    for _ in range(9):  # end the range in February 2023 ...
        qtbot.keyClick(slider, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    for _ in range(10):  # ... and start it there: Munich and the postponed trip
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert window.explore.facet_panel.range_label.text() == "Feb 2023"
    assert shown(window) == ["2023-02-18-blinken-wang-yi-munich", "2023-02-blinken-beijing-postponed"]
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    assert len(shown(window)) == 25


def test_facets_survive_a_reload(make_window, qtbot):
    window = make_window()
    tick(qtbot, window, "issue", "Taiwan")
    reload_and_wait(qtbot, window)
    assert shown(window) == TAIWAN
    assert facet_item(window, "issue", "Taiwan")[1].checkState() == Qt.CheckState.Checked


def test_every_explore_control_has_an_accessible_name(make_window):
    window = make_window()
    panel = window.explore.facet_panel
    for widget in [panel.date_slider, panel.clear_button, *panel.lists.values()]:
        assert widget.accessibleName(), widget.objectName()


EXTRA = """
meetings:
  - id: 2024-04-blinken-wang-yi-test
    title: Blinken and Wang Yi, a later test meeting
    date: 2024-04
    participants: [antony-blinken, wang-yi]
    quotes:
      - {speaker: wang-yi, text: "<b>not bold</b> & words"}
  - id: 2022-blinken-wang-yi-test
    title: Blinken and Wang Yi, an earlier test meeting
    date: 2022
    participants: [wang-yi, antony-blinken]
"""


def open_view(qtbot, window, key: Qt.Key) -> None:
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, key, Qt.KeyboardModifier.ControlModifier)
    assert window.explore.explore_dock.isVisible()


def test_the_issue_thread_reads_every_meeting_in_date_order_with_its_quotes(make_window, qtbot):
    window = make_window()
    open_view(qtbot, window, Qt.Key.Key_1)
    thread = window.findChild(QTextBrowser, "issueThreadView")
    box = window.explore.thread_view.issue_box
    box.setFocus()
    box.setCurrentIndex(box.findText("Lines of communication"))
    text = thread.toPlainText()
    assert "13 meetings, 13 quotes, oldest first" in text
    call, beijing, unga, filoli = (text.index(t) for t in (
        "Biden and Xi hold a video call", "Blinken meets Qin Gang in Beijing", "Blinken meets Han Zheng",
        "Biden and Xi meet at Filoli"))
    assert call < beijing < unga < filoli
    assert ("“The world expects us to responsibly manage our relationship”\n"
            "— Antony Blinken, 18 September 2023") in text
    # a meeting link in the thread selects that meeting in the list
    qtbot.mouseClick(thread.viewport(), Qt.MouseButton.LeftButton,
                     pos=anchor_point(thread, "diplo://meeting/2023-09-18-blinken-han-zheng"))
    assert window.current_meeting().id == "2023-09-18-blinken-han-zheng"


def test_the_blinken_wang_yi_pair_lists_their_meetings_in_order(make_window, qtbot, write_yaml):
    window = make_window(write_yaml(EXTRA))
    open_view(qtbot, window, Qt.Key.Key_3)
    pair = window.explore.pair_view
    pair.first_box.setCurrentIndex(pair.first_box.findText("Antony Blinken"))
    pair.second_box.setCurrentIndex(pair.second_box.findText("Wang Yi"))
    text = window.findChild(QTextBrowser, "pairHistoryView").toPlainText()
    assert text.startswith("Antony Blinken – Wang Yi\n6 meetings, oldest first")
    order = [text.index(t) for t in ("2022 · Blinken and Wang Yi, an earlier test meeting",
                                     "18 February 2023 · Blinken meets Wang Yi in Munich",
                                     "19 June 2023 · Blinken meets Wang Yi in Beijing",
                                     "April 2024 · Blinken and Wang Yi, a later test meeting")]
    assert order == sorted(order)
    assert "“<b>not bold</b> & words”" in text  # markup from data is shown as text, never rendered
    qtbot.mouseClick(pair.swap_button, Qt.MouseButton.LeftButton)
    assert window.findChild(QTextBrowser, "pairHistoryView").toPlainText().startswith("Wang Yi – Antony Blinken")


def test_the_bundled_blinken_wang_yi_pair_and_the_us_china_history(make_window, qtbot):
    window = make_window()
    assert window.explore.show_pair("person", "antony-blinken", "wang-yi")
    text = window.findChild(QTextBrowser, "pairHistoryView").toPlainText()
    assert "4 meetings, oldest first" in text and "Blinken meets Wang Yi in Jakarta" in text
    assert "Blinken meets Qin Gang" not in text  # Wang Yi was not at that table
    pair = window.explore.pair_view
    pair.kind_box.setCurrentIndex(pair.kind_box.findData("country"))
    assert window.explore.show_pair("country", "US", "CN")
    assert [m.id for m in pair.meetings()][0] == "2022-03-18-biden-xi-video-call"
    assert len(pair.meetings()) == 24  # all but the postponed trip, which had no Chinese side


def test_people_list_counts_and_a_person_page_with_counterparts(make_window, qtbot):
    window = make_window()
    open_view(qtbot, window, Qt.Key.Key_2)
    table = window.explore.people_view.table
    names = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    counts = [table.model().index(r, 1).data() for r in range(table.model().rowCount())]
    assert names[:4] == ["Wang Yi", "Antony Blinken", "Joe Biden", "Xi Jinping"]
    assert counts[:4] == ["9", "8", "6", "6"]
    row = names.index("Wang Yi")
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.findChild(QTextBrowser, "personView")
    text = page.toPlainText()
    assert "Meetings (9), oldest first" in text
    assert text.index("Blinken meets Wang Yi in Munich") < text.index("Wang Yi and Jake Sullivan meet in Malta")
    assert "Jake Sullivan 3 meetings · history" in text
    counterparts = text.split("Counterparts")[1]
    assert "Li Qiang" not in counterparts and "Xi Jinping" not in counterparts  # colleagues, not counterparts
    # the counterpart's "history" link opens the pair
    qtbot.mouseClick(page.viewport(), Qt.MouseButton.LeftButton,
                     pos=anchor_point(page, "diplo://pair/person/wang-yi/jake-sullivan"))
    assert window.explore.tabs.currentWidget() is window.explore.pair_view
    assert "Wang Yi – Jake Sullivan" in window.findChild(QTextBrowser, "pairHistoryView").toPlainText()


def test_the_people_list_narrows_to_what_is_typed_in_its_box(make_window, qtbot):
    window = make_window()
    open_view(qtbot, window, Qt.Key.Key_2)
    view = window.explore.people_view
    table = view.table

    def listed() -> list[str]:
        return [table.model().index(r, 0).data() for r in range(table.model().rowCount())]

    everyone = listed()
    finder = window.findChild(QLineEdit, "peopleFinder")
    qtbot.keyClicks(finder, "WANG")
    assert sorted(listed()) == ["Wang Wentao", "Wang Yi"]
    qtbot.keyClicks(finder, " y")
    assert listed() == ["Wang Yi"]
    qtbot.keyClick(finder, Qt.Key.Key_Return)  # Enter opens the first one found, in the list
    assert table.hasFocus() and view.current_person() == "wang-yi"
    assert "Wang Yi" in window.findChild(QTextBrowser, "personView").toPlainText()
    finder.clear()
    commit = QInputMethodEvent("", [])  # a native name, as an input method types it
    commit.setCommitString("韩")
    QApplication.sendEvent(finder, commit)
    assert listed() == ["Han Zheng"]
    # A link to someone the box hides shows them anyway (the box is cleared).
    assert view.show_person("wang-yi")
    assert finder.text() == "" and listed() == everyone
    assert "Wang Yi" in window.findChild(QTextBrowser, "personView").toPlainText()


def test_related_meetings_under_the_detail_follow_the_selection(make_window, qtbot):
    window = make_window()
    related = window.findChild(QTextBrowser, "relatedMeetings")
    assert window.select_meeting("2023-09-16-wang-yi-sullivan-malta")
    text = related.toPlainText()
    assert ("Previous between the same countries: September 2023 · Biden and Li Qiang talk at the G20 summit "
            "in New Delhi") in text
    assert "Next between the same countries: 18 September 2023 · Blinken meets Han Zheng" in text
    # following "next" selects it, even when the search hides it
    window.set_search("malta")
    qtbot.mouseClick(related.viewport(), Qt.MouseButton.LeftButton,
                     pos=anchor_point(related, "diplo://meeting/2023-09-18-blinken-han-zheng"))
    assert window.current_meeting().id == "2023-09-18-blinken-han-zheng"
    assert window.search_box.text() == ""
    assert "Previous between the same countries: 16–17 September 2023" in related.toPlainText()


POSTPONED = "2023-02-blinken-beijing-postponed"


def timeline_ids(window) -> list[str]:
    return [m.id for m in window.explore.timeline.meetings()]


def test_the_timeline_shows_the_list_as_filtered(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: len(timeline_ids(window)) == 25)
    assert timeline_ids(window)[0] == "2022-03-18-biden-xi-video-call"  # oldest at the left
    qtbot.keyClicks(window.search_box, "beijing")
    qtbot.waitUntil(lambda: sorted(timeline_ids(window)) == sorted(shown(window)))
    assert len(timeline_ids(window)) == 10
    tick(qtbot, window, "status", "Postponed")
    qtbot.waitUntil(lambda: timeline_ids(window) == [POSTPONED])


POSTPONED_MONTH = """
meetings:
  - id: 2024-02-postponed-test
    title: A postponed visit known to the month
    date: 2024-02
    status: postponed
    participants: [wang-yi]
"""


def test_a_postponed_month_is_a_red_hatched_span_of_its_month(make_window, qtbot, write_yaml):
    window = make_window(write_yaml(POSTPONED_MONTH))
    timeline = window.explore.timeline
    qtbot.waitUntil(lambda: len(timeline_ids(window)) == 26)
    feb = timeline.item_rect("2024-02-postponed-test")
    day = timeline.item_rect("2023-09-18-blinken-han-zheng")
    # the whole of February 2024 (29 days), where a one-day meeting is a short bar: its day, or
    # the 8 px that keep it clickable (at the zoom that fits the first window to the screen, a
    # day is under a pixel: the month is 22 px of it, the day's bar 8)
    assert abs(feb.width() - 29 * timeline.scale()) < 1
    assert day.width() == max(8.0, timeline.scale())
    assert feb.width() > 2 * day.width()
    # the bundled New Delhi talks are known to the month too: all of September, in green
    september = timeline.item_rect("2023-09-biden-li-qiang-new-delhi")
    assert abs(september.width() - 30 * timeline.scale()) < 1
    image = timeline.grab().toImage()

    def colours(rect) -> set[tuple[int, int, int]]:
        return {image.pixelColor(int(x), int(rect.center().y())).getRgb()[:3]
                for x in range(int(rect.left()) + 3, int(rect.right()) - 3)}

    reds = {c for c in colours(feb) if c[0] > 150 and c[1] < 120 and c[2] < 120}
    pale = {c for c in colours(feb) if c[0] > 200 and c[1] > 150}
    assert reds and pale  # hatched: red strokes over a pale red ground
    held = colours(day)
    assert all(g > r for r, g, _ in held)  # held meetings are solid green
    assert all(g > r for r, g, _ in colours(september))
    assert timeline._label(next(i for i in timeline._items if i.meeting.id == POSTPONED)).startswith("Postponed: ")


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform and a tooltip window
def test_hovering_the_timeline_describes_the_meeting_escaped(make_window, qtbot, write_yaml):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    window = make_window(write_yaml("""
meetings:
  - id: 2023-03-01-markup
    title: "<img src=x> & <b>bold</b>"
    date: 2023-03-01
    participants: [wang-yi]
"""))
    timeline = window.explore.timeline
    qtbot.waitUntil(lambda: len(timeline_ids(window)) == 26)
    for meeting_id, expected in ((POSTPONED, "5–6 February 2023 · postponed"),
                                 ("2023-03-01-markup", "&lt;img src=x&gt;")):
        rect = timeline.item_rect(meeting_id)
        pos = rect.center().toPoint()
        timeline.event(QHelpEvent(QEvent.Type.ToolTip, pos, timeline.mapToGlobal(pos)))
        assert expected in QToolTip.text()
    assert "<img" not in QToolTip.text()
    QToolTip.hideText()


def test_timeline_and_list_selection_follow_each_other(make_window, qtbot):
    window = make_window()
    timeline = window.explore.timeline
    qtbot.waitUntil(lambda: len(timeline_ids(window)) == 25)
    rect = timeline.item_rect(POSTPONED)
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.current_meeting().id == POSTPONED
    assert window.list_view.currentIndex().data() == "5–6 Feb 2023"
    assert window.select_meeting("2023-01-18-yellen-liu-he-zurich")
    assert timeline.current() == "2023-01-18-yellen-liu-he-zurich"
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # the next meeting in time
    assert window.current_meeting().id == POSTPONED


def test_the_timeline_zooms_and_pans_from_keys_wheel_and_drag(make_window, qtbot):
    window = make_window()
    timeline = window.explore.timeline
    qtbot.waitUntil(lambda: len(timeline_ids(window)) == 25)
    timeline.setFocus()
    scale = timeline.scale()
    qtbot.keyClick(timeline, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert timeline.scale() > scale
    qtbot.keyClick(timeline, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert abs(timeline.scale() - scale) < 1e-9
    left = timeline.visible_days()[0]
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.visible_days()[0] > left
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert abs(timeline.visible_days()[0] - left) < 1e-6
    # drag right by 100 px: the view moves 100 px' worth of days back in time
    start = QPoint(timeline.width() // 2, 4)
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(timeline, start + QPoint(50, 0))
    qtbot.mouseMove(timeline, start + QPoint(100, 0))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=start + QPoint(100, 0))
    assert abs(timeline.visible_days()[0] - (left - 100 / timeline.scale())) < 1e-6
    # the wheel zooms around the pointer: the day under it stays put
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    x = 300.0
    day = timeline.visible_days()[0] + x / timeline.scale()
    event = QWheelEvent(QPointF(x, 20), timeline.mapToGlobal(QPointF(x, 20)), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    timeline.wheelEvent(event)
    assert timeline.scale() > scale
    assert abs(timeline.visible_days()[0] + x / timeline.scale() - day) < 1e-6
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    assert abs(timeline.scale() - scale) < 1e-9


def test_a_zoomed_timeline_paints_only_what_is_on_screen(make_window, qtbot, write_yaml):
    # Three thousand meetings, one a day: a paint visits the few in view, not all of them.
    import datetime as dt

    lines = ["meetings:"]
    day = dt.date(2015, 1, 1)
    for n in range(3000):
        d = day + dt.timedelta(days=n)
        lines += [f"  - id: m{n}", f"    title: Meeting {n}", f"    date: {d.isoformat()}",
                  "    participants: [wang-yi]"]
    window = make_window(write_yaml("\n".join(lines) + "\n"))
    timeline = window.explore.timeline
    qtbot.waitUntil(lambda: len(timeline_ids(window)) == 3025)
    for _ in range(12):
        timeline.zoom(1.5)
    first, last = timeline.visible_days()
    visible = timeline._visible()
    assert 0 < len(visible) < 100
    assert all(i.end >= first - 1 and i.start <= last for i in visible)
    timeline.grab()  # paints without error


def test_alt_left_and_alt_right_walk_back_and_forward_through_meetings_and_filters(make_window, qtbot):
    window = make_window()
    from tests.ui.test_reader import click_row

    click_row(qtbot, window.list_view, 0)
    first = window.current_meeting().id
    qtbot.keyClick(window.list_view, Qt.Key.Key_Down)
    second = window.current_meeting().id
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "beijing")
    tick(qtbot, window, "issue", "Climate change")
    assert shown(window) == ["2023-07-16-kerry-beijing", "2023-07-06-yellen-beijing"]

    def back() -> None:
        qtbot.keyClick(window.list_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)

    window.list_view.setFocus()
    back()  # the facet goes
    assert len(shown(window)) == 10 and window.search_box.text() == "beijing"
    back()  # the whole word typed is one step
    assert window.search_box.text() == "" and window.current_meeting().id == second
    back()
    assert window.current_meeting().id == first
    qtbot.keyClick(window.list_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_meeting().id == second
    qtbot.keyClick(window.list_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.search_box.text() == "beijing"
    # the mouse's back button goes back too
    qtbot.mouseClick(window.list_view.viewport(), Qt.MouseButton.BackButton, pos=QPoint(5, 5))
    assert window.search_box.text() == "" and window.current_meeting().id == second


def _answer_next_dialog(qtbot, text: str) -> None:
    """Type into the next modal input dialog and press Enter, as a user would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(10, answer)
            return
        try:
            line = dialog.findChild(QLineEdit)
            line.selectAll()
            qtbot.keyClicks(line, text)
            qtbot.keyClick(line, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # never leave a test hanging on a modal dialog
                dialog.reject()

    QTimer.singleShot(0, answer)


def test_saved_searches_are_saved_reopened_renamed_deleted_and_kept_across_restarts(make_window, qtbot):
    from PySide6.QtCore import QSettings

    QSettings().remove("explore/savedSearches")
    window = make_window()
    qtbot.keyClicks(window.search_box, "beijing")
    tick(qtbot, window, "issue", "Trade rivalry")
    _answer_next_dialog(qtbot, "Trade & Beijing <b>")
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.explore.saved_store.all() != [])
    window.explore.facet_panel.clear()
    window.search_box.clear()
    assert len(shown(window)) == 25
    window.close()

    again = make_window()  # a restart: a new window reads the settings again
    menu_actions = [a for a in again.explore.searches_menu.actions() if a.objectName() == "savedSearchAction"]
    assert [a.text() for a in menu_actions] == ["&1 Trade && Beijing <b>"]
    menu_actions[0].trigger()
    assert again.search_box.text() == "beijing"
    assert shown(again) == ["2023-08-30-raimondo-shanghai", "2023-08-27-raimondo-china", "2023-07-06-yellen-beijing"]

    dialog = again.explore.manage_saved_searches()
    qtbot.waitExposed(dialog)
    assert dialog.names() == ["Trade & Beijing <b>"]
    item = dialog.list.item(0)
    item.setText("Trade talks")  # what the editor commits after F2 and typing
    assert dialog.names() == ["Trade talks"]
    assert [a.data() for a in again.explore.searches_menu.actions() if a.objectName() == "savedSearchAction"] == [
        "Trade talks"]
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert dialog.names() == []
    assert again.explore.saved_store.all() == []
    assert not [a for a in again.explore.searches_menu.actions() if a.objectName() == "savedSearchAction"]
    dialog.close()


def test_help_lists_the_keyboard_shortcuts(make_window, qtbot):
    window = make_window()
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)  # F1 is the user guide
    from PySide6.QtWidgets import QDialog, QTableWidget

    dialog = window.findChild(QDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Back"] == "Alt+Left" and rows["Forward"] == "Alt+Right"
    assert rows["Find"] == "Ctrl+F"
    assert rows["Clear All Filters"] == "Ctrl+Shift+Backspace"
    assert rows["Issue Thread"] == "Ctrl+1"
    assert rows["Save Current Search"] == "Ctrl+D"
    assert rows["Timeline: zoom in / out"] == "Ctrl+= / Ctrl+-"
    dialog.close()


def test_facets_work_from_the_keyboard(make_window, qtbot):
    window = make_window()
    view, item = facet_item(window, "issue", "Taiwan")
    view.setFocus()
    view.setCurrentItem(item)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert shown(window) == TAIWAN
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the next value, then Enter ticks it too
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(window.explore.facets.issue) == 2
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert len(shown(window)) == 25


def test_back_works_from_the_detail_pane_too(make_window, qtbot):
    window = make_window()
    assert window.select_meeting("2023-09-16-wang-yi-sullivan-malta")
    assert window.select_meeting("2022-11-14-biden-xi-bali")
    window.detail.setFocus()
    qtbot.keyClick(window.detail, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_meeting().id == "2023-09-16-wang-yi-sullivan-malta"


def test_every_control_of_the_explore_docks_has_an_accessible_name(make_window, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QHeaderView, QWidget

    from diplo_gui.ui.explore.facet_panel import MonthRangeSlider
    from diplo_gui.ui.explore.timeline import TimelineView

    window = make_window()
    explore = window.explore
    tick(qtbot, window, "status", "Held")  # so that a filter chip exists
    explore.show_tab(0)
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QTextBrowser, MonthRangeSlider, TimelineView)
    unnamed = []
    for dock in (explore.facet_dock, explore.explore_dock, explore.timeline_dock):
        for widget in [dock.widget(), *dock.widget().findChildren(QWidget)]:
            if not isinstance(widget, kinds) or (isinstance(widget, QAbstractButton) and not widget.isVisible()):
                continue
            if widget.window() is not window or isinstance(widget, QHeaderView):  # a combo's popup, a table's header
                continue
            if not widget.accessibleName():
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert explore.related_view.accessibleName()
    assert unnamed == []


def test_a_find_box_narrows_a_long_facet_list(make_window, qtbot):
    from PySide6.QtWidgets import QLineEdit

    window = make_window()
    settle(window)
    finder = window.findChild(QLineEdit, "personFacetFinder")
    assert finder.isVisible()  # eighteen people: more than a glance
    assert window.findChild(QLineEdit, "issueFacetFinder").isVisible()  # thirteen issues
    assert not window.findChild(QLineEdit, "countryFacetFinder").isVisible()  # eight countries
    qtbot.keyClicks(finder, "WANG")
    view = window.findChild(QListWidget, "personFacet")
    visible = [view.item(r).text() for r in range(view.count()) if not view.item(r).isHidden()]
    assert visible == ["Wang Yi  (9)", "Wang Wentao  (1)"]
    tick(qtbot, window, "person", "Wang Wentao")
    assert shown(window) == ["2023-08-27-raimondo-china"]
    finder.clear()
    assert all(not view.item(r).isHidden() for r in range(view.count()))


def test_a_thread_or_a_person_page_can_show_its_meetings_in_the_list(make_window, qtbot):
    window = make_window()
    window.explore.show_issue_thread("taiwan")
    thread = window.findChild(QTextBrowser, "issueThreadView")
    assert "show them in the list" in thread.toPlainText()
    qtbot.mouseClick(thread.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(thread, "diplo://filter/issue/taiwan"))
    assert window.search_box.text() == "issue:taiwan" and shown(window) == TAIWAN
    window.explore.show_person("wang-yi")
    page = window.findChild(QTextBrowser, "personView")
    qtbot.mouseClick(page.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(page, "diplo://filter/person/wang-yi"))
    assert window.search_box.text() == "person:wang-yi"
    assert len(shown(window)) == 9


def test_related_meetings_hide_when_no_meeting_is_selected(make_window, qtbot):
    window = make_window()
    related = window.findChild(QTextBrowser, "relatedMeetings")
    assert window.select_meeting("2022-11-14-biden-xi-bali")
    assert related.isVisible()
    window.set_search("nothing-matches-this")  # the selection goes with the list
    assert window.current_meeting() is None
    assert not related.isVisible()
    window.search_box.clear()
    assert window.select_meeting("2022-11-14-biden-xi-bali")
    assert related.isVisible()


def test_the_related_meetings_pane_shows_its_heading_when_it_first_appears(make_window, qtbot):
    window = make_window()
    related = window.explore.related_view
    assert window.select_meeting("2023-09-18-blinken-han-zheng")
    qtbot.waitUntil(related.isVisible)
    qtbot.wait(50)  # laid out: it used to come up scrolled past its first line
    top = related.cursorForPosition(QPoint(8, 8)).block().text()
    assert top == "Related meetings"


def test_the_date_slider_marks_round_years_that_fit():
    from diplo_gui.ui.explore.facet_panel import labelled_years

    assert labelled_years(2022, 2023, room=6) == [2022, 2023]
    # The Office of the Historian's 160 years: 1900, 1950, 2000, not 1866, 1891 … 1991.
    assert labelled_years(1866, 2025, room=6) == [1900, 1950, 2000]
    assert labelled_years(1866, 2025, room=9) == [1875, 1900, 1925, 1950, 1975, 2000, 2025]


def test_the_related_meetings_pane_closed_as_it_first_shows_leaves_nothing_behind(qtbot):
    from diplo_gui.core import bundled, loading
    from diplo_gui.core.relations import RelationIndex
    from diplo_gui.ui.explore.explore_pages import Pages, RelatedView
    from diplo_gui.ui.reader.safe_text import country_name

    dataset = loading.load([bundled.data_dir()]).dataset
    view = RelatedView(Pages(str, country_name))
    view.hide()
    view.show_related(RelationIndex(dataset), dataset.meetings[0])  # shown now, scrolled to its top next turn
    assert view.isVisible() and "Biden" in view.toPlainText()
    view.deleteLater()  # the window closed in the same turn (a quick open and close) ...
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # ... and went before the next turn
    qtbot.wait(50)  # the turn after: no call reaches the deleted pane (pytest-qt fails on any exception)
