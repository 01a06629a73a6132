"""Taking meetings out of the window: File › Export, Print, Print Preview, and Edit › Copy Quote with Citation.

What is exported is what the reader sees: the current meeting, the list as filtered
and sorted, or the Explore tab in front (an issue thread, a person's meetings, a pair's
history). The text of every format comes from ``diplo_gui.core.export`` (the same
functions ``diplo-data export`` uses, so both give the same file); PDF and printing lay
out that same HTML with Qt's QTextDocument. Files are written atomically by
``core.atomic``. Every dialog is a replaceable callable, so tests never block on one.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QMimeData,
    QObject,
    QProcess,
    QProcessEnvironment,
    QSettings,
    QStandardPaths,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu, QProgressDialog

from ...core import atomic, export
from ...core.citation import Citation
from ...core.model import Meeting
from ..reader.safe_text import language_name, warn
from .pdf_writer import html_document, page_setup, pdf_bytes_from_html, print_pages, printer_settings

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow

MEETING, LIST, PAGE = "meeting", "list", "page"
_FOLDER_KEY = "export/folder"
# A PDF of more meetings than this is written by a child process (the PDF writer diplo-data
# runs), with progress and Cancel: the window stays live (4,000 meetings take seconds), and
# Cancel can stop it at once. A few meetings take less than a blink in the window itself.
IN_WINDOW_PDF_MEETINGS = 10
# Printing more meetings than that is done by the same writer in a child process (its painter is
# linear in length, where QTextDocument.print_ is quadratic and, past some 600 pages, silently
# stops), with progress and Cancel. Qt's print preview paints every page in the window at once:
# beyond this many meetings (some 60 ms), the window offers a PDF or printing instead.
PREVIEW_MAX_MEETINGS = 100


@dataclass(frozen=True)
class ExportFormat:
    key: str
    label: str
    suffix: str


FORMATS = {f.key: f for f in (
    ExportFormat("markdown", "Markdown", "md"),
    ExportFormat("html", "HTML", "html"),
    ExportFormat("pdf", "PDF", "pdf"),
    ExportFormat("csv", "CSV", "csv"),
    ExportFormat("json", "JSON", "json"),
)}
# CSV is a table of meetings: it is offered for the list, as the issue asks.
SCOPE_FORMATS = {MEETING: ("markdown", "html", "pdf", "json"), LIST: ("markdown", "html", "pdf", "csv", "json"),
                 PAGE: ("markdown", "html", "pdf", "csv", "json")}


def print_document(meetings: Sequence[Meeting], title: str) -> QTextDocument:
    """The export's HTML laid out by Qt, for the printer and the preview."""
    return html_document(export.to_html(meetings, title), title)


