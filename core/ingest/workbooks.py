"""Reading Excel and OpenDocument workbooks (.xlsx .xlsm .xls .ods) through python-calamine.

A shop's workbook often holds more than the orders: a "Returns" list, a "People" sheet, notes.
The sheet read by default is the one that looks most like orders; cells keep their native
types (dates as dates, numbers as numbers) so nothing is lost to text formatting.

Speed: calamine parses a whole sheet at once (most of the time of a large workbook); its rows
are then taken once, the header is found among the first of them, and the cells are tidied
column by column in numpy rather than one Python call per cell, so a 541,909-row sheet costs
little more than calamine's own read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype
from python_calamine import CalamineSheet, CalamineWorkbook, PasswordError, SheetTypeEnum

from core.beside import run_beside
from core.errors import Cancelled, FileUnreadableError
from core.ingest import sniff
from core.ingest.charsets import detect_encoding
from core.ingest.types import RawTable
from core.ingest.xlsx_guard import SparseSheet, oversized_sheets
from core.messages import say
from core.progress import Progress, report

log = logging.getLogger(__name__)

WORKBOOK_FORMATS = ("xlsx", "xlsm", "xls", "ods")
#: Rows of each sheet looked at to find its header and judge whether it holds orders.
SNIFF_ROWS = 60
_FLOAT_INT_LIMIT = 2.0**53
#: Kinds of column (pandas' `infer_dtype`) that hold no float cell: nothing to tidy.
_NO_FLOATS = frozenset(
    {"string", "integer", "boolean", "datetime", "datetime64", "date", "time", "timedelta",
     "timedelta64", "decimal", "bytes", "empty", "period", "interval", "categorical"}
)  # fmt: skip
#: Parse speed assumed (bytes of workbook per second) to move the progress bar meanwhile.
_PARSE_BYTES_PER_SECOND = 5e6
#: Shares of the progress: parsing the sheet(s), taking its rows, tidying the columns.
_PARSED, _TAKEN = 0.6, 0.75

#: Reads a file as text: (path, format, no_header, nrows, progress) -> RawTable.
TextReader = Callable[[Path, str, "bool | None", "int | None", "Progress | None"], RawTable]


def _damaged(path: Path) -> FileUnreadableError:
    return FileUnreadableError(
        f"{path.name} is damaged or not a complete Excel file; export it again "
        "(or open it in Excel and save it again)."
    )


def _open(path: Path) -> CalamineWorkbook:
    try:
        return CalamineWorkbook.from_path(str(path))
    except PasswordError as exc:
        raise FileUnreadableError(
            f"{path.name} is protected by a password. Open it in Excel, remove the password "
            "and save it, then open it here again."
        ) from exc
    except Exception as exc:  # the native reader raises several kinds; all mean "unreadable"
        log.info("calamine cannot open %s: %r", path.name, exc)
        raise _damaged(path) from exc


def _worksheets(book: CalamineWorkbook) -> list[str]:
    return [m.name for m in book.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]


def list_workbook_sheets(path: Path) -> list[str]:
    """The worksheets of a workbook in workbook order (chart sheets left out); [] for a text
    table saved with an .xls name, which has no sheets."""
    if path.suffix.lower() == ".xls" and _is_text_file(path):
        return []
    book = _open(path)
    try:
        return _worksheets(book)
    finally:
        book.close()


def _is_text_file(path: Path) -> bool:
    """A ".xls" that is really a CSV or tab-separated text (older shop systems save these)."""
    with open(path, "rb") as fh:
        head = fh.read(sniff.SAMPLE_BYTES)
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        return False
    return detect_encoding(head, more_follows=True) is not None


def _is_web_page(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<html", b"<!doctype", b"<table", b"<?xml", b"<meta"))


class _Book:
    """An open workbook and the sheets parsed from it so far.

    calamine parses a sheet whole on each request, so parsed sheets are kept. With a progress
    callback each parse runs beside the job's thread (`run_beside`), so a Cancel is noticed
    even in a sheet that takes half a minute; the abandoned parse finishes on its own.
    """

    def __init__(self, path: Path, progress: Progress | None) -> None:
        self.path = path
        with open(path, "rb") as fh:  # a zip (.xlsx/.xlsm): look at its sheets' sizes first
            zipped = fh.read(4) == b"PK\x03\x04"
        self.sparse = oversized_sheets(path) if zipped else set()
        self.book = _open(path)
        self.progress = progress
        self.parsed: dict[str, CalamineSheet | SparseSheet] = {}
        self._abandoned = False
        self._seconds = path.stat().st_size / _PARSE_BYTES_PER_SECOND

    def sheet(
        self, name: str, span: tuple[float, float] = (0.0, _PARSED)
    ) -> CalamineSheet | SparseSheet:
        """The sheet `name`, parsed on first use while the progress moves across `span`."""
        if name in self.parsed:
            return self.parsed[name]
        message = f'Reading the sheet "{name}" of {self.path.name}'
        expected = self._seconds * (span[1] - span[0]) / _PARSED
        try:
            sheet = run_beside(lambda: self._get(name), self.progress, message, expected, span)
        except Cancelled:
            self._abandoned = True
            raise
        self.parsed[name] = sheet
        return sheet

    def _get(self, name: str) -> CalamineSheet | SparseSheet:
        if name in self.sparse:  # a far-corner cell: calamine would allocate the whole area
            return SparseSheet(self.path, name)
        try:
            return self.book.get_sheet_by_name(name)
        except Exception as exc:
            log.info("calamine cannot read sheet %r of %s: %r", name, self.path.name, exc)
            raise _damaged(self.path) from exc

    def close(self) -> None:
        """Close the file, unless a parse abandoned on Cancel may still use it (calamine would
        refuse; the workbook is then freed when that parse ends)."""
        if not self._abandoned:
            self.book.close()


def _native(raw: list[list[Any]]) -> list[list[Any]]:
    """Cells as the reader returns them: '' -> None, whole floats -> int (Excel keeps every
    number as a float; customer number 17850 must not turn into "17850.0" later).

    Used on the few rows where the header is looked for; the data rows go column by column
    through `_tidy_column`, which gives the same cells.
    """
    return [[_cell(v) for v in row] for row in raw]


def _cell(v: Any) -> Any:
    if v == "":
        return None
    if type(v) is float and v.is_integer() and -_FLOAT_INT_LIMIT < v < _FLOAT_INT_LIMIT:
        return int(v)
    return v


def _tidy_column(column: np.ndarray) -> None:
    """`_native` for one column of an object array, in place and in C where the column allows.

    A column of floats (and blanks) is converted as a whole; a column mixing floats with texts
    or other cells (stock codes 85123 beside "85123A") goes cell by cell.
    """
    empty = column == ""
    if empty.any():
        column[empty] = None
    kind = infer_dtype(column, skipna=True)
    if kind in _NO_FLOATS:
        return
    if kind == "floating":
        numbers = column.astype("float64")  # blanks (None) become NaN, never whole
        whole = (numbers == np.trunc(numbers)) & (np.abs(numbers) < _FLOAT_INT_LIMIT)
        if whole.any():
            column[whole] = numbers[whole].astype(np.int64).astype(object)
        return
    limit = _FLOAT_INT_LIMIT  # inline: a function call per cell would double the time
    column[:] = [
        int(v) if type(v) is float and v.is_integer() and -limit < v < limit else v for v in column
    ]


def _body_frame(
    rows: list[list[Any]], columns: list[str], progress: Progress | None
) -> pd.DataFrame:
    """The data rows as a frame of native cells (see `_native`), one object column each."""
    width = len(columns)
    body = [r if len(r) == width else r[:width] + [None] * (width - len(r)) for r in rows]
    grid = np.array(body, dtype=object) if body else np.empty((0, width), dtype=object)
    if grid.shape != (len(body), width):  # pragma: no cover - calamine gives only plain cells
        return pd.DataFrame(_native(body), columns=columns, dtype=object)
    for j in range(width):
        report(progress, _TAKEN + (1 - _TAKEN) * j / max(1, width), "Reading the cells")
        _tidy_column(grid[:, j])
    return pd.DataFrame(grid, columns=columns, dtype=object, copy=False)


def _rows(sheet: CalamineSheet | SparseSheet, path: Path, nrows: int | None) -> list[list[Any]]:
    """The sheet's rows as calamine gives them (blank cells as '', numbers as floats)."""
    try:
        return sheet.to_python(skip_empty_area=True, nrows=nrows)
    except Exception as exc:
        log.info("calamine cannot read the cells of %s: %r", path.name, exc)
        raise _damaged(path) from exc


