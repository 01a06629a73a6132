"""Render the window at small screen sizes with Explore open: python docs/render_window_sizes.py docs/images

Writes window-1024x600.png and window-1366x768.png. The offscreen screen is made as large as
the largest of them (Qt's offscreen platform reads its screens from a JSON file).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile

SIZES = ((1024, 600), (1366, 768))


def main(out: str) -> int:
    screen = {"screens": [{"name": "docs", "x": 0, "y": 0, "width": max(w for w, _ in SIZES),
                           "height": max(h for _, h in SIZES), "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as config:
        json.dump(screen, config)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config.name}"
    from PySide6.QtWidgets import QApplication

    from diplo_gui.app import create_main_window, wait_until_loaded

    window = create_main_window([])
    wait_until_loaded(window)
    window.show()
    window.select_meeting("2023-09-18-blinken-han-zheng")
    for width, height in SIZES:
        window.resize(width, height)
        QApplication.processEvents()
        window.explore.show_issue_thread("lines-of-communication")
        QApplication.processEvents()
        window.grab().save(os.path.join(out, f"window-{width}x{height}.png"))
        window.explore.explore_dock.hide()
    os.unlink(config.name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
