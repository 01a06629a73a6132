"""Render the provenance screenshots: python docs/render_provenance.py docs/images

The detail pane of the 18 September 2023 meeting (each quote's rendering and source) and
"Show in source" for Han Zheng's words: the State Department transcript, quote highlighted.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from diplo_gui.app import create_main_window, wait_until_loaded  # noqa: E402

MEETING = "2023-09-18-blinken-han-zheng"


def main(out: str) -> int:
    window = create_main_window([])
    wait_until_loaded(window)
    window.resize(1500, 1250)
    window.show()
    window.explore.facet_dock.hide()  # room for the detail pane
    window.select_meeting(MEETING)
    QApplication.processEvents()
    detail = window.detail
    detail.grab().save(os.path.join(out, "provenance-detail.png"))
    han_zheng = next(i for i, q in enumerate(window.current_meeting().quotes) if q.speaker.id == "han-zheng")
    viewer = detail.show_in_source(han_zheng)
    assert viewer is not None
    viewer.resize(900, 560)
    viewer.show_quote(window.current_meeting().quotes[han_zheng].source, window.current_meeting().quotes[han_zheng])
    QApplication.processEvents()
    viewer.grab().save(os.path.join(out, "provenance-source.png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
