"""The review of a draft: the article with every used span highlighted, the drafted meetings beside it.

The drafting itself is ``core.drafting`` (the same engine and YAML writer as
``diplo-data draft``); corrections are ``core.drafting.corrections``. This module only
shows them: the article in a plain-text editor (markup stays text; control characters
are shown as the Unicode control pictures, one character for one, so the engine's
character spans still line up), the meetings as a tree, and editors for the selected
item. Saving writes the YAML atomically into the user's data folder and reloads the
window. Dialogs are replaceable callables, so tests never block on one.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QMimeData, QObject, QPoint, Qt, QThread, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import atomic, loading
from ...core.drafting import Draft, DraftCancelled, corrections, draft_article, places, to_yaml
from ...core.drafting.matching import rematch
from ...core.drafting.model import DraftMeeting, DraftQuote, Mention, Span
from ...core.drafting.text import article_problem, read_article
from ...core.model import Dataset, PartialDate, Source
from ..reader.safe_text import country_name, plain_label, tooltip, warn

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow

KEY = Qt.ItemDataRole.UserRole
# Which extra selection is the strong one of the selected item (tests and tooltips read it).
ROLE_PROPERTY = QTextFormat.Property.UserProperty + 1

# -- the article as shown ------------------------------------------------------------------
# C0 controls (but tab and newline) and DEL become their control pictures (U+2400…), C1
# controls and bidi overrides the replacement character: one character for one, so spans
# keep their offsets, and nothing in a pasted article is drawn as anything but text.
_TO_VISIBLE = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_TO_VISIBLE[0x7F] = 0x2421
_TO_VISIBLE.update({c: 0xFFFD for c in (*range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_FROM_VISIBLE = {v: k for k, v in _TO_VISIBLE.items() if v != 0xFFFD}


_SHOWN_CONTROLS = re.compile("[" + "".join(sorted({chr(v) for v in _TO_VISIBLE.values()})) + "]")


def visible(text: str) -> str:
    return text.replace("\r\n", "\n").translate(_TO_VISIBLE)


class ArticleEdit(QPlainTextEdit):
    """Plain text only: a paste inserts the clipboard's text (never its HTML), control characters made visible."""

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        if source.hasText():
            self.insertPlainText(visible(source.text()))

    def article(self) -> str:
        """The text as the engine reads it: control pictures back to the characters they stand for."""
        return self.document().toRawText().replace("\u2029", "\n").translate(_FROM_VISIBLE)


class _Utf16:
    """Python offsets (code points) to Qt positions (UTF-16 units): they differ after a character beyond U+FFFF."""

    def __init__(self, text: str) -> None:
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def __call__(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._wide, offset)

    def back(self, position: int) -> int:
        """The Python offset of a Qt position (a wide character counts two units there)."""
        ends = [w + i + 2 for i, w in enumerate(self._wide)]
        return position - bisect.bisect_right(ends, position)


# -- colours: light backgrounds with dark text, readable in a light and a dark theme ---------
_KIND_COLOURS = {
    "quote": "#fff2a8", "term": "#f3ecd0", "speaker": "#cfe3ff", "person": "#cfe3ff", "participant": "#cfe3ff",
    "meeting": "#cdeccd", "status": "#cdeccd", "date": "#ffd9b0", "city": "#ffd9b0", "country": "#ffd9b0",
    "venue": "#ffd9b0", "issue": "#e8d5f5", "control": "#ff8f8f", "form": "#cdeccd",
}
_STRONG = {"selected": "#ffb938", "selected-speaker": "#5b9bff"}


def _format(colour: str, kind: str, strong: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(QColor(colour)))
    fmt.setForeground(QBrush(QColor("#000000")))
    fmt.setProperty(ROLE_PROPERTY, kind)
    if strong:
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontUnderline(True)
    return fmt


def _warm_gazetteer() -> None:
    try:
        places.warm_up()
    except Exception:  # noqa: BLE001 - the first draft meets the same error and reports it
        pass


class DraftRun(QThread):
    """One press of Draft: the engine on its own thread, its draft sent back by a (queued) signal.

    The review never waits for it: Cancel, a newer Draft or closing the review sets ``cancelled``,
    which the engine reads between runs of names and between sentences, and a late answer of a
    run that is no longer the review's current one is dropped. Its parent is the application, so
    a closed review never destroys a thread that is still winding down.
    """

    drafted = Signal(int, object)  # generation, Draft
    failed = Signal(int, str)  # generation, what went wrong

    def __init__(self, generation: int, article: str, published: dt.date, dataset: Dataset) -> None:
        super().__init__(QCoreApplication.instance())
        self.generation = generation
        self.article = article
        self.published = published
        self.dataset = dataset
        self.cancelled = threading.Event()
        self.finished.connect(self.deleteLater)

    def run(self) -> None:  # on the worker thread: touches no widget
        try:
            draft = draft_article(self.article, self.published, self.dataset, stop=self.cancelled.is_set)
        except DraftCancelled:
            return
        except Exception as exc:  # noqa: BLE001 - any engine failure is a message, never a crash
            self.failed.emit(self.generation, f"{type(exc).__name__}: {exc}")
            return
        self.drafted.emit(self.generation, draft)


