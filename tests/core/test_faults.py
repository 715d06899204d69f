"""Faults around the shop file (issue 14 §2): each gives one plain sentence, never a traceback,
and leaves the shop exactly as it was (same data checksum, or the same bytes when the file is
not a shop at all)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

import core.import_writer
import core.importer
import core.store
import main
from core.backups import KEEP, list_backups, restore_backup
from core.errors import (
    DiskFullError,
    ForeignDatabaseError,
    ShopBusyError,
    ShopDamagedError,
    ShopReadOnlyError,
    StoreError,
)
from core.importer import import_file
from core.store import data_checksum, line_count, open_shop


def _orders(path: Path, first: int, count: int) -> Path:
    """A small order export: order i on day 1 + i % 28 of March 2024, 2 x 1.5 + i."""
    rows = ["Order ID,Order Date,Customer,Product,Quantity,Unit Price"]
    for i in range(first, first + count):
        rows.append(f"A{i},2024-03-{1 + i % 28:02d},c{i % 50},Tea {i % 7},2,{1.5 + i}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _checksum(db: Path) -> str:
    conn = open_shop(db)
    try:
        return data_checksum(conn)
    finally:
        conn.close()


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Path]:
    db = tmp_path / "shop.sqlite"
    import_file(db, _orders(tmp_path / "march.csv", 0, 300))
    yield db


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "accounts.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO ledger (amount) VALUES (12.5)")
    conn.commit()
    conn.close()
    before = _file_digest(other)
    with pytest.raises(ForeignDatabaseError, match=r"another program.*ledger.*left it untouched"):
        import_file(other, _orders(tmp_path / "o.csv", 0, 5))
    assert _file_digest(other) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["accounts.db", "o.csv"]  # no -wal


def test_folder_and_overlong_names_are_refused_in_words(tmp_path: Path) -> None:
    export = _orders(tmp_path / "o.csv", 0, 5)
    with pytest.raises(StoreError, match="is a folder, not a shop file"):
        import_file(tmp_path, export)
    with pytest.raises(StoreError, match="too long for this disk"):
        import_file(tmp_path / ("a" * 257), export)


def _honour_mode_bits(monkeypatch: pytest.MonkeyPatch) -> None:
    """As root, permission bits do not bind: make os.access read them, as for any user."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:

        def access(path: str | Path, mode: int) -> bool:
            bits = os.stat(path).st_mode
            return not (mode & os.W_OK) or bool(bits & stat.S_IWUSR)

        monkeypatch.setattr("core.shop_file.os.access", access)


