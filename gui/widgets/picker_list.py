"""A list of (label, key) entries to pick from: thousands of products or customers.

Why not a QListWidget: it makes one item object per entry, and filling or clearing a list of
5,000 of them took the window a tenth of a second each time a result arrived. Here the entries
stay a Python list behind a model that hands Qt the rows it paints, so filling the list is one
model reset. The few calls the tabs and tests use of QListWidget (count, item, currentItem,
setCurrentRow, currentItemChanged) keep their meaning.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QListView, QWidget

logger = logging.getLogger(__name__)

Entry = tuple[str, str]  # label shown, key


class PickerItem:
    """One entry, as QListWidgetItem shows it: `text()`, `data(UserRole)` is the key."""

    def __init__(self, label: str, key: str) -> None:
        self._label, self._key = label, key

    def text(self) -> str:
        return self._label

    def data(self, role: int | Qt.ItemDataRole) -> str | None:
        if role == Qt.ItemDataRole.UserRole:
            return self._key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label
        return None

    def isHidden(self) -> bool:
        return False  # entries that do not match a search are not in the list at all


class _EntriesModel(QAbstractListModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.entries)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        label, key = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return label
        if role == Qt.ItemDataRole.UserRole:
            return key
        return None


class PickerList(QListView):
    """`set_entries([(label, key), …])`; `currentItemChanged(item, previous)` as a user
    moves through the list (not when the entries are replaced)."""

    currentItemChanged = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = _EntriesModel(self)
        self.setModel(self._model)
        self.setUniformItemSizes(True)  # one line each: no entry measured
        self.selectionModel().currentChanged.connect(self._on_current)

    def set_entries(self, entries: list[Entry]) -> None:
        """Replace the entries (nothing current afterwards, no signal)."""
        self._model.set_entries(list(entries))

    def count(self) -> int:
        return len(self._model.entries)

    def item(self, row: int) -> PickerItem | None:
        if not 0 <= row < self.count():
            return None
        return PickerItem(*self._model.entries[row])

    def row_of(self, key: str) -> int:
        """The row of `key` (-1 when it is not in the list)."""
        return next((i for i, (_label, k) in enumerate(self._model.entries) if k == key), -1)

    def currentItem(self) -> PickerItem | None:
        index = self.currentIndex()
        return self.item(index.row()) if index.isValid() else None

    def setCurrentRow(self, row: int) -> None:
        self.setCurrentIndex(self._model.index(row, 0))

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.currentItemChanged.emit(
            self.item(current.row()) if current.isValid() else None,
            self.item(previous.row()) if previous.isValid() else None,
        )
