"""Export HTML laid out by Qt as an A4 PDF: the one PDF writer of the window and of ``diplo-data``.

The window calls ``pdf_bytes_from_html`` in process. ``diplo-data export --format pdf``
is Qt-free by contract, so it runs this module in a child process instead::

    python -m diplo_gui.ui.export.pdf_writer INPUT.html OUTPUT.pdf [--title TITLE]

which reads the HTML (``-``: from standard input, so no temporary file is left if the
caller is killed), writes the PDF atomically (all of it or nothing) and exits 0; on
failure it prints one line to standard error and exits 2. It dies with its parent: a
killed ``diplo-data`` leaves no writer behind to put a PDF in place later.

The window prints a long list the same way: ``--print SETTINGS`` (the printer the print
dialog chose, as JSON: ``printer_settings``) paints the pages on that printer instead of
writing OUTPUT (``-``). Qt's text layout holds the interpreter lock, so it cannot run on a
thread of the window without freezing it; and a print killed before its end sends nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from ...core import atomic
from ...core.parallel import die_with_parent


def page_setup(device: QPagedPaintDevice) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # QTextDocument.print_ adds its own 2 cm margin (and the page number in it): no more.
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


# Qt's HTML parser closes a <div> by searching back through every element before it: one
# div per meeting made an export quadratic in its length (4,000 meetings: 18 times the time
# of 1,000). The meeting's <div id> becomes an anchor, which Qt keeps as a link target.
_MEETING_DIV = re.compile(r'<div class="meeting" id="([^"<>]*)">')


def _flat(html: str) -> str:
    return _MEETING_DIV.sub(r'<a name="\1"></a>', html).replace("</div>", "")


def html_document(html: str, title: str) -> QTextDocument:
    """The export's HTML laid out by Qt, for the PDF writer, the printer and the preview."""
    html = _flat(html)
    document = QTextDocument()
    document.setDocumentMargin(0)  # the page margins are the printer's
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setHtml(html)
    return document


# Qt paints each page by walking the whole document: one document of thousands of meetings
# prints in time quadratic in its length. The meetings are laid out in documents of this
# many, printed one after the other (each starts on a new page), as QTextDocument.print_
# would print each: 2 cm margins, the page number at the bottom right.
CHUNK_MEETINGS = 100
_SEPARATOR = "\n<hr>\n"  # between two meetings in export.to_html


def chunks(html: str, size: int = CHUNK_MEETINGS) -> list[str]:
    """The export's page as pages of at most ``size`` meetings each, every one complete HTML."""
    head, found, rest = html.partition("<body>\n")
    if not found:
        return [html]
    body, _, tail = rest.rpartition("\n</body>")
    parts = body.split(_SEPARATOR)
    return [head + found + _SEPARATOR.join(parts[i:i + size]) + "\n</body>" + tail
            for i in range(0, len(parts), size)]


def print_pages(html: str, title: str, device: QPagedPaintDevice,
                progress: Callable[[int, int], object] = lambda done, total: None,
                wanted: Callable[[int], bool] = lambda page: True) -> None:
    """Paint the export on ``device`` page by page, as QTextDocument.print_ does, in linear time.

    ``progress(done, total)`` is called as each group of meetings is printed; only the pages
    (numbered from 1) ``wanted`` accepts are painted (a range chosen in the print dialog).
    """
    groups = chunks(html)
    # As QTextDocument.print_ does (qtextdocument.cpp): a device without margins gets 2 mm,
    # the root frame a margin of 2 cm, and the page number sits in it.
    margins = device.pageLayout().margins(QPageLayout.Unit.Millimeter)
    if (margins.left(), margins.top(), margins.right(), margins.bottom()) == (0, 0, 0, 0):
        device.setPageMargins(QMarginsF(2, 2, 2, 2), QPageLayout.Unit.Millimeter)
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError("cannot paint on the PDF device")
    dpi_y = device.logicalDpiY()
    source_dpi = 96.0  # the document's own lengths (qt_defaultDpi); the layout scales them to the device
    margin = int((2 / 2.54) * source_dpi)
    scale_x, scale_y = device.logicalDpiX() / source_dpi, dpi_y / source_dpi
    body = QRectF(0, 0, device.width(), device.height())
    page_number = 0
    painted = 0
    try:
        for done, group in enumerate(groups):
            document = html_document(group, title)
            layout = document.documentLayout()
            layout.setPaintDevice(device)
            frame = document.rootFrame().frameFormat()
            frame.setMargin(margin)
            document.rootFrame().setFrameFormat(frame)
            document.setPageSize(body.size())
            font = QFont(document.defaultFont())
            number_at = QPointF(body.width() - margin * scale_x, body.height() - margin * scale_y
                                + QFontMetrics(font, device).ascent() + 5 * dpi_y / 72.0)
            for index in range(document.pageCount()):
                page_number += 1
                if not wanted(page_number):
                    continue
                if painted:
                    device.newPage()
                painted += 1
                view = QRectF(0, index * body.height(), body.width(), body.height())
                painter.save()
                painter.translate(body.left(), body.top() - index * body.height())
                painter.setClipRect(view)
                context = QAbstractTextDocumentLayout.PaintContext()
                context.clip = view
                context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
                layout.draw(painter, context)
                painter.setClipping(False)
                painter.setFont(font)
                number = str(page_number)
                painter.drawText(round(number_at.x() - painter.fontMetrics().horizontalAdvance(number)),
                                 round(number_at.y() + view.top()), number)
                painter.restore()
            progress(done + 1, len(groups))
    finally:
        painter.end()


