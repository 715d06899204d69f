"""Writing one import into the shop file: its lines, what it changed, its contacts.

Why the shapes here:
- `order_lines.line_key` is the natural key and the table's INTEGER PRIMARY KEY: a 64-bit hash
  of a line's content plus its occurrence number among identical lines of the same file. Writing
  with INSERT OR IGNORE makes a second import of the same rows a no-op and an overlapping later
  export add only its new lines, with no secondary unique index to maintain.
- One import is one transaction (BEGIN IMMEDIATE ... COMMIT); an error or a Cancel rolls back,
  leaving the file exactly as it was.
- Rows go in as column tuples through `executemany` in chunks (the fast path measured in
  bench/import_bench.py), with progress between chunks so a Cancel is honoured quickly.
- What an import changes in lines the shop already had is kept (`import_changes`), so the
  import can be undone (core.import_history).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pandas as pd

from core.messages import say
from core.progress import Progress, report
from core.schema import LINE_COLUMNS, TEXT_FIELDS
from core.store import bump_data_version, line_count, transaction, write_mapping

log = logging.getLogger(__name__)

#: Columns that identify a line: a later export of the same order line hashes the same even when
#: its status or refund has moved on.
KEY_COLUMNS: tuple[str, ...] = (
    "order_id",
    "order_date",
    "customer_id",
    "sku",
    "product_name",
    "quantity",
    "unit_price",
    "amount",
    "is_return",
)
_INSERT_CHUNK = 50_000


@dataclass(frozen=True)
class ImportRecord:
    """What the `imports` table keeps about one imported file."""

    file_name: str
    file_size: int
    sha256: str
    format: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    header_row: int | None
    preset: str | None
    mapping: dict[str, str]
    rows_read: int
    excluded: dict[str, int]
    started_at: datetime
    currency: str | None = None  # the one currency of the file's amounts, when there is one


@dataclass(frozen=True)
class WriteCounts:
    import_id: int
    rows_imported: int  # new lines
    rows_already_present: int  # lines the shop had, unchanged
    rows_updated: int  # lines the shop had whose status, refund or discount has moved on
    rows_withdrawn: int = 0  # lines of orders this file shows as cancelled since


def line_keys(lines: pd.DataFrame) -> np.ndarray:
    """Natural key of each line: hash of its identifying content and its occurrence number.

    Identical lines within one file (a till that scanned an item twice) are kept apart by the
    occurrence number, so they are not mistaken for a re-import.
    """
    content = pd.util.hash_pandas_object(lines[list(KEY_COLUMNS)], index=False).to_numpy()
    occurrence = pd.Series(content).groupby(content).cumcount().to_numpy()
    keyed = pd.DataFrame({"content": content, "occurrence": occurrence})
    return pd.util.hash_pandas_object(keyed, index=False).to_numpy().view(np.int64)


def _column_array(lines: pd.DataFrame, column: str) -> np.ndarray:
    """One canonical column as a NumPy array of values SQLite binds directly."""
    series = lines[column]
    if column == "order_date":
        return np.datetime_as_string(series.to_numpy("datetime64[s]"), unit="s")
    if column in ("is_return", "line_no"):
        return series.to_numpy(dtype="int64")
    if column in TEXT_FIELDS:
        values = series.to_numpy(dtype=object, copy=True)
        values[pd.isna(values)] = None
        return values
    return series.to_numpy(dtype="float64")  # NaN binds as NULL in SQLite


#: What a later export of the same line may change: the line stays, these follow the export.
_MUTABLE = ("status", "refund_amount", "discount", "channel")
_UPSERT = (
    f"INSERT INTO order_lines (line_key, {', '.join(LINE_COLUMNS)}, import_id) "
    f"VALUES ({','.join('?' * (len(LINE_COLUMNS) + 2))}) "
    "ON CONFLICT(line_key) DO UPDATE SET "
    + ", ".join(f"{c}=excluded.{c}" for c in _MUTABLE)
    + " WHERE "
    + " OR ".join(f"order_lines.{c} IS NOT excluded.{c}" for c in _MUTABLE)
)


def write_import(
    conn: sqlite3.Connection,
    lines: pd.DataFrame,
    record: ImportRecord,
    progress: Progress | None = None,
    saved_layout: tuple[str, dict[str, str], list[str]] | None = None,
    cancelled_orders: Sequence[str] = (),
    contacts: pd.DataFrame | None = None,
    also: Callable[[sqlite3.Connection], None] | None = None,
) -> WriteCounts:
    """Write one import in a single transaction: its `imports` row, its lines and, when the
    user confirmed the mapping, that mapping for the layout (signature, mapping, columns).

    A line whose natural key is already in the shop is counted as already present; if its
    status, refund, discount or channel changed (an order refunded since the last export), those
    are brought up to date and the line is counted as updated. Lines of `cancelled_orders`
    (orders a later export shows as cancelled) are taken out and counted as withdrawn.
    """
    keys = line_keys(lines)
    # Rows go in key order: the primary-key B-tree then grows by appends instead of random page
    # splits (bench/import_bench.py). Columns are turned into Python values chunk by chunk, so
    # the peak memory is one chunk's objects, not the whole file's.
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    arrays = [_column_array(lines, c)[order] for c in LINE_COLUMNS]
    total = len(lines)
    with transaction(conn):
        cur = conn.execute(
            "INSERT INTO imports (file_name, file_size, sha256, format, encoding, delimiter, "
            "sheet, header_row, preset, mapping_json, rows_read, rows_excluded, excluded_json, "
            "started_at, status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?, 'running')",
            (
                record.file_name,
                record.file_size,
                record.sha256,
                record.format,
                record.encoding,
                record.delimiter,
                record.sheet,
                record.header_row,
                record.preset,
                json.dumps(record.mapping, ensure_ascii=False),
                record.rows_read,
                sum(record.excluded.values()),
                json.dumps(record.excluded, ensure_ascii=False),
                record.started_at.isoformat(timespec="seconds"),
            ),
        )
        import_id = int(cur.lastrowid or 0)
        with record_changes(conn, import_id):
            withdrawn = _withdraw_orders(conn, cancelled_orders)
            lines_before = line_count(conn)
            for start in range(0, total, _INSERT_CHUNK):
                stop = min(start + _INSERT_CHUNK, total)
                rows = zip(
                    keys[start:stop].tolist(),
                    *(a[start:stop].tolist() for a in arrays),
                    [import_id] * (stop - start),
                    strict=True,
                )
                conn.executemany(_UPSERT, rows)
                report(
                    progress,
                    stop / max(total, 1),
                    say("Saved {done:,} of {total:,} lines", done=stop, total=total),
                )
        imported = line_count(conn) - lines_before
        updated = int(
            conn.execute(
                "SELECT count(*) FROM import_changes WHERE import_id=? AND kind='updated'",
                (import_id,),
            ).fetchone()[0]
        )
        present = total - imported - updated
        if imported or updated or withdrawn:
            bump_data_version(conn)
        conn.execute(
            "UPDATE imports SET rows_imported=?, rows_already_present=?, rows_updated=?, "
            "rows_withdrawn=?, currency=?, finished_at=?, status='done' WHERE id=?",
            (
                imported,
                present,
                updated,
                withdrawn,
                record.currency,
                datetime.now().isoformat(timespec="seconds"),
                import_id,
            ),
        )
        if saved_layout is not None:
            write_mapping(conn, *saved_layout)
        if contacts is not None and len(contacts):
            _save_contacts(conn, contacts, import_id)
        if also is not None:  # e.g. the layout's date order (core.layout_memory)
            also(conn)
    return WriteCounts(import_id, imported, present, updated, withdrawn)


@contextmanager
def record_changes(conn: sqlite3.Connection, import_id: int) -> Iterator[None]:
    """While the block runs, keep in `import_changes` what import `import_id` changes: the
    earlier values of each line it brings up to date and each whole line it takes out. Undoing
    the import (core.import_history) puts them back.

    Temporary triggers of this connection only, so nothing else that writes lines is slowed,
    and lines an import merely adds (most of them) cost nothing here.
    """
    before_mutable = ", ".join(f"'{c}', OLD.{c}" for c in _MUTABLE)
    before_line = ", ".join(f"'{c}', OLD.{c}" for c in (*LINE_COLUMNS, "import_id"))
    watched = ", ".join(_MUTABLE)
    conn.execute(
        f"CREATE TEMP TRIGGER shoplens_line_updated AFTER UPDATE OF {watched} ON order_lines "
        f"BEGIN INSERT INTO import_changes (import_id, line_key, kind, before_json) "
        f"VALUES ({int(import_id)}, OLD.line_key, 'updated', json_object({before_mutable})); END"
    )
    conn.execute(
        "CREATE TEMP TRIGGER shoplens_line_withdrawn BEFORE DELETE ON order_lines "
        "BEGIN INSERT INTO import_changes (import_id, line_key, kind, before_json) "
        f"VALUES ({int(import_id)}, OLD.line_key, 'withdrawn', json_object({before_line})); END"
    )
    try:
        yield
    finally:
        conn.execute("DROP TRIGGER IF EXISTS temp.shoplens_line_updated")
        conn.execute("DROP TRIGGER IF EXISTS temp.shoplens_line_withdrawn")


_CONTACT_UPSERT = (
    "INSERT INTO customer_contacts (customer_id, email, phone, customer_name, accepts_marketing, "
    "import_id) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(customer_id) DO UPDATE SET "
    "email=coalesce(excluded.email, email), phone=coalesce(excluded.phone, phone), "
    "customer_name=coalesce(excluded.customer_name, customer_name), "
    "accepts_marketing=coalesce(excluded.accepts_marketing, accepts_marketing), "
    "import_id=excluded.import_id"
)


def _save_contacts(conn: sqlite3.Connection, contacts: pd.DataFrame, import_id: int) -> None:
    """The latest import's contacts win field by field; a field it leaves empty is kept."""
    fields = ["customer_id", "email", "phone", "customer_name", "accepts_marketing"]
    rows = contacts[fields].astype(object).where(contacts[fields].notna(), None)
    conn.executemany(
        _CONTACT_UPSERT,
        [(*row, import_id) for row in rows.itertuples(index=False, name=None)],
    )


def _withdraw_orders(conn: sqlite3.Connection, order_ids: Sequence[str]) -> int:
    """Delete the stored lines of these orders (inside the caller's transaction)."""
    if not order_ids:
        return 0
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS withdrawn_orders (order_id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM withdrawn_orders")
    conn.executemany("INSERT OR IGNORE INTO withdrawn_orders VALUES (?)", ((o,) for o in order_ids))
    cur = conn.execute(
        "DELETE FROM order_lines WHERE order_id IN (SELECT order_id FROM withdrawn_orders)"
    )
    conn.execute("DELETE FROM withdrawn_orders")
    return int(cur.rowcount)