def test_read_only_shop_file_and_folder(
    shop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _checksum(shop)
    export = _orders(tmp_path / "april.csv", 300, 10)
    _honour_mode_bits(monkeypatch)
    shop.chmod(0o444)
    try:
        with pytest.raises(ShopReadOnlyError, match="read-only, so ShopLens cannot save"):
            import_file(shop, export)
    finally:
        shop.chmod(0o644)
    folder = shop.parent
    folder.chmod(0o555)
    try:
        with pytest.raises(ShopReadOnlyError, match="read-only"):
            import_file(shop, export)
    finally:
        folder.chmod(0o755)
    assert _checksum(shop) == before


def test_locked_shop_says_in_use(
    shop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _checksum(shop)
    monkeypatch.setattr(core.store, "BUSY_TIMEOUT_S", 0.05)
    other = sqlite3.connect(shop, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(ShopBusyError, match="in use by another program"):
            import_file(shop, _orders(tmp_path / "april.csv", 300, 10))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _checksum(shop) == before


def test_disk_filling_up_during_the_import(
    shop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _checksum(shop)
    real_open = core.store.open_shop

    def small_disk(path: Path, check: bool = False) -> sqlite3.Connection:
        conn = real_open(path, check)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count={pages + 2}")  # SQLite's own "disk is full"
        return conn

    # every connection the import opens (through open_shop or shop_connection)
    monkeypatch.setattr(core.store, "open_shop", small_disk)
    monkeypatch.setattr(core.importer, "open_shop", small_disk)
    with pytest.raises(DiskFullError, match=r"disk holding shop\.sqlite is full"):
        import_file(shop, _orders(tmp_path / "big.csv", 1000, 5000))
    assert _checksum(shop) == before


def test_ctrl_c_during_an_import(
    shop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _checksum(shop)
    monkeypatch.setattr(core.import_writer, "_INSERT_CHUNK", 100)
    calls: list[float] = []

    def interrupt_on_second_chunk(progress: object, fraction: float, message: str = "") -> None:
        calls.append(fraction)
        if len(calls) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(core.import_writer, "report", interrupt_on_second_chunk)
    code = main.main(["import", str(_orders(tmp_path / "april.csv", 300, 400)), "--db", str(shop)])
    err = capsys.readouterr().err
    assert code == 130
    assert err == f"{tmp_path / 'april.csv'}: import stopped (Ctrl-C); the shop is as it was.\n"
    assert len(calls) == 2  # stopped after two chunks of 100 lines had been written
    assert _checksum(shop) == before


def test_damaged_shop_is_refused_and_the_backup_brings_it_back(shop: Path, tmp_path: Path) -> None:
    import_file(shop, _orders(tmp_path / "april.csv", 300, 200))  # takes a backup of 300 lines
    conn = open_shop(shop)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    with open(shop, "r+b") as fh:  # scribble over the second half of the file's pages
        fh.seek(page * (pages // 2))
        fh.write(b"\xa5" * page * (pages - pages // 2))
    damaged = _file_digest(shop)
    with pytest.raises(ShopDamagedError, match=r"damaged: some of its pages .*Restore backup…"):
        import_file(shop, _orders(tmp_path / "may.csv", 600, 10))
    assert _file_digest(shop) == damaged
    assert [b.lines for b in list_backups(shop)] == [300, 0]  # before April, before March
    restore_backup(shop)
    conn = open_shop(shop, check=True)
    try:
        assert line_count(conn) == 300
    finally:
        conn.close()


def test_backups_are_rotated_and_restore_brings_back_the_state_before(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    states = [_checksum(shop)]
    for n in range(KEEP + 1):
        import_file(shop, _orders(tmp_path / f"more{n}.csv", 1000 + 10 * n, 10))
        states.append(_checksum(shop))
    found = list_backups(shop)
    assert [b.lines for b in found] == [330, 320, 310]  # newest first, the oldest rotated out
    assert main.main(["restore", "--db", str(shop), "--list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split(" (")[1] for line in listed] == ["330 lines)", "320 lines)", "310 lines)"]
    assert main.main(["restore", "--db", str(shop)]) == 0
    assert "restored from the backup of" in capsys.readouterr().out
    assert _checksum(shop) == states[-2]  # the state before the last import
    assert main.main(["restore", "--db", str(shop), "--pick", "3"]) == 0
    assert _checksum(shop) == states[-4]


def test_cli_faults_answer_in_one_sentence(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = _orders(tmp_path / "o.csv", 0, 5)
    for values in ('{"order_date": null}', '{"amount": [1, 2]}', '["Order Date"]'):
        (tmp_path / "map.json").write_text(values, encoding="utf-8")
        code = main.main(["import", str(export), "--db", str(shop), "--mapping",
                          str(tmp_path / "map.json")])  # fmt: skip
        assert code == 2
        assert "must hold one JSON object whose values are column names" in capsys.readouterr().err
    code = main.main(["analyze", "--db", str(shop), "--out", str(tmp_path / "no" / "x.json")])
    assert code == 2
    assert capsys.readouterr().err.startswith("The folder ") and not (tmp_path / "no").exists()
    code = main.main(["analyze", "--db", str(tmp_path)])
    assert (code, capsys.readouterr().err.strip()) == (
        2,
        f"{tmp_path.name} is a folder, not a shop file. Give a file name inside it, such as "
        f"{Path(tmp_path.name) / 'My shop.sqlite'}.",
    )
    code = main.main(["restore", "--db", str(tmp_path / "never.sqlite")])
    assert code == 2
    assert capsys.readouterr().err.startswith("There is no backup of never.sqlite yet")
