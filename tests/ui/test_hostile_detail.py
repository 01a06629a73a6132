"""Long text in the detail pane: shown clipped with "Show all", and a huge word can wrap."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, Qt

from diplo_gui.ui.reader import safe_text

QUOTE = "word " * 200_000  # a million characters
WORD = "x" * 15_000  # under LONG_TEXT: shown whole, only wrapped


def data(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "long.yaml"
    path.write_text(
        "meetings:\n"
        f"  - {{id: long-quote, title: A long quote, date: 2023, participants: [wang-yi],\n"
        f"     quotes: [{{speaker: wang-yi, text: '{QUOTE.strip()}'}}]}}\n"
        f"  - {{id: long-word, title: A long word, date: 2023, participants: [wang-yi], summary: {WORD}}}\n",
        encoding="utf-8")
    return path


def test_a_huge_quote_shows_its_start_and_a_show_all_link(make_window, qtbot, tmp_path):
    window = make_window(data(tmp_path))
    assert window.select_meeting("long-quote")
    shown = window.detail.toPlainText()
    assert len(shown) < safe_text.LONG_TEXT + 1000
    left_out = len(QUOTE.strip()) - safe_text.LONG_TEXT
    # The count is written as the locale writes numbers (Qt's %Ln), as the window's other numbers.
    assert f"Show all ({QLocale().toString(left_out)} more characters)" in shown
    cursor = window.detail.document().find("Show all")
    qtbot.mouseClick(window.detail.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.detail.cursorRect(cursor).center())
    qtbot.waitUntil(lambda: len(window.detail.toPlainText()) > len(QUOTE) - 10, timeout=30_000)
    assert "Show all" not in window.detail.toPlainText()
    assert window.current_meeting().id == "long-quote"  # the link did not filter the list away


def test_a_huge_word_gets_break_opportunities(make_window, tmp_path):
    window = make_window(data(tmp_path))
    assert window.select_meeting("long-word")
    shown = window.detail.toPlainText()
    assert shown.replace("\u200b", "").count("x") == len(WORD)  # all of it, nothing else added
    assert max(len(run) for run in re.findall(r"[^\s\u200b]+", shown)) <= safe_text.LONG_WORD
