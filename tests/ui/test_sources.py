"""Remembered sources, as a user meets them: File › Open, the next start, Open Recent,
Close Source, and data files dropped on the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from diplo_gui.ui.shell import sources

from desk_helpers import wait_loaded

TALKS = """\
people:
  - {id: ana, name: Ana Example, country: PT}
  - {id: bo, name: Bo Example, country: SE}
meetings:
  - {id: lisbon-talks, title: Talks in Lisbon, date: 2024-03-01, participants: [ana, bo]}
"""


def titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.list_view.model()
    return [model.index(r, 1).data() for r in range(model.rowCount())]


@pytest.fixture
def talks(tmp_path: Path) -> Path:
    path = tmp_path / "talks.yaml"
    path.write_text(TALKS, encoding="utf-8")
    return path


def open_with_file_menu(qtbot, window, monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    window.open_file_action.trigger()
    wait_loaded(qtbot, window)


def entries(menu) -> list[str]:  # type: ignore[no-untyped-def]
    menu.aboutToShow.emit()  # what opening the menu does
    return [a.data() for a in menu.actions() if a.data()]


def test_a_file_opened_with_file_open_comes_back_at_the_next_start(make_window, monkeypatch, talks, qtbot):
    window = make_window()
    open_with_file_menu(qtbot, window, monkeypatch, talks)
    assert "Talks in Lisbon" in titles(window)
    window.select_meeting("lisbon-talks")
    window.close()
    again = make_window()
    assert "Talks in Lisbon" in titles(again)
    assert again.current_meeting().id == "lisbon-talks"  # the remembered selection with it
    assert entries(again.remembered_sources.close_menu) == [str(talks)]


def test_a_remembered_source_that_is_gone_is_reported_and_the_rest_loads(make_window, talks, tmp_path):
    gone = tmp_path / "gone.yaml"
    settings = QSettings()
    settings.setValue(sources.OPENED, [str(gone), str(talks)])
    settings.sync()
    window = make_window()
    assert "Talks in Lisbon" in titles(window)
    assert len(titles(window)) == 26
    assert str(gone) in window.statusBar().currentMessage()
    assert sources.opened() == [talks]  # not tried again at every start
    window.close()


def test_a_hand_edited_setting_opens_nothing_and_does_not_stop_the_window(make_window):
    settings = QSettings()
    settings.setValue(sources.OPENED, 42)
    settings.sync()
    window = make_window()
    assert len(titles(window)) == 25


def test_open_recent_opens_a_closed_source_again(make_window, monkeypatch, talks, qtbot):
    window = make_window()
    open_with_file_menu(qtbot, window, monkeypatch, talks)
    close_menu = window.remembered_sources.close_menu
    close_menu.aboutToShow.emit()
    next(a for a in close_menu.actions() if a.data() == str(talks)).trigger()
    wait_loaded(qtbot, window)
    assert "Talks in Lisbon" not in titles(window)
    assert not close_menu.menuAction().isEnabled()  # nothing left to close
    window.close()
    again = make_window()
    assert "Talks in Lisbon" not in titles(again)  # a closed source stays closed
    recent = again.remembered_sources.recent_menu
    assert entries(recent) == [str(talks)]
    next(a for a in recent.actions() if a.data() == str(talks)).trigger()
    wait_loaded(qtbot, again)
    assert "Talks in Lisbon" in titles(again)


def test_open_recent_and_close_source_are_in_the_file_menu(make_window):
    window = make_window()
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert texts.index("Open &Recent") == texts.index("Open Data &Folder…") + 1
    assert "&Close Source" in texts


def drop(qtbot, widget, paths: list[Path]) -> QDropEvent:  # type: ignore[no-untyped-def]
    """Drag files from a file manager and drop them at the middle of ``widget``, as Qt delivers it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    pos = target.rect().center()
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    event = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    if enter.isAccepted():
        QApplication.sendEvent(target, event)
    return event


def test_a_yaml_file_dropped_on_the_search_box_loads_and_types_nothing(make_window, qtbot, talks):
    window = make_window()
    event = drop(qtbot, window.search_box, [talks])
    wait_loaded(qtbot, window)
    assert event.isAccepted()
    assert window.search_box.text() == ""  # it used to type file:///…/talks.yaml
    assert "Talks in Lisbon" in titles(window)
    assert sources.opened() == [talks]


def test_a_folder_dropped_on_the_list_loads_its_files(make_window, qtbot, talks):
    window = make_window()
    drop(qtbot, window.list_view, [talks.parent])
    wait_loaded(qtbot, window)
    assert "Talks in Lisbon" in titles(window)


def test_a_file_that_is_not_data_is_refused_and_not_typed(make_window, qtbot, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    window = make_window()
    event = drop(qtbot, window.search_box, [notes])
    assert not event.isAccepted()
    assert window.search_box.text() == ""
    assert len(titles(window)) == 25
