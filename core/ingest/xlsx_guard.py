"""Checks on an .xlsx/.xlsm before its sheets are parsed, and a sparse reader for the odd one.

Why: calamine (the fast reader) builds each sheet as a dense grid of its used area. One value
in the far corner (XFD1048576) makes that area 17 billion cells and the process aborts inside
the native code, where no Python `except` can catch it; one 400 MB cell costs minutes and
gigabytes. Both are visible cheaply in the zip before parsing:

- the `<dimension ref="A1:XFD1048576">` at the top of each sheet's XML says the area; a sheet
  whose area is beyond `limits.MAX_DENSE_CELLS` (or wider than `limits.MAX_COLUMNS`) is read
  cell by cell instead (openpyxl's streaming parser), keeping only rows and columns that hold
  values, so memory follows the data, not the declared area;
- a text run in the shared strings longer than a cell may hold is found by streaming the part
  (1 MB at a time) and the file refused in a sentence.
"""

from __future__ import annotations

import logging
import re
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any
from xml.etree import ElementTree

from core.errors import FileUnreadableError
from core.ingest import limits

log = logging.getLogger(__name__)

_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"')
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
#: UTF-8 takes at most 4 bytes a character: a run of this many bytes is over the cell limit.
_RUN_BYTES = 4 * limits.MAX_CELL_CHARS + 1
_LONG_RUN = re.compile(rb"[^<]{%d,}" % _RUN_BYTES)
#: Unpacked / packed size beyond which a part is checked for a giant cell.
_SUSPICIOUS_RATIO = 50


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> path of its XML part inside the zip."""
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_NS_PKG}Relationship")}
    parts = {}
    for sheet in book.iter(f"{_NS_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_NS_REL}id"), "")
        path = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl", target))
        parts[sheet.get("name", "")] = path
    return parts


def oversized_sheets(path: Path) -> set[str]:
    """Names of the sheets whose declared area is too large to read densely.

    Also refuses (FileUnreadableError) a workbook whose shared strings hold a giant cell.
    A workbook this cannot look into is left to the normal reader and its messages.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            _check_shared_strings(archive, path)
            parts = _sheet_parts(archive)
            names = set(archive.namelist())
            large = set()
            for name, part in parts.items():
                if part not in names:
                    continue
                with archive.open(part) as fh:
                    head = fh.read(8192)
                found = _DIMENSION.search(head)
                if found is None or found.group(3) is None:
                    continue
                first, last = found.group(1).decode(), found.group(3).decode()
                cols = _column_number(last) - _column_number(first) + 1
                rows = int(found.group(4)) - int(found.group(2)) + 1
                if cols > limits.MAX_COLUMNS or cols * rows > limits.MAX_DENSE_CELLS:
                    log.info("sheet %r of %s declares %d x %d cells: read sparsely", name,
                             path.name, rows, cols)  # fmt: skip
                    large.add(name)
            return large
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as exc:
        log.info("cannot look into %s before reading it: %r", path.name, exc)
        return set()


def _check_shared_strings(archive: zipfile.ZipFile, path: Path) -> None:
    """Stream the shared strings, and any part that unpacks suspiciously well (a giant cell of
    one repeated character: 400 kB on disk, 400 MB unpacked), for a text run over the limit.
    Ordinary sheet XML unpacks 5-15 times and is not read twice."""
    for info in archive.infolist():
        if info.file_size < _RUN_BYTES or not info.filename.endswith(".xml"):
            continue
        ratio = info.file_size / max(1, info.compress_size)
        if info.filename == "xl/sharedStrings.xml" or ratio > _SUSPICIOUS_RATIO:
            _scan_part(archive, info, path)


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> None:
    carry = b""
    with archive.open(info) as fh:
        while block := fh.read(1 << 20):
            data = carry + block
            if _LONG_RUN.search(data):
                raise FileUnreadableError(
                    f"{path.name} holds a cell of more than {limits.MAX_CELL_CHARS:,} characters, "
                    "more than any order field can hold (Excel itself stops there). The file is "
                    "damaged or not an order export: export the orders again."
                )
            cut = data.rfind(b"<")
            carry = data[cut:] if cut >= 0 else data[-_RUN_BYTES:]


class SparseSheet:
    """A sheet read cell by cell, holding only the rows and columns that have values.

    Offers what the workbook reader uses of calamine's sheet: `height`, `start` and
    `to_python(skip_empty_area, nrows)`, with blank cells as "" like calamine.
    """

    def __init__(self, path: Path, name: str) -> None:
        from openpyxl import load_workbook
        from openpyxl.worksheet._reader import WorkSheetParser

        book = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet: Any = book[name]
            cells: dict[int, dict[int, Any]] = {}
            with sheet._get_source() as source:
                parser = WorkSheetParser(
                    source,
                    sheet._shared_strings,
                    data_only=True,
                    epoch=book.epoch,
                    date_formats=book._date_formats,
                    timedelta_formats=book._timedelta_formats,
                )
                for index, row in parser.parse():
                    values = {c["column"]: c["value"] for c in row if c["value"] not in (None, "")}
                    if values:
                        cells[index] = values
        finally:
            book.close()
        used = sorted({c for row in cells.values() for c in row})
        limits.check_columns(path, len(used), f'The sheet "{name}"')
        position = {c: j for j, c in enumerate(used)}
        self._rows: list[list[Any]] = []
        for index in sorted(cells):
            out: list[Any] = [""] * len(used)
            for column, value in cells[index].items():
                out[position[column]] = value
            self._rows.append(out)
        self.height = len(self._rows)
        self.start = (min(cells) - 1, used[0] - 1) if cells else None

    def to_python(self, skip_empty_area: bool = True, nrows: int | None = None) -> list[list[Any]]:
        return self._rows if nrows is None else self._rows[:nrows]