class DraftReview(QDialog):
    """File › Draft from Article…: paste or open an article, draft, correct, save."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.window_ = window
        self.setObjectName("draftReview")
        self.setWindowTitle(self.tr("Draft from Article"))
        self.draft: Draft | None = None
        # Every correction is undoable: the draft before it, and what was selected then.
        self._undo: list[tuple[Draft, tuple | None]] = []
        self._redo: list[tuple[Draft, tuple | None]] = []
        self.saved_path: Path | None = None
        self._filling = False
        # Dialogs, replaceable by tests: ask_open_path() -> a path or ""; show_error(title, text).
        self.ask_open_path: Callable[[], str] = lambda: QFileDialog.getOpenFileName(
            self, self.tr("Open Article"), "", self.tr("Text files (*.txt);;All files (*)"))[0]
        self.show_error: Callable[[str, str], object] = lambda title, text: warn(self, title, text)

        self.published = QDateEdit(QDate.currentDate())
        self.published.setObjectName("publishedDate")
        self.published.setDisplayFormat("yyyy-MM-dd")
        self.published.setCalendarPopup(True)
        self.source_title = QLineEdit()
        self.source_title.setObjectName("sourceTitle")
        self.source_title.setPlaceholderText(self.tr("Article"))
        self.source_url = QLineEdit()
        self.source_url.setObjectName("sourceUrl")
        self.source_url.setPlaceholderText(self.tr("https://… (optional)"))
        self.open_button = QPushButton(self.tr("&Open Text File…"))
        self.open_button.clicked.connect(self.open_article)
        self.draft_button = QPushButton(self.tr("&Draft"))
        self.draft_button.setObjectName("draftButton")
        self.draft_button.clicked.connect(self.run_draft)
        self.edit_button = QPushButton(self.tr("&Edit Article"))
        self.edit_button.setToolTip(tooltip(self.tr("Change the text; the draft and its corrections are discarded")))
        self.edit_button.clicked.connect(self.edit_article)
        # While the engine drafts on its thread: a busy bar and Cancel (the text stays editable, and
        # Draft again starts over with the text as it is then).
        self.busy = QProgressBar()
        self.busy.setObjectName("draftBusy")
        self.busy.setRange(0, 0)  # no end known: the bar moves to and fro
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Drafting"))
        self.busy.setMaximumWidth(120)
        self.cancel_button = QPushButton(self.tr("&Cancel Draft"))
        self.cancel_button.setObjectName("cancelDraftButton")
        self.cancel_button.clicked.connect(self.cancel_draft)
        self.busy.hide()
        self.cancel_button.hide()
        self._run: DraftRun | None = None
        self._generation = 0
        top = QHBoxLayout()
        # Each field with a label that names it (its buddy, with an Alt+key) and the same name for
        # screen readers, which do not see which label stands beside which field.
        for label, name, widget in ((self.tr("&Published:"), self.tr("Date published"), self.published),
                                    (self.tr("&Source:"), self.tr("Source title"), self.source_title),
                                    (self.tr("U&RL:"), self.tr("Source address"), self.source_url)):
            caption = plain_label(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(name)
            top.addWidget(caption)
            top.addWidget(widget, 2 if widget is not self.published else 0)
        top.addWidget(self.open_button)
        top.addWidget(self.draft_button)
        top.addWidget(self.busy)
        top.addWidget(self.cancel_button)
        top.addWidget(self.edit_button)

        self.article_view = ArticleEdit()
        self.article_view.setObjectName("articleView")
        self.article_view.setAccessibleName(self.tr("Article text"))
        self.article_view.setPlaceholderText(self.tr("Paste the article here, or open a text file."))
        self.article_view.textChanged.connect(self._on_text_changed)
        # A highlighted name, double-clicked (or its context menu), becomes the selected quote's
        # speaker or a participant of the selected meeting: one action, no list to search.
        self.article_view.viewport().installEventFilter(self)
        self.article_view.installEventFilter(self)  # Enter on a name: the same, from the keyboard
        self.article_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.article_view.customContextMenuRequested.connect(self._article_menu)

        self.tree = QTreeWidget()
        self.tree.setObjectName("draftTree")
        self.tree.setHeaderLabels([self.tr("Drafted"), self.tr("Read from")])
        self.tree.setAccessibleName(self.tr("Drafted meetings"))
        self.tree.setColumnWidth(0, 380)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.installEventFilter(self)  # Delete drops the selected item

        self.editors = QStackedWidget()
        self.editors.addWidget(plain_label(
            self.tr("Select a meeting, a participant, a quote or a date to correct it.")))
        self.speaker_box = QComboBox()
        self.speaker_box.setObjectName("speakerBox")
        self.speaker_box.currentIndexChanged.connect(self._on_speaker)
        self.participant_box = QComboBox()
        self.participant_box.setObjectName("participantBox")
        self.participant_box.currentIndexChanged.connect(self._on_participant)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        self.date_edit = QLineEdit()
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD (empty: no date)"))
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setObjectName("applyButton")
        self.apply_button.clicked.connect(self.apply_meeting)
        self.title_edit.returnPressed.connect(self.apply_meeting)
        self.date_edit.returnPressed.connect(self.apply_meeting)
        # QFormLayout makes each label the buddy of its field; the accessible name says the same.
        for label, name, combo in ((self.tr("Spea&ker:"), self.tr("Speaker"), self.speaker_box),
                                   (self.tr("Partic&ipant:"), self.tr("Participant"), self.participant_box)):
            page = QWidget()
            form = QFormLayout(page)
            combo.setAccessibleName(name)
            form.addRow(label, combo)
            self.editors.addWidget(page)
        meeting_page = QWidget()
        form = QFormLayout(meeting_page)
        self.title_edit.setAccessibleName(self.tr("Meeting title"))
        self.date_edit.setAccessibleName(self.tr("Meeting date"))
        form.addRow(self.tr("Tit&le:"), self.title_edit)
        form.addRow(self.tr("Da&te:"), self.date_edit)
        form.addRow("", self.apply_button)
        self.editors.addWidget(meeting_page)
        self.as_new_box = QCheckBox(self.tr("Save as a new meeting (a copy) instead of adding to the known one"))
        self.as_new_box.setObjectName("asNewBox")
        self.as_new_box.toggled.connect(self._on_as_new)
        known_page = QWidget()
        form = QFormLayout(known_page)
        form.addRow(self.as_new_box)
        self.editors.addWidget(known_page)
        self.drop_button = QPushButton(self.tr("Drop (Delete)"))
        self.drop_button.setObjectName("dropButton")
        self.drop_button.clicked.connect(self.drop_current)
        self.message = plain_label()
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        correct = QGroupBox(self.tr("Correct"))
        correct.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        box = QVBoxLayout(correct)
        box.addWidget(self.editors)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setToolTip(tooltip(self.tr("Take back the last correction (Ctrl+Z)")))
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = QPushButton(self.tr("&Redo"))
        self.redo_button.setObjectName("redoButton")
        self.redo_button.setToolTip(tooltip(self.tr("Make the correction again (Ctrl+Shift+Z)")))
        self.redo_button.clicked.connect(self.redo)
        # Ctrl+Z in a text field undoes its typing (Qt gives the field the key first); elsewhere, a correction.
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo), (QKeySequence.StandardKey.Redo, self.redo)):
            action = QAction(self)
            action.setShortcuts(keys)  # every binding of the platform (Redo: Ctrl+Shift+Z and Ctrl+Y)
            action.triggered.connect(slot)
            self.addAction(action)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.redo_button)
        row.addWidget(self.drop_button)
        box.addLayout(row)

        left = QWidget()
        article_column = QVBoxLayout(left)
        article_column.setContentsMargins(0, 0, 0, 0)
        article_column.addWidget(self.article_view, 1)
        legend = QHBoxLayout()
        for kind, text in (("quote", self.tr("quote")), ("person", self.tr("person")), ("meeting", self.tr("meeting")),
                           ("date", self.tr("date or place")), ("issue", self.tr("issue")),
                           ("selected", self.tr("selected")), ("selected-speaker", self.tr("its speaker")),
                           ("control", self.tr("control character"))):
            swatch = plain_label(text)
            swatch.setToolTip(tooltip(self.tr("How the article marks what the draft read from it")))
            colour = _KIND_COLOURS.get(kind) or _STRONG[kind]
            swatch.setStyleSheet(f"QLabel {{ background: {colour}; color: #000000; padding: 0 4px; }}")
            legend.addWidget(swatch)
        legend.addStretch(1)
        article_column.addLayout(legend)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tree, 1)
        column.addWidget(correct)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.summary = plain_label()
        self.summary.setObjectName("draftSummary")
        self.save_button = QPushButton(self.tr("&Save to My Data Folder"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in the date or title field applies it, never presses a button
        self.resize(1280, 780)
        self.splitter.setSizes([620, 660])
        self._set_drafted(False)
        # The gazetteer takes half a second to load: while the reader pastes, not on Draft.
        threading.Thread(target=_warm_gazetteer, name="diplo-gazetteer", daemon=True).start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.article_view.viewport() and event.type() == QEvent.Type.MouseButtonDblClick
                and isinstance(event, QMouseEvent) and self.draft is not None):
            mention = self.mention_at(event.position().toPoint())
            if mention is not None:
                self.assign(mention)
                return True
        if (watched is self.article_view and event.type() == QEvent.Type.KeyPress and self.draft is not None
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            mention = self.mention_at_offset(self._positions.back(self.article_view.textCursor().position()))
            if mention is not None:
                self.assign(mention)
                return True
        if (watched is self.tree and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            self.drop_current()
            return True
        return super().eventFilter(watched, event)

    def _control_marks(self) -> list[QTextEdit.ExtraSelection]:
        """A control character shows as its symbol (a box where no font has one), marked so it cannot be missed."""
        marks = []
        fmt = _format(_KIND_COLOURS["control"], "control")
        fmt.setToolTip(self.tr("A control character of the article, shown as its symbol"))
        block = self.article_view.document().firstBlock()
        while block.isValid():  # positions are Qt's (UTF-16), block by block
            for match in _SHOWN_CONTROLS.finditer(block.text()):
                cursor = QTextCursor(block)
                cursor.setPosition(block.position() + len(block.text()[:match.start()].encode("utf-16-le")) // 2)
                cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                marks.append(selection)
            block = block.next()
        return marks

    @Slot()
    def _on_text_changed(self) -> None:
        if self.draft is None:
            self.article_view.setExtraSelections(self._control_marks())

    # -- the article ----------------------------------------------------------------------
    def set_article(self, text: str) -> None:
        self.edit_article()
        self.article_view.setPlainText(visible(text))

    @Slot()
    def open_article(self) -> None:
        path = self.ask_open_path()
        if not path:
            return
        try:
            text = read_article(Path(path).read_bytes())
        except (OSError, ValueError) as exc:
            self.show_error(self.tr("Cannot open the article"),
                            self.tr("%1: %2").replace("%1", str(path))
                            .replace("%2", getattr(exc, "strerror", None) or str(exc)))
            return
        self.set_article(text)

    @Slot()
    def edit_article(self) -> None:
        self._stop_run()
        self.draft = None
        self._undo.clear()
        self._redo.clear()
        self._set_drafted(False)

    def _set_drafted(self, drafted: bool) -> None:
        """While a draft is shown the text is read-only: its spans point into exactly this text."""
        self.article_view.setReadOnly(drafted)
        if drafted:  # the arrow keys still move a cursor over the text: Enter on a name assigns it
            self.article_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.draft_button.setEnabled(not drafted)
        self.edit_button.setEnabled(drafted)
        self.published.setEnabled(not drafted)
        if not drafted:
            self.tree.clear()
            self.article_view.setExtraSelections(self._control_marks())
            self.editors.setCurrentIndex(0)
            self.message.clear()
        self._update_summary()

    @Slot()
    def run_draft(self) -> None:
        """Start drafting on a worker thread; a draft still running is superseded (given up)."""
        article = self.article_view.article()
        if not article.strip():
            self.message.setText(self.tr("Paste an article first."))
            return
        problem = article_problem(article)
        if problem is not None:
            self.message.setText(self.tr("Cannot draft: %1.").replace("%1", problem))
            return
        published = dt.date.fromisoformat(self.published.date().toString("yyyy-MM-dd"))
        shown = visible(article)
        if self.article_view.toPlainText() != shown:  # what Qt turned into line breaks reads as the engine reads it
            self.article_view.setPlainText(shown)
        self._stop_run()
        self._generation += 1
        run = DraftRun(self._generation, article, published, self.window_.dataset)
        run.drafted.connect(self._on_drafted)
        run.failed.connect(self._on_draft_failed)
        self.destroyed.connect(run.cancelled.set)  # a review closed with its window: give the draft up
        self._run = run
        self._set_busy(True)
        self.message.clear()
        run.start(QThread.Priority.LowPriority)

    @property
    def drafting(self) -> bool:
        """True from Draft until its draft is shown, cancelled or superseded."""
        return self._run is not None

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:  # where the review says what to do next
            self.summary.setText(self.tr("Drafting… the windows stay usable; Cancel Draft stops it."))
        else:
            self._update_summary()

    def _stop_run(self) -> None:
        if self._run is not None:
            self._run.cancelled.set()  # its answer, if one still comes, has an old generation
            self._run = None
            self._generation += 1
        self._set_busy(False)

    @Slot()
    def cancel_draft(self) -> None:
        if self._run is None:
            return
        self._stop_run()
        self.message.setText(self.tr("Drafting cancelled."))

    @Slot(int, object)
    def _on_drafted(self, generation: int, draft: Draft) -> None:
        run = self._run
        if run is None or generation != self._generation:
            return  # cancelled or superseded meanwhile
        self._run = None
        self._set_busy(False)
        published = dt.date.fromisoformat(self.published.date().toString("yyyy-MM-dd"))
        if self.article_view.article() != run.article or published != run.published:
            self.message.setText(self.tr("The article or its date changed while drafting: press Draft again."))
            return
        self.message.clear()
        self.draft = draft
        self._undo.clear()
        self._redo.clear()
        self._positions = _Utf16(run.article)
        self._set_drafted(True)
        self._refresh(None)

    @Slot(int, str)
    def _on_draft_failed(self, generation: int, problem: str) -> None:
        if self._run is None or generation != self._generation:
            return
        self._run = None
        self._set_busy(False)
        self.message.setText(self.tr("Cannot draft: %1.").replace("%1", problem))

    # -- the tree -------------------------------------------------------------------------
    def _name(self, person_id: str) -> str:
        known = self.window_.dataset.people.get(person_id)
        if known is not None:
            return known.name
        proposed = next((p for p in self.draft.people if p.id == person_id), None) if self.draft else None
        return proposed.name if proposed is not None else person_id

    def _said(self, span: Span | None) -> str:
        if span is None or self.draft is None:
            return ""
        return visible(" ".join(span.text(self.draft.article).split()))

    def _quote_item(self, quote: DraftQuote) -> QTreeWidgetItem:
        who = visible(self._name(quote.speaker)) if quote.speaker else self.tr("UNATTRIBUTED (not saved as said)")
        item = QTreeWidgetItem([self.tr("Quote: “%1” — %2").replace("%2", who).replace("%1", visible(quote.text)),
                                quote.rule])
        item.setData(0, KEY, ("quote", quote.parts))
        if quote.speaker is None:
            item.setForeground(0, QBrush(QColor("#c0392b")))
            font = item.font(0)
            font.setItalic(True)
            item.setFont(0, font)
        item.setToolTip(0, tooltip(visible(quote.text)))
        return item

    def _meeting_item(self, m: DraftMeeting) -> QTreeWidgetItem:
        when = str(m.date.date) if m.date else self.tr("no date: not saved until it has one")
        status = "" if m.status.value == "held" else f" [{m.status.value}]"
        adds = self.tr("Adds to a known meeting · ") if m.adds_to else ""  # first: long titles are elided
        item = QTreeWidgetItem([adds + visible(f"{when} · {m.title}{status}"), m.rule])
        item.setData(0, KEY, ("meeting", m.id))
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setToolTip(0, tooltip(m.id))
        if m.known is not None:
            said = (self.tr("Already in the data: %1 (saved as a new meeting)") if m.as_new else
                    self.tr("Already in the data: %1 (its new quotes and this source are added to it)"))
            known = QTreeWidgetItem([said.replace("%1", visible(m.known.title)), m.known.rule])
            known.setData(0, KEY, ("known", m.id))
            known.setToolTip(0, tooltip(m.known.meeting_id))
            item.addChild(known)
        date = QTreeWidgetItem([self.tr("Date: %1").replace("%1", str(m.date.date) if m.date else self.tr("none")),
                                f"“{self._said(m.date.span)}”, {m.date.rule}" if m.date else ""])
        date.setData(0, KEY, ("date", m.id))
        item.addChild(date)
        if m.form != "in-person":
            form = QTreeWidgetItem([self.tr("Form: %1").replace("%1", {"phone": self.tr("phone call"),
                                                                       "video": self.tr("video call")}[m.form]),
                                    f"“{self._said(m.form_span)}”" if m.form_span else ""])
            form.setData(0, KEY, ("form", m.id))
            item.addChild(form)
        for kind, label in (("venue", self.tr("Venue: %1")), ("city", self.tr("City: %1")),
                            ("country", self.tr("Country: %1"))):
            value = getattr(m.place, kind)
            if value is not None:
                shown = country_name(value.value) if kind == "country" else value.value
                child = QTreeWidgetItem([label.replace("%1", visible(shown)),
                                         f"“{self._said(value.span)}”, {value.rule}"])
                child.setData(0, KEY, ("place", m.id, kind))
                item.addChild(child)
        for i, p in enumerate(m.participants):
            child = QTreeWidgetItem([self.tr("Participant: %1").replace("%1", visible(self._name(p.person))),
                                     f"“{self._said(p.span)}”"])
            child.setData(0, KEY, ("participant", m.id, i))
            item.addChild(child)
        for quote in m.quotes:
            item.addChild(self._quote_item(quote))
        for issue in m.issues:
            label = self.tr("Issue: %1") if issue.known else self.tr("Issue: %1 (new)")
            child = QTreeWidgetItem([label.replace("%1", visible(issue.name)),
                                     f"“{self._said(issue.span)}”, {issue.rule}"])
            child.setData(0, KEY, ("issue", m.id, issue.id))
            item.addChild(child)
        return item

    def _refresh(self, select: tuple | None) -> None:
        assert self.draft is not None
        self._filling = True
        self.tree.clear()
        for meeting in self.draft.meetings:
            self.tree.addTopLevelItem(self._meeting_item(meeting))
        loose = self.draft.unattached_quotes
        if loose:
            head = QTreeWidgetItem([self.tr("Quotes in no meeting (kept as comments, not saved as said)"), ""])
            head.setData(0, KEY, ("loose",))
            for quote in loose:
                head.addChild(self._quote_item(quote))
            self.tree.addTopLevelItem(head)
        self.tree.expandAll()
        for item in self._items():
            for column in (0, 1):
                if not item.toolTip(column) and item.text(column):
                    item.setToolTip(column, tooltip(item.text(column)))  # the columns elide long values
        self._filling = False
        self._update_summary()
        target = self.find_item(select) if select else None
        self.tree.setCurrentItem(target or self.tree.topLevelItem(0))  # type: ignore[arg-type]  # None: no current item
        if self.tree.currentItem() is None:
            self._highlight([])

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            assert item is not None, "indexes below the counts"
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def find_item(self, key: tuple) -> QTreeWidgetItem | None:
        return next((item for item in self._items() if item.data(0, KEY) == key), None)

    def _update_summary(self) -> None:
        self._update_history_buttons()
        if self.draft is None:
            self.summary.setText(self.tr("Paste or open an article, set its publication date, and press Draft."))
            self.save_button.setEnabled(False)
            return
        dated = sum(m.date is not None and m.adds_to is None for m in self.draft.meetings)
        known = sum(m.adds_to is not None for m in self.draft.meetings)
        unattributed = sum(q.speaker is None for q in self.draft.quotes)
        self.summary.setText(self.tr("%1 meetings (%2 new with a date, saved; %5 already in the data: additions), "
                                     "%3 quotes (%4 unattributed)")
                             .replace("%1", str(len(self.draft.meetings))).replace("%2", str(dated))
                             .replace("%3", str(len(self.draft.quotes))).replace("%4", str(unattributed))
                             .replace("%5", str(known)))
        self.save_button.setEnabled(dated > 0 or known > 0)

    # -- selection: highlight and edit ------------------------------------------------------
    def current_key(self) -> tuple | None:
        item = self.tree.currentItem()
        return item.data(0, KEY) if item is not None else None

    def _meeting(self, meeting_id: str) -> DraftMeeting:
        assert self.draft is not None
        return next(m for m in self.draft.meetings if m.id == meeting_id)

    def _quote(self, parts: tuple[Span, ...]) -> DraftQuote:
        assert self.draft is not None
        return next(q for q in self.draft.quotes if q.parts == parts)

    def _strong_spans(self, key: tuple | None) -> list[tuple[Span, str]]:
        """The spans of the selected item: the quote and its speaker's words, the meeting's trigger …"""
        if key is None or self.draft is None:
            return []
        kind = key[0]
        if kind == "quote":
            quote = self._quote(key[1])
            found = [(part, "selected") for part in quote.parts]
            return found + ([(quote.speaker_span, "selected-speaker")] if quote.speaker_span else [])
        if kind == "loose":
            return []
        m = self._meeting(key[1])
        if kind in ("meeting", "known"):
            return [(m.trigger, "selected")] + [(p.span, "selected-speaker") for p in m.participants]
        if kind == "date":
            return [(m.date.span, "selected")] if m.date else []
        if kind == "form":
            return [(m.form_span, "selected")] if m.form_span else []
        if kind == "place":
            return [(getattr(m.place, key[2]).span, "selected")]
        if kind == "participant":
            return [(m.participants[key[2]].span, "selected-speaker")]
        if kind == "issue":
            return [(i.span, "selected") for i in m.issues if i.id == key[2]]
        return []

    def _selection(self, span: Span, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.article_view.document())
        cursor.setPosition(self._positions(span.start))
        cursor.setPosition(self._positions(span.end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _highlight(self, strong: list[tuple[Span, str]]) -> None:
        assert self.draft is not None
        selections = [self._selection(h.span, _format(_KIND_COLOURS.get(h.kind, "#e0e0e0"), h.kind))
                      for h in self.draft.highlights()]
        selections += [self._selection(span, _format(_STRONG[role], role, strong=True)) for span, role in strong]
        self.article_view.setExtraSelections(selections + self._control_marks())
        if strong:
            cursor = QTextCursor(self.article_view.document())
            cursor.setPosition(self._positions(min(span.start for span, _ in strong)))
            self.article_view.setTextCursor(cursor)
            self.article_view.centerCursor()

    def highlighted(self) -> list[tuple[str, str]]:
        """(role, text) of each strong highlight: what the reader sees marked for the selected item."""
        return [(s.format.property(ROLE_PROPERTY), s.cursor.selectedText())
                for s in self.article_view.extraSelections() if s.format.fontWeight() == QFont.Weight.Bold]

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._filling or self.draft is None:
            return
        key = current.data(0, KEY) if current is not None else None
        self._highlight(self._strong_spans(key))
        self.message.clear()
        self._filling = True
        try:
            self._fill_editor(key)
        finally:
            self._filling = False
        self.drop_button.setEnabled(key is not None and key[0] != "loose")

    def _people_choices(self) -> list[tuple[str, str]]:
        assert self.draft is not None
        known = sorted(((p.name, pid) for pid, p in self.window_.dataset.people.items()), key=lambda t: t[0].casefold())
        new = [(self.tr("%1 (new)").replace("%1", p.name), p.id) for p in self.draft.people]
        return new + known

    def _fill_combo(self, combo: QComboBox, current: str | None, unattributed: bool) -> None:
        combo.clear()
        if unattributed:
            combo.addItem(self.tr("Unattributed"), None)
        for name, pid in self._people_choices():
            combo.addItem(visible(name), pid)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)

    def _fill_editor(self, key: tuple | None) -> None:
        if not key:
            self.editors.setCurrentIndex(0)
            return
        kind = key[0]
        if kind == "quote":
            self._fill_combo(self.speaker_box, self._quote(key[1]).speaker, unattributed=True)
            self.editors.setCurrentIndex(1)
        elif kind == "participant":
            person = self._meeting(key[1]).participants[key[2]].person
            self._fill_combo(self.participant_box, person, unattributed=False)
            self.editors.setCurrentIndex(2)
        elif kind in ("meeting", "date"):
            m = self._meeting(key[1])
            self.title_edit.setText(m.title)
            self.date_edit.setText(str(m.date.date) if m.date else "")
            self.editors.setCurrentIndex(3)
        elif kind == "known":
            self.as_new_box.setChecked(self._meeting(key[1]).as_new)
            self.editors.setCurrentIndex(4)
        else:
            self.editors.setCurrentIndex(0)

    # -- corrections ------------------------------------------------------------------------
    def _correct(self, change: Callable[[Draft], Draft], select: tuple | None) -> bool:
        assert self.draft is not None
        before = self.draft
        try:
            # People, dates and quotes decide which known meeting a drafted one is: matched again.
            self.draft = rematch(change(self.draft), self.window_.dataset)
        except ValueError as exc:
            self.message.setText(str(exc))
            return False
        if self.draft != before:
            self._undo.append((before, self.current_key()))
            self._redo.clear()
        self._refresh(select)
        return True

    @Slot()
    def undo(self) -> None:
        """Back to the draft before the last correction, with what was selected then."""
        self._step(self._undo, self._redo, self.tr("Undone."))

    @Slot()
    def redo(self) -> None:
        self._step(self._redo, self._undo, self.tr("Done again."))

    def _step(self, source: list[tuple[Draft, tuple | None]], target: list[tuple[Draft, tuple | None]],
              said: str) -> None:
        if self.draft is None or not source:
            return
        target.append((self.draft, self.current_key()))
        self.draft, select = source.pop()
        self._refresh(select)
        self.message.setText(said)

    def _update_history_buttons(self) -> None:
        drafted = self.draft is not None
        self.undo_button.setEnabled(drafted and bool(self._undo))
        self.redo_button.setEnabled(drafted and bool(self._redo))

    @Slot(int)
    def _on_speaker(self, _index: int) -> None:
        key = self.current_key()
        if self._filling or not key or key[0] != "quote":
            return
        speaker = self.speaker_box.currentData()
        self._correct(lambda d: corrections.set_speaker(d, key[1], speaker), key)

    @Slot(int)
    def _on_participant(self, _index: int) -> None:
        key = self.current_key()
        if self._filling or not key or key[0] != "participant":
            return
        person = self.participant_box.currentData()
        self._correct(lambda d: corrections.set_participant(d, key[1], key[2], person), key)

    @Slot(bool)
    def _on_as_new(self, as_new: bool) -> None:
        key = self.current_key()
        if self._filling or not key or key[0] != "known":
            return
        self._correct(lambda d: corrections.set_as_new(d, key[1], as_new), key)

    # -- one action from a highlighted name ----------------------------------------------------
    def mention_at(self, point: QPoint) -> Mention | None:
        """The person named at a point of the article view (a highlighted name), if any."""
        if self.draft is None:
            return None
        return self.mention_at_offset(self._positions.back(self.article_view.cursorForPosition(point).position()))

    def mention_at_offset(self, offset: int) -> Mention | None:
        if self.draft is None:
            return None
        for mention in self.draft.mentions:
            # The cursor lands between characters: a click on a name's last half is at its end.
            if mention.span.start <= offset <= mention.span.end:
                return mention
        return None

    def assign(self, mention: Mention) -> None:
        """The named person as the selected quote's speaker, the selected participant, or one more participant."""
        key = self.current_key() or ()  # nothing selected: no kind, only the hint below
        kind = key[0] if key else None
        name = self._name(mention.person_id)
        if kind == "quote":
            if self._correct(lambda d: corrections.set_speaker_from(d, key[1], mention), key):
                self.message.setText(self.tr("%1 is the speaker.").replace("%1", visible(name)))
        elif kind == "participant":
            if self._correct(lambda d: corrections.set_participant(d, key[1], key[2], mention.person_id), key):
                self.message.setText(self.tr("%1 takes part instead.").replace("%1", visible(name)))
        elif kind in ("meeting", "date", "place", "issue", "known"):
            if self._correct(lambda d: corrections.add_participant(d, key[1], mention.person_id, mention.span),
                             ("meeting", key[1])):
                self.message.setText(self.tr("%1 takes part.").replace("%1", visible(name)))
        else:
            self.message.setText(self.tr("Select a quote or a meeting, then double-click a highlighted name."))

    @Slot("QPoint")
    def _article_menu(self, point: QPoint) -> None:
        menu = self.article_view.createStandardContextMenu()
        mention = self.mention_at(point)
        key = self.current_key()
        if mention is not None and key is not None and key[0] != "loose":
            name = visible(self._name(mention.person_id))
            label = (self.tr("Make %1 the Speaker") if key[0] == "quote" else
                     self.tr("Make %1 This Participant") if key[0] == "participant" else
                     self.tr("Add %1 to This Meeting")).replace("%1", name)
            action = QAction(label, menu)
            action.triggered.connect(lambda: self.assign(mention))
            menu.insertAction(menu.actions()[0] if menu.actions() else None, action)  # type: ignore[arg-type]  # None: append
            menu.insertSeparator(menu.actions()[1])
        menu.exec(self.article_view.viewport().mapToGlobal(point))
        menu.deleteLater()

    @Slot()
    def apply_meeting(self) -> None:
        key = self.current_key()
        if not key or key[0] not in ("meeting", "date"):
            return
        text = self.date_edit.text().strip()
        try:
            date = PartialDate.parse(text) if text else None
        except ValueError as exc:
            self.message.setText(self.tr("Date not changed: %1").replace("%1", str(exc)))
            return
        known = {m.id for m in self.window_.dataset.meetings}
        title = self.title_edit.text()
        holder: list[str] = []

        def change(d: Draft) -> Draft:
            d = corrections.set_title(d, key[1], title)
            before = [m.id for m in d.meetings]
            d = corrections.set_date(d, key[1], date, known)
            holder.append(d.meetings[before.index(key[1])].id)
            return d
        if self._correct(change, None):
            self.tree.setCurrentItem(self.find_item(("meeting", holder[0])))  # type: ignore[arg-type]  # None: no current item

    @Slot()
    def drop_current(self) -> None:
        key = self.current_key()
        if self.draft is None or not key or key[0] == "loose":
            return
        kind = key[0]
        if kind == "quote":
            holder = next((m.id for m in self.draft.meetings if any(q.parts == key[1] for q in m.quotes)), None)
            self._correct(lambda d: corrections.drop_quote(d, key[1]), ("meeting", holder) if holder else ("loose",))
            return
        parent = ("meeting", key[1])
        changes: dict[str, Callable[[Draft], Draft]] = {
            "meeting": lambda d: corrections.drop_meeting(d, key[1]),
            "participant": lambda d: corrections.drop_participant(d, key[1], key[2]),
            "date": lambda d: corrections.set_date(d, key[1], None, {m.id for m in self.window_.dataset.meetings}),
            "place": lambda d: corrections.drop_place(d, key[1], key[2]),
            "issue": lambda d: corrections.drop_issue(d, key[1], key[2]),
            "form": lambda d: corrections.set_form(d, key[1], "in-person"),  # not a call after all
            "known": lambda d: corrections.set_as_new(d, key[1], True),  # not that meeting: a new one
        }
        self._correct(changes[kind], None if kind in ("meeting", "date") else parent)

    # -- saving -----------------------------------------------------------------------------
    def source(self) -> Source:
        return Source(self.source_title.text().strip() or "Article", self.source_url.text().strip() or None)

    def yaml_text(self) -> str:
        assert self.draft is not None
        return to_yaml(corrections.pruned(self.draft), self.source())

    def _target(self, folder: Path, first_id: str) -> Path:
        """``<first meeting id>.yaml``, or ``…-2.yaml``, ``…-3.yaml``: an existing file is never replaced."""
        target, n = folder / f"{first_id}.yaml", 2
        while target.exists():
            target, n = folder / f"{first_id}-{n}.yaml", n + 1
        return target

    def _errors(self, text: str) -> list[str]:
        """The problems the file would have, loaded with everything the window loads."""
        with tempfile.TemporaryDirectory(prefix="diplo-draft-") as folder:
            path = Path(folder) / "draft.yaml"
            path.write_text(text, encoding="utf-8")
            result = loading.load([*self.window_.load_sources(), path])
            return [f"{p.line}:{p.col}: {p.message}" for p in result.problems
                    if p.is_error and Path(p.path).resolve() == path.resolve()]

    @Slot()
    def save(self) -> None:
        title = self.tr("Cannot save the draft")
        meetings = self.draft.meetings if self.draft else ()
        dated = [m for m in meetings if m.date is not None and m.adds_to is None]
        additions = [m.adds_to for m in meetings if m.adds_to is not None]
        folder = self.window_._user_dir
        if not dated and not additions:
            self.show_error(title, self.tr("No drafted meeting has a date: give one a date first."))
            return
        if folder is None:
            self.show_error(title, self.tr("There is no data folder to save into."))
            return
        text = self.yaml_text()
        errors = self._errors(text)
        if errors:
            self.show_error(title, self.tr("The draft would not load:\n%1").replace("%1", "\n".join(errors[:10])))
            return
        shown = dated[0].id if dated else additions[0].meeting_id
        try:
            folder.mkdir(parents=True, exist_ok=True)
            stem = dated[0].id if dated else f"additions-{shown}"
            while True:
                try:
                    self.saved_path = atomic.write_text_atomic(self._target(folder, stem), text)
                    break
                except atomic.TargetChanged:
                    continue  # a file took that name while we wrote: never replaced, the next name is tried
        except OSError as exc:
            self.show_error(title, f"{folder}: {exc.strerror or exc}")
            return
        said = self.tr("Draft saved to %1").replace("%1", str(self.saved_path))
        if additions:
            said += self.tr(" (what it adds to %2 known meetings is in it, to paste into them)").replace(
                "%2", str(len(additions)))
        window = self.window_

        def show_saved() -> None:  # once the reload has read the new file
            if not window.select_meeting(shown):
                window.search_box.clear()  # the search hid it: the new meeting is what the user wants to see
                window.select_meeting(shown)
            window.statusBar().showMessage(said, 8000)

        window.reload()
        window.after_load(show_saved)
        self.draft = None
        self._set_drafted(False)
        self.accept()
