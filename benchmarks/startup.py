"""Time to a painted window: Diplo with its bundled data against a bare PySide6 window.

    python benchmarks/startup.py [--runs 9] [--check]

Each measurement is a fresh Python process, timed by this parent from the moment it
starts the process to the moment the child says its first paint has finished. The two
kinds alternate, after one discarded warm-up each (so both read a warm disk cache), and
the medians are compared. The goal (issue 3) is Diplo <= 1.25 x the bare window.

* ``app``: the real entry point, ``diplo_gui.app.main([])``, after importing
  ``diplo_gui.app`` as the ``diplo-gui`` script does: options, QApplication, the bundled
  data and the user folder loaded, remembered state restored, the window shown. The child
  only adds an event filter on the window that reports its first paint.
* ``bare``: the widgets of Diplo's first paint with no data and no code of ours:
  QMainWindow, the same six menus, QLineEdit, QTableView, QTextBrowser in a splitter, a
  (hidden) Problems dock with a table, a Filters dock (a slider, four lists and their
  labels), a Timeline dock, a status bar. (Diplo builds its Explore dock and its export,
  print and drafting actions after the first paint, so neither side has them.)

The children get a fresh temporary XDG folder (a first start: no remembered state and
an empty user folder) and, without a display, the offscreen platform.
"""

from __future__ import annotations

import os
import sys
import time

# The children import only what they measure: the parent's tools are imported in main().
PHASES: dict[str, float] = {"python": time.time()}  # wall clock: comparable with the parent's

GOAL = 1.25
MARK = "first-paint-done"


