"""Reading a text export (CSV/TSV/TXT, gzipped or not) into a RawTable.

Nothing is interpreted here: every cell stays a string (so "00123" keeps its zeros). The layout
(encoding, delimiter, title rows, header) is guessed on a small sample by `core.ingest.sniff`;
the whole file then goes through pandas' C parser with those options (`core.ingest.csv_parse`),
so a 500,000-line export reads about as fast as a plain `pd.read_csv`, while progress is
reported and a Cancel noticed.
"""

from __future__ import annotations

import gzip
import logging
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from core.errors import FileUnreadableError
from core.ingest import limits, sniff
from core.ingest.charsets import Encoding, detect_encoding
from core.ingest.csv_parse import NA_SET, NA_VALUES, damaged, frame_from_csv, too_many_fields
from core.ingest.quotes import merged_lines_note
from core.ingest.types import RawTable
from core.ingest.workbooks import read_workbook
from core.messages import say
from core.progress import Progress, report

__all__ = ["NA_VALUES", "SMALL_FILE_BYTES", "read_text"]

log = logging.getLogger(__name__)

#: A text file this small is parsed from the sample already in memory, without pandas' parser.
SMALL_FILE_BYTES = sniff.SAMPLE_BYTES
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_GZIP_MAGIC = b"\x1f\x8b"
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
            raise damaged(path) from exc
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
        frame, encoding = frame_from_csv(
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
            raise too_many_fields(path, width, line, len(record))
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
            raise too_many_fields(path, width, number, len(record))
        cells: list[Any] = [np.nan if c in NA_SET else c for c in record]
        rows.append(cells + [np.nan] * (width - len(cells)))
    return pd.DataFrame(rows, columns=names, dtype=object)


