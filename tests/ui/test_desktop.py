"""Desktop behaviour: the window remembers where the user left it, follows light and dark,
shows the user's data folder, and says in About where everything comes from."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QPoint, QSettings, QSize, QStandardPaths, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QPalette, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QMenu, QTableView, QWidget

from diplo_gui import APP_NAME
from diplo_gui.app import main
from diplo_gui.ui.reader.meeting_list import DEFAULT_SHARES
from diplo_gui.ui.reader.meeting_model import MeetingTableModel

MALTA = "2023-09-16-wang-yi-sullivan-malta"
UNGA = "2023-09-18-blinken-han-zheng"


def titles(window) -> list[str]:
    model = window.findChild(QTableView, "meetingList").model()
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def menu_action(window, *path: str) -> QAction:
    """The action a user reaches through the menu bar, by the menu texts they read."""
    actions = window.menuBar().actions()
    for i, text in enumerate(path):
        action = next(a for a in actions if a.text().replace("&", "") == text)
        if i == len(path) - 1:
            return action
        menu = action.menu()
        assert isinstance(menu, QMenu)
        actions = menu.actions()
    raise AssertionError(path)


def click_header(qtbot, window, column: int) -> None:
    header = window.list_view.horizontalHeader()
    x = header.sectionViewportPosition(column) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def window_colour(window) -> int:
    return window.palette().color(QPalette.ColorRole.Window).lightness()


def test_layout_search_sort_and_selection_come_back_on_the_next_start(make_window, qtbot):
    window = make_window()
    # Inside the offscreen screen (800x800): restoring clamps to it. Wide enough for the list to
    # be more than its minimum beside the Filters, so that the title can be dragged wider.
    window.resize(780, 500)
    size = window.size()  # the minimum height may have grown it a little
    assert size != QSize(1240, 780)  # not the first-start size
    header = window.list_view.horizontalHeader()
    title, place = header.sectionSize(MeetingTableModel.TITLE), header.sectionSize(MeetingTableModel.PLACE)
    header.resizeSection(MeetingTableModel.TITLE, title - 30)  # the place beside it takes the difference
    assert (header.sectionSize(MeetingTableModel.TITLE), header.sectionSize(MeetingTableModel.PLACE)) == (
        title - 30, place + 30)
    assert header.sectionSize(MeetingTableModel.PLACE) > header.sectionSize(MeetingTableModel.TITLE)
    shares = window.list_view.column_shares()
    assert shares[MeetingTableModel.TITLE] < DEFAULT_SHARES[MeetingTableModel.TITLE]
    click_header(qtbot, window, MeetingTableModel.PLACE)  # sort by place
    qtbot.keyClicks(window.search_box, "blinken")
    rect = window.list_view.visualRect(window.proxy.index(1, 1))
    qtbot.mouseClick(window.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = window.current_meeting().id
    window.splitter.setSizes([420, 270])
    sizes = window.splitter.sizes()
    shown = titles(window)
    assert len(shown) > 1 and shown != sorted(shown)  # sorted by place, not by title
    window.close()

    again = make_window()
    assert again is not window
    assert again.size() == size
    assert again.search_box.text() == "blinken"
    assert titles(again) == shown
    # The columns share the width: their shares come back as they were, whatever the list's
    # width then and now (a scroll bar more or less, a date column held at its minimum).
    assert again.list_view.column_shares() == shares
    again_header = again.list_view.horizontalHeader()
    assert again_header.sectionSize(MeetingTableModel.PLACE) > again_header.sectionSize(MeetingTableModel.TITLE)
    assert again.list_view.horizontalHeader().sortIndicatorSection() == MeetingTableModel.PLACE
    assert again.splitter.sizes() == sizes
    assert again.current_meeting().id == chosen
    assert chosen in again.detail.toPlainText() or again.current_meeting().title in again.detail.toPlainText()


def test_a_session_in_a_narrow_window_does_not_widen_the_date_column_later(make_window, qtbot):
    window = make_window()
    window.resize(700, 500)  # the list at its minimum: the date column is held at its own (the text of a date)
    header = window.list_view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(MeetingTableModel.DATE) > header.sectionSize(MeetingTableModel.TITLE))
    # ... and the list is never narrower than its columns at their minimums: none is cut off.
    assert sum(header.sectionSize(c) for c in range(header.count())) <= window.list_view.viewport().width()
    window.close()

    again = make_window()
    again.resize(1600, 700)  # a wide window: every column has room for its share
    again_header = again.list_view.horizontalHeader()
    qtbot.waitUntil(lambda: again.list_view.viewport().width() > 700)
    assert again.list_view.column_shares() == list(DEFAULT_SHARES)  # not the narrow window's pixels
    width = again.list_view.viewport().width()
    assert abs(again_header.sectionSize(MeetingTableModel.DATE) - DEFAULT_SHARES[0] * width) <= 1
    assert again_header.sectionSize(MeetingTableModel.TITLE) > 2 * again_header.sectionSize(MeetingTableModel.DATE)


def test_ticked_filters_come_back_on_the_next_start(make_window, qtbot):
    from test_explore import facet_item, shown, tick

    window = make_window()
    tick(qtbot, window, "country", "Malta")
    assert shown(window) == [MALTA]
    window.close()

    again = make_window()
    assert shown(again) == [MALTA]
    assert facet_item(again, "country", "Malta")[1].checkState() == Qt.CheckState.Checked
    assert "1 of 25 meetings" in again.counts_label.text()
    again.explore.facet_panel.clear()
    again.close()
    assert len(shown(make_window())) == 25  # cleared filters are remembered as cleared


def test_a_damaged_filters_setting_is_ignored(make_window):
    settings = QSettings(APP_NAME, APP_NAME)  # the app's names may not be set yet: say them
    settings.setValue("list/facets", "{not json")
    settings.sync()
    assert len(make_window().visible_meetings()) == 25


def test_hostile_remembered_filters_open_as_plain_removable_filters(make_window, qtbot):
    import json

    settings = QSettings(APP_NAME, APP_NAME)
    settings.setValue("list/facets", json.dumps({"person": ["<img src='file:///etc/passwd'>", 7], "issue": "taiwan",
                                                 "from": "2023-13-01", "to": ["x"]}))
    settings.sync()
    window = make_window()
    panel = window.explore.facet_panel
    [chip] = panel.chip_buttons()  # the markup person only: a number, a bare string and bad dates are dropped
    assert chip.text() == "Person: <img src='file:///etc/passwd'>  ✕"  # shown as typed, never rendered
    assert window.visible_meetings() == []  # nobody by that name: an empty list that says why
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert len(window.visible_meetings()) == 25


def test_a_first_start_has_no_search_and_no_selection(make_window):
    window = make_window()
    assert window.search_box.text() == ""
    assert window.current_meeting() is None


def test_a_meeting_that_is_gone_is_not_an_error_on_the_next_start(make_window, write_yaml):
    path = write_yaml("meetings:\n  - {id: mine, title: Mine, date: 2024-01-02, participants: [antony-blinken]}\n")
    window = make_window(path)
    assert window.select_meeting("mine")
    window.close()
    path.unlink()
    again = make_window()
    assert again.current_meeting() is None
    assert len(titles(again)) == 25


def test_a_settings_file_with_nonsense_still_opens(make_window):
    settings = QSettings(APP_NAME, APP_NAME)
    for key in ("window/geometry", "window/state", "window/splitter", "list/header"):
        settings.setValue(key, "not a layout")
    settings.setValue("list/search", 42)
    settings.setValue("view/theme", "purple")
    settings.sync()
    window = make_window()
    assert len(titles(window)) == 25
    assert window.theme_actions[next(iter(window.theme_actions))].isChecked()  # System


def test_options_override_what_was_remembered(make_window, tmp_path, qtbot):
    window = make_window()
    qtbot.keyClicks(window.search_box, "beijing")
    window.close()
    shot = tmp_path / "shot.png"
    assert main(["--select", UNGA, "--screenshot", str(shot)]) == 0  # UNGA is not in a "beijing" search
    started = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible())
    qtbot.addWidget(started)
    assert started.search_box.text() == ""
    assert started.current_meeting().id == UNGA
    # Laid out as a user sees it, with its data (it was once laid out before the data came):
    # the related meetings under the detail, the whole count in the status bar.
    related = started.findChild(QWidget, "relatedMeetings")
    assert related.isVisible() and related.height() > 60
    assert started.counts_label.width() >= started.counts_label.sizeHint().width()
    started.close()
    assert main(["--search", "malta", "--screenshot", str(shot)]) == 0
    started = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible())
    qtbot.addWidget(started)
    assert started.search_box.text() == "malta"
    assert titles(started) == ["Wang Yi and Jake Sullivan meet in Malta"]


def test_view_theme_dark_darkens_the_window_and_the_detail_pane_and_is_remembered(make_window, qtbot):
    window = make_window()
    window.select_meeting(UNGA)
    assert window_colour(window) > 128  # offscreen Qt has a light system palette
    dark = menu_action(window, "View", "Theme", "Dark")
    assert dark.isCheckable() and not dark.isChecked()
    dark.trigger()
    assert dark.isChecked()
    qtbot.waitUntil(lambda: window_colour(window) < 100)  # widgets take the new palette from the event loop
    detail_palette = window.detail.palette()
    assert detail_palette.color(QPalette.ColorRole.Base).lightness() < 100
    assert detail_palette.color(QPalette.ColorRole.Text).lightness() > 200
    # The detail pane re-rendered its page with the dark palette's link colour.
    link = detail_palette.color(QPalette.ColorRole.Link).name()
    assert link in window.detail.document().defaultStyleSheet()
    window.close()

    again = make_window()
    assert menu_action(again, "View", "Theme", "Dark").isChecked()
    assert window_colour(again) < 100
    menu_action(again, "View", "Theme", "Light").trigger()
    qtbot.waitUntil(lambda: window_colour(again) > 128)
    menu_action(again, "View", "Theme", "Dark").trigger()
    qtbot.waitUntil(lambda: window_colour(again) < 100)
    menu_action(again, "View", "Theme", "System").trigger()
    qtbot.waitUntil(lambda: window_colour(again) > 128)
    assert not menu_action(again, "View", "Theme", "Dark").isChecked()


def test_light_theme_is_remembered_too(make_window):
    window = make_window()
    menu_action(window, "View", "Theme", "Light").trigger()
    window.close()
    assert menu_action(make_window(), "View", "Theme", "Light").isChecked()


def test_show_my_data_folder_opens_the_user_folder_in_the_file_manager(make_window):
    window = make_window()
    opened: list[QUrl] = []
    window.show_in_file_manager = opened.append
    window.open_external = lambda url: opened.append(QUrl("wrong:" + url.toString()))
    menu_action(window, "File", "Show My Data Folder").trigger()
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "meetings"
    assert opened == [QUrl.fromLocalFile(str(folder))]
    assert folder.is_dir()


def test_about_names_versions_sources_licences_and_the_data_folder(make_window):
    window = make_window()
    text = window.about_html()
    shown = QTextDocumentFragment.fromHtml(text).toPlainText()  # as the dialog reads, entities resolved
    for expected in (qVersion(), PySide6.__version__, platform.python_version(), "Reuters", "MIT",
                     "LGPLv3", "our own wording", "an interpreter's or a translator's", "diplo-data verify",
                     "meetings", "msgspec (BSD-3-Clause)", "GeoNames data (geonames.org, CC BY 4.0)"):
        assert expected in shown, expected
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "meetings"
    assert str(folder) in text


def test_system_follows_the_desktop_when_it_switches_between_light_and_dark(make_window, qtbot):
    from PySide6.QtGui import QGuiApplication

    window = make_window()
    assert menu_action(window, "View", "Theme", "System").isChecked()
    desktop = {"scheme": Qt.ColorScheme.Dark}
    window.theme_controller.system_scheme = lambda: desktop["scheme"]
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop switched to dark
    qtbot.waitUntil(lambda: window_colour(window) < 100)
    desktop["scheme"] = Qt.ColorScheme.Light
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: window_colour(window) > 128)
    # A chosen theme stays when the desktop switches.
    menu_action(window, "View", "Theme", "Light").trigger()
    desktop["scheme"] = Qt.ColorScheme.Dark
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    QApplication.processEvents()  # deliver any palette change there might be: there must be none
    assert window_colour(window) > 128


def test_switching_to_dark_recolours_the_filter_lists_too(make_window, qtbot):
    from PySide6.QtWidgets import QListWidget

    window = make_window()
    held = window.findChild(QListWidget, "statusFacet")
    qtbot.waitUntil(lambda: held.count() > 0)
    assert held.item(0).foreground().color().lightness() < 100  # dark text on the light list
    menu_action(window, "View", "Theme", "Dark").trigger()
    qtbot.waitUntil(lambda: held.item(0).foreground().color().lightness() > 200)  # light text on the dark list


def test_the_filter_headings_stay_readable_from_dark_back_to_light(make_window, qtbot):
    from PySide6.QtWidgets import QLabel

    def darkest_and_lightest(label: QLabel) -> tuple[int, int]:
        image = label.grab().toImage()
        values = [image.pixelColor(x, y).lightness() for x in range(image.width()) for y in range(image.height())]
        return min(values), max(values)

    window = make_window()
    heading = next(label for label in window.explore.facet_panel.findChildren(QLabel) if label.text() == "Status")
    assert darkest_and_lightest(heading)[0] < 30  # black letters on the light window
    menu_action(window, "View", "Theme", "Dark").trigger()
    # Light letters on the dark window: no black left (the window itself is dark grey, not black).
    qtbot.waitUntil(lambda: darkest_and_lightest(heading)[0] > 30 and darkest_and_lightest(heading)[1] > 200)
    menu_action(window, "View", "Theme", "Light").trigger()
    qtbot.waitUntil(lambda: darkest_and_lightest(heading)[0] < 30)  # black letters again
