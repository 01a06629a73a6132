"""Meetings out of the app: JSON in the data format, CSV (one row per meeting), Markdown, HTML.

Every function takes any sequence of meetings and a title, so a single meeting, the
filtered list, or (later) an issue thread or a pair history export the same way.
Text from data is escaped for the target format; only http(s) URLs with a host link.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable, Iterable, Sequence

import yaml

from . import countries, formatting
from .bidi import isolate
from .citation import rendering_text, source_credit, speaker_role
from .languages import language_name as english_language_name
from .model import Issue, Meeting, MeetingForm, Person, Quote, Rendering, Source, SourceKind, Status
from .records import is_safe_url

DEFAULT_TITLE = "Diplomatic meetings"


def list_title(search: str | None = None) -> str:
    """The heading of an exported list: what the reader filtered by, so a page says what it is."""
    search = (search or "").strip()
    return f"{DEFAULT_TITLE} matching “{search}”" if search else DEFAULT_TITLE


def _clean(mapping: dict) -> dict:
    return {k: v for k, v in mapping.items() if v not in (None, "", [], {})}


def _source(source: Source) -> dict:
    """A source with the keys a data file uses; defaults left out, as a person would write it."""
    stored = source.stored_text
    return _clean({
        "id": source.id, "publisher": source.publisher, "title": source.title, "url": source.url,
        "published": str(source.published) if source.published else None,
        "kind": source.kind.value if source.kind is not SourceKind.OTHER else None,
        "language": source.language if source.language != "en" else None,
        # The file stays relative to the data file's folder: copy texts/ beside the export to verify it.
        "stored_text": _clean({"file": stored.file, "extent": stored.extent.value, "licence": stored.licence})
        if stored else None,
    })


def _quote(q: Quote, m: Meeting) -> dict:
    # A quote names one of its meeting's sources by id, as the data file did; else the old inline form.
    named = q.source is not None and q.source.id is not None and any(q.source is s for s in m.sources)
    source: object = (q.source.id if named else _source(q.source)) if q.source else None  # type: ignore[union-attr]
    return _clean({
        "speaker": q.speaker.id, "text": q.text, "source": source,
        "language": q.language if q.language != "en" else None,
        "rendering": q.rendering.value if q.rendering is not Rendering.OWN else None,
        "translated_by": q.translated_by, "translated_from": q.translated_from, "unverifiable": q.unverifiable,
    })


def person_record(person: Person) -> dict:
    return _clean({"id": person.id, "name": person.name, "native_name": person.native_name,
                   "country": person.country, "role": person.role})


def issue_record(issue: Issue) -> dict:
    return _clean({"id": issue.id, "name": issue.name, "description": issue.description})


def meeting_record(m: Meeting) -> dict:
    """A meeting with the same keys a data file uses, so the output loads again."""
    return _clean({
        "id": m.id, "title": m.title, "date": str(m.date),
        "end_date": str(m.end_date) if m.end_date else None,
        "status": m.status.value if m.status is not Status.HELD else None,
        "form": m.form.value if m.form is not MeetingForm.IN_PERSON else None,
        "location": _clean({"city": m.place.city, "country": m.place.country, "venue": m.place.venue})
        if m.place else None,
        "participants": [p.person.id if not p.role else {"person": p.person.id, "role": p.role}
                         for p in m.participants],
        "quotes": [_quote(q, m) for q in m.quotes],
        "issues": [i.id for i in m.issues],
        "summary": m.summary,
        "sources": [_source(s) for s in m.sources],
    })


def referenced(meetings: Iterable[Meeting]) -> tuple[list[Person], list[Issue]]:
    """The people and issues the meetings need, in first-use order."""
    people: dict[str, Person] = {}
    issues: dict[str, Issue] = {}
    for m in meetings:
        for p in m.participants:
            people.setdefault(p.person.id, p.person)
        for q in m.quotes:
            people.setdefault(q.speaker.id, q.speaker)
        for i in m.issues:
            issues.setdefault(i.id, i)
    return list(people.values()), list(issues.values())


def _document(meetings: Sequence[Meeting], people: Iterable[Person] | None,
              issues: Iterable[Issue] | None) -> dict:
    used_people, used_issues = referenced(meetings)
    return {
        "people": [person_record(p) for p in (used_people if people is None else people)],
        "issues": [issue_record(i) for i in (used_issues if issues is None else issues)],
        "meetings": [meeting_record(m) for m in meetings],
    }


def to_json(meetings: Sequence[Meeting], people: Iterable[Person] | None = None,
            issues: Iterable[Issue] | None = None) -> str:
    """JSON in the data format (a YAML data file may be JSON): it opens in Diplo again."""
    return json.dumps(_document(meetings, people, issues), ensure_ascii=False, indent=2) + "\n"


def to_yaml(meetings: Sequence[Meeting], people: Iterable[Person] | None = None,
            issues: Iterable[Issue] | None = None) -> str:
    """A YAML data file, the input format itself: it opens in Diplo again.

    PyYAML's safe dumper quotes every string that would read back as something else
    ("NO", "2023-09-18", "12:30"), and the loader reads every scalar as the text written.
    """
    try:
        dumper: type = yaml.CSafeDumper
    except AttributeError:  # pragma: no cover - depends on how PyYAML was built
        dumper = yaml.SafeDumper
    return yaml.dump(_document(meetings, people, issues), Dumper=dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=100)


CSV_COLUMNS = ("id", "date", "end_date", "status", "title", "city", "country", "venue",
               "participants", "issues", "quotes", "sources")


def _csv_safe(value: str) -> str:
    # A spreadsheet runs a cell that starts with = + - @ as a formula: make it text.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _csv_cell(value: object) -> str:
    """What the data leaves out is an empty cell, never the word None."""
    return "" if value is None else _csv_safe(str(value))


def to_csv(meetings: Sequence[Meeting]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for m in meetings:
        place = m.place
        row = [
            m.id, str(m.date), str(m.end_date or ""), m.status.value, m.title,
            place.city if place else None, place.country if place else None, place.venue if place else None,
            "; ".join(isolate(p.person.name) + (f" ({isolate(p.display_role)})" if p.display_role else "")
                      for p in m.participants),
            "; ".join(isolate(i.name) for i in m.issues),
            str(len(m.quotes)),
            "; ".join(s.url or s.title for s in m.sources),
        ]
        writer.writerow([_csv_cell(v) for v in row])
    return out.getvalue()


def _md(text: str) -> str:
    """Markdown-escape text from data so it cannot become links, HTML or formatting (bidi isolated)."""
    out = []
    for ch in isolate(text):
        if ch in "\\`*_[]<>#|&~":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out).replace("\n", " ")


def _form(m: Meeting) -> str:
    """' · by phone', ' · by video'; nothing for a meeting in person."""
    return "" if m.form is MeetingForm.IN_PERSON else f" · by {m.form.value}"


def meeting_markdown(m: Meeting, language_name: Callable[[str], str] = english_language_name) -> str:
    lines = [f"## {_md(m.title)}", ""]
    when = formatting.meeting_date(m) + _form(m)
    if m.status is not Status.HELD:
        when += f" ({m.status.value})"
    lines.append(f"*{_md(when)}*" + (f" — {_md(formatting.format_place(m.place))}" if m.place else ""))
    lines.append("")
    lines.append("**Participants:** " + "; ".join(
        _md(p.person.name) + (f", {_md(p.display_role)}" if p.display_role else "") for p in m.participants))
    if m.issues:
        lines.append("")
        lines.append("**Issues:** " + ", ".join(_md(i.name) for i in m.issues))
    if m.summary:
        lines += ["", _md(m.summary)]
    for q in m.quotes:
        role = speaker_role(m, q)
        credit = _md(q.speaker.name) + (f", {_md(role)}" if role else "")
        lines += ["", f"> “{_md(q.text)}”", f"> — {credit}",
                  f"> *{_md(rendering_text(q, language_name))}*"
                  + (f" — source: {_md_source(q.source, short=True)}" if q.source else "")]
    if m.sources:
        lines += ["", "Sources: " + "; ".join(_md_source(s, credit=True) for s in m.sources)]
    lines.append("")
    return "\n".join(lines)


def _source_name(source: Source) -> str:
    """A quote's source in a few words (its publisher); the Sources list below gives it in full."""
    return source.publisher or source.title