# -- children ---------------------------------------------------------------------------
def _report_first_paint(window) -> None:  # type: ignore[no-untyped-def]
    """Install a filter on the top-level window that, at its first paint, waits for the paint pass
    to finish (its children are painted in the same pass), reports, and exits.

    On the window only, not on the application: an application-wide Python filter has every
    event of every object converted to Python, which costs both children about 15 ms (PySide
    then initialises the enums of every class it meets).
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                QTimer.singleShot(0, self.report)  # after every widget of this paint pass
            return False

        def report(self) -> None:
            PHASES["paint"] = time.time()
            print(MARK, " ".join(f"{k}={v:.6f}" for k, v in PHASES.items()), flush=True)
            os._exit(0)  # tearing down is not part of starting up

    window._first_paint = FirstPaint()  # keep it alive
    window.installEventFilter(window._first_paint)


def child_app() -> None:
    # What the diplo-gui script does first: import diplo_gui.app (with the Qt-free core).
    import diplo_gui.app

    PHASES["core"] = time.time()
    from PySide6.QtWidgets import QApplication

    QApplication([sys.argv[0]])  # main() takes this instance
    PHASES["qt"] = time.time()
    # Imported here rather than inside main() only to time them apart; main() needs them all anyway.
    import diplo_gui.ui.shell.crash_handler
    from diplo_gui.ui.shell.main_window import MainWindow

    PHASES["imports"] = time.time()
    # main() shows the window, then asks it to finish starting after its first paint; the
    # report's filter goes on after the window's own, so Qt calls it first and the report
    # is the first thing after the paint pass, as in the bare child.
    finish_later = MainWindow.finish_after_first_paint

    def finish_later_and_report(window: MainWindow, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        finish_later(window, *args, **kwargs)
        _report_first_paint(window)

    MainWindow.finish_after_first_paint = finish_later_and_report  # type: ignore[method-assign]
    diplo_gui.app.main([])


def child_bare() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence, QStandardItemModel
    from PySide6.QtWidgets import (
        QApplication,
        QDockWidget,
        QLabel,
        QLineEdit,
        QListWidget,
        QMainWindow,
        QSlider,
        QSplitter,
        QTableView,
        QTextBrowser,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication([sys.argv[0]])
    PHASES["qt"] = PHASES["imports"] = time.time()
    window = QMainWindow()
    _report_first_paint(window)
    search = QLineEdit()
    search.setPlaceholderText("Search")
    search.setClearButtonEnabled(True)
    model = QStandardItemModel(0, 4)
    model.setHorizontalHeaderLabels(["Date", "Title", "Place", "Participants"])
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    left = QWidget()
    layout = QVBoxLayout(left)
    layout.addWidget(search)
    layout.addWidget(table)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(QTextBrowser())
    window.setCentralWidget(splitter)
    dock = QDockWidget("Problems", window)
    dock.setWidget(QTableView())
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()  # Diplo shows it only when there are problems; the bundled data has none
    # The docks Diplo shows at first start, with the same kinds of widgets, empty:
    # Filters (a date slider and four lists with their labels) and the Timeline.
    filters = QWidget()
    column = QVBoxLayout(filters)
    column.addWidget(QLabel("Date"))
    column.addWidget(QSlider(Qt.Orientation.Horizontal))
    column.addWidget(QLabel("Any date"))
    for name in ("Status", "Country", "Person", "Issue"):
        column.addWidget(QLabel(name))
        column.addWidget(QListWidget())
    filters_dock = QDockWidget("Filters", window)
    filters_dock.setWidget(filters)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, filters_dock)
    timeline_dock = QDockWidget("Timeline", window)
    timeline_dock.setWidget(QWidget())
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, timeline_dock)
    window.statusBar().addPermanentWidget(QLabel("0 meetings"))
    # The menus Diplo has at its first paint (Go and Searches are filled after it).
    for title, actions in (("&File", ("&Open…", "Open &Folder…", "&Show Folder", "&Reload", "&Quit")),
                           ("&Edit", ("&Find…", "&Clear")), ("&View", ("&Problems", "&System", "&Light", "&Dark")),
                           ("&Go", ()), ("&Searches", ()), ("&Help", ("&About",))):
        menu = window.menuBar().addMenu(title)
        for text in actions:
            menu.addAction(text).setShortcut(QKeySequence("Ctrl+" + text.strip("&…")[0]))
    window.resize(1240, 780)
    window.show()
    sys.exit(app.exec())


# -- parent -----------------------------------------------------------------------------
def measure(kind: str, env: dict[str, str]) -> tuple[float, dict[str, float]]:
    """Seconds from starting a fresh process to its first finished paint, and the phases' seconds."""
    import subprocess

    spawned = time.time()
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, __file__, "--child", kind], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, env=env, text=True)
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith(MARK):
            elapsed = time.perf_counter() - start
            stamps = dict(item.split("=") for item in line.split()[1:])
            marks = [("spawned", spawned)] + [(k, float(v)) for k, v in stamps.items()]
            phases = {later: t1 - t0 for (_, t0), (later, t1) in zip(marks, marks[1:])}
            break
    else:
        child.wait()
        raise SystemExit(f"the {kind} child exited ({child.returncode}) before painting")
    child.wait(timeout=30)
    return elapsed, phases


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        (child_app if sys.argv[2:3] == ["app"] else child_bare)()
        return 1  # the child returned without painting
    import argparse
    import statistics
    import tempfile
    from pathlib import Path

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="measurements of each kind (default 9)")
    parser.add_argument("--check", action="store_true", help=f"exit 1 if the ratio is above {GOAL}")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="diplo-startup-"))
    env = dict(os.environ)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    # Timed as installed: with bytecode files (pip writes them; the warm-up run writes them here).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    repo = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = repo + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")

    times: dict[str, list[float]] = {"bare": [], "app": []}
    phases: dict[str, dict[str, list[float]]] = {"bare": {}, "app": {}}
    for kind in times:
        measure(kind, env)  # warm-up: disk cache, .pyc files, font cache
    for _ in range(args.runs):
        for kind in times:
            elapsed, split = measure(kind, env)
            times[kind].append(elapsed)
            for name, seconds in split.items():
                phases[kind].setdefault(name, []).append(seconds)

    bare = statistics.median(times["bare"])
    app = statistics.median(times["app"])
    ratio = app / bare
    platform = env.get("QT_QPA_PLATFORM", "default")
    print(f"platform: {platform}; Python {sys.version.split()[0]}; {args.runs} runs of each, fresh processes")
    for kind, label in (("bare", "bare PySide6 window"), ("app", "Diplo, bundled data")):
        runs = " ".join(f"{t * 1000:.0f}" for t in times[kind])
        print(f"{label:22} median {statistics.median(times[kind]) * 1000:6.0f} ms   (runs: {runs})")
    # Where the time goes (medians): python = interpreter start, core = diplo_gui.app with the
    # Qt-free modules it imports first, qt = PySide6 imports and the QApplication, imports = the
    # window's modules, paint = building, loading, showing, first paint.
    for kind in times:
        split = "  ".join(f"{name} {statistics.median(v) * 1000:.0f}" for name, v in phases[kind].items())
        print(f"  {kind:5} phases (ms): {split}")
    print(f"ratio {ratio:.2f} (goal <= {GOAL})")
    return 1 if args.check and ratio > GOAL else 0


if __name__ == "__main__":
    raise SystemExit(main())
