"""The timeline: the meetings of the current list on a horizontal date axis, painted by hand.

A meeting known to the day is a solid bar from its first to its last day; one known only
to the month or the year is a hatched, dashed span over that whole month or year, so a
reader sees at once how precise the date is. Colour says the status (postponed is red).

Readable from nine meetings to a million: where the meetings in view fit (a few
thousand), each is a bar in a lane, its title beside it; where they do not, the view
shows their density instead — per column of pixels, how many meetings start there,
stacked by status — and a click zooms in towards the bars. Lanes are laid out only for
the meetings in view, and density is a bisection per column over start days sorted
once per list change, so a paint never visits every meeting.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from operator import add, attrgetter, sub
from typing import TYPE_CHECKING, NamedTuple, overload

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ...core import formatting
from ...core.facets import meeting_span
from ...core.flags import Flags
from ...core.model import Meeting, PartialDate, Status
from ...core.picked import Picked
from ...core.sharing import positions_by_key, sorted_positions
from ..reader import rich_text
from ..reader.safe_text import plain, tooltip

if TYPE_CHECKING:
    from ...core.store.stored import Columns, StoredMeetings  # sqlite3 and msgspec: not for a start-up with little data

STATUS_COLOURS = {status: QColor(colour) for status, colour in rich_text.STATUS_COLOURS.items()}

_KINDS = {status: n for n, status in enumerate(Status)}
_PICK_SLICE = 1 << 16  # measured meetings looked at per step of ``pick``
_DENSE = 1500  # more meetings than this in view: their density, not one bar each
_READ_AHEAD = 500  # bars of a store's meetings read at once (store/stored.py keeps 1,024 decoded)
_COLUMN = 2  # px per density column
_MIN_WIDTH = 8.0  # px: a one-day meeting stays clickable at any zoom
_LANE = 20
_GAP = 4
_AXIS = 26
_TOP = 22  # the legend's strip above the lanes


@dataclass(slots=True)
class _Item:
    meeting: Meeting
    start: float  # day ordinal of the first day
    end: float  # day ordinal after the last day
    partial: bool  # known to the month or year only: drawn as a span of that month or year
    label_px: float = 0.0  # width of the title when written beside a short bar
    kind: int = 0  # status and precision as one small number: what a mark looks like
    lane: int = 0
    room_until: float = float("inf")  # day where the next item of the same lane starts


@dataclass(slots=True)
class Measured:
    """Every meeting of a Dataset measured for the timeline, by start day (see ``measure``)."""

    items: Sequence[_Item]  # a list, or made when first asked for (measure_columns)
    order: Sequence[int]  # Dataset position of each item
    starts: Sequence[float]
    ends: Sequence[float]
    lengths: Sequence[float]
    status: bytes  # each item's status number (_KINDS), one byte per item
    item_of: Callable[[str], int | None] | None = None  # meeting id -> item position (made when first needed)


def measure(meetings: Sequence[Meeting], spans: Sequence[tuple[int, int]] | None, char_px: float) -> Measured:
    """Measure meetings for the timeline: no Qt call, so a large Dataset is measured off the UI thread."""
    if spans is None:
        spans = [(a.toordinal(), b.toordinal()) for a, b in map(meeting_span, meetings)]
    held = Status.HELD
    items = []
    for meeting, (first, last) in zip(meetings, spans):
        partial = meeting.date.day is None or (meeting.end_date is not None and meeting.end_date.day is None)
        item = _Item(meeting, float(first), last + 1.0, partial)
        # An estimate (characters x average width): measuring every title of a large archive
        # would cost more than the lanes it decides; drawing elides whatever does not fit.
        item.label_px = (len(meeting.title) + (0 if meeting.status is held else 12)) * char_px + 8
        item.kind = _KINDS[meeting.status] * 2 + partial
        items.append(item)
    return _measured(items)


class _Mark(NamedTuple):
    """What the timeline draws of a meeting read from the store (the whole is read when asked: ``meeting_at``)."""

    id: str
    title: str
    status: Status


class _Made(Sequence[_Item]):
    """The items of meetings given by column, by start day, each made when first asked for: an open of a
    large archive shows density, and makes only the few hundred bars a zoom brings into view. A bar's id
    and title are read with its meeting then (a block of them at a time), not kept for every meeting."""

    def __init__(self, columns: Columns, order: Sequence[int], char_px: float, meetings: Sequence[Meeting]) -> None:
        self._statuses, self._partial = columns.statuses, columns.partial
        self._firsts, self._lasts = columns.firsts, columns.lasts
        self._order = order
        self._char_px = char_px
        self._meetings = meetings
        self._made: dict[int, _Item] = {}
        self._status = {s.value: s for s in Status}

    def __len__(self) -> int:
        return len(self._order)

    @overload
    def __getitem__(self, index: int) -> _Item: ...

    @overload
    def __getitem__(self, index: slice) -> list[_Item]: ...

    def __getitem__(self, index: int | slice) -> _Item | list[_Item]:
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self._order)))]
        n = index
        item = self._made.get(n)
        if item is None:
            p = self._order[n]
            meeting = self._meetings[p]
            status = self._status[self._statuses[p]]
            partial = self._partial[p]
            label_px = (len(meeting.title) + (0 if status is Status.HELD else 12)) * self._char_px + 8
            item = self._made[n] = _Item(_Mark(meeting.id, meeting.title, status),  # type: ignore[arg-type]
                                         float(self._firsts[p]), self._lasts[p] + 1.0, bool(partial), label_px,
                                         _KINDS[status] * 2 + partial)
        return item

    def prefetch(self, indices: Iterable[int]) -> None:
        """Make these items now, their meetings read a block at a time (the bars a layout is about to draw)."""
        todo = [n for n in indices if n not in self._made]
        prefetch = getattr(self._meetings, "prefetch", None)
        for first in range(0, len(todo), _READ_AHEAD):
            block = todo[first:first + _READ_AHEAD]
            if prefetch is not None:
                prefetch([self._order[n] for n in block])
            for n in block:
                self[n]


def measure_columns(columns: Columns, char_px: float, meetings: StoredMeetings) -> Measured:
    """``measure`` for meetings given by column (an archive store's ``meetings``): no item is made
    until it is drawn as a bar, and no meeting is read until then. Every column is packed (8 bytes a
    meeting); the order by start day is the one the store's update sorted, and ids and titles are
    never read for it."""
    firsts, lasts = columns.firsts, columns.lasts
    count = len(firsts)
    order = meetings.time_order()
    kinds = {s.value: _KINDS[s] for s in Status}
    starts = array("d", map(firsts.__getitem__, order))
    ends = array("d", map(add, map(lasts.__getitem__, order), repeat(1.0)))
    item_at = array("q", bytes(8 * count))  # Dataset position -> item position
    deque(map(item_at.__setitem__, order, range(count)), maxlen=0)

    def item_of(meeting_id: str) -> int | None:
        found = meetings.position(meeting_id)
        return item_at[found] if 0 <= found < count else None

    return Measured(_Made(columns, order, char_px, meetings), order, starts, ends, array("d", map(sub, ends, starts)),
                    bytes(map(kinds.__getitem__, map(columns.statuses.__getitem__, order))), item_of)


def _measured(items: list[_Item], kinds: bytes | None = None) -> Measured:
    """``kinds``: each item's status number, when the caller has them (else read from the meetings)."""
    # By start day, ids breaking ties; keys gathered with C-level maps (no Python call per comparison).
    meetings = list(map(attrgetter("meeting"), items))
    if kinds is None:
        kinds = bytes(map(_KINDS.__getitem__, map(attrgetter("status"), meetings)))
    ids = list(map(attrgetter("id"), meetings))
    keys = list(zip(map(attrgetter("start"), items), ids))
    # A slice at a time (core/sharing.py): a large Dataset is measured beside the window's thread.
    order = sorted_positions(len(items), keys.__getitem__)
    prepared = list(map(items.__getitem__, order))
    starts = list(map(attrgetter("start"), prepared))
    ends = list(map(attrgetter("end"), prepared))
    return Measured(prepared, order, starts, ends, list(map(sub, ends, starts)),
                    bytes(map(kinds.__getitem__, order)), positions_by_key(list(map(ids.__getitem__, order))).get)


@dataclass(frozen=True, slots=True)
class Shown:
    """The measured meetings a list shows, by start day (``pick``)."""

    measured: Measured
    keep: bytes | None  # which measured items are shown, a byte each (None: all)
    items: Sequence[_Item]
    starts: Sequence[float]
    ends: Sequence[float]
    last_end: float
    kinds: bytes  # each shown item's status number (_KINDS), for the density


_NOTHING = Measured([], [], [], [], [], b"")  # what a timeline shows before it is given meetings


def pick(measured: Measured, flags: Flags | None) -> Shown:
    """The measured meetings whose flag is set (all for None). No Qt call: a large list's are picked off
    the UI thread (every measured meeting is looked at). A slice at a time:
    each step runs in C and holds the interpreter lock until it ends, and the window's thread takes
    its turn between slices."""
    if flags is None:
        return Shown(measured, None, measured.items, measured.starts, measured.ends, max(measured.ends, default=0.0),
                     measured.status)
    order = measured.order
    # packed: a byte an item, as the positions below
    keep = b"".join(bytes(map(flags.__getitem__, order[first:first + _PICK_SLICE]))
                    for first in range(0, len(order), _PICK_SLICE))
    positions, starts, ends, kinds = array("q"), array("d"), array("d"), bytearray()
    for first in range(0, len(keep), _PICK_SLICE):
        part = keep[first:first + _PICK_SLICE]
        positions.extend(compress(range(first, first + len(part)), part))
        starts.extend(compress(measured.starts[first:first + _PICK_SLICE], part))
        ends.extend(compress(measured.ends[first:first + _PICK_SLICE], part))
        kinds += bytes(compress(measured.status[first:first + _PICK_SLICE], part))
    items = (list(map(measured.items.__getitem__, positions)) if isinstance(measured.items, list)
             else Picked(measured.items, positions))
    return Shown(measured, keep, items, starts, ends, max(ends, default=0.0), bytes(kinds))


class TimelineView(QWidget):
    """Meetings on a date axis. Wheel or Ctrl+= / Ctrl+- zoom, drag or arrow keys pan, click selects."""

    meetingClicked = Signal(str)  # a meeting id

    def __init__(self, describe: Callable[[Meeting], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(self.tr(
            "Meetings of the list on a date axis. Ctrl+= and Ctrl+- zoom, Left and Right pan, "
            "Home fits every meeting, Shift+Left and Shift+Right select the previous or next meeting."))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setMinimumHeight(_TOP + 3 * (_LANE + _GAP) + _AXIS)
        self._describe = describe
        self._items: Sequence[_Item] = []  # sorted by start
        self._char_px = float(QFontMetrics(self.font()).averageCharWidth())
        self._by_id: dict[str, _Item] | None = None
        self._measured: Measured | None = None
        self._prepared: Sequence[_Item] = []  # every meeting of the Dataset, by start day
        self._marks: Sequence[_Item] = []  # what a paint draws at the current zoom (see _layout_lanes)
        self._mark_starts: list[float] = []
        self._starts: Sequence[float] = []  # the shown items' start and end days, by start
        self._ends: Sequence[float] = []
        self._longest = 0.0  # the longest span in days: how far left of the view a visible item may start
        self._scale = 1.0  # pixels per day
        self._left = 0.0  # the day at x = 0
        self._lanes_for: tuple | None = None  # the view (scale, left, size) the lanes were computed for
        self._dense = False  # the view shows density, not bars
        self._whole: Callable[[str], Meeting | None] | None = None  # see set_reader
        self._kinds = b""  # the shown items' status numbers, for density
        self._keep: bytes | None = None  # which prepared items are shown (None: all)
        self._last_end = 0.0
        self._current: str | None = None
        self._press: QPointF | None = None
        self._press_left = 0.0
        self._dragged = False

    def sizeHint(self) -> QSize:
        return QSize(800, _TOP + 4 * (_LANE + _GAP) + _AXIS)

    # -- data -------------------------------------------------------------------------
    def set_meetings(self, meetings: Sequence[Meeting], spans: Sequence[tuple[int, int]] | None = None) -> None:
        """Show these meetings and fit them in the view (``prepare`` then ``show_flags``)."""
        self.prepare(meetings, spans)
        self.show_flags(None)

    def prepare(self, meetings: Sequence[Meeting], spans: Sequence[tuple[int, int]] | None = None) -> None:
        """Measure every meeting of a Dataset once; ``show_flags`` then picks the listed ones.

        ``spans`` are the meetings' first and last days as ordinals when the caller has them
        already (the facet index does), so a large archive is not measured twice."""
        self.adopt(measure(meetings, spans, self.char_px()))

    def char_px(self) -> float:
        """The average width of a character of the timeline's font (what ``measure`` estimates titles with)."""
        return self._char_px

    def adopt(self, measured: Measured) -> Measured | None:
        """Take meetings measured ahead (``measure``, on any thread); ``show_flags`` then picks the listed ones.
        Returns the measures replaced (the caller may free them later: a large Dataset's take a while)."""
        replaced, self._measured = self._measured, measured
        self._prepared = measured.items
        # The longest span of all prepared meetings: a bound that only widens what a paint considers.
        self._longest = max(measured.lengths, default=0.0)
        return replaced

    def measured(self) -> Measured | None:
        """What ``adopt`` or ``prepare`` last took (what ``pick`` picks from)."""
        return self._measured

    def show_flags(self, flags: Flags | None) -> None:
        """Show the prepared meetings whose flag is set (all for None), and fit them in the view."""
        self.show_picked(pick(self._measured or _NOTHING, flags))

    def show_picked(self, shown: Shown) -> bool:
        """Show what ``pick`` chose, and fit it in the view; False (nothing done) when it was picked from
        measures replaced since (a pick made off the UI thread that a new Dataset overtook)."""
        if shown.measured is not (self._measured or _NOTHING):
            return False
        self._items, self._starts, self._ends, self._keep = shown.items, shown.starts, shown.ends, shown.keep
        self._last_end = shown.last_end
        self._by_id = None
        self._kinds = shown.kinds
        self.fit()
        return True

    def meetings(self) -> list[Meeting]:
        return [i.meeting for i in self._items]

    def set_current(self, meeting_id: str | None) -> None:
        """Mark the list's current meeting, scrolling it into view when it is off screen."""
        self._current = meeting_id
        item = self._item(meeting_id)
        if item is not None:
            left, right = self._x(item.start), self._x(item.end)
            if right < 0 or left > self.width():
                self._left = (item.start + item.end) / 2 - self.width() / 2 / self._scale
        self.update()

    def current(self) -> str | None:
        return self._current

    def _item(self, meeting_id: str | None) -> _Item | None:
        if not meeting_id:
            return None
        if self._measured is not None and (self._keep is not None or not isinstance(self._prepared, list)):
            # A lookup among every prepared item (its map made once per Dataset, off the UI thread
            # for a large one), then whether it is shown: no map of the shown items at each list change.
            if self._measured.item_of is None:
                self._measured.item_of = {i.meeting.id: n for n, i in enumerate(self._prepared)}.get
            position = self._measured.item_of(meeting_id)
            if position is None or (self._keep is not None and not self._keep[position]):
                return None
            return self._prepared[position]
        if self._by_id is None:
            self._by_id = {i.meeting.id: i for i in self._items}
        return self._by_id.get(meeting_id)

    # -- geometry ---------------------------------------------------------------------
    def fit(self) -> None:
        """Zoom and pan so every meeting shows, with a little room at both ends."""
        if not self._items:
            today = dt.date.today().toordinal()
            self._left, self._scale = today - 180.0, max(0.01, self.width() / 365.0)
        else:
            # The first start from the packed starts, not from the first item: an archive store's item is
            # made by reading its meeting, and such a read on the UI thread can wait behind the store's counts.
            first = self._starts[0]
            last = self._last_end
            span = max(30.0, last - first)
            pad = span * 0.03 + 3
            # room on the right for the last title, written beside its bar (a fitted density has no titles:
            # the room would show years to come with nothing in them)
            room = 160 if len(self._items) <= _DENSE else 0
            self._scale = max(0.01, max(100, self.width() - room) / (span + 2 * pad))
            self._left = first - pad
        self._lanes_for = None
        self.update()

    def scale(self) -> float:
        return self._scale

    def visible_days(self) -> tuple[float, float]:
        return self._left, self._left + self.width() / self._scale

    def _x(self, day: float) -> float:
        return (day - self._left) * self._scale

    def _day(self, x: float) -> float:
        return self._left + x / self._scale

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom by ``factor`` keeping the day under ``anchor_x`` (default: the middle) in place."""
        anchor_x = self.width() / 2 if anchor_x is None else anchor_x
        day = self._day(anchor_x)
        # From a decade on screen to a few hours per pixel's worth of a day.
        self._scale = min(400.0, max(0.02, self._scale * factor))
        self._left = day - anchor_x / self._scale
        self._lanes_for = None
        self.update()

    def pan(self, pixels: float) -> None:
        self._left += pixels / self._scale
        self.update()

    def _layout_lanes(self) -> int:
        """Greedy lanes for the meetings in view: an item goes to the first lane free at its left edge.

        With more than ``_DENSE`` meetings in view the view shows their density instead (no lanes);
        a small list is laid out whole, once per zoom level, so that every item has a place."""
        lanes = max(1, (self.height() - _TOP - _AXIS) // (_LANE + _GAP))
        small = len(self._items) <= _DENSE
        key = (self._scale, None if small else self._left, None if small else self.width(), lanes)
        if self._lanes_for == key:
            return lanes
        if small:
            self._prefetch(range(len(self._items)))
            todo: Sequence[_Item] = self._items
            self._dense = False
        else:
            first_day, last_day = self.visible_days()
            reach = first_day - _MIN_WIDTH / self._scale  # a bar ending after this shows in the view
            lo = bisect.bisect_left(self._starts, reach - self._longest)
            hi = bisect.bisect_right(self._starts, last_day)
            # Of those, the ones that start in view or last into it: a meeting known only by its year
            # must not make a whole year "too many to draw" (counted in C, a bar made only if drawn).
            # Too many start in view alone: dense, without a look at the others.
            self._dense = hi - bisect.bisect_left(self._starts, reach) > _DENSE
            in_view = [] if self._dense else list(compress(range(lo, hi), map(reach.__le__, self._ends[lo:hi])))
            self._dense = self._dense or len(in_view) > _DENSE
            if not self._dense:
                self._prefetch(in_view)
            todo = [] if self._dense else list(map(self._items.__getitem__, in_view))
        scale = self._scale
        gap_days = 3 / scale
        min_days = _MIN_WIDTH / scale
        free: list[tuple[float, int]] = []  # (day the lane is free from, lane): a heap
        used = 0
        for item in todo:
            length = item.end - item.start
            label_days = 0.0 if length * scale >= item.label_px else min(item.label_px, 180) / scale
            right = max(item.end, item.start + min_days) + label_days
            if free and free[0][0] <= item.start:
                _, lane = heapq.heappop(free)
            elif used < lanes:
                lane, used = used, used + 1
            else:  # more overlaps than lanes: share the lane that frees first
                _, lane = heapq.heappop(free)
            item.lane = lane
            heapq.heappush(free, (right + gap_days, lane))
        last_in_lane: dict[int, _Item] = {}
        for item in todo:  # how far each title may run before the next bar of its lane
            item.room_until = float("inf")
            before = last_in_lane.get(item.lane)
            if before is not None:
                before.room_until = item.start
            last_in_lane[item.lane] = item
        self._marks = todo
        self._mark_starts = [i.start for i in todo]
        self._lanes_for = key
        return lanes

    def _prefetch(self, indices: Sequence[int]) -> None:
        # Items of a reopened archive (``_Made``, maybe ``Picked`` from) about to be laid out: made in blocks.
        prefetch = getattr(self._items, "prefetch", None)
        if prefetch is not None:
            prefetch(indices)

    def is_dense(self) -> bool:
        """Whether the view shows the density of its meetings (too many in view for a bar each)."""
        self._layout_lanes()
        return self._dense

    def density(self) -> list[tuple[float, dict[Status, int]]]:
        """Per column of ``_COLUMN`` pixels across the view: its first day and the meetings
        starting there, by status."""
        days, counts = self._density_columns()
        return [(day, {status: n[k] for status, n in counts.items() if n[k]}) for k, day in enumerate(days[:-1])]

    def _density_columns(self) -> tuple[list[float], dict[Status, list[int]]]:
        """The columns' first days (one more: where the last ends) and, per status, the meetings starting in each."""
        kinds = self._kinds
        days = [self._day(x) for x in range(0, self.width() + _COLUMN, _COLUMN)]
        at = [bisect.bisect_left(self._starts, d) for d in days]  # each column's items are at[k]:at[k + 1]
        counts = {}
        for status in Status:  # bytes.count over each column's range: C speed, no loop over meetings
            code = bytes((_KINDS[status],))
            column = [kinds.count(code, a, b) for a, b in zip(at, at[1:])]
            if any(column):
                counts[status] = column
        return days, counts

    def _density_text(self, x: float) -> str:
        """What a column of the density says: how many meetings start there, and when."""
        columns = self.density()
        k = max(0, min(len(columns) - 1, int(x) // _COLUMN))
        day, counts = columns[k]
        total = sum(counts.values())
        first = dt.date.fromordinal(max(1, int(day)))
        last = dt.date.fromordinal(max(1, int(self._day((k + 1) * _COLUMN)) - 1))
        when = formatting.format_date(PartialDate(first.year, first.month, first.day), short=True)
        if last > first:
            when += " – " + formatting.format_date(PartialDate(last.year, last.month, last.day), short=True)
        count = self.tr("1 meeting") if total == 1 else self.tr("%s meetings") % f"{total:,}"
        return self.tr("%s starting %s; zoom in to see them") % (count, when)

    def _label_inside(self, item: _Item) -> bool:
        return (item.end - item.start) * self._scale >= item.label_px

    def _label(self, item: _Item) -> str:
        meeting = item.meeting
        if meeting.status is Status.HELD:
            return meeting.title
        # The status first: titles get elided.
        return f"{self.tr(meeting.status.value).capitalize()}: {plain(meeting.title)}"

    def _rect(self, item: _Item) -> QRectF:
        left = self._x(item.start)
        width = max(_MIN_WIDTH, (item.end - item.start) * self._scale)
        return QRectF(left, _TOP + item.lane * (_LANE + _GAP), width, _LANE)

    def _visible(self, marks: bool = False) -> list[_Item]:
        """The items whose span meets the visible days (or the marks a paint draws), by bisection."""
        items, starts = (self._marks, self._mark_starts) if marks else (self._items, self._starts)
        first_day, last_day = self.visible_days()
        lo = bisect.bisect_left(starts, first_day - self._longest - _MIN_WIDTH / self._scale)
        hi = bisect.bisect_right(starts, last_day)
        return [i for i in items[lo:hi] if self._x(i.start) + max(_MIN_WIDTH, (i.end - i.start) * self._scale) >= 0]

    def item_rect(self, meeting_id: str) -> QRectF | None:
        """Where a meeting is drawn (for tests and accessibility), or None if it is not shown."""
        self._layout_lanes()
        item = self._item(meeting_id)
        return self._rect(item) if item else None

    def meeting_at(self, x: float, y: float) -> Meeting | None:
        self._layout_lanes()
        if self._dense:
            return None
        # Among the bars laid out (a meeting not drawn cannot be pointed at, and is never made for it).
        hits = [i for i in self._visible(marks=True) if self._rect(i).adjusted(-1, -1, 1, 1).contains(QPointF(x, y))]
        # The shortest first: a day inside a month's span is the one the user aimed at.
        hits.sort(key=lambda i: i.end - i.start)
        if not hits:
            return None
        mark = hits[0].meeting
        return self._whole(mark.id) if isinstance(mark, _Mark) and self._whole is not None else mark

    def set_reader(self, whole: Callable[[str], Meeting | None] | None) -> None:
        """How to read a meeting whole by id, for marks measured from columns (``measure_columns``)."""
        self._whole = whole

    # -- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._layout_lanes()
        self._paint_axis(painter, palette)
        metrics = QFontMetrics(self.font())
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if self._dense:
            self._paint_density(painter, palette)
            visible: list[_Item] = []
        else:
            visible = self._visible(marks=True)
        dense = self._dense
        for item in visible:
            rect = self._rect(item)
            colour = STATUS_COLOURS[item.meeting.status]
            if item.partial:
                # A span of its month or year: pale, hatched, dashed edges (the date is not known to the day).
                pale = QColor(colour)
                pale.setAlpha(50)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(pale)
                painter.drawRect(rect)
                painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
                painter.drawRect(rect)
                painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
                text_colour = palette.color(QPalette.ColorRole.Text)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(rect, 3, 3)
                text_colour = QColor("white")
            if item.meeting.id == self._current:
                painter.setPen(QPen(highlight, 3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4)
            if dense:
                continue
            label = self._label(item)
            if self._label_inside(item):
                painter.setPen(text_colour)
                text_rect = rect.adjusted(4, 0, -4, 0).intersected(QRectF(0, 0, self.width(), self.height()))
            else:  # beside it, up to the next bar of the lane
                painter.setPen(palette.color(QPalette.ColorRole.Text))
                room = min(self._x(item.room_until) - 6, rect.right() + 4 + 180) - rect.right() - 4
                text_rect = QRectF(rect.right() + 4, rect.top(), room, rect.height())
            if text_rect.width() > 24:
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(text_rect.width())))
        self._paint_legend(painter, palette, metrics)
        if not self._items:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect().adjusted(0, 0, 0, -_AXIS), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No meeting in the list."))
        if self.hasFocus():
            painter.setPen(QPen(highlight, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def _paint_density(self, painter: QPainter, palette: QPalette) -> None:
        """Too many meetings for a bar each: per column, how many start there, stacked by status."""
        _, counts = self._density_columns()
        top, bottom = float(_TOP), float(self.height() - _AXIS - 2)
        peak = max(map(sum, zip(*counts.values())), default=0)
        painter.setPen(Qt.PenStyle.NoPen)
        if peak:
            unit = (bottom - top) / peak
            base = [bottom] * len(next(iter(counts.values())))
            for status, column_counts in counts.items():  # stacked, one drawing call per colour
                rects = []
                for k, n in enumerate(column_counts):
                    if n:
                        height = n * unit if n * unit > 1.0 else 1.0
                        base[k] -= height
                        rects.append(QRectF(k * _COLUMN, base[k], _COLUMN, height))
                painter.setBrush(STATUS_COLOURS[status])
                painter.drawRects(rects)
        current = self._item(self._current)
        if current is not None:  # the selected meeting stays in sight: a marker at its first day
            x = self._x(current.start)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRectF(6, top, self.width() - 12, 18), Qt.AlignmentFlag.AlignLeft,
                         self.tr("%s meetings: how many start when; zoom in to see each one")
                         % f"{len(self._items):,}")

    def _paint_legend(self, painter: QPainter, palette: QPalette, metrics: QFontMetrics) -> None:
        """What the colours and the hatching mean, right-aligned above the lanes."""
        entries = [(STATUS_COLOURS[s], self.tr(s.value), False) for s in Status]
        entries.append((palette.color(QPalette.ColorRole.Text), self.tr("date known to the month or year"), True))
        x = self.width() - 8.0
        y = 4.0
        for colour, text, hatched in reversed(entries):
            x -= metrics.horizontalAdvance(text)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(QPointF(x, y + metrics.ascent()), text)
            x -= 16
            swatch = QRectF(x, y + 2, 12, metrics.height() - 4)
            if hatched:
                painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
                painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
            painter.drawRect(swatch)
            x -= 14

    def _paint_axis(self, painter: QPainter, palette: QPalette) -> None:
        y = self.height() - _AXIS
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(0, y, self.width(), y)
        first_day, last_day = self.visible_days()
        start = dt.date.fromordinal(max(1, int(first_day)))
        end = dt.date.fromordinal(max(1, min(int(last_day) + 1, dt.date.max.toordinal())))
        metrics = QFontMetrics(self.font())
        months_px = 30 * self._scale
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        text = palette.color(QPalette.ColorRole.Text)
        # Ticks: months when a month has room for its name, else years (every 1, 2, 5, 10 ...).
        if months_px >= metrics.horizontalAdvance("Sep 2023") + 8:
            year, month = start.year, start.month
            while (year, month) <= (end.year, end.month):
                x = self._x(dt.date(year, month, 1).toordinal())
                painter.setPen(QPen(muted if month != 1 else text, 1))
                painter.drawLine(int(x), y, int(x), y + (8 if month == 1 else 4))
                label = formatting.format_date(PartialDate(year, month), short=True) if month == 1 or months_px > 70 \
                    else formatting.format_date(PartialDate(year, month), short=True).split()[0]
                painter.drawText(QPointF(x + 3, y + 4 + metrics.ascent()), label)
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        else:
            room = metrics.horizontalAdvance("2023") + 12
            step = next((s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000) if 365 * s * self._scale >= room), 1000)
            for year in range(start.year - start.year % step, end.year + 1, step):
                if year < 1:
                    continue
                x = self._x(dt.date(year, 1, 1).toordinal())
                painter.setPen(QPen(text, 1))
                painter.drawLine(int(x), y, int(x), y + 8)
                painter.drawText(QPointF(x + 3, y + 4 + metrics.ascent()), str(year))

    # -- interaction ------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            meeting = self.meeting_at(event.pos().x(), event.pos().y())
            if meeting is None and self._dense:
                QToolTip.showText(event.globalPos(), tooltip(self._density_text(event.pos().x())), self)
            elif meeting is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), tooltip(self._describe(meeting)), self)
            return True
        return super().event(event)

    def tooltip_text(self, meeting: Meeting) -> str:
        return tooltip(self._describe(meeting))

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if delta.x() and not delta.y():
            self.pan(-delta.x() / 2)
        elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.pan(-delta.y() / 2)
        elif delta.y():
            self.zoom(1.25 if delta.y() > 0 else 0.8, event.position().x())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_left = self._left
            self._dragged = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            dx = event.position().x() - self._press.x()
            if abs(dx) > 3:
                self._dragged = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragged:
                self._left = self._press_left - dx / self._scale
                self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and not self._dragged and event.button() == Qt.MouseButton.LeftButton:
            meeting = self.meeting_at(event.position().x(), event.position().y())
            if meeting is None and self._dense:
                self.zoom(4.0, event.position().x())  # towards the bars of that moment
            elif meeting is not None:
                self._current = meeting.id
                self.update()
                self.meetingClicked.emit(meeting.id)
        self._press = None
        self._dragged = False
        self.unsetCursor()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if ctrl and key in (Qt.Key.Key_Equal, Qt.Key.Key_Plus):
            self.zoom(1.5)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom(1 / 1.5)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and shift:
            self._step(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.pan((-1 if key == Qt.Key.Key_Left else 1) * self.width() / 8)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_0):
            self.fit()
        else:
            super().keyPressEvent(event)

    def _step(self, direction: int) -> None:
        """Select the meeting before or after the current one in time."""
        if not self._items:
            return
        # The current item's place among those shown, found by its start day (no pass over every item).
        current = self._item(self._current)
        at = -1 if direction > 0 else len(self._items)
        if current is not None:
            lo = bisect.bisect_left(self._starts, current.start)
            hi = bisect.bisect_right(self._starts, current.start)
            at = next((k for k in range(lo, hi) if self._items[k] is current), at)
        target = self._items[max(0, min(len(self._items) - 1, at + direction))].meeting.id
        self.set_current(target)
        self.meetingClicked.emit(target)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        old = event.oldSize().width()
        if old <= 0:
            self.fit()
        self._lanes_for = None

