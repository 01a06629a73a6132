"""The pages the explore views show, and the two widgets every window has from its first paint.

``Pages`` builds rich text for an issue's thread, people and a person, a pair's history
and related meetings, from escaped values only (``safe_text``); links are internal
(``diplo://meeting/ID``, ``diplo://person/ID`` ...) and emitted as signals for explore.py
to follow. Nothing is ever loaded from a document. ``RelatedView`` sits under the detail
pane; the other views (thread_view.py) are built after the first paint.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QWidget

from ...core import formatting
from ...core.model import Issue, Meeting, Person, Quote, Status
from ...core.relations import PersonCount, Related, RelationIndex, ThreadEntry
from ..reader.rich_text import SafePage, muted_colour, page_css, status_span
from ..reader.safe_text import escape, internal_url, link


def meeting_url(meeting_id: str) -> QUrl:
    return internal_url("meeting", meeting_id)


def pair_url(kind: str, first: str, second: str) -> QUrl:
    """diplo://pair/person/a/b or diplo://pair/country/US/CN: the history of a relationship."""
    url = internal_url("pair", kind)
    url.setPath(f"/{kind}/{first}/{second}")
    return url


class ExploreBrowser(SafePage):
    """A read-only page of escaped rich text; every link click is a signal, never a navigation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(12, parent)
        self._html = ""
        self.refresh()

    def refresh(self) -> None:
        palette = self.palette()
        self.document().setDefaultStyleSheet(
            "h1 { font-size: large; margin-bottom: 2px; }"
            "h2 { font-size: medium; margin-top: 14px; margin-bottom: 2px; }"
            f"h3 {{ font-size: medium; margin-top: 8px; margin-bottom: 2px; color: {muted_colour(palette)}; }}"
            + page_css(palette))
        self.setHtml(self._html)

    def show_html(self, html: str) -> None:
        self._html = html
        self.setHtml(html)


class Pages:
    # (Counts read "1 meeting", "3 meetings": tr() with a plural form is for when a translation arrives.)
    """Builds the pages; ``tr`` translates, ``country_name`` names a code the way the window does."""

    def __init__(self, tr: Callable[[str], str], country_name: Callable[[str], str]) -> None:
        self.tr = tr
        self.country_name = country_name

    def _status(self, meeting: Meeting) -> str:
        if meeting.status is Status.HELD:
            return ""
        return " " + status_span(meeting.status, self.tr(meeting.status.value).upper())

    def _meeting_line(self, meeting: Meeting) -> str:
        place = formatting.format_place(meeting.place, self.country_name)
        where = f" <span class='muted'>· {escape(place)}</span>" if place else ""
        return (f"<b>{escape(formatting.meeting_date(meeting))}</b> · "
                f"{link(meeting_url(meeting.id), meeting.title)}{self._status(meeting)}{where}")

    def _person(self, person: Person) -> str:
        return link(internal_url("person", person.id), person.name)

    def _quote(self, meeting: Meeting, quote: Quote) -> str:
        return (f"<p class='quote'>“{escape(quote.text)}”<br>— {self._person(quote.speaker)}, "
                f"<span class='muted'>{escape(formatting.meeting_date(meeting))}</span></p>")

    def _n(self, n: int, what: str) -> str:
        words = {"meeting": (self.tr("meeting"), self.tr("meetings")), "quote": (self.tr("quote"), self.tr("quotes"))}
        one, many = words[what]
        return f"{n:,} {one if n == 1 else many}"

    def _list_link(self, kind: str, key: str) -> str:
        """'Show them in the list': filters the list as the detail pane's links do."""
        return link(internal_url("filter", f"{kind}/{key}"), self.tr("show them in the list"))

    def empty(self, text: str) -> str:
        return f"<p class='muted' align='center' style='margin-top:20px'>{escape(text)}</p>"

    def thread(self, issue: Issue, entries: Sequence[ThreadEntry]) -> str:
        out = [f"<h1>{escape(issue.name)}</h1>"]
        if issue.description:
            out.append(f"<p class='muted'>{escape(issue.description)}</p>")
        n = len(entries)
        quotes = sum(len(e.quotes) for e in entries)
        out.append(f"<p class='muted'>{escape(self._n(n, 'meeting') + ', ' + self._n(quotes, 'quote'))}, "
                   f"{escape(self.tr('oldest first'))} · {self._list_link('issue', issue.id)}</p>")
        for entry in entries:
            meeting = entry.meeting
            people = ", ".join(self._person(p.person) for p in meeting.participants)
            out.append(f"<h2>{self._meeting_line(meeting)}</h2><p>{people}</p>")
            if entry.quotes:
                out.extend(self._quote(meeting, q) for q in entry.quotes)
            else:
                out.append(f"<p class='muted'>{escape(self.tr('No quote recorded.'))}</p>")
        if not entries:
            out.append(self.empty(self.tr("No meeting is about this issue.")))
        return "".join(out)

    def person(self, person: Person, meetings: Sequence[Meeting], across: Sequence[PersonCount]) -> str:
        out = [f"<h1>{escape(person.name)}"
               + (f" <span class='muted'>{escape(person.native_name)}</span>" if person.native_name else "")
               + "</h1>"]
        facts = [escape(x) for x in (person.role, self.country_name(person.country) if person.country else None) if x]
        facts.append(self._list_link("person", person.id))
        out.append(f"<p class='muted'>{' · '.join(facts)}</p>")
        out.append(f"<h2>{escape(self.tr('Meetings (%s), oldest first') % len(meetings))}</h2>")
        out.extend(f"<p>{self._meeting_line(m)}</p>" for m in meetings)
        out.append(f"<h2>{escape(self.tr('Counterparts'))}</h2>")
        if not across:
            out.append(f"<p class='muted'>{escape(self.tr('No counterpart recorded.'))}</p>")
        for pc in across:
            history = link(pair_url("person", person.id, pc.person.id), self.tr("history"))
            out.append(f"<p>{self._person(pc.person)} <span class='muted'>"
                       f"{escape(self._n(pc.meetings, 'meeting'))}"
                       f"</span> · {history}</p>")
        return "".join(out)

    def pair(self, title: str, meetings: Sequence[Meeting]) -> str:
        out = [f"<h1>{escape(title)}</h1>",
               f"<p class='muted'>{escape(self._n(len(meetings), 'meeting'))}, {escape(self.tr('oldest first'))}</p>"]
        if not meetings:
            out.append(self.empty(self.tr("They have no meeting together in the data.")))
        previous: Meeting | None = None
        for meeting in meetings:
            if previous is not None:
                gap = (meeting.date.first_day() - previous.date.first_day()).days
                out.append(f"<p class='muted' style='margin-left:24px'>"
                           f"{escape(self.tr('… %s days later') % f'{gap:,}')}</p>")
            people = ", ".join(self._person(p.person) for p in meeting.participants)
            out.append(f"<h2>{self._meeting_line(meeting)}</h2><p>{people}</p>")
            if meeting.summary:
                out.append(f"<p>{escape(meeting.summary)}</p>")
            out.extend(self._quote(meeting, q) for q in meeting.quotes)
            previous = meeting
        return "".join(out)

    def related(self, related: Related) -> str:
        if related.is_empty:
            return self.empty(self.tr("No related meeting."))
        out = [f"<h3>{escape(self.tr('Related meetings'))}</h3>"]
        if related.previous:
            out.append(f"<p>{escape(self.tr('Previous between the same countries:'))} "
                       f"{self._meeting_line(related.previous)}</p>")
        if related.next:
            out.append(f"<p>{escape(self.tr('Next between the same countries:'))} "
                       f"{self._meeting_line(related.next)}</p>")
        if related.shared_people:
            out.append(f"<h3>{escape(self.tr('With the same people'))}</h3>")
            for meeting, people in related.shared_people:
                names = ", ".join(escape(p.name) for p in people)
                out.append(f"<p>{self._meeting_line(meeting)} <span class='muted'>({names})</span></p>")
        if related.shared_issues:
            out.append(f"<h3>{escape(self.tr('On the same issues'))}</h3>")
            for meeting, _issues in related.shared_issues:
                out.append(f"<p>{self._meeting_line(meeting)}</p>")
        return "".join(out)


class RelatedView(ExploreBrowser):
    """Related meetings of the current meeting, shown under the detail pane."""

    def __init__(self, pages: Pages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self.setObjectName("relatedMeetings")
        self.setAccessibleName(self.tr("Related meetings"))

    def show_related(self, relations: RelationIndex | None, meeting: Meeting | None) -> None:
        if meeting is None or relations is None:
            self.show_html("")
            self.hide()  # nothing selected: the detail pane's empty text takes the whole height
            return
        self.show_html(self._pages.related(relations.related(meeting)))
        if not self.isVisible():
            self.show()
            # Shown before it has a height, the page keeps its text cursor "visible" by scrolling
            # past the heading; once laid out, a new meeting's related page starts at its top.
            QTimer.singleShot(0, self, lambda: self.verticalScrollBar().setValue(0))  # not after it is gone

