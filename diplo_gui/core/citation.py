"""A quote with its attribution, as a reader pastes it into a note or a paper.

One ``Citation`` holds every part (speaker, role, meeting, place, date, how the English
came to be, source); it renders as plain text and as escaped HTML for word processors.
Only what the data says is cited: a missing role, place or source is left out, never guessed.
The words that describe a quote's provenance (``rendering_text``, ``source_credit``) live
here once, for the detail pane, the exports and the citation alike.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from . import countries, formatting
from .bidi import isolate
from .languages import language_name as english_language_name
from .model import Meeting, Quote, Rendering, Source
from .records import is_safe_url


def speaker_role(meeting: Meeting, quote: Quote) -> str | None:
    """The speaker's role at this meeting, else the person's usual role."""
    for participant in meeting.participants:
        if participant.person.id == quote.speaker.id:
            return participant.display_role
    return quote.speaker.role


def quote_source(meeting: Meeting, quote: Quote) -> Source | None:
    """Where the words were reported: the quote's own source; in an old file, the meeting's first.

    A meeting whose sources have ids lets each quote name its own: there a quote that names
    none has none (as the detail pane and verify say), rather than borrow another's credit.
    """
    if quote.source is not None:
        return quote.source
    if not meeting.sources or any(s.id for s in meeting.sources):
        return None
    return meeting.sources[0]


def rendering_text(quote: Quote, language_name: Callable[[str], str] = english_language_name) -> str:
    """How the English came to be: 'own words', 'via interpreter, spoken in Chinese',
    'translated from Spanish by EFE, spoken in Chinese'."""
    spoken = language_name(quote.language)
    if quote.rendering is Rendering.INTERPRETER:
        return f"via interpreter, spoken in {spoken}"
    if quote.rendering is Rendering.TRANSLATION:
        text = "translated"
        if quote.translated_from:
            text += f" from {language_name(quote.translated_from)}"
        if quote.translated_by:
            text += f" by {quote.translated_by}"
        if quote.language != "en" and quote.language != quote.translated_from:
            text += f", spoken in {spoken}"
        return text
    return "own words" + (f", spoken in {spoken}" if quote.language != "en" else "")


def source_credit(source: Source) -> str:
    """'U.S. Department of State, “Title”, 18 September 2023' — who published what, and when."""
    # The title in quotation marks when a publisher stands before it; alone, it names the source itself.
    publisher = source.publisher if source.publisher and source.publisher != source.title else None
    parts = [publisher, f"“{source.title}”"] if publisher else [source.title]
    if source.published is not None:
        parts.append(formatting.format_date(source.published))
    return ", ".join(parts)


def short_credit(source: Source) -> str:
    """'U.S. Department of State, 18 September 2023': a quote's source in a few words."""
    parts = [source.publisher or source.title]
    if source.published is not None:
        parts.append(formatting.format_date(source.published))
    return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Citation:
    text: str
    speaker: str
    role: str | None
    meeting: str
    place: str
    date: str
    source_title: str | None
    source_url: str | None  # only a safe http(s) URL; anything else is dropped
    rendering: str = ""  # 'via interpreter, spoken in Chinese' …
    source_publisher: str | None = None

    @classmethod
    def of(cls, meeting: Meeting, quote: Quote,
           country_name: Callable[[str], str] = countries.country_name,
           language_name: Callable[[str], str] = english_language_name) -> Citation:
        source = quote_source(meeting, quote)
        url = source.url if source and source.url and is_safe_url(source.url) else None
        publisher = source.publisher if source and source.publisher != source.title else None
        return cls(text=quote.text, speaker=quote.speaker.name, role=speaker_role(meeting, quote),
                   meeting=meeting.title, place=formatting.format_place(meeting.place, country_name),
                   date=formatting.meeting_date(meeting),
                   source_title=source.title if source else None, source_url=url,
                   # The English speaker's own words are what a citation implies: named only otherwise.
                   rendering="" if quote.rendering is Rendering.OWN and quote.language == "en"
                   else rendering_text(quote, language_name),
                   source_publisher=publisher)

    def attribution(self) -> str:
        """'Han Zheng, Vice President …, at “Meeting”, Place, 18 September 2023'."""
        # Each value isolated (see bidi): an override in a name cannot reorder the rest of the line.
        who = isolate(self.speaker) + (f", {isolate(self.role)}" if self.role else "")
        where = ", ".join(isolate(p) for p in (self.place, self.date) if p)
        return f"{who}, at “{isolate(self.meeting)}”" + (f", {where}" if where else "")

    def source_line(self) -> str:
        title = self.source_title and isolate(self.source_title)
        title = f"“{title}”" if title and self.source_publisher else title
        parts = [p for p in (self.source_publisher and isolate(self.source_publisher), title,
                             self.source_url and isolate(self.source_url)) if p]
        return ("Source: " + ", ".join(parts)) if parts else ""

    def as_text(self) -> str:
        """Plain text: the quote in quotation marks, then who, where, when and how rendered, then the source."""
        rendering = f" ({self.rendering})" if self.rendering else ""
        lines = [f"“{isolate(self.text)}”", f"— {self.attribution()}{rendering}."]
        if self.source_line():
            lines.append(self.source_line())
        return "\n".join(lines)

    def as_html(self) -> str:
        """Rich text for word processors; every value is escaped, only safe URLs become links."""
        def e(value: str) -> str:
            return html.escape(isolate(value), quote=True)

        who = f"<b>{e(self.speaker)}</b>" + (f", {e(self.role)}" if self.role else "")
        where = ", ".join(e(p) for p in (self.place, self.date) if p)
        credit = (f"— {who}, at “<i>{e(self.meeting)}</i>”" + (f", {where}" if where else "")
                  + (f" ({e(self.rendering)})" if self.rendering else "") + ".")
        out = [f"<blockquote><p>“{e(self.text)}”</p><p>{credit}</p>"]
        if self.source_title or self.source_url:
            title = e(self.source_title or self.source_url or "")
            if self.source_url:
                linked = f'<a href="{html.escape(self.source_url, quote=True)}">{title}</a>'
                shown = linked if self.source_title is None else f"{linked}, {e(self.source_url)}"
            else:
                shown = title
            if self.source_publisher:
                shown = f"{e(self.source_publisher)}, {shown}"
            out.append(f"<p>Source: {shown}</p>")
        out.append("</blockquote>")
        return "".join(out)
