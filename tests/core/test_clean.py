"""Cleaning to canonical order lines: real files with exact figures, every exclusion counted."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.errors import Cancelled
from core.ingest.clean import to_canonical
from core.ingest.mapping import auto_map, mapping_from_spec
from core.ingest.readers import read_table
from core.ingest.types import CleanResult, RawTable
from core.schema import LINE_COLUMNS, TEXT_FIELDS
from tests import fixtures_gen
from tests.conftest import shared_file

UCI = "uci-online-retail/online_retail.csv.gz"
NEGATIVE_PRICE = "negative unit price (accounting adjustment)"
ZERO_VALUE = "zero-value line without a customer (stock adjustment or till correction)"


def _check_schema(lines: pd.DataFrame) -> None:
    """The canonical frame: exactly LINE_COLUMNS with the dtypes core.schema documents."""
    assert tuple(lines.columns) == LINE_COLUMNS
    assert isinstance(lines.index, pd.RangeIndex) and lines.index.start == 0
    for col in TEXT_FIELDS:
        assert lines[col].dtype == object, col
        assert all(v is None or isinstance(v, str) for v in lines[col].head(2000)), col
    assert lines["order_date"].dtype == "datetime64[ns]"
    assert lines["line_no"].dtype == np.int64
    for col in ("quantity", "unit_price", "amount", "discount", "refund_amount"):
        assert lines[col].dtype == np.float64, col
    assert lines["is_return"].dtype == bool
    assert lines["order_id"].notna().all() and lines["order_date"].notna().all()
    assert (lines["refund_amount"] >= 0).all()
    assert lines["amount"].notna().all()


# --- UCI Online Retail: the whole 541,909 lines -----------------------------------------------


@pytest.fixture(scope="module")
def uci() -> tuple[RawTable, CleanResult]:
    raw = read_table(shared_file(UCI))
    return raw, to_canonical(raw, auto_map(raw))


def test_uci_rows_and_exclusions(uci: tuple[RawTable, CleanResult]) -> None:
    raw, result = uci
    assert result.rows_read == 541_909
    # 2 lines "Adjust bad debt" with a unit price of -11,062.06; 2,515 lines with a price of 0,
    # of which 40 went to a known customer (free items, kept) and 2,475 did not (adjustments)
    assert result.excluded == {NEGATIVE_PRICE: 2, ZERO_VALUE: 2_475}
    assert len(result.lines) == 541_909 - 2 - 2_475 == 539_432
    _check_schema(result.lines)
    frame = raw.frame
    price = pd.to_numeric(frame["UnitPrice"])
    free = (price == 0) & frame["CustomerID"].notna() & (pd.to_numeric(frame["Quantity"]) > 0)
    assert int((price < 0).sum()) == 2 and int((price == 0).sum()) == 2_515
    assert int(free.sum()) == 40 == int((result.lines["amount"] == 0).sum())
    assert result.lines["customer_id"].nunique() == 4_372  # the README's customers, all kept


def test_uci_returns_are_the_cancellation_lines(uci: tuple[RawTable, CleanResult]) -> None:
    raw, result = uci
    lines = result.lines
    cancellations = raw.frame["InvoiceNo"].str.startswith("C")
    assert int(cancellations.sum()) == 9_288  # the README's cancellation lines
    # all of them have a price > 0, so all survive, as returns with negative amounts
    assert int(lines["is_return"].sum()) == 9_288
    returns = lines[lines["is_return"]]
    assert returns["order_id"].str.startswith("C").all()
    assert (returns["amount"] < 0).all() and (returns["quantity"] < 0).all()
    assert round(float(returns["amount"].sum()), 2) == -896_812.49
    assert any("9,288 lines" in note for note in result.notes)


def test_uci_revenue_identity(uci: tuple[RawTable, CleanResult]) -> None:
    raw, result = uci
    frame = raw.frame
    value = pd.to_numeric(frame["Quantity"]) * pd.to_numeric(frame["UnitPrice"])
    assert round(float(value.sum()), 2) == 9_747_747.93  # the README's check sum
    excluded = pd.to_numeric(frame["UnitPrice"]) <= 0  # exactly the excluded lines here
    excluded_value = round(float(value[excluded].sum()), 2)
    assert excluded_value == -22_124.12  # the two bad-debt adjustments; free lines are worth 0
    kept_value = round(float(result.lines["amount"].sum()), 2)
    assert kept_value == 9_769_872.05
    assert kept_value == round(9_747_747.93 - excluded_value, 2)


def test_uci_customers_orders_and_lines(uci: tuple[RawTable, CleanResult]) -> None:
    raw, result = uci
    lines = result.lines
    # 4,372 customers in the file, all kept: customer 13256's only line is a free one
    # (12,540 units at 0), kept as a free item
    assert raw.frame["CustomerID"].nunique() == 4_372
    assert lines["customer_id"].nunique() == 4_372
    assert lines.loc[lines["customer_id"] == "13256", "amount"].tolist() == [0.0]
    # 135,080 lines have no customer; 2,477 of them are among the 2,517 left out
    excluded = pd.to_numeric(raw.frame["UnitPrice"]) <= 0
    assert int((excluded & raw.frame["CustomerID"].isna()).sum()) == 2_477
    assert int(lines["customer_id"].isna().sum()) == 135_080 - 2_477 == 132_603
    assert raw.frame["InvoiceNo"].nunique() == 25_900
    # invoices with at least one line of value (23,796) or a free item to a customer (4 more)
    assert lines["order_id"].nunique() == 23_800
    first = lines[lines["order_id"] == "536365"]
    assert first["line_no"].tolist() == [1, 2, 3, 4, 5, 6, 7]
    assert round(float(first["amount"].sum()), 2) == 139.12
    assert first["order_date"].iloc[0] == pd.Timestamp("2010-12-01 08:26:00")
    assert set(lines["currency"]) == {"GBP"}
    assert lines["country"].nunique() == 38
    assert lines["order_date"].min() == pd.Timestamp("2010-12-01 08:26:00")
    assert lines["order_date"].max() == pd.Timestamp("2011-12-09 12:50:00")
    assert (lines.groupby("order_id")["line_no"].max() == lines.groupby("order_id").size()).all()


# --- Superstore (Excel and CSV), CDNOW, Olist, Walmart ----------------------------------------


@pytest.mark.parametrize(
    ("relative", "rows", "sales", "orders", "customers", "first", "last"),
    [
        (
            "superstore/Sample - Superstore.xls",
            9_994,
            2_297_200.8603,
            5_009,
            793,
            "2014-01-03",
            "2017-12-30",
        ),
        (
            "superstore/variant-2019-2022/Sample - Superstore.xls",
            10_194,
            2_326_534.3543,
            5_111,
            804,
            "2019-01-03",
            "2022-12-30",
        ),
        (
            "superstore/variant-2019-2022/Sample - Superstore.csv",
            10_194,
            2_326_534.3543,
            5_111,
            804,
            "2019-01-03",
            "2022-12-30",
        ),
    ],
)
def test_superstore(
    relative: str, rows: int, sales: float, orders: int, customers: int, first: str, last: str
) -> None:
    raw = read_table(shared_file(relative))
    result = to_canonical(raw, auto_map(raw))
    lines = result.lines
    _check_schema(lines)
    assert result.rows_read == rows and result.excluded == {} and len(lines) == rows
    assert round(float(lines["amount"].sum()), 4) == sales
    assert lines["order_id"].nunique() == orders
    assert lines["customer_id"].nunique() == customers
    assert lines["order_date"].min() == pd.Timestamp(first)
    assert lines["order_date"].max() == pd.Timestamp(last)
    assert lines["discount"].isna().all()  # the Discount rate is not money
    assert any("rate" in note for note in result.notes)
    assert set(lines["currency"]) == {"USD"}
    assert not lines["is_return"].any()


def test_cdnow_master_orders_are_customer_days() -> None:
    raw = read_table(shared_file("cdnow/CDNOW_master.txt.gz"))
    result = to_canonical(raw, auto_map(raw))
    lines = result.lines
    _check_schema(lines)
    assert result.rows_read == 69_659
    # the 80 purchases recorded at $0.00 are kept as free items: every customer is there
    assert result.excluded == {}
    assert int((lines["amount"] == 0).sum()) == 80
    assert round(float(lines["amount"].sum()), 2) == 2_500_315.63
    assert lines["customer_id"].nunique() == 23_570
    # one order per customer per day: the file has 67,591 customer-days
    assert lines["order_id"].nunique() == 67_591
    assert lines.loc[0, "order_id"] == "00001 1997-01-01"
    assert lines["order_date"].min() == pd.Timestamp("1997-01-01")
    assert lines["order_date"].max() == pd.Timestamp("1998-06-30")
    assert any("same customer on the same day" in note for note in result.notes)


def test_cdnow_sample_without_header() -> None:
    raw = read_table(shared_file("cdnow/CDNOW_sample.txt"))
    result = to_canonical(raw, auto_map(raw))
    assert result.rows_read == 6_919
    assert result.excluded == {}  # its 8 purchases at $0 are kept as free items
    assert round(float(result.lines["amount"].sum()), 2) == 244_091.94
    assert result.lines["customer_id"].nunique() == 2_357
    cds = int(pd.to_numeric(raw.frame["Column 4"]).sum())
    assert int(result.lines["quantity"].sum()) == cds


def test_ids_from_content_survive_an_overlapping_export() -> None:
    """Re-importing an overlapping export must give the same order numbers (never row numbers)."""
    raw = read_table(shared_file("cdnow/CDNOW_master.txt.gz"), nrows=3_000)
    mapping = auto_map(raw)
    a = _slice(raw, 0, 2_000)
    b = _slice(raw, 1_000, 3_000)
    ids_a = to_canonical(a, mapping).lines.set_index(["customer_id", "order_date", "amount"])
    ids_b = to_canonical(b, mapping).lines.set_index(["customer_id", "order_date", "amount"])
    common = ids_a.index.intersection(ids_b.index)
    assert len(common) > 900
    assert (ids_a.loc[common, "order_id"] == ids_b.loc[common, "order_id"]).all()

    walmart = read_table(shared_file("walmart-sales-weekly/walmart_sales_weekly.csv"))
    w_map = auto_map(walmart)
    whole = to_canonical(walmart, w_map).lines
    tail = to_canonical(_slice(walmart, 500, 1_001), w_map).lines
    assert whole["order_id"].nunique() == 1_001  # no customer: date-time + hash of the row
    assert whole["order_id"].iloc[500:].tolist() == tail["order_id"].tolist()
    assert whole.loc[0, "order_id"].startswith("2010-02-05 00:00:00 #")


def _slice(raw: RawTable, start: int, stop: int) -> RawTable:
    frame = raw.frame.iloc[start:stop].reset_index(drop=True)
    return RawTable(frame=frame, path=raw.path, format=raw.format, header_row=raw.header_row)


def test_walmart_weekly_sales() -> None:
    raw = read_table(shared_file("walmart-sales-weekly/walmart_sales_weekly.csv"))
    result = to_canonical(raw, auto_map(raw))
    lines = result.lines
    assert result.excluded == {} and len(lines) == 1_001
    assert round(float(lines["amount"].sum()), 2) == 54_700_990.09
    assert sorted(lines["sku"].unique()) == ["1_1", "1_13", "1_3", "1_38", "1_8", "1_93", "1_95"]
    assert lines["quantity"].isna().all()
    assert any("no quantity column" in note for note in result.notes)


def test_olist_cancelled_orders_are_left_out() -> None:
    raw = read_table(shared_file("olist-classified-sample/olist_classified_public_dataset.csv"))
    result = to_canonical(raw, auto_map(raw))
    assert result.rows_read == 3_584
    assert result.excluded == {"cancelled order": 25}
    lines = result.lines
    assert round(float(lines["amount"].sum()), 2) == 471_683.89
    assert lines["customer_id"].isna().all()
    assert lines["order_date"].min() == pd.Timestamp("2017-02-22 18:56:05")


# --- generated platform exports ---------------------------------------------------------------


def test_shopify_order_fields_are_carried_down(tmp_path: Path) -> None:
    rows = fixtures_gen.shopify_rows()
    raw = read_table(fixtures_gen.shopify_orders(tmp_path))
    result = to_canonical(raw, auto_map(raw))
    lines = result.lines
    _check_schema(lines)
    pending = {r[0] for r in rows if r[2] == "pending"}
    pending_lines = sum(1 for r in rows if r[0] in pending)
    assert result.rows_read == len(rows) == 24
    assert result.excluded == {"unpaid order": pending_lines} == {"unpaid order": 4}
    first_lines = {r[0]: r for r in rows if r[2]}
    for col, pos in (("customer_id", 1), ("status", 2), ("currency", 4), ("country", 14)):
        expected = [first_lines[o][pos] or None for o in lines["order_id"]]
        assert lines[col].tolist() == expected, col
    follow_ups = [r for r in rows if not r[2]]  # counted before pending orders are left out
    with_email = [r for r in follow_ups if first_lines[r[0]][1]]  # guests have no e-mail
    carried = next(note for note in result.notes if "carried down" in note)
    assert carried.endswith(
        f"order date ({len(follow_ups)} lines), customer id ({len(with_email)} lines), "
        f"currency ({len(follow_ups)} lines), country ({len(follow_ups)} lines), "
        f"status ({len(follow_ups)} lines)."
    )
    assert (len(follow_ups), len(with_email)) == (10, 8)
    multi = lines[lines["order_id"] == "#1003"]
    assert multi["line_no"].tolist() == [1, 2, 3]
    assert multi["order_date"].nunique() == 1
    assert multi["amount"].tolist() == [25.0, 18.0, 49.0]  # quantity x price - line discount
    # an order-level refund is spread over the order's lines, totalling what Shopify refunded
    for order, row in first_lines.items():
        if row[2] in ("refunded", "partially_refunded"):
            refund = lines.loc[lines["order_id"] == order, "refund_amount"].sum()
            assert round(float(refund), 2) == float(row[15]), order
    assert round(float(lines["refund_amount"].sum()), 2) == round(
        sum(float(r[15]) for r in first_lines.values() if r[2] != "pending"), 2
    )


def test_shopify_cancelled_order_is_counted(tmp_path: Path) -> None:
    rows = fixtures_gen.shopify_rows()
    voided = "#1003"  # three lines; Shopify marks a cancelled unpaid order "voided"
    for r in rows:
        if r[0] == voided and r[2]:
            r[2] = "voided"
    path = tmp_path / "orders_export_voided.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(fixtures_gen.SHOPIFY_HEADER)
        writer.writerows(rows)
    raw = read_table(path)
    result = to_canonical(raw, auto_map(raw))
    assert result.excluded == {"cancelled order": 3, "unpaid order": 4}
    assert voided not in set(result.lines["order_id"])
    assert len(result.lines) == 24 - 7


def test_taobao_statuses_refunds_and_chinese_dates(tmp_path: Path) -> None:
    rows = fixtures_gen.taobao_rows()
    raw = read_table(fixtures_gen.taobao_gbk(tmp_path))
    result = to_canonical(raw, auto_map(raw))
    lines = result.lines
    _check_schema(lines)
    closed = [r for r in rows if r[8] == "交易关闭"]
    assert result.excluded == {"cancelled order": len(closed)} == {"cancelled order": 6}
    kept = [r for r in rows if r[8] != "交易关闭"]
    assert lines["order_id"].tolist() == [r[0] for r in kept]
    # paid (column 6) has the refund (column 7) taken out: the sale is paid + refund
    sales = sum(float(r[6]) + float(r[7]) for r in kept)
    assert round(float(lines["amount"].sum()), 2) == round(sales, 2)
    refunded = lines[lines["status"] == "已退款"]
    assert len(refunded) == sum(1 for r in kept if r[8] == "已退款") > 0
    assert (refunded["refund_amount"] == refunded["amount"]).all()
    assert (lines.loc[lines["status"] != "已退款", "refund_amount"] == 0).all()
    chinese = [i for i, r in enumerate(kept) if "年" in r[2]]
    assert kept[chinese[0]][2] == "2024年1月6日"
    assert lines.loc[chinese[0], "order_date"] == pd.Timestamp("2024-01-06")
    assert set(lines["currency"]) == {"CNY"}
    assert set(lines["country"]) <= {"浙江省", "广东省", "北京", "上海"}  # no street addresses
    assert any("province" in note for note in result.notes)


def test_german_decimal_commas(tmp_path: Path) -> None:
    rows = fixtures_gen.german_rows()
    raw = read_table(fixtures_gen.german_semicolon(tmp_path))
    lines = to_canonical(raw, auto_map(raw)).lines
    euros = [float(r[7].replace(".", "").replace(",", ".")) for r in rows]
    assert lines["amount"].round(2).tolist() == euros
    assert lines.loc[lines["sku"] == "A-1001", "unit_price"].unique().tolist() == [1234.5]
    assert lines["customer_id"].tolist() == [r[2] for r in rows]  # leading zeros kept
    assert set(lines["currency"]) == {"EUR"}


def test_workbook_returns_are_negative(tmp_path: Path) -> None:
    rows = fixtures_gen.workbook_rows()
    raw = read_table(fixtures_gen.titled_workbook(tmp_path))
    lines = to_canonical(raw, auto_map(raw)).lines
    _check_schema(lines)
    returned = [r for r in rows if r[7] == "Returned"]
    assert int(lines["is_return"].sum()) == len(returned) == 3
    assert lines.loc[lines["is_return"], "amount"].tolist() == [-float(r[6]) for r in returned]  # type: ignore[arg-type]
    assert lines["order_date"].tolist() == [pd.Timestamp(r[1]) for r in rows]  # type: ignore[arg-type]


# --- the policy, rule by rule, on a hand-made sheet -------------------------------------------


def _sheet() -> RawTable:
    header = ["Order", "Date", "Customer", "Qty", "Price", "Off", "Total", "State"]
    rows = [
        ["A1", "2024-01-05 10:00", "c1", "2", "3.50", "0.50", "", "paid"],  # 2*3.5-0.5
        ["A1", "", "", "1", "4.00", "", "", ""],  # date, customer, status carried down
        ["", "", "", "", "", "", "", ""],  # empty row
        [" ", "  ", "", "", "", "", "", ""],  # only spaces: empty too
        ["A2", "", "c2", "1", "5", "", "", ""],  # no order date
        ["A3", "not a date", "c3", "1", "5", "", "", ""],  # unreadable date
        ["A4", "2024-01-06", "c4", "two", "5", "", "", ""],  # unreadable quantity
        ["A5", "2024-01-06", "c5", "", "", "", "", ""],  # no amount
        ["A6", "2024-01-07", "c6", "1", "5", "", "", "cancelled"],
        ["A7", "2024-01-07", "c7", "1", "5", "", "", "pending payment"],
        ["A8", "2024-01-08", "c8", "1", "-5", "", "", ""],  # negative unit price
        ["A9", "2024-01-08", "", "3", "0", "", "", ""],  # zero-value line, no customer
        ["A10", "2024-01-09", "c10", "2", "5", "", "", "returned"],  # return by status
        ["CA1", "2024-01-09", "c1", "1", "4.00", "", "", ""],  # cancellation prefix
        ["A11", "2024-01-09", "c11", "-1", "5", "", "", ""],  # negative quantity
        ["A12", "2024-01-10", "c12", "1", "8", "", "", "refunded"],
        ["A13", "2024-01-10", "c13", "1", "5", "", "abc", ""],  # unreadable amount
        ["A14", "2024-01-11", "17850.0", "1", "5", "1", "12.00", ""],  # amount given
    ]
    frame = pd.DataFrame(rows, columns=header, dtype="str").replace("", np.nan)
    return RawTable(frame=frame, path=Path("hand.csv"), format="csv")


def test_every_rule_of_the_policy() -> None:
    raw = _sheet()
    spec: dict[str, str | int] = {
        "order_id": "Order",
        "order_date": "Date",
        "customer_id": "Customer",
        "quantity": "Qty",
        "unit_price": "Price",
        "discount": "Off",
        "amount": "Total",
        "status": "State",
    }
    result = to_canonical(raw, mapping_from_spec(raw, spec))
    assert result.rows_read == 18
    assert result.excluded == {
        "empty row": 2,
        "no order date": 1,
        "order date not readable": 1,
        "amount not readable": 1,
        "quantity or unit price not readable": 1,
        "no amount (and no quantity × unit price)": 1,
        "cancelled order": 1,
        "unpaid order": 1,
        NEGATIVE_PRICE: 1,
        ZERO_VALUE: 1,
    }
    lines = result.lines.set_index("order_id")
    _check_schema(result.lines)
    assert lines.index.tolist() == ["A1", "A1", "A10", "CA1", "A11", "A12", "A14"]
    a1 = lines.loc["A1"]
    assert a1["amount"].tolist() == [6.5, 4.0] and a1["line_no"].tolist() == [1, 2]
    assert a1["customer_id"].tolist() == ["c1", "c1"] and a1["status"].tolist() == ["paid"] * 2
    assert a1["order_date"].tolist() == [pd.Timestamp("2024-01-05 10:00")] * 2
    assert lines.loc["A10", ["amount", "quantity", "is_return"]].tolist() == [-10.0, -2.0, True]
    assert lines.loc["CA1", ["amount", "quantity", "is_return"]].tolist() == [-4.0, -1.0, True]
    assert lines.loc["A11", ["amount", "is_return"]].tolist() == [-5.0, True]
    assert lines.loc["A12", ["refund_amount", "is_return"]].tolist() == [8.0, False]
    assert lines.loc["A14", ["amount", "customer_id"]].tolist() == [12.0, "17850"]
    assert int(lines["is_return"].sum()) == 3


def test_progress_is_reported_and_cancel_stops(tmp_path: Path) -> None:
    raw = read_table(fixtures_gen.shopify_orders(tmp_path))
    mapping = auto_map(raw)
    seen: list[float] = []
    to_canonical(raw, mapping, lambda fraction, message: seen.append(fraction))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and len(seen) >= 4
    assert seen == sorted(seen)

    def cancel(fraction: float, message: str) -> None:
        if fraction > 0.3:
            raise Cancelled

    with pytest.raises(Cancelled):
        to_canonical(raw, mapping, cancel)


def test_till_currency_from_the_headers(tmp_path: Path) -> None:
    rows = fixtures_gen.till_rows()
    raw = read_table(fixtures_gen.till_cp1252(tmp_path))
    result = to_canonical(raw, auto_map(raw))
    lines = result.lines
    assert set(lines["currency"]) == {"EUR"}  # from "Prix (€)" / "Total (€)"
    assert round(float(lines["amount"].sum()), 2) == round(sum(float(r[6]) for r in rows), 2)
    assert lines["customer_id"].tolist() == [r[2] or None for r in rows]
    assert lines["order_id"].tolist() == [r[0] for r in rows]