def _md_source(source: Source, credit: bool = False, short: bool = False) -> str:
    text = source_credit(source) if credit else _source_name(source) if short else source.title
    if source.url and is_safe_url(source.url):
        return f"[{_md(text)}](<{source.url.replace('<', '%3C').replace('>', '%3E')}>)"
    return _md(text)


def _is_single(meetings: Sequence[Meeting], title: str) -> bool:
    # One meeting exported under its own title: its heading is the document's, not repeated.
    return len(meetings) == 1 and meetings[0].title == title


def to_markdown(meetings: Sequence[Meeting], title: str = DEFAULT_TITLE,
                language_name: Callable[[str], str] = english_language_name) -> str:
    if _is_single(meetings, title):
        return meeting_markdown(meetings[0], language_name)[1:]  # "## Title" -> "# Title"
    return f"# {_md(title)}\n\n" + "\n".join(meeting_markdown(m, language_name) for m in meetings)


# -- HTML: one self-contained page, readable offline and printable ---------------------

# Inline CSS only; a Content-Security-Policy forbids any resource, so the page never
# fetches anything even if opened from a hostile folder. QTextDocument (print and PDF)
# understands this subset too.
_HTML_STYLE = """
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10pt; color: #1a1a1a;
       max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.35; }
h1 { font-size: 18pt; margin: 0 0 0.2em 0; }
h2 { font-size: 14pt; margin: 1.2em 0 0.2em 0; }
h3 { font-size: 10pt; color: #555555; margin: 0.9em 0 0.2em 0; }
p { margin: 0.2em 0; }
.meta { color: #555555; }
.status { color: #c62828; font-weight: bold; }
.native { color: #555555; }
td { padding: 1px 14px 1px 0; vertical-align: top; }
blockquote { margin: 0.4em 0 0.4em 1.2em; padding-left: 0.8em; border-left: 3px solid #bbbbbb; }
.quote { font-size: 11pt; margin: 0; }
.credit { color: #444444; margin: 0 0 0.1em 0; }
.provenance { color: #555555; font-size: 9pt; margin: 0 0 0.1em 0; }
.url { color: #555555; font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }
a { color: #1a4f9c; }
.count { color: #555555; }
hr { border: 0; border-top: 1px solid #cccccc; margin: 1.4em 0; }
"""


