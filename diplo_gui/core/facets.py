"""Facets: narrow the meetings by person, country, issue, status and a date range, with counts.

A selection is values per facet. Within one facet the values are alternatives
(Taiwan *or* climate); across facets they all apply (Taiwan *and* 2023). A count for a
value says how many meetings the list would show if that value were ticked, given the
text search and every *other* facet ("disjunctive" counts, as shops and Zotero show
them): ticking a second country never makes the first one's count drop to zero.

Countries are those of the participants and of the place, as in ``search.py``'s
``country:`` field, so a facet and the typed term agree.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from .model import Meeting, Status
from .search import Query, SearchIndex, parse_query

PERSON, COUNTRY, ISSUE, STATUS = "person", "country", "issue", "status"
FACETS = (PERSON, COUNTRY, ISSUE, STATUS)  # the value facets; the date range is apart
DATES = "dates"


def meeting_countries(meeting: Meeting) -> frozenset[str]:
    """Country codes of a meeting: its participants' and its place's."""
    codes = {p.person.country for p in meeting.participants if p.person.country}
    if meeting.place and meeting.place.country:
        codes.add(meeting.place.country)
    return frozenset(codes)


def meeting_span(meeting: Meeting) -> tuple[_dt.date, _dt.date]:
    """First and last day a meeting may cover: ``2023-02`` spans the whole of February."""
    end = meeting.end_date or meeting.date
    return meeting.date.first_day(), max(end.last_day(), meeting.date.last_day())


@dataclass(frozen=True, slots=True)
class FacetSelection:
    """What the user ticked. Immutable: every change returns a new selection."""

    person: frozenset[str] = frozenset()
    country: frozenset[str] = frozenset()
    issue: frozenset[str] = frozenset()
    status: frozenset[str] = frozenset()  # Status values: "held", "postponed" ...
    date_from: _dt.date | None = None  # inclusive; a meeting overlapping the range is kept
    date_to: _dt.date | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.person or self.country or self.issue or self.status or self.date_from or self.date_to)

    def values(self, facet: str) -> frozenset[str]:
        return getattr(self, facet)  # type: ignore[no-any-return]

    def toggled(self, facet: str, value: str) -> FacetSelection:
        current = self.values(facet)
        return replace(self, **{facet: current - {value} if value in current else current | {value}})

    def with_value(self, facet: str, value: str, on: bool = True) -> FacetSelection:
        current = self.values(facet)
        return replace(self, **{facet: current | {value} if on else current - {value}})

    def with_dates(self, date_from: _dt.date | None, date_to: _dt.date | None) -> FacetSelection:
        if date_from and date_to and date_from > date_to:
            date_from, date_to = date_to, date_from
        return replace(self, date_from=date_from, date_to=date_to)

    def without(self, facet: str, value: str | None = None) -> FacetSelection:
        """Drop one value of a facet, or the date range when ``facet`` is ``DATES``."""
        if facet == DATES:
            return replace(self, date_from=None, date_to=None)
        return self.with_value(facet, value or "", on=False) if value is not None else replace(self, **{facet: frozenset()})

    def active(self) -> list[tuple[str, str | None]]:
        """The active filters in a stable order, one (facet, value) each; the range is (DATES, None)."""
        chips: list[tuple[str, str | None]] = [(f, v) for f in FACETS for v in sorted(self.values(f))]
        if self.date_from or self.date_to:
            chips.append((DATES, None))
        return chips

    # -- persistence (saved searches, history) --------------------------------------
    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {f: sorted(self.values(f)) for f in FACETS if self.values(f)}
        if self.date_from:
            data["from"] = self.date_from.isoformat()
        if self.date_to:
            data["to"] = self.date_to.isoformat()
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> FacetSelection:
        """Read what ``to_dict`` wrote; anything malformed (a hand-edited settings file) is ignored."""
        kwargs: dict[str, object] = {}
        for facet in FACETS:
            values = data.get(facet)
            if isinstance(values, (list, tuple)):
                kwargs[facet] = frozenset(v for v in values if isinstance(v, str) and v)
        for key, name in (("from", "date_from"), ("to", "date_to")):
            value = data.get(key)
            if isinstance(value, str):
                try:
                    kwargs[name] = _dt.date.fromisoformat(value)
                except ValueError:
                    pass
        return cls(**kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class _Entry:
    person: frozenset[str]
    country: frozenset[str]
    issue: frozenset[str]
    status: frozenset[str]
    first: int  # proleptic ordinals: comparisons without building dates
    last: int


@dataclass(frozen=True, slots=True)
class FacetCounts:
    """For each facet, how many meetings each value would keep; and the meetings per year."""

    values: Mapping[str, Counter[str]] = field(default_factory=dict)
    years: Counter[int] = field(default_factory=Counter)
    total: int = 0  # meetings matching the text and every facet


class FacetIndex:
    """The facet values of every meeting, prepared once per Dataset, in Dataset order."""

    def __init__(self, meetings: Sequence[Meeting]) -> None:
        self._entries: list[_Entry] = []
        for meeting in meetings:
            first, last = meeting_span(meeting)
            self._entries.append(_Entry(
                frozenset(p.person.id for p in meeting.participants),
                meeting_countries(meeting),
                frozenset(i.id for i in meeting.issues),
                frozenset({meeting.status.value}),
                first.toordinal(), last.toordinal()))

    def __len__(self) -> int:
        return len(self._entries)

    def span(self) -> tuple[_dt.date, _dt.date] | None:
        """The first and last day any meeting covers; None without meetings."""
        if not self._entries:
            return None
        return (_dt.date.fromordinal(min(e.first for e in self._entries)),
                _dt.date.fromordinal(max(e.last for e in self._entries)))

    def matches(self, selection: FacetSelection, base: Sequence[bool] | None = None) -> list[bool]:
        """For each meeting, whether it passes ``base`` (the text search) and every facet."""
        tests = _tests(selection)
        return [(base is None or base[i]) and all(t(e) for t in tests) for i, e in enumerate(self._entries)]

    def counts(self, selection: FacetSelection, base: Sequence[bool] | None = None) -> FacetCounts:
        """Disjunctive counts: a facet's values are counted under every filter but that facet's own."""
        per_facet = {f: _tests(selection, leave_out=f) for f in (*FACETS, DATES)}
        all_tests = _tests(selection)
        values: dict[str, Counter[str]] = {f: Counter() for f in FACETS}
        years: Counter[int] = Counter()
        total = 0
        for i, entry in enumerate(self._entries):
            if base is not None and not base[i]:
                continue
            for facet in FACETS:
                if all(t(entry) for t in per_facet[facet]):
                    values[facet].update(getattr(entry, facet))
            if all(t(entry) for t in per_facet[DATES]):
                first, last = _dt.date.fromordinal(entry.first).year, _dt.date.fromordinal(entry.last).year
                years.update(range(first, last + 1))
            if all(t(entry) for t in all_tests):
                total += 1
        return FacetCounts(values, years, total)


def _tests(selection: FacetSelection, leave_out: str | None = None) -> list:  # type: ignore[type-arg]
    tests = []
    for facet in FACETS:
        wanted = selection.values(facet)
        if wanted and facet != leave_out:
            tests.append(lambda e, f=facet, w=wanted: not w.isdisjoint(getattr(e, f)))
    if leave_out != DATES:
        if selection.date_from is not None:
            start = selection.date_from.toordinal()
            tests.append(lambda e, s=start: e.last >= s)
        if selection.date_to is not None:
            end = selection.date_to.toordinal()
            tests.append(lambda e, t=end: e.first <= t)
    return tests


def statuses() -> list[str]:
    """Every status value, in the order a reader thinks of them."""
    return [s.value for s in Status]


def ordered_values(counts: Mapping[str, int], known: Iterable[str]) -> list[str]:
    """Values to offer: every known value with its count, most frequent first, then by key."""
    return sorted(set(known) | set(counts), key=lambda v: (-counts.get(v, 0), v))


def search_and_facets(search: SearchIndex, facets: FacetIndex, query: Query | str,
                      selection: FacetSelection) -> list[bool]:
    """The meetings the list shows: the text search (``search.py``'s language) and every facet."""
    parsed = parse_query(query) if isinstance(query, str) else query
    return facets.matches(selection, None if parsed.is_empty else search.matches(parsed))
