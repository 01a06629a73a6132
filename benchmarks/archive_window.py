"""What a user sees with a large archive: the real window, Filters and Timeline docks open.

    python benchmarks/archive_window.py                     # 100,000 meetings
    python benchmarks/archive_window.py --meetings 20000    # quicker
    python benchmarks/archive_window.py --meetings 1000000  # the million (about 400 MB of YAML)

The archive is written by ``generate_archive.py`` (once, then reused) under the temporary
folder. Every measure runs in a fresh process, one after the other in this run, so the
ratios compare like with like on the same machine:

- floor: ``yaml.load(text, Loader=CSafeLoader)`` of every file, every document kept
  (its time and its peak RSS are the denominators); ``--floor-fraction 0.1`` parses a
  tenth of the files and scales the time (for the million);
- cold open: ``create_main_window`` with an empty cache, until the window is shown,
  painted, and the list, the Filters counts and the Timeline show the data;
- warm open: the same again, with whatever the cold open left in the cache (the archive
  store: a warm open reads it, not the files); and apart, the time until the list shows
  the data, painted (a reader can scroll, search and open meetings; the docks follow);
- typing, in the warm window: broad keystrokes ("c", "t", "nuclear" ...) typed into the
  search box with QTest, one character at a time at a typist's pace. A keystroke is timed
  from the key press to the list showing its answer, repainted (if the window answers off
  the UI thread, until it has); meanwhile a 5 ms QTimer heartbeat on the UI thread records
  the longest gap between two ticks: the longest time the window could not answer.
- peak RSS of each process (``getrusage``); parser processes apart.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Broad answers first (the stalls), then narrower ones; each query starts from an empty box.
QUERIES = ("c", "t", "nuclear", "security", "person:p00042", "trade -climate")
TYPING_INTERVAL = 0.15  # seconds between two keystrokes: a quick typist; deferred work runs meanwhile
SETTLE = 0.6  # after each query: the docks that follow the list have refreshed by then


def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def _current_rss_mb() -> float | None:
    """Resident memory now (not the peak), where /proc says it (Linux)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return None


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] if ordered else 0.0


def phase_floor(archive: Path, fraction: float) -> dict:
    import yaml

    files = sorted(archive.glob("*.yaml"))
    chosen = files if fraction >= 1 else files[:max(1, round(len(files) * fraction))]
    kept = []
    start = time.perf_counter()
    for path in chosen:
        kept.append(yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))
    seconds = time.perf_counter() - start
    done = sum(p.stat().st_size for p in chosen)
    scale = sum(p.stat().st_size for p in files) / done
    return {"seconds": seconds * scale, "measured_seconds": seconds, "scale": scale, "rss_mb": _rss_mb(),
            "meetings": sum(len(doc.get("meetings", ())) for doc in kept)}


class _Heartbeat:
    """A 5 ms timer on the UI thread; ``longest()`` is the longest gap between ticks since ``reset()``."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()

    def reset(self) -> None:
        self.ticks = [time.perf_counter()]

    def longest(self) -> float:
        ticks = self.ticks + [time.perf_counter()]
        return max((b - a for a, b in zip(ticks, ticks[1:])), default=0.0)


def _pump(app, seconds: float) -> None:  # type: ignore[no-untyped-def]
    """Serve events for ``seconds`` (timers fire, queued signals arrive)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def _busy(window) -> bool:  # type: ignore[no-untyped-def]
    """Whether the window still works on an answer off the UI thread (an engine that has that notion)."""
    pending = getattr(window, "query_pending", None)
    return bool(pending()) if callable(pending) else False


def _settle(app, window, limit: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + limit
    app.processEvents()
    while _busy(window) and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.0005)


