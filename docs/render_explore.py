"""Render the documentation's explore screenshots: python docs/render_explore.py docs/images"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from diplo_gui.app import create_main_window, wait_until_loaded  # noqa: E402


def main(out: str) -> int:
    window = create_main_window([])
    wait_until_loaded(window)
    window.resize(1600, 900)
    window.show()
    explore = window.explore
    explore.facet_dock.hide()  # room for the explore views; the timeline stays at the bottom

    def shot(name: str) -> None:
        QApplication.processEvents()
        window.grab().save(os.path.join(out, name))

    window.select_meeting("2023-09-18-blinken-han-zheng")
    explore.show_issue_thread("lines-of-communication")
    shot("explore-thread.png")
    explore.show_pair("country", "US", "CN")
    shot("explore-pair.png")
    explore.explore_dock.hide()
    explore.facet_dock.show()
    window.select_meeting("2023-02-blinken-beijing-postponed")
    shot("explore-timeline.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
