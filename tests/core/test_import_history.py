"""Undoing one import, and one shop kept in one currency (issue 13 §3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import CurrencyMismatchError
from core.import_history import ImportNotFoundError, list_imports, remove_import
from core.importer import ImportParams, import_file
from core.store import data_checksum, data_version, shop_connection
from tests.fixtures_gen import STATUS_TILL_SPEC, status_till_export


def _orders(folder: Path, name: str, rows: list[str], currency: bool = True) -> Path:
    """A small export: order, date, customer, product, quantity, price (and currency)."""
    header = "Order ID,Order Date,Customer ID,Product,Quantity,Unit Price"
    if currency:
        header += ",Currency"
    path = folder / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _stored(db: Path) -> list[tuple[object, ...]]:
    with shop_connection(db) as conn:
        return conn.execute(
            "SELECT order_id, product_name, status, refund_amount, currency FROM order_lines "
            "ORDER BY order_id, product_name"
        ).fetchall()


def test_a_file_in_another_currency_is_stopped_unless_the_user_chooses(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    usd = _orders(tmp_path, "usd.csv", ["1,2024-03-01,ann,Tea,2,4.50,USD"])
    cny = _orders(tmp_path, "cny.csv", ["9,2024-03-02,li,Tea,1,30.00,CNY"])
    assert import_file(db, usd).currency == "USD"
    with shop_connection(db) as conn:
        before = data_checksum(conn)
    with pytest.raises(CurrencyMismatchError) as caught:
        import_file(db, cny)
    assert (caught.value.file_currency, caught.value.shop_currency) == ("CNY", "USD")
    assert "cny.csv" in str(caught.value) and "new shop" in str(caught.value)
    with shop_connection(db) as conn:
        assert data_checksum(conn) == before
    anyway = import_file(db, cny, ImportParams(allow_other_currency=True))
    assert anyway.rows_imported == 1 and anyway.currency == "CNY"
    assert any("not in the shop's USD" in note for note in anyway.notes)
    # into a new shop the same file goes in without a question
    assert import_file(tmp_path / "cny-shop.sqlite", cny).rows_imported == 1


def test_a_file_without_currency_takes_the_shops_and_says_so(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    import_file(db, _orders(tmp_path, "gbp.csv", ["1,2024-03-01,ann,Tea,2,4.50,GBP"]))
    bare = _orders(tmp_path, "bare.csv", ["2,2024-03-03,bob,Cake,1,3.00"], currency=False)
    report = import_file(db, bare)
    assert report.currency == "GBP"
    assert any("taken as GBP" in note for note in report.notes)
    assert [row[4] for row in _stored(db)] == ["GBP", "GBP"]


def test_removing_an_import_takes_its_lines_out_and_restores_what_it_updated(
    tmp_path: Path,
) -> None:
    db = tmp_path / "shop.sqlite"
    spec = {**STATUS_TILL_SPEC, "refund_amount": "Refunded"}
    first = status_till_export(
        tmp_path,
        "march.csv",
        ["A1,2024-03-01,ann,Tea,2,4.50,paid,", "A2,2024-03-02,bob,Cake,1,3.00,paid,"],
        refunds=True,
    )
    later = status_till_export(
        tmp_path,
        "march-again.csv",
        [
            "A1,2024-03-01,ann,Tea,2,4.50,refunded,9.00",
            "A2,2024-03-02,bob,Cake,1,3.00,paid,",
            "A3,2024-03-05,cy,Tea,1,4.50,paid,",
        ],
        refunds=True,
    )
    one = import_file(db, first, ImportParams(mapping=spec))
    two = import_file(db, later)
    entries = list_imports(db)
    assert [(e.id, e.file_name, e.lines_added, e.lines_updated) for e in entries] == [
        (two.import_id, "march-again.csv", 1, 1),
        (one.import_id, "march.csv", 2, 0),
    ]
    with shop_connection(db) as conn:
        version = data_version(conn)
    assert two.import_id is not None
    removal = remove_import(db, two.import_id)
    assert (removal.lines_removed, removal.lines_restored, removal.lines_not_restored) == (1, 1, 0)
    assert _stored(db) == [("A1", "Tea", "paid", 0.0, None), ("A2", "Cake", "paid", 0.0, None)]
    with shop_connection(db) as conn:
        assert data_version(conn) == version + 1  # stored results are out of date
    assert [e.id for e in list_imports(db)] == [one.import_id]
    with pytest.raises(ImportNotFoundError):
        remove_import(db, two.import_id)


def test_an_update_changed_again_later_is_kept_and_said(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    spec = {**STATUS_TILL_SPEC, "refund_amount": "Refunded"}
    rows = {
        "a.csv": "A1,2024-03-01,ann,Tea,2,4.50,paid,",
        "b.csv": "A1,2024-03-01,ann,Tea,2,4.50,disputed,",
        "c.csv": "A1,2024-03-01,ann,Tea,2,4.50,refunded,9.00",
    }
    ids = [
        import_file(
            db, status_till_export(tmp_path, name, [row], refunds=True), ImportParams(mapping=spec)
        ).import_id
        for name, row in rows.items()
    ]
    assert ids[1] is not None
    removal = remove_import(db, ids[1])
    assert (removal.lines_removed, removal.lines_restored, removal.lines_not_restored) == (0, 0, 1)
    assert any("cannot be put back exactly" in note for note in removal.notes)
    assert _stored(db) == [("A1", "Tea", "refunded", 9.0, None)]


def test_lines_an_import_withdrew_come_back_when_it_is_removed(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    first = status_till_export(
        tmp_path,
        "week1.csv",
        ["A1,2024-03-01,ann,Tea,2,4.50,paid", "A2,2024-03-02,bob,Cake,1,3.00,paid"],
    )
    later = status_till_export(tmp_path, "week2.csv", ["A2,2024-03-02,bob,Cake,1,3.00,cancelled"])
    import_file(db, first, ImportParams(mapping=STATUS_TILL_SPEC))
    two = import_file(db, later, ImportParams(mapping=STATUS_TILL_SPEC))
    assert two.rows_withdrawn == 1 and len(_stored(db)) == 1
    assert list_imports(db)[0].lines_withdrawn == 1
    assert two.import_id is not None
    removal = remove_import(db, two.import_id)
    assert (removal.lines_removed, removal.lines_returned) == (0, 1)
    assert [row[:3] for row in _stored(db)] == [("A1", "Tea", "paid"), ("A2", "Cake", "paid")]
