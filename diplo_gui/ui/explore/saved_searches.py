"""Saved searches: a name for a search and its facets, kept in QSettings across restarts.

The store reads and writes one settings value (JSON, via ``core.navigation``); the
dialog lists them for renaming (F2 or double-click) and deleting (Delete).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.navigation import SavedSearch, dump_saved, load_saved

KEY = "explore/savedSearches"


class SavedSearchStore:
    """The saved searches, in the order they were saved; names are unique (saving a name again replaces it)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings

    def _s(self) -> QSettings:
        return self._settings if self._settings is not None else QSettings()

    def all(self) -> list[SavedSearch]:
        return load_saved(self._s().value(KEY))

    def _write(self, searches: list[SavedSearch]) -> None:
        settings = self._s()
        settings.setValue(KEY, dump_saved(searches))
        settings.sync()

    def save(self, search: SavedSearch) -> None:
        searches = [s for s in self.all() if s.name != search.name]
        searches.append(search)
        self._write(searches)

    def rename(self, old: str, new: str) -> bool:
        new = new.strip()
        searches = self.all()
        if not new or any(s.name == new for s in searches if s.name != old):
            return False
        self._write([SavedSearch(new, s.search, s.facets) if s.name == old else s for s in searches])
        return True

    def delete(self, name: str) -> None:
        self._write([s for s in self.all() if s.name != name])


class SavedSearchesDialog(QDialog):
    """Rename and delete saved searches; every change is kept at once."""

    changed = Signal()

    def __init__(self, store: SavedSearchStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedSearchesDialog")
        self.setWindowTitle(self.tr("Saved Searches"))
        self._store = store
        self.list = QListWidget()
        self.list.setObjectName("savedSearchesList")
        self.list.setAccessibleName(self.tr("Saved searches"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.list.itemChanged.connect(self._on_renamed)
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.rename_button.setAccessibleName(self.tr("Rename the saved search"))
        self.rename_button.clicked.connect(self._rename)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("deleteSavedSearchButton")
        self.delete_button.setAccessibleName(self.tr("Delete the saved search"))
        self.delete_button.clicked.connect(self.delete_current)
        self.list.installEventFilter(self)  # the Delete key deletes, as in a file manager
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(self.rename_button)
        side.addWidget(self.delete_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self._fill()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Delete) and self.list.state()
                != QAbstractItemView.State.EditingState):
            self.delete_current()
            return True
        return super().eventFilter(watched, event)

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for search in self._store.all():
            item = QListWidgetItem(search.name)  # plain text: a name is never markup
            item.setData(Qt.ItemDataRole.UserRole, search.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(0)

    def names(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())]

    @Slot()
    def _rename(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def _on_renamed(self, item: QListWidgetItem) -> None:
        old, new = item.data(Qt.ItemDataRole.UserRole), item.text().strip()
        renamed = new != old and self._store.rename(old, new)
        self._fill()  # a refused name (empty, taken) goes back to the old one
        names = self.names()
        chosen = new if renamed and new in names else old
        self.list.setCurrentRow(names.index(chosen) if chosen in names else 0)
        if renamed:
            self.changed.emit()

    @Slot()
    def delete_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        row = self.list.currentRow()
        self._store.delete(item.data(Qt.ItemDataRole.UserRole))
        self._fill()
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.changed.emit()
