"""The issue's case: a first export of 1-12 March written day first (every date fits both
orders) and the next export of all of March. The shop remembers the order of the layout; a
file that contradicts it is stopped with a question, nothing written; the way out works."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

import main
from core.backups import list_backups, restore_backup
from core.importer import ImportParams, import_file
from core.layout_memory import DateOrderConflictError
from core.store import data_checksum, load_lines, open_shop

HEADER = "Order ID,Order Date,Customer,Quantity,Unit Price\n"


def _march(path: Path, last_day: int) -> Path:
    """Order M<d> on day d of March 2024, written dd/mm/yyyy, worth d + 0.50."""
    rows = [f"M{d},{date(2024, 3, d):%d/%m/%Y},c{d % 4},1,{d}.50\n" for d in range(1, last_day + 1)]
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def _dates(db: Path) -> list[date]:
    conn = open_shop(db)
    try:
        return [d.date() for d in load_lines(conn)["order_date"]]
    finally:
        conn.close()


def _checksum(db: Path) -> str:
    conn = open_shop(db)
    try:
        return data_checksum(conn)
    finally:
        conn.close()


def test_a_contradicting_file_is_stopped_and_the_way_out_gives_31_lines(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    first = import_file(db, _march(tmp_path / "early.csv", 12))
    # every date fits both orders: read month first (the usual order for '/'), 3 Jan .. 3 Dec
    assert first.rows_imported == 12
    assert _dates(db)[:2] == [date(2024, 1, 3), date(2024, 2, 3)]
    before = _checksum(db)
    with pytest.raises(DateOrderConflictError, match=r"^Which order do the dates") as caught:
        import_file(db, _march(tmp_path / "march.csv", 31))
    message = str(caught.value)
    assert "march.csv can only be day/month/year (for example 13/03/2024)" in message
    assert "(early.csv) were read month/day/year" in message
    assert "Restore backup" in message and "this one first" in message
    assert _checksum(db) == before  # nothing written: not 42 lines for 31
    # the way out: back to before the first file, the decided one first, then the other
    restore_backup(db, list_backups(db)[-1])
    assert _dates(db) == []
    assert import_file(db, tmp_path / "march.csv").rows_imported == 31
    again = import_file(db, tmp_path / "early.csv")
    assert (again.rows_imported, again.rows_already_present) == (0, 12)
    assert any("like the earlier files of this layout" in n for n in again.notes)
    stored = _dates(db)
    assert stored == [date(2024, 3, 1) + timedelta(days=i) for i in range(31)]


def test_the_users_answer_overrides_the_memory(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    import_file(db, _march(tmp_path / "early.csv", 12))
    report = import_file(db, _march(tmp_path / "march.csv", 31), ImportParams(date_order="dmy"))
    # the user's answer: day first, all of March; M3 of 03/03 was already right (3 March)
    assert (report.rows_imported, report.rows_already_present) == (30, 1)
    assert report.date_max == "2024-03-31"


def test_json_output_stays_valid_with_absurd_amounts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "e308.csv"
    path.write_text(
        HEADER + "A1,2024-03-01,c1,1,1e308\nA2,2024-03-01,c1,5,1e308\nA3,2024-03-02,c2,1,10\n",
        encoding="utf-8",
    )
    code = main.main(["import", str(path), "--db", str(tmp_path / "s.sqlite"), "--json"])
    assert code == 0

    def refuse(token: str) -> None:
        raise AssertionError(f"invalid JSON token {token}")

    report = json.loads(capsys.readouterr().out, parse_constant=refuse)
    assert (report["rows_imported"], report["net_sales"]) == (1, 10.0)
    assert report["rows_excluded"] == {
        "amount, quantity or price not a finite number or beyond any real sale": 2
    }
