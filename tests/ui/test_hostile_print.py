"""Printing a long list runs beside the window and prints every page; a preview too long to
draw in the window offers the same pages as a PDF instead.

(How long printing takes, and how fast the window answers meanwhile, is measured by
benchmarks/hostile_print.py.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QPushButton
from test_export_window import action, pdf_pages  # tests/ui is on sys.path
from test_hostile_export import archive

from diplo_gui.ui.export import export_actions


def print_to(window, target: Path) -> list[QPrinter]:  # type: ignore[no-untyped-def]
    """Answer the print dialog as a user choosing "Print to File (PDF)" does."""
    asked: list[QPrinter] = []

    def dialog(printer: QPrinter) -> bool:
        asked.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    window.export_actions.run_print_dialog = dialog
    return asked


def test_printing_a_long_list_shows_progress_and_the_window_keeps_answering(make_window, qtbot, tmp_path):
    window = make_window(archive(tmp_path / "data"))
    assert len(window.visible_meetings()) > export_actions.IN_WINDOW_PDF_MEETINGS
    target = tmp_path / "printed.pdf"
    print_to(window, target)
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)

    action(window, "printListAction").trigger()  # File › Print › Filtered List…

    dialog = window.findChild(QProgressDialog, "printProgressDialog")
    assert dialog is not None and dialog.isVisible() and window.export_actions.printing()
    assert ticks == []  # the action returned at once: the pages are painted beside the window
    qtbot.waitUntil(lambda: not window.export_actions.printing(), timeout=120_000)
    timer.stop()
    assert ticks  # the window's event loop ran while the pages were painted
    assert window.statusBar().currentMessage() == "Sent “Diplomatic meetings” to the printer."
    text = "\n".join(pdf_pages(target.read_bytes()))
    assert "Talks number 0" in text and "Talks number 59" in text


def test_a_print_of_thousands_of_meetings_has_every_page(make_window, qtbot, tmp_path):
    # QTextDocument.print_ stopped after about 600 pages without a word: 2,500 meetings are about 800.
    window = make_window(archive(tmp_path / "data", 2500))
    target = tmp_path / "printed.pdf"
    print_to(window, target)
    assert window.export_actions.print_scope("list")
    qtbot.waitUntil(lambda: not window.export_actions.printing(), timeout=300_000)
    pages = pdf_pages(target.read_bytes())
    assert len(pages) > 700
    text = "\n".join(pages)
    assert "Talks number 0" in text and "Talks number 2499" in text
    assert pages[-1].split()[-1] == str(len(pages))  # the page number at the foot of the last page


def test_cancelling_a_print_sends_nothing_and_leaves_no_file(make_window, qtbot, tmp_path):
    window = make_window(archive(tmp_path / "data", 2500))
    target = tmp_path / "printed.pdf"
    print_to(window, target)
    assert window.export_actions.print_scope("list")
    job = window.export_actions.print_job
    dialog = window.findChild(QProgressDialog, "printProgressDialog")
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    assert not window.export_actions.printing() and not job.is_running()
    assert not target.exists()
    assert window.statusBar().currentMessage().startswith("Printing cancelled")


def test_a_preview_too_long_to_draw_offers_the_pdf_instead(make_window, qtbot, tmp_path):
    window = make_window(archive(tmp_path / "data", export_actions.PREVIEW_MAX_MEETINGS + 1))
    offered: list[int] = []
    previews: list[QPrinter] = []
    window.export_actions.ask_instead_of_preview = lambda count: offered.append(count) or "pdf"  # Export as PDF…
    window.export_actions.run_preview = lambda printer, paint: previews.append(printer)
    target = tmp_path / "list.pdf"
    window.export_actions.ask_save_path = lambda *_: str(target)

    with qtbot.waitSignal(window.export_actions.exported, timeout=120_000):
        action(window, "previewListAction").trigger()  # File › Print Preview › Filtered List…

    assert offered == [len(window.visible_meetings())] and previews == []
    text = "\n".join(pdf_pages(target.read_bytes()))
    assert f"Talks number {export_actions.PREVIEW_MAX_MEETINGS}" in text


def test_a_list_short_enough_is_previewed_in_the_window(make_window, qtbot, tmp_path):
    window = make_window(archive(tmp_path / "data", export_actions.PREVIEW_MAX_MEETINGS - 40))
    assert len(window.visible_meetings()) <= export_actions.PREVIEW_MAX_MEETINGS  # with the bundled meetings
    window.export_actions.ask_instead_of_preview = lambda count: pytest_fail(count)
    previews: list = []
    window.export_actions.run_preview = lambda printer, paint: previews.append((printer, paint))
    action(window, "previewListAction").trigger()
    [(printer, paint)] = previews
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "preview.pdf"))
    paint(printer)  # what the preview dialog draws its pages with
    text = "\n".join(pdf_pages((tmp_path / "preview.pdf").read_bytes()))
    assert f"Talks number {export_actions.PREVIEW_MAX_MEETINGS - 41}" in text


def pytest_fail(count: int) -> None:
    raise AssertionError(f"a list of {count} meetings was not previewed")