def pdf_bytes(meetings: Sequence[Meeting], title: str) -> bytes:
    """An A4 PDF of the meetings: the same writer ``diplo-data export --format pdf`` runs."""
    return pdf_bytes_from_html(export.to_html(meetings, title), title)


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class _WriterJob(QObject):
    """The PDF writer (``python -m diplo_gui.ui.export.pdf_writer``) run in a child process that
    dies with the window, with a progress dialog and Cancel; subclasses say what it writes to
    and what its end means. ``label``, ``caption`` and ``cancel`` come translated."""

    dialog: QProgressDialog | None  # None once the job has ended

    def __init__(self, window: QMainWindow, html: str, title: str, output: str, extra: list[str],
                 label: str, caption: str, cancel: str, dialog_name: str) -> None:
        super().__init__(window)
        self._stderr = b""
        self.dialog = QProgressDialog(label, cancel, 0, 0, window)  # busy until the writer says how many groups
        self.dialog.setObjectName(dialog_name)
        self.dialog.setWindowTitle(caption)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.show()
        self.process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("DIPLO_PARENT_PID", str(os.getpid()))  # the writer dies with the window
        self.process.setProcessEnvironment(environment)
        self.process.readyReadStandardOutput.connect(self._progress)
        self.process.readyReadStandardError.connect(self._keep_error)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._failed_to_start)
        self.process.start(sys.executable, ["-m", "diplo_gui.ui.export.pdf_writer", "-", output, "--title", title,
                                            "--progress", *extra])
        self.process.write(html.encode("utf-8"))
        self.process.closeWriteChannel()

    @Slot()
    def _progress(self) -> None:
        # The writer prints "progress DONE TOTAL" as each group of meetings is on its pages.
        for line in bytes(self.process.readAllStandardOutput().data()).decode("ascii", "replace").splitlines():
            words = line.split()
            if self.dialog is None:
                return  # ended: nothing left to show progress on
            if len(words) == 3 and words[0] == "progress" and words[1].isdigit() and words[2].isdigit():
                self.dialog.setMaximum(int(words[2]))
                self.dialog.setValue(int(words[1]))

    @Slot()
    def _keep_error(self) -> None:
        self._stderr = (self._stderr + bytes(self.process.readAllStandardError().data()))[-4000:]

    def is_running(self) -> bool:
        return self.process.state() != QProcess.ProcessState.NotRunning

    def _kill(self) -> None:
        if self.is_running():
            self.process.finished.disconnect(self._finished)
            self.process.kill()
            self.process.waitForFinished(2000)

    def _last_error(self, fallback: str) -> str:
        """The writer's last line on standard error (its message), or ``fallback``."""
        self._keep_error()
        lines = [ln.strip() for ln in self._stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
        return lines[-1] if lines else fallback

    def _close_dialog(self) -> bool:
        """Close the progress dialog; False if the job had ended already."""
        if self.dialog is None:
            return False
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.dialog = None
        self.deleteLater()
        return True

    @Slot()
    def cancel(self) -> None:
        raise NotImplementedError

    @Slot(int, QProcess.ExitStatus)
    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        raise NotImplementedError

    @Slot(QProcess.ProcessError)
    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        raise NotImplementedError


class PdfJob(_WriterJob):
    """One PDF written in a child process, with a progress dialog.

    ``done(path or None, error message)``: the path once written; None and "" when cancelled.
    """

    done = Signal(object, str)

    def __init__(self, window: QMainWindow, html: str, title: str, target: Path, count: int) -> None:
        self.target = target
        super().__init__(window, html, title, str(target), [],
                         self.tr("Writing %s meetings as PDF…") % f"{count:,}", self.tr("Export as PDF"),
                         self.tr("Cancel"), "pdfProgressDialog")

    @Slot()
    def cancel(self) -> None:
        self._kill()
        atomic.remove_leftovers(self.target.parent)  # the killed writer's .part file
        self._end(None, "")

    @Slot(int, QProcess.ExitStatus)
    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if code == 0 and status == QProcess.ExitStatus.NormalExit and self.target.is_file():
            self._end(self.target, "")
            return
        atomic.remove_leftovers(self.target.parent)
        self._end(None, self._last_error(self.tr("the PDF writer stopped (exit status %s)") % code))

    @Slot(QProcess.ProcessError)
    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._end(None, self.tr("cannot run the PDF writer: %s") % self.process.errorString())

    def _end(self, path: Path | None, error: str) -> None:
        if self._close_dialog():
            self.done.emit(path, error)


class PrintJob(_WriterJob):
    """One print run painted by the PDF writer (``--print``) in a child process, with a progress
    dialog and Cancel.

    Qt's text layout holds the interpreter lock while it works: on a thread of the window it
    would freeze it all the same. The child paints on the printer the print dialog chose (its
    settings go along as JSON); Cancel kills it before its end, and a print ended early sends
    nothing to the printer. ``done(error)``: "" once printed, None when cancelled, else why not.
    """

    done = Signal(object)

    def __init__(self, window: QMainWindow, html: str, title: str, printer: QPrinter, count: int) -> None:
        self._printer = printer
        super().__init__(window, html, title, "-", ["--print", json.dumps(printer_settings(printer))],
                         self.tr("Printing %s meetings…") % f"{count:,}", self.tr("Print"), self.tr("Cancel"),
                         "printProgressDialog")

    @Slot()
    def cancel(self) -> None:
        self._kill()
        if self._printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and self._printer.outputFileName():
            try:  # printed to a file: what was written before Cancel is not a whole print
                Path(self._printer.outputFileName()).unlink(missing_ok=True)
            except OSError:
                pass
        self._end(None)

    @Slot(int, QProcess.ExitStatus)
    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if code == 0 and status == QProcess.ExitStatus.NormalExit:
            self._end("")
            return
        self._end(self._last_error(self.tr("the printing process stopped (exit status %s)") % code))

    @Slot(QProcess.ProcessError)
    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._end(self.tr("cannot run the printing process: %s") % self.process.errorString())

    def _end(self, outcome: str | None) -> None:
        if self._close_dialog():
            self.done.emit(outcome)


class ExportActions(QObject):
    """The actions, and what they do, for one main window."""

    exported = Signal(object)  # the Path written, also when a PDF was written in the background

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        # Dialogs, replaceable by tests (and by an embedding app):
        # ask_save_path(caption, suggested path, name filter) -> chosen path, or "" to cancel.
        self.ask_save_path: Callable[[str, str, str], str] = self._ask_save_path
        self.show_error: Callable[[str, str], object] = lambda title, text: warn(window, title, text)
        # run_print_dialog(printer) -> True to print; run_preview(printer, paint) shows pages painted by paint(printer).
        self.run_print_dialog: Callable[[QPrinter], bool] = self._run_print_dialog
        self.run_preview: Callable[[QPrinter, Callable[[QPrinter], None]], object] = self._run_preview
        # ask_instead_of_preview(count) -> "pdf", "print" or None, for a list too long to preview.
        self.ask_instead_of_preview: Callable[[int], str | None] = self._ask_instead_of_preview
        self.print_job: PrintJob | None = None
        self.last_written: Path | None = None
        self.pdf_job: PdfJob | None = None
        atomic.remove_leftovers(self._folder())  # what an export killed with the last session left

        self.export_menu = QMenu(self.tr("&Export"), window)
        self.export_menu.setObjectName("exportMenu")
        self.export_actions: dict[tuple[str, str], QAction] = {}
        for scope in (MEETING, LIST, PAGE):
            if scope != MEETING:
                self.export_menu.addSeparator()
            for key in SCOPE_FORMATS[scope]:
                action = self._make_action(self._export_text(scope, key),
                                           f"export{scope.capitalize()}{key.capitalize()}Action",
                                           lambda _=False, s=scope, k=key: self.export(s, k))
                self.export_menu.addAction(action)
                self.export_actions[(scope, key)] = action

        self.print_menu = QMenu(self.tr("&Print"), window)
        self.print_menu.setObjectName("printMenu")
        self.preview_menu = QMenu(self.tr("Print Pre&view"), window)
        self.preview_menu.setObjectName("printPreviewMenu")
        self.print_actions: dict[str, QAction] = {}
        self.preview_actions: dict[str, QAction] = {}
        for scope, text in ((MEETING, self.tr("Current &Meeting…")), (LIST, self.tr("Filtered &List…")),
                            (PAGE, self.tr("Explore &Page…"))):
            self.print_actions[scope] = self._make_action(
                text, f"print{scope.capitalize()}Action", lambda _=False, s=scope: self.print_scope(s))
            self.print_menu.addAction(self.print_actions[scope])
            self.preview_actions[scope] = self._make_action(
                text, f"preview{scope.capitalize()}Action", lambda _=False, s=scope: self.preview_scope(s))
            self.preview_menu.addAction(self.preview_actions[scope])
        self.print_actions[MEETING].setShortcut(QKeySequence(QKeySequence.StandardKey.Print))

        self.copy_quote_action = self._make_action(self.tr("Copy &Quote with Citation"), "copyQuoteCitationAction",
                                                   lambda: self.copy_quote())
        self.copy_quote_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_quote_action.setStatusTip(self.tr("Copy the selected (or first) quote of the meeting, "
                                                    "with speaker, meeting, place, date and source"))

        menus = window.menus
        menus.place(self.export_menu, self.print_menu, self.preview_menu, self.copy_quote_action)
        for name in ("fileMenu", "editMenu"):
            menus.menu(name).aboutToShow.connect(self.update_actions)
        for action in (self.copy_quote_action, *self.print_actions.values()):
            window.addAction(action)  # shortcuts work while the menu is closed
        window.detail.quoteCitationRequested.connect(self.copy_quote)
        window.detail.meetingChanged.connect(self.update_actions)
        proxy = window.proxy
        for signal in (proxy.modelReset, proxy.rowsInserted, proxy.rowsRemoved, proxy.layoutChanged):
            signal.connect(self.update_actions)
        self.update_actions()

    def _make_action(self, text: str, name: str, slot: Callable) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _export_text(self, scope: str, key: str) -> str:
        label = FORMATS[key].label
        if scope == MEETING:
            return self.tr("Meeting as %s…") % label
        if scope == PAGE:
            return self.tr("Explore Page as %s…") % label
        return self.tr("List as %s…") % label

    def _page(self) -> tuple[list[Meeting], str, str]:
        explore = getattr(self.window, "explore", None)
        return explore.page() if explore is not None else ([], "", "")

    # -- what is exported ------------------------------------------------------------
    def meetings_for(self, scope: str) -> tuple[list[Meeting], str]:
        """The meetings (in the order shown) and the title of a scope."""
        meetings, title, _stem = self._scope(scope)
        return meetings, title

    def _scope(self, scope: str) -> tuple[list[Meeting], str, str]:
        """A scope's meetings, title and the file name an export suggests."""
        if scope == MEETING:
            meeting = self.window.current_meeting()
            return ([meeting], meeting.title, meeting.id) if meeting else ([], "", "")
        if scope == PAGE:
            return self._page()
        return self.window.visible_meetings(), export.list_title(self.window.search_box.text()), "diplo-meetings"

    @Slot()
    def update_actions(self) -> None:
        """Enable what has something to act on."""
        enabled = {MEETING: self.window.current_meeting() is not None, LIST: self.window.proxy.rowCount() > 0,
                   PAGE: bool(self._page()[0])}
        for (scope, _key), action in self.export_actions.items():
            action.setEnabled(enabled[scope])
        for actions in (self.print_actions, self.preview_actions):
            for scope, action in actions.items():
                action.setEnabled(enabled[scope])
        meeting = self.window.current_meeting()
        self.copy_quote_action.setEnabled(bool(meeting and meeting.quotes))

    def render(self, meetings: Sequence[Meeting], title: str, key: str) -> bytes:
        """The bytes of an export: the core's text, or Qt's PDF of the same HTML."""
        if key == "pdf":
            return pdf_bytes(meetings, title)
        if key == "markdown":
            text = export.to_markdown(meetings, title)
        elif key == "html":
            text = export.to_html(meetings, title)
        elif key == "csv":
            text = export.to_csv(meetings)
        elif key == "json":
            text = export.to_json(meetings)
        else:
            raise ValueError(f"unknown export format {key!r}")
        return text.encode("utf-8")

    # -- export ----------------------------------------------------------------------
    def export(self, scope: str, key: str) -> Path | None:
        """Export the current meeting, the list or the Explore page; None if nothing was written."""
        meetings, title, stem = self._scope(scope)
        if not meetings:
            self.window.statusBar().showMessage({
                MEETING: self.tr("Nothing to export: no meeting is selected."),
                LIST: self.tr("Nothing to export: the list is empty."),
                PAGE: self.tr("Nothing to export: open an issue thread, a person or a pair in Explore first."),
            }[scope], 6000)
            return None
        return self.export_meetings(meetings, title, key, stem, self._export_text(scope, key).rstrip("…"))

    def export_meetings(self, meetings: Sequence[Meeting], title: str, key: str, stem: str,
                        caption: str | None = None) -> Path | None:
        """Ask where, write atomically, and say where the file went. None if nothing was written.

        Any sequence of meetings under any title: an issue thread or a pair history can
        be exported through here as well as the meeting and the list.
        """
        status = self.window.statusBar()
        fmt = FORMATS[key]
        suggested = str(self._folder() / f"{stem}.{fmt.suffix}")
        name_filter = self.tr("%s files (*.%s)") % (fmt.label, fmt.suffix)
        chosen = self.ask_save_path(caption or self.tr("Export as %s") % fmt.label, suggested, name_filter)
        if not chosen:
            return None
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(f".{fmt.suffix}")
        if key == "pdf" and len(meetings) > IN_WINDOW_PDF_MEETINGS and not getattr(sys, "frozen", False):
            self._export_pdf_in_background(meetings, title, target)
            return None
        try:
            with _busy():  # a PDF of hundreds of meetings takes seconds (about 2.6 s for 300)
                written = atomic.write_bytes_atomic(target, self.render(meetings, title, key))
        except OSError as exc:
            reason = exc.strerror or str(exc)
            message = self.tr("Could not export to {path}: {reason}. Nothing was written, "
                              "and an existing file there is unchanged.").format(path=target, reason=reason)
            status.showMessage(self.tr("Export failed: %s") % reason, 10000)
            self.show_error(self.tr("Export Failed"), message)
            return None
        self._written(written, len(meetings), fmt.label)
        return written

    def _written(self, written: Path, count: int, label: str) -> None:
        QSettings().setValue(_FOLDER_KEY, str(written.parent))
        self.last_written = written
        what = self.tr("1 meeting") if count == 1 else self.tr("%d meetings") % count
        self.window.statusBar().showMessage(self.tr("Exported {what} as {format} to {path}").format(
            what=what, format=label, path=written), 15000)
        self.exported.emit(written)

    def _export_pdf_in_background(self, meetings: Sequence[Meeting], title: str, target: Path) -> None:
        if self.pdf_job is not None:
            self.pdf_job.cancel()  # one at a time: a new export replaces the one running
        count = len(meetings)
        job = self.pdf_job = PdfJob(self.window, export.to_html(meetings, title), title, target.absolute(), count)

        def done(written: Path | None, error: str) -> None:
            if self.pdf_job is job:
                self.pdf_job = None
            if written is not None:
                self._written(written, count, FORMATS["pdf"].label)
            elif error:
                self.window.statusBar().showMessage(self.tr("Export failed: %s") % error, 10000)
                self.show_error(self.tr("Export Failed"), self.tr(
                    "Could not export to {path}: {reason}. Nothing was written, and an existing file there "
                    "is unchanged.").format(path=target, reason=error))
            else:
                self.window.statusBar().showMessage(self.tr("Export cancelled: nothing was written."), 8000)

        job.done.connect(done)

    def _folder(self) -> Path:
        remembered = QSettings().value(_FOLDER_KEY, "", str)  # a str (the stubs say object)
        if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
            return Path(remembered)
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())

    def _ask_save_path(self, caption: str, suggested: str, name_filter: str) -> str:
        name, _ = QFileDialog.getSaveFileName(self.window, caption, suggested, name_filter)
        return name

    # -- print -----------------------------------------------------------------------
    def _printer(self, title: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        printer.setCreator("Diplo")
        page_setup(printer)
        return printer

    def print_scope(self, scope: str) -> bool:
        """Print the current meeting or the list after the print dialog; True if printed."""
        meetings, title = self.meetings_for(scope)
        return self.print_meetings(meetings, title) if meetings else False

    def print_meetings(self, meetings: Sequence[Meeting], title: str) -> bool:
        """The print dialog, then the pages: at once for a few meetings, else on a worker thread
        (``printing()`` says while); True if the pages are being or were sent."""
        printer = self._printer(title)
        if not self.run_print_dialog(printer):
            return False
        html = export.to_html(meetings, title)
        sent = self.tr("Sent “%s” to the printer.") % title
        if len(meetings) <= IN_WINDOW_PDF_MEETINGS or getattr(sys, "frozen", False):
            with _busy():
                print_pages(html, title, printer)
            self.window.statusBar().showMessage(sent, 8000)
            return True
        if self.print_job is not None:
            self.print_job.cancel()  # one at a time: the newer print replaces the one running
        job = self.print_job = PrintJob(self.window, html, title, printer, len(meetings))

        def done(error: str | None) -> None:
            if self.print_job is job:
                self.print_job = None
            status = self.window.statusBar()
            if error is None:
                status.showMessage(self.tr("Printing cancelled: the pages not yet sent were not printed."), 8000)
            elif error:
                status.showMessage(self.tr("Printing failed: %s") % error, 10000)
                self.show_error(self.tr("Print Failed"), self.tr("Could not print “{title}”: {reason}.").format(
                    title=title, reason=error))
            else:
                status.showMessage(sent, 8000)

        job.done.connect(done)
        return True

    def printing(self) -> bool:
        """Whether a print run is painting its pages on the worker thread."""
        return self.print_job is not None

    def preview_scope(self, scope: str) -> bool:
        meetings, title = self.meetings_for(scope)
        if not meetings:
            return False
        if len(meetings) > PREVIEW_MAX_MEETINGS:
            # Qt's preview paints every page in the window at once: thousands of meetings would
            # hold it for many seconds. The same pages as a PDF, or printed, take none of its time.
            choice = self.ask_instead_of_preview(len(meetings))
            if choice == "pdf":
                self.export(scope, "pdf")
            elif choice == "print":
                self.print_scope(scope)
            return False
        return self.preview_meetings(meetings, title)

    def preview_meetings(self, meetings: Sequence[Meeting], title: str) -> bool:
        html = export.to_html(meetings, title)
        self.run_preview(self._printer(title), lambda printer: print_pages(html, title, printer))
        return True

    def _ask_instead_of_preview(self, count: int) -> str | None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Print Preview"), self.tr(
            "A preview of {count} meetings would hold the window for a long time: Qt draws every page "
            "of a preview at once.\n\nExport them as PDF to look at the same pages in a PDF viewer, or "
            "print them (both run beside the window, with progress and Cancel). A search or the filters "
            "can narrow the list to at most {most} meetings, which preview at once.").format(
                count=f"{count:,}", most=f"{PREVIEW_MAX_MEETINGS:,}"), parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("previewTooLongBox")
        pdf = box.addButton(self.tr("Export as PDF…"), QMessageBox.ButtonRole.AcceptRole)
        printed = box.addButton(self.tr("Print…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "pdf" if clicked is pdf else "print" if clicked is printed else None

    def _run_print_dialog(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print"))
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def preview_dialog(self, printer: QPrinter, paint: Callable[[QPrinter], None]) -> QPrintPreviewDialog:
        """Qt's print preview over these pages (its Print button prints them)."""
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setObjectName("printPreviewDialog")
        dialog.paintRequested.connect(paint)
        return dialog

    def _run_preview(self, printer: QPrinter, paint: Callable[[QPrinter], None]) -> None:
        dialog = self.preview_dialog(printer, paint)
        dialog.exec()
        dialog.deleteLater()

    # -- copy a quote with its citation ---------------------------------------------------
    def copy_quote(self, index: int | None = None) -> Citation | None:
        """Put a quote of the current meeting on the clipboard as text and as rich text.

        Without an index: the quote the text cursor is in, else the meeting's first.
        """
        meeting = self.window.current_meeting()
        status = self.window.statusBar()
        if meeting is None or not meeting.quotes:
            status.showMessage(self.tr("This meeting has no quote to copy.") if meeting
                               else self.tr("Select a meeting to copy one of its quotes."), 6000)
            return None
        if index is None:
            index = self.window.detail.selected_quote_index()
        if index is None or not 0 <= index < len(meeting.quotes):
            index = 0
        citation = Citation.of(meeting, meeting.quotes[index], language_name=language_name)
        mime = QMimeData()
        mime.setText(citation.as_text())
        mime.setHtml(citation.as_html())
        QGuiApplication.clipboard().setMimeData(mime)
        status.showMessage(self.tr("Copied a quote by %s with its citation.") % citation.speaker, 8000)
        return citation
