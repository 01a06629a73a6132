"""PDF export: linear in size, and the window answers while it runs.

1. ``diplo-data export --format pdf`` of 1,000 and 4,000 meetings: the times and their
   ratio (the bound: under 4 for 4 times the meetings).
2. The window exports the 4,000 as "List as PDF" while a 10 ms timer measures the longest
   gap between two of its ticks: how long the window could not answer (the bound: 100 ms).

    .venv/bin/python benchmarks/hostile_pdf_export.py [--meetings 1000 4000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def archive(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"meetings-{count}.yaml"
    people = "people:\n  - {id: wang-yi, name: Wang Yi}\n  - {id: antony-blinken, name: Antony Blinken}\n"
    path.write_text(people + "meetings:\n" + "".join(
        f"  - id: m-{n}\n    title: Talks number {n} on fisheries and trade\n    date: 2023-{n % 12 + 1:02d}-10\n"
        "    location: {city: Geneva, country: CH}\n    participants: [wang-yi, antony-blinken]\n"
        f"    summary: {'A careful summary of what was said. ' * 6}\n" for n in range(count)), encoding="utf-8")
    return path


def cli_pdf(data: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "diplo_gui.cli", "export", "--format", "pdf", "--no-bundled",
                    "--data", str(data), "-o", str(out)], check=True, capture_output=True)
    return time.perf_counter() - start


def open_window(data: Path):  # type: ignore[no-untyped-def]
    """(the application, the real window showing ``data``'s meetings, loaded and exposed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest

    from diplo_gui.app import _ensure_application, create_main_window, wait_until_loaded

    app = _ensure_application()
    window = create_main_window([data], include_bundled=False)
    wait_until_loaded(window)
    window.show()
    QTest.qWaitForWindowExposed(window)
    return app, window


class GapClock:
    """A 10 ms timer on the UI thread: ``longest()`` is the longest gap between its ticks, in
    seconds, since ``start()``: how long the window could not answer."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self._clock = QElapsedTimer()
        self._gaps: list[int] = []
        self._last = 0
        self._timer = QTimer()
        self._timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = self._clock.elapsed()
        self._gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self._clock.start()
        self._timer.start(10)

    def stop(self) -> None:
        self._timer.stop()
        self.tick()  # the gap up to now counts too

    def longest(self) -> float:
        return max(self._gaps or [0]) / 1000


def window_pdf(data: Path, out: Path) -> tuple[float, float]:
    """(seconds to write, longest gap between 10 ms ticks of the window's event loop)."""
    app, window = open_window(data)
    gaps = GapClock()
    done: list[object] = []
    window.export_actions.exported.connect(done.append)
    window.export_actions.ask_save_path = lambda *_: str(out)
    gaps.start()
    start = time.perf_counter()
    window.export_actions.export("list", "pdf")
    started = time.perf_counter() - start  # what the window itself spent before the writer took over
    while not done and time.perf_counter() - start < 600:
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - start
    gaps.stop()
    window.close()
    print(f"  (the export call returned after {started * 1000:.0f} ms)")
    return elapsed, gaps.longest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--meetings", type=int, nargs=2, default=[1000, 4000])
    args = parser.parse_args()
    small, large = args.meetings
    with tempfile.TemporaryDirectory(prefix="diplo-pdf-bench-") as folder:
        root = Path(folder)
        times = {}
        for count in (small, large):
            times[count] = cli_pdf(archive(root, count), root / f"cli-{count}.pdf")
            print(f"diplo-data export --format pdf, {count:,} meetings: {times[count]:6.2f} s", flush=True)
        print(f"{large:,} / {small:,} meetings: {times[large] / times[small]:.2f} x the time "
              f"for {large / small:.0f} x the meetings (bound: under {large / small:.0f})")
        elapsed, gap = window_pdf(archive(root, large), root / "window.pdf")
        print(f"window, List as PDF, {large:,} meetings: {elapsed:6.2f} s; "
              f"longest the window did not answer: {gap * 1000:.0f} ms (bound: 100 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
