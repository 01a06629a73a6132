"""The meeting list: one table model over Dataset.meetings, and a proxy that filters it.

Sorting is done by the source model with Python's sort over precomputed keys, and the
proxy only filters (with an answer the core search index computed once per query):
QSortFilterProxyModel's own sort would call back into Python twice per comparison.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from itertools import compress

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ...core import formatting
from ...core.flags import Flags, Kept, both
from ...core.model import Meeting, Status
from ...core.picked import Picked
from ...core.search import Query, SearchIndex
from .safe_text import plain, tooltip

MeetingRole = Qt.ItemDataRole.UserRole + 1  # the Meeting itself: views never re-parse display text

_Index = QModelIndex | QPersistentModelIndex
_SCREENFUL = 64  # rows read from the store together


class MeetingTableModel(QAbstractTableModel):
    DATE, TITLE, PLACE, PARTICIPANTS = range(4)

    def __init__(self, country_name: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._country_name = country_name
        self._meetings: Sequence[Meeting] = []  # in row (sort) order
        self._dataset: Sequence[Meeting] = []  # in Dataset order (read from the store when it is not a list)
        self._newest_first = False  # the meetings given are in date order, newest first
        # Row -> position in Dataset.meetings (the search index order): a range in date order, else packed.
        self._dataset_rows: Sequence[int] = range(0)
        self._headers = (self.tr("Date"), self.tr("Title"), self.tr("Place"), self.tr("Participants"))
        self._sort: tuple[int, Qt.SortOrder] = (self.DATE, Qt.SortOrder.DescendingOrder)
        self._cache: dict[tuple[int, int], str] = {}

    # -- data in --------------------------------------------------------------------
    def set_meetings(self, meetings: Sequence[Meeting], newest_first: bool = False) -> None:
        """Swap in a new list (a new Dataset); views are reset, nothing is mutated.

        ``newest_first``: the meetings are in date order, newest first (a Dataset keeps them so),
        and the list's date order needs no sort."""
        self.beginResetModel()
        self._newest_first = newest_first
        self._dataset = meetings  # in Dataset order, which the search index shares
        self._cache.clear()
        self._apply_sort()
        self.endResetModel()

    def meeting(self, row: int) -> Meeting:
        return self._meetings[row]

    def meetings(self) -> Sequence[Meeting]:
        """Every meeting in row order (do not modify)."""
        return self._meetings

    def prefetch(self, rows: Sequence[int]) -> None:
        """Read these rows' meetings at once, when they are read from the store (one query a screenful)."""
        if isinstance(self._meetings, Picked):
            self._meetings.prefetch(rows)

    def dataset_row(self, row: int) -> int:
        return self._dataset_rows[row]

    def dataset_rows(self) -> Sequence[int]:
        """Row -> position in Dataset.meetings, for every row (do not modify)."""
        return self._dataset_rows

    def rows_of(self, meeting_ids: Iterable[str]) -> dict[str, int]:
        """The rows of these meetings (those in the list): one pass, or one look-up each in the store."""
        wanted = set(meeting_ids)
        if getattr(self._dataset, "position", None) is not None:
            return {i: row for i in wanted if (row := self.row_of(i)) >= 0}
        return {m.id: row for row, m in enumerate(self._meetings) if m.id in wanted}

    def row_of(self, meeting_id: str) -> int:
        position = getattr(self._dataset, "position", None)  # meetings read from the store: one look-up
        if position is not None:
            found = position(meeting_id)
            return self._dataset_rows.index(found) if found >= 0 else -1
        for row, meeting in enumerate(self._meetings):
            if meeting.id == meeting_id:
                return row
        return -1

    # -- Qt model API ---------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._meetings)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> object:
        """``data()`` of a row and column, without a model index (the proxy asks this way)."""
        if not 0 <= row < len(self._meetings):
            return None
        meeting = self._meetings[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key = (row, column)
            text = self._cache.get(key)
            if text is None:
                text = self._cache[key] = self._text(meeting, column)
            return text if role == Qt.ItemDataRole.DisplayRole else tooltip(text)
        if role == MeetingRole:
            return meeting
        if role == Qt.ItemDataRole.FontRole and meeting.status is not Status.HELD:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _text(self, meeting: Meeting, column: int) -> str:
        if column == self.DATE:
            return formatting.meeting_date(meeting, short=True)
        if column == self.TITLE:
            if meeting.status is Status.HELD:
                return meeting.title
            return f"{plain(meeting.title)} ({self.tr(meeting.status.value)})"
        if column == self.PLACE:
            place = meeting.place
            if place is None:
                return ""
            return ", ".join(p for p in (place.city, self._country_name(place.country) if place.country else None) if p)
        return ", ".join(plain(p.person.name) for p in meeting.participants)  # each isolated from the next

    # -- sorting --------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers) or (column, order) == self._sort:
            return  # already in that order (restoring a header asks again): nothing moves
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_ids = [self._meetings[i.row()].id for i in persistent]
        if column == self._sort[0]:  # the other direction: keys are unique (ids break ties), so reverse
            self._dataset_rows = self._dataset_rows[::-1]
            self._meetings = self._gather()
            self._sort = (column, order)
        else:
            self._sort = (column, order)
            self._apply_sort()
        self._cache.clear()
        rows = {m.id: r for r, m in enumerate(self._meetings)}
        self.changePersistentIndexList(persistent,
                                       [self.index(rows[i], p.column()) for i, p in zip(old_ids, persistent)])
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        # Keys once per meeting, then a sort of positions by key (no Python call per comparison),
        # then the rows gathered with C-level maps: a fifth of a second at 100,000 meetings.
        column, order = self._sort
        if column == self.DATE and self._newest_first:
            # Already in date order (keys are unique, ids break ties): no sort, either way.
            count = len(self._dataset)
            self._dataset_rows = (range(count) if order == Qt.SortOrder.DescendingOrder
                                  else range(count - 1, -1, -1))
        elif (stored_order := getattr(self._dataset, "order", None)) is not None:
            # Meetings read from the store: its sort keys (folded for case and accents), no meeting read.
            self._dataset_rows = array("q", stored_order(("date", "title", "place", "people")[column],
                                                         order == Qt.SortOrder.DescendingOrder))
        else:
            keys = list(map(self._sort_key(column), self._dataset))
            self._dataset_rows = array("q", sorted(range(len(keys)), key=keys.__getitem__,
                                                   reverse=order == Qt.SortOrder.DescendingOrder))
        self._meetings = self._gather()

    def _gather(self) -> Sequence[Meeting]:
        """The meetings in row order: a list of them, or for meetings read from the store a view."""
        if isinstance(self._dataset, (list, tuple)):
            return list(map(self._dataset.__getitem__, self._dataset_rows))
        return Picked(self._dataset, self._dataset_rows)

    def _sort_key(self, column: int) -> Callable[[Meeting], tuple[object, ...]]:
        if column == self.DATE:
            return Meeting.sort_key
        # text columns, ties broken by date so the order is stable and meaningful
        return lambda m: (self._text(m, column).casefold(), m.sort_key())


class MeetingFilterProxy(QAbstractProxyModel):
    """Filters rows by the current search (and the facets); sort requests go to the source model.

    Not a QSortFilterProxyModel: that one asks ``filterAcceptsRow`` in Python for every row on
    every keystroke (a fifth of a second at 100,000 meetings). This proxy keeps the accepted
    source rows in one list, computed with C-level ``map``/``compress`` from the search index's
    answer, and maps indexes with a list lookup (to source) or a bisection (from source).
    A filter change is a layout change: the current and selected meetings stay where visible.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index: SearchIndex | None = None
        self._query = Query()
        self._accepted: Flags | None = None
        self._extra: Flags | None = None  # the facets' answer (explore.py), ANDed with the search
        self._rows: Sequence[int] = range(0)  # proxy row -> source row, ascending (a range, or packed)
        self._saved: list[tuple[QModelIndex, int]] = []  # across a source layout change
        self._table: MeetingTableModel | None = None  # the source model, without asking Qt for it

    def source(self) -> MeetingTableModel:
        model = self.sourceModel()
        assert isinstance(model, MeetingTableModel)
        return model

    def setSourceModel(self, model: MeetingTableModel) -> None:  # type: ignore[override]
        self.beginResetModel()
        super().setSourceModel(model)
        self._table = model
        # A reset brings a new Dataset: the old answers index the old one, drop them first.
        model.modelAboutToBeReset.connect(self._source_about_to_reset)
        model.modelReset.connect(self._source_reset)
        model.layoutAboutToBeChanged.connect(self._source_layout_about_to_change)
        model.layoutChanged.connect(self._source_layout_changed)
        model.dataChanged.connect(self._source_data_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        # The table model never inserts or removes rows (it is reset); if it ever does, start over.
        for about, done in ((model.rowsAboutToBeInserted, model.rowsInserted),
                            (model.rowsAboutToBeRemoved, model.rowsRemoved),
                            (model.columnsAboutToBeInserted, model.columnsInserted),
                            (model.columnsAboutToBeRemoved, model.columnsRemoved)):
            about.connect(self.beginResetModel)
            done.connect(self._end_reset)
        self._rows = self._filtered_rows()
        self.endResetModel()

    # -- filtering ------------------------------------------------------------------
    def set_index(self, index: SearchIndex) -> None:
        self._index = index

    def search_index(self) -> SearchIndex | None:
        return self._index

    def set_answer(self, query: Query, accepted: Flags | None) -> None:
        """The search's answer computed elsewhere (a worker thread): one flag per Dataset meeting."""
        self._query = query
        if query.is_empty or accepted is None:
            self._accepted = None
        else:  # bytes are kept as they are (immutable); a list is copied, its maker may change it
            self._accepted = accepted if isinstance(accepted, bytes) else list(accepted)
        self._refilter()

    def query(self) -> Query:
        """The search the list answers now (the last one that could be read)."""
        return self._query

    def set_query(self, query: Query) -> None:
        self._query = query
        self._accepted = None if query.is_empty or self._index is None else self._index.matches(query)
        self._refilter()

    def search_answer(self) -> Flags | None:
        """The search's answer alone, one flag per Dataset meeting (None: every meeting matches)."""
        return self._accepted

    def set_extra_filter(self, accepted: Flags | None) -> None:
        """Another filter ANDed with the search: one flag per Dataset meeting, or None for none."""
        self._extra = accepted
        self._refilter()

    def _filtered_rows(self) -> Sequence[int]:
        source = self.sourceModel()
        if not isinstance(source, MeetingTableModel):
            return range(0)
        count = source.rowCount()
        flags: Flags | None = self._accepted
        if self._extra is not None:
            flags = self._extra if flags is None else both(flags, self._extra)
        if flags is None:
            return range(count)
        # Flags are in Dataset order; rows are in the table's sort order.
        order = source.dataset_rows()
        if order == range(count):  # newest first, the Dataset's own order: the flags' positions, not listed
            return Kept(flags)
        return array("q", compress(range(count), map(flags.__getitem__, order)))  # one C-level pass each

    def _refilter(self) -> None:
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        persistent = self.persistentIndexList()
        sources = [old_rows[i.row()] if 0 <= i.row() < len(old_rows) else -1 for i in persistent]
        self._rows = self._filtered_rows()
        self.changePersistentIndexList(persistent,
                                       [self._proxy_index(r, i.column()) for r, i in zip(sources, persistent)])
        self.layoutChanged.emit()

    def _proxy_index(self, source_row: int, column: int) -> QModelIndex:
        if isinstance(self._rows, Kept):
            try:
                return self.createIndex(self._rows.index(source_row), column)
            except ValueError:
                return QModelIndex()
        position = bisect_left(self._rows, source_row)
        if source_row >= 0 and position < len(self._rows) and self._rows[position] == source_row:
            return self.createIndex(position, column)
        return QModelIndex()

    # -- following the source -------------------------------------------------------
    def _source_about_to_reset(self) -> None:
        self.beginResetModel()
        self._index = None
        self._accepted = None
        self._extra = None
        self._rows = range(0)

    def _source_reset(self) -> None:
        self._end_reset()

    def _end_reset(self) -> None:
        self._rows = self._filtered_rows()
        self.endResetModel()

    def _source_layout_about_to_change(self) -> None:
        self.layoutAboutToBeChanged.emit()
        source = self.source()
        self._saved = [(p, p.column()) for p in self.persistentIndexList()]
        # Remember each persistent proxy index by its source row, as a persistent source index.
        self._saved_sources = [QPersistentModelIndex(source.index(self._rows[p.row()], p.column()))
                               if 0 <= p.row() < len(self._rows) else QPersistentModelIndex()
                               for p, _ in self._saved]

    def _source_layout_changed(self) -> None:
        self._rows = self._filtered_rows()
        old = [QModelIndex(p) for p, _ in self._saved]
        new = [self._proxy_index(s.row(), column) if s.isValid() else QModelIndex()
               for s, (_, column) in zip(self._saved_sources, self._saved)]
        self.changePersistentIndexList(old, new)
        self._saved, self._saved_sources = [], []
        self.layoutChanged.emit()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int] = []) -> None:  # noqa: B006
        rows = [self._proxy_index(r, 0).row() for r in range(top_left.row(), bottom_right.row() + 1)]
        rows = [r for r in rows if r >= 0]
        if rows:
            self.dataChanged.emit(self.index(min(rows), top_left.column()),
                                  self.index(max(rows), bottom_right.column()), roles)

    # -- Qt proxy API ---------------------------------------------------------------
    # data() and flags() answer without mapping to a source index: QAbstractProxyModel's own
    # call mapToSource (Python), which makes a source index (a call back into Qt) for every cell
    # of every paint: hundreds of crossings, each waiting for the interpreter lock while a
    # worker thread runs (a large archive's paint after a reload took a tenth of a second).
    _FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows) or self._table is None:
            return None
        if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
            # Meetings read from the store: a screenful from here on in one query, not one a row.
            self._table.prefetch(self._rows[row:row + _SCREENFUL])
        return self._table.cell(self._rows[row], index.column(), role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return self._FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def mapToSource(self, proxy_index: _Index) -> QModelIndex:
        if not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._rows) or self.sourceModel() is None:
            return QModelIndex()
        return self.sourceModel().index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: _Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        return self._proxy_index(source_index.row(), source_index.column())

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def sibling(self, row: int, column: int, index: _Index) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and bool(self._rows)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        source = self.sourceModel()
        if orientation == Qt.Orientation.Horizontal and source is not None:
            return source.headerData(section, orientation, role)  # columns are the source's, one to one
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    def meetings(self) -> list[Meeting]:
        """The meetings shown, top to bottom, gathered without a Python call per row."""
        source = self.sourceModel()
        if not isinstance(source, MeetingTableModel):
            return []
        return list(map(source.meetings().__getitem__, self._rows))
