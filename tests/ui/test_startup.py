"""Start-up in two steps: the first paint builds and imports only what it shows; the rest
(Explore dock, export and drafting actions, the log file, the file watcher) follows at once.

No timing here (see benchmarks/startup.py): these tests check *what* happens before the
first paint, which is what keeps it fast, and that nothing is missing afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from diplo_gui.app import create_main_window

from desk_helpers import wait_loaded

# Modules the first paint must not wait for: the record cache's decoder, export, print and
# PDF, drafting, the log file's handlers, the saved-search store.
NOT_BEFORE_FIRST_PAINT = (
    "msgspec", "diplo_gui.core.cache", "diplo_gui.ui.export.export_actions", "PySide6.QtPrintSupport",
    "diplo_gui.core.drafting", "diplo_gui.ui.drafting.draft_review", "logging.handlers", "diplo_gui.ui.explore.saved_searches",
)

# A child that runs the real entry point and reports, at the first paint and once the window
# has finished starting, which of those modules are loaded and what the window has.
CHILD = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget
import diplo_gui.app

WATCH = json.loads(sys.argv[1])
report = {}

def state():
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
    names = {a.objectName() for a in window.findChildren(type(window.menuBar().actions()[0]))}
    return {
        "loaded": sorted(m for m in WATCH if m in sys.modules),
        "meetings": window.model.rowCount(),
        "explore_dock": window.findChild(QDockWidget, "exploreDock") is not None,
        "actions": sorted(n for n in names if n in ("copyQuoteCitationAction", "draftFromArticleAction", "backAction")),
        "menus": [a.text().replace("&", "") for a in window.menuBar().actions()],
        "watching": bool(window.watcher and window.watcher.watched()),
    }

class Spy(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "first_paint" not in report:
            report["first_paint"] = state()
            QTimer.singleShot(300, finish)
        return False

def finish():
    report["after"] = state()
    print(json.dumps(report), flush=True)
    os._exit(0)

app = QApplication([sys.argv[0]])
spy = Spy()
app.installEventFilter(spy)
diplo_gui.app.main([])
"""


def run_child(tmp_path: Path) -> dict:
    env = dict(os.environ)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())  # a first start
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(NOT_BEFORE_FIRST_PAINT)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_first_paint_shows_the_data_without_waiting_for_what_it_does_not_show(tmp_path):
    report = run_child(tmp_path)
    first, after = report["first_paint"], report["after"]
    assert first["meetings"] == 25  # the bundled data is on screen at the first paint
    assert first["loaded"] == []
    assert not first["explore_dock"] and first["actions"] == []
    # The menu bar does not shift when the rest arrives: every menu is there from the start.
    assert first["menus"] == after["menus"] == ["File", "Edit", "View", "Go", "Searches", "Help"]
    assert after["explore_dock"]
    assert after["actions"] == ["backAction", "copyQuoteCitationAction", "draftFromArticleAction"]
    assert "logging.handlers" in after["loaded"]  # the log file is open
    assert after["watching"]
    assert (tmp_path / "xdg_data_home" / "Diplo" / "Diplo" / "diplo.log").is_file()


def test_a_save_before_the_watcher_exists_is_still_picked_up(qtbot, tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    data = folder / "extra.yaml"
    data.write_text(MEETING.format(title="First title"), encoding="utf-8")
    window = create_main_window([folder], include_bundled=False, deferred=True)
    qtbot.addWidget(window)
    wait_loaded(qtbot, window)
    assert window.watcher is None and window.findChild(QDockWidget, "exploreDock") is None
    assert [m.title for m in window.visible_meetings()] == ["First title"]
    # Saved (written and renamed over, as editors do) after the first load, before the watcher.
    temporary = folder / ".extra.yaml.tmp"
    temporary.write_text(MEETING.format(title="Saved meanwhile"), encoding="utf-8")
    os.replace(temporary, data)
    window.finish_startup()
    qtbot.waitUntil(lambda: [m.title for m in window.visible_meetings()] == ["Saved meanwhile"])
    assert str(data) in window.watcher.watched()
    window.finish_startup()  # a second call changes nothing
    assert len(window.findChildren(QDockWidget, "exploreDock")) == 1


MEETING = """\
people:
  - {{id: ana, name: Ana Example, country: PT}}
  - {{id: bo, name: Bo Example, country: SE}}
meetings:
  - {{id: 2024-03-01-test, title: {title}, date: 2024-03-01, participants: [ana, bo]}}
"""


def test_an_explore_dock_left_open_opens_again_on_a_deferred_start(make_window, qtbot):
    window = make_window()
    window.explore.show_tab(1)  # People
    assert window.findChild(QDockWidget, "exploreDock").isVisible()
    window.close()

    again = create_main_window(deferred=True)  # as main() starts: the dock does not exist yet
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.finish_startup()
    dock = again.findChild(QDockWidget, "exploreDock")
    assert dock.isVisible()
    assert again.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    dock.close()
    again.close()

    closed = make_window()  # and one closed stays closed
    assert not closed.findChild(QDockWidget, "exploreDock").isVisible()
