"""Parsing a delimited text file with pandas' C parser, once its layout is known.

`core.ingest.text_reader` finds the layout on a sample (encoding, delimiter, title lines,
header); this module runs the whole file through `pd.read_csv` with those options, reporting
progress and letting a Cancel through, re-reads a file whose later lines change encoding, and
turns the parser's errors into sentences that say what to fix.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import re
import zlib
from pathlib import Path
from typing import Any

import pandas as pd

from core.beside import run_beside
from core.errors import FileUnreadableError
from core.ingest import sniff
from core.ingest.charsets import Encoding, detect_encoding
from core.ingest.sniff import WHITESPACE
from core.messages import say
from core.progress import Progress, report

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
NA_SET = frozenset(NA_VALUES)

try:  # pandas' parser then builds Arrow strings, no Python object per cell: ~2x faster
    import pyarrow

    _CELL_DTYPE: Any = pd.ArrowDtype(pyarrow.large_string())
except ImportError:  # pragma: no cover - pyarrow is optional for pandas
    _CELL_DTYPE = object
_TOO_MANY_FIELDS = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")


def damaged(path: Path) -> FileUnreadableError:
    return FileUnreadableError(
        f"{path.name} is damaged or was not completely written (the compressed data ends too "
        "early). Copy or export it again."
    )


def too_many_fields(path: Path, expected: int, line: int, seen: int) -> FileUnreadableError:
    return FileUnreadableError(
        f"Line {line:,} of {path.name} has {seen} cells where the lines above have {expected}, "
        "so its values cannot be put in the right columns (often a delimiter inside a text "
        "that is not in quotes). Fix that line in a spreadsheet, or export the file again."
    )


def csv_options(encoding: Encoding, delimiter: str, compressed: bool) -> dict[str, Any]:
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


def frame_from_csv(
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
    options = csv_options(encoding, delimiter, compressed)
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
            raise too_many_fields(path, expected, line, seen) from exc
        raise FileUnreadableError(
            f"{path.name} cannot be read as a table: a quoted text never ends or the lines are "
            "not consistent. Open it in a spreadsheet to check it, or export it again."
        ) from exc
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise damaged(path) from exc


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