def phase_open(archive: Path, typing: bool) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from diplo_gui.app import _ensure_application, create_main_window, wait_until_loaded

    app = _ensure_application()
    heartbeat = _Heartbeat()
    start = time.perf_counter()
    window = create_main_window([archive], include_bundled=False)
    wait_until_loaded(window)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.list_view.viewport().repaint()
    list_seconds = time.perf_counter() - start  # the list shows the data: a reader can scroll, search, open
    explore = window.explore
    for dock in (explore.facet_dock, explore.timeline_dock):
        dock.show()
    _settle(app, window)
    explore.refresh_after_list_change()  # counts and timeline for the data, as the user first sees them
    pending = getattr(explore, "pending", None)  # an engine that builds them off the UI thread
    while callable(pending) and pending() and time.perf_counter() - start < 900:
        _pump(app, 0.005)
    window.repaint()
    seconds = time.perf_counter() - start
    open_stall = heartbeat.longest()
    # The archive store (if the window keeps one) is brought up to date behind the shown window:
    # how long until it answers, not part of the open (the window is usable meanwhile).
    archive = getattr(explore, "_archive", None)
    end = time.perf_counter() + 900
    while archive is not None and not archive.ready(explore._generation) and time.perf_counter() < end:
        _pump(app, 0.05)
    out: dict = {"seconds": seconds, "list_seconds": list_seconds, "open_stall": open_stall,
                 "meetings": window.model.rowCount(), "problems": len(window.load_result.problems), "rss_mb": _rss_mb(),
                 "store_ready": time.perf_counter() - start, "store_stall": heartbeat.longest()}
    # Read from the files, the window then reads the data again from the store it wrote: memory
    # once the meetings it held are freed (a slice at a time, a few seconds).
    from diplo_gui.core.store.stored import StoredMeetings

    settled = getattr(explore, "store_settled", None)  # an engine that moves onto its store comes to rest
    while callable(settled) and not settled() and time.perf_counter() < end:
        _pump(app, 0.05)
    if isinstance(window.dataset.meetings, StoredMeetings):
        out["on_store"] = time.perf_counter() - start
        _pump(app, 10)
        out["settled_rss_mb"] = _current_rss_mb()
    if typing:
        window.activateWindow()
        window.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
        keystrokes: list[float] = []
        stalls: list[float] = []
        results = []
        for query in QUERIES:
            window.search_box.selectAll()
            heartbeat.reset()
            t = time.perf_counter()
            QTest.keyClick(window.search_box, Qt.Key.Key_Backspace)  # emptying the box is a keystroke too
            _settle(app, window)
            window.list_view.viewport().repaint()
            keystrokes.append(time.perf_counter() - t)
            _pump(app, SETTLE)
            stalls.append(heartbeat.longest())
            for char in query:
                heartbeat.reset()
                t = time.perf_counter()
                QTest.keyClick(window.search_box, char)
                _settle(app, window)
                window.list_view.viewport().repaint()
                keystrokes.append(time.perf_counter() - t)
                _pump(app, TYPING_INTERVAL)
                stalls.append(heartbeat.longest())
            heartbeat.reset()
            _pump(app, SETTLE)  # the Filters counts and the Timeline follow the list
            stalls.append(heartbeat.longest())
            results.append((query, window.proxy.rowCount()))
        out.update({"p50": _percentile(keystrokes, 50), "p95": _percentile(keystrokes, 95),
                    "max": max(keystrokes), "stall": max(stalls), "keystrokes": len(keystrokes),
                    "results": results})
    out["rss_mb"] = _rss_mb()
    out["children_rss_mb"] = _rss_mb(resource.RUSAGE_CHILDREN)
    heartbeat.timer.stop()
    window.close()
    return out


