"""Analysis results kept in the shop file: one table per result, rewritten whole by each run.

Why: the report and the headless `analyze` command want the full per-customer, per-product and
per-series tables, while the JSON carries only counts and top rows. Results are derived data, so
they are replaced (not migrated) on every run, inside one transaction: a reader never sees half a
table. `analysis_results` records which run (as-of date, time) wrote each table.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd

from core.errors import StoreError
from core.store import transaction

log = logging.getLogger(__name__)

_NAME = re.compile(r"^[a-z][a-z0-9_]{0,40}$")
_CHUNK = 50_000


def result_table_name(name: str) -> str:
    if not _NAME.match(name):
        raise StoreError(f"'{name}' is not a valid result name (lower-case letters, digits, _).")
    return f"result_{name}"


def _sql_type(series: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(series) or pd.api.types.is_integer_dtype(series):
        return "INTEGER"
    if pd.api.types.is_float_dtype(series):
        return "REAL"
    return "TEXT"


def _cells(series: pd.Series) -> list[Any]:
    """One column as Python values SQLite accepts: NaN/NaT -> NULL, dates -> ISO text."""
    if pd.api.types.is_datetime64_any_dtype(series):
        text = series.dt.strftime("%Y-%m-%d %H:%M:%S").str.removesuffix(" 00:00:00")
        return [None if pd.isna(v) else str(v) for v in text]
    if pd.api.types.is_bool_dtype(series):
        return [int(v) for v in series]
    if pd.api.types.is_integer_dtype(series):
        return [None if pd.isna(v) else int(v) for v in series]
    if pd.api.types.is_float_dtype(series):
        values = series.to_numpy(dtype="float64")
        return [None if not np.isfinite(v) else float(v) for v in values]
    return [None if pd.isna(v) else str(v) for v in series]


def save_result(
    conn: sqlite3.Connection, name: str, frame: pd.DataFrame, as_of: date | None = None
) -> str:
    """Replace result table `name` with `frame` in one transaction; returns the table name."""
    table = result_table_name(name)
    columns = [str(c) for c in frame.columns]
    for column in columns:
        if not _NAME.match(column):
            raise StoreError(f"Result column '{column}' of {name} is not a plain lower-case name.")
    ddl = ", ".join(f"{c} {_sql_type(frame[c])}" for c in columns)
    placeholders = ", ".join("?" for _ in columns)
    data = [_cells(frame[c]) for c in columns]
    with transaction(conn):
        conn.execute(f"DROP TABLE IF EXISTS {table}")
        conn.execute(f"CREATE TABLE {table} ({ddl})")
        rows = list(zip(*data, strict=True)) if columns else []
        for start in range(0, len(rows), _CHUNK):
            conn.executemany(
                f"INSERT INTO {table} VALUES ({placeholders})", rows[start : start + _CHUNK]
            )
        conn.execute(
            "INSERT OR REPLACE INTO analysis_results (name, table_name, rows, as_of, saved_at) "
            "VALUES (?,?,?,?,?)",
            (
                name,
                table,
                len(frame),
                as_of.isoformat() if as_of else None,
                datetime.now().isoformat(timespec="seconds"),
            ),
        )
    log.info("saved %d rows of %s", len(frame), table)
    return table


def load_result(conn: sqlite3.Connection, name: str) -> pd.DataFrame | None:
    """A saved result table, or None when no analysis has written it yet."""
    table = result_table_name(name)
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)
    ).fetchone()
    if row is None:
        return None
    return pd.read_sql_query(f"SELECT * FROM {table}", conn)


def saved_results(conn: sqlite3.Connection) -> pd.DataFrame:
    """Which result tables the shop file holds, and when each was written."""
    return pd.read_sql_query("SELECT * FROM analysis_results ORDER BY name", conn)
