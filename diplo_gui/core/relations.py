"""Relations across meetings: issue threads, people and counterparts, pair histories, related meetings.

Everything here reads a Dataset and returns meetings in date order (oldest first: a
history reads forwards), ties broken by id so the order never depends on load order.
Postponed, planned and cancelled meetings are part of a history; their status says so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .facets import meeting_countries
from .model import Dataset, Meeting, Person, Quote


def chronological(meetings: Iterable[Meeting]) -> list[Meeting]:
    return sorted(meetings, key=Meeting.sort_key)


def participant_ids(meeting: Meeting) -> frozenset[str]:
    return frozenset(p.person.id for p in meeting.participants)


def participant_countries(meeting: Meeting) -> frozenset[str]:
    """The sides present at a meeting: its participants' countries (not the host's)."""
    return frozenset(p.person.country for p in meeting.participants if p.person.country)


# -- issue threads ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ThreadEntry:
    meeting: Meeting
    quotes: tuple[Quote, ...]  # every quote of the meeting, speaker attached


def issue_thread(dataset: Dataset, issue_id: str) -> list[ThreadEntry]:
    """Every meeting about an issue, oldest first, each with what was said there."""
    return [ThreadEntry(m, m.quotes) for m in chronological(
        m for m in dataset.meetings if any(i.id == issue_id for i in m.issues))]


# -- people -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PersonCount:
    person: Person
    meetings: int


def people_counts(dataset: Dataset) -> list[PersonCount]:
    """Every person with how many meetings they attended, most first, then by name."""
    counts: Counter[str] = Counter()
    for meeting in dataset.meetings:
        counts.update(participant_ids(meeting))
    return sorted((PersonCount(p, counts[p.id]) for p in dataset.people.values()),
                  key=lambda pc: (-pc.meetings, pc.person.name.casefold(), pc.person.id))


def person_meetings(dataset: Dataset, person_id: str) -> list[Meeting]:
    return chronological(m for m in dataset.meetings if person_id in participant_ids(m))


def counterparts(dataset: Dataset, person_id: str) -> list[PersonCount]:
    """Who a person met across the table: participants of their meetings from another country.

    When either side's country is unknown, they count as counterparts (nothing says they
    sat on the same side). Most meetings first, then by name.
    """
    person = dataset.people.get(person_id)
    own = person.country if person else None
    counts: Counter[str] = Counter()
    people: dict[str, Person] = {}
    for meeting in dataset.meetings:
        ids = participant_ids(meeting)
        if person_id not in ids:
            continue
        for participant in meeting.participants:
            other = participant.person
            if other.id == person_id or (own and other.country == own):
                continue
            counts[other.id] += 1
            people[other.id] = other
    return sorted((PersonCount(people[i], n) for i, n in counts.items()),
                  key=lambda pc: (-pc.meetings, pc.person.name.casefold(), pc.person.id))


# -- pairs --------------------------------------------------------------------------
def pair_history(dataset: Dataset, first: str, second: str) -> list[Meeting]:
    """Meetings both people attended, oldest first: the history of a relationship."""
    wanted = {first, second}
    return chronological(m for m in dataset.meetings if wanted <= participant_ids(m))


def country_pair_history(dataset: Dataset, first: str, second: str) -> list[Meeting]:
    """Meetings with participants from both countries, oldest first (a host alone is not a side)."""
    wanted = {first.upper(), second.upper()}
    return chronological(m for m in dataset.meetings if wanted <= participant_countries(m))


# -- related meetings ---------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Related:
    previous: Meeting | None  # the meeting just before between the same countries
    next: Meeting | None
    shared_people: tuple[tuple[Meeting, tuple[Person, ...]], ...]  # most shared first, then nearest in time
    shared_issues: tuple[tuple[Meeting, tuple[str, ...]], ...]  # issue ids shared

    @property
    def is_empty(self) -> bool:
        return not (self.previous or self.next or self.shared_people or self.shared_issues)


def related_meetings(dataset: Dataset, meeting: Meeting, limit: int = 5) -> Related:
    """What to read next from a meeting: the previous and next between the same countries,
    and meetings sharing participants or issues (each list at most ``limit`` long)."""
    sides = participant_countries(meeting) or meeting_countries(meeting)
    same_sides = chronological(m for m in dataset.meetings
                               if (participant_countries(m) or meeting_countries(m)) == sides and sides)
    previous = next_ = None
    ids = [m.id for m in same_sides]
    if meeting.id in ids:
        at = ids.index(meeting.id)
        previous = same_sides[at - 1] if at > 0 else None
        next_ = same_sides[at + 1] if at + 1 < len(same_sides) else None

    ordinal = meeting.date.first_day().toordinal()

    def distance(m: Meeting) -> int:
        return abs(m.date.first_day().toordinal() - ordinal)

    people = participant_ids(meeting)
    issues = {i.id for i in meeting.issues}
    by_people: list[tuple[Meeting, tuple[Person, ...]]] = []
    by_issues: list[tuple[Meeting, tuple[str, ...]]] = []
    for other in dataset.meetings:
        if other.id == meeting.id:
            continue
        shared = tuple(p.person for p in other.participants if p.person.id in people)
        if shared:
            by_people.append((other, shared))
        common = tuple(i.id for i in other.issues if i.id in issues)
        if common:
            by_issues.append((other, common))
    by_people.sort(key=lambda pair: (-len(pair[1]), distance(pair[0]), pair[0].id))
    by_issues.sort(key=lambda pair: (-len(pair[1]), distance(pair[0]), pair[0].id))
    return Related(previous, next_, tuple(by_people[:limit]), tuple(by_issues[:limit]))


def countries_of(meetings: Sequence[Meeting]) -> list[str]:
    """Every participant country of these meetings, sorted: the choices of a country pair."""
    return sorted({c for m in meetings for c in participant_countries(m)})
