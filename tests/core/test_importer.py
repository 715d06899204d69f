"""End-to-end imports of real order exports into a real SQLite shop file.

Figures are those of our cleaning policy on the real files (see each data set's README in
../shared/data): UCI Online Retail has 541,909 lines whose Quantity × UnitPrice sums to
9,747,747.93; our policy excludes the 2,475 zero-value lines without a customer (stock
adjustments; the 40 free items sold to customers are kept) and the 2 "Adjust bad debt" lines of
-11,062.06, so net sales are 9,747,747.93 + 22,124.12 = 9,769,872.05.
"""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from core.errors import Cancelled, FileUnreadableError, MissingFieldsError, ShopLensError
from core.importer import ImportParams, ImportReport, import_file, preview_file
from core.store import data_checksum, line_count, load_lines, open_shop
from tests.conftest import shared_file
from tests.fixtures_gen import STATUS_TILL_SPEC, status_till_export

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "online_retail_demo.csv.gz"


def test_online_retail_import_counts_every_row(online_retail: tuple[Path, ImportReport]) -> None:
    db, report = online_retail
    assert report.preset == "UCI Online Retail"
    assert report.mapping == {
        "order_id": "InvoiceNo",
        "order_date": "InvoiceDate",
        "customer_id": "CustomerID",
        "sku": "StockCode",
        "product_name": "Description",
        "quantity": "Quantity",
        "unit_price": "UnitPrice",
        "country": "Country",
    }
    assert (report.format, report.encoding, report.delimiter) == ("csv", "utf_8", ",")
    assert report.rows_read == 541_909
    assert report.rows_excluded == {
        "zero-value line without a customer (stock adjustment or till correction)": 2_475,
        "negative unit price (accounting adjustment)": 2,
    }
    assert report.rows_imported == 541_909 - 2_477 == 539_432
    assert report.rows_already_present == 0
    assert report.customers == 4_372  # as in the data set's README
    # invoices with at least one sold line: the README's 25,900 less the cancellation invoices
    # and those holding only excluded lines (counted from the raw file in test_kpis)
    assert report.orders == 19_964
    assert report.products == 3_938
    assert (report.date_min, report.date_max) == ("2010-12-01", "2011-12-09")
    assert report.currency == "GBP"
    assert report.gross_sales == pytest.approx(10_666_684.54, abs=0.005)
    # product returns and refunds; AMAZON FEE, Manual, postage given back... are fees
    assert report.returns == pytest.approx(478_709.18, abs=0.005)
    assert report.fees == pytest.approx(418_103.31, abs=0.005)
    assert report.returns + report.fees == pytest.approx(896_812.49, abs=0.005)
    assert report.net_sales == pytest.approx(9_747_747.93 + 2 * 11_062.06, abs=0.005)
    conn = open_shop(db)
    try:
        assert line_count(conn) == 539_432
        stored = conn.execute(
            "SELECT round(sum(amount), 2), sum(is_return) FROM order_lines"
        ).fetchone()
        assert stored == (pytest.approx(9_769_872.05, abs=0.005), 9_288)
        row = conn.execute(
            "SELECT rows_read, rows_imported, rows_excluded, status FROM imports"
        ).fetchone()
        assert row == (541_909, 539_432, 2_477, "done")
    finally:
        conn.close()


def test_reimport_and_overlapping_exports_add_only_new_lines(tmp_path: Path) -> None:
    frame = pd.read_csv(DEMO, dtype=str, keep_default_na=False)
    first, second = tmp_path / "jan-aug.csv", tmp_path / "jun-nov.csv"
    frame[frame["InvoiceDate"] < "2011-09-01"].to_csv(first, index=False)
    frame[frame["InvoiceDate"] >= "2011-06-01"].to_csv(second, index=False)
    whole_db, parts_db = tmp_path / "whole.sqlite", tmp_path / "parts.sqlite"

    whole = import_file(whole_db, DEMO)
    again = import_file(whole_db, DEMO)
    assert again.rows_imported == 0
    assert whole.rows_excluded == {}  # its 14 zero-value lines are free items to customers
    assert again.rows_already_present == whole.rows_imported == 137_646
    assert whole.net_sales == pytest.approx(2_978_053.10, abs=0.005)  # resources/demo/README.md
    assert any("already in the shop" in note for note in again.notes)

    a = import_file(parts_db, first)
    b = import_file(parts_db, second)
    dates = frame["InvoiceDate"]
    overlap = int(((dates >= "2011-06-01") & (dates < "2011-09-01")).sum())
    assert overlap == b.rows_already_present
    assert (a.rows_imported, b.rows_imported) == (
        len(first_rows := frame[dates < "2011-09-01"]),
        len(frame) - len(first_rows),
    )
    assert a.rows_imported + b.rows_imported == whole.rows_imported
    with sqlite3.connect(whole_db) as w, sqlite3.connect(parts_db) as p:
        query = "SELECT line_key, order_id, amount FROM order_lines ORDER BY line_key"
        assert w.execute(query).fetchall() == p.execute(query).fetchall()


