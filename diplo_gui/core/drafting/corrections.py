"""A reviewer's corrections to a Draft: each one a pure function returning a new Draft.

The review view (``diplo_gui/ui/drafting/draft_review.py``) calls these; keeping them here keeps
them Qt-free and testable alone. A quote is known by its ``parts`` (its spans never
change); a meeting by its id. A value the reviewer sets has no span of its own: it
keeps the span of the value it replaced (the words that were corrected) and says so in
its ``rule``, which the YAML comments repeat.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..model import PartialDate
from .model import FORMS, Draft, DraftDate, DraftMeeting, DraftParticipant, DraftQuote, Mention, Span
from .text import unique_id

BY_REVIEWER = "set by the reviewer"
PLACE_KINDS = ("city", "country", "venue")


def _meetings(draft: Draft, meeting_id: str, change: Callable[[DraftMeeting], DraftMeeting | None]) -> Draft:
    """Apply ``change`` (meeting -> meeting, or None to drop it) to one meeting."""
    out: list[DraftMeeting] = []
    for meeting in draft.meetings:
        if meeting.id == meeting_id:
            changed = change(meeting)
            if changed is not None:
                out.append(changed)
        else:
            out.append(meeting)
    return replace(draft, meetings=tuple(out))


def _attach(meetings: tuple[DraftMeeting, ...], quote: DraftQuote) -> tuple[DraftMeeting, ...]:
    """The engine's rule: the last meeting reported before the quote that its speaker is in, else the next."""
    with_speaker = [i for i, m in enumerate(meetings) if quote.speaker in {p.person for p in m.participants}]
    before = [i for i in with_speaker if meetings[i].trigger.start <= quote.parts[0].start]
    after = [i for i in with_speaker if meetings[i].trigger.start > quote.parts[0].start]
    target = before[-1] if before else (after[0] if after else None)
    if target is None:
        return meetings
    m = meetings[target]
    ordered = tuple(sorted(m.quotes + (quote,), key=lambda q: q.parts[0].start))
    return meetings[:target] + (replace(m, quotes=ordered),) + meetings[target + 1:]


def set_speaker(draft: Draft, parts: tuple[Span, ...], speaker: str | None) -> Draft:
    """Give a quote another speaker, or none: an unattributed quote leaves its meeting (it is never saved as said)."""
    old = next(q for q in draft.quotes if q.parts == parts)
    if speaker is None:
        new = replace(old, speaker=None, speaker_span=None, rule="unattributed (" + BY_REVIEWER + ")")
    else:
        new = replace(old, speaker=speaker, speaker_span=None, rule=BY_REVIEWER)
    quotes = tuple(new if q.parts == parts else q for q in draft.quotes)
    holder = next((m for m in draft.meetings if any(q.parts == parts for q in m.quotes)), None)
    meetings = draft.meetings
    if speaker is None:
        meetings = tuple(replace(m, quotes=tuple(q for q in m.quotes if q.parts != parts)) for m in meetings)
    elif holder is not None:
        meetings = tuple(replace(m, quotes=tuple(new if q.parts == parts else q for q in m.quotes)) for m in meetings)
    else:
        meetings = _attach(meetings, new)
    return replace(draft, quotes=quotes, meetings=meetings)


def drop_quote(draft: Draft, parts: tuple[Span, ...]) -> Draft:
    meetings = tuple(replace(m, quotes=tuple(q for q in m.quotes if q.parts != parts)) for m in draft.meetings)
    return replace(draft, quotes=tuple(q for q in draft.quotes if q.parts != parts), meetings=meetings)


def set_participant(draft: Draft, meeting_id: str, index: int, person: str) -> Draft:
    """Replace one participant; ValueError if that person already takes part."""
    def change(m: DraftMeeting) -> DraftMeeting:
        others = [p.person for i, p in enumerate(m.participants) if i != index]
        if person in others:
            raise ValueError(f"{person} already takes part in this meeting")
        people = list(m.participants)
        people[index] = DraftParticipant(person, people[index].span)
        return replace(m, participants=tuple(people))
    return _meetings(draft, meeting_id, change)


def add_participant(draft: Draft, meeting_id: str, person: str, span: Span) -> Draft:
    """One more participant, read from ``span``; ValueError if that person already takes part."""
    def change(m: DraftMeeting) -> DraftMeeting:
        if person in {p.person for p in m.participants}:
            raise ValueError(f"{person} already takes part in this meeting")
        return replace(m, participants=m.participants + (DraftParticipant(person, span),))
    return _meetings(draft, meeting_id, change)


def set_speaker_from(draft: Draft, parts: tuple[Span, ...], mention: Mention) -> Draft:
    """The speaker a reviewer points to in the text: the person and the words that name them."""
    draft = set_speaker(draft, parts, mention.person_id)

    def spoken(q: DraftQuote) -> DraftQuote:
        return replace(q, speaker_span=mention.span) if q.parts == parts else q
    return replace(draft, quotes=tuple(map(spoken, draft.quotes)),
                   meetings=tuple(replace(m, quotes=tuple(map(spoken, m.quotes))) for m in draft.meetings))


