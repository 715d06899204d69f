"""Reading an order export (CSV/TSV/TXT, gzipped or not, or a workbook) into a RawTable.

Nothing is interpreted here: every cell of a text file stays a string (so "00123" keeps its
zeros), workbook cells keep their native types. This module picks the reader by the file's
name and checks the file can be opened; text files are read by `core.ingest.text_reader`,
workbooks by `core.ingest.workbooks`.
"""

from __future__ import annotations

from pathlib import Path

from core.errors import FileUnreadableError
from core.ingest.text_reader import read_text
from core.ingest.types import RawTable
from core.ingest.workbooks import WORKBOOK_FORMATS, list_workbook_sheets, read_workbook
from core.progress import Progress

__all__ = ["SUPPORTED_SUFFIXES", "list_sheets", "read_table"]

#: File name endings the reader accepts, for the GUI's file dialog filter.
SUPPORTED_SUFFIXES: tuple[str, ...] = (
    ".csv",
    ".tsv",
    ".txt",
    ".csv.gz",
    ".tsv.gz",
    ".txt.gz",
    ".xlsx",
    ".xlsm",
    ".xls",
    ".ods",
)
_TEXT_FORMATS = {".csv": "csv", ".tsv": "tsv", ".txt": "txt"}


def _format_of(path: Path) -> str:
    """The format named by the file's suffix, or FileUnreadableError for one we cannot read."""
    name = path.name.lower()
    base = name[:-3] if name.endswith(".gz") else name
    suffix = Path(base).suffix
    if suffix in _TEXT_FORMATS:
        return _TEXT_FORMATS[suffix]
    if suffix.lstrip(".") in WORKBOOK_FORMATS and base == name:
        return suffix.lstrip(".")
    kind = f'"{Path(name).suffix}" files' if Path(name).suffix else "files without a type ending"
    raise FileUnreadableError(
        f"ShopLens cannot read {kind} such as {path.name}. Export your orders as CSV or Excel "
        f"({', '.join(SUPPORTED_SUFFIXES)}) and open that file."
    )


def _check_exists(path: Path) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise FileUnreadableError(
            f"The file {path.name} was not found. It may have been moved or renamed; "
            "choose it again."
        ) from None
    except OSError as exc:
        raise FileUnreadableError(f"The file {path.name} cannot be opened ({exc}).") from exc
    if path.is_dir():
        raise FileUnreadableError(f"{path.name} is a folder, not a file. Choose the export file.")
    if size == 0:
        raise FileUnreadableError(f"The file {path.name} is empty. Export the orders again.")


def read_table(
    path: Path,
    sheet: str | None = None,
    no_header: bool | None = None,
    nrows: int | None = None,
    progress: Progress | None = None,
) -> RawTable:
    """Read a file of orders as it is, guessing its layout.

    `sheet` picks a workbook sheet (default: the one that looks most like orders),
    `no_header` forces (True) or refuses (False) a header-less reading (None: guess), `nrows`
    limits the data rows read (the preview reads 200). `progress` is called from 0 to 1 while
    the file is read (between blocks of lines, sheets and columns); the `Cancelled` it raises
    when the user presses Cancel stops the read. Raises FileUnreadableError with a message for
    the shop operator when the file cannot be read as a table.
    """
    path = Path(path)
    fmt = _format_of(path)
    _check_exists(path)
    try:
        if fmt in WORKBOOK_FORMATS:
            return read_workbook(path, fmt, sheet, no_header, nrows, read_text, progress=progress)
        return read_text(path, fmt, no_header, nrows, progress)
    except PermissionError as exc:
        raise _locked(path) from exc


def _locked(path: Path) -> FileUnreadableError:
    return FileUnreadableError(
        f"{path.name} cannot be opened: it is locked or you may not read it. If it is open in "
        "Excel or another program, close it there and try again."
    )


def list_sheets(path: Path) -> list[str]:
    """The sheets of a workbook, in workbook order; [] for a text file."""
    path = Path(path)
    fmt = _format_of(path)
    if fmt not in WORKBOOK_FORMATS:
        return []
    _check_exists(path)
    try:
        return list_workbook_sheets(path)
    except PermissionError as exc:
        raise _locked(path) from exc
