"""Is this path a shop ShopLens may write into, and what to tell the user when a write fails.

Why a module of its own: every fault a shop file can meet (a folder instead of a file, a name
the file system refuses, a read-only file, another program's database, damaged pages, a lock
held by another program, a full disk) must reach the user as one sentence saying what happened
and what to do, never as a traceback, and must leave the file as it was. The checks here run
*before* anything is written (another program's database is read through a read-only
connection, so not even ShopLens's WAL mode is set on it); `friendly_error` turns what SQLite
or the operating system raised half-way into the same kind of sentence.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from pathlib import Path

from core.errors import (
    DiskFullError,
    ForeignDatabaseError,
    ShopBusyError,
    ShopDamagedError,
    ShopReadOnlyError,
    StoreError,
)

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
#: Tables every ShopLens shop has from its first schema version on.
SHOP_TABLES: frozenset[str] = frozenset({"imports", "order_lines"})


def _way_out(path: Path) -> str:
    return (
        "Restore the last good copy with File → Restore backup… "
        f'(or: main.py restore --db "{path.name}"), or create a new shop with File → New shop.'
    )


def friendly_error(exc: BaseException, path: Path) -> StoreError:
    """The StoreError (with a message for the user) that an OS or SQLite error amounts to."""
    if isinstance(exc, StoreError):
        return exc
    name = Path(path).name or str(path)
    text = str(exc).lower()
    code = exc.errno if isinstance(exc, OSError) else None
    if "locked" in text or "busy" in text:
        return ShopBusyError(
            f"The shop file {name} is in use by another program (or another ShopLens window) "
            "and stayed locked. Nothing was changed. Close the other program and try again."
        )
    if "disk is full" in text or code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFullError(
            f"The disk holding {name} is full. Nothing was saved and the shop is as it was. "
            "Free some space and try again."
        )
    denied = code in (errno.EACCES, errno.EPERM, errno.EROFS)
    if "readonly" in text or "read-only" in text or denied:
        return ShopReadOnlyError(
            f"The shop file {name} (or its folder) is read-only, so ShopLens cannot save into "
            "it. Nothing was changed. Make it writable, or copy it to a folder you can write to "
            "and open the copy."
        )
    if code == errno.ENAMETOOLONG:
        return StoreError(
            f"The shop file name is too long for this disk ({len(name)} characters). "
            "Choose a shorter name."
        )
    if code == errno.EISDIR:
        return StoreError(
            f"{name} is a folder, not a shop file. Give a file name inside it, such as "
            f"{Path(name) / 'My shop.sqlite'}."
        )
    if "malformed" in text or "not a database" in text or "disk i/o" in text:
        return ShopDamagedError(
            f"The shop file {name} is damaged ({exc}). Nothing was written into it. "
            + _way_out(Path(path))
        )
    if isinstance(exc, KeyboardInterrupt):
        return StoreError("Stopped. Nothing was changed.")
    return StoreError(
        f"The shop file {name} cannot be used ({exc}). Choose another file or create a new shop."
    )


def _read_only_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)


def check_before_open(path: Path, writable: bool = True) -> bool:
    """Refuse, before anything is written, a path that is not an empty place or a ShopLens
    shop. Returns True when the shop already exists (False: it will be created).

    Raises StoreError (or one of its kinds) with the message for the user.
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise friendly_error(IsADirectoryError(errno.EISDIR, "is a folder"), path)
        exists = path.exists()
        if exists and path.stat().st_size > 0:
            with open(path, "rb") as fh:
                header = fh.read(16)
            if header != SQLITE_HEADER:
                raise StoreError(
                    f"{path.name} is not a ShopLens shop file. Open a shop file (.sqlite) "
                    "or create a new shop with File → New shop."
                )
            _refuse_foreign(path)
        else:
            exists = False
        if writable:
            folder = path.parent if str(path.parent) else Path(".")
            if folder.exists() and not os.access(folder, os.W_OK):
                raise friendly_error(PermissionError(errno.EACCES, "folder read-only"), path)
            if path.exists() and not os.access(path, os.W_OK):
                raise friendly_error(PermissionError(errno.EACCES, "file read-only"), path)
    except (OSError, sqlite3.Error) as exc:
        raise friendly_error(exc, path) from exc
    return exists


def _refuse_foreign(path: Path) -> None:
    """An SQLite file with tables but not ShopLens's is another program's: refuse it."""
    conn = _read_only_connection(path)
    try:
        tables = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
            )
        }
    finally:
        conn.close()
    if tables and not tables >= SHOP_TABLES:
        shown = ", ".join(sorted(tables)[:5]) + (" …" if len(tables) > 5 else "")
        raise ForeignDatabaseError(
            f"{path.name} is a database of another program (its tables: {shown}), not a "
            "ShopLens shop. ShopLens left it untouched. Choose a shop file, or give a new file "
            "name to create a shop."
        )


def check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """PRAGMA quick_check (about half a second on the Online Retail shop): refuse a shop with
    damaged pages before an import writes more into it."""
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        raise ShopDamagedError(
            f"The shop file {Path(path).name} is damaged ({exc}). Nothing was written into it. "
            + _way_out(Path(path))
        ) from exc
    if problems != ["ok"]:
        log.warning("quick_check of %s: %s", path, problems)
        raise ShopDamagedError(
            f"The shop file {Path(path).name} is damaged: some of its pages cannot be read "
            "(the details are in the log). Nothing was written into it. " + _way_out(Path(path))
        )
