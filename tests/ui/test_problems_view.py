"""The Problems view as a user acts on it: read, sort, copy, open at the line, close and reopen."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication

from diplo_gui.ui.reader import problems_view
from diplo_gui.ui.reader.problems_view import ProblemModel, ProblemRole, editor_command

from desk_helpers import reload_and_wait

# In data.yaml a warning at line 6, an error at line 9, a warning at line 13; in a.yaml a warning at line 2.
BROKEN = """\
meetings:
  - id: talks
    title: Talks
    date: 2023-05-02
    participants: [wang-yi, antony-blinken]
    issues: [no-such-issue]
  - id: bad-date
    title: Bad date
    date: 2023-02-30
    participants: [wang-yi]
  - id: more
    title: More
    colour: blue
    date: 2023
    participants: [wang-yi]
"""
EXTRA = "meetings:\n  - {id: extra, title: Extra, date: 2023, participants: [wang-yi, nobody]}\n"


@pytest.fixture
def window(make_window, write_yaml):  # type: ignore[no-untyped-def]
    return make_window(write_yaml(BROKEN), write_yaml(EXTRA, "a.yaml"))


def shown(view) -> list[tuple[str, int, str]]:  # type: ignore[no-untyped-def]
    model = view.model()
    return [(Path(p.path).name, p.line, p.severity.value)
            for p in (model.index(r, 0).data(ProblemRole) for r in range(model.rowCount()))]


def click_header(qtbot, view, column: int) -> None:  # type: ignore[no-untyped-def]
    header = view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2))


def test_the_message_comes_first_and_stays_readable_in_a_narrow_dock(window, qtbot):
    view = window.problems_view
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.problems_dock)
    window.resizeDocks([window.problems_dock], [360], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: view.viewport().width() < 400)
    assert view.columnViewportPosition(ProblemModel.MESSAGE) == 0
    assert view.columnWidth(ProblemModel.MESSAGE) >= view.viewport().width() // 3
    assert view.model().index(0, ProblemModel.MESSAGE).data() == "unknown person 'nobody' is left out"


def test_a_header_click_sorts_and_a_third_gives_back_the_order_of_loading(window, qtbot):
    view = window.problems_view
    loaded = shown(view)
    assert loaded == [("a.yaml", 2, "warning"), ("data.yaml", 6, "warning"), ("data.yaml", 9, "error"),
                      ("data.yaml", 13, "warning")]
    click_header(qtbot, view, ProblemModel.SEVERITY)
    assert shown(view) == [loaded[2], loaded[0], loaded[1], loaded[3]]  # errors first, then by location
    click_header(qtbot, view, ProblemModel.SEVERITY)
    assert shown(view) == [loaded[3], loaded[1], loaded[0], loaded[2]]
    click_header(qtbot, view, ProblemModel.SEVERITY)
    assert shown(view) == loaded
    click_header(qtbot, view, ProblemModel.LOCATION)
    click_header(qtbot, view, ProblemModel.LOCATION)
    assert [line for _, line, _ in shown(view)] == [13, 9, 6, 2]  # 13 after 9: lines are numbers, not text
    click_header(qtbot, view, ProblemModel.MESSAGE)
    assert [line for _, line, _ in shown(view)] == [9, 6, 13, 2]  # date: …, unknown issue, unknown key, unknown person


def test_copy_puts_the_selected_problems_on_the_clipboard(window, qtbot, write_yaml):
    view = window.problems_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    path = str(write_yaml(BROKEN))
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 4
    assert f"{path}:9:11: error: date: '2023-02-30': day 30 is out of range for 2023-02 (1-28) [bad-date]" in lines
    assert [a.text() for a in view.actions()] == ["&Copy", "&Open at Line"]  # also the context menu


def _recording_editor(tmp_path: Path) -> tuple[Path, Path]:
    record = tmp_path / "editor-args.txt"
    script = tmp_path / "my editor"
    script.write_text(f"#!{sys.executable}\nimport sys\nopen({str(record)!r}, 'w').write('\\n'.join(sys.argv[1:]))\n",
                      encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script, record


def test_enter_opens_the_file_at_the_line_in_the_users_editor(window, qtbot, tmp_path, monkeypatch, write_yaml):
    script, record = _recording_editor(tmp_path)
    monkeypatch.setenv("VISUAL", f"'{script}' --wait")  # the variable may hold arguments, and a quoted path
    view = window.problems_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(record.exists, timeout=10_000)
    qtbot.waitUntil(lambda: record.read_text(encoding="utf-8") != "", timeout=10_000)
    assert record.read_text(encoding="utf-8").splitlines() == ["--wait", "+6", str(write_yaml(BROKEN))]


def test_without_an_editor_the_file_opens_in_its_usual_application(window, monkeypatch, write_yaml):
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    opened = []

    class Desktop:
        @staticmethod
        def openUrl(url):  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
            opened.append(url.toLocalFile())
            return True

    monkeypatch.setattr(problems_view, "QDesktopServices", Desktop)
    view = window.problems_view
    view.setCurrentIndex(view.model().index(1, 0))
    view.open_action.trigger()
    assert opened == [str(write_yaml(BROKEN))]


def test_an_editor_that_cannot_start_is_said_in_the_status_bar(window, monkeypatch, tmp_path):
    monkeypatch.setenv("EDITOR", str(tmp_path / "no-such-editor"))
    monkeypatch.delenv("VISUAL", raising=False)
    view = window.problems_view
    view.setCurrentIndex(view.model().index(0, 0))
    view.open_action.trigger()
    assert window.statusBar().currentMessage() == (
        f"Cannot start the editor “{tmp_path / 'no-such-editor'}” (from $VISUAL or $EDITOR).")


def test_the_editor_command_names_the_line_as_each_editor_reads_it():
    env = {"EDITOR": "vim"}
    assert editor_command("data.yaml", 9, 11, env) == ["vim", "+9", os.path.abspath("data.yaml")]
    assert editor_command("-rf", 1, 1, env)[-1] == os.path.abspath("-rf")  # never read as an option
    assert editor_command("/d/x.yaml", 9, 11, {"VISUAL": "code --wait", "EDITOR": "vim"}) == [
        "code", "--wait", "--goto", "/d/x.yaml:9:11"]
    assert editor_command("/d/x.yaml", 9, 11, {"VISUAL": " ", "EDITOR": "emacsclient -n"}) == [
        "emacsclient", "-n", "+9", "/d/x.yaml"]
    assert editor_command("/d/x.yaml", 9, 11, {}) is None


def test_closed_by_the_user_it_stays_closed_until_the_status_bar_count_opens_it(window, qtbot):
    dock = window.problems_dock
    assert dock.isVisible()
    close = next(b for b in dock.findChildren(QAbstractButton) if b.objectName() == "qt_dockwidget_closebutton")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dock.isVisible()
    reload_and_wait(qtbot, window)
    assert not dock.isVisible()  # the same problems again: the user has seen them

    assert window.counts_label.text() == f"{len(window.dataset.meetings)} meetings · 4 problems (1 error)"
    assert window.counts_label.cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.mouseClick(window.counts_label, Qt.MouseButton.LeftButton)
    assert dock.isVisible()
    assert QApplication.focusWidget() is window.problems_view
    reload_and_wait(qtbot, window)
    assert dock.isVisible()


def test_closed_from_the_view_menu_it_stays_closed_too(window, qtbot):
    dock = window.problems_dock
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not dock.isVisible()
    reload_and_wait(qtbot, window)
    assert not dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert dock.isVisible()
    reload_and_wait(qtbot, window)
    assert dock.isVisible()


def test_the_sorted_view_passes_the_model_tester(window, qtmodeltester):
    qtmodeltester.check(window.problems_view.model())
