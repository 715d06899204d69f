"""The one table model of the window: any pandas DataFrame, sortable, copyable, fast.

Why it is built this way:
- A view asks `data()` for every visible cell on every repaint, so `data()` must be cheap on a
  500k-row frame: each column is turned once into a numpy array (plus its kind and number
  format) and cells are read by position through a row-order array, never by pandas label.
- Sorting computes one numeric key per column (text is ranked with `pandas.factorize`) and
  orders rows with a stable numpy argsort, so a click on a header of 500k rows takes a fraction
  of a second and equal values keep their file order.
- Copy gives tab-separated text with a header line, which pastes straight into a spreadsheet.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from core.export import safe_text

logger = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass
class _Column:
    """One column as the view reads it."""

    name: str
    values: np.ndarray  # positional, in the frame's original row order
    kind: str  # "int", "float", "bool", "datetime", "text"
    decimals: int = 0  # floats: 0 when every value is whole, else 2
    with_time: bool = False  # datetimes: show the time of day
    grouped: bool = True  # numbers: thousands separators (not for ids and codes)
    sort_key: np.ndarray | None = None  # float64 rank per row, NaN for missing (computed lazily)


def is_identifier(name: str) -> bool:
    """Order numbers, customer ids and codes are labels, not quantities: "17850", not "17,850"."""
    lowered = name.strip().lower().replace(" ", "").replace("_", "")
    return lowered.endswith(("id", "code", "no", "number", "编号", "单号", "号"))


def _column(name: str, series: pd.Series) -> _Column:
    dtype = series.dtype
    if is_identifier(name) and (
        pd.api.types.is_integer_dtype(dtype) or pd.api.types.is_float_dtype(dtype)
    ):
        values = series.to_numpy(dtype="float64", na_value=np.nan)
        return _Column(name, values, "float", decimals=0, grouped=False)
    if pd.api.types.is_bool_dtype(dtype):
        return _Column(name, series.to_numpy(dtype=object), "bool")
    if pd.api.types.is_integer_dtype(dtype) and not isinstance(dtype, pd.CategoricalDtype):
        if series.hasnans:
            return _Column(name, series.to_numpy(dtype="float64", na_value=np.nan), "float")
        return _Column(name, series.to_numpy(dtype="int64"), "int")
    if pd.api.types.is_float_dtype(dtype):
        values = series.to_numpy(dtype="float64", na_value=np.nan)
        finite = values[np.isfinite(values)]
        whole = bool(np.all(finite == np.round(finite))) if finite.size else True
        return _Column(name, values, "float", decimals=0 if whole else 2)
    if pd.api.types.is_datetime64_any_dtype(dtype):
        naive = series.dt.tz_localize(None) if getattr(dtype, "tz", None) else series
        values64 = naive.to_numpy(dtype="datetime64[ns]")
        valid = values64[~np.isnat(values64)]
        with_time = bool(valid.size) and bool(
            np.any(valid != valid.astype("datetime64[D]").astype("datetime64[ns]"))
        )
        return _Column(name, values64, "datetime", with_time=with_time)
    return _Column(name, series.to_numpy(dtype=object), "text")


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return value is pd.NA or value is pd.NaT


def format_number(value: float, decimals: int, grouped: bool = True) -> str:
    """1234567.891 -> "1,234,567.89": thousands separated so big figures read at a glance."""
    return f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"


def _format_object(value: Any) -> str:
    """Cells of text columns may hold anything a spreadsheet can (Excel previews)."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return format_number(value, 0 if value.is_integer() else 2)
    if isinstance(value, datetime | pd.Timestamp):
        return value.strftime("%Y-%m-%d %H:%M" if (value.hour or value.minute) else "%Y-%m-%d")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _sort_key(column: _Column) -> np.ndarray:
    """A float64 rank per row that sorts like the column; NaN for missing values."""
    if column.kind in ("int", "float"):
        return column.values.astype("float64")
    if column.kind == "datetime":
        key = column.values.astype("int64").astype("float64")
        key[np.isnat(column.values)] = np.nan
        return key
    series = pd.Series(column.values, dtype=object)
    try:
        codes, _ = pd.factorize(series, sort=True)
    except TypeError:  # mixed types (an Excel column with text and numbers): rank as text
        codes, _ = pd.factorize(series.astype(str).where(series.notna()), sort=True)
    key = codes.astype("float64")
    key[codes < 0] = np.nan
    return key


