"""The meeting list: one table model over Dataset.meetings, and a proxy that filters it.

Sorting is done by the source model with Python's sort over precomputed keys, and the
proxy only filters (with an answer the core search index computed once per query):
QSortFilterProxyModel's own sort would call back into Python twice per comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from ..core import formatting
from ..core.model import Meeting, Status
from ..core.search import Query, SearchIndex
from .safe_text import tooltip

MeetingRole = Qt.ItemDataRole.UserRole + 1  # the Meeting itself: views never re-parse display text

_Index = QModelIndex | QPersistentModelIndex


class MeetingTableModel(QAbstractTableModel):
    DATE, TITLE, PLACE, PARTICIPANTS = range(4)

    def __init__(self, country_name: Callable[[str], str], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._country_name = country_name
        self._meetings: list[Meeting] = []
        self._dataset_rows: list[int] = []  # row -> position in Dataset.meetings (the search index order)
        self._headers = (self.tr("Date"), self.tr("Title"), self.tr("Place"), self.tr("Participants"))
        self._sort: tuple[int, Qt.SortOrder] = (self.DATE, Qt.SortOrder.DescendingOrder)
        self._cache: dict[tuple[int, int], str] = {}

    # -- data in --------------------------------------------------------------------
    def set_meetings(self, meetings: Sequence[Meeting]) -> None:
        """Swap in a new list (a new Dataset); views are reset, nothing is mutated."""
        self.beginResetModel()
        self._meetings = list(meetings)
        self._dataset_rows = list(range(len(self._meetings)))
        self._cache.clear()
        self._apply_sort()
        self.endResetModel()

    def meeting(self, row: int) -> Meeting:
        return self._meetings[row]

    def dataset_row(self, row: int) -> int:
        return self._dataset_rows[row]

    def row_of(self, meeting_id: str) -> int:
        for row, meeting in enumerate(self._meetings):
            if meeting.id == meeting_id:
                return row
        return -1

    # -- Qt model API ---------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._meetings)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or not (0 <= index.row() < len(self._meetings)):
            return None
        meeting = self._meetings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key = (index.row(), index.column())
            text = self._cache.get(key)
            if text is None:
                text = self._cache[key] = self._text(meeting, index.column())
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
            return f"{meeting.title} ({self.tr(meeting.status.value)})"
        if column == self.PLACE:
            place = meeting.place
            if place is None:
                return ""
            return ", ".join(p for p in (place.city, self._country_name(place.country) if place.country else None) if p)
        return ", ".join(p.person.name for p in meeting.participants)

    # -- sorting --------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_ids = [self._meetings[i.row()].id for i in persistent]
        self._sort = (column, order)
        self._apply_sort()
        self._cache.clear()
        rows = {m.id: r for r, m in enumerate(self._meetings)}
        self.changePersistentIndexList(persistent, [self.index(rows[i], p.column()) for i, p in zip(old_ids, persistent)])
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        key = self._sort_key(column)
        pairs = sorted(zip(self._meetings, self._dataset_rows), key=lambda pair: key(pair[0]),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self._meetings = [m for m, _ in pairs]
        self._dataset_rows = [r for _, r in pairs]

    def _sort_key(self, column: int) -> Callable[[Meeting], object]:
        if column == self.DATE:
            return Meeting.sort_key
        # text columns, ties broken by date so the order is stable and meaningful
        return lambda m: (self._text(m, column).casefold(), m.sort_key())


class MeetingFilterProxy(QSortFilterProxyModel):
    """Filters rows by the current search; sort requests go to the source model."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._index: SearchIndex | None = None
        self._accepted: list[bool] | None = None
        self._extra: Sequence[bool] | None = None  # the facets' answer (explore.py), ANDed with the search

    def source(self) -> MeetingTableModel:
        model = self.sourceModel()
        assert isinstance(model, MeetingTableModel)
        return model

    def setSourceModel(self, model: MeetingTableModel) -> None:  # type: ignore[override]
        super().setSourceModel(model)
        # A reset brings a new Dataset: the old answers index the old one, drop them first.
        model.modelAboutToBeReset.connect(self._forget)

    def _forget(self) -> None:
        self._index = None
        self._accepted = None
        self._extra = None

    def set_index(self, index: SearchIndex) -> None:
        self._index = index

    def set_query(self, query: Query) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateRowsFilter is deprecated
            self.beginFilterChange()
        self._accepted = None if query.is_empty or self._index is None else self._index.matches(query)
        if hasattr(self, "beginFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.invalidateRowsFilter()

    def set_extra_filter(self, accepted: Sequence[bool] | None) -> None:
        """Another filter ANDed with the search: one flag per Dataset meeting, or None for none."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
        self._extra = accepted
        if hasattr(self, "beginFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        row = self.source().dataset_row(source_row)
        if self._extra is not None and not self._extra[row]:
            return False
        return self._accepted is None or self._accepted[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)
