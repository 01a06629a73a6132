"""Relations across meetings: issue threads, people and counterparts, pair histories, related meetings.

Everything here reads a Dataset and returns meetings in date order (oldest first: a
history reads forwards), ties broken by id so the order never depends on load order.
Postponed, planned and cancelled meetings are part of a history; their status says so.
"""

from __future__ import annotations

from collections import Counter, defaultdict
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
        m for m in _candidates(dataset, issue=issue_id) if any(i.id == issue_id for i in m.issues))]


# -- people -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PersonCount:
    person: Person
    meetings: int


def people_counts(dataset: Dataset) -> list[PersonCount]:
    """Every person with how many meetings they attended, most first, then by name."""
    stored = getattr(dataset.meetings, "participant_counts", None)  # counted by the store (store/stored.py)
    counts: Counter[str] = stored() if stored is not None else Counter()
    for meeting in dataset.meetings if stored is None else ():
        counts.update(participant_ids(meeting))
    return sorted((PersonCount(p, counts[p.id]) for p in dataset.people.values()),
                  key=lambda pc: (-pc.meetings, pc.person.name.casefold(), pc.person.id))


def person_meetings(dataset: Dataset, person_id: str) -> list[Meeting]:
    return chronological(m for m in _candidates(dataset, people=[person_id]) if person_id in participant_ids(m))


def counterparts(dataset: Dataset, person_id: str) -> list[PersonCount]:
    """Who a person met across the table: participants of their meetings from another country.

    When either side's country is unknown, they count as counterparts (nothing says they
    sat on the same side). Most meetings first, then by name.
    """
    person = dataset.people.get(person_id)
    own = person.country if person else None
    counts: Counter[str] = Counter()
    people: dict[str, Person] = {}
    for meeting in _candidates(dataset, people=[person_id]):
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
    return chronological(m for m in _candidates(dataset, people=sorted(wanted)) if wanted <= participant_ids(m))


def country_pair_history(dataset: Dataset, first: str, second: str) -> list[Meeting]:
    """Meetings with participants from both countries, oldest first (a host alone is not a side)."""
    wanted = {first.upper(), second.upper()}
    return chronological(m for m in _candidates(dataset, countries=sorted(wanted))
                         if wanted <= participant_countries(m))


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


def _sides(meeting: Meeting) -> frozenset[str]:
    return participant_countries(meeting) or meeting_countries(meeting)


class RelationIndex:
    """Meetings by person, by issue and by the sides present, built once per Dataset, so that
    the related meetings of a selection touch only the meetings that share something with it."""

    def __init__(self, dataset: Dataset) -> None:
        self._by_person: dict[str, list[Meeting]] = defaultdict(list)
        self._by_issue: dict[str, list[Meeting]] = defaultdict(list)
        self._by_sides: dict[frozenset[str], list[Meeting]] = defaultdict(list)
        for meeting in chronological(dataset.meetings):
            for participant in meeting.participants:
                self._by_person[participant.person.id].append(meeting)
            for issue in meeting.issues:
                self._by_issue[issue.id].append(meeting)
            sides = _sides(meeting)
            if sides:
                self._by_sides[sides].append(meeting)
        self._position = {m.id: at for same in self._by_sides.values() for at, m in enumerate(same)}

    def related(self, meeting: Meeting, limit: int = 5) -> Related:
        same_sides = self._by_sides.get(_sides(meeting), [])
        at = self._position.get(meeting.id)
        previous = next_ = None
        if at is not None and at < len(same_sides) and same_sides[at].id == meeting.id:
            previous = same_sides[at - 1] if at > 0 else None
            next_ = same_sides[at + 1] if at + 1 < len(same_sides) else None
        ordinal = meeting.date.first_day().toordinal()

        def ranked(groups: dict[str, list[Meeting]], keys: Iterable[str]) -> list[tuple[Meeting, tuple[str, ...]]]:
            shared: dict[str, list[str]] = defaultdict(list)
            by_id: dict[str, Meeting] = {}
            for key in dict.fromkeys(keys):
                for other in groups.get(key, ()):
                    if other.id != meeting.id:
                        shared[other.id].append(key)
                        by_id[other.id] = other
            found = [(by_id[i], tuple(keys_)) for i, keys_ in shared.items()]
            found.sort(key=lambda pair: (-len(pair[1]), abs(pair[0].date.first_day().toordinal() - ordinal),
                                         pair[0].id))
            return found[:limit]

        people = {p.person.id: p.person for p in meeting.participants}
        by_people = [(m, tuple(p.person for p in m.participants if p.person.id in people))
                     for m, _ in ranked(self._by_person, people)]
        by_issues = [(m, tuple(i.id for i in m.issues if i.id in {x.id for x in meeting.issues}))
                     for m, _ in ranked(self._by_issue, (i.id for i in meeting.issues))]
        return Related(previous, next_, tuple(by_people), tuple(by_issues))


def related_meetings(dataset: Dataset, meeting: Meeting, limit: int = 5) -> Related:
    """What to read next from a meeting: the previous and next between the same countries,
    and meetings sharing participants or issues (each list at most ``limit`` long).
    For many questions on one Dataset, build a ``RelationIndex`` once instead."""
    return RelationIndex(dataset).related(meeting, limit)


def countries_of(meetings: Sequence[Meeting]) -> list[str]:
    """Every participant country of these meetings, sorted: the choices of a country pair."""
    stored = getattr(meetings, "participant_countries", None)  # asked of the store (store/stored.py)
    return stored() if stored is not None else sorted({c for m in meetings for c in participant_countries(m)})


def _candidates(dataset: Dataset, people: Sequence[str] = (), issue: str | None = None,
                countries: Sequence[str] = ()) -> Iterable[Meeting]:
    """The meetings to look through for these people, issue or countries: every meeting, or, for
    meetings read from the store (store/stored.py), those its indexes name (each still checked here)."""
    having = getattr(dataset.meetings, "having", None)
    return dataset.meetings if having is None else having(people, issue, countries)
