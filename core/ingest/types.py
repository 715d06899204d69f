"""Data passed between the ingest steps (read -> map -> clean)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd


@dataclass(frozen=True)
class RawTable:
    """A table as read from a file, before any column is interpreted.

    `frame` has one column per source column, named by the header (stripped, made unique) or
    "Column 1", "Column 2", ... when the file has no header row. CSV cells are strings (None/NaN
    for empty); Excel cells keep their native types (float, int, str, datetime, bool, None).
    """

    frame: pd.DataFrame
    path: Path
    format: str  # "csv", "tsv", "txt", "xlsx", "xlsm", "xls", "ods"
    encoding: str | None = None  # text files only, e.g. "utf_8", "utf_8_sig", "gb18030"
    delimiter: str | None = None  # ",", ";", "\t", "|" or "whitespace"
    sheet: str | None = None  # workbook only: the sheet read
    sheets: tuple[str, ...] = ()  # workbook only: every sheet, in workbook order
    header_row: int | None = 1  # 1-based row of the header in the file/sheet; None: no header
    compressed: bool = False  # read through gzip
    notes: tuple[str, ...] = ()  # what the reader decided and the user may want to know

    @property
    def columns(self) -> list[str]:
        return [str(c) for c in self.frame.columns]


@dataclass(frozen=True)
class FieldMatch:
    """One canonical field and the source column it was found in."""

    field: str  # a name from core.schema.CANONICAL_FIELDS
    source: str  # the source column name (as in RawTable.columns)
    method: str  # "preset", "synonym", "values", "user", "saved"
    confidence: float  # 0..1


@dataclass(frozen=True)
class Mapping:
    """How the columns of one file were understood."""

    matches: tuple[FieldMatch, ...]
    preset: str | None = None  # e.g. "Shopify orders", "Taobao orders", "UCI Online Retail"

    def source_of(self, field_name: str) -> str | None:
        for m in self.matches:
            if m.field == field_name:
                return m.source
        return None

    def as_dict(self) -> dict[str, str]:
        """{canonical field: source column}, the form written to JSON and saved per layout."""
        return {m.field: m.source for m in self.matches}


@dataclass(frozen=True)
class CleanResult:
    """A canonical frame (core.schema.LINE_COLUMNS) and what was left out, with reasons."""

    lines: pd.DataFrame
    rows_read: int
    excluded: dict[str, int] = field(default_factory=dict)  # reason in words -> row count
    notes: tuple[str, ...] = ()
    #: orders the file shows as cancelled (none of their lines kept): an earlier import of them
    #: is taken back out of the shop
    cancelled_orders: tuple[str, ...] = ()
    #: how a/b/year dates were read ("dmy"/"mdy"; None for other ways of writing dates), and a
    #: date of the file that fits only that order (None: every date fitted both)
    date_order: str | None = None
    date_order_seen: str | None = None

    @property
    def rows_excluded(self) -> int:
        return sum(self.excluded.values())
