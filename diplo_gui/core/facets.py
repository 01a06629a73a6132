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
import operator
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import chain, compress

from .flags import Flags, as_bytes
from .model import Meeting, Status
from .search import Query, SearchIndex, parse_query

# Counting runs in C over every meeting kept, and holds the interpreter lock until it ends: it goes a
# slice at a time, so that the window's thread has its turn between slices (a count of the Filters on
# another thread otherwise kept a window of 1,000,000 meetings from answering keys for half a second).
_COUNT_SLICE = 1 << 13


def _count(column: Sequence, keep: bytes, flat: bool = False) -> Counter:
    """The values of ``column`` where ``keep`` is true, counted (``flat``: each is a tuple of values)."""
    counter: Counter = Counter()
    for start in range(0, len(keep), _COUNT_SLICE):
        kept = compress(column[start:start + _COUNT_SLICE], keep[start:start + _COUNT_SLICE])
        counter.update(chain.from_iterable(kept) if flat else kept)
    return counter


PERSON, COUNTRY, ISSUE, STATUS = "person", "country", "issue", "status"
FACETS = (PERSON, COUNTRY, ISSUE, STATUS)  # the value facets; the date range is apart
DATES = "dates"


def meeting_countries(meeting: Meeting) -> frozenset[str]:
    """Country codes of a meeting: its participants' and its place's (``Meeting.countries``)."""
    return meeting.countries()


def dataset_countries(meetings: Iterable[Meeting]) -> list[str]:
    """Every country code of these meetings, sorted: what the Country facet offers."""
    return sorted({c for m in meetings for c in meeting_countries(m)})


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

    def _with(self, facet: str, values: frozenset[str]) -> FacetSelection:
        return replace(self, **{facet: values})  # type: ignore[arg-type]  # facet names one frozenset field

    def toggled(self, facet: str, value: str) -> FacetSelection:
        current = self.values(facet)
        return self._with(facet, current - {value} if value in current else current | {value})

    def with_value(self, facet: str, value: str, on: bool = True) -> FacetSelection:
        current = self.values(facet)
        return self._with(facet, current | {value} if on else current - {value})

    def with_dates(self, date_from: _dt.date | None, date_to: _dt.date | None) -> FacetSelection:
        if date_from and date_to and date_from > date_to:
            date_from, date_to = date_to, date_from
        return replace(self, date_from=date_from, date_to=date_to)

    def without(self, facet: str, value: str | None = None) -> FacetSelection:
        """Drop one value of a facet, or the date range when ``facet`` is ``DATES``."""
        if facet == DATES:
            return replace(self, date_from=None, date_to=None)
        if value is None:
            return self._with(facet, frozenset())
        return self.with_value(facet, value or "", on=False)

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
class FacetCounts:
    """For each facet, how many meetings each value would keep; and the meetings per year."""

    values: Mapping[str, Counter[str]] = field(default_factory=dict)
    years: Counter[int] = field(default_factory=Counter)
    total: int = 0  # meetings matching the text and every facet


