"""Render the README's window, the PDF export and the imported record: python docs/render_reader.py docs/images

Writes reader.png (the window with the 18 September 2023 meeting), export-pdf.png (the first
page of that meeting's PDF, drawn by pdftoppm from poppler-utils) and, when the Office of the
Historian's data is beside the repository (../shared/data/history-state-gov), imported-history.png
(that record imported, searched for person:xi-jinping) and imported-density.png (all of it).
Settings and caches go to a temporary folder, so what the renderer's own sessions left behind
never shows.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HISTORY = ROOT.parent / "shared" / "data" / "history-state-gov"
MEETING = "2023-09-18-blinken-han-zheng"


def settle(seconds: float = 2.0) -> None:
    """Let the window finish what it does after showing (filters, timeline, indexes)."""
    import time

    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def main(out: str) -> int:
    home = Path(tempfile.mkdtemp(prefix="diplo-docs-"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(home / name.lower())
    # A screen as large as the largest shot: the window fits its first size to the screen.
    screen = {"screens": [{"name": "docs", "x": 0, "y": 0, "width": 1600, "height": 1000,
                           "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
    config = home / "screen.json"
    config.write_text(json.dumps(screen), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    from diplo_gui.app import create_main_window, wait_until_loaded

    window = create_main_window([])
    wait_until_loaded(window)
    window.resize(1480, 820)
    window.show()
    window.select_meeting(MEETING)
    settle()
    window.grab().save(os.path.join(out, "reader.png"))

    pdf = home / "meeting.pdf"
    window.export_actions.ask_save_path = lambda *_: str(pdf)
    from PySide6.QtGui import QAction

    next(a for a in window.findChildren(QAction) if a.objectName() == "exportMeetingPdfAction").trigger()
    settle(1.0)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    os.path.join(out, "export-pdf")], check=True)
    window.close()

    if HISTORY.is_dir():
        imported = home / "history"
        subprocess.run([sys.executable, "-m", "diplo_gui.cli", "import", "history-state-gov", str(HISTORY),
                        "-o", str(imported)], check=True, stderr=subprocess.DEVNULL)
        window = create_main_window([imported])
        wait_until_loaded(window)
        window.resize(1600, 950)
        window.show()
        settle(6.0)
        window.grab().save(os.path.join(out, "imported-density.png"))  # 160 years: the timeline's density
        window.set_search("person:xi-jinping")
        settle(2.0)
        window.select_meeting("hsg-trip-4145")
        settle(1.0)
        window.grab().save(os.path.join(out, "imported-history.png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
