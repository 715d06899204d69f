"""Reading a text export (CSV/TSV/TXT, gzipped or not) into a RawTable.

Nothing is interpreted here: every cell stays a string (so "00123" keeps its zeros). The layout
(encoding, delimiter, title rows, header) is guessed on a small sample by `core.ingest.sniff`;
the whole file then goes through pandas' C parser with those options, so a 500,000-line export
reads about as fast as a plain `pd.read_csv`, while progress is reported and a Cancel noticed.
"""

from __future__ import annotations

import codecs
import gzip
import io
import logging
import os
import re
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from core.errors import FileUnreadableError
from core.ingest import limits, sniff
from core.ingest.beside import run_beside
from core.ingest.charsets import Encoding, detect_encoding
from core.ingest.quotes import merged_lines_note
from core.ingest.sniff import WHITESPACE
from core.ingest.types import RawTable
from core.ingest.workbooks import read_workbook
from core.messages import say
from core.progress import Progress, report

__all__ = ["NA_VALUES", "SMALL_FILE_BYTES", "read_text"]

log = logging.getLogger(__name__)

#: A text file this small is parsed from the sample already in memory, without pandas' parser.
SMALL_FILE_BYTES = sniff.SAMPLE_BYTES
#: Bytes of a gzipped file read at a time: progress is reported (and a Cancel noticed) after
#: each, about 100,000 lines of an export.
READ_BYTES = 1 << 20
#: Speed assumed for pandas' parser on a plain file, to move the progress bar meanwhile.
PARSE_BYTES_PER_SECOND = 200e6
#: Share of the progress for the parse; the rest is building the table, reported at its end.
_READ_SHARE = 0.95

#: Cell texts read as "missing". "NA" is not among them: it is Namibia's country code.
NA_VALUES: tuple[str, ...] = (
    "", "#N/A", "#N/A N/A", "#NA", "N/A", "n/a", "NULL", "null", "NaN", "nan", "-NaN", "-nan",
    "None", "<NA>",
)  # fmt: skip
_NA_SET = frozenset(NA_VALUES)

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_GZIP_MAGIC = b"\x1f\x8b"
try:  # pandas' parser then builds Arrow strings, no Python object per cell: ~2x faster
    import pyarrow

    _CELL_DTYPE: Any = pd.ArrowDtype(pyarrow.large_string())
except ImportError:  # pragma: no cover - pyarrow is optional for pandas
    _CELL_DTYPE = object
_TOO_MANY_FIELDS = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")
_ENCODING_NAMES = {
    "utf_8": "UTF-8",
    "utf_8_sig": "UTF-8",
    "utf_16_le": "UTF-16 (Unicode text)",
    "utf_16_be": "UTF-16 (Unicode text)",
    "gb18030": "Chinese GBK/GB18030",
    "big5": "Traditional Chinese Big5",
    "cp932": "Japanese Shift-JIS",
    "cp949": "Korean EUC-KR",
    "cp1252": "Western European (Windows-1252)",
    "latin_1": "Western European (Latin-1)",
}


def _damaged(path: Path) -> FileUnreadableError:
    return FileUnreadableError(
        f"{path.name} is damaged or was not completely written (the compressed data ends too "
        "early). Copy or export it again."
    )