def _bad_files(folder: Path) -> dict[str, Path]:
    files = {
        "empty": folder / "empty.csv",
        "header only": folder / "header.csv",
        "binary": folder / "garbage.csv",
        "truncated xlsx": folder / "cut.xlsx",
        "no date": folder / "nodate.csv",
    }
    files["empty"].write_bytes(b"")
    files["header only"].write_text("Order ID,Order Date,Amount\n", encoding="utf-8")
    files["binary"].write_bytes(bytes(range(256)) * 64)
    xlsx = folder / "whole.xlsx"
    pd.DataFrame({"Order Date": ["2024-01-01"] * 50, "Amount": [1.5] * 50}).to_excel(xlsx)
    data = xlsx.read_bytes()
    files["truncated xlsx"].write_bytes(data[: len(data) // 2])
    files["no date"].write_text(
        "Order ID,Customer,Amount\nA1,ann,10.50\nA2,bob,3.20\n", encoding="utf-8"
    )
    return files


def test_bad_files_are_refused_and_leave_the_shop_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    import_file(db, DEMO)
    conn = open_shop(db)
    before = data_checksum(conn)
    conn.close()
    for kind, path in _bad_files(tmp_path).items():
        with pytest.raises(ShopLensError) as caught:
            import_file(db, path)
        message = str(caught.value)
        if kind == "no date":
            assert isinstance(caught.value, MissingFieldsError)
            assert "order date" in message and "'Customer'" in message
        else:
            assert isinstance(caught.value, FileUnreadableError), kind
            assert path.name in message, (kind, message)
        if kind == "header only":
            assert "no rows of orders" in message
    conn = open_shop(db)
    assert data_checksum(conn) == before
    conn.close()


@pytest.mark.parametrize("stage", ["Reading", "Checking", "Saved"])
def test_cancel_at_any_stage_rolls_everything_back(tmp_path: Path, stage: str) -> None:
    db = tmp_path / "shop.sqlite"
    open_shop(db).close()
    conn = open_shop(db)
    before = data_checksum(conn)
    conn.close()
    seen: list[str] = []

    def cancel_at_stage(fraction: float, message: str) -> None:
        seen.append(message)
        if message.startswith(stage):
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_file(db, DEMO, progress=cancel_at_stage)
    assert any(m.startswith(stage) for m in seen)
    conn = open_shop(db)
    assert data_checksum(conn) == before
    assert line_count(conn) == 0
    assert conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 0
    conn.close()


def test_confirmed_mapping_is_saved_for_the_layout_and_reused(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    export = tmp_path / "till.csv"
    export.write_text(
        "Ticket,When,Who,Item,Paid\n"
        "T1,2024-03-01 10:00,ann,Tea,4.50\nT2,2024-03-02 11:30,bob,Cake,3.00\n"
        "T3,2024-03-02 12:00,ann,Tea,4.50\n",
        encoding="utf-8",
    )
    spec: dict[str, str | int] = {
        "order_id": "Ticket",
        "order_date": 2,
        "customer_id": "Who",
        "product_name": "Item",
        "amount": "Paid",
    }
    first = import_file(db, export, ImportParams(mapping=spec))
    assert first.mapping == {
        "order_id": "Ticket",
        "order_date": "When",
        "customer_id": "Who",
        "product_name": "Item",
        "amount": "Paid",
    }
    assert (first.rows_imported, first.net_sales, first.customers) == (3, 12.0, 2)
    later = tmp_path / "till-april.csv"
    later.write_text(
        "Ticket,When,Who,Item,Paid\nT9,2024-04-01 09:00,cy,Tea,4.50\n", encoding="utf-8"
    )
    preview = preview_file(later, db_path=db)
    assert preview.saved_layout
    # what ShopLens finds by itself (Ticket, Item) stays found by synonym; the user's
    # corrections (When, Who, Paid) come back as saved
    methods = {m.field: m.method for m in preview.mapping.matches}
    assert methods == {
        "order_id": "synonym",
        "order_date": "saved",
        "customer_id": "saved",
        "product_name": "synonym",
        "amount": "saved",
    }
    assert preview.mapping.as_dict() == first.mapping
    assert import_file(db, later).rows_imported == 1


def test_lines_read_back_in_canonical_shape(online_retail: tuple[Path, ImportReport]) -> None:
    db, _ = online_retail
    conn = open_shop(db)
    try:
        lines = load_lines(conn, as_of=pd.Timestamp("2010-12-31").date())
    finally:
        conn.close()
    assert lines["order_date"].max() < pd.Timestamp("2011-01-01")
    assert lines["order_date"].min() == pd.Timestamp("2010-12-01 08:26:00")
    # December 2010 lines with a value, counted from the raw file independently of the importer
    assert len(lines) == 42_208 + 3  # and 3 free items to customers that month
    assert lines["is_return"].dtype == bool
    assert set(lines.columns) >= {"order_id", "amount", "customer_id", "is_return"}


def test_gzip_and_plain_copy_import_identically(tmp_path: Path) -> None:
    plain = tmp_path / "demo.csv"
    plain.write_bytes(gzip.decompress(DEMO.read_bytes()))
    a = import_file(tmp_path / "a.sqlite", DEMO)
    b = import_file(tmp_path / "b.sqlite", plain)
    assert (a.rows_imported, a.net_sales, a.rows_excluded) == (
        b.rows_imported,
        b.net_sales,
        b.rows_excluded,
    )


def test_later_export_brings_status_and_refund_up_to_date(tmp_path: Path) -> None:
    """An order refunded after the first export: the line stays one line, its refund follows."""
    db = tmp_path / "shop.sqlite"
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
    spec = {**STATUS_TILL_SPEC, "refund_amount": "Refunded"}
    one = import_file(db, first, ImportParams(mapping=spec))
    assert (one.rows_imported, one.net_sales) == (2, 12.0)
    two = import_file(db, later)  # the saved mapping of this layout is used
    assert (two.rows_imported, two.rows_updated, two.rows_already_present) == (1, 1, 1)
    assert any("brought up to date" in note for note in two.notes)
    conn = open_shop(db)
    try:
        stored = conn.execute(
            "SELECT order_id, status, refund_amount FROM order_lines ORDER BY order_id"
        ).fetchall()
    finally:
        conn.close()
    assert stored == [("A1", "refunded", 9.0), ("A2", "paid", 0.0), ("A3", "paid", 0.0)]


def test_an_unchanged_automatic_mapping_is_not_saved(tmp_path: Path) -> None:
    """Clicking Import on what ShopLens found by itself confirms nothing new: no saved layout."""
    db = tmp_path / "shop.sqlite"
    export = shared_file("superstore/variant-2019-2022/Sample - Superstore.csv")
    shown = preview_file(export, db_path=db).mapping.as_dict()
    report = import_file(db, export, ImportParams(mapping=dict(shown)))
    assert report.preset == "Superstore" and report.rows_imported == 10_194
    conn = open_shop(db)
    try:
        assert conn.execute("SELECT count(*) FROM saved_mappings").fetchone()[0] == 0
    finally:
        conn.close()


def test_mapping_of_a_file_without_header_is_not_remembered(tmp_path: Path) -> None:
    """Every header-less file of five columns looks alike: its mapping must not be replayed."""
    db = tmp_path / "cd.sqlite"
    sample = shared_file("cdnow/CDNOW_sample.txt")
    # a real correction (ShopLens takes column 1, the original id, as the customer; the user
    # picks column 2, the sample id), which a file with a header would have remembered
    spec: dict[str, str | int] = {"customer_id": 2, "order_date": 3, "quantity": 4, "amount": 5}
    assert preview_file(sample).mapping.source_of("customer_id") == "Column 1"
    report = import_file(db, sample, ImportParams(mapping=spec, no_header=True))
    assert report.mapping["customer_id"] == "Column 2" and report.customers == 2_357
    conn = open_shop(db)
    try:
        assert conn.execute("SELECT count(*) FROM saved_mappings").fetchone()[0] == 0
    finally:
        conn.close()


def test_order_cancelled_after_an_earlier_export_is_taken_out(tmp_path: Path) -> None:
    """A2 was paid in the first export and cancelled in the next: its sale must not stay."""
    db = tmp_path / "shop.sqlite"
    first = status_till_export(
        tmp_path,
        "week1.csv",
        [
            "A1,2024-03-01,ann,Tea,2,4.50,paid",
            "A2,2024-03-02,bob,Cake,1,3.00,paid",
            "A2,2024-03-02,bob,Tea,1,4.50,paid",
        ],
    )
    later = status_till_export(
        tmp_path,
        "week2.csv",
        [
            "A1,2024-03-01,ann,Tea,2,4.50,paid",
            "A2,2024-03-02,bob,Cake,1,3.00,cancelled",
            "A2,2024-03-02,bob,Tea,1,4.50,cancelled",
            "A3,2024-03-04,cy,Tea,1,4.50,cancelled",
        ],
    )
    spec = STATUS_TILL_SPEC
    assert import_file(db, first, ImportParams(mapping=spec)).net_sales == 16.5
    two = import_file(db, later, ImportParams(mapping=spec))
    assert two.rows_excluded == {"cancelled order": 3}
    assert (two.rows_withdrawn, two.rows_already_present, two.rows_imported) == (2, 1, 0)
    assert any("cancelled after an earlier import" in note for note in two.notes)
    conn = open_shop(db)
    try:
        assert conn.execute("SELECT order_id, amount FROM order_lines").fetchall() == [("A1", 9.0)]
    finally:
        conn.close()
    again = import_file(db, later, ImportParams(mapping=spec))
    assert (again.rows_withdrawn, again.rows_already_present) == (0, 1)
