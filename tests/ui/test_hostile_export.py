"""A long PDF export runs beside the window: progress, Cancel, nothing left behind.

(How long it takes, and how fast the window answers meanwhile, is measured by
benchmarks/hostile_pdf_export.py.)
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QPushButton

from diplo_gui.ui.export import export_actions

MEETINGS = 60


def archive(folder: Path, count: int = MEETINGS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "many.yaml"
    path.write_text("meetings:\n" + "".join(
        f"  - {{id: many-{n}, title: Talks number {n}, date: 2022-01-{n % 28 + 1:02d}, participants: [wang-yi],"
        f" summary: {'A summary of what was said. ' * 20}}}\n" for n in range(count)), encoding="utf-8")
    return path


def start_list_pdf(window, target: Path) -> None:  # type: ignore[no-untyped-def]
    window.export_actions.ask_save_path = lambda *_: str(target)
    window.findChild(type(window.export_actions.copy_quote_action), "exportListPdfAction").trigger()


def test_a_long_pdf_export_shows_progress_and_the_window_keeps_answering(make_window, qtbot, tmp_path):
    from test_export_window import pdf_pages  # tests/ui is on sys.path

    window = make_window(archive(tmp_path / "data"))
    assert len(window.visible_meetings()) > export_actions.IN_WINDOW_PDF_MEETINGS
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    target = tmp_path / "out" / "list.pdf"
    target.parent.mkdir()
    with qtbot.waitSignal(window.export_actions.exported, timeout=120_000) as written:
        start_list_pdf(window, target)
        dialog = window.findChild(QProgressDialog, "pdfProgressDialog")
        assert dialog is not None and dialog.isVisible()
        assert ticks == []  # (the export returned at once: what follows runs while the PDF is written)
        steps: list[tuple[int, int]] = []
        dialog.findChild(QProgressBar).valueChanged.connect(
            lambda value: steps.append((value, dialog.maximum())))
    timer.stop()
    assert (1, 1) in steps  # the writer's progress reached the bar (60 meetings: one group of pages)
    assert written.args == [target]
    assert ticks  # the window's event loop ran while the PDF was being written
    text = "\n".join(pdf_pages(target.read_bytes()))
    assert "Talks number 0" in text and f"Talks number {MEETINGS - 1}" in text
    assert "Exported" in window.statusBar().currentMessage()
    assert sorted(p.name for p in target.parent.iterdir()) == ["list.pdf"]


def test_cancel_stops_the_writer_and_leaves_nothing(make_window, qtbot, tmp_path):
    window = make_window(archive(tmp_path / "data"))
    target = tmp_path / "out" / "list.pdf"
    target.parent.mkdir()
    start_list_pdf(window, target)
    job = window.export_actions.pdf_job
    qtbot.waitUntil(lambda: job.process.processId() > 0, timeout=10_000)
    pid = job.process.processId()
    dialog = window.findChild(QProgressDialog, "pdfProgressDialog")
    [cancel] = dialog.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert window.export_actions.pdf_job is None
    assert "cancelled" in window.statusBar().currentMessage()
    qtbot.wait(500)
    assert not target.exists()
    assert list(target.parent.iterdir()) == []
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_the_next_start_removes_what_a_killed_export_left(make_window, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / ".list.pdf.k3j2h1g0.part").write_bytes(b"%PDF-half")
    (folder / "mine.pdf").write_bytes(b"%PDF-mine")
    QSettings().setValue("export/folder", str(folder))
    make_window()
    assert sorted(p.name for p in folder.iterdir()) == ["mine.pdf"]
