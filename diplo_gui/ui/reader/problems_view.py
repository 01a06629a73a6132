"""The list of data problems: what is wrong, how bad, and where (file:line:col), to act on.

The message comes first so it is read at any width; the columns sort (a header clicked a
third time gives back the order of loading); Copy puts the selected problems on the
clipboard as ``file:line:col: severity: message [code]`` lines; Open at Line (Enter, a
double click, the context menu) starts the user's editor at the line. The dock opens by
itself when problems appear, but not once the user has closed it; the status bar's count
opens it again.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QProcess,
    QSortFilterProxyModel,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ...core.problems import Problem, Severity
from .safe_text import tooltip

ProblemRole = Qt.ItemDataRole.UserRole + 1
LOCATION_WIDTH = 320  # at most, in pixels: a path with its line and column
SortRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class ProblemModel(QAbstractTableModel):
    SEVERITY, LOCATION, MESSAGE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
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

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
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
        if role == SortRole:
            # Errors before warnings; a file's problems by line and column, not "10" before "9".
            if column == self.SEVERITY:
                return (problem.severity is not Severity.ERROR, problem.path, problem.line, problem.col)
            if column == self.LOCATION:
                return (problem.path, problem.line, problem.col)
            return (problem.message.casefold(), problem.path, problem.line, problem.col)
        return None


class _ProblemOrder(QSortFilterProxyModel):
    def lessThan(self, left: _Index, right: _Index) -> bool:  # noqa: N802 - Qt override
        return left.data(SortRole) < right.data(SortRole)


class _LocationDelegate(QStyledItemDelegate):
    """A long path loses its middle, never the line and column at its end."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


# How editors that do not take "+LINE" are told the line (the rest do: vi, vim, nvim, nano,
# emacs, emacsclient, micro, gedit, mousepad …).
_LINE_ARGUMENTS = {
    "code": lambda path, line, col: ["--goto", f"{path}:{line}:{col}"],
    "code-insiders": lambda path, line, col: ["--goto", f"{path}:{line}:{col}"],
    "codium": lambda path, line, col: ["--goto", f"{path}:{line}:{col}"],
    "subl": lambda path, line, col: [f"{path}:{line}:{col}"],
    "kate": lambda path, line, col: ["--line", str(line), "--column", str(col), path],
}


def editor_command(path: str, line: int, col: int, environ: Mapping[str, str] = os.environ) -> list[str] | None:
    """The command that opens the file at the line in the user's editor ($VISUAL, else $EDITOR),
    or None when neither is set. The path is absolute, so it can never read as an option."""
    editor = shlex.split(environ.get("VISUAL", "").strip() or environ.get("EDITOR", "").strip())
    if not editor:
        return None
    absolute = str(Path(path).absolute())
    arguments = _LINE_ARGUMENTS.get(Path(editor[0]).name)
    return editor + (arguments(absolute, line, col) if arguments else [f"+{line}", absolute])


