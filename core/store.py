"""The shop file: one SQLite database per shop.

Why the shapes here:
- Autocommit connections; writers open their own transaction (BEGIN IMMEDIATE ... COMMIT), so an
  error or a Cancel rolls back and leaves the file exactly as it was. Writing an import is
  core.import_writer's; undoing one is core.import_history's.
- Customers, products and daily sales are views over `order_lines`: always in step with the
  lines, at no cost to an import.
- `shop_meta.data_version` moves whenever lines change, so a stored analysis result knows
  whether it is still current.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from core.errors import StoreError
from core.progress import Progress, report
from core.schema import LINE_COLUMNS, TEXT_FIELDS
from core.shop_file import check_before_open, check_integrity, friendly_error
from core.store_schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)
#: Order lines read and converted between two cancel points of load_lines: small enough that
#: a window waiting on the interpreter meanwhile waits one block (bench/loading_gap_bench.py).
LOAD_BLOCK = 10_000

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


def _typed(column: str, cells: tuple[Any, ...]) -> Any:
    """One block of one column, from the fetched tuples to its type: text as Arrow strings
    (pandas' own string storage), numbers as float64 at once, with no detour through pandas'
    type inference."""
    if column in TEXT_FIELDS:
        return pa.array(np.array(cells, dtype=object), type=pa.large_string(), from_pandas=True)
    if column == "order_date":
        return pd.to_datetime(np.array(cells, dtype=object), format="ISO8601").to_numpy(
            "datetime64[ns]"
        )
    if column == "is_return":
        return np.array(cells, dtype=bool)
    if column == "line_no":
        return np.array(cells, dtype="int64")
    return np.array(cells, dtype="float64")  # NULL -> nan


def _joined(column: str, parts: list[Any]) -> Any:
    """The blocks of one column as one column (an empty shop gives an empty one)."""
    if column in TEXT_FIELDS:
        # pandas' own string type, one contiguous array: grouping and counting by order or
        # customer runs ~5x faster than on Python objects (bench/overview_bench.py).
        joined = pa.chunked_array(parts, type=pa.large_string()).combine_chunks()
        return pd.Series(joined, dtype="str")
    if not parts:
        return _typed(column, ())
    return np.concatenate(parts)


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
    # Each block becomes typed columns at once, and the blocks are joined at the end: every
    # conversion is then one block long, so a window waiting on the interpreter while a worker
    # loads half a million lines waits one block's conversion, not the whole file's.
    blocks: dict[str, list[Any]] = {c: [] for c in wanted}
    while block := cursor.fetchmany(LOAD_BLOCK):
        report(progress, 0.0, "Loading orders")
        for column, cells in zip(wanted, zip(*block, strict=True), strict=True):
            blocks[column].append(_typed(column, cells))
    data: dict[str, Any] = {}
    for column, parts in blocks.items():
        report(progress, 0.0, "Loading orders")
        data[column] = _joined(column, parts)
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


def write_mapping(
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
        write_mapping(conn, signature, mapping, columns)


def saved_mapping(conn: sqlite3.Connection, signature: str) -> dict[str, str] | None:
    row = conn.execute(
        "SELECT mapping_json FROM saved_mappings WHERE signature=?", (signature,)
    ).fetchone()
    return None if row is None else dict(json.loads(row[0]))


def imports_table(conn: sqlite3.Connection) -> pd.DataFrame:
    """The import history, newest first (for the Import tab and the report)."""
    return pd.read_sql_query("SELECT * FROM imports ORDER BY id DESC", conn)
