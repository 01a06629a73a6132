"""Desktop conventions, as a user meets them: right clicks, Esc, Tab, Ctrl+C, zoom keys,
Back and Forward, F1, status tips, and what the window remembers of Explore."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

from diplo_gui.ui.shell.action_tips import menu_actions

from desk_helpers import menu_texts, reload_and_wait, right_click_menu, trigger

UNGA = "2023-09-18-blinken-han-zheng"
MALTA = "2023-09-16-wang-yi-sullivan-malta"


def titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.list_view.model()
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def row_point(window, meeting_id: str) -> QPoint:  # type: ignore[no-untyped-def]
    row = [window.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).id
           for r in range(window.proxy.rowCount())].index(meeting_id)
    return window.list_view.visualRect(window.proxy.index(row, 1)).center()


def submenu(menu, text: str):  # type: ignore[no-untyped-def]
    return next(a.menu() for a in menu.actions() if a.menu() and a.text().replace("&", "") == text)


# -- the list's context menu -------------------------------------------------------------
def test_right_click_on_a_meeting_offers_copy_citation_sources_and_filters(make_window, qtbot):
    window = make_window()
    menu = right_click_menu(qtbot, window.list_view, row_point(window, UNGA))
    assert window.current_meeting().id == UNGA  # the row clicked is the one acted on
    assert menu_texts(menu) == ["Copy", "Copy Citation", "Open Source", "Filter by"]
    filters = submenu(menu, "Filter by")
    assert menu_texts(filters) == ["Antony Blinken", "Han Zheng", "Country: United States", "Place: New York",
                                   "Issue: Stabilising US–China relations", "Issue: Lines of communication",
                                   "Issue: Russian invasion of Ukraine", "Issue: North Korea", "Issue: Taiwan"]
    trigger(filters, "Han Zheng")
    menu.close()
    assert window.search_box.text() == "person:han-zheng"
    assert titles(window) == ["Blinken meets Han Zheng in New York during the UN General Assembly",
                              "John Kerry's climate talks in Beijing"]  # Han Zheng received Kerry in July


def test_copy_citation_and_open_source_from_the_lists_menu(make_window, qtbot):
    window = make_window()
    opened: list[QUrl] = []
    window.open_external = opened.append
    menu = right_click_menu(qtbot, window.list_view, row_point(window, UNGA))
    trigger(menu, "Copy Citation")
    assert QApplication.clipboard().text().splitlines() == [
        "“Blinken meets Han Zheng in New York during the UN General Assembly”, China's mission to the United "
        "Nations, New York, United States, 18 September 2023.",
        "Source: U.S. Department of State (as republished by Mirage News), “Secretary Blinken and Vice President Han Zheng before their meeting "
        "(transcript, as republished by Mirage News)”, 18 September 2023, "
        "https://miragenews.com/blinken-chinas-vp-han-zheng-prep-for-meeting-1086781",
        "Source: Kuwait News Agency (KUNA), via MENAFN, “Blinken, Chinese VP hold constructive discussion on "
        "sideline of UNGA (quoting the State Department readout)”, 19 September 2023, "
        "https://menafn.com/1107095501/Blinken-Chinese-Vp-Hold-Constructive-Discussion-On-Sideline-Of-Unga",
        "Source: Reuters (Humeyra Pamuk, Michael Martina), via Yahoo News, “Top US diplomat Blinken meets "
        "China's VP Han at U.N. amid strained ties”, 18 September 2023, "
        "https://au.news.yahoo.com/top-us-diplomat-blinken-meets-192258735.html",
        "Source: Bloomberg News (Iain Marlow), via ArcaMax, “Blinken meets Chinese vice president on sidelines "
        "of UN General Assembly in New York”, 18 September 2023, "
        "https://www.arcamax.com/currentnews/newsheadlines/s-2880628",
        "Source: EFE, via La Opinión, “EE.UU. y China coinciden en cooperar en beneficio del mundo (the Spanish "
        "dispatch the seed article machine-translates)”, 19 September 2023, "
        "https://laopinion.com/2023/09/19/ee-uu-y-china-coinciden-en-cooperar-en-beneficio-del-mundo/"]
    menu = right_click_menu(qtbot, window.list_view, row_point(window, UNGA))
    sources = submenu(menu, "Open Source")
    assert menu_texts(sources) == [  # each source by its publisher and date
        "U.S. Department of State (as republished by Mirage News), 18 September 2023", "Kuwait News Agency (KUNA), via MENAFN, 19 September 2023",
        "Reuters (Humeyra Pamuk, Michael Martina), via Yahoo News, 18 September 2023",
        "Bloomberg News (Iain Marlow), via ArcaMax, 18 September 2023", "EFE, via La Opinión, 19 September 2023"]
    trigger(sources, "Reuters (Humeyra Pamuk, Michael Martina), via Yahoo News, 18 September 2023")
    menu.close()
    assert opened == [QUrl("https://au.news.yahoo.com/top-us-diplomat-blinken-meets-192258735.html")]


def test_ctrl_c_in_the_list_copies_the_selected_meetings_rows(make_window, qtbot):
    window = make_window()
    window.select_meeting(UNGA)
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.list_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text().splitlines() == [
        "18 Sep 2023\tBlinken meets Han Zheng in New York during the UN General Assembly\tNew York, United States\t"
        "Antony Blinken, Han Zheng",
        "16–17 Sep 2023\tWang Yi and Jake Sullivan meet in Malta\tMalta\tWang Yi, Jake Sullivan"]


# -- keys ----------------------------------------------------------------------------------
def test_esc_in_the_search_box_clears_it(make_window, qtbot):
    window = make_window()
    qtbot.keyClicks(window.search_box, "malta")
    assert len(titles(window)) == 1
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert len(titles(window)) == 25


def test_tab_from_the_list_goes_to_the_detail_pane(make_window, qtbot):
    window = make_window()
    window.select_meeting(UNGA)
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.detail


def test_the_zoom_keys_enlarge_the_detail_text_and_it_is_remembered(make_window, qtbot):
    window = make_window()
    window.select_meeting(UNGA)
    window.list_view.setFocus()
    usual = window.detail.font().pointSizeF()
    height = window.detail.document().size().height()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.list_view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.font().pointSizeF() == usual + 2
    assert window.detail.document().size().height() > height  # the text takes more room
    window.close()
    again = make_window()
    assert again.detail.font().pointSizeF() == usual + 2
    again.list_view.setFocus()
    qtbot.keyClick(again.list_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert again.detail.font().pointSizeF() == usual + 1
    qtbot.keyClick(again.list_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.detail.font().pointSizeF() == usual


def test_the_zoom_keys_zoom_the_timeline_when_it_has_the_focus(make_window, qtbot):
    window = make_window()
    timeline = window.explore.timeline
    timeline.setFocus()
    scale = timeline.scale()
    font = window.detail.font().pointSizeF()
    qtbot.keyClick(timeline, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert timeline.scale() > scale
    assert window.detail.font().pointSizeF() == font


def test_zoom_back_and_forward_use_the_platforms_standard_keys(make_window):
    window = make_window()
    for action, key in ((window.keyboard.zoom_in_action, QKeySequence.StandardKey.ZoomIn),
                        (window.keyboard.zoom_out_action, QKeySequence.StandardKey.ZoomOut),
                        (window.explore.back_action, QKeySequence.StandardKey.Back),
                        (window.explore.forward_action, QKeySequence.StandardKey.Forward),
                        (window.help.action, QKeySequence.StandardKey.HelpContents)):
        assert action.shortcuts() == QKeySequence.keyBindings(key), action.objectName()


# -- help ----------------------------------------------------------------------------------
def test_f1_opens_the_user_guide_rendered_from_the_docs(make_window, qtbot):
    window = make_window()
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_F1)
    dialog = window.findChild(QDialog, "userGuideDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert text.startswith("User guide")
    assert "Small and large screens" in text
    assert "**" not in text and "](" not in text  # Markdown rendered, not shown as source
    dialog.close()


def test_the_guide_follows_its_own_links_and_sends_web_links_to_the_browser(make_window, qtbot):
    window = make_window()
    opened: list[QUrl] = []
    window.open_external = opened.append
    dialog = window.help.open_guide()
    dialog.follow(QUrl("data-format.md"))
    assert dialog.browser.page.name == "data-format.md"
    assert dialog.browser.toPlainText().startswith("The data format")
    dialog.follow(QUrl("https://doc.qt.io/"))
    assert opened == [QUrl("https://doc.qt.io/")]
    for refused in ("file:///etc/passwd", "../README.md", "javascript:alert(1)"):
        dialog.follow(QUrl(refused))
        assert dialog.browser.page.name == "data-format.md", refused
        assert "Not opened" in dialog.status.text()
    assert opened == [QUrl("https://doc.qt.io/")]
    dialog.close()


# -- tips ----------------------------------------------------------------------------------
def test_every_menu_entry_has_a_status_tip_and_a_tooltip_with_its_keys(make_window):
    window = make_window()
    missing = [a.text() for a in menu_actions(window) if not a.statusTip().strip()]
    assert missing == []
    assert window.find_action.toolTip() == "Find (Ctrl+F)"
    assert window.import_action.toolTip() == "Import"  # File › Import… has no keys


def test_hovering_a_menu_entry_shows_its_tip_in_the_status_bar(make_window, qtbot):
    window = make_window()
    file_menu = window.menuBar().actions()[0].menu()
    file_menu.popup(window.mapToGlobal(QPoint(0, 0)))
    qtbot.waitExposed(file_menu)
    qtbot.mouseMove(file_menu, file_menu.actionGeometry(window.reload_action).center())
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Read every data file again")
    file_menu.close()


# -- the timeline and People --------------------------------------------------------------
def test_right_click_on_the_timeline_shows_a_meeting_in_the_list(make_window, qtbot):
    window = make_window()
    timeline = window.explore.timeline
    qtbot.waitUntil(lambda: timeline.item_rect(MALTA) is not None)
    menu = right_click_menu(qtbot, timeline, timeline.item_rect(MALTA).center().toPoint())
    assert menu_texts(menu)[:2] == ["Show in List", "Copy Citation"]
    trigger(menu, "Show in List")
    assert window.current_meeting().id == MALTA


def test_right_click_on_a_person_filters_the_list_by_them(make_window, qtbot):
    window = make_window()
    window.explore.show_tab(1)
    people = window.explore.people_view
    model = people.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Han Zheng")
    menu = right_click_menu(qtbot, people.table, people.table.visualRect(model.index(row, 0)).center())
    trigger(menu, "Filter List by Han Zheng")
    assert window.search_box.text() == "person:han-zheng"


# -- remembered Explore, and the app's own writes ------------------------------------------
def test_explore_remembers_its_tab_and_pages_across_restarts(make_window, qtbot):
    window = make_window()
    window.explore.show_person("han-zheng")
    window.explore.show_pair("country", "US", "CN")
    window.explore.show_issue_thread("lines-of-communication")
    window.close()
    again = make_window()
    explore = again.explore
    assert explore.explore_dock.isVisible()
    assert explore.tabs.currentIndex() == 0
    assert explore.thread_view.issue_box.currentData() == "lines-of-communication"
    assert explore.people_view.current_person() == "han-zheng"
    assert (explore.pair_view.first_box.currentData(), explore.pair_view.second_box.currentData()) == ("US", "CN")


def test_a_write_of_the_app_itself_does_not_announce_a_reload(make_window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr("diplo_gui.ui.shell.main_window.user_data_dir", lambda: tmp_path / "meetings")
    window = make_window()
    (tmp_path / "meetings" / "mine.yaml").write_text(
        "people:\n  - {id: ana, name: Ana Example, country: PT}\n"
        "meetings:\n  - {id: mine, title: My own talks, date: 2024-03-01, participants: [ana]}\n", encoding="utf-8")
    reload_and_wait(qtbot, window)  # what saving a draft does, then it says where
    window.statusBar().showMessage("Draft saved to mine.yaml", 8000)
    with qtbot.waitSignal(window.data_loaded, timeout=10_000):
        pass  # the watcher sees the app's own write a moment later, and reloads
    assert "My own talks" in titles(window)
    assert window.statusBar().currentMessage() == "Draft saved to mine.yaml"


def test_a_change_made_outside_is_still_announced(make_window, qtbot, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "a.yaml").write_text("meetings: []\n", encoding="utf-8")
    window = make_window(folder)
    (folder / "b.yaml").write_text(
        "people:\n  - {id: ana, name: Ana Example, country: PT}\n"
        "meetings:\n  - {id: theirs, title: Their talks, date: 2024-03-01, participants: [ana]}\n", encoding="utf-8")
    with qtbot.waitSignal(window.data_loaded, timeout=10_000):
        pass  # the watcher saw it and the window reloaded
    assert "Their talks" in titles(window)
    assert window.statusBar().currentMessage() == "Data reloaded after a change on disk."
