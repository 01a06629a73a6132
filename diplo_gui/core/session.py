"""The view's state in one Qt-free object, and the answers the window shows.

A ``Session`` holds what the reader chose — the typed search, the ticked facets and
date range, the list's order, the current meeting — and the history of those choices
(Back and Forward). It answers, from the archive (``core.store``), what is visible (the
meeting rows in the list's order), the facet counts and the timeline's bins of that
answer, what is related to the current meeting, and which meetings an export covers.
Widgets render it and send intents back; the rules live here once.

A session is used from one thread at a time (the window's query worker); the list
reads its rows by position from ``Session.reader()`` on the UI thread.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum

from . import countries as _countries
from .facets import FacetSelection
from .model import Dataset, Meeting
from .navigation import History, Place
from .search import Query, QueryError, parse_query
from .store import Answer, Archive, Bins, Counts, PageRow


class Scope(Enum):
    """What an export covers."""

    CURRENT = "current"  # the current meeting
    VISIBLE = "visible"  # the list as searched and filtered, in its order
    ALL = "all"  # every loaded meeting, newest first


@dataclass(frozen=True, slots=True)
class ViewState:
    """What the reader chose. Immutable: every intent makes a new state."""

    search: str = ""
    facets: FacetSelection = field(default_factory=FacetSelection)
    order: tuple[str, bool] = ("date", True)  # (column, descending)
    current: str | None = None  # a meeting id
    query: Query = field(default_factory=Query)  # the last search that could be read

    def place(self) -> Place:
        return Place(self.search, self.facets, self.current)


# Timeline bins: the widths a reader thinks in, from a day to a century.
_BIN_DAYS = (1, 7, 30, 91, 365, 3652, 36524)


def bin_days(span_days: float, columns: int) -> int:
    """The smallest natural bin width that puts ``span_days`` into at most ``columns`` bins."""
    for days in _BIN_DAYS:
        if span_days / days <= max(1, columns):
            return days
    return max(_BIN_DAYS[-1], int(span_days // max(1, columns)) + 1)


class Session:
    """One window's view of one archive."""

    def __init__(self, archive: Archive, dataset: Dataset | None = None,
                 country_name: Callable[[str], str] = _countries.country_name) -> None:
        self.archive = archive
        self.dataset = dataset if dataset is not None else Dataset()
        self.country_name = country_name
        self.state = ViewState()
        self.error: QueryError | None = None  # why the typed search could not be read
        self.history = History()
        self.history.record(self.state.place())  # where Back leads from the first search
        self._answer: Answer | None = None
        self._counts: Counts | None = None
        self._by_id: dict[str, Meeting] | None = None

    # -- data ---------------------------------------------------------------------------
    def set_dataset(self, dataset: Dataset) -> None:
        """New data was indexed into the archive: every answer is asked again; the state stays."""
        self.dataset = dataset
        self._by_id = None
        self._forget()
        if self.state.current is not None and self.archive.row_of(self.state.current) is None:
            self.state = replace(self.state, current=None)  # the meeting left the data

    def meeting(self, meeting_id: str | None) -> Meeting | None:
        """The whole meeting (for the detail pane and exports), or None."""
        if meeting_id is None:
            return None
        if self._by_id is None:
            self._by_id = {m.id: m for m in self.dataset.meetings}
        return self._by_id.get(meeting_id)

    # -- intents ------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        """What the reader typed; a query that cannot be read (an unclosed phrase) sets ``error``
        and the list keeps answering the last one that could."""
        try:
            query = parse_query(text)
        except QueryError as error:
            self.error = error
            query = self.state.query
        else:
            self.error = None
        self._change(replace(self.state, search=text, query=query))

    def set_facets(self, facets: FacetSelection) -> None:
        self._change(replace(self.state, facets=facets))

    def set_order(self, column: str, descending: bool) -> None:
        if (column, descending) != self.state.order:
            self.state = replace(self.state, order=(column, descending))
            self._answer = None  # the same meetings and counts, in another order

    def set_current(self, meeting_id: str | None) -> None:
        self.state = replace(self.state, current=meeting_id)
        self.history.record(self.state.place())

    def _change(self, state: ViewState) -> None:
        if state == self.state:
            return
        if (state.query, state.facets) != (self.state.query, self.state.facets):
            self._forget()
        self.state = state
        self.history.record(state.place())

    def _forget(self) -> None:
        self._answer = None
        self._counts = None

    # -- history ------------------------------------------------------------------------
    def go_to(self, place: Place) -> None:
        """Show a place again (Back, Forward, a saved search): not a new step of the history."""
        try:
            query, self.error = parse_query(place.search), None
        except QueryError as error:
            query, self.error = self.state.query, error
        self.state = replace(self.state, search=place.search, query=query, facets=place.facets,
                             current=place.meeting_id)
        self._forget()

    def back(self) -> Place | None:
        place = self.history.back()
        if place is not None:
            self.go_to(place)
        return place

    def forward(self) -> Place | None:
        place = self.history.forward()
        if place is not None:
            self.go_to(place)
        return place

    # -- answers ------------------------------------------------------------------------
    def answer(self) -> Answer:
        """The meetings the list shows, in its order (asked of the archive once per state)."""
        if self._answer is None:
            state = self.state
            self._answer = self.archive.answer(state.query, state.facets, state.order)
        return self._answer

    def visible_count(self) -> int:
        return len(self.answer())

    def rows(self, first: int, count: int) -> list[PageRow]:
        """The list's rows ``first`` .. ``first + count - 1`` of the current answer."""
        return self.archive.page(self.answer().rows[first:first + count])

    def position_of(self, meeting_id: str) -> int | None:
        """Where a meeting is in the list as it now is, or None when the search or filters hide it."""
        row = self.archive.row_of(meeting_id)
        if row is None:
            return None
        try:
            return self.answer().rows.index(row)
        except ValueError:
            return None

    def counts(self) -> Counts:
        """How many meetings each facet value would keep, under the search and the other facets."""
        if self._counts is None:
            self._counts = self.archive.counts(self.answer())
        return self._counts

    def bins(self, first_day: _dt.date, last_day: _dt.date, columns: int) -> Bins:
        """The visible meetings per bin between two days, in at most ``columns`` bins of a natural width."""
        start, end = first_day.toordinal(), last_day.toordinal() + 1
        days = bin_days(end - start, columns)
        start -= start % days if days > 1 else 0
        return self.archive.bins(self.answer(), start, days, -(-(end - start) // days))

    def span(self) -> tuple[_dt.date, _dt.date] | None:
        return self.archive.span()

    def related(self) -> dict[str, object]:
        """What to read next from the current meeting (empty without one)."""
        if self.state.current is None:
            return {"previous": None, "next": None, "people": [], "issues": []}
        return self.archive.related(self.state.current)

    def export_ids(self, scope: Scope) -> list[str]:
        """The meetings an export of ``scope`` covers, in the order it writes them."""
        if scope is Scope.CURRENT:
            return [self.state.current] if self.state.current and self.meeting(self.state.current) else []
        if scope is Scope.ALL:
            return [m.id for m in self.dataset.meetings]
        return self.archive.ids(self.answer().rows)

    def export_meetings(self, scope: Scope) -> list[Meeting]:
        found = (self.meeting(i) for i in self.export_ids(scope))
        return [m for m in found if m is not None]
