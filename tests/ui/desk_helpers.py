"""Helpers for the window tests: a right click as Qt delivers it, menus, and waiting for a load."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QWidget


def right_click_menu(qtbot, widget: QWidget, pos: QPoint) -> QMenu:  # type: ignore[no-untyped-def]
    """Right-click ``widget`` at ``pos`` (the keyboard's Menu key sends the same event) and
    return the context menu that pops up."""
    if isinstance(widget, QAbstractScrollArea):  # a view: the click lands on its viewport
        widget = widget.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return QApplication.activePopupWidget()


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&&", "\0").replace("&", "").replace("\0", "&") for a in menu.actions()
            if not a.isSeparator()]


def trigger(menu: QMenu, text: str) -> None:
    """Choose the entry of ``menu`` (or of one of its submenus) whose text is ``text``, and close it."""
    for action in menu.actions():
        plain = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if plain == text:
            menu.close()
            action.trigger()
            return
    raise AssertionError(f"no entry {text!r} in {menu_texts(menu)}")


def wait_loaded(qtbot, window, timeout: int = 60_000) -> None:  # type: ignore[no-untyped-def]
    """Until the window shows what it is loading (loads run off the UI thread and return at once)."""
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=timeout)


def reload_and_wait(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """File › Reload as the program does it, then wait for the data to be shown."""
    window.reload()
    wait_loaded(qtbot, window)
