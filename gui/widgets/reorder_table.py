"""The reorder table: DataFrameModel with the stock on hand and the lead time editable.

Editing a cell emits `edited(sku, column, value)`; the tab recomputes the reorder figures in
core (core.forecast.inventory) and shows the new table. Every other column stays read-only:
the figures come from core, never from arithmetic in the window.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from gui.models.dataframe_model import DataFrameModel

AnyIndex = QModelIndex | QPersistentModelIndex
EDITABLE = ("on_hand", "lead_time_days")


class ReorderModel(DataFrameModel):
    """See the module docstring."""

    edited = Signal(str, str, float)  # sku, column, new value (NaN: cleared)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)

    def _column_name(self, column: int) -> str:
        return str(self.frame().columns[column])

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._column_name(index.column()) in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            value = self.value(index.row(), index.column())
            return "" if isinstance(value, float) and math.isnan(value) else str(value)
        editable = index.isValid() and self._column_name(index.column()) in EDITABLE
        if role == Qt.ItemDataRole.ToolTipRole and editable:
            return self.tr("Double-click to type a new figure")
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self._column_name(index.column())
        if column not in EDITABLE:
            return False
        text = str(value).strip().replace(",", "")
        try:
            number = float(text) if text else math.nan
        except ValueError:
            return False
        if number < 0:
            return False
        row = self.source_row(index.row())
        sku = str(self.frame()["sku"].iloc[row])
        self.edited.emit(sku, column, number)
        return True
