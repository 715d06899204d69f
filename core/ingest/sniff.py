"""Guessing how a file is laid out: its delimiter, where the table starts, what cells look like.

Shops export with whatever their system was set to (semicolons from a German Excel, tabs from
"Unicode text", runs of spaces from an old till), often with a title line above the header. The
reader looks at a small sample only and then hands these guesses to a fast parser, so everything
here works on a few hundred kilobytes at most. The encoding is guessed in `core.ingest.charsets`.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import islice

import pandas as pd

from core.ingest.charsets import Encoding, detect_encoding

__all__ = [
    "DELIMITERS",
    "MAX_TITLE_ROWS",
    "SAMPLE_BYTES",
    "SNIFF_RECORDS",
    "WHITESPACE",
    "Encoding",
    "TableStart",
    "cell_kind",
    "column_kinds",
    "default_names",
    "detect_delimiter",
    "detect_encoding",
    "drop_empty",
    "header_names",
    "label_of",
    "locate_table",
    "make_unique",
    "orders_score",
    "split_records",
]

log = logging.getLogger(__name__)

#: Bytes (after decompression) looked at to guess the encoding and the layout.
SAMPLE_BYTES = 256 * 1024
#: Records looked at to guess the delimiter, the header and the table's first row.
SNIFF_RECORDS = 200
#: Rows above the header that may be titles, notes or blanks.
MAX_TITLE_ROWS = 30

WHITESPACE = "whitespace"
DELIMITERS = (",", ";", "\t", "|")


# --- records and delimiters -------------------------------------------------------------------


def split_records(
    text: str, delimiter: str, limit: int = SNIFF_RECORDS, lines: list[int] | None = None
) -> list[list[str]]:
    """The first `limit` records of `text`, honouring quotes; a blank line gives [].

    `text` must use "\\n" line ends. With WHITESPACE, fields are runs of non-blank characters.
    When `lines` is given, the 1-based line on which each record starts is appended to it.
    """
    if delimiter == WHITESPACE:
        out = [line.split() for line in islice(io.StringIO(text), limit)]
        if lines is not None:
            lines.extend(range(1, len(out) + 1))
        return out
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=False)
    out = []
    lines_read = 0
    try:
        for record in islice(reader, limit):
            if lines is not None:
                lines.append(lines_read + 1)
            out.append(record)
            lines_read = reader.line_num
    except csv.Error:  # e.g. a field too large: judge by what was read
        pass
    return out


def _consistency(records: list[list[str]]) -> tuple[int, int, float]:
    """(records with the most common field count, that count, share of non-blank records)."""
    counts = [len(r) for r in records if any(c.strip() for c in r)]
    if not counts:
        return 0, 0, 0.0
    tally = Counter(counts)
    width, hits = max(tally.items(), key=lambda kv: (kv[1], kv[0]))
    return hits, width, hits / len(counts)


def detect_delimiter(text: str, default: str = ",") -> str:
    """The delimiter that splits the sample's lines into the same number of fields most often.

    Explicit delimiters come first; runs of spaces only when none of them splits the lines
    consistently (a comma file has spaces inside its cells too). A file whose lines are never
    split is one column wide and gets `default`.
    """
    lines = text.split("\n", SNIFF_RECORDS)[:SNIFF_RECORDS]
    sample = "\n".join(lines)
    best: tuple[int, int] = (0, 0)
    chosen: str | None = None
    for delim in DELIMITERS:
        if delim not in sample:
            continue
        hits, width, share = _consistency(split_records(sample, delim))
        if width >= 2 and share >= 0.5 and (hits, width) > best:
            best, chosen = (hits, width), delim
    if chosen is not None:
        return chosen
    hits, width, share = _consistency(split_records(sample, WHITESPACE))
    filled = [line for line in lines if line.strip()]
    # Space-aligned tables pad their columns (CDNOW: " 00001 19970101  1   11.77"); a single
    # column of names with one space each is not such a table.
    aligned = sum(1 for line in filled if "  " in line.strip() or line[:1] in (" ", "\t"))
    if width >= 2 and share >= 0.8 and aligned >= 0.5 * len(filled):
        return WHITESPACE
    return default


# --- what cells look like ---------------------------------------------------------------------

_NUMBER = re.compile(
    r"""^[(+-]?\s*(?:[$€£¥₹]|[A-Z]{3}\s)?\s*[+-]?
    (?:\d{1,3}(?:[,.'\s]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?
    \s*(?:%|[$€£¥₹元]|\s[A-Z]{3})?\)?$""",
    re.VERBOSE,
)
_DATE = re.compile(
    r"""^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}
    |\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}
    |\d{4}年\d{1,2}月\d{1,2}日
    |\d{1,2}[\s-][A-Za-z]{3,9}\.?[\s-]\d{2,4}
    |[A-Za-z]{3,9}\.?\s\d{1,2},?\s\d{4})
    (?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC)?)?$""",
    re.VERBOSE,
)

EMPTY, NUMBER, DATE, TEXT = "empty", "number", "date", "text"


def cell_kind(value: object) -> str:
    """'empty', 'number', 'date' or 'text', for text cells and native Excel values alike."""
    if value is None:
        return EMPTY
    if isinstance(value, bool):
        return TEXT
    if isinstance(value, int | float):
        return EMPTY if value != value else NUMBER  # NaN is empty
    if isinstance(value, datetime | date | time):
        return DATE
    text = str(value).strip()
    if not text:
        return EMPTY
    if _DATE.match(text):
        return DATE
    if _NUMBER.match(text):
        return NUMBER
    return TEXT


def _is_value(kind: str) -> bool:
    return kind in (NUMBER, DATE)


def column_kinds(rows: Sequence[Sequence[object]], width: int) -> list[str]:
    """The kind most non-empty cells of each column have (EMPTY for an empty column)."""
    out = []
    for j in range(width):
        tally = Counter(cell_kind(r[j]) for r in rows if j < len(r))
        tally.pop(EMPTY, None)
        if not tally:
            out.append(EMPTY)
            continue
        kind, hits = tally.most_common(1)[0]
        out.append(kind if hits >= 0.6 * sum(tally.values()) else TEXT)
    return out


# --- where the table starts -------------------------------------------------------------------


@dataclass(frozen=True)
class TableStart:
    """Where the table begins among the first rows: `index` of its first row (0-based in the
    rows given), whether that row is a header, and the table's width in columns."""

    index: int
    has_header: bool
    width: int


