"""The shop's import history, and undoing one import.

Why it exists: a merchant who dropped the wrong file (another shop's export, a file in another
currency, a test export) needs to take exactly that file out again without rebuilding the shop.
Each import keeps what it changed (`import_changes`, written by
`core.import_writer.record_changes`), so removing it is one transaction:

- the lines it added go;
- the lines it brought up to date (status, refund, discount, channel) get their earlier values
  back, unless a later import changed them again: then they keep today's values and the report
  says so plainly, because the earlier values would no longer be the truth;
- the lines it took out (orders it showed as cancelled) come back, when the import that added
  them is still in the shop.

The data version moves on, so every stored analysis result is recomputed before it is shown.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import ShopLensError
from core.messages import say
from core.schema import LINE_COLUMNS
from core.store import bump_data_version, shop_connection, transaction

log = logging.getLogger(__name__)


class ImportNotFoundError(ShopLensError):
    """The import the user asked to remove is not (or no longer) in the shop."""


@dataclass(frozen=True)
class ImportEntry:
    """One row of File → Imports… and of `main.py imports`."""

    id: int
    file_name: str
    imported_at: str  # ISO date and time the import finished (or started)
    lines_added: int  # lines of this import still in the shop
    lines_updated: int
    lines_withdrawn: int
    rows_read: int
    currency: str | None
    status: str


@dataclass(frozen=True)
class RemovalReport:
    """What removing one import did, in figures and in sentences for the user."""

    import_id: int
    file_name: str
    lines_removed: int
    lines_restored: int  # updated lines given their earlier values back
    lines_not_restored: int  # updated lines a later import changed again: left as they are
    lines_returned: int  # lines this import had taken out, put back
    notes: list[str] = field(default_factory=list)


def list_imports(db_path: Path) -> list[ImportEntry]:
    """Every import of the shop, newest first, with the lines each still has in the shop."""
    with shop_connection(db_path) as conn:
        rows = conn.execute(
            "SELECT i.id, i.file_name, coalesce(i.finished_at, i.started_at), "
            "(SELECT count(*) FROM order_lines l WHERE l.import_id = i.id), "
            "coalesce(i.rows_updated, 0), coalesce(i.rows_withdrawn, 0), i.rows_read, "
            "i.currency, i.status FROM imports i ORDER BY i.id DESC"
        ).fetchall()
    return [
        ImportEntry(
            id=int(r[0]),
            file_name=str(r[1]),
            imported_at=str(r[2]),
            lines_added=int(r[3]),
            lines_updated=int(r[4]),
            lines_withdrawn=int(r[5]),
            rows_read=int(r[6]),
            currency=r[7],
            status=str(r[8]),
        )
        for r in rows
    ]


def _extract(column: str) -> str:
    return f"json_extract(c.before_json, '$.{column}')"


def remove_import(db_path: Path, import_id: int) -> RemovalReport:
    """Take import `import_id` out of the shop in one transaction; see the module docstring.

    Raises ImportNotFoundError when the shop has no such import; the shop is then unchanged.
    """
    with shop_connection(db_path) as conn, transaction(conn):
        row = conn.execute("SELECT file_name FROM imports WHERE id=?", (import_id,)).fetchone()
        if row is None:
            raise ImportNotFoundError(
                f"There is no import number {import_id} in this shop. "
                "List the imports to see their numbers."
            )
        file_name = str(row[0])
        conn.execute("DROP TABLE IF EXISTS temp.later_changed")
        conn.execute(
            "CREATE TEMP TABLE later_changed AS SELECT DISTINCT line_key FROM import_changes "
            "WHERE import_id > ?",
            (import_id,),
        )
        removed = conn.execute("DELETE FROM order_lines WHERE import_id=?", (import_id,)).rowcount
        restorable = (
            "FROM import_changes c WHERE c.import_id = ? AND c.kind = 'updated' "
            "AND c.line_key NOT IN (SELECT line_key FROM temp.later_changed)"
        )
        updated_total = conn.execute(
            "SELECT count(*) FROM import_changes WHERE import_id=? AND kind='updated'",
            (import_id,),
        ).fetchone()[0]
        restored = conn.execute(
            "UPDATE order_lines SET "
            + ", ".join(
                f"{c} = {_extract(c)}" for c in ("status", "refund_amount", "discount", "channel")
            )
            + f" {restorable} AND c.line_key = order_lines.line_key",
            (import_id,),
        ).rowcount
        columns = ", ".join(LINE_COLUMNS)
        returned = conn.execute(
            f"INSERT OR IGNORE INTO order_lines (line_key, {columns}, import_id) "
            f"SELECT c.line_key, {', '.join(_extract(col) for col in LINE_COLUMNS)}, "
            f"{_extract('import_id')} FROM import_changes c "
            "WHERE c.import_id = ? AND c.kind = 'withdrawn' "
            f"AND {_extract('import_id')} IN (SELECT id FROM imports WHERE id != ?)",
            (import_id, import_id),
        ).rowcount
        conn.execute("DELETE FROM import_changes WHERE import_id=?", (import_id,))
        conn.execute("DELETE FROM imports WHERE id=?", (import_id,))
        conn.execute("DROP TABLE temp.later_changed")
        bump_data_version(conn)
    not_restored = int(updated_total) - int(restored)
    notes = _notes(removed, restored, not_restored, returned)
    log.info(
        "removed import %d (%s): %d lines out, %d restored, %d not, %d back",
        import_id,
        file_name,
        removed,
        restored,
        not_restored,
        returned,
    )
    return RemovalReport(
        import_id, file_name, int(removed), int(restored), not_restored, int(returned), notes
    )


def _notes(removed: int, restored: int, not_restored: int, returned: int) -> list[str]:
    notes = [
        say("{count:,} order lines this file added were taken out of the shop.", count=removed)
    ]
    if restored:
        notes.append(
            say(
                "{count:,} lines it had brought up to date have their earlier values again.",
                count=restored,
            )
        )
    if not_restored:
        notes.append(
            say(
                "{count:,} lines it had brought up to date were changed again by a later "
                "import, so they keep their current values: their earlier values cannot be put "
                "back exactly.",
                count=not_restored,
            )
        )
    if returned:
        notes.append(
            say("{count:,} lines of orders it had shown as cancelled are back.", count=returned)
        )
    return notes
