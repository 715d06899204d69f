"""The shop file: one SQLite database per shop.

Why the shapes here:
- `order_lines.line_key` is the natural key and the table's INTEGER PRIMARY KEY: a 64-bit hash
  of a line's content plus its occurrence number among identical lines of the same file. Writing
  with INSERT OR IGNORE makes a second import of the same rows a no-op and an overlapping later
  export add only its new lines, with no secondary unique index to maintain.
- One import is one transaction (BEGIN IMMEDIATE ... COMMIT); an error or a Cancel rolls back,
  leaving the file exactly as it was.
- Rows go in as column tuples through `executemany` in chunks (the fast path measured in
  bench/import_bench.py), with progress between chunks so a Cancel is honoured quickly.
- Customers, products and daily sales are views over `order_lines`: always in step with the
  lines, at no cost to an import.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from core.errors import StoreError
from core.progress import Progress, report
from core.schema import LINE_COLUMNS, TEXT_FIELDS
from core.shop_file import check_before_open, check_integrity, friendly_error
from core.store_schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)
#: Order lines read between two cancel points of load_lines.
LOAD_BLOCK = 50_000

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


#: Seconds a writer waits for another program's lock before saying the shop is in use.
BUSY_TIMEOUT_S = 30.0


def open_shop(path: Path, check: bool = False) -> sqlite3.Connection:
    """Open (creating if needed) a shop file, migrated to the current schema.

    Refused untouched, with a message for the user (core.shop_file): a folder, a name the disk
    refuses, a read-only file, another program's database. `check=True` also runs SQLite's
    quick check (before an import and when the window opens a shop) and refuses damaged pages.
    The connection is in autocommit mode; writers open their own transaction explicitly.
    """
    path = Path(path)
    check_before_open(path)
    conn: sqlite3.Connection | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S
        )
        if check:
            check_integrity(conn, path)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA cache_size=-200000")  # 200 MB page cache: keyed inserts stay in RAM
        _migrate(conn)
    except (OSError, sqlite3.Error, StoreError) as exc:
        if conn is not None:
            conn.close()
        raise friendly_error(exc, path) from exc
    return conn


@contextmanager
def shop_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """`open_shop` as a context manager: the connection is closed however the block ends."""
    conn = open_shop(path)
    try:
        yield conn
    finally:
        conn.close()


def create_shop(path: Path) -> None:
    """Create an empty shop file (File → New shop)."""
    open_shop(path).close()


def _migrate(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            "This shop file was written by a newer ShopLens. Update ShopLens to open it."
        )
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with transaction(conn):
            for statement in MIGRATIONS[target]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version={target}")
        log.info("shop schema migrated to version %d", target)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception or Cancel (a BaseException)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        # SQLite may already have rolled back by itself (a full disk, an I/O error): a second
        # ROLLBACK would then hide the real error behind "no transaction is active".
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


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
                report(progress, stop / max(total, 1), f"Saved {stop:,} of {total:,} lines")
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
            _save_mapping(conn, *saved_layout)
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


def load_lines(
    conn: sqlite3.Connection,
    as_of: date | None = None,
    columns: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """Order lines (up to and including `as_of`) as a canonical frame (core.schema), in date
    order; text columns come back in pandas' string type (missing values are NaN). `columns`
    limits what is read: an analysis that needs eight columns reads half the values
    (bench/overview_bench.py). Read in blocks of LOAD_BLOCK rows, each a cancel point of
    `progress`: half a million lines take seconds, and Cancel must not wait for them."""
    wanted = [c for c in LINE_COLUMNS if columns is None or c in columns]
    sql = f"SELECT {', '.join(wanted)} FROM order_lines"
    params: tuple[Any, ...] = ()
    if as_of is not None:
        sql += " WHERE order_date < ?"
        params = ((pd.Timestamp(as_of) + pd.Timedelta(days=1)).strftime("%Y-%m-%d"),)
    cursor = conn.execute(sql, params)
    rows: list[Any] = []
    while block := cursor.fetchmany(LOAD_BLOCK):
        rows += block
        report(progress, 0.0, "Loading orders")
    # Column by column from the fetched tuples: text stays Python str/None (object), numbers
    # become float64 at once, with no detour through pandas' type inference.
    values = list(zip(*rows, strict=True)) if rows else [() for _ in wanted]
    data: dict[str, Any] = {}
    for column, cells in zip(wanted, values, strict=True):
        report(progress, 0.0, "Loading orders")
        if column in TEXT_FIELDS:
            # pandas' own string type: contiguous, so grouping and counting by order or
            # customer runs ~5x faster than on Python objects (bench/overview_bench.py)
            data[column] = pd.Series(np.array(cells, dtype=object), dtype="str")
        elif column == "order_date":
            dates = pd.to_datetime(np.array(cells, dtype=object), format="ISO8601")
            data[column] = dates.astype("datetime64[ns]")
        elif column == "is_return":
            data[column] = np.array(cells, dtype=bool)
        elif column == "line_no":
            data[column] = np.array(cells, dtype="int64")
        else:
            data[column] = np.array(cells, dtype="float64")  # NULL -> nan
    frame = pd.DataFrame(data, columns=wanted)
    if "order_date" in frame:
        by = [c for c in ("order_date", "line_no") if c in frame]
        frame = frame.sort_values(by, kind="stable", ignore_index=True)
    return frame


def data_version(conn: sqlite3.Connection) -> int:
    """A counter that moves whenever lines are added, changed or taken out (not when an
    import adds nothing): a stored analysis result is current only for the version it saw."""
    row = conn.execute("SELECT value FROM shop_meta WHERE key='data_version'").fetchone()
    return 0 if row is None else int(row[0])


def bump_data_version(conn: sqlite3.Connection) -> int:
    """Move the data version on (inside the caller's transaction); returns the new one."""
    version = data_version(conn) + 1
    conn.execute(
        "INSERT OR REPLACE INTO shop_meta (key, value) VALUES ('data_version', ?)", (str(version),)
    )
    return version


def shop_currency(conn: sqlite3.Connection) -> str | None:
    """The currency most of the shop's lines are in (None for an empty shop or one whose
    files never said): what a new import is checked against."""
    row = conn.execute(
        "SELECT currency FROM order_lines WHERE currency IS NOT NULL "
        "GROUP BY currency ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    return None if row is None else str(row[0])


def line_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM order_lines").fetchone()[0])


def data_checksum(conn: sqlite3.Connection) -> str:
    """A digest of every stored row: equal before and after means the data did not change."""
    import hashlib

    digest = hashlib.sha256()
    for table in ("imports", "order_lines", "saved_mappings"):
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


def _save_mapping(
    conn: sqlite3.Connection, signature: str, mapping: dict[str, str], columns: list[str]
) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO saved_mappings (signature, mapping_json, columns_json, "
        "saved_at) VALUES (?,?,?,?)",
        (
            signature,
            json.dumps(mapping, ensure_ascii=False),
            json.dumps(columns, ensure_ascii=False),
            datetime.now().isoformat(timespec="seconds"),
        ),
    )


def save_mapping(
    conn: sqlite3.Connection, signature: str, mapping: dict[str, str], columns: list[str]
) -> None:
    """Remember the mapping the user confirmed for one file layout (header signature)."""
    with transaction(conn):
        _save_mapping(conn, signature, mapping, columns)


def saved_mapping(conn: sqlite3.Connection, signature: str) -> dict[str, str] | None:
    row = conn.execute(
        "SELECT mapping_json FROM saved_mappings WHERE signature=?", (signature,)
    ).fetchone()
    return None if row is None else dict(json.loads(row[0]))


def imports_table(conn: sqlite3.Connection) -> pd.DataFrame:
    """The import history, newest first (for the Import tab and the report)."""
    return pd.read_sql_query("SELECT * FROM imports ORDER BY id DESC", conn)