class DataFrameModel(QAbstractTableModel):
    """Read-only table model of a DataFrame; see the module docstring for why it is fast."""

    def __init__(
        self,
        frame: pd.DataFrame | None = None,
        parent: QObject | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._frame = pd.DataFrame()
        self._columns: list[_Column] = []
        self._order = np.arange(0, dtype=np.int64)
        self._headers = dict(headers or {})
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        if frame is not None:
            self.set_frame(frame)

    # --- content ------------------------------------------------------------------------
    def set_frame(self, frame: pd.DataFrame, headers: dict[str, str] | None = None) -> None:
        """Show another frame (resets the view and its sort order)."""
        self.beginResetModel()
        self._frame = frame
        if headers is not None:
            self._headers = dict(headers)
        self._columns = [
            _column(str(name), frame.iloc[:, i]) for i, name in enumerate(frame.columns)
        ]
        self._order = np.arange(len(frame), dtype=np.int64)
        self._sorted = None
        self.endResetModel()

    def frame(self) -> pd.DataFrame:
        """The frame shown, in its original row order."""
        return self._frame

    def source_row(self, row: int) -> int:
        """Position in the original frame of the row shown at `row`."""
        return int(self._order[row])

    def column_name(self, column: int) -> str:
        """Name in the frame of the column shown at `column` (kept as plain text: painting
        asks for it per cell, and the frame's own column index may be Arrow-backed)."""
        return self._columns[column].name

    def value(self, row: int, column: int) -> Any:
        """The raw value shown at (row, column) (numpy scalar or Python object)."""
        return self._columns[column].values[self._order[row]]

    def display_text(self, row: int, column: int) -> str:
        return self._text(self._columns[column], self._order[row])

    # --- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            return self._text(column, self._order[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.kind in ("int", "float") else _LEFT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                name = self._columns[section].name
                return self._headers.get(name, name)
            return None
        if 0 <= section < len(self._order):
            return str(int(self._order[section]) + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        col = self._columns[column]
        if col.sort_key is None:
            col.sort_key = _sort_key(col)
        key = col.sort_key if order == Qt.SortOrder.AscendingOrder else -col.sort_key
        self.layoutAboutToBeChanged.emit()
        self._order = np.argsort(key, kind="stable").astype(np.int64)  # NaN (missing) last
        self._sorted = (column, order)
        self.layoutChanged.emit()

    # --- copy ---------------------------------------------------------------------------
    def selection_to_tsv(self, indexes: Iterable[AnyIndex], with_header: bool = True) -> str:
        """The selected cells as tab-separated lines (with a header line), for the clipboard.

        Cells outside a ragged selection are left empty so columns still line up.
        """
        cells = {(i.row(), i.column()) for i in indexes if i.isValid()}
        if not cells:
            return ""
        rows = sorted({r for r, _ in cells})
        cols = sorted({c for _, c in cells})
        # Text cells are escaped (core.export.safe_text) so a name like "=1+2" pastes as text,
        # never as a live formula; numbers and dates are pasted as they are shown.
        text_columns = {c for c in cols if self._columns[c].kind == "text"}
        lines: list[str] = []
        if with_header:
            lines.append(
                "\t".join(
                    _clean(safe_text(str(self.headerData(c, Qt.Orientation.Horizontal))))
                    for c in cols
                )
            )
        for r in rows:
            lines.append(
                "\t".join(
                    _clean(_cell_text(self.display_text(r, c), c in text_columns))
                    if (r, c) in cells
                    else ""
                    for c in cols
                )
            )
        return "\n".join(lines) + "\n"

    # --- helpers ------------------------------------------------------------------------
    @staticmethod
    def _text(column: _Column, position: int | np.integer) -> str:
        value = column.values[position]
        kind = column.kind
        if kind == "float":
            if math.isnan(value):
                return ""
            return format_number(float(value), column.decimals, column.grouped)
        if kind == "int":
            return format_number(int(value), 0, column.grouped)
        if kind == "datetime":
            if np.isnat(value):
                return ""
            stamp = pd.Timestamp(value)
            return stamp.strftime("%Y-%m-%d %H:%M" if column.with_time else "%Y-%m-%d")
        if _is_missing(value):
            return ""
        return _format_object(value)


def _cell_text(text: str, is_text: bool) -> str:
    return str(safe_text(text)) if is_text else text


def _clean(text: str) -> str:
    """Tabs and line breaks inside a cell would break the pasted grid."""
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")