def _choose_sheet(book: _Book, names: list[str]) -> str:
    """The sheet whose header looks most like orders (a date and a number column), then the
    one with the most rows; the first sheet when none has a table (or it is the only one)."""
    if len(names) == 1:
        return names[0]
    best: tuple[int, int, int] | None = None
    chosen = names[0]
    for position, name in enumerate(names):
        span = (_PARSED * position / len(names), _PARSED * (position + 1) / len(names))
        sheet = book.sheet(name, span)
        rows = _native(_rows(sheet, book.path, SNIFF_ROWS))
        if not any(sniff.cell_kind(v) != sniff.EMPTY for r in rows for v in r):
            continue
        start = sniff.locate_table(rows)
        data_rows = sheet.height - start.index - int(start.has_header)
        body = rows[start.index + int(start.has_header) :]
        score = sniff.orders_score(body, start.width)
        key = (score, data_rows, -position)
        log.debug("sheet %r of %s: orders score %d, %d rows", name, book.path.name, score,
                  data_rows)  # fmt: skip
        if best is None or key > best:
            best, chosen = key, name
    return chosen


def read_workbook(
    path: Path,
    fmt: str,
    sheet: str | None,
    no_header: bool | None,
    nrows: int | None,
    read_text: TextReader | None,
    disguised: bool = False,
    progress: Progress | None = None,
) -> RawTable:
    """Read one sheet of a workbook; `read_text` reads a ".xls" that turns out to be text.

    `progress` is called while the sheet is parsed, then per column; a Cancel it raises stops
    the read.
    """
    report(progress, 0.0, say("Opening {file}", file=path.name))
    if fmt == "xls" and not disguised and read_text is not None and _is_text_file(path):
        if _is_web_page(path):
            raise FileUnreadableError(
                f"{path.name} is a web page saved with an Excel name, not a real workbook. "
                "Open it in Excel and save it as .xlsx or CSV, then open that file."
            )
        log.info("%s is text despite its .xls name", path.name)
        table = read_text(path, "txt", no_header, nrows, progress)
        note = f"{path.name} is a text table, not an Excel workbook; it was read as text."
        return _with_note(table, fmt, note)
    book = _Book(path, progress)
    try:
        table = _read_book(book, fmt, sheet, no_header, nrows, disguised)
    finally:
        book.close()
    report(
        progress,
        1.0,
        say("Read {count:,} rows from {file}", count=len(table.frame), file=path.name),
    )
    return table


