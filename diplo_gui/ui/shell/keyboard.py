"""Keyboard conventions of a desktop reader: Esc clears the search, Tab goes from the list to
the detail, and View › Zoom In / Zoom Out / Actual Size (the platform's zoom keys) enlarge the
detail pane's text, or zoom the timeline when it has the focus. The detail's zoom is remembered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from .main_window import MainWindow
    from .menus import Keys

DETAIL_ZOOM = "view/detailZoom"  # steps of one point above (or below) the usual size
_ZOOM_RANGE = (-4, 12)
_TIMELINE_ZOOM = 1.5  # the step of the timeline's own keys (Ctrl+=, which is no standard zoom key)


class Keyboard(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("keyboardConventions")
        self.window = window
        self.detail_zoom = 0
        window.search_box.installEventFilter(self)
        QWidget.setTabOrder(window.list_view, window.detail)  # not to the filters first

        self.zoom_in_action = self._action(self.tr("Zoom &In"), "zoomInAction", self.zoom_in,
                                           QKeySequence.StandardKey.ZoomIn,
                                           self.tr("Larger text in the detail pane "
                                                   "(or zoom the timeline when it has the focus)"))
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), "zoomOutAction", self.zoom_out,
                                            QKeySequence.StandardKey.ZoomOut,
                                            self.tr("Smaller text in the detail pane (or zoom the timeline out)"))
        self.zoom_reset_action = self._action(self.tr("&Actual Size"), "zoomResetAction", self.zoom_reset,
                                              QKeySequence("Ctrl+0"),
                                              self.tr("The detail pane's usual text size (or the whole timeline)"))
        stored = QSettings().value(DETAIL_ZOOM, 0)
        try:
            steps = int(stored) if isinstance(stored, (int, float, str)) else 0
        except ValueError:
            steps = 0  # a hand-edited value
        self.set_detail_zoom(steps, remember=False)

    def _action(self, text: str, name: str, slot: Callable[[], object], keys: Keys, tip: str) -> QAction:
        return self.window.menus.action(name, text, slot, keys, tip)  # View › Zoom …, keys work everywhere

    # -- zoom ----------------------------------------------------------------------------
    def _timeline_has_focus(self) -> bool:
        timeline = self.window.explore.timeline
        focus = QApplication.focusWidget()
        return focus is not None and (focus is timeline or timeline.isAncestorOf(focus))

    def set_detail_zoom(self, steps: int, remember: bool = True) -> None:
        steps = max(_ZOOM_RANGE[0], min(_ZOOM_RANGE[1], steps))
        detail = self.window.detail
        if steps > self.detail_zoom:
            detail.zoomIn(steps - self.detail_zoom)
        elif steps < self.detail_zoom:
            detail.zoomOut(self.detail_zoom - steps)
        self.detail_zoom = steps
        if remember:
            settings = QSettings()
            settings.setValue(DETAIL_ZOOM, steps)
            settings.sync()

    @Slot()
    def zoom_in(self) -> None:
        if self._timeline_has_focus():
            self.window.explore.timeline.zoom(_TIMELINE_ZOOM)
        else:
            self.set_detail_zoom(self.detail_zoom + 1)

    @Slot()
    def zoom_out(self) -> None:
        if self._timeline_has_focus():
            self.window.explore.timeline.zoom(1 / _TIMELINE_ZOOM)
        else:
            self.set_detail_zoom(self.detail_zoom - 1)

    @Slot()
    def zoom_reset(self) -> None:
        if self._timeline_has_focus():
            self.window.explore.timeline.fit()
        else:
            self.set_detail_zoom(0)

    # -- Esc in the search box -----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and self.window.search_box.text()):
            self.window.search_box.clear()
            return True
        return False

