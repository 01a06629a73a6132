"""Read-only views across meetings: an issue's thread, people and a person, a pair's history.

Each shows a page from ``explore_pages.Pages`` and emits its links as signals for
explore.py to follow. Built after the window's first paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Dataset, Meeting
from ...core.relations import (
    counterparts,
    countries_of,
    country_pair_history,
    issue_thread,
    pair_history,
    people_counts,
    person_meetings,
)
from ...core.search import normalize
from ..reader.safe_text import plain
from .explore_pages import ExploreBrowser, Pages


def _combo(name: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)  # three in a row fit a narrow Explore dock
    return combo


class IssueThreadView(QWidget):
    """Pick an issue; read every meeting about it in date order with what each side said."""

    linkActivated = Signal(QUrl)

    def __init__(self, pages: Pages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self._dataset = Dataset()
        self.issue_box = _combo("threadIssueBox", self.tr("Issue"))
        self.browser = ExploreBrowser()
        self.browser.setObjectName("issueThreadView")
        self.browser.setAccessibleName(self.tr("Issue thread"))
        self.browser.linkActivated.connect(self.linkActivated)
        self.issue_box.currentIndexChanged.connect(self._render)
        label = QLabel(self.tr("&Issue:"))
        label.setBuddy(self.issue_box)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.issue_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)

    def set_dataset(self, dataset: Dataset) -> None:
        current = self.issue_box.currentData()
        self._dataset = dataset
        self.issue_box.blockSignals(True)
        self.issue_box.clear()
        for issue in sorted(dataset.issues.values(), key=lambda i: i.name.casefold()):
            self.issue_box.addItem(plain(issue.name), issue.id)  # bidi isolated, as every name beside others
        found = self.issue_box.findData(current) if current else -1
        self.issue_box.setCurrentIndex(found if found >= 0 else (0 if self.issue_box.count() else -1))
        self.issue_box.blockSignals(False)
        self._render()

    def show_issue(self, issue_id: str) -> bool:
        index = self.issue_box.findData(issue_id)
        if index < 0:
            return False
        self.issue_box.setCurrentIndex(index)
        self._render()
        return True

    def page(self) -> tuple[list[Meeting], str, str]:
        """What this tab shows, for export and print: its meetings, a title, a file name stem."""
        issue = self._dataset.issues.get(self.issue_box.currentData() or "")
        if issue is None:
            return [], "", ""
        return ([entry.meeting for entry in issue_thread(self._dataset, issue.id)],
                self.tr("Issue thread: %s") % plain(issue.name), f"diplo-thread-{issue.id}")

    @Slot()
    def _render(self) -> None:
        issue = self._dataset.issues.get(self.issue_box.currentData() or "")
        if issue is None:
            self.browser.show_html(self._pages.empty(self.tr("No issue in the data.")))
            return
        self.browser.show_html(self._pages.thread(issue, issue_thread(self._dataset, issue.id)))


PersonIdRole = Qt.ItemDataRole.UserRole + 20
_FOLDED_NAMES = Qt.ItemDataRole.UserRole + 22  # name and native name, case and accents folded


class PeopleView(QWidget):
    """Every person with their meeting count; the selected one's meetings and counterparts beside."""

    linkActivated = Signal(QUrl)

    def __init__(self, pages: Pages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self._dataset = Dataset()
        self.people_model = QStandardItemModel(0, 2, self)
        self.people_model.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Meetings")])
        self.sorted_people = QSortFilterProxyModel(self)
        self.sorted_people.setSourceModel(self.people_model)
        self.sorted_people.setSortRole(Qt.ItemDataRole.UserRole + 21)
        # The box matches names and native names as the search does: case and accents ignored.
        self.sorted_people.setFilterRole(_FOLDED_NAMES)
        self.sorted_people.setFilterKeyColumn(0)
        self.finder = QLineEdit()
        self.finder.setObjectName("peopleFinder")
        self.finder.setPlaceholderText(self.tr("Find a person…"))
        self.finder.setAccessibleName(self.tr("Find a person in the list"))
        self.finder.setClearButtonEnabled(True)
        self.finder.textChanged.connect(lambda text: self.sorted_people.setFilterFixedString(normalize(text.strip())))
        self.finder.returnPressed.connect(self._open_first)  # Enter: the first person found, and the list
        self.table = QTableView()
        self.table.setObjectName("peopleList")
        self.table.setAccessibleName(self.tr("People and their meeting counts"))
        self.table.setModel(self.sorted_people)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.browser = ExploreBrowser()
        self.browser.setObjectName("personView")
        self.browser.setAccessibleName(self.tr("Person's meetings and counterparts"))
        self.browser.linkActivated.connect(self.linkActivated)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.finder)
        top_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    def set_dataset(self, dataset: Dataset) -> None:
        current = self.current_person()
        self._dataset = dataset
        self.people_model.removeRows(0, self.people_model.rowCount())
        counted = people_counts(dataset)
        by_name = {pc.person.id: rank for rank, pc in enumerate(
            sorted(counted, key=lambda pc: (pc.person.name.casefold(), pc.person.id)))}
        for pc in counted:
            name = QStandardItem(plain(pc.person.name))  # a row is read as one line: name, then count
            name.setData(pc.person.id, PersonIdRole)
            name.setData(normalize(f"{pc.person.name} {pc.person.native_name or ''}"), _FOLDED_NAMES)
            name.setData(by_name[pc.person.id], Qt.ItemDataRole.UserRole + 21)
            count = QStandardItem(f"{pc.meetings:,}")
            # most meetings first, and at equal counts by name: one number sorts both ways
            count.setData(pc.meetings * len(counted) + len(counted) - 1 - by_name[pc.person.id],
                          Qt.ItemDataRole.UserRole + 21)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.people_model.appendRow([name, count])
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        if not (current and self.show_person(current)):
            self.browser.show_html(self._pages.empty(self.tr("Select a person to see their meetings.")))

    def current_person(self) -> str | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(PersonIdRole) if index.isValid() else None

    def show_person(self, person_id: str) -> bool:
        index = self._listed(person_id)
        if index is None and self.finder.text() and person_id in self._dataset.people:
            self.finder.clear()  # a link to someone the box hides: show them, not an empty page
            index = self._listed(person_id)
        if index is None:
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self._render(person_id)
        return True

    @Slot()
    def _open_first(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.sorted_people.rowCount():
            self.table.setCurrentIndex(self.sorted_people.index(0, 0))

    def _listed(self, person_id: str) -> QModelIndex | None:
        for row in range(self.sorted_people.rowCount()):
            index = self.sorted_people.index(row, 0)
            if index.data(PersonIdRole) == person_id:
                return index
        return None

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._render(current.siblingAtColumn(0).data(PersonIdRole))

    def page(self) -> tuple[list[Meeting], str, str]:
        """The selected person's meetings, oldest first, with a title and a file name stem."""
        person = self._dataset.people.get(self.current_person() or "")
        if person is None:
            return [], "", ""
        return (person_meetings(self._dataset, person.id), self.tr("Meetings of %s") % plain(person.name),
                f"diplo-person-{person.id}")

    def _render(self, person_id: str) -> None:
        person = self._dataset.people.get(person_id)
        if person is None:
            return
        self.browser.show_html(self._pages.person(person, person_meetings(self._dataset, person_id),
                                                  counterparts(self._dataset, person_id)))


class PairView(QWidget):
    """Two people (or two countries): their meetings in date order, the history of a relationship."""

    linkActivated = Signal(QUrl)

    def __init__(self, pages: Pages, country_name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self._country_name = country_name
        self._dataset = Dataset()
        self.kind_box = _combo("pairKindBox", self.tr("Pair of"))
        self.kind_box.addItem(self.tr("People"), "person")
        self.kind_box.addItem(self.tr("Countries"), "country")
        self.first_box = _combo("pairFirstBox", self.tr("First of the pair"))
        self.second_box = _combo("pairSecondBox", self.tr("Second of the pair"))
        self.swap_button = QToolButton()
        self.swap_button.setText("⇄")
        self.swap_button.setObjectName("pairSwapButton")
        self.swap_button.setAccessibleName(self.tr("Swap the pair"))
        self.swap_button.setToolTip(self.tr("Swap the pair"))
        self.swap_button.clicked.connect(self._swap)
        self.browser = ExploreBrowser()
        self.browser.setObjectName("pairHistoryView")
        self.browser.setAccessibleName(self.tr("Pair history"))
        self.browser.linkActivated.connect(self.linkActivated)
        self.kind_box.currentIndexChanged.connect(self._fill)
        self.first_box.currentIndexChanged.connect(self._render)
        self.second_box.currentIndexChanged.connect(self._render)
        top = QHBoxLayout()
        kind_label = QLabel(self.tr("&Pair of"))
        kind_label.setBuddy(self.kind_box)
        top.addWidget(kind_label)
        top.addWidget(self.kind_box)
        top.addWidget(self.first_box, 1)
        top.addWidget(self.swap_button)
        top.addWidget(self.second_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)

    def set_dataset(self, dataset: Dataset) -> None:
        pair = (self.kind_box.currentData(), self.first_box.currentData(), self.second_box.currentData())
        self._dataset = dataset
        self._fill()
        if pair[1] and pair[2]:
            self.show_pair(*pair)

    def _choices(self, kind: str) -> list[tuple[str, str]]:
        if kind == "country":
            return [(self._country_name(c), c) for c in countries_of(self._dataset.meetings)]
        people = sorted(self._dataset.people.values(), key=lambda p: p.name.casefold())
        return [(plain(p.name), p.id) for p in people]  # bidi isolated, as every name beside others

    @Slot()
    def _fill(self) -> None:
        kind = self.kind_box.currentData()
        choices = self._choices(kind)
        for box, default in ((self.first_box, 0), (self.second_box, 1)):
            box.blockSignals(True)
            box.clear()
            for text, key in choices:
                box.addItem(text, key)
            box.setCurrentIndex(min(default, box.count() - 1))
            box.blockSignals(False)
        self._render()

    def show_pair(self, kind: str, first: str, second: str) -> bool:
        kind_index = self.kind_box.findData(kind)
        if kind_index < 0:
            return False
        if self.kind_box.currentIndex() != kind_index:
            self.kind_box.setCurrentIndex(kind_index)
        a, b = self.first_box.findData(first), self.second_box.findData(second)
        if a < 0 or b < 0:
            return False
        for box, index in ((self.first_box, a), (self.second_box, b)):
            box.blockSignals(True)
            box.setCurrentIndex(index)
            box.blockSignals(False)
        self._render()
        return True

    @Slot()
    def _swap(self) -> None:
        self.show_pair(self.kind_box.currentData(), self.second_box.currentData(), self.first_box.currentData())

    def meetings(self) -> list[Meeting]:
        kind, first, second = self.kind_box.currentData(), self.first_box.currentData(), self.second_box.currentData()
        if not first or not second or first == second:
            return []
        history = country_pair_history if kind == "country" else pair_history
        return history(self._dataset, first, second)

    def page(self) -> tuple[list[Meeting], str, str]:
        """The pair's meetings, oldest first, with a title and a file name stem."""
        meetings = self.meetings()
        if not meetings:
            return [], "", ""
        return meetings, self._title(), f"diplo-pair-{self.first_box.currentData()}-{self.second_box.currentData()}"

    def _title(self) -> str:
        return f"{self.first_box.currentText()} – {self.second_box.currentText()}"

    @Slot()
    def _render(self) -> None:
        first, second = self.first_box.currentData(), self.second_box.currentData()
        if not first or not second:
            self.browser.show_html(self._pages.empty(self.tr("Nothing to pair in the data.")))
            return
        if first == second:
            self.browser.show_html(self._pages.empty(self.tr("Pick two different ones.")))
            return
        self.browser.show_html(self._pages.pair(self._title(), self.meetings()))
