"""How big a line, a cell or a sheet of an order export may be before ShopLens refuses it.

Why limits at all: a file's size says little about the work it causes. One 5 MB line holds
millions of cells to sniff; one value in a workbook's far corner (XFD1048576) makes a dense
reader allocate 17 billion cells; one 400 MB cell costs gigabytes in every later text step.
A real order export is nowhere near these limits (Excel itself stops a cell at 32,767
characters; platforms export a few dozen columns), so anything beyond them is refused in a
plain sentence before the expensive work starts, and memory stays bounded by the data.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd

from core.errors import FileUnreadableError

log = logging.getLogger(__name__)

#: Characters one cell may hold: Excel's own limit for a cell.
MAX_CELL_CHARS = 32_767
#: Columns a table may have; platform exports have a few dozen, Shopify's about 80.
MAX_COLUMNS = 2_000
#: Cells (rows x columns) of the area a workbook sheet declares before it is read sparsely.
MAX_DENSE_CELLS = 50_000_000


def no_line_break(path: Path, sample_bytes: int) -> FileUnreadableError:
    return FileUnreadableError(
        f"The first {sample_bytes // 1024:,} KB of {path.name} hold no line break, so it is not "
        "a table of orders (one line per order). Check that you picked the right file, or "
        "export the orders again as CSV or Excel."
    )


def too_many_columns(path: Path, columns: int, where: str) -> FileUnreadableError:
    return FileUnreadableError(
        f"{where} of {path.name} has {columns:,} columns; an order export has far fewer (at most "
        f"{MAX_COLUMNS:,} are read), so this is not a table of orders. Check that you picked the "
        "right file, or export the orders again."
    )


def _too_big_cell(path: Path, column: str, row: int, length: int) -> FileUnreadableError:
    return FileUnreadableError(
        f'Row {row:,} of {path.name} holds a cell of {length:,} characters in column "{column}", '
        f"more than any order field can hold (Excel itself stops at {MAX_CELL_CHARS:,}). The "
        "file is damaged or not an order export: export the orders again."
    )


def check_columns(path: Path, width: int, where: str = "A line") -> None:
    if width > MAX_COLUMNS:
        raise too_many_columns(path, width, where)


def check_cells(frame: pd.DataFrame, path: Path, first_row: int = 1) -> None:
    """Refuse a table with a text cell longer than MAX_CELL_CHARS (row numbers 1-based,
    counted from `first_row`, the file row of the frame's first row)."""
    for column in frame.columns:
        series = frame[column]
        if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_datetime64_any_dtype(
            series.dtype
        ):
            continue
        if series.dtype == object:
            lengths = series.map(lambda v: len(v) if isinstance(v, str) else 0)
        else:
            lengths = series.str.len().fillna(0)
        if len(lengths) and lengths.max() > MAX_CELL_CHARS:
            position = int(lengths.to_numpy().argmax())
            raise _too_big_cell(path, str(column), first_row + position, int(lengths.max()))
