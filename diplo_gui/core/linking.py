"""Join the records of many files into one Dataset: unique ids, resolved references.

Ids are unique per kind across every loaded file, and references may cross files.
The first definition of an id wins (bundled data loads first, then the user's), and
every later one that says something else is reported where it stands. The same record
written again (an export opened beside the data it came from) is not a conflict.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from .model import Dataset, Issue, Meeting, Origin, Participant, Person, Quote
from .problems import Problem, Severity
from .records import MAX_PROBLEMS_PER_FILE, FileRecords, MeetingRecord, Ref, shown


class _Capped(list):
    """Linking's problems, at most MAX_PROBLEMS_PER_FILE per file counting the file's own,
    as the reader caps them: 5,000 unknown participants are not 5,000 lines."""

    def __init__(self, files: list[FileRecords]) -> None:
        super().__init__()
        self.counts = {f.path: len(f.problems) for f in files}
        self.dropped: dict[str, tuple[int, Problem]] = {}

    def append(self, problem: Problem) -> None:
        count = self.counts.get(problem.path, 0)
        if count < MAX_PROBLEMS_PER_FILE:
            self.counts[problem.path] = count + 1
            super().append(problem)
            return
        dropped, first = self.dropped.get(problem.path, (0, problem))
        self.dropped[problem.path] = (dropped + 1, first)

    def close(self) -> list[Problem]:
        for path, (dropped, first) in self.dropped.items():
            super().append(Problem(path, first.line, first.col, Severity.WARNING, "too-many-problems",
                                   f"{dropped:,} more problems found while linking this file are not listed; "
                                   "fix the ones above first"))
        return list(self)


# Where a record was written is not what it says.
_POSITION_FIELDS = frozenset({"origin", "line", "col"})


def _content(value: object) -> object:
    """A record's value without its positions, to tell a repeated definition from a conflicting one."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, *(_content(getattr(value, f.name)) for f in dataclasses.fields(value)
                                        if f.compare and f.name not in _POSITION_FIELDS))
    if isinstance(value, (tuple, list)):
        return tuple(_content(item) for item in value)
    return value


def _first_wins(kind: str, items: Iterable, out: dict, problems: list[Problem]) -> None:
    for item in items:
        first = out.get(item.id)
        if first is None:
            out[item.id] = item
            continue
        if _content(first) == _content(item):
            continue
        origin = item.origin
        where = f"{first.origin.path}:{first.origin.line}" if first.origin else "elsewhere"
        problems.append(Problem(origin.path, origin.line, origin.col,
                                Severity.ERROR, "duplicate-id",
                                f"the {kind} id '{shown(item.id)}' is already defined at {where}; this one is ignored"))


def link(files: Iterable[FileRecords]) -> tuple[Dataset, list[Problem]]:
    """Resolve every reference; a bad reference is dropped with a warning, never its record."""
    files = list(files)
    problems = _Capped(files)
    people: dict[str, Person] = {}
    issues: dict[str, Issue] = {}
    for f in files:
        _first_wins("person", f.people, people, problems)
        _first_wins("issue", f.issues, issues, problems)

    records: dict[str, MeetingRecord] = {}
    for f in files:
        for record in f.meetings:
            first = records.get(record.id)
            if first is None:
                records[record.id] = record
            elif _content(first) != _content(record):
                problems.append(Problem(record.origin.path, record.origin.line, record.origin.col, Severity.ERROR,
                                        "duplicate-id", f"the meeting id '{shown(record.id)}' is already defined at "
                                        f"{first.origin.path}:{first.origin.line}; this one is ignored"))

    meetings = []
    # A person at a meeting in a given role is one immutable Participant, shared by every
    # meeting that has them so: fewer objects to build and keep (an archive repeats a few
    # hundred people in a few roles across 100,000 meetings).
    shared: dict[tuple[str, str | None], Participant] = {}
    for record in records.values():
        meeting = _resolve(record, people, issues, problems, shared)
        if meeting is not None:
            meetings.append(meeting)
    return Dataset.build(people, issues, meetings), problems.close()


def _unknown(path: str, ref: Ref, code: str, message: str, problems: list[Problem]) -> None:
    problems.append(Problem(path, ref.line, ref.col, Severity.WARNING, code, message))


def _resolve(record: MeetingRecord, people: dict[str, Person], issues: dict[str, Issue],
             problems: list[Problem], shared: dict[tuple[str, str | None], Participant]) -> Meeting | None:
    path = record.origin.path
    participants = []
    seen: set[str] = set()
    for p in record.participants:
        person = people.get(p.person.id)
        if person is None:
            _unknown(path, p.person, "unknown-person", f"unknown person '{shown(p.person.id)}' is left out", problems)
        elif person.id in seen:
            _unknown(path, p.person, "duplicate-participant", f"'{shown(person.id)}' is listed twice; once is kept",
                     problems)
        else:
            seen.add(person.id)
            participant = shared.get((person.id, p.role))
            if participant is None:
                participant = shared[(person.id, p.role)] = Participant(person, p.role)
            participants.append(participant)
    if not participants:
        problems.append(Problem(path, record.line, record.col, Severity.ERROR, "no-participants",
                                f"meeting '{shown(record.id)}' has no known participant and is not loaded"))
        return None
    quotes = []
    # A quote names its source by id (the loader checked it is one of the meeting's): the
    # quote then holds that very Source, stored text and all.
    by_id = {s.id: s for s in record.sources if s.id is not None}
    for q in record.quotes:
        speaker = people.get(q.speaker.id)
        if speaker is None:
            _unknown(path, q.speaker, "unknown-speaker",
                     f"unknown speaker '{shown(q.speaker.id)}': the quote is left out", problems)
        else:
            source = by_id.get(q.source_ref.id) if q.source_ref is not None else q.source
            quotes.append(Quote(speaker, q.text, source, q.language, q.rendering, q.translated_by,
                                q.translated_from, q.unverifiable, Origin(path, q.line, q.col)))
    meeting_issues: list[Issue] = []
    for ref in record.issues:
        issue = issues.get(ref.id)
        if issue is None:
            _unknown(path, ref, "unknown-issue", f"unknown issue '{shown(ref.id)}' is left out", problems)
        elif all(issue is not other for other in meeting_issues):  # one object per id: identity says it
            meeting_issues.append(issue)
    return Meeting(
        id=record.id, title=record.title, date=record.date, end_date=record.end_date, status=record.status,
        place=record.place, participants=tuple(participants), quotes=tuple(quotes), issues=tuple(meeting_issues),
        summary=record.summary, sources=record.sources, origin=record.origin, form=record.form,
    )
