"""Reading Excel and OpenDocument workbooks (.xlsx .xlsm .xls .ods) through python-calamine.

A shop's workbook often holds more than the orders: a "Returns" list, a "People" sheet, notes.
The sheet read by default is the one that looks most like orders; cells keep their native
types (dates as dates, numbers as numbers) so nothing is lost to text formatting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd
from python_calamine import CalamineSheet, CalamineWorkbook, PasswordError, SheetTypeEnum

from core.errors import FileUnreadableError
from core.ingest import sniff
from core.ingest.types import RawTable

log = logging.getLogger(__name__)

WORKBOOK_FORMATS = ("xlsx", "xlsm", "xls", "ods")
#: Rows of each sheet looked at to find its header and judge whether it holds orders.
SNIFF_ROWS = 60
_FLOAT_INT_LIMIT = 2.0**53

#: Reads a file as text: (path, format, no_header, nrows) -> RawTable.
TextReader = Callable[[Path, str, "bool | None", "int | None"], RawTable]


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
    return sniff.detect_encoding(head, more_follows=True) is not None


def _is_web_page(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<html", b"<!doctype", b"<table", b"<?xml", b"<meta"))


def _native(raw: list[list[Any]]) -> list[list[Any]]:
    """Cells as the reader returns them: '' -> None, whole floats -> int (Excel keeps every
    number as a float; customer number 17850 must not turn into "17850.0" later).

    One inline comprehension: a function call per cell doubles the time of a large sheet.
    """
    limit = _FLOAT_INT_LIMIT
    return [
        [
            None
            if v == ""
            else (int(v) if type(v) is float and v.is_integer() and -limit < v < limit else v)
            for v in row
        ]
        for row in raw
    ]


def _sheet(book: CalamineWorkbook, name: str, path: Path) -> CalamineSheet:
    try:
        return book.get_sheet_by_name(name)
    except Exception as exc:
        log.info("calamine cannot read sheet %r of %s: %r", name, path.name, exc)
        raise _damaged(path) from exc


def _rows(sheet: CalamineSheet, path: Path, nrows: int | None) -> list[list[Any]]:
    try:
        raw = sheet.to_python(skip_empty_area=True, nrows=nrows)
    except Exception as exc:
        log.info("calamine cannot read the cells of %s: %r", path.name, exc)
        raise _damaged(path) from exc
    return _native(raw)


def _choose_sheet(
    book: CalamineWorkbook, names: list[str], path: Path, loaded: dict[str, CalamineSheet]
) -> str:
    """The sheet whose header looks most like orders (a date and a number column), then the
    one with the most rows; the first sheet when none has a table. Sheets parsed on the way
    are kept in `loaded` (calamine parses a sheet again on each request)."""
    best: tuple[int, int, int] | None = None
    chosen = names[0]
    for position, name in enumerate(names):
        sheet = loaded[name] = _sheet(book, name, path)
        rows = _rows(sheet, path, SNIFF_ROWS)
        if not any(sniff.cell_kind(v) != sniff.EMPTY for r in rows for v in r):
            continue
        start = sniff.locate_table(rows)
        data_rows = sheet.height - start.index - int(start.has_header)
        body = rows[start.index + int(start.has_header) :]
        score = sniff.orders_score(body, start.width)
        key = (score, data_rows, -position)
        log.debug("sheet %r of %s: orders score %d, %d rows", name, path.name, score, data_rows)
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
) -> RawTable:
    """Read one sheet of a workbook; `read_text` reads a ".xls" that turns out to be text."""
    if fmt == "xls" and not disguised and read_text is not None and _is_text_file(path):
        if _is_web_page(path):
            raise FileUnreadableError(
                f"{path.name} is a web page saved with an Excel name, not a real workbook. "
                "Open it in Excel and save it as .xlsx or CSV, then open that file."
            )
        log.info("%s is text despite its .xls name", path.name)
        table = read_text(path, "txt", no_header, nrows)
        note = f"{path.name} is a text table, not an Excel workbook; it was read as text."
        return _with_note(table, fmt, note)
    book = _open(path)
    try:
        return _read_book(book, path, fmt, sheet, no_header, nrows, disguised)
    finally:
        book.close()


def _with_note(table: RawTable, fmt: str, note: str) -> RawTable:
    return replace(table, format=fmt, notes=(note, *table.notes))


def _read_book(
    book: CalamineWorkbook,
    path: Path,
    fmt: str,
    sheet: str | None,
    no_header: bool | None,
    nrows: int | None,
    disguised: bool,
) -> RawTable:
    names = _worksheets(book)
    if not names:
        raise FileUnreadableError(f"{path.name} has no worksheet with cells in it.")
    if sheet is not None and sheet not in names:
        listed = ", ".join(f'"{n}"' for n in names)
        raise FileUnreadableError(
            f'{path.name} has no sheet named "{sheet}". Its sheets are: {listed}. Pick one of them.'
        )
    loaded: dict[str, CalamineSheet] = {}
    chosen = sheet if sheet is not None else _choose_sheet(book, names, path, loaded)
    calamine_sheet = loaded.get(chosen) or _sheet(book, chosen, path)
    head = _rows(calamine_sheet, path, SNIFF_ROWS)
    if not any(sniff.cell_kind(v) != sniff.EMPTY for r in head for v in r):
        raise FileUnreadableError(
            f'The sheet "{chosen}" of {path.name} is empty. Choose the sheet that holds the orders.'
        )
    start = sniff.locate_table(head, no_header)
    skip = start.index + int(start.has_header)
    rows = _rows(calamine_sheet, path, None if nrows is None else skip + nrows)
    width = max([start.width, *(len(r) for r in rows[start.index :])])
    if start.has_header:
        header = rows[start.index]
        columns = sniff.header_names(header, width)
        auto = [not sniff.label_of(header[j] if j < len(header) else None) for j in range(width)]
    else:
        columns, auto = sniff.default_names(width), [True] * width
    body = [r if len(r) == width else r[:width] + [None] * (width - len(r)) for r in rows[skip:]]
    frame = pd.DataFrame(body, columns=columns, dtype=object)
    notes: list[str] = []
    if disguised:
        notes.append(f"{path.name} is an Excel workbook although its name says otherwise.")
    frame = sniff.drop_empty(frame, auto, notes)
    if frame.empty:
        raise FileUnreadableError(
            f'The sheet "{chosen}" of {path.name} has column names but no rows of orders below '
            "them. Choose the sheet that holds the orders, or export them again."
        )
    first_row = calamine_sheet.start[0] if calamine_sheet.start else 0
    header_row = first_row + start.index + 1 if start.has_header else None
    if start.index:
        notes.append(f"Skipped {start.index} title or blank row(s) at the top of the sheet.")
    if not start.has_header:
        notes.append("The first row holds data, not column names: columns are named Column 1, ...")
    if len(names) > 1 and sheet is None:
        others = ", ".join(f'"{n}"' for n in names if n != chosen)
        notes.append(f'Read the sheet "{chosen}" (the one that holds orders); also in the file: '
                     f"{others}.")  # fmt: skip
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
