"""A search that cannot be read says so, and where, instead of silently matching nothing."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

MESSAGE = "Search not applied: at character 7, this quotation mark opens a phrase that is never closed."


def _titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [window.proxy.index(row, 1).data() for row in range(window.proxy.rowCount())]


def _sign(window) -> QAction | None:  # type: ignore[no-untyped-def]
    return window.search_box.findChild(QAction, "searchErrorAction")


def test_an_unclosed_quote_is_shown_with_where_until_it_is_closed(make_window, qtbot):
    window = make_window()
    search = window.findChild(QLineEdit, "searchBox")
    qtbot.keyClicks(search, 'place:"New York')
    assert window.statusBar().currentMessage() == MESSAGE
    sign = _sign(window)
    assert sign is not None and sign.isVisible()
    assert MESSAGE in sign.toolTip() and 'place:"New York\n      ^' in sign.toolTip().replace("&quot;", '"')
    assert search.toolTip() == sign.toolTip()

    qtbot.keyClicks(search, '"')
    assert _titles(window) == ["Blinken meets Han Zheng at the UN General Assembly"]
    assert window.statusBar().currentMessage() == ""
    assert not sign.isVisible() and search.toolTip() == ""


def test_the_list_keeps_the_last_search_it_could_read(make_window, qtbot):
    window = make_window()
    search = window.findChild(QLineEdit, "searchBox")
    qtbot.keyClicks(search, "taiwan")
    shown = _titles(window)
    assert len(shown) == 3
    qtbot.keyClicks(search, ' "lines of')
    assert _titles(window) == shown  # not emptied by a phrase still being typed
    assert window.statusBar().currentMessage().startswith("Search not applied: at character 8,")
    qtbot.keyClicks(search, ' communication"')
    assert _titles(window) == ["Biden and Xi meet at Filoli during APEC"]


def test_the_typed_text_in_the_tooltip_is_text(make_window, qtbot):
    window = make_window()
    search = window.findChild(QLineEdit, "searchBox")
    qtbot.keyClicks(search, '<b>x</b> "y')
    tip = _sign(window).toolTip()
    assert "&lt;b&gt;x&lt;/b&gt;" in tip and "<b>" not in tip
