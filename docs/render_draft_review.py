"""Render the documentation's draft review screenshot: python docs/render_draft_review.py docs/images

The seed article (tests/data/drafting), published 2023-09-18, drafted in File › Draft from
Article…, with Han Zheng's second quote selected. The user data folder is a temporary one.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from diplo_gui.app import _ensure_application, wait_until_loaded  # noqa: E402

SEED = Path(__file__).parents[1] / "tests" / "data" / "drafting" / "seed-reuters-2023-09-18.txt"


def main(out: str) -> int:
    _ensure_application()
    from diplo_gui.ui.shell.main_window import MainWindow

    window = MainWindow([], user_dir=Path(tempfile.mkdtemp(prefix="diplo-shot-")) / "meetings")
    window.reload()
    wait_until_loaded(window)
    window.show()
    review = window.draft_actions.open_review()
    review.set_article(SEED.read_text(encoding="utf-8"))
    review.published.setDate(QDate(2023, 9, 18))
    review.source_title.setText("Reuters")
    review.source_url.setText("https://www.reuters.com")
    review.run_draft()
    while review.drafting:  # the draft runs on a worker thread
        time.sleep(0.01)
        QApplication.processEvents()
    quote = review.draft.meetings[0].quotes[1]
    review.tree.setCurrentItem(review.find_item(("quote", quote.parts)))
    QApplication.processEvents()
    review.grab().save(os.path.join(out, "draft-review.png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
