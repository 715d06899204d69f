"""What a shop remembers about the layouts of its files beyond the mapping: the date order.

Why: `03/04/2024` is March or April depending on the file. A file whose dates all fit both
orders (1-12 March) cannot tell; read month-first while the next export of the same system is
plainly day-first, the shop ends up with the same orders twice and lines in the wrong month.
So the order each layout (header signature) used is kept in the shop, written in the import's
own transaction: an ambiguous file follows it, and a file whose dates contradict it is stopped
with a plain question before anything is written.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

from core.errors import ShopLensError

log = logging.getLogger(__name__)

_WORDS = {"dmy": "day/month/year", "mdy": "month/day/year"}
_TABLE = (
    "CREATE TABLE IF NOT EXISTS layout_date_orders (signature TEXT PRIMARY KEY, "
    "date_order TEXT NOT NULL, seen TEXT, file_name TEXT, saved_at TEXT)"
)


@dataclass(frozen=True)
class DateOrder:
    order: str  # "dmy" or "mdy"
    seen: str | None  # a date that fits only this order; None: the files so far fitted both
    file_name: str | None  # the file it was learnt from


class DateOrderConflictError(ShopLensError):
    """A file's dates can only be read in the other order than the shop's files of its layout."""

    def __init__(self, file_name: str, found: str, seen: str, known: DateOrder) -> None:
        self.found, self.known = found, known
        if known.seen:
            earlier = (
                f"earlier files of this layout ({known.file_name}) were plainly "
                f"{_WORDS[known.order]} (for example {known.seen})"
            )
            way = "Check the dates in both files."
        else:
            earlier = (
                f"earlier files of this layout ({known.file_name}) were read "
                f"{_WORDS[known.order]}, as every date in them fitted both orders"
            )
            way = (
                f"If {_WORDS[found]} is right, those earlier lines are in the wrong month: "
                "restore the backup taken before them (File → Restore backup…) and import "
                "the files again, this one first."
            )
        super().__init__(
            f"Which order do the dates of your files use? {file_name} can only be "
            f"{_WORDS[found]} (for example {seen}), but {earlier}. Nothing was imported. {way}"
        )


def remembered(conn: sqlite3.Connection, signature: str) -> DateOrder | None:
    try:
        row = conn.execute(
            "SELECT date_order, seen, file_name FROM layout_date_orders WHERE signature=?",
            (signature,),
        ).fetchone()
    except sqlite3.OperationalError:  # a shop that never remembered one: no table yet
        return None
    return None if row is None else DateOrder(row[0], row[1], row[2])


def check(file_name: str, order: str | None, seen: str | None, known: DateOrder | None) -> None:
    """Raise DateOrderConflictError when the file's own dates contradict the shop's order."""
    if known is not None and order in _WORDS and seen is not None and order != known.order:
        raise DateOrderConflictError(file_name, order, seen, known)


def remember(
    conn: sqlite3.Connection,
    signature: str,
    order: str,
    seen: str | None,
    file_name: str,
    saved_at: str,
) -> None:
    """Keep the order for the layout (inside the import's transaction). A decided order
    (`seen` given) replaces an assumed one; an assumed one never replaces a decided one."""
    conn.execute(_TABLE)
    known = remembered(conn, signature)
    if known is not None and known.seen and not seen:
        return
    conn.execute(
        "INSERT OR REPLACE INTO layout_date_orders VALUES (?,?,?,?,?)",
        (signature, order, seen, file_name, saved_at),
    )