def pdf_bytes_from_html(html: str, title: str, progress: Callable[[int, int], object] = lambda done, total: None
                        ) -> bytes:
    """An A4 PDF of the HTML, written by Qt's own PDF writer into memory (fonts embedded)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Diplo")
    writer.setResolution(300)
    page_setup(writer)
    print_pages(html, title, writer, progress)  # ends the painter: the PDF is complete
    del writer
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def printer_settings(printer: QPrinter) -> dict:
    """What the print dialog chose, as JSON-able values, for ``apply_printer_settings`` in a child process."""
    return {"printer": printer.printerName(), "format": printer.outputFormat().value,
            "file": printer.outputFileName(), "copies": printer.copyCount(), "collate": printer.collateCopies(),
            "duplex": printer.duplex().value, "color": printer.colorMode().value, "order": printer.pageOrder().value,
            "range": printer.printRange().value, "from": printer.fromPage(), "to": printer.toPage(),
            "orientation": printer.pageLayout().orientation().value, "doc": printer.docName()}


def apply_printer_settings(settings: dict) -> tuple[QPrinter, Callable[[int], bool]]:
    """A printer set as the print dialog left it (``printer_settings``), and which pages to print."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if settings.get("printer"):
        printer.setPrinterName(str(settings["printer"]))
    printer.setOutputFormat(QPrinter.OutputFormat(int(settings.get("format", 0))))
    if settings.get("file"):
        printer.setOutputFileName(str(settings["file"]))
    printer.setDocName(str(settings.get("doc", "")))
    printer.setCreator("Diplo")
    page_setup(printer)
    printer.setPageOrientation(QPageLayout.Orientation(int(settings.get("orientation", 0))))
    printer.setCopyCount(max(1, int(settings.get("copies", 1))))
    printer.setCollateCopies(bool(settings.get("collate", True)))
    printer.setDuplex(QPrinter.DuplexMode(int(settings.get("duplex", 0))))
    printer.setColorMode(QPrinter.ColorMode(int(settings.get("color", 1))))
    printer.setPageOrder(QPrinter.PageOrder(int(settings.get("order", 0))))
    first, last = int(settings.get("from", 0)), int(settings.get("to", 0))
    if int(settings.get("range", 0)) == QPrinter.PrintRange.PageRange.value and first > 0:
        return printer, lambda page: first <= page <= (last or page)
    return printer, lambda page: True


def _use_offscreen_platform() -> None:
    # A PDF needs fonts, not a screen. Offscreen reads the same fontconfig fonts as xcb or
    # wayland, and works where they abort: no display (a server, CI) or a stale DISPLAY
    # (a dropped ssh -X). Windows and macOS always have their native platform.
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform not in ("win32", "darwin"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m diplo_gui.ui.export.pdf_writer",
                                     description="Write an HTML file as an A4 PDF with Qt.")
    parser.add_argument("input", metavar="INPUT.html", help="UTF-8 HTML (as diplo_gui.core.export.to_html writes it)")
    parser.add_argument("output", metavar="OUTPUT.pdf")
    parser.add_argument("--title", default="", help="the PDF's document title")
    parser.add_argument("--progress", action="store_true",
                        help="print 'progress DONE TOTAL' as each group of meetings is printed, for a progress bar")
    parser.add_argument("--print", metavar="SETTINGS", dest="print_settings",
                        help="print on the printer these JSON settings name instead of writing OUTPUT")
    args = parser.parse_args(argv)

    def stage(name: str) -> None:
        if args.progress:
            print(name, flush=True)

    if args.progress and hasattr(os, "nice"):
        os.nice(10)  # the window's writer: background work, the window the reader uses goes first
    if argv is None:  # run as the child process of diplo-data (which names itself: it may be gone already)
        die_with_parent(int(os.environ.get("DIPLO_PARENT_PID") or os.getppid()))
    try:
        if args.input == "-":
            html = sys.stdin.buffer.read().decode("utf-8")
        else:
            with open(args.input, encoding="utf-8") as stream:
                html = stream.read()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"cannot read {args.input}: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
        return 2
    _use_offscreen_platform()
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    if args.print_settings is not None:
        try:
            printer, wanted = apply_printer_settings(json.loads(args.print_settings))
            print_pages(html, args.title, printer, lambda done, total: stage(f"progress {done} {total}"), wanted)
        except (OSError, ValueError, TypeError) as exc:
            print(f"cannot print: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
            return 2
        del app
        return 0
    try:
        atomic.write_bytes_atomic(args.output, pdf_bytes_from_html(
            html, args.title, lambda done, total: stage(f"progress {done} {total}")))
    except OSError as exc:
        print(f"cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
