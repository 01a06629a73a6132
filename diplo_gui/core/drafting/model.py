"""The draft: what the engine read from an article, every value with the span it came from.

A span is a pair of character offsets into the article text (``text[start:end]``), so a
review view can highlight exactly the words behind a speaker, a date or a place. Every
value also carries ``rule``: a short phrase saying which pattern produced it, so a
reviewer (and a test) can see why the engine decided what it did.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import PartialDate, Status


class DraftCancelled(Exception):
    """Raised by ``draft_article`` when its ``stop`` callable says the draft is no longer wanted."""


def check_stop(stop: Callable[[], bool] | None) -> None:
    """Between two steps of the engine: give up when the caller no longer wants the draft."""
    if stop is not None and stop():
        raise DraftCancelled


@dataclass(frozen=True, slots=True, order=True)
class Span:
    start: int
    end: int

    def text(self, article: str) -> str:
        return article[self.start:self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named in the text: known (an id of the loaded data) or proposed (a new id)."""

    person_id: str
    span: Span
    how: str  # "full name", "surname", "native name", "new person", "pronoun"


@dataclass(frozen=True, slots=True)
class ProposedPerson:
    """Someone the data does not know yet, with the title the article gives them."""

    id: str
    name: str
    span: Span
    role: str | None = None
    role_span: Span | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class DraftQuote:
    """Verbatim words (without the quotation marks); ``parts`` are the quoted spans.

    ``speaker`` is None when no pattern names the speaker: the quote is kept, unattributed.
    """

    text: str
    parts: tuple[Span, ...]
    speaker: str | None = None
    speaker_span: Span | None = None
    rule: str = "unattributed"

    @property
    def span(self) -> Span:
        return Span(self.parts[0].start, self.parts[-1].end)


@dataclass(frozen=True, slots=True)
class DraftValue:
    """One text value (a date, a city, a venue...) and where it was read."""

    value: str
    span: Span
    rule: str


@dataclass(frozen=True, slots=True)
class DraftParticipant:
    person: str
    span: Span


@dataclass(frozen=True, slots=True)
class DraftIssue:
    id: str
    name: str
    span: Span
    known: bool
    rule: str


@dataclass(frozen=True, slots=True)
class DraftDate:
    date: PartialDate
    span: Span
    rule: str  # e.g. "on Monday: the Monday of the publication week"


@dataclass(frozen=True, slots=True)
class DraftPlace:
    city: DraftValue | None = None
    country: DraftValue | None = None
    venue: DraftValue | None = None


@dataclass(frozen=True, slots=True)
class KnownMatch:
    """A meeting the loaded data already holds that a drafted one reports again, and why.

    ``new_quotes`` and ``new_participants`` are what the article adds to it; the article
    itself is a new source for it.
    """

    meeting_id: str
    title: str
    rule: str
    new_quotes: tuple[DraftQuote, ...] = ()
    new_participants: tuple[str, ...] = ()
    source_urls: tuple[str, ...] = ()  # the sources it already cites: the article is not added twice


FORMS = ("in-person", "phone", "video")


@dataclass(frozen=True, slots=True)
class DraftMeeting:
    id: str
    title: str
    span: Span  # the sentence that reports the meeting
    trigger: Span  # the words that make it a meeting ("met with", "talks between")
    rule: str
    participants: tuple[DraftParticipant, ...]
    date: DraftDate | None = None
    status: Status = Status.HELD
    status_span: Span | None = None
    place: DraftPlace = field(default_factory=DraftPlace)
    quotes: tuple[DraftQuote, ...] = ()
    issues: tuple[DraftIssue, ...] = ()
    form: str = "in-person"  # in-person | phone | video
    form_span: Span | None = None
    known: KnownMatch | None = None  # the same meeting in the loaded data: add to it, not a copy
    # the words that make it an earlier meeting recalled ("last month", "their meeting in March",
    # "we met in Belfast" in a transcript): never one meeting with the one the text reports now
    recalled: Span | None = None
    as_new: bool = False  # the reviewer keeps it as a new meeting although it matches a known one
    # the words of a side the text gives only as an office ("the Prime Minister of Spain"): no one to propose,
    # and never the same meeting as one with a named person
    unnamed: Span | None = None

    @property
    def adds_to(self) -> KnownMatch | None:
        """The known meeting this one is saved into (its quotes and source), or None for a new meeting."""
        return None if self.as_new else self.known


@dataclass(frozen=True, slots=True, order=True)
class Highlight:
    """One span a review view colours, with what was drafted from it (for a tooltip)."""

    span: Span
    kind: str  # quote, speaker, term, person, meeting, participant, date, status, city, country, venue, issue
    value: str


@dataclass(frozen=True, slots=True)
class Draft:
    """Everything drafted from one article. ``quotes`` holds every quote, attached or not."""

    article: str
    published: PartialDate
    meetings: tuple[DraftMeeting, ...]
    quotes: tuple[DraftQuote, ...]
    people: tuple[ProposedPerson, ...]  # new people only; known ones are referenced by id
    issues: tuple[DraftIssue, ...]  # new issues only
    mentions: tuple[Mention, ...] = ()
    terms: tuple[Span, ...] = ()  # single quoted words ("scare quotes"): shown, not quoted

    def highlights(self) -> tuple[Highlight, ...]:
        """Every span a value was drafted from, in text order: what a side-by-side review shows."""
        found: set[Highlight] = set()
        for quote in self.quotes:
            found.update(Highlight(part, "quote", quote.text) for part in quote.parts)
            if quote.speaker_span is not None and quote.speaker is not None:
                found.add(Highlight(quote.speaker_span, "speaker", quote.speaker))
        found.update(Highlight(term, "term", self.article[term.start:term.end]) for term in self.terms)
        found.update(Highlight(person.span, "person", person.id) for person in self.people)
        for meeting in self.meetings:
            found.add(Highlight(meeting.trigger, "meeting", meeting.id))
            found.update(Highlight(p.span, "participant", p.person) for p in meeting.participants)
            if meeting.date is not None:
                found.add(Highlight(meeting.date.span, "date", str(meeting.date.date)))
            if meeting.status_span is not None:
                found.add(Highlight(meeting.status_span, "status", meeting.status.value))
            if meeting.form_span is not None:
                found.add(Highlight(meeting.form_span, "form", meeting.form))
            for kind in ("city", "country", "venue"):
                value = getattr(meeting.place, kind)
                if value is not None:
                    found.add(Highlight(value.span, kind, value.value))
            found.update(Highlight(i.span, "issue", i.id) for i in meeting.issues)
        return tuple(sorted(found))

    @property
    def unattached_quotes(self) -> tuple[DraftQuote, ...]:
        """Quotes that no meeting holds (unattributed, or by someone in no drafted meeting)."""
        held = {q.parts for m in self.meetings for q in m.quotes}
        return tuple(q for q in self.quotes if q.parts not in held)
