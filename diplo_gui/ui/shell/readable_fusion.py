"""Fusion, readable on a dark palette: the style theme.py sets when it forces a palette.

Its own module so that QProxyStyle and QStyleOption, costly to import, are imported only
when a palette is forced (theme.py), not on every start.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from .theme import is_dark


class ReadableFusion(QProxyStyle):
    """Fusion, with check boxes that show on a dark palette.

    Fusion outlines a check box with the window colour darkened, which on a dark palette
    is dark on dark: an unticked box (the filters are lists of them) becomes invisible.
    On a dark palette we draw the outline again in a light grey.
    """

    _BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,  # noqa: N802
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in self._BOXES and is_dark(option.palette):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.PlaceholderText), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            box = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
            if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
                painter.drawEllipse(box)
            else:
                painter.drawRoundedRect(box, 1, 1)
            painter.restore()