class FacetIndex:
    """The facet values of every meeting, prepared once per Dataset, in Dataset order.

    Columnar, and filtered with byte masks (one byte per meeting, 0 or 1, held in a
    Python int so that AND is one C-level operation and ``bit_count`` counts meetings):
    a facet change or a keystroke never loops over meetings in Python. Counts loop
    only over the meetings that pass, with ``compress`` and ``Counter`` (both in C).
    """

    def __init__(self, meetings: Sequence[Meeting]) -> None:
        spans: dict[tuple[object, object], tuple[int, int]] = {}  # dates repeat: compute each span once
        columns: dict[str, list[tuple[str, ...]]] = {f: [] for f in FACETS}
        firsts: list[int] = []
        lasts: list[int] = []
        for meeting in meetings:
            key = (meeting.date, meeting.end_date)
            span = spans.get(key)
            if span is None:
                first, last = meeting_span(meeting)
                span = spans[key] = (first.toordinal(), last.toordinal())
            firsts.append(span[0])
            lasts.append(span[1])
            people = tuple(p.person.id for p in meeting.participants)
            columns[PERSON].append(people)
            columns[COUNTRY].append(tuple(meeting.countries()))
            columns[ISSUE].append(tuple(i.id for i in meeting.issues))
            columns[STATUS].append((meeting.status.value,))
        self._set(columns, firsts, lasts)

    @classmethod
    def from_columns(cls, people: list[tuple[str, ...]], countries: list[tuple[str, ...]],
                     issues: list[tuple[str, ...]], statuses: list[str], firsts: Sequence[int],
                     lasts: Sequence[int]) -> FacetIndex:
        """The index of meetings given by column, in Dataset order (an archive store has them so)."""
        index = cls.__new__(cls)
        one: dict[str, tuple[str, ...]] = {}  # four statuses: one tuple each
        status_column = [one.setdefault(s, (s,)) for s in statuses]
        index._set({PERSON: people, COUNTRY: countries, ISSUE: issues, STATUS: status_column}, firsts, lasts)
        return index

    def _set(self, columns: dict[str, list[tuple[str, ...]]], firsts: Sequence[int], lasts: Sequence[int]) -> None:
        self._n = len(firsts)
        self._columns = columns
        self._first = array("q", firsts)  # packed: 8 bytes a meeting, not a Python int each
        self._last = array("q", lasts)
        self._years: tuple[array, array, int] | None = None  # first and last years, the one-year meetings' mask
        self._masks: dict[tuple[str, str], int] = {}  # (facet, value) -> byte mask, made when first asked
        self._all = int.from_bytes(b"\x01" * self._n, "little")
        self._full_counts: FacetCounts | None = None  # no text, no facet: the same until the next Dataset

    def __len__(self) -> int:
        return self._n

    def adopt_full_counts(self, counts: FacetCounts) -> None:
        """Take the counts with no search and no filter made earlier for exactly these meetings (a store's)."""
        if counts.total == self._n:
            self._full_counts = counts

    def spans(self) -> list[tuple[int, int]]:
        """Each meeting's first and last day (proleptic ordinals), in Dataset order."""
        return list(zip(self._first, self._last))

    def span(self) -> tuple[_dt.date, _dt.date] | None:
        """The first and last day any meeting covers; None without meetings."""
        if not self._n:
            return None
        return _dt.date.fromordinal(min(self._first)), _dt.date.fromordinal(max(self._last))

    # -- masks ------------------------------------------------------------------------
    def _count_years(self, mask: int) -> Counter[int]:
        """The meetings of ``mask`` per year they cover: the years are packed (two bytes a meeting), and
        only the meetings spanning several years are counted one by one."""
        if self._years is None:
            firsts, lasts = _years_of(self._first), _years_of(self._last)
            self._years = firsts, lasts, int.from_bytes(bytes(map(operator.eq, firsts, lasts)), "little")
        firsts, lasts, one_year = self._years
        years = _count(firsts, self._flags(mask & one_year))
        for n in compress(range(self._n), self._flags(mask & ~one_year & self._all)):
            years.update(range(firsts[n], lasts[n] + 1))
        return years

    def _value_mask(self, facet: str, value: str) -> int:
        mask = self._masks.get((facet, value))
        if mask is None:
            flags = bytes(value in values for values in self._columns[facet])
            mask = self._masks[(facet, value)] = int.from_bytes(flags, "little")
        return mask

    def _facet_mask(self, facet: str, wanted: frozenset[str]) -> int:
        mask = 0
        for value in wanted:
            mask |= self._value_mask(facet, value)
        return mask

    def _date_mask(self, selection: FacetSelection) -> int:
        start = selection.date_from.toordinal() if selection.date_from else None
        end = selection.date_to.toordinal() if selection.date_to else None
        if start is None and end is None:
            return self._all
        flags = bytes((start is None or last >= start) and (end is None or first <= end)
                      for first, last in zip(self._first, self._last))
        return int.from_bytes(flags, "little")

    def _base_mask(self, base: Flags | None) -> int:
        return self._all if base is None else int.from_bytes(as_bytes(base), "little")

    def _masks_of(self, selection: FacetSelection) -> dict[str, int]:
        masks = {f: self._facet_mask(f, selection.values(f)) for f in FACETS if selection.values(f)}
        if selection.date_from or selection.date_to:
            masks[DATES] = self._date_mask(selection)
        return masks

    def _flags(self, mask: int) -> bytes:
        return mask.to_bytes(self._n, "little")

    # -- answers ----------------------------------------------------------------------
    def matches(self, selection: FacetSelection, base: Flags | None = None) -> bytes:
        """For each meeting, whether it passes ``base`` (the text search) and every facet."""
        mask = self._base_mask(base)
        for facet_mask in self._masks_of(selection).values():
            mask &= facet_mask
        return self._flags(mask)

    def counts(self, selection: FacetSelection, base: Flags | None = None) -> FacetCounts:
        """Disjunctive counts: a facet's values are counted under every filter but that facet's own."""
        if selection.is_empty and base is None and self._full_counts is not None:
            return self._full_counts
        base_mask = self._base_mask(base)
        masks = self._masks_of(selection)

        def passing(leave_out: str | None) -> int:
            mask = base_mask
            for facet, facet_mask in masks.items():
                if facet != leave_out:
                    mask &= facet_mask
            return mask

        values: dict[str, Counter[str]] = {}
        for facet in FACETS:
            keep = self._flags(passing(facet))
            values[facet] = _count(self._columns[facet], keep, flat=True)
        years = self._count_years(passing(DATES))
        counts = FacetCounts(values, years, passing(None).bit_count())
        if selection.is_empty and base is None:
            self._full_counts = counts
        return counts


def _years_of(days: Sequence[int]) -> array:
    """The year of each day (proleptic ordinals), looked up in C among the years' first days."""
    if not days:
        return array("H")
    first, last = _dt.date.fromordinal(min(days)).year, _dt.date.fromordinal(max(days)).year
    new_years = [_dt.date(year, 1, 1).toordinal() for year in range(first, last + 1)]
    return array("H", map((first - 1).__add__, map(partial(bisect_right, new_years), days)))


def statuses() -> list[str]:
    """Every status value, in the order a reader thinks of them."""
    return [s.value for s in Status]


def ordered_values(counts: Mapping[str, int], known: Iterable[str]) -> list[str]:
    """Values to offer: every known value with its count, most frequent first, then by key."""
    # Sorted by key, then (stably) by count: two sorts in C, where a key function called per value
    # held the UI thread at each count of thousands of people.
    number = dict.fromkeys(sorted(set(known).union(counts)), 0)
    number.update(counts)
    return sorted(number, key=number.__getitem__, reverse=True)


def search_and_facets(search: SearchIndex, facets: FacetIndex, query: Query | str,
                      selection: FacetSelection) -> bytes:
    """The meetings the list shows: the text search (``search.py``'s language) and every facet."""
    parsed = parse_query(query) if isinstance(query, str) else query
    return facets.matches(selection, None if parsed.is_empty else search.matches(parsed))
