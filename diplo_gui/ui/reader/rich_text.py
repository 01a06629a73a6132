"""The read-only rich-text page every view of ours is built on, and the colours it shares.

A page of escaped rich text (built with ``safe_text``) that never navigates and never
loads a resource: a clicked link is a ``linkActivated`` signal for the window to judge,
and ``loadResource`` hands back a blank image whatever a document names. Colours come
from the palette, so a page is rendered again when the palette changes (light, dark).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from ...core.model import Status
from .safe_text import escape

STATUS_COLOURS = {Status.HELD: "#2e7d32", Status.PLANNED: "#1565c0", Status.POSTPONED: "#c62828",
                  Status.CANCELLED: "#6d4c41"}
# The same hues, light enough to read on a dark page (contrast about 4.5:1 or more on #232323).
STATUS_COLOURS_DARK = {Status.HELD: "#81c784", Status.PLANNED: "#64b5f6", Status.POSTPONED: "#ef6f6c",
                       Status.CANCELLED: "#bcaaa4"}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def status_span(status: Status, text: str) -> str:
    """A status word, coloured by the page's style sheet (so it follows light and dark)."""
    return f"<span class='status-{status.value}'>{escape(text)}</span>"


def page_css(palette: QPalette) -> str:
    """What every page shares: muted text, links, quotes, table cells, status words, in the palette's colours."""
    muted = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText).name()
    accent = palette.color(QPalette.ColorRole.Link).name()
    rule = palette.color(QPalette.ColorRole.Mid).name()
    colours = STATUS_COLOURS_DARK if is_dark(palette) else STATUS_COLOURS
    return (f".muted {{ color: {muted}; }}"
            f"a {{ color: {accent}; }}"
            f".quote {{ margin-left: 6px; padding-left: 10px; border-left: 3px solid {rule}; }}"
            f"td {{ padding: 2px 12px 2px 0; }}"
            + "".join(f".status-{s.value} {{ color: {c}; font-weight: 600; }}" for s, c in colours.items()))


def muted_colour(palette: QPalette) -> str:
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText).name()


class SafePage(QTextBrowser):
    """A read-only page; subclasses build its HTML in ``refresh()`` from escaped values only."""

    linkActivated = Signal(QUrl)

    def __init__(self, margin: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.anchorClicked.connect(self.linkActivated)
        self.document().setDocumentMargin(margin)

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt override
        # Never fetch anything (files, images) a document might name: a blank image is all it gets.
        return QImage(1, 1, QImage.Format.Format_ARGB32)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.refresh()  # colours are taken from the palette: render again for light and dark

    def refresh(self) -> None:
        """Set the style sheet and the HTML again from the current palette."""
        raise NotImplementedError
