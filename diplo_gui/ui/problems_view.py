"""The list of data problems: severity, file:line:col, and what is wrong."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from ..core.problems import Problem, Severity
from .safe_text import tooltip

ProblemRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ProblemModel(QAbstractTableModel):
    SEVERITY, LOCATION, MESSAGE = range(3)

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._problems: list[Problem] = []
        self._headers = (self.tr("Severity"), self.tr("Location"), self.tr("Problem"))

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or not (0 <= index.row() < len(self._problems)):
            return None
        problem = self._problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SEVERITY:
                return self.tr(problem.severity.value)
            if column == self.LOCATION:
                return f"{problem.path}:{problem.line}:{problem.col}"
            return problem.message
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(str(problem))
        if role == Qt.ItemDataRole.DecorationRole and column == self.SEVERITY:
            from PySide6.QtWidgets import QStyle  # its enums cost milliseconds: only once there are problems

            icon = (QStyle.StandardPixmap.SP_MessageBoxCritical if problem.severity is Severity.ERROR
                    else QStyle.StandardPixmap.SP_MessageBoxWarning)
            return QApplication.style().standardIcon(icon)
        if role == ProblemRole:
            return problem
        return None


class ProblemsView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsView")
        self.setAccessibleName(self.tr("Data problems"))
        self.problem_model = ProblemModel(self)
        self.setModel(self.problem_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(self.problem_model.SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.problem_model.LOCATION, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(self.problem_model.LOCATION, 320)