def _filled(row: Sequence[object]) -> int:
    return sum(1 for v in row if cell_kind(v) != EMPTY)


def _span(row: Sequence[object]) -> int:
    for j in range(len(row) - 1, -1, -1):
        if cell_kind(row[j]) != EMPTY:
            return j + 1
    return 0


def locate_table(rows: Sequence[Sequence[object]], no_header: bool | None = None) -> TableStart:
    """Skip title and blank rows above the table and decide whether its first row is a header.

    A title ("订单报表 2024-01-01 至 2024-01-31", "Sales report") fills one or two cells of a
    row that the table fills more than half of; the first row filled like the table is where it
    starts. That row is data, not a header, when its cells look like the values below them
    (numbers, dates) and none of them is a label over a column of numbers or dates.
    """
    width = max((_span(r) for r in rows), default=0)
    need = 1 if width <= 1 else max(2, (width + 1) // 2)
    start = next((i for i, r in enumerate(rows[: MAX_TITLE_ROWS + 1]) if _filled(r) >= need), None)
    if start is None:
        start = next((i for i, r in enumerate(rows) if _filled(r) > 0), 0)
    if no_header is not None:
        return TableStart(start, not no_header, width)
    first = list(rows[start]) if start < len(rows) else []
    below = [r for r in rows[start + 1 :] if _filled(r) > 0]
    first_kinds = [cell_kind(first[j]) if j < len(first) else EMPTY for j in range(width)]
    if not below:
        return TableStart(start, not any(_is_value(k) for k in first_kinds), width)
    kinds = column_kinds(below, width)
    header_votes = sum(
        1 for f, k in zip(first_kinds, kinds, strict=True) if f == TEXT and _is_value(k)
    )
    data_votes = sum(
        1 for f, k in zip(first_kinds, kinds, strict=True) if _is_value(f) and _is_value(k)
    )
    return TableStart(start, not (data_votes > 0 and header_votes == 0), width)


def header_names(cells: Sequence[object], width: int) -> list[str]:
    """Column names from a header row: stripped, BOM removed, blanks named "Column N", unique.

    A repeated name gets ".2", ".3", ... so "Name", "Name" becomes "Name", "Name.2".
    """
    names: list[str] = []
    for j in range(width):
        value = cells[j] if j < len(cells) else None
        names.append(label_of(value) or f"Column {j + 1}")
    return make_unique(names)


def label_of(value: object) -> str:
    """A header cell as a column name ("" for a blank cell); 2024.0 becomes "2024"."""
    if value is None or isinstance(value, str):
        return (value or "").replace("\ufeff", "").strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date().isoformat()
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value).strip()


def make_unique(names: Sequence[str]) -> list[str]:
    """Names with repeats numbered from 2, skipping numbers another column already uses."""
    taken = set(names)
    seen: set[str] = set()
    out = []
    for name in names:
        new = name
        if name in seen:
            n = 2
            while f"{name}.{n}" in taken:
                n += 1
            new = f"{name}.{n}"
            taken.add(new)
        seen.add(name)
        out.append(new)
    return out


def default_names(width: int) -> list[str]:
    """Names "Column 1", "Column 2", ... for a table without a header row."""
    return [f"Column {j + 1}" for j in range(width)]


def orders_score(rows: Sequence[Sequence[object]], width: int) -> int:
    """How much a table's rows look like orders: one point each for a date column and a
    number column, so "Orders" beats "Returns" (Yes, order id) and "People" (names, regions)."""
    kinds = column_kinds(rows, width)
    return int(DATE in kinds) + int(NUMBER in kinds)


# --- tidying the table ------------------------------------------------------------------------


def drop_empty(frame: pd.DataFrame, auto_named: Sequence[bool], notes: list[str]) -> pd.DataFrame:
    """Leave out columns with neither a name in the header nor a value (trailing delimiters).

    Empty rows stay: cleaning counts them as excluded "empty row", so the import report
    accounts for every row of the file.
    """
    if frame.empty:
        return frame
    names = list(frame.columns)
    unnamed = [
        n for n, auto in zip(names, auto_named, strict=True) if auto and frame[n].isna().all()
    ]
    if unnamed and len(unnamed) < len(names):
        frame = frame.drop(columns=unnamed)
    return frame
