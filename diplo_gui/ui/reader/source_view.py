"""A source's stored text, read-only and plain, with one quote highlighted and scrolled into view.

The text is shown by a QPlainTextEdit: plain text only, so nothing in it can render as
markup, follow a link or load a resource. The source's title, publisher, date, licence
and address are plain-text labels (the address is shown, not a link: it is only to read).
Where the quote stands is core's answer (``verify.find_quote``), mapped from Python's
code points to the UTF-16 positions a QTextCursor counts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core import formatting
from ...core.model import Extent, Quote, Source
from ...core.verify import UnreadableText, find_quote, read_stored_text
from .safe_text import plain_label

# A label holds a title, a publisher or an address, not a document: a longer value (hostile
# data) is cut, or it would make the window taller than any screen.
MAX_LABEL_CHARS = 500


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cut(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
        # A transcript runs to pages: a reader looks for a name or a phrase in it (Ctrl+F, then Enter).
        find_row = QHBoxLayout()
        self.find_field = QLineEdit()
        self.find_field.setObjectName("sourceViewFind")
        self.find_field.setPlaceholderText(self.tr("Find in this text (Ctrl+F; Enter: next, Shift+Enter: previous)"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_status = plain_label()
        self.find_status.setObjectName("sourceViewFindStatus")
        find_row.addWidget(self.find_field, 1)
        find_row.addWidget(self.find_status)
        layout.addLayout(find_row)
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_find)
        for key, backward in ((QKeySequence.StandardKey.FindNext, False),
                              (QKeySequence.StandardKey.FindPrevious, True)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda backward=backward: self.find_next(backward=backward))
        self.find_field.installEventFilter(self)  # Shift+Enter: see eventFilter
        self._span: tuple[int, int] | None = None  # the quote's UTF-16 positions in the shown text

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:  # as a dialog: Esc closes the page
            self.close()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # In the find field, Shift+Enter steps back: the field's returnPressed ignores Shift.
        if (watched is self.find_field and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.find_next(backward=True)
            return True
        return super().eventFilter(watched, event)

    def _focus_find(self) -> None:
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def find_next(self, backward: bool = False) -> bool:
        """Select the next (or previous) place the find field's words stand in the text, from the cursor on,
        round to the start (or the end) when there is none further; False and a word to say so if none."""
        words = self.find_field.text()
        if not words:
            self.find_status.setText("")
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        view = self.text_view
        found = view.find(words, flags)
        if not found:  # round the end, as a browser does
            start = QTextCursor(view.document())
            start.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            view.setTextCursor(start)
            found = view.find(words, flags)
        self.find_status.setText("" if found else self.tr("Not found"))
        view.ensureCursorVisible()
        return found

    def _label(self, name: str) -> QLabel:
        label = plain_label()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A word wider than the window (a long address) is clipped, never widens the window:
        # QLabel cannot wrap inside a word.
        policy = label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        label.setSizePolicy(policy)
        return label

    def highlighted_span(self) -> tuple[int, int] | None:
        return self._span

    def show_quote(self, source: Source, quote: Quote) -> None:
        """Show the source's stored text with the quote selected, highlighted and in view."""
        self.setWindowTitle(self.tr("Source: {title}").format(title=_cut(source.title, 120)))
        self.title_label.setText(_cut(source.title))
        self.publisher_label.setText(_cut(source.publisher or "—"))
        self.date_label.setText(formatting.format_date(source.published) if source.published else "—")
        stored = source.stored_text
        if stored is None:
            self.extent_label.setText(self.tr("No text is stored"))
        else:
            self.extent_label.setText(self.tr("The whole text") if stored.extent is Extent.FULL
                                      else self.tr("An excerpt around the quotes"))
        self.licence_label.setText(_cut((stored.licence if stored else None) or "—"))
        self.url_label.setText(_cut(source.url or "—"))
        self._span = None
        self.find_status.setText("")
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
