"""File › Import…: a user imports the Office of the Historian's XML and sees the meetings;
Cancel changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from diplo_gui.ui.importing.import_dialog import ImportDialog
from diplo_gui.ui.shell.main_window import user_data_dir

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "history-state-gov"

TRIPS = """<?xml version="1.0" encoding="UTF-8"?>
<trips>
    <trip role="secretary" who="blinken-antony-j">
        <id>4145</id>
        <role>secretary</role>
        <name>Antony John Blinken</name>
        <start-date>2023-06-17</start-date>
        <end-date>2023-06-19</end-date>
        <country id="china">China, People’s Republic of</country>
        <locale>Beijing</locale>
        <remarks>Met with President Xi Jinping and Foreign Minister Qin Gang.
            Toasted &lt;b&gt;friendship&lt;/b&gt;.</remarks>
    </trip>
    <trip role="secretary" who="blinken-antony-j">
        <id>4146</id>
        <role>secretary</role>
        <name>Antony John Blinken</name>
        <start-date>2023-02-30</start-date>
        <end-date>2023-06-19</end-date>
        <country id="china">China</country>
        <locale>Beijing</locale>
        <remarks>Met with Premier Li Qiang.</remarks>
    </trip>
</trips>
"""


@pytest.fixture(autouse=True)
def leave_the_meetings_folder_as_found():  # type: ignore[no-untyped-def]
    """The (isolated) user data folder is shared by the whole test session: what an import writes there goes
    afterwards. Its path is asked once the application exists: Qt's AppDataLocation names the application."""
    yield
    shutil.rmtree(user_data_dir() / "history-state-gov", ignore_errors=True)


def open_import_dialog(window, qtbot) -> ImportDialog:
    window.findChild(type(window.import_action), "importAction").trigger()
    dialog = window.findChild(QDialog, "importDialog")
    assert isinstance(dialog, ImportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_importing_a_file_into_the_meetings_folder_shows_its_meetings_and_problems(make_window, qtbot, tmp_path):
    source = tmp_path / "blinken-antony-j.xml"
    source.write_text(TRIPS, encoding="utf-8")
    window = make_window()
    before = window.proxy.rowCount()
    dialog = open_import_dialog(window, qtbot)
    assert dialog.output.text() == str(user_data_dir() / "history-state-gov")
    qtbot.keyClicks(dialog.sources, str(source))
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "1 meeting and" in dialog.status.text() and "; 1 error, 0 warnings" in dialog.status.text()
    assert f"{source}:18:9: error: <start-date>" in dialog.problems.toPlainText()
    qtbot.waitUntil(lambda: window.proxy.rowCount() == before + 1, timeout=30_000)
    assert window.select_meeting("hsg-trip-4145")
    window.set_search("person:xi-jinping")
    qtbot.waitUntil(lambda: any(m.id == "hsg-trip-4145" for m in window.visible_meetings()), timeout=10_000)
    meeting = next(m for m in window.visible_meetings() if m.id == "hsg-trip-4145")
    assert [(p.person.name, p.role) for p in meeting.participants] == [
        ("Antony Blinken", "Secretary of State"), ("Xi Jinping", "President"), ("Qin Gang", "Foreign Minister")]
    assert meeting.summary == "Toasted <b>friendship</b>."  # markup in the source stays text


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"the Office of the Historian's files are not at {SHARED}")
def test_cancel_leaves_nothing_written(make_window, qtbot, tmp_path):
    window = make_window()
    dialog = open_import_dialog(window, qtbot)
    output = tmp_path / "imported"
    dialog.sources.setPlainText(str(SHARED))
    dialog.output.clear()
    qtbot.keyClicks(dialog.output, str(output))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.worker.cancelled, timeout=60_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Cancelled; the folder was left as it was."
    assert not output.exists() or list(output.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert dialog.import_button.isEnabled()