def _h(value: object) -> str:
    """Escaped, and isolated (see bidi): for text, never for an attribute such as a link's href."""
    return html.escape(isolate(str(value)), quote=True)


def _html_link(source: Source, credit: bool = False) -> str:
    """A source as a link (only http/https with a host) followed by its URL in plain sight,
    so a printed page still says where to look."""
    text = source_credit(source) if credit else source.title
    if source.url and is_safe_url(source.url):
        href = html.escape(source.url, quote=True)
        return f'<a href="{href}">{_h(text)}</a> <span class="url">{_h(source.url)}</span>'
    return _h(text)


def _html_name(source: Source) -> str:
    """A quote's source in a few words, linked; its address is printed in the Sources list."""
    if source.url and is_safe_url(source.url):
        return f'<a href="{html.escape(source.url, quote=True)}">{_h(_source_name(source))}</a>'
    return _h(_source_name(source))


def meeting_html(m: Meeting, country_name: Callable[[str], str] = countries.country_name,
                 heading: str = "h2", language_name: Callable[[str], str] = english_language_name) -> str:
    """One meeting as an HTML fragment built from escaped values."""
    sub = "h3" if heading == "h2" else "h2"
    out = [f'<div class="meeting" id="{_h(m.id)}">', f"<{heading}>{_h(m.title)}</{heading}>"]
    meta = _h(formatting.meeting_date(m) + _form(m))
    if m.status is not Status.HELD:
        meta += f' &middot; <span class="status">{_h(m.status.value.upper())}</span>'
    if m.place:
        meta += " &middot; " + _h(formatting.format_place(m.place, country_name))
    out.append(f'<p class="meta">{meta}</p>')
    out.append(f"<{sub}>Participants</{sub}><table>")
    for p in m.participants:
        native = f' <span class="native">{_h(p.person.native_name)}</span>' if p.person.native_name else ""
        country = _h(country_name(p.person.country)) if p.person.country else ""
        out.append(f"<tr><td><b>{_h(p.person.name)}</b>{native}</td><td>{_h(p.display_role or '')}</td>"
                   f"<td>{country}</td></tr>")
    out.append("</table>")
    if m.quotes:
        out.append(f"<{sub}>Quotes</{sub}>")
        for q in m.quotes:
            role = speaker_role(m, q)
            credit = f"&mdash; <b>{_h(q.speaker.name)}</b>" + (f", {_h(role)}" if role else "")
            provenance = f"<i>{_h(rendering_text(q, language_name))}</i>"
            if q.source:
                provenance += f" &middot; source: {_html_name(q.source)}"
            out.append(f'<blockquote><p class="quote">&ldquo;{_h(q.text)}&rdquo;</p>'
                       f'<p class="credit">{credit}</p><p class="provenance">{provenance}</p></blockquote>')
    if m.issues:
        out.append(f"<{sub}>Issues</{sub}><p>" + " &middot; ".join(_h(i.name) for i in m.issues) + "</p>")
    if m.summary:
        out.append(f"<{sub}>Summary</{sub}><p>{_h(m.summary)}</p>")
    if m.sources:
        out.append(f"<{sub}>Sources</{sub}>")
        out.extend(f"<p>{_html_link(s, credit=True)}</p>" for s in m.sources)
    out.append("</div>")
    return "\n".join(out)


def to_html(meetings: Sequence[Meeting], title: str = DEFAULT_TITLE,
            country_name: Callable[[str], str] = countries.country_name,
            language_name: Callable[[str], str] = english_language_name) -> str:
    """A complete, self-contained HTML page: escaped, inline CSS, no external resource."""
    single = _is_single(meetings, title)
    head = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">\n'
            '<meta name="generator" content="Diplo">\n'
            f"<title>{_h(title)}</title>\n<style>{_HTML_STYLE}</style>\n</head>\n<body>\n")
    if single:
        body = meeting_html(meetings[0], country_name, heading="h1", language_name=language_name)
    else:
        count = f"{len(meetings)} meeting" + ("" if len(meetings) == 1 else "s")
        parts = [f"<h1>{_h(title)}</h1>", f'<p class="count">{count}</p>']
        for i, m in enumerate(meetings):
            if i:
                parts.append("<hr>")
            parts.append(meeting_html(m, country_name, language_name=language_name))
        body = "\n".join(parts)
    return head + body + "\n</body>\n</html>\n"
