"""The meeting table view: keyboard-first, with an empty state that says why it is empty.

Its columns share the width in proportions (a column dragged wider takes from its right
neighbour, and the proportions follow the window), the header's context menu shows or
hides columns, and Copy (Ctrl+C) puts the selected meetings' rows on the clipboard.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ...core.model import Status
from .meeting_model import MeetingRole

# Date, title, place, participants: the share of the width each starts with.
DEFAULT_SHARES = (0.16, 0.40, 0.18, 0.26)


# A meeting that did not take place as a held one shows a sign before its title, which stays
# visible when the title is cut short (the title also ends with the status in words).
_STATUS_ICONS = {Status.PLANNED: QStyle.StandardPixmap.SP_FileDialogInfoView,
                 Status.POSTPONED: QStyle.StandardPixmap.SP_MessageBoxWarning,
                 Status.CANCELLED: QStyle.StandardPixmap.SP_DialogCancelButton}


class StatusDelegate(QStyledItemDelegate):
    """Draws the status sign of a planned, postponed or cancelled meeting before its title."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        meeting = index.data(MeetingRole)
        pixmap = _STATUS_ICONS.get(meeting.status) if meeting is not None else None
        if pixmap is not None:
            style = option.widget.style() if option.widget is not None else QApplication.style()
            option.icon = style.standardIcon(pixmap)
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
            option.decorationSize = option.decorationSize.boundedTo(option.rect.size())


