"""Analysis results kept in the shop file, through one mechanism, in one transaction each.

A section's whole typed result (core.sections.codec: JSON plus Parquet/array parts), its
summary, chart data, parameters, as-of date, the data version it was computed from, the app
version and when, go into `section_results` / `section_blobs`; the full tables it keeps are also
written as plain SQL tables `result_<name>` so any SQLite tool (or a spreadsheet's database
import) can read them. Results are derived data, so they are replaced (not migrated) on every
run: a reader never sees half a result. A stored result is *current* only while the data
version, the parameters, the as-of date and the app version all match.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from dataclasses import dataclass
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
    with transaction(conn):
        return _write_table(conn, name, frame, as_of)


def _write_table(
    conn: sqlite3.Connection, name: str, frame: pd.DataFrame, as_of: date | None
) -> str:
    """Replace result table `name` with `frame` (inside the caller's transaction)."""
    table = result_table_name(name)
    columns = [str(c) for c in frame.columns]
    for column in columns:
        if not _NAME.match(column):
            raise StoreError(f"Result column '{column}' of {name} is not a plain lower-case name.")
    ddl = ", ".join(f"{c} {_sql_type(frame[c])}" for c in columns)
    placeholders = ", ".join("?" for _ in columns)
    data = [_cells(frame[c]) for c in columns]
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


@dataclass(frozen=True)
class StoredSection:
    """What the shop file keeps about one section's last run."""

    name: str
    params_json: str
    as_of: date | None
    data_version: int
    app_version: str
    computed_at: datetime
    lines: int  # order lines the result was computed from
    status: str  # "ok", "skipped" or "error"
    reason: str | None  # why it was skipped or failed, in words
    summary: dict[str, Any]
    charts_json: str
    result_json: str
    tables: list[str]  # the result_<name> tables it wrote


def save_section(
    conn: sqlite3.Connection,
    record: StoredSection,
    blobs: dict[str, bytes],
    tables: dict[str, pd.DataFrame],
) -> None:
    """Replace one section's stored result, its parts and its SQL tables in one transaction."""
    with transaction(conn):
        conn.execute("DELETE FROM section_blobs WHERE name=?", (record.name,))
        conn.execute(
            "INSERT OR REPLACE INTO section_results (name, params_json, as_of, data_version, "
            "app_version, computed_at, lines, status, reason, summary_json, charts_json, "
            "result_json, tables_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                record.name,
                record.params_json,
                record.as_of.isoformat() if record.as_of else None,
                record.data_version,
                record.app_version,
                record.computed_at.isoformat(timespec="seconds"),
                record.lines,
                record.status,
                record.reason,
                json.dumps(record.summary, ensure_ascii=False, allow_nan=False),
                record.charts_json,
                record.result_json,
                json.dumps(record.tables),
            ),
        )
        conn.executemany(
            "INSERT INTO section_blobs (name, key, data) VALUES (?,?,?)",
            [(record.name, key, data) for key, data in blobs.items()],
        )
        for table_name, frame in tables.items():
            _write_table(conn, table_name, frame, record.as_of)


def stored_sections(conn: sqlite3.Connection) -> dict[str, StoredSection]:
    """Every section result the shop file keeps (without their binary parts)."""
    rows = conn.execute(
        "SELECT name, params_json, as_of, data_version, app_version, computed_at, lines, "
        "status, reason, summary_json, charts_json, result_json, tables_json "
        "FROM section_results"
    ).fetchall()
    out: dict[str, StoredSection] = {}
    for row in rows:
        out[row[0]] = StoredSection(
            name=row[0],
            params_json=row[1],
            as_of=date.fromisoformat(row[2]) if row[2] else None,
            data_version=int(row[3]),
            app_version=row[4],
            computed_at=datetime.fromisoformat(row[5]),
            lines=int(row[6]),
            status=row[7],
            reason=row[8],
            summary=json.loads(row[9]),
            charts_json=row[10],
            result_json=row[11],
            tables=list(json.loads(row[12])),
        )
    return out


def section_blobs(conn: sqlite3.Connection, name: str) -> dict[str, bytes]:
    rows = conn.execute("SELECT key, data FROM section_blobs WHERE name=?", (name,)).fetchall()
    return {str(key): bytes(data) for key, data in rows}
