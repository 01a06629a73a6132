"""Print and Print Preview of a long list: does the window keep answering?

    .venv/bin/python benchmarks/hostile_print.py [--meetings 1000 4000]

For each size, the real window opens the list (``hostile_pdf_export.archive``: meetings with
a summary each) and, in a child process of its own:

1. File › Print › Filtered List…, the print dialog answered with "print to a PDF file" (no
   printer needed): the time until the pages are all sent, and the longest gap between two
   ticks of a 10 ms timer on the UI thread meanwhile (the bound: 100 ms);
2. File › Print Preview › Filtered List…: the same from the click until the preview shows
   its pages (or the window says why it does not), with the preview dialog shown as a
   user sees it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BOUND_MS = 100


def phase(data: Path, what: str, out: Path) -> dict:
    sys.path.insert(0, str(HERE))
    from hostile_pdf_export import GapClock, open_window
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrinter

    app, window = open_window(data)
    actions = window.export_actions
    gaps = GapClock()
    finished: list[float] = []
    result: dict = {"meetings": len(window.visible_meetings())}

    if what == "print":
        def to_file(printer: QPrinter) -> bool:  # the user picks "Print to File (PDF)" and presses Print
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            return True

        actions.run_print_dialog = to_file
        done = lambda: not getattr(actions, "printing", lambda: False)()  # noqa: E731
        # A list too long to preview: the user takes the PDF the window offers instead.
    else:
        from PySide6.QtPrintSupport import QPrintPreviewWidget

        pages: list[int] = []

        def preview(printer, paint):  # type: ignore[no-untyped-def]  # the real dialog, closed once it shows pages
            dialog = actions.preview_dialog(printer, paint)

            def close_when_shown() -> None:
                widget = dialog.findChild(QPrintPreviewWidget)
                if widget is not None and widget.pageCount() > 0:
                    pages.append(widget.pageCount())
                    dialog.accept()
                else:
                    QTimer.singleShot(20, close_when_shown)

            QTimer.singleShot(0, close_when_shown)
            dialog.exec()
            dialog.deleteLater()

        actions.run_preview = preview
        offered: list[int] = []
        actions.ask_instead_of_preview = lambda count: offered.append(count)  # the user reads it, and cancels
        done = lambda: True  # noqa: E731
    gaps.start()
    start = time.perf_counter()
    getattr(actions, "print_scope" if what == "print" else "preview_scope")("list")
    result["call_returned"] = time.perf_counter() - start
    while not done() and time.perf_counter() - start < 900:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    finished.append(time.perf_counter() - start)
    gaps.stop()
    result["seconds"] = finished[0]
    result["gap"] = gaps.longest()
    result["message"] = window.statusBar().currentMessage()
    if what == "print":
        result["pdf_bytes"] = out.stat().st_size if out.exists() else 0
    else:
        result["pages"] = pages[0] if pages else 0
        if offered:
            result["message"] = f"offered a PDF or printing instead of a preview of {offered[0]:,} meetings"
    window.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--meetings", type=int, nargs="+", default=[1000, 4000])
    parser.add_argument("--phase", choices=("print", "preview"), help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        print(json.dumps(phase(args.data, args.phase, args.out)))
        return 0
    sys.path.insert(0, str(HERE))
    from hostile_pdf_export import archive

    with tempfile.TemporaryDirectory(prefix="diplo-print-bench-") as folder:
        root = Path(folder)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = str(root / name.lower())
        print("| meetings | action | call returned | done | longest the window did not answer | note |")
        print("| --- | --- | --- | --- | --- | --- |")
        worst = 0.0
        for count in args.meetings:
            data = archive(root / f"data-{count}", count)
            for what in ("print", "preview"):
                command = [sys.executable, str(Path(__file__).resolve()), "--phase", what, "--data", str(data),
                           "--out", str(root / f"printed-{count}.pdf")]
                try:
                    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
                except subprocess.TimeoutExpired:
                    print(f"| {count:,} | {what} | | > 900 s | > 900 s | gave up |", flush=True)
                    worst = float("inf")
                    continue
                if done.returncode != 0:
                    sys.exit(f"{what} failed:\n{done.stderr}")
                r = json.loads(done.stdout.strip().splitlines()[-1])
                note = (f"{r['pdf_bytes'] / 1e6:.1f} MB printed" if what == "print"
                        else f"{r['pages']:,} pages previewed") + (
                    f" «{r['message']}»" if r["message"] else "")
                print(f"| {count:,} | {what} | {r['call_returned']:.2f} s | {r['seconds']:.2f} s "
                      f"| {r['gap'] * 1000:.0f} ms | {note} |", flush=True)
                worst = max(worst, r["gap"])
    print(f"\nlongest the window did not answer: {worst * 1000:.0f} ms (bound: {BOUND_MS} ms) -> "
          f"{'within' if worst * 1000 <= BOUND_MS else 'OVER'} the bound")
    return 0


if __name__ == "__main__":
    sys.exit(main())