class MeetingListView(QTableView):
    copied = Signal(int)  # how many meetings were copied

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingList")
        self.setAccessibleName(self.tr("Meetings"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift and Ctrl select several meetings, for Copy; the detail shows the current one.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list for the detail pane, as users expect
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the columns share the width
        self.verticalHeader().hide()
        # Uniform rows: the view never measures rows, so huge lists scroll instantly.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        # A narrow column's title is cut at its end with "…", not mid-word at both sides.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        header.sectionResized.connect(self._on_section_resized)
        self._shares: list[float] = list(DEFAULT_SHARES)
        self._laid_out_width = -1
        self._applying = False
        self.status_delegate = StatusDelegate(self)
        self.setItemDelegateForColumn(1, self.status_delegate)  # the title column
        self._empty_text = ""

    # -- columns ----------------------------------------------------------------------
    def column_shares(self) -> list[float]:
        """Each column's share of the width (hidden ones keep theirs for when they come back)."""
        return list(self._shares)

    def _visible_columns(self) -> list[int]:
        header = self.horizontalHeader()
        return [c for c in range(header.count()) if not header.isSectionHidden(c)]

    def _fit_columns(self, force: bool = False) -> None:
        """Give the visible columns the width in their proportions, to the pixel."""
        header = self.horizontalHeader()
        width = header.width()  # the viewport's width (the header spans it), without asking for viewport()
        columns = self._visible_columns()
        if width <= 0 or not columns or (width == self._laid_out_width and not force):
            return
        while len(self._shares) < header.count():
            self._shares.append(1 / max(1, header.count()))
        # A column whose share is below its minimum (the date's text) takes its minimum; the others share the rest.
        fixed = {c: self._minimum(c) for c in columns}
        free = list(columns)
        while True:
            room = width - sum(fixed[c] for c in columns if c not in free)
            total = sum(self._shares[c] for c in free) or 1.0
            short = [c for c in free if room * self._shares[c] / total < fixed[c]]
            if not short or len(short) == len(free):
                break
            free = [c for c in free if c not in short]
        sizes = {c: fixed[c] for c in columns}
        for column in free:
            sizes[column] = max(fixed[column], round(room * self._shares[column] / total))
        sizes[columns[-1]] += width - sum(sizes.values())  # rounding: the last column ends at the edge
        sizes[columns[-1]] = max(header.minimumSectionSize(), sizes[columns[-1]])
        self._applying = True
        try:
            for column in columns:
                header.resizeSection(column, sizes[column])
        finally:
            self._applying = False
        self._laid_out_width = width

    def _minimum(self, column: int) -> int:
        """The date column fits a date range; the others, a few characters."""
        if column == 0:
            return self.fontMetrics().horizontalAdvance("28–30 Sep 2023") + 2 * self.fontMetrics().averageCharWidth()
        return self.horizontalHeader().minimumSectionSize()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Wide enough for every shown column at its minimum beside a vertical scroll bar: a
        narrower list would cut the last column off (the columns share the width, no scrolling)."""
        hint = super().minimumSizeHint()
        columns = sum(self._minimum(c) for c in self._visible_columns())
        width = columns + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), width), hint.height())

    def set_column_shares(self, shares: list[float]) -> None:
        """Give the columns these shares of the width (remembered ones), then fit them."""
        self._shares = list(shares)
        self._fit_columns(force=True)

    def adopt_column_widths(self) -> None:
        """Take the proportions from the columns' present widths (a restored header), then fit them."""
        header = self.horizontalHeader()
        columns = self._visible_columns()
        total = sum(header.sectionSize(c) for c in columns)
        if total > 0:
            for column in columns:
                self._shares[column] = header.sectionSize(column) / total
        self._fit_columns(force=True)

    @Slot(int, int, int)
    def _on_section_resized(self, column: int, old: int, new: int) -> None:
        if self._applying:
            return
        # Dragged by the user: the next visible column to the right gives or takes the difference.
        header = self.horizontalHeader()
        columns = self._visible_columns()
        after = [c for c in columns if header.visualIndex(c) > header.visualIndex(column)]
        self._applying = True
        try:
            if after:
                neighbour = min(after, key=header.visualIndex)
                size = header.sectionSize(neighbour) - (new - old)
                if size < header.minimumSectionSize():
                    header.resizeSection(column, new - (header.minimumSectionSize() - size))
                    size = header.minimumSectionSize()
                header.resizeSection(neighbour, size)
            else:
                header.resizeSection(column, old)  # the last column ends at the edge
        finally:
            self._applying = False
        self.adopt_column_widths()

    def updateGeometries(self) -> None:  # noqa: N802 - Qt override: the viewport's size has settled
        super().updateGeometries()
        self._fit_columns()

    def set_column_visible(self, column: int, visible: bool) -> None:
        """Show or hide a column; the last visible one stays."""
        if not visible and self._visible_columns() == [column]:
            return
        self.horizontalHeader().setSectionHidden(column, not visible)
        self.updateGeometry()  # the minimum width follows the columns shown
        self._fit_columns(force=True)

    def column_menu(self) -> QMenu:
        """The header's menu: a tick for each column (the last one shown cannot be hidden)."""
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        model = self.model()
        header = self.horizontalHeader()
        shown = self._visible_columns()
        for column in range(header.count()):
            name = str(model.headerData(column, Qt.Orientation.Horizontal)) if model is not None else str(column)
            action = QAction(name.replace("&", "&&"), menu)
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(shown != [column])
            action.setStatusTip(self.tr("Show or hide the %s column") % name)
            action.toggled.connect(lambda checked, c=column: self.set_column_visible(c, checked))
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Reset Columns"))
        reset.setStatusTip(self.tr("Show every column in its first proportions"))
        reset.triggered.connect(self.reset_columns)
        return menu

    @Slot()
    def reset_columns(self) -> None:
        self._shares = list(DEFAULT_SHARES)
        for column in range(self.horizontalHeader().count()):
            self.horizontalHeader().setSectionHidden(column, False)
        self._fit_columns(force=True)

    @Slot(QPoint)
    def _show_column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.horizontalHeader().mapToGlobal(pos))

    # -- copy -------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        """The selected rows in list order; the current row when nothing is selected."""
        selection = self.selectionModel()
        if selection is None:
            return []
        rows = sorted({index.row() for index in selection.selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return rows

    def rows_text(self, rows: list[int]) -> str:
        """Date, title, place and participants of each row, tab-separated, a line a meeting."""
        model = self.model()
        lines = []
        for row in rows:
            cells = [model.index(row, column).data() or "" for column in range(model.columnCount())]
            lines.append("\t".join(str(cell).replace("\t", " ").replace("\n", " ") for cell in cells))
        return "\n".join(lines)

    @Slot()
    def copy_selected(self) -> int:
        rows = self.selected_rows()
        if rows:
            QApplication.clipboard().setText(self.rows_text(rows) + "\n")
            self.copied.emit(len(rows))
        return len(rows)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selected()  # the whole rows, not the date cell Qt would copy
            event.accept()
            return
        super().keyPressEvent(event)

    # -- empty state ------------------------------------------------------------------
    def set_empty_text(self, text: str) -> None:
        if text != self._empty_text:  # viewport() is costly the first time (see main_window._FirstPaint)
            self._empty_text = text
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self._empty_text and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            rect = self.viewport().rect().adjusted(16, 24, -16, -16)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             self._empty_text)
            painter.end()
