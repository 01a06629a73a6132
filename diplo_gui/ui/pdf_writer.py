"""Export HTML laid out by Qt as an A4 PDF: the one PDF writer of the window and of ``diplo-data``.

The window calls ``pdf_bytes_from_html`` in process. ``diplo-data export --format pdf``
is Qt-free by contract, so it runs this module in a child process instead::

    python -m diplo_gui.ui.pdf_writer INPUT.html OUTPUT.pdf [--title TITLE]

which reads the HTML (``-``: from standard input, so no temporary file is left if the
caller is killed), writes the PDF atomically (all of it or nothing) and exits 0; on
failure it prints one line to standard error and exits 2. It dies with its parent: a
killed ``diplo-data`` leaves no writer behind to put a PDF in place later.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPagedPaintDevice, QPdfWriter, QTextDocument

from ..core import atomic
from ..core.parallel import die_with_parent


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


def pdf_bytes_from_html(html: str, title: str, laid_out: Callable[[], object] = lambda: None) -> bytes:
    """An A4 PDF of the HTML, written by Qt's own PDF writer into memory (fonts embedded).

    ``laid_out`` is called between the two halves of the work: the HTML parsed, the pages painted.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Diplo")
    writer.setResolution(300)
    page_setup(writer)
    document = html_document(html, title)
    laid_out()
    document.print_(writer)  # ends the painter: the PDF is complete
    del writer
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def _use_offscreen_platform() -> None:
    # A PDF needs fonts, not a screen. Offscreen reads the same fontconfig fonts as xcb or
    # wayland, and works where they abort: no display (a server, CI) or a stale DISPLAY
    # (a dropped ssh -X). Windows and macOS always have their native platform.
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform not in ("win32", "darwin"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m diplo_gui.ui.pdf_writer",
                                     description="Write an HTML file as an A4 PDF with Qt.")
    parser.add_argument("input", metavar="INPUT.html", help="UTF-8 HTML (as diplo_gui.core.export.to_html writes it)")
    parser.add_argument("output", metavar="OUTPUT.pdf")
    parser.add_argument("--title", default="", help="the PDF's document title")
    parser.add_argument("--progress", action="store_true",
                        help="print a line as each stage ends (read, laid-out, written), for a progress bar")
    args = parser.parse_args(argv)

    def stage(name: str) -> None:
        if args.progress:
            print(name, flush=True)

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
    stage("read")
    _use_offscreen_platform()
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    try:
        atomic.write_bytes_atomic(args.output, pdf_bytes_from_html(html, args.title, lambda: stage("laid-out")))
        stage("written")
    except OSError as exc:
        print(f"cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
