"""The facet panel: tick people, countries, issues and statuses, drag a date range; see counts.

The panel only shows and edits a ``FacetSelection``; which meetings that keeps, and the
counts beside every value, are computed by ``core.facets`` (explore.py wires them).
Every value from data reaches the screen as plain text (list items, button text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import formatting
from ...core.facets import (
    COUNTRY,
    DATES,
    FACETS,
    ISSUE,
    PERSON,
    STATUS,
    FacetCounts,
    FacetSelection,
    dataset_countries,
    ordered_values,
)
from ...core.model import Dataset, PartialDate
from ...core.search import normalize
from ..reader.safe_text import plain, plain_label

ValueRole = Qt.ItemDataRole.UserRole + 10

_FINDER_FROM = 12  # values in a facet from which a Find box shows above it
# Values listed per facet: the most frequent, then the ticked ones; the Find box reaches every other.
# (Thousands of people as items cost the panel a tenth of a second at each count.)
_SHOWN_MOST = 150


def _month_index(date: dt.date) -> int:
    return date.year * 12 + date.month - 1


def _month_first(index: int) -> dt.date:
    return dt.date(index // 12, index % 12 + 1, 1)


def labelled_years(first: int, last: int, room: int) -> list[int]:
    """The years to mark under the date slider: every 1, 2, 5, 10, 25, 50 or 100 years, the
    smallest step whose marks fit ``room`` labels, so they fall on round years (1900, 1950 …)."""
    step = next((n for n in (1, 2, 5, 10, 25, 50, 100) if (last - first) / n < room), 200)
    return [year for year in range(first, last + 1) if year % step == 0]


def _month_last(index: int) -> dt.date:
    return PartialDate(index // 12, index % 12 + 1).last_day()


class MonthRangeSlider(QWidget):
    """Two handles over the months the data covers, with the years written under the groove.

    Keyboard: Left/Right move the start by a month, Shift+Left/Right move the end,
    Page Up/Down a year, Home/End widen to everything.
    """

    rangeChanged = Signal(int, int)  # month indexes (year * 12 + month - 1), inclusive

    _MARGIN = 10
    _HANDLE = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._min = self._max = self._low = self._high = 0
        self._dragging: int | None = None  # 0 the start handle, 1 the end handle

    def sizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height() + 30)

    def set_bounds(self, first: int, last: int) -> None:
        self._min, self._max = first, max(first, last)
        self._low, self._high = self._min, self._max
        self.update()

    def bounds(self) -> tuple[int, int]:
        return self._min, self._max

    def values(self) -> tuple[int, int]:
        return self._low, self._high

    def set_values(self, low: int, high: int, emit: bool = False) -> None:
        low, high = max(self._min, min(low, self._max)), max(self._min, min(high, self._max))
        if low > high:
            low, high = high, low
        changed = (low, high) != (self._low, self._high)
        self._low, self._high = low, high
        self.update()
        if changed and emit:
            self.rangeChanged.emit(low, high)

    # -- geometry ---------------------------------------------------------------------
    def _x(self, month: int) -> float:
        width = self.width() - 2 * self._MARGIN
        span = max(1, self._max - self._min)
        return self._MARGIN + (month - self._min) * width / span

    def _month_at(self, x: float) -> int:
        width = max(1, self.width() - 2 * self._MARGIN)
        span = max(1, self._max - self._min)
        return round(self._min + (x - self._MARGIN) * span / width)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        groove_y = 12
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(QRect(self._MARGIN, groove_y - 2, self.width() - 2 * self._MARGIN, 4), 2, 2)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        low_x, high_x = self._x(self._low), self._x(self._high)
        painter.drawRect(QRect(int(low_x), groove_y - 2, max(2, int(high_x - low_x)), 4))
        # Years under the groove, every ``step`` years: round years (1900, 1925, 1950 …) as many
        # as fit, a tick at each, the label when there is room.
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        metrics = self.fontMetrics()
        room = max(1, (self.width() - 2 * self._MARGIN) // (metrics.horizontalAdvance("8888") + 8))
        last_label_right = -1e9
        for year in labelled_years(self._min // 12, self._max // 12, room):
            month = max(self._min, year * 12)
            x = self._x(month)
            painter.drawLine(int(x), groove_y + 5, int(x), groove_y + 9)
            label = str(year)
            left = max(0, min(x - 2, self.width() - metrics.horizontalAdvance(label)))
            if left > last_label_right + 6:
                painter.drawText(QPoint(int(left), groove_y + 10 + metrics.ascent()), label)
                last_label_right = left + metrics.horizontalAdvance(label)
        for handle, month in enumerate((self._low, self._high)):
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Dark), 1))
            focused = self.hasFocus() and handle == 0
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight if focused else QPalette.ColorRole.Button))
            painter.drawEllipse(QPoint(int(self._x(month)), groove_y), self._HANDLE, self._HANDLE)
        painter.end()

    # -- mouse and keys ---------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        low_x, high_x = self._x(self._low), self._x(self._high)
        self._dragging = 0 if abs(x - low_x) < abs(x - high_x) or (x < low_x) else 1
        self._drag_to(x)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is not None:
            self._drag_to(event.position().x())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging = None

    def _drag_to(self, x: float) -> None:
        month = self._month_at(x)
        if self._dragging == 0:
            self.set_values(min(month, self._high), self._high, emit=True)
        elif self._dragging == 1:
            self.set_values(self._low, max(month, self._low), emit=True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        steps: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1,  # key() is a plain int
                                 Qt.Key.Key_PageUp: 12, Qt.Key.Key_PageDown: -12}
        if key in steps:
            if shift:
                self.set_values(self._low, max(self._low, self._high + steps[key]), emit=True)
            else:
                self.set_values(min(self._high, self._low + steps[key]), self._high, emit=True)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.set_values(self._min, self._max, emit=True)
        else:
            super().keyPressEvent(event)


def _heading(text: str, top_margin: int = 6) -> QLabel:
    """A section's title in bold. A font, not a style sheet: a widget with a style sheet keeps
    the palette it had, and its text stayed light on a light window after Dark › Light."""
    label = plain_label(text)
    font = label.font()
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setContentsMargins(0, top_margin, 0, 0)
    return label


class FacetPanel(QWidget):
    """Facets beside the search: checkable values with counts, a date range, and the active filters."""

    selectionChanged = Signal(object)  # FacetSelection

    def __init__(self, country_name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetPanel")
        self.setAccessibleName(self.tr("Filters"))
        self._country_name = country_name
        self._selection = FacetSelection()
        self._labels: dict[str, Callable[[str], str]] = {}
        self._folded: dict[str, dict[str, str]] = {}  # facet -> value -> its label, folded for the Find box
        # facet -> per row, what its item shows now (value, count, ticked, bright, colour): set only what changes
        self._shown_state: dict[str, list[tuple]] = {}
        self._updating = False

        self.chips = QWidget()
        self.chips.setObjectName("activeFilters")
        self.chips.setAccessibleName(self.tr("Active filters"))
        self._chips_layout = _FlowishLayout(self.chips)
        self.clear_button = QPushButton(self.tr("Clear all filters"))
        self.clear_button.setObjectName("clearFiltersButton")
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        self.clear_button.clicked.connect(self.clear)

        self.range_label = plain_label()
        self.range_label.setObjectName("dateRangeLabel")
        self.date_slider = MonthRangeSlider()
        self.date_slider.setObjectName("dateRangeSlider")
        self.date_slider.setAccessibleName(self.tr("Date range"))
        self.date_slider.setAccessibleDescription(self.tr(
            "Left and Right move the start by a month, Shift+Left and Shift+Right move the end, "
            "Page Up and Page Down by a year, Home shows every date."))
        self.date_slider.rangeChanged.connect(self._on_range)

        titles = {STATUS: self.tr("Status"), COUNTRY: self.tr("Country"), PERSON: self.tr("Person"),
                  ISSUE: self.tr("Issue")}
        self.lists: dict[str, QListWidget] = {}
        self.finders: dict[str, QLineEdit] = {}
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(_heading(self.tr("Date"), top_margin=0))
        body_layout.addWidget(self.date_slider)
        body_layout.addWidget(self.range_label)
        for facet in (STATUS, COUNTRY, PERSON, ISSUE):
            header = _heading(titles[facet])
            view = QListWidget()
            view.setObjectName(f"{facet}Facet")
            view.setAccessibleName(self.tr("Filter by %s") % titles[facet].lower())
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setUniformItemSizes(True)
            view.itemChanged.connect(lambda item, f=facet: self._on_item(f, item))
            # Space ticks the current value; Enter does too, as readers expect from a checklist.
            view.itemActivated.connect(lambda item: item.setCheckState(
                Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked else Qt.CheckState.Checked))
            header.setBuddy(view)
            self.lists[facet] = view
            body_layout.addWidget(header)
            if facet != STATUS:
                # Many people or issues: a box narrows the list to the names that contain its text.
                finder = QLineEdit()
                finder.setObjectName(f"{facet}FacetFinder")
                finder.setPlaceholderText(self.tr("Find…"))
                finder.setAccessibleName(self.tr("Find in the %s filter") % titles[facet].lower())
                finder.setClearButtonEnabled(True)
                finder.textChanged.connect(lambda _text, f=facet: self._on_finder(f))
                finder.hide()
                self.finders[facet] = finder
                body_layout.addWidget(finder)
            body_layout.addWidget(view, 1 if facet != STATUS else 0)
        self.lists[STATUS].setFixedHeight(4 * (self.fontMetrics().height() + 3) + 8)  # the four statuses

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.chips)
        layout.addWidget(self.clear_button)
        layout.addWidget(body, 1)
        self._show_chips()

    # -- data -------------------------------------------------------------------------
    def set_dataset(self, dataset: Dataset, span: tuple[dt.date, dt.date] | None,
                    countries: Sequence[str] | None = None) -> None:
        """New values to offer (a reload); the selection keeps what still exists. ``countries``: the
        meetings' country codes, sorted, when the caller has them (a large Dataset: found off the UI thread)."""
        self._updating = True
        people = {p.id: p.name for p in dataset.people.values()}
        statuses = {"held": self.tr("Held"), "planned": self.tr("Planned"), "postponed": self.tr("Postponed"),
                    "cancelled": self.tr("Cancelled")}
        issues = {i.id: i.name for i in dataset.issues.values()}
        if countries is None:
            countries = dataset_countries(dataset.meetings)
        self._labels = {
            PERSON: lambda v: people.get(v, v),
            ISSUE: lambda v: issues.get(v, v),
            COUNTRY: self._country_name,
            STATUS: lambda v: statuses.get(v, v),
        }
        known = {PERSON: list(people), ISSUE: list(issues), COUNTRY: list(countries),
                 STATUS: ["held", "planned", "postponed", "cancelled"]}
        # A reload that changed no name (a meeting edited) keeps the items as they are shown:
        # setting hundreds of them again holds the window for tens of milliseconds.
        if (people, issues, known) != getattr(self, "_named", None):
            self._folded = {}
            self._shown_state = {}  # new labels: every item is set again
        self._named = (people, issues, known)
        self._known = known
        if span:
            self.date_slider.set_bounds(_month_index(span[0]), _month_index(span[1]))
        else:
            today = _month_index(dt.date.today())
            self.date_slider.set_bounds(today, today)
        self._updating = False
        self._sync_slider()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        # The items' colours were taken from the palette: a theme switch must repaint them.
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_counts", None) is not None:
            self.set_counts(self._counts)

    def set_counts(self, counts: FacetCounts) -> None:
        """Show how many meetings each value would keep; the order follows the counts."""
        self._counts = counts
        for facet in FACETS:
            self._fill(facet)

    def _shown(self, facet: str, order: list[str], chosen: frozenset[str]) -> list[str]:
        """The values listed: the first ``_SHOWN_MOST`` (of those the Find box asks for), and every ticked one."""
        if len(order) <= _SHOWN_MOST:
            return order
        finder = self.finders.get(facet)
        wanted = normalize(finder.text().strip()) if finder is not None else ""
        if wanted:
            folded = self._folded.setdefault(facet, {})
            label = self._labels.get(facet, str)
            order = [v for v in order if wanted in (folded.get(v) or folded.setdefault(v, normalize(label(v))))]
        shown = order[:_SHOWN_MOST]
        return shown + sorted(chosen - set(shown))

    def _fill(self, facet: str) -> None:
        counts = getattr(self, "_counts", None)
        if counts is None:
            return
        self._updating = True
        view = self.lists[facet]
        values = counts.values.get(facet, {})
        chosen = self._selection.values(facet)
        known = getattr(self, "_known", {}).get(facet, [])
        order = (known if facet == STATUS else ordered_values(values, known))
        if facet in self.finders:
            self.finders[facet].setVisible(len(order) > _FINDER_FROM)
            order = self._shown(facet, order, chosen)
        current = view.currentItem().data(ValueRole) if view.currentItem() else None
        # Reuse items: rebuilding would lose the scroll position and the keyboard focus.
        while view.count() > len(order):
            view.takeItem(view.count() - 1)
        while view.count() < len(order):
            view.addItem(QListWidgetItem())
        label_of = self._labels.get(facet, str)
        text_colour = self.palette().color(QPalette.ColorRole.Text)
        muted_colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        shown = self._shown_state.setdefault(facet, [])
        del shown[len(order):]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        for row, value in enumerate(order):
            item = view.item(row)
            n = values.get(value, 0)
            state = (value, n, value in chosen, bool(n or value in chosen), text_colour.rgba())
            # Only what changed is set: each setter costs, and a large archive lists hundreds of values.
            before = shown[row] if row < len(shown) else None
            if before == state:
                if value == current:
                    view.setCurrentItem(item)
                continue
            label = plain(label_of(value))  # bidi isolated from its count
            if before is None or before[:2] != state[:2]:
                item.setText(f"{label}  ({n:,})")
                item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("%s, %s meetings") % (label, f"{n:,}"))
            if before is None or before[0] != value:
                item.setData(ValueRole, value)
                item.setFlags(flags)
            if before is None or before[2] != state[2] or before[0] != value:
                item.setCheckState(Qt.CheckState.Checked if state[2] else Qt.CheckState.Unchecked)
            if before is None or before[3:] != state[3:]:
                item.setForeground(text_colour if state[3] else muted_colour)
            if row < len(shown):
                shown[row] = state
            else:
                shown.append(state)
            if value == current:
                view.setCurrentItem(item)
        if facet in self.finders:
            self._apply_finder(facet)
        self._updating = False

    def _on_finder(self, facet: str) -> None:
        counts = getattr(self, "_counts", None)
        if counts is not None and len(counts.values.get(facet, {})) > _SHOWN_MOST:
            self._fill(facet)  # the values it asks for may not be listed yet
        else:
            self._apply_finder(facet)

    def _apply_finder(self, facet: str) -> None:
        wanted = normalize(self.finders[facet].text().strip())
        view = self.lists[facet]
        for row in range(view.count()):
            item = view.item(row)
            # a ticked value stays in sight, so that it can be unticked
            item.setHidden(bool(wanted) and wanted not in normalize(item.text())
                           and item.checkState() != Qt.CheckState.Checked)

    # -- selection --------------------------------------------------------------------
    def selection(self) -> FacetSelection:
        return self._selection

    def set_selection(self, selection: FacetSelection, emit: bool = True) -> None:
        if selection == self._selection:
            return
        self._selection = selection
        self._updating = True
        for facet in FACETS:
            view = self.lists[facet]
            for row in range(view.count()):
                item = view.item(row)
                on = item.data(ValueRole) in selection.values(facet)
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._updating = False
        self._sync_slider()
        self._show_chips()
        if emit:
            self.selectionChanged.emit(selection)

    @Slot()
    def clear(self) -> None:
        self.set_selection(FacetSelection())

    def label(self, facet: str, value: str | None) -> str:
        """What a filter reads as, e.g. 'Issue: Taiwan' or 'Date: Feb 2023 – Nov 2023'."""
        if facet == DATES:
            return self.tr("Date: %s") % self._range_text()
        names = {STATUS: self.tr("Status"), COUNTRY: self.tr("Country"), PERSON: self.tr("Person"),
                 ISSUE: self.tr("Issue")}
        return f"{names[facet]}: {self._labels.get(facet, str)(value or '')}"

    def _on_item(self, facet: str, item: QListWidgetItem) -> None:
        if self._updating:
            return
        value = item.data(ValueRole)
        if value is None:
            return
        on = item.checkState() == Qt.CheckState.Checked
        if on != (value in self._selection.values(facet)):
            self.set_selection(self._selection.with_value(facet, value, on))

    def _on_range(self, low: int, high: int) -> None:
        first, last = self.date_slider.bounds()
        date_from = None if low <= first else _month_first(low)
        date_to = None if high >= last else _month_last(high)
        self.set_selection(self._selection.with_dates(date_from, date_to))

    def _sync_slider(self) -> None:
        first, last = self.date_slider.bounds()
        low = _month_index(self._selection.date_from) if self._selection.date_from else first
        high = _month_index(self._selection.date_to) if self._selection.date_to else last
        self.date_slider.set_values(low, high)
        self.range_label.setText(self._range_text() if (self._selection.date_from or self._selection.date_to)
                                 else self.tr("Any date"))

    def _range_text(self) -> str:
        low, high = self.date_slider.values()
        start = formatting.format_date(PartialDate(low // 12, low % 12 + 1), short=True)
        end = formatting.format_date(PartialDate(high // 12, high % 12 + 1), short=True)
        return start if start == end else f"{start} – {end}"

    def _show_chips(self) -> None:
        self._chips_layout.clear()
        for facet, value in self._selection.active():
            text = self.label(facet, value)
            button = QToolButton()
            button.setObjectName("filterChip")
            button.setText(f"{text}  ✕")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(self.tr("Remove filter %s") % text)
            button.setToolTip(self.tr("Remove this filter"))
            button.clicked.connect(lambda _=False, f=facet, v=value: self.set_selection(self._selection.without(f, v)))
            self._chips_layout.add(button)
        active = not self._selection.is_empty
        self.chips.setVisible(active)
        self.clear_button.setVisible(active)

    def chip_buttons(self) -> list[QToolButton]:
        return self._chips_layout.widgets()


class _FlowishLayout:
    """Chips wrapped onto rows of a few each: simple, and enough for a handful of filters."""

    _PER_ROW = 2

    def __init__(self, host: QWidget) -> None:
        self._outer = QVBoxLayout(host)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(2)
        self._widgets: list[QToolButton] = []

    def clear(self) -> None:
        while self._outer.count():
            row = self._outer.takeAt(0)
            assert row is not None, "count() > 0"
            row_layout = row.layout()
            if row_layout:
                while row_layout.count():
                    child = row_layout.takeAt(0)
                    assert child is not None, "count() > 0"
                    widget = child.widget()
                    if widget:
                        widget.hide()
                        widget.deleteLater()
                row_layout.deleteLater()
        self._widgets = []

    def add(self, widget: QToolButton) -> None:
        if len(self._widgets) % self._PER_ROW == 0:
            row = QHBoxLayout()
            row.setSpacing(4)
            row.addStretch(1)
            self._outer.addLayout(row)
        last = self._outer.itemAt(self._outer.count() - 1)
        row_layout = last.layout() if last is not None else None
        assert isinstance(row_layout, QHBoxLayout), "the outer layout holds only rows of chips, at least one"
        row_layout.insertWidget(row_layout.count() - 1, widget)
        widget.show()  # a child added to a shown parent stays hidden until told
        self._widgets.append(widget)

    def widgets(self) -> list[QToolButton]:
        return list(self._widgets)