def _with_note(table: RawTable, fmt: str, note: str) -> RawTable:
    return replace(table, format=fmt, notes=(note, *table.notes))


def _read_book(
    book: _Book,
    fmt: str,
    sheet: str | None,
    no_header: bool | None,
    nrows: int | None,
    disguised: bool,
) -> RawTable:
    path = book.path
    names = _worksheets(book.book)
    if not names:
        raise FileUnreadableError(f"{path.name} has no worksheet with cells in it.")
    if sheet is not None and sheet not in names:
        listed = ", ".join(f'"{n}"' for n in names)
        raise FileUnreadableError(
            f'{path.name} has no sheet named "{sheet}". Its sheets are: {listed}. Pick one of them.'
        )
    chosen = sheet if sheet is not None else _choose_sheet(book, names)
    calamine_sheet = book.sheet(chosen)
    report(
        book.progress,
        _PARSED,
        say('Reading the sheet "{sheet}" of {file}', sheet=chosen, file=path.name),
    )
    # One read of the rows; the header is looked for among the first SNIFF_ROWS of them, so
    # a preview of `nrows` rows needs at most SNIFF_ROWS + nrows.
    rows = _rows(calamine_sheet, path, None if nrows is None else SNIFF_ROWS + nrows)
    report(book.progress, _TAKEN, "Reading the cells")
    head = _native(rows[:SNIFF_ROWS])
    if not any(sniff.cell_kind(v) != sniff.EMPTY for r in head for v in r):
        raise FileUnreadableError(
            f'The sheet "{chosen}" of {path.name} is empty. Choose the sheet that holds the orders.'
        )
    start = sniff.locate_table(head, no_header)
    skip = start.index + int(start.has_header)
    end = None if nrows is None else skip + nrows
    width = max([start.width, *(len(r) for r in rows[start.index : end])])
    if start.has_header:
        header = head[start.index]
        columns = sniff.header_names(header, width)
        auto = [not sniff.label_of(header[j] if j < len(header) else None) for j in range(width)]
    else:
        columns, auto = sniff.default_names(width), [True] * width
    frame = _body_frame(rows[skip:end], columns, book.progress)
    del rows
    notes: list[str] = []
    if disguised:
        notes.append(
            say("{file} is an Excel workbook although its name says otherwise.", file=path.name)
        )
    frame = sniff.drop_empty(frame, auto, notes)
    if frame.empty:
        raise FileUnreadableError(
            f'The sheet "{chosen}" of {path.name} has column names but no rows of orders below '
            "them. Choose the sheet that holds the orders, or export them again."
        )
    first_row = calamine_sheet.start[0] if calamine_sheet.start else 0
    header_row = first_row + start.index + 1 if start.has_header else None
    if start.index:
        notes.append(
            say(
                "Skipped {count:,} title or blank row(s) at the top of the sheet.",
                count=start.index,
            )
        )
    if not start.has_header:
        notes.append(
            say("The first row holds data, not column names: columns are named Column 1, ...")
        )
    if len(names) > 1 and sheet is None:
        others = ", ".join(f'"{n}"' for n in names if n != chosen)
        notes.append(
            say('Read the sheet "{sheet}" (the one that holds orders); also in the file: {others}.',
                sheet=chosen, others=others)
        )  # fmt: skip
    log.info("read %s sheet %r: %d rows x %d columns, header row %s",
             path.name, chosen, len(frame), frame.shape[1], header_row)  # fmt: skip
    return RawTable(
        frame=frame,
        path=path,
        format=fmt,
        sheet=chosen,
        sheets=tuple(names),
        header_row=header_row,
        notes=tuple(notes),
    )
