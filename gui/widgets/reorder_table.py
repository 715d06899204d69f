"""The reorder table: DataFrameModel with the stock on hand and the lead time editable.

Editing a cell emits `edited(sku, column, value)`; the tab recomputes the reorder figures in
core (core.forecast.inventory) and shows the new table. Every other column stays read-only:
the figures come from core, never from arithmetic in the window.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from gui.models.dataframe_model import DataFrameModel

AnyIndex = QModelIndex | QPersistentModelIndex
EDITABLE = ("on_hand", "lead_time_days")


class ReorderModel(DataFrameModel):
    """See the module docstring."""

    edited = Signal(str, str, float)  # sku, column, new value (NaN: cleared)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.column_name(index.column()) in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            value = self.value(index.row(), index.column())
            return "" if isinstance(value, float) and math.isnan(value) else str(value)
        editable = index.isValid() and self.column_name(index.column()) in EDITABLE
        if role == Qt.ItemDataRole.ToolTipRole and editable:
            return self.tr("Double-click to type a new figure")
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.column_name(index.column())
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


#: What to order first, so it shows without scrolling on a 1366×768 screen: the product, whether
#: to order now and how much, then the figures behind it.
URGENT_ORDER = (
    "sku",
    "product_name",
    "order_now",
    "order_quantity",
    "on_hand",
    "days_of_cover",
    "reorder_point",
    "lead_time_days",
    "safety_stock",
    "demand_per_day",
    "method",
)


def by_urgency(frame: pd.DataFrame) -> pd.DataFrame:
    """Products to order now first, the fewest days of cover first among them, then the rest
    by reorder point; the columns in URGENT_ORDER. Suggested orders are whole units (core
    rounds them up); days of cover are shown to the whole day."""
    if frame.empty:
        return frame
    ordered = frame.sort_values(
        ["order_now", "days_of_cover", "reorder_point"],
        ascending=[False, True, False],
        na_position="last",
        kind="stable",
    )
    columns = [c for c in URGENT_ORDER if c in ordered]
    columns += [c for c in ordered.columns if c not in URGENT_ORDER]
    return ordered[columns].assign(days_of_cover=ordered["days_of_cover"].round(0))