def drop_participant(draft: Draft, meeting_id: str, index: int) -> Draft:
    """ValueError for the last one: a meeting needs at least one participant (drop the meeting instead)."""
    def change(m: DraftMeeting) -> DraftMeeting:
        if len(m.participants) <= 1:
            raise ValueError("a meeting needs a participant: drop the meeting instead")
        return replace(m, participants=m.participants[:index] + m.participants[index + 1:])
    return _meetings(draft, meeting_id, change)


def _taken(draft: Draft, known_ids: set[str], but: str) -> set[str]:
    return set(known_ids) | {m.id for m in draft.meetings if m.id != but}


def set_date(draft: Draft, meeting_id: str, date: PartialDate | None, known_ids: set[str]) -> Draft:
    """A new date (or none); an id that began with the old date ("undated-…", "2023-06-…") follows it.

    ``known_ids`` are the meeting ids already loaded: the new id collides with none of them.
    """
    def change(m: DraftMeeting) -> DraftMeeting:
        old_prefix = str(m.date.date) if m.date else "undated"
        new_prefix = str(date) if date else "undated"
        new_id = m.id
        if m.id.startswith(old_prefix + "-") and old_prefix != new_prefix:
            base = new_prefix + m.id[len(old_prefix):]
            new_id = unique_id(base.rsplit("-", 1)[0] if _suffixed(base) else base, _taken(draft, known_ids, m.id))
        drafted = None
        if date is not None:
            span = m.date.span if m.date else Span(m.trigger.start, m.trigger.start)
            drafted = DraftDate(date, span, BY_REVIEWER)
        return replace(m, id=new_id, date=drafted)
    return _meetings(draft, meeting_id, change)


def _suffixed(meeting_id: str) -> bool:
    """An id ending in -2, -3 … (a collision suffix, dropped before a new unique id is made)."""
    tail = meeting_id.rsplit("-", 1)[-1]
    return tail.isdigit() and len(tail) < 3


def set_title(draft: Draft, meeting_id: str, title: str) -> Draft:
    if not title.strip():
        raise ValueError("a meeting needs a title")
    return _meetings(draft, meeting_id, lambda m: replace(m, title=title.strip()))


def drop_meeting(draft: Draft, meeting_id: str) -> Draft:
    """The meeting goes; its quotes stay in the draft, held by no meeting (so never saved as said there)."""
    return _meetings(draft, meeting_id, lambda m: None)


def drop_issue(draft: Draft, meeting_id: str, issue_id: str) -> Draft:
    return _meetings(draft, meeting_id, lambda m: replace(m, issues=tuple(i for i in m.issues if i.id != issue_id)))


def drop_place(draft: Draft, meeting_id: str, kind: str) -> Draft:
    if kind not in PLACE_KINDS:
        raise ValueError(kind)
    return _meetings(draft, meeting_id, lambda m: replace(m, place=replace(m.place, **{kind: None})))


def set_form(draft: Draft, meeting_id: str, form: str) -> Draft:
    """in-person, phone or video; a form the reviewer sets keeps the words it replaced as its span."""
    if form not in FORMS:
        raise ValueError(f"a meeting's form is one of {', '.join(FORMS)}")
    return _meetings(draft, meeting_id, lambda m: replace(m, form=form))


def set_as_new(draft: Draft, meeting_id: str, as_new: bool) -> Draft:
    """Save a meeting that matches a known one as a new meeting (True), or as additions to it (False)."""
    return _meetings(draft, meeting_id, lambda m: replace(m, as_new=as_new and m.known is not None))


def all_as_new(draft: Draft) -> Draft:
    """Every meeting saved as new, whatever the data holds (``diplo-data draft --no-match``)."""
    return replace(draft, meetings=tuple(replace(m, as_new=m.known is not None) for m in draft.meetings))


def pruned(draft: Draft) -> Draft:
    """What is saved: new people and issues that some kept meeting or quote still names."""
    named = {p.person for m in draft.meetings for p in m.participants}
    named |= {q.speaker for q in draft.quotes if q.speaker}
    issues = {i.id for m in draft.meetings for i in m.issues}
    return replace(draft, people=tuple(p for p in draft.people if p.id in named),
                   issues=tuple(i for i in draft.issues if i.id in issues))


__all__ = ["BY_REVIEWER", "PLACE_KINDS", "add_participant", "all_as_new", "drop_issue", "drop_meeting",
           "drop_participant", "drop_place", "drop_quote", "pruned", "set_as_new", "set_date", "set_form",
           "set_participant",
           "set_speaker", "set_speaker_from", "set_title"]