def _sample(path: Path) -> tuple[bytes, bool, bool]:
    """(first bytes after decompression, read through gzip, more bytes follow)."""
    with open(path, "rb") as fh:
        head = fh.read(sniff.SAMPLE_BYTES + 1)
    compressed = head.startswith(_GZIP_MAGIC)
    if compressed:
        try:
            with gzip.open(path, "rb") as gz:
                head = gz.read(sniff.SAMPLE_BYTES + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise _damaged(path) from exc
    more = len(head) > sniff.SAMPLE_BYTES
    return head[: sniff.SAMPLE_BYTES], compressed, more


def _not_a_table(path: Path) -> FileUnreadableError:
    return FileUnreadableError(
        f"{path.name} does not look like a table of orders (it is not text, CSV or Excel). "
        "Check that you picked the right file, or export the orders again as CSV or Excel."
    )


def _sample_text(sample: bytes, encoding: Encoding, more: bool) -> str:
    """The decoded sample with "\\n" line ends, cut after its last complete line."""
    text = sample.decode(encoding.codec, errors="replace").lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if more and "\n" in text:
        text = text[: text.rindex("\n") + 1]
    return text


def read_text(
    path: Path,
    fmt: str,
    no_header: bool | None,
    nrows: int | None,
    progress: Progress | None = None,
) -> RawTable:
    """Read a text file of orders as it is (see `core.ingest.readers.read_table`).

    `fmt` is the format its name says ("csv", "tsv", "txt"): a ".tsv" with one column is read
    as tab-separated. A file that is really a workbook under a text name is read as one.
    `progress` is called between blocks of lines; a Cancel it raises stops the read.
    """
    report(progress, 0.0, say("Reading {file}", file=path.name))
    sample, compressed, more = _sample(path)
    if not sample.strip():
        raise FileUnreadableError(f"The file {path.name} is empty. Export the orders again.")
    if sample.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        kind = "xls" if sample.startswith(_OLE_MAGIC) else "xlsx"
        log.info("%s is a %s workbook despite its name", path.name, kind)
        return read_workbook(
            path, kind, None, no_header, nrows, None, disguised=True, progress=progress
        )
    encoding = detect_encoding(sample, more_follows=more)
    if encoding is None:
        raise _not_a_table(path)
    text = _sample_text(sample, encoding, more)
    if more and "\n" not in text:  # one endless line: nothing below could be a table of orders
        raise limits.no_line_break(path, sniff.SAMPLE_BYTES)
    if not text.strip():
        raise FileUnreadableError(f"The file {path.name} is empty. Export the orders again.")
    if text.lstrip()[:15].lower().startswith(("<html", "<!doctype html", "<table")):
        raise FileUnreadableError(
            f"{path.name} is a web page, not a table of orders. Open it in Excel and save it as "
            ".xlsx or CSV, then open that file."
        )
    delimiter = sniff.detect_delimiter(text, default="\t" if fmt == "tsv" else ",")
    lines: list[int] = []
    records = sniff.split_records(text, delimiter, lines=lines)
    for record, line in zip(records, lines, strict=True):
        limits.check_columns(path, len(record), f"Line {line:,}")
    start = sniff.locate_table(records, no_header)
    names, auto = _column_names(path, records, lines, start)
    width = len(names)
    skip = start.index + int(start.has_header)
    notes: list[str] = []
    if not more and len(sample) <= SMALL_FILE_BYTES:
        all_lines: list[int] = []
        all_records = sniff.split_records(text, delimiter, len(text) + 1, all_lines)
        frame = _frame_from_records(path, all_records, all_lines, names, skip, nrows)
    else:
        frame, encoding = _frame_from_csv(
            path, encoding, delimiter, compressed, names, start, nrows, notes, progress
        )
    # pandas' own text dtype ("str", NaN when missing), whichever way the cells were parsed.
    frame = frame.astype("str")
    limits.check_cells(frame, path, first_row=skip + 1)
    merged = merged_lines_note(frame, path, delimiter, skip + 1)
    if merged:
        notes.append(merged)
    frame = sniff.drop_empty(frame, auto, notes)
    if frame.empty:
        raise _no_rows(path, start.has_header)
    notes[:0] = _layout_notes(encoding, start.index, start.has_header, width)
    log.info(
        "read %s: %d rows x %d columns, %s, delimiter %r, header row %s",
        path.name, len(frame), frame.shape[1], encoding.name, delimiter,
        start.index + 1 if start.has_header else None,
    )  # fmt: skip
    table = RawTable(
        frame=frame,
        path=path,
        format=fmt,
        encoding=encoding.name,
        delimiter=delimiter,
        header_row=start.index + 1 if start.has_header else None,
        compressed=compressed,
        notes=tuple(notes),
    )
    report(progress, 1.0, say("Read {count:,} rows from {file}", count=len(frame), file=path.name))
    return table


def _column_names(
    path: Path, records: list[list[str]], lines: list[int], start: sniff.TableStart
) -> tuple[list[str], list[bool]]:
    """The table's column names, and which of them were made up (no name in the header).

    Lines may end in extra empty cells (a trailing delimiter): they widen the table by unnamed
    columns, dropped later when empty. A line with extra filled cells cannot be lined up with
    the header and is an error the user has to fix.
    """
    body = start.index + int(start.has_header)
    if not start.has_header:
        width = max([start.width, *(len(r) for r in records[start.index :])])
        return sniff.default_names(width), [True] * width
    header = records[start.index]
    width = len(header)
    for record, line in zip(records[body:], lines[body:], strict=True):
        if len(record) > width and any(c.strip() for c in record[width:]):
            raise _too_many_fields(path, width, line, len(record))
    width = max([width, *(len(r) for r in records[body:])])
    auto = [j >= len(header) or not sniff.label_of(header[j]) for j in range(width)]
    return sniff.header_names(header, width), auto


def _no_rows(path: Path, has_header: bool) -> FileUnreadableError:
    if has_header:
        return FileUnreadableError(
            f"{path.name} has column names but no rows of orders below them. Export the orders "
            "again and check that the chosen period has orders."
        )
    return FileUnreadableError(f"The file {path.name} is empty. Export the orders again.")


def _layout_notes(encoding: Encoding, skipped: int, has_header: bool, width: int) -> list[str]:
    notes = []
    if encoding.name not in ("utf_8", "utf_8_sig"):
        label = _ENCODING_NAMES.get(encoding.name, encoding.name)
        notes.append(
            say("The file is written in the {encoding} encoding; it was read as such.",
                encoding=label)
        )
    if skipped:
        notes.append(
            say("Skipped {count:,} title or blank line(s) above the header.", count=skipped)
            if has_header
            else say("Skipped {count:,} title or blank line(s) above the first row of data.",
                     count=skipped)
        )
    if not has_header:
        notes.append(
            say("The first line holds data, not column names, so the columns are named Column "
                "1, Column 2, ... Column {count}.", count=width)
            if width > 2
            else say("The first line holds data, not column names, so the columns are named "
                     "Column 1, Column 2.")
        )
    return notes


def _too_many_fields(path: Path, expected: int, line: int, seen: int) -> FileUnreadableError:
    return FileUnreadableError(
        f"Line {line:,} of {path.name} has {seen} cells where the lines above have {expected}, "
        "so its values cannot be put in the right columns (often a delimiter inside a text "
        "that is not in quotes). Fix that line in a spreadsheet, or export the file again."
    )


def _frame_from_records(
    path: Path,
    records: list[list[str]],
    lines: list[int],
    names: list[str],
    skip: int,
    nrows: int | None,
) -> pd.DataFrame:
    """A small file's frame built from records already parsed, with pandas' rules: blank lines
    skipped, missing cells padded, NA_VALUES as NaN, a line wider than the header an error."""
    width = len(names)
    rows: list[list[Any]] = []
    for number, record in zip(lines[skip:], records[skip:], strict=True):
        if not record or (len(record) == 1 and not record[0].strip()):
            continue
        if nrows is not None and len(rows) >= nrows:
            break
        if len(record) > width:
            raise _too_many_fields(path, width, number, len(record))
        cells: list[Any] = [np.nan if c in _NA_SET else c for c in record]
        rows.append(cells + [np.nan] * (width - len(cells)))
    return pd.DataFrame(rows, columns=names, dtype=object)


def _csv_options(encoding: Encoding, delimiter: str, compressed: bool) -> dict[str, Any]:
    return {
        "sep": r"\s+" if delimiter == WHITESPACE else delimiter,
        # pandas only takes its fast UTF-8 path for the canonical spelling "utf-8".
        "encoding": codecs.lookup(encoding.codec).name,
        "compression": "gzip" if compressed else None,
        "dtype": _CELL_DTYPE,
        "index_col": False,
        "keep_default_na": False,
        "na_values": list(NA_VALUES),
        "skip_blank_lines": True,
        "engine": "c",
    }


def _frame_from_csv(
    path: Path,
    encoding: Encoding,
    delimiter: str,
    compressed: bool,
    names: list[str],
    start: sniff.TableStart,
    nrows: int | None,
    notes: list[str],
    progress: Progress | None,
) -> tuple[pd.DataFrame, Encoding]:
    """The whole file through pandas' C parser with the options sniffed from the sample, and
    the encoding it was finally read with.

    `skiprows` only when there are title lines: pandas' parser is ~20% slower with it.
    """
    options = _csv_options(encoding, delimiter, compressed)
    options.update(
        names=names,
        header=0 if start.has_header else None,
        skiprows=start.index or None,
        nrows=nrows,
    )
    try:
        try:
            return _parse(path, compressed, options, progress), encoding
        except UnicodeDecodeError:
            return _reread_other_encoding(path, compressed, encoding, options, notes)
    except pd.errors.ParserError as exc:
        found = _TOO_MANY_FIELDS.search(str(exc))
        if found:
            expected, line, seen = (int(g) for g in found.groups())
            raise _too_many_fields(path, expected, line, seen) from exc
        raise FileUnreadableError(
            f"{path.name} cannot be read as a table: a quoted text never ends or the lines are "
            "not consistent. Open it in a spreadsheet to check it, or export it again."
        ) from exc
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise _damaged(path) from exc


class _Watched(io.FileIO):
    """A gzipped file on disk, telling `progress` how far the decompression has read it.

    Each read (a megabyte of compressed data) reports the position in the file; the
    `Cancelled` a report raises goes up through pandas' parser, which hands exceptions from its
    source on unchanged. Reading from this handle costs nothing against reading from the path.
    """

    def __init__(self, path: Path, progress: Progress | None) -> None:
        super().__init__(path, "r")
        self._progress = progress
        self._size = max(1, os.fstat(self.fileno()).st_size)
        self._message = say("Reading {file}", file=path.name)

    def readinto(self, buffer: Any) -> int | None:
        count = super().readinto(buffer)
        if count:
            report(self._progress, _READ_SHARE * self.tell() / self._size, self._message)
        return count


def _parse(
    path: Path, compressed: bool, options: dict[str, Any], progress: Progress | None
) -> pd.DataFrame:
    """`pd.read_csv` of the whole file, reporting progress (and letting a Cancel through).

    A plain file is given to pandas by its path, which pandas parses in parallel threads
    (from a handle it reads ~40% slower, in blocks of rows slower still); the read runs beside
    the job's thread. A gzipped file is decompressed here through a `_Watched` handle.
    """
    if not compressed:
        return run_beside(
            lambda: pd.read_csv(path, **options),
            progress,
            say("Reading {file}", file=path.name),
            expected_seconds=path.stat().st_size / PARSE_BYTES_PER_SECOND,
            span=(0.0, _READ_SHARE),
        )
    with (
        io.BufferedReader(_Watched(path, progress), buffer_size=READ_BYTES) as raw,
        gzip.GzipFile(fileobj=raw, mode="rb") as source,
    ):
        return pd.read_csv(source, **{**options, "compression": None})


def _reread_other_encoding(
    path: Path, compressed: bool, first: Encoding, options: dict[str, Any], notes: list[str]
) -> tuple[pd.DataFrame, Encoding]:
    """A file whose first part reads in one encoding but whose later lines do not (a UTF-8
    looking start, then "Café" in Windows-1252): guess again where the first undecodable
    byte is; if that fails too, read it with the unreadable characters replaced.

    The whole file is held in memory here; this only happens for such mixed files."""
    opener = gzip.open if compressed else open
    with opener(path, "rb") as fh:
        data = fh.read()
    options = {**options, "compression": None}
    try:
        data.decode(first.codec)
        bad = 0
    except UnicodeDecodeError as exc:
        bad = exc.start
    window = data[max(0, bad - 4096) : bad + sniff.SAMPLE_BYTES]
    found = detect_encoding(window, more_follows=True)
    if found is not None and found.codec != first.codec:
        try:
            frame = pd.read_csv(io.BytesIO(data), **{**options, "encoding": found.codec})
        except UnicodeDecodeError:
            pass
        else:
            return frame, found
    notes.append(
        say("Some characters of the file could not be read in any encoding and show as '\ufffd'.")
    )
    return pd.read_csv(io.BytesIO(data), **options, encoding_errors="replace"), first