class ProblemsView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsView")
        self.setAccessibleName(self.tr("Data problems"))
        self.problem_model = ProblemModel(self)
        self._order = _ProblemOrder(self)
        self._order.setSourceModel(self.problem_model)
        self.setModel(self._order)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setItemDelegateForColumn(ProblemModel.LOCATION, _LocationDelegate(self))

        header = self.horizontalHeader()
        # The message first and taking the width left: docked in a narrow place it is still read.
        header.moveSection(header.visualIndex(ProblemModel.MESSAGE), 0)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ProblemModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ProblemModel.SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemModel.LOCATION, QHeaderView.ResizeMode.Interactive)
        # The location gets a share of the width (its middle elides) until the user drags it.
        self._fitting = False
        self._location_dragged = False
        self._fit_location(LOCATION_WIDTH * 3)  # not viewport(): a widget Qt made costs the first paint time
        header.sectionResized.connect(self._on_section_resized)
        header.setSortIndicatorClearable(True)  # a third click: the order of loading again
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

        self.copy_action = self._add_action(self.tr("&Copy"), self.copy_selected, QKeySequence.StandardKey.Copy,
                                            self.tr("Copy the selected problems as file:line:col lines"))
        self.open_action = self._add_action(self.tr("&Open at Line"), self.open_current, None,
                                            self.tr("Open the file at the problem's line in your editor "
                                                    "($VISUAL or $EDITOR), else in its usual application"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.activated.connect(lambda _index: self.open_current())  # Enter, or a double click

    def _fit_location(self, width: int) -> None:
        self._fitting = True
        self.setColumnWidth(ProblemModel.LOCATION, max(120, min(LOCATION_WIDTH, width // 3)))
        self._fitting = False

    def _on_section_resized(self, section: int, _old: int, _new: int) -> None:
        if section == ProblemModel.LOCATION and not self._fitting:
            self._location_dragged = True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if not self._location_dragged:
            self._fit_location(event.size().width())

    def _add_action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence.StandardKey | None,
                    tip: str) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def selected_problems(self) -> list[Problem]:
        """The selected problems as shown, top to bottom."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self.model().index(row, 0).data(ProblemRole) for row in rows]

    def copy_selected(self) -> None:
        problems = self.selected_problems()
        if problems:
            QGuiApplication.clipboard().setText("\n".join(str(p) for p in problems) + "\n")

    def open_current(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            self._say(open_at_line(index.data(ProblemRole)))

    def _say(self, message: str | None) -> None:
        window = self.window()
        if message and isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)


def open_at_line(problem: Problem) -> str | None:
    """Start the user's editor at the problem's line, else open the file; None, or why not."""
    if not Path(problem.path).is_file():
        return QApplication.translate("ProblemsView", "Cannot open %s: it is not a file.") % problem.path
    command = editor_command(problem.path, problem.line, problem.col)
    if command is None:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(problem.path).absolute()))):
            return None
        return QApplication.translate(
            "ProblemsView", "No application opens %s; set $VISUAL or $EDITOR to open it at the line.") % problem.path
    started = QProcess.startDetached(command[0], command[1:])
    if started[0] if isinstance(started, tuple) else started:
        return None
    return QApplication.translate(
        "ProblemsView", "Cannot start the editor “%s” (from $VISUAL or $EDITOR).") % command[0]


class ProblemsDock(QDockWidget):
    """The Problems dock: shown when there are problems, unless the user closed it."""

    def __init__(self, view: ProblemsView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Problems"))
        self.setObjectName("problemsDock")
        self.setWidget(view)
        self.view = view
        self.closed_by_user = False
        self._count_label: QLabel | None = None
        # The close button closes the dock (closeEvent); the View menu and its shortcut trigger this.
        self.toggleViewAction().triggered.connect(self._user_toggled)

    def _user_toggled(self, shown: bool) -> None:
        self.closed_by_user = not shown

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.closed_by_user = True
        super().closeEvent(event)

    def show_for(self, problems: Sequence[Problem]) -> None:
        """Open when there are problems, unless the user closed it; close when there are none."""
        self.setVisible(bool(problems) and not self.closed_by_user)
        if self._count_label is not None:
            label = self._count_label
            label.setCursor(Qt.CursorShape.PointingHandCursor if problems else Qt.CursorShape.ArrowCursor)
            label.setToolTip(self.tr("Show the problems (%s)") % self.toggleViewAction().shortcut().toString(
                QKeySequence.SequenceFormat.NativeText) if problems else "")

    def open(self) -> None:
        """What the user asked for: show, raise and focus the list of problems."""
        self.closed_by_user = False
        self.show()
        self.raise_()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid() and self.view.model().rowCount():
            self.view.setCurrentIndex(self.view.model().index(0, 0))

    def open_on_click(self, label: QLabel) -> None:
        """A click on the status bar's count (which says how many problems) opens the dock."""
        self._count_label = label
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self._count_label and event.type() == QEvent.Type.MouseButtonRelease
                and isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton
                and self.view.model().rowCount()):
            self.open()
            return True
        return super().eventFilter(watched, event)
