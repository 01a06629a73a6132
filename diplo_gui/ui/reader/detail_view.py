"""The detail of one meeting, as a read-only rich-text page built from escaped values.

Links are never followed by the view itself: a click is a signal and the window
decides (an internal link filters the list, an http(s) link opens in the browser).
No resource is ever loaded: data never contains markup, and loadResource refuses anyway.
The one link the view answers itself is a quote's "Show in source": it opens the
source's stored text (ui/reader/source_view.py) with the quote highlighted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QUrl, Signal, Slot
from PySide6.QtGui import QContextMenuEvent, QTextBlock
from PySide6.QtWidgets import QMenu, QWidget

from ...core import formatting
from ...core.citation import short_credit
from ...core.model import Meeting, MeetingForm, Person, Quote, Rendering, SourceKind, Status
from .rich_text import SafePage, muted_colour, page_css, status_span
from .safe_text import INTERNAL_SCHEME, SHOW_ALL, escape, escape_long, internal_url, language_name, link
from .source_view import SourceView

# Each quote's opening mark carries this anchor name (an empty anchor: Qt gives the name
# to the next character and no link colour), so a position in the page maps back to the
# quote without parsing display text.
QUOTE_ANCHOR = "diplo-quote-"
# diplo://stored-text/<quote index>: "Show in source", answered by this view.
STORED_TEXT_LINK = "stored-text"



class DetailView(SafePage):
    """Shows one Meeting; emits ``linkActivated`` for every link the user clicks."""

    meetingChanged = Signal()
    # The user asked (context menu) to copy the quote with this index of the current meeting.
    quoteCitationRequested = Signal(int)

    def __init__(self, country_name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(16, parent)
        self._country_name = country_name
        self._meeting: Meeting | None = None
        self._shown_all: set[str] = set()  # long texts of this meeting the reader asked to see whole
        self._empty_text = self.tr("Select a meeting to see who met, where, about what, and what was said.")
        self.source_view: SourceView | None = None  # made on the first "Show in source"
        # "Show in source" is this view's own business; every other link goes to the window.
        self.anchorClicked.disconnect(self.linkActivated)
        self.anchorClicked.connect(self._anchor_clicked)
        self.show_meeting(None)

    def meeting(self) -> Meeting | None:
        return self._meeting

    @Slot()
    def show_meeting(self, meeting: Meeting | None) -> None:
        # The one shown, or the same read again (a reload, the archive store): the reader's place in it stays.
        same = meeting is self._meeting or (meeting is not None and self._meeting is not None
                                            and meeting == self._meeting)
        if not same:
            self._shown_all.clear()
        self._meeting = meeting
        self.refresh(keep_place=same)
        self.meetingChanged.emit()

    @Slot(QUrl)
    def _anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == INTERNAL_SCHEME and url.host() == SHOW_ALL:  # "Show all" of a long text
            self._shown_all.add(url.path().lstrip("/"))
            self.refresh()
            return
        if url.scheme() == INTERNAL_SCHEME and url.host() == STORED_TEXT_LINK:
            index = url.path().lstrip("/")
            if index.isdigit():
                self.show_in_source(int(index))
            return
        self.linkActivated.emit(url)

    def show_in_source(self, index: int) -> SourceView | None:
        """Open the stored text of the quote's source with the quote highlighted; None if it has none."""
        if self._meeting is None or not 0 <= index < len(self._meeting.quotes):
            return None
        quote = self._meeting.quotes[index]
        if quote.source is None or quote.source.stored_text is None:
            return None
        if self.source_view is None:
            self.source_view = SourceView(self)
        self.source_view.show_quote(quote.source, quote)
        if self.source_view.isVisible():  # open behind the main window: bring it forward
            self.source_view.raise_()
        else:
            self.source_view.show()
        self.source_view.activateWindow()  # the keyboard goes to it (Esc, Ctrl+F)
        return self.source_view

    def _long(self, value: str, key: str) -> str:
        return escape_long(value, key, key in self._shown_all,
                           lambda left_out: self.tr("Show all (%Ln more character(s))", "", left_out))

    def _heading(self, text: str) -> str:
        # Never self.tr() inside an f-string: lupdate does not see it there.
        return f"<h2>{escape(text)}</h2>"

    def _language(self, code: str) -> str:
        # Qt names a language in English only; the names are translated as words (WORDS in
        # packaging/update_translations.py lists those of the bundled quotes).
        return self.tr(language_name(code))

    def _rendering(self, quote: Quote) -> str:
        """How the English came to be, in the window's language (core/citation.py words it for citations)."""
        spoken = self._language(quote.language)
        if quote.rendering is Rendering.INTERPRETER:
            return self.tr("via interpreter, spoken in {language}").format(language=spoken)
        if quote.rendering is Rendering.TRANSLATION:
            source, by = quote.translated_from, quote.translated_by
            if source and by:
                text = self.tr("translated from {language} by {translator}").format(
                    language=self._language(source), translator=by)
            elif source:
                text = self.tr("translated from {language}").format(language=self._language(source))
            elif by:
                text = self.tr("translated by {translator}").format(translator=by)
            else:
                text = self.tr("translated")
            if quote.language != "en" and quote.language != source:
                text += self.tr(", spoken in {language}").format(language=spoken)
            return text
        if quote.language != "en":
            return self.tr("own words, spoken in {language}").format(language=spoken)
        return self.tr("own words")

    # -- quotes under the pointer or the cursor -----------------------------------------
    def _quote_in_block(self, block: QTextBlock) -> int | None:
        if self._meeting is None or not block.isValid():
            return None
        it = block.begin()
        while not it.atEnd():
            for name in it.fragment().charFormat().anchorNames():
                if name.startswith(QUOTE_ANCHOR) and name[len(QUOTE_ANCHOR):].isdigit():
                    index = int(name[len(QUOTE_ANCHOR):])
                    return index if index < len(self._meeting.quotes) else None
            it += 1
        return None

    def quote_index_at(self, pos: QPoint) -> int | None:
        """The quote shown at this viewport position, if any."""
        return self._quote_in_block(self.cursorForPosition(pos).block())

    def selected_quote_index(self) -> int | None:
        """The quote where the text cursor or selection starts, if it is in one."""
        cursor = self.textCursor()
        return self._quote_in_block(self.document().findBlock(cursor.selectionStart()))

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """Qt's own menu (Copy, Select All), with Copy Quote with Citation (and Show in Source) over a quote."""
        menu = self.createStandardContextMenu(pos)
        index = self.quote_index_at(pos)
        if index is not None:
            action = menu.addAction(self.tr("Copy Quote with &Citation"))
            action.setObjectName("copyQuoteCitationContextAction")
            action.triggered.connect(lambda: self.quoteCitationRequested.emit(index))
            first = menu.actions()[0]
            menu.insertAction(first, action)
            quote = self._meeting.quotes[index] if self._meeting else None
            if quote is not None and quote.source is not None and quote.source.stored_text is not None:
                # As the quote's "Show in source" link, for a reader who right-clicks the words themselves.
                show = menu.addAction(self.tr("Show in &Source"))
                show.setObjectName("showInSourceContextAction")
                show.triggered.connect(lambda: self.show_in_source(index))
                menu.insertAction(first, show)
            menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        if self._meeting is None:
            self.refresh()

    # -- rendering ------------------------------------------------------------------
    def refresh(self, keep_place: bool = True) -> None:
        """Draw the page again; ``keep_place``: at the same scroll position (a long text shown whole, the
        theme, the same meeting read again), else from its top."""
        palette = self.palette()
        self.document().setDefaultStyleSheet(
            "h1 { font-size: x-large; margin-bottom: 2px; }"
            f"h2 {{ font-size: medium; margin-top: 14px; margin-bottom: 4px; color: {muted_colour(palette)}; }}"
            + page_css(palette))
        if self._meeting is None:
            self.setHtml(f"<p class='muted' style='margin-top:24px' align='center'>{escape(self._empty_text)}</p>")
            return
        place = self.verticalScrollBar().value() if keep_place else 0
        self.setHtml(self._html(self._meeting))
        self.verticalScrollBar().setValue(place)

    def _person_link(self, person: Person) -> str:
        return link(internal_url("person", person.id), person.name)

    def _html(self, m: Meeting) -> str:
        out: list[str] = [f"<h1>{escape(m.title)}</h1>"]
        status = ""
        if m.status is not Status.HELD:
            status = " &nbsp;" + status_span(m.status, self.tr(m.status.value).upper())
        form = ""
        if m.form is not MeetingForm.IN_PERSON:
            form = " · " + escape(self.tr("by phone") if m.form is MeetingForm.PHONE else self.tr("by video"))
        out.append(f"<p>{escape(formatting.meeting_date(m))}{form}{status}</p>")
        if m.place:
            parts = [link(internal_url("place", p), p) for p in (m.place.venue, m.place.city) if p]
            if m.place.country:
                parts.append(link(internal_url("country", m.place.country), self._country_name(m.place.country)))
            out.append(f"<p>{', '.join(parts)}</p>")

        # One line each, not a table: in a narrow pane Qt's table breaks a role inside a word
        # ("Secretar-y"), where a line wraps between words.
        out.append(self._heading(self.tr("Participants")))
        for participant in m.participants:
            person = participant.person
            line = f"<b>{self._person_link(person)}</b>"
            if person.native_name:
                line += f" <span class='muted'>{escape(person.native_name)}</span>"
            if participant.display_role:
                line += f" · {escape(participant.display_role)}"
            if person.country:
                line += " · " + link(internal_url("country", person.country), self._country_name(person.country))
            out.append(f"<p style='margin-top:2px; margin-bottom:2px'>{line}</p>")

        if m.quotes:
            out.append(self._heading(self.tr("Quotes")))
            for n, quote in enumerate(m.quotes):
                speaker = self._person_link(quote.speaker)
                role = next((p.display_role for p in m.participants if p.person.id == quote.speaker.id),
                            quote.speaker.role)
                credit = f"— {speaker}" + (f", <span class='muted'>{escape(role)}</span>" if role else "")
                # Under the words: how the English came to be, and where they are from.
                provenance = [escape(self._rendering(quote))]
                if quote.source:
                    # Who published it, and when: the full title is under Sources and in "Show in source".
                    provenance.append(link(quote.source.url or "", short_credit(quote.source)))
                    if quote.source.stored_text is not None:
                        # No-break spaces: the link wraps as one piece.
                        show = self.tr("Show in source").replace(" ", "\u00a0")
                        provenance.append(link(internal_url(STORED_TEXT_LINK, str(n)), show))
                text = self._long(quote.text, f"quote-{n}")
                out.append(f"<p class='quote'><a name='{QUOTE_ANCHOR}{n}'></a>“{text}”<br>{credit}"
                           f"<br><span class='muted'>{' · '.join(provenance)}</span></p>")

        if m.issues:
            out.append(self._heading(self.tr("Issues")) + "<p>")
            out.append(" &nbsp;·&nbsp; ".join(link(internal_url("issue", i.id), i.name) for i in m.issues))
            out.append("</p>")
        if m.summary:
            summary = self._long(m.summary, "summary")
            out.append(self._heading(self.tr("Summary")) + f"<p>{summary}</p>")
        if m.sources:
            out.append(self._heading(self.tr("Sources")))
            kinds = {SourceKind.TRANSCRIPT: self.tr("transcript"), SourceKind.READOUT: self.tr("readout"),
                     SourceKind.STATEMENT: self.tr("statement"), SourceKind.NEWS_REPORT: self.tr("news report")}
            for source in m.sources:
                host = QUrl(source.url).host() if source.url else ""
                # Who published what kind of text, when, and on which site.
                about = [source.publisher, kinds.get(source.kind),
                         formatting.format_date(source.published) if source.published else None, host]
                suffix = " · ".join(escape(part) for part in about if part)
                suffix = f"<br><span class='muted'>{suffix}</span>" if suffix else ""
                out.append(f"<p>{link(source.url or '', source.title)}{suffix}</p>")
        return "".join(out)
