"""Meetings out of the app: JSON in the data format, CSV (one row per meeting), Markdown."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence

from . import formatting
from .model import Issue, Meeting, Person, Source, Status


def _clean(mapping: dict) -> dict:
    return {k: v for k, v in mapping.items() if v not in (None, "", [], {})}


def _source(source: Source) -> dict:
    return _clean({"title": source.title, "url": source.url})


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
        "location": _clean({"city": m.place.city, "country": m.place.country, "venue": m.place.venue})
        if m.place else None,
        "participants": [p.person.id if not p.role else {"person": p.person.id, "role": p.role}
                         for p in m.participants],
        "quotes": [_clean({"speaker": q.speaker.id, "text": q.text, "source": _source(q.source) if q.source else None})
                   for q in m.quotes],
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


def to_json(meetings: Sequence[Meeting], people: Iterable[Person] | None = None,
            issues: Iterable[Issue] | None = None) -> str:
    """JSON in the data format (a YAML data file may be JSON): it opens in Diplo again."""
    used_people, used_issues = referenced(meetings)
    document = {
        "people": [person_record(p) for p in (used_people if people is None else people)],
        "issues": [issue_record(i) for i in (used_issues if issues is None else issues)],
        "meetings": [meeting_record(m) for m in meetings],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = ("id", "date", "end_date", "status", "title", "city", "country", "venue",
               "participants", "issues", "quotes", "sources")


def _csv_safe(value: str) -> str:
    # A spreadsheet runs a cell that starts with = + - @ as a formula: make it text.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def to_csv(meetings: Sequence[Meeting]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for m in meetings:
        place = m.place
        row = [
            m.id, str(m.date), str(m.end_date or ""), m.status.value, m.title,
            place.city if place else "", place.country if place else "", place.venue if place else "",
            "; ".join(p.person.name + (f" ({p.display_role})" if p.display_role else "") for p in m.participants),
            "; ".join(i.name for i in m.issues),
            str(len(m.quotes)),
            "; ".join(s.url or s.title for s in m.sources),
        ]
        writer.writerow([_csv_safe(str(v)) for v in row])
    return out.getvalue()


def _md(text: str) -> str:
    """Markdown-escape text from data so it cannot become links, HTML or formatting."""
    out = []
    for ch in text:
        if ch in "\\`*_[]<>#|&~":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out).replace("\n", " ")


def meeting_markdown(m: Meeting) -> str:
    lines = [f"## {_md(m.title)}", ""]
    when = formatting.meeting_date(m)
    if m.status is not Status.HELD:
        when += f" ({m.status.value})"
    lines.append(f"*{_md(when)}*" + (f" — {_md(formatting.format_place(m.place))}" if m.place else ""))
    lines.append("")
    lines.append("**Participants:** " + "; ".join(
        _md(p.person.name + (f", {p.display_role}" if p.display_role else "")) for p in m.participants))
    if m.issues:
        lines.append("")
        lines.append("**Issues:** " + ", ".join(_md(i.name) for i in m.issues))
    if m.summary:
        lines += ["", _md(m.summary)]
    for q in m.quotes:
        lines += ["", f"> “{_md(q.text)}”", f"> — {_md(q.speaker.name)}"]
    if m.sources:
        lines += ["", "Sources: " + "; ".join(
            f"[{_md(s.title)}](<{s.url.replace('<', '%3C').replace('>', '%3E')}>)" if s.url else _md(s.title) for s in m.sources)]
    lines.append("")
    return "\n".join(lines)


def to_markdown(meetings: Sequence[Meeting], title: str = "Diplomatic meetings") -> str:
    return f"# {_md(title)}\n\n" + "\n".join(meeting_markdown(m) for m in meetings)
