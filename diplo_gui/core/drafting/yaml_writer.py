"""A Draft as a YAML data file that ``diplo-data validate`` accepts, with its spans in comments.

Every string is written double-quoted, with anything that is not printable escaped, so
whatever the article held (markup, quotes, backslashes, odd characters) comes back as
the same plain text. Values the data format cannot hold yet are kept as comments for
the reviewer: quotes with no speaker or no meeting, and meetings with no date (a date
is required, and the engine never invents one).
"""

from __future__ import annotations

import unicodedata

from ..model import Source
from ..records import is_safe_url
from .model import Draft, DraftMeeting, DraftQuote, Span
from .text import clean


def scalar(text: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly ``text``."""
    out = ['"']
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp") or ch == "\ufeff":
            code = ord(ch)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _at(span: Span | None) -> str:
    return f"chars {span.start}-{span.end}" if span else ""


def _comment(text: str) -> str:
    return f"  # {clean(text)}" if text else ""


def _source(source: Source) -> str:
    url = f", url: {scalar(source.url)}" if source.url and is_safe_url(source.url) else ""
    return f"{{title: {scalar(source.title)}{url}}}"


def _quote_lines(quote: DraftQuote, source: Source) -> list[str]:
    return [f"      - speaker: {quote.speaker}{_comment(f'{_at(quote.span)}, {quote.rule}')}",
            f"        text: {scalar(quote.text)}",
            f"        source: {_source(source)}"]


def _meeting_lines(meeting: DraftMeeting, source: Source, article: str) -> list[str]:
    lines = [f"  - id: {meeting.id}{_comment(f'{_at(meeting.span)}, {meeting.rule}')}",
             f"    title: {scalar(meeting.title)}"]
    if meeting.date is not None:
        lines.append(f"    date: {meeting.date.date}{_comment(f'{_at(meeting.date.span)}, {meeting.date.rule}')}")
    if meeting.form != "in-person":
        said = meeting.form_span.text(article) if meeting.form_span else ""
        lines.append(f"    form: {meeting.form}{_comment(f'{_at(meeting.form_span)}, {said}')}")
    if meeting.status.value != "held":
        said = meeting.status_span.text(article) if meeting.status_span else ""
        lines.append(f"    status: {meeting.status.value}{_comment(f'{_at(meeting.status_span)}, {said}')}")
    place = meeting.place
    parts = [(key, value) for key, value in (("city", place.city), ("country", place.country), ("venue", place.venue))
             if value is not None]
    if parts:
        lines.append("    location:")
        for key, value in parts:
            lines.append(f"      {key}: {scalar(value.value)}{_comment(f'{_at(value.span)}, {value.rule}')}")
    lines.append("    participants:")
    for participant in meeting.participants:
        lines.append(f"      - {participant.person}{_comment(_at(participant.span))}")
    if meeting.quotes:
        lines.append("    quotes:")
        for quote in meeting.quotes:
            lines.extend(_quote_lines(quote, source))
    if meeting.issues:
        lines.append("    issues:")
        for issue in meeting.issues:
            lines.append(f"      - {issue.id}{_comment(f'{_at(issue.span)}, {issue.rule}')}")
    lines.append("    sources:")
    lines.append(f"      - {_source(source)}")
    return lines


def _addition_lines(meeting: DraftMeeting, source: Source) -> list[str]:
    known = meeting.adds_to
    assert known is not None
    lines = [f"  - meeting: {known.meeting_id}{_comment(f'{_at(meeting.span)}, {meeting.rule}; {known.rule}')}"]
    if known.new_participants:
        lines.append("    participants:")
        lines.extend(f"      - {pid}" for pid in known.new_participants)
    if known.new_quotes:
        lines.append("    quotes:")
        for quote in known.new_quotes:
            lines.extend(_quote_lines(quote, source))
    if not (source.url and source.url in known.source_urls):
        lines.append("    sources:")
        lines.append(f"      - {_source(source)}")
    return lines


def to_yaml(draft: Draft, source: Source) -> str:
    lines = [f"# Drafted by diplo-data draft from an article published {draft.published}.",
             "# Review every value: each comment gives the characters of the article it was read from",
             "# (offsets into the article text) and the pattern that read it."]
    if draft.people:
        lines.append("people:")
        for person in draft.people:
            lines.append(f"  - id: {person.id}{_comment(f'{_at(person.span)}, new person')}")
            lines.append(f"    name: {scalar(clean(person.name))}")
            if person.role:
                lines.append(f"    role: {scalar(clean(person.role))}{_comment(_at(person.role_span))}")
            if person.country:
                lines.append(f"    country: {person.country}")
    if draft.issues:
        lines.append("issues:")
        for issue in draft.issues:
            lines.append(f"  - id: {issue.id}{_comment(f'{_at(issue.span)}, new issue')}")
            lines.append(f"    name: {scalar(clean(issue.name))}")
    new = [m for m in draft.meetings if m.adds_to is None]
    dated = [m for m in new if m.date is not None]
    undated = [m for m in new if m.date is None]
    if dated:
        lines.append("meetings:")
        for meeting in dated:
            lines.extend(_meeting_lines(meeting, source, draft.article))
    if undated:
        lines.append("# Meetings with no date in the article: add a date, then uncomment.")
        for meeting in undated:
            lines.extend("# " + line for line in _meeting_lines(meeting, source, draft.article))
    additions = [m for m in draft.meetings if m.adds_to is not None]
    if additions:
        lines.append("# Meetings the data already holds: not copied. What this article adds to each, to paste into it:")
        for meeting in additions:
            lines.extend("# " + line for line in _addition_lines(meeting, source))
    loose = draft.unattached_quotes
    if loose:
        lines.append("# Quotes no meeting above holds (no speaker found, or a speaker in no drafted meeting):")
        for quote in loose:
            who = quote.speaker or "unattributed"
            lines.append(f"#   {_at(quote.span)}, {who}: {scalar(quote.text)}")
    return "\n".join(lines) + "\n"
