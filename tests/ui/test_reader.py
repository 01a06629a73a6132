"""The reader window, driven as a user drives it: type, click, press keys, read."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QLineEdit, QTableView, QTextBrowser

from diplo_gui.ui.reader.meeting_model import MeetingRole

UNGA = "2023-09-18-blinken-han-zheng"


def titles(window) -> list[str]:
    view = window.findChild(QTableView, "meetingList")
    model = view.model()
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def click_row(qtbot, view: QTableView, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_window_lists_the_bundled_meetings_newest_first(make_window):
    window = make_window()
    assert titles(window)[0] == "Biden and Xi meet at Filoli during APEC"
    assert titles(window)[-1] == "Biden and Xi hold a video call on Russia's invasion of Ukraine"
    assert len(titles(window)) == 25
    assert window.counts_label.text() == "25 meetings"
    for name, kind in (("meetingList", QTableView), ("searchBox", QLineEdit), ("detailPane", QTextBrowser),
                       ("problemsView", QTableView)):
        assert window.findChild(kind, name) is not None, name


def test_clicking_the_unga_meeting_shows_both_speakers_quotes(make_window, qtbot):
    window = make_window()
    view = window.findChild(QTableView, "meetingList")
    row = titles(window).index("Blinken meets Han Zheng in New York during the UN General Assembly")
    click_row(qtbot, view, row)
    text = window.findChild(QTextBrowser, "detailPane").toPlainText()
    assert ("“At present, China-U.S. relations are the most consequential relations.”\n— Han Zheng, "
            "Vice President of the People's Republic of China\nvia interpreter, spoken in Chinese · "
            "U.S. Department of State") in text
    assert ("“The world expects us to responsibly manage our relationship”\n"
            "— Antony Blinken, Secretary of State") in text
    assert "18 September 2023" in text
    assert "China's mission to the United Nations, New York, United States" in text
    assert "Han Zheng 韩正" in text
    assert "Vice President of the People's Republic of China" in text


def test_typing_in_the_search_box_narrows_the_list(make_window, qtbot):
    window = make_window()
    search = window.findChild(QLineEdit, "searchBox")
    qtbot.keyClicks(search, "beijing kerry")
    assert titles(window) == ["John Kerry's climate talks in Beijing"]
    assert window.counts_label.text() == "1 of 25 meetings"
    qtbot.keyClicks(search, " nobody")
    assert titles(window) == []
    assert "No meeting matches “beijing kerry nobody”" in window.list_view._empty_text
    search.clear()
    assert len(titles(window)) == 25


def test_ctrl_f_focuses_the_search_and_enter_goes_to_the_list(make_window, qtbot):
    window = make_window()
    window.list_view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "malta")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.list_view.hasFocus()
    assert window.current_meeting().id == "2023-09-16-wang-yi-sullivan-malta"


def test_arrow_keys_walk_the_list_and_the_detail_follows(make_window, qtbot):
    window = make_window()
    view = window.list_view
    click_row(qtbot, view, 0)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.current_meeting().id == "2023-11-09-yellen-he-lifeng-san-francisco"
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.current_meeting().id == "2022-03-18-biden-xi-video-call"
    assert "Biden and Xi hold a video call on Russia's invasion of Ukraine" in window.detail.toPlainText()


def test_clicking_a_column_header_sorts(make_window, qtbot):
    window = make_window()
    header = window.list_view.horizontalHeader()
    title_x = header.sectionViewportPosition(1) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(title_x, header.height() // 2))
    shown = titles(window)
    assert shown == sorted(shown, key=str.casefold)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(title_x, header.height() // 2))
    assert titles(window) == sorted(shown, key=str.casefold, reverse=True)


def test_an_issue_link_filters_the_list_to_that_issue(make_window, qtbot):
    window = make_window()
    window.select_meeting("2023-09-16-wang-yi-sullivan-malta")
    window.detail.linkActivated.emit(QUrl("diplo://issue/taiwan"))
    assert window.search_box.text() == "issue:taiwan"
    assert {m.id for m in window.visible_meetings()} == {
        "2023-11-15-biden-xi-woodside", "2023-09-18-blinken-han-zheng", "2023-09-16-wang-yi-sullivan-malta",
        "2023-07-13-blinken-wang-yi-jakarta", "2023-06-18-blinken-beijing", "2023-05-10-sullivan-wang-yi-vienna",
        "2023-02-18-blinken-wang-yi-munich", "2022-11-14-biden-xi-bali", "2022-07-28-biden-xi-call"}


def test_only_http_links_leave_the_app(make_window):
    window = make_window()
    opened: list[str] = []
    window.open_external = lambda url: opened.append(url.toString())
    for url in ("https://www.reuters.com", "file:///etc/passwd", "javascript:alert(1)", "smb://host/x",
                "http://"):
        window.open_link(QUrl(url))
    assert opened == ["https://www.reuters.com"]


def test_select_and_search_options_reach_the_window(make_window):
    window = make_window()
    window.set_search("beijing")
    assert window.select_meeting("2023-06-18-blinken-beijing")
    assert not window.select_meeting(UNGA)  # filtered out: not selectable
    assert window.current_meeting().id == "2023-06-18-blinken-beijing"


def test_the_model_returns_the_meeting_itself(make_window):
    window = make_window()
    assert window.proxy.index(0, 0).data(MeetingRole).id == "2023-11-15-biden-xi-woodside"


def test_models_pass_the_model_tester(make_window, qtmodeltester):
    window = make_window()
    qtmodeltester.check(window.model)
    qtmodeltester.check(window.proxy)
    qtmodeltester.check(window.problems_view.problem_model)


def test_a_narrow_detail_pane_wraps_between_words_never_inside_one(make_window, qtbot):
    window = make_window()
    window.resize(1200, 700)  # room for the list's minimum width beside a wide detail first
    window.select_meeting("2023-09-18-blinken-han-zheng")
    # The detail pane squeezed to a 240-pixel page, as with the Filters and Explore docks open.
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([total - 400, 400])
    qtbot.waitUntil(lambda: window.detail.viewport().width() < 400)
    frame = 400 - window.detail.viewport().width()
    window.splitter.setSizes([total - 240 - frame, 240 + frame])
    qtbot.waitUntil(lambda: abs(window.detail.viewport().width() - 240) < 8)
    document = window.detail.document()
    broken = []
    block = document.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        for i in range(layout.lineCount() - 1):
            end = layout.lineAt(i).textStart() + layout.lineAt(i).textLength()
            if text[end - 1].isalnum() and text[end].isalnum():
                broken.append(f"{text[:end]}|{text[end:]}")
        block = block.next()
    assert "Secretary of State" in window.detail.toPlainText()
    assert broken == []
