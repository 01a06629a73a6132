"""Benchmark Diplo on a large synthetic archive and print a table with ratios to the floor.

    python benchmarks/large_archive.py                  # 100,000 meetings
    python benchmarks/large_archive.py --meetings 20000 # quicker

The archive is written by ``generate_archive.py`` (once, then reused) under a temporary
folder. Every measure runs in a fresh process, one after the other in this run, so the
ratios compare like with like on the same machine:

- floor: ``yaml.load(text, Loader=CSafeLoader)`` of every file, results kept (a bare parse);
- cold open: the real window (``create_main_window``) with an empty cache, until it is
  shown and painted with every meeting listed;
- warm open: the same again, now with the record cache;
- search: in the warm window, queries typed a character at a time with QTest; each
  keystroke is timed from the key press to the repainted list (everything the window
  does for a keystroke is included); the search index alone is reported beside it;
- peak memory: each process's peak RSS (``getrusage``); parser processes are reported
  apart (they run beside the window and end with the load).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUERIES = ("security", "kestria talks", "person:p00042", "trade -climate", "year:2001 energy")


def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


# -- phases, each run in its own process ----------------------------------------------
def phase_floor(archive: Path) -> dict:
    import yaml

    kept = []
    start = time.perf_counter()
    for path in sorted(archive.glob("*.yaml")):
        kept.append(yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))
    seconds = time.perf_counter() - start
    meetings = sum(len(doc.get("meetings", ())) for doc in kept)
    return {"seconds": seconds, "rss_mb": _rss_mb(), "meetings": meetings}


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def phase_open(archive: Path, search: bool) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from diplo_gui.app import _ensure_application, create_main_window
    from diplo_gui.core.search import parse_query

    from PySide6.QtCore import QTimer

    from diplo_gui.ui import load_worker

    app = _ensure_application()
    # The event loop's heartbeat while files load: the longest gap between two ticks is how long
    # the window could not answer (the issue asks for no stall over 100 ms while loading).
    ticks: list[tuple[float, bool]] = []
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: ticks.append((time.perf_counter(), load_worker.is_loading())))
    heartbeat.start()
    start = time.perf_counter()
    window = create_main_window([archive], include_bundled=False)
    window.show()
    QTest.qWaitForWindowExposed(window)
    app.processEvents()
    window.list_view.viewport().repaint()
    seconds = time.perf_counter() - start
    heartbeat.stop()
    loading_ticks = [t for t, busy in ticks if busy]
    stall = max((b - a for a, b in zip(loading_ticks, loading_ticks[1:])), default=0.0)
    out: dict = {"seconds": seconds, "stall": stall, "ticks": len(loading_ticks), "meetings": window.model.rowCount(), "shown": window.proxy.rowCount(),
                 "problems": len(window.load_result.problems), "rss_mb": _rss_mb()}
    if search:
        from PySide6.QtWidgets import QDockWidget

        window.activateWindow()
        window.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

        def type_queries(prefix: str) -> None:
            keystrokes: list[float] = []
            index_only: list[float] = []
            probe._prepared.recent.clear()  # each run starts with nothing remembered
            window.proxy._index._prepared.recent.clear()
            for query in QUERIES:
                window.search_box.clear()
                app.processEvents()
                for n, char in enumerate(query, start=1):
                    t = time.perf_counter()
                    QTest.keyClick(window.search_box, char)
                    app.processEvents()
                    keystrokes.append(time.perf_counter() - t)
                    t = time.perf_counter()
                    probe.matches(parse_query(query[:n]))  # what the search itself costs
                    window.proxy._refilter()  # and the list's filter
                    index_only.append(time.perf_counter() - t)
                out.setdefault(prefix + "results", []).append((query, window.proxy.rowCount()))
            out.update({prefix + "p50": _percentile(keystrokes, 50), prefix + "p95": _percentile(keystrokes, 95),
                        prefix + "index_p50": _percentile(index_only, 50),
                        prefix + "index_p95": _percentile(index_only, 95), "keystrokes": len(keystrokes)})

        # The index alone is timed on a twin that shares the columns but not the window's memory of
        # recent words (else it would answer from what the keystroke just computed).
        from diplo_gui.core.search import Prepared, SearchIndex

        probe = SearchIndex(())
        probe._ready = Prepared(window.proxy._index._columns)
        probe._size = len(window.proxy._index)
        type_queries("search_")
        # The same with the Explore docks (filters, timeline) closed, as a user may: the list alone.
        for dock in window.findChildren(QDockWidget):
            if dock.objectName() != "problemsDock":
                dock.close()
        type_queries("list_only_")
    out["rss_mb"] = _rss_mb()
    out["children_rss_mb"] = _rss_mb(resource.RUSAGE_CHILDREN)
    window.close()
    return out


def phase_core(archive: Path, cache_dir: Path) -> dict:
    from diplo_gui.core import loading

    times = {}
    for name in ("cold", "warm"):
        start = time.perf_counter()
        result = loading.load([archive], loading.LoadOptions(cache_dir=cache_dir))
        times[name] = time.perf_counter() - start
    return {**times, "meetings": len(result.dataset.meetings), "rss_mb": _rss_mb()}


# -- the driver -----------------------------------------------------------------------
def _run(phase: str, archive: Path, env: dict[str, str], *extra: str) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--phase", phase, "--archive", str(archive), *extra]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{phase} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from PySide6 import __version__ as pyside

    return (f"{os.cpu_count()} cores (nproc {len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else '?'}),"
            f" {cpu}; Python {platform.python_version()}, PySide6 {pyside}, {platform.system()}")



def prepare(meetings: int, given: Path | None) -> tuple[Path, list[Path], int, Path, dict[str, str]]:
    """The archive (generated once into the temporary folder unless one is given), its files and
    size, and a child environment with an empty home: no cache, user data or settings of a user's."""
    sys.path.insert(0, str(HERE))
    import generate_archive

    archive = given or Path(tempfile.gettempdir()) / f"diplo-archive-{meetings}"
    if given is None and not (archive / "people.yaml").exists():
        generate_archive.main([str(meetings), str(archive)])
    files = sorted(archive.glob("*.yaml"))
    home = Path(tempfile.mkdtemp(prefix="diplo-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    return archive, files, sum(f.stat().st_size for f in files), home, env

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark Diplo on a synthetic archive.")
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--archive", type=Path, help="an existing archive folder (default: generated)")
    parser.add_argument("--phase", choices=("floor", "open", "core"), help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--search", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase == "floor":
        print(json.dumps(phase_floor(args.archive)))
        return 0
    if args.phase == "core":
        print(json.dumps(phase_core(args.archive, args.cache_dir)))
        return 0
    if args.phase == "open":
        print(json.dumps(phase_open(args.archive, args.search)))
        return 0

    archive, files, size, home, env = prepare(args.meetings, args.archive)
    try:
        print(f"archive: {archive} ({len(files)} files, {size / 1e6:.1f} MB)", file=sys.stderr)
        floor = _run("floor", archive, env)
        print(f"floor {floor['seconds']:.1f} s", file=sys.stderr)
        cold = _run("open", archive, env)
        print(f"cold {cold['seconds']:.1f} s", file=sys.stderr)
        warm = _run("open", archive, env, "--search")
        print(f"warm {warm['seconds']:.1f} s", file=sys.stderr)
        core = _run("core", archive, env, "--cache-dir", str(home / "core-cache"))
    finally:
        shutil.rmtree(home, ignore_errors=True)

    f = floor["seconds"]
    rows = [
        ("floor: `yaml.load(CSafeLoader)` of every file", f"{f:.2f} s", "1.00", ""),
        ("cold open (empty cache) to a painted window, every meeting listed", f"{cold['seconds']:.2f} s",
         f"{cold['seconds'] / f:.3f}", "≤ 0.5"),
        ("warm open (record and search-index caches)", f"{warm['seconds']:.2f} s", f"{warm['seconds'] / f:.3f}", "≤ 0.05"),
        ("longest event-loop stall while files load, cold / warm",
         f"{cold['stall'] * 1000:.0f} / {warm['stall'] * 1000:.0f} ms", "", "≤ 100 ms"),
        (f"search, keystroke to repainted window, p50 / p95 ({warm['keystrokes']} keystrokes)",
         f"{warm['search_p50'] * 1000:.0f} / {warm['search_p95'] * 1000:.0f} ms", "", "p95 ≤ 100 ms"),
        ("  the same with the Filters and Timeline docks closed",
         f"{warm['list_only_p50'] * 1000:.0f} / {warm['list_only_p95'] * 1000:.0f} ms", "", "p95 ≤ 100 ms"),
        ("  of which the search index and the list filter, p50 / p95",
         f"{warm['search_index_p50'] * 1000:.0f} / {warm['search_index_p95'] * 1000:.0f} ms", "", ""),
        ("core load alone, cold / warm (`loading.load`, no window)",
         f"{core['cold']:.2f} / {core['warm']:.2f} s", f"{core['cold'] / f:.3f} / {core['warm'] / f:.3f}", ""),
        ("peak RSS: floor", f"{floor['rss_mb']:.0f} MB", "1.00", ""),
        ("peak RSS: cold open, window process", f"{cold['rss_mb']:.0f} MB", f"{cold['rss_mb'] / floor['rss_mb']:.2f}",
         "≤ 1.2"),
        ("peak RSS: cold open, largest parser process", f"{cold['children_rss_mb']:.0f} MB", "", ""),
        ("peak RSS: warm open, window process", f"{warm['rss_mb']:.0f} MB", f"{warm['rss_mb'] / floor['rss_mb']:.2f}",
         "≤ 1.2"),
    ]
    print(f"\n{floor['meetings']:,} meetings ({warm['meetings']:,} listed, {warm['problems']} problems), "
          f"{len(files)} files, {size / 1e6:.1f} MB; {machine()}\n")
    print("| measure | value | ratio to floor | goal |")
    print("| --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print("\nresults: " + "; ".join(f"{q!r}: {n:,}" for q, n in warm["search_results"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
