"""The last few states of a shop, taken before each import, and the way back to one of them.

Why: an import is all-or-nothing, but a user can still import the wrong file, or a disk can
damage the shop later. Before each import a copy is taken with SQLite's online backup API (a
consistent copy even while the shop is in WAL mode) into the data folder,
`Backups/<shop name>-<8 hex of its place>/`; only the newest `KEEP` are kept. A copy is written
to a temporary name and renamed when complete, so a Ctrl-C or a full disk never leaves half a
backup that a restore could pick.

Restoring copies a backup back with the same API into the shop (all in one transaction on the
shop's side); if the shop is too damaged for SQLite to write into, the file is replaced.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from core.errors import StoreError
from core.paths import data_dir
from core.shop_file import friendly_error

log = logging.getLogger(__name__)

#: How many copies of a shop are kept (the oldest is deleted when a new one is taken).
KEEP = 3
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    lines: int  # order lines the copy holds

    def label(self) -> str:
        return f"{self.taken_at:%Y-%m-%d %H:%M:%S} ({self.lines:,} lines)"


def backup_folder(shop: Path) -> Path:
    """Where the copies of this shop go: one folder per shop file (by its resolved place)."""
    place = str(Path(shop).expanduser().resolve())
    tag = hashlib.sha256(place.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return data_dir() / "Backups" / f"{Path(shop).stem[:60]}-{tag}"


def _lines(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM order_lines").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def list_backups(shop: Path) -> list[Backup]:
    """The copies of `shop`, newest first."""
    folder = backup_folder(shop)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite"):
        try:
            taken = datetime.strptime(path.stem, _STAMP)
        except ValueError:
            continue
        found.append(Backup(path, taken, _lines(path)))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def take_backup(conn: sqlite3.Connection, shop: Path, keep: int = KEEP) -> Backup | None:
    """Copy the shop behind `conn` (an open shop connection) and keep the newest `keep` copies.

    An empty shop is copied too (a few kilobytes): "before the first import" is a state a user
    may want back. Raises StoreError (e.g. a full disk) with the shop untouched and no partial
    copy left behind.
    """
    lines = int(conn.execute("SELECT count(*) FROM order_lines").fetchone()[0])
    if keep <= 0:
        return None
    folder = backup_folder(shop)
    taken = datetime.now()
    final = folder / f"{taken.strftime(_STAMP)}.sqlite"
    partial = final.with_suffix(".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(partial)
        try:
            conn.backup(target)
        finally:
            target.close()
        os.replace(partial, final)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, OSError | sqlite3.Error):
            raise friendly_error(exc, folder) from exc
        raise
    for old in list_backups(shop)[keep:]:
        old.path.unlink(missing_ok=True)
    log.info("backup of %s (%d lines) taken: %s", Path(shop).name, lines, final.name)
    return Backup(final, taken, lines)


def restore_backup(shop: Path, backup: Backup | None = None) -> Backup:
    """Put `backup` (default: the newest) back as the shop's content; returns the one used."""
    shop = Path(shop)
    if backup is None:
        found = list_backups(shop)
        if not found:
            raise StoreError(
                f"There is no backup of {shop.name} yet: ShopLens takes one before each import."
            )
        backup = found[0]
    source = sqlite3.connect(f"{backup.path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if source.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StoreError(f"The backup of {backup.label()} is damaged too; choose another.")
        try:
            target = sqlite3.connect(shop, timeout=5)
            try:
                source.backup(target)
            finally:
                target.close()
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                raise friendly_error(exc, shop) from exc
            log.warning("restoring into %s failed (%s): replacing the file", shop, exc)
            _replace_file(source, shop)
    except (OSError, sqlite3.Error) as exc:
        raise friendly_error(exc, shop) from exc
    finally:
        source.close()
    log.info("restored %s from %s", shop.name, backup.path.name)
    return backup


def _replace_file(source: sqlite3.Connection, shop: Path) -> None:
    """A shop too damaged to be written into: build the copy beside it, then swap the files."""
    fresh = shop.with_name(shop.name + ".restoring")
    fresh.unlink(missing_ok=True)
    target = sqlite3.connect(fresh)
    try:
        source.backup(target)
    finally:
        target.close()
    for extra in ("-wal", "-shm"):  # a damaged shop's journal must not be replayed on the copy
        Path(str(shop) + extra).unlink(missing_ok=True)
    os.replace(fresh, shop)