def _run(phase: str, archive: Path, env: dict[str, str], *extra: str) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--phase", phase, "--archive", str(archive), *extra]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{phase} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The window with a large archive, as a user sees it.")
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--archive", type=Path, help="an existing archive folder (default: generated)")
    parser.add_argument("--floor-fraction", type=float, default=1.0,
                        help="parse this fraction of the files for the floor and scale its time (e.g. 0.1)")
    parser.add_argument("--phase", choices=("floor", "open"), help=argparse.SUPPRESS)
    parser.add_argument("--typing", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase == "floor":
        print(json.dumps(phase_floor(args.archive, args.floor_fraction)))
        return 0
    if args.phase == "open":
        print(json.dumps(phase_open(args.archive, args.typing)))
        return 0

    sys.path.insert(0, str(HERE))
    from generate_archive import machine, prepare

    archive, files, size, home, env = prepare(args.meetings, args.archive)
    try:
        print(f"archive: {archive} ({len(files)} files, {size / 1e6:.1f} MB)", file=sys.stderr)
        floor = _run("floor", archive, env, "--floor-fraction", str(args.floor_fraction))
        print(f"floor {floor['seconds']:.1f} s", file=sys.stderr)
        cold = _run("open", archive, env)
        print(f"cold {cold['seconds']:.1f} s", file=sys.stderr)
        warm = _run("open", archive, env, "--typing")
        print(f"warm {warm['seconds']:.1f} s", file=sys.stderr)
    finally:
        shutil.rmtree(home, ignore_errors=True)

    f, rss = floor["seconds"], floor["rss_mb"]
    scaled = f" (a {1 / floor['scale']:.0%} sample, scaled)" if floor["scale"] > 1.0001 else ""
    rows = [
        (f"floor: `yaml.load(CSafeLoader)` of every file, documents kept{scaled}", f"{f:.2f} s", "1.000", ""),
        ("cold open (empty cache): window painted, list, Filters and Timeline shown", f"{cold['seconds']:.2f} s",
         f"{cold['seconds'] / f:.3f}", "≤ 0.5"),
        ("warm open: the same with the cache", f"{warm['seconds']:.2f} s", f"{warm['seconds'] / f:.3f}", "≤ 0.02"),
        ("warm open to a usable list (the list painted with the data; Filters and Timeline follow)",
         f"{warm['list_seconds']:.2f} s", f"{warm['list_seconds'] / f:.3f}", "≤ 1.5 s at 1,000,000"),
        ("longest UI stall while opening, cold / warm",
         f"{cold['open_stall'] * 1000:.0f} / {warm['open_stall'] * 1000:.0f} ms", "", ""),
        ("archive store up to date behind the open window, cold / warm (longest stall meanwhile)",
         f"{cold['store_ready']:.1f} / {warm['store_ready']:.1f} s ({cold['store_stall'] * 1000:.0f} / "
         f"{warm['store_stall'] * 1000:.0f} ms)", "", ""),
        (f"keystroke to list, p50 / p95 / max ({warm['keystrokes']} keystrokes, docks open)",
         f"{warm['p50'] * 1000:.0f} / {warm['p95'] * 1000:.0f} / {warm['max'] * 1000:.0f} ms", "", "p95 ≤ 50 ms"),
        ("longest UI stall while typing (5 ms heartbeat)", f"{warm['stall'] * 1000:.0f} ms", "", "≤ 50 ms"),
        ("peak RSS: floor (every document kept)", f"{rss:.0f} MB", "1.00", ""),
        ("peak RSS: cold open, window process", f"{cold['rss_mb']:.0f} MB", f"{cold['rss_mb'] / rss:.2f}", "≤ 0.6"),
        ("cold open: the window reads the data from the store it wrote, after",
         f"{cold['on_store']:.1f} s" if cold.get("on_store") else "n/a", "", ""),
        ("RSS 10 s after that (now, not the peak)",
         f"{cold['settled_rss_mb']:.0f} MB" if cold.get("settled_rss_mb") else "n/a",
         f"{cold['settled_rss_mb'] / rss:.2f}" if cold.get("settled_rss_mb") else "", ""),
        ("peak RSS: cold open, largest parser process", f"{cold['children_rss_mb']:.0f} MB", "", ""),
        ("peak RSS: warm open and typing, window process", f"{warm['rss_mb']:.0f} MB", f"{warm['rss_mb'] / rss:.2f}",
         "≤ 0.6"),
    ]
    print(f"\n{warm['meetings']:,} meetings listed ({warm['problems']} problems), {len(files)} files, "
          f"{size / 1e6:.1f} MB; {machine()}\n")
    print("| measure | value | ratio to floor | goal |")
    print("| --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print("\nresults: " + "; ".join(f"{q!r}: {n:,}" for q, n in warm["results"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
