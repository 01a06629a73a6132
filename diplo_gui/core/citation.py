"""A quote with its attribution, as a reader pastes it into a note or a paper.

One ``Citation`` holds every part (speaker, role, meeting, place, date, source); it
renders as plain text and as escaped HTML for word processors. Only what the data says
is cited: a missing role, place or source is left out, never guessed.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from . import countries, formatting
from .bidi import isolate
from .model import Meeting, Quote, Source
from .records import is_safe_url


def speaker_role(meeting: Meeting, quote: Quote) -> str | None:
    """The speaker's role at this meeting, else the person's usual role."""
    for participant in meeting.participants:
        if participant.person.id == quote.speaker.id:
            return participant.display_role
    return quote.speaker.role


def quote_source(meeting: Meeting, quote: Quote) -> Source | None:
    """Where the words were reported: the quote's own source, else the meeting's first."""
    if quote.source is not None:
        return quote.source
    return meeting.sources[0] if meeting.sources else None


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

    @classmethod
    def of(cls, meeting: Meeting, quote: Quote,
           country_name: Callable[[str], str] = countries.country_name) -> Citation:
        source = quote_source(meeting, quote)
        url = source.url if source and source.url and is_safe_url(source.url) else None
        return cls(text=quote.text, speaker=quote.speaker.name, role=speaker_role(meeting, quote),
                   meeting=meeting.title, place=formatting.format_place(meeting.place, country_name),
                   date=formatting.meeting_date(meeting),
                   source_title=source.title if source else None, source_url=url)

    def attribution(self) -> str:
        """'Han Zheng, Vice President …, at “Meeting”, Place, 18 September 2023'."""
        # Each value isolated (see bidi): an override in a name cannot reorder the rest of the line.
        who = isolate(self.speaker) + (f", {isolate(self.role)}" if self.role else "")
        where = ", ".join(isolate(p) for p in (self.place, self.date) if p)
        return f"{who}, at “{isolate(self.meeting)}”" + (f", {where}" if where else "")

    def source_line(self) -> str:
        parts = [isolate(p) for p in (self.source_title, self.source_url) if p]
        return ("Source: " + ", ".join(parts)) if parts else ""

    def as_text(self) -> str:
        """Plain text: the quote in quotation marks, then who, where and when, then the source."""
        lines = [f"“{isolate(self.text)}”", f"— {self.attribution()}."]
        if self.source_line():
            lines.append(self.source_line())
        return "\n".join(lines)

    def as_html(self) -> str:
        """Rich text for word processors; every value is escaped, only safe URLs become links."""
        def e(value: str) -> str:
            return html.escape(isolate(value), quote=True)

        who = f"<b>{e(self.speaker)}</b>" + (f", {e(self.role)}" if self.role else "")
        where = ", ".join(e(p) for p in (self.place, self.date) if p)
        credit = f"— {who}, at “<i>{e(self.meeting)}</i>”" + (f", {where}" if where else "") + "."
        out = [f"<blockquote><p>“{e(self.text)}”</p><p>{credit}</p>"]
        if self.source_title or self.source_url:
            title = e(self.source_title or self.source_url or "")
            if self.source_url:
                linked = f'<a href="{html.escape(self.source_url, quote=True)}">{title}</a>'
                shown = linked if self.source_title is None else f"{linked}, {e(self.source_url)}"
            else:
                shown = title
            out.append(f"<p>Source: {shown}</p>")
        out.append("</blockquote>")
        return "".join(out)
