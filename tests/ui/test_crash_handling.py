"""No silent crash: an exception in a slot is logged, shown once as a readable message, and survived."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from diplo_gui import app
from diplo_gui.ui.shell import crash_handler


class Boom(RuntimeError):
    pass


def _failing_slot() -> None:
    raise Boom("the <b>model</b> lost its rows\nsecond line of detail")


@pytest.fixture
def broken_action(make_window, monkeypatch):  # type: ignore[no-untyped-def]
    """The real window, with one extra menu action (Ctrl+Alt+B) whose slot raises."""
    # Without pytest-qt's capture nobody restores the hooks after the test: monkeypatch does.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    window = make_window()
    action = QAction("Break", window)
    action.setShortcut("Ctrl+Alt+B")
    action.triggered.connect(_failing_slot)
    window.addAction(action)
    shown: list[tuple[str, str]] = []
    handler = crash_handler.installed()
    assert handler is not None and sys.excepthook == handler.excepthook
    handler.show_message = lambda title, text: shown.append((title, text))
    return window, shown


@pytest.mark.qt_no_exception_capture  # the app's own hook is what is under test
def test_an_exception_in_a_slot_is_logged_shown_once_and_survived(broken_action, qtbot):
    window, shown = broken_action
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(shown) == 1)

    title, text = shown[0]
    assert title == "Diplo: something went wrong"
    assert "Boom: the <b>model</b> lost its rows" in text  # one readable line, no traceback wall
    assert "second line" not in text and "Traceback" not in text and "File \"" not in text
    log_file = crash_handler.log_path()
    assert str(log_file) in text
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "_failing_slot" in logged
    assert "second line of detail" in logged  # the full details are in the log

    # The same error again is logged, not shown again.
    before = logged.count("Traceback")
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.wait(50)
    assert len(shown) == 1
    assert log_file.read_text(encoding="utf-8").count("Traceback") == before + 1

    # The window keeps working: typing still filters the list, and the detail still follows.
    qtbot.keyClicks(window.search_box, "Malta")
    assert [m.id for m in window.visible_meetings()] == ["2023-09-16-wang-yi-sullivan-malta"]
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # Enter jumps to the results
    assert window.current_meeting().id == "2023-09-16-wang-yi-sullivan-malta"


@pytest.mark.qt_no_exception_capture
def test_the_real_message_box_is_plain_text_and_closes(broken_action, qtbot):
    window, _shown = broken_action
    handler = crash_handler.installed()
    handler.show_message = handler._show_box  # the real dialog this time
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert box.textFormat() == Qt.TextFormat.PlainText  # "<b>model</b>" is shown as typed
    assert "<b>model</b>" in box.text()
    box.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not any(isinstance(w, QMessageBox) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))


def test_debug_raises_the_log_level():
    assert app.parse_args(["--debug"]).debug is True
    assert app.parse_args([]).debug is False
    log = logging.getLogger("diplo_gui")
    try:
        crash_handler.setup_logging(debug=True)
        assert log.getEffectiveLevel() == logging.DEBUG
        crash_handler.setup_logging(debug=False)
        assert log.getEffectiveLevel() == logging.INFO
    finally:
        crash_handler.setup_logging(debug=False)


def test_debug_logs_every_loaded_problem(write_yaml):
    from diplo_gui.core import loading

    path = write_yaml("meetings:\n  - {id: x, title: T, date: 2023-02-30, participants: [a]}\n")
    crash_handler.setup_logging(debug=True)
    try:
        loading.load([path])
    finally:
        crash_handler.setup_logging(debug=False)
    logged = crash_handler.log_path().read_text(encoding="utf-8")
    assert f"{path}:2:29: error:" in logged and "bad-date" in logged


def test_with_debug_the_window_logs_what_it_read(make_window, write_yaml):
    path = write_yaml("meetings:\n  - {id: y, title: T, date: 2023-13, participants: [wang-yi]}\n", "debug.yaml")
    crash_handler.setup_logging(debug=True)
    try:
        make_window(path)
    finally:
        crash_handler.setup_logging(debug=False)
    logged = crash_handler.log_path().read_text(encoding="utf-8")
    assert f"{path}:2:29: error: date: '2023-13': month 13 is out of range 1-12 [bad-date]" in logged
    assert "DEBUG diplo_gui.core" in logged


def test_an_exception_in_another_thread_is_logged(make_window, monkeypatch):
    monkeypatch.setattr(threading, "excepthook", lambda args: None)  # stands for the previous hook (pytest's)
    make_window()
    worker = threading.Thread(target=_failing_slot, name="loader-thread")
    worker.start()
    worker.join()
    logged = crash_handler.log_path().read_text(encoding="utf-8")
    assert "uncaught exception in thread loader-thread" in logged
