"""A source's stored text, read-only and plain, with one quote highlighted and scrolled into view.

The text is shown by a QPlainTextEdit: plain text only, so nothing in it can render as
markup, follow a link or load a resource. The source's title, publisher, date, licence
and address are plain-text labels (the address is shown, not a link: it is only to read).
Where the quote stands is core's answer (``verify.find_quote``), mapped from Python's
code points to the UTF-16 positions a QTextCursor counts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from ..core import formatting
from ..core.model import Extent, Quote, Source
from ..core.verify import UnreadableText, find_quote, read_stored_text
from .safe_text import plain_label


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class SourceView(QWidget):
    """A window showing one source's stored text with a quote highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("sourceView")
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        self.title_label = self._label("sourceViewTitle")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        layout.addWidget(self.title_label)
        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.publisher_label = self._label("sourceViewPublisher")
        self.date_label = self._label("sourceViewDate")
        self.extent_label = self._label("sourceViewExtent")
        self.licence_label = self._label("sourceViewLicence")
        self.url_label = self._label("sourceViewUrl")
        for name, label in ((self.tr("Publisher"), self.publisher_label), (self.tr("Published"), self.date_label),
                            (self.tr("Stored"), self.extent_label), (self.tr("Licence"), self.licence_label),
                            (self.tr("Address"), self.url_label)):
            details.addRow(plain_label(name), label)
        layout.addLayout(details)
        self.status_label = self._label("sourceViewStatus")
        layout.addWidget(self.status_label)
        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName("sourceViewText")
        self.text_view.setReadOnly(True)
        self.text_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.text_view, 1)
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)
        self._span: tuple[int, int] | None = None  # the quote's UTF-16 positions in the shown text

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:  # as a dialog: Esc closes the page
            self.close()
            return
        super().keyPressEvent(event)

    def _label(self, name: str) -> QLabel:
        label = plain_label()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def highlighted_span(self) -> tuple[int, int] | None:
        return self._span

    def show_quote(self, source: Source, quote: Quote) -> None:
        """Show the source's stored text with the quote selected, highlighted and in view."""
        self.setWindowTitle(self.tr("Source: {title}").format(title=source.title))
        self.title_label.setText(source.title)
        self.publisher_label.setText(source.publisher or "—")
        self.date_label.setText(formatting.format_date(source.published) if source.published else "—")
        stored = source.stored_text
        if stored is None:
            self.extent_label.setText(self.tr("No text is stored"))
        else:
            self.extent_label.setText(self.tr("The whole text") if stored.extent is Extent.FULL
                                      else self.tr("An excerpt around the quotes"))
        self.licence_label.setText((stored.licence if stored else None) or "—")
        self.url_label.setText(source.url or "—")
        self._span = None
        self.text_view.setExtraSelections([])
        if stored is None:
            self.text_view.setPlainText("")
            self.status_label.setText(self.tr("No text of this source is stored."))
            return
        try:
            text = read_stored_text(stored)
        except UnreadableText as exc:
            self.text_view.setPlainText("")
            self.status_label.setText(self.tr("The stored text cannot be shown: {reason}").format(reason=str(exc)))
            return
        self.text_view.setPlainText(text)
        # Search what the document holds (line breaks as it counts them), then convert to UTF-16.
        shown = self.text_view.toPlainText()
        span = find_quote(quote.text, shown)
        if span is None:
            self.status_label.setText(self.tr("The quote was not found in this text."))
            return
        start = _utf16_length(shown[: span[0]])
        end = start + _utf16_length(shown[span[0]: span[1]])
        self._span = (start, end)
        self.status_label.setText(self.tr("The quote is highlighted."))
        # Anchored at the end, the cursor at the start: scrolling brings the quote's first words into view.
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(end)
        cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
        # A highlight that stays when the view loses focus, and the selection for copying.
        highlight = QTextEdit.ExtraSelection()
        highlight.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(self.palette().highlight())
        fmt.setForeground(self.palette().highlightedText())
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        highlight.format = fmt
        self.text_view.setExtraSelections([highlight])
        self.text_view.setTextCursor(cursor)
        self.text_view.centerCursor()
        self.text_view.ensureCursorVisible()
