"""Reading cell values: every way exports write money, dates and statuses, and real columns.

The format tests run three ways: text backed by pyarrow (what `read_csv` gives here), text in
pandas' own string storage with pyarrow switched off (a build without pyarrow), and object
columns of Python strings (Excel text cells). Real columns come from the shared data sets.
"""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import pytest

from core.ingest import cells as cells_module
from core.ingest import dates as dates_module
from core.ingest import values as values_module
from core.ingest.values import (
    ParsedDates,
    ParsedNumbers,
    classify_status,
    parse_dates,
    parse_numbers,
    sniff_kind,
)
from tests.conftest import shared_file

Cells = Callable[..., pd.Series]
NaN = float("nan")


@pytest.fixture(params=["arrow", "python", "object"])
def cells(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Cells]:
    """A factory of text columns in each storage the readers hand over."""

    def make(*values: Any) -> pd.Series:
        if request.param == "arrow":
            return pd.Series(list(values), dtype=pd.StringDtype("pyarrow", na_value=np.nan))
        if request.param == "python":
            return pd.Series(list(values), dtype=pd.StringDtype("python", na_value=np.nan))
        return pd.Series(list(values), dtype=object)

    if request.param != "arrow":
        monkeypatch.setattr(cells_module, "HAVE_ARROW", False)
        monkeypatch.setattr(dates_module, "HAVE_ARROW", False)
        monkeypatch.setattr(values_module, "HAVE_ARROW", False)
    yield make


def stamps(*texts: str | None) -> list[Any]:
    return [pd.Timestamp(t) if t else pd.NaT for t in texts]


def same(actual: pd.Series, expected: list[Any]) -> bool:
    got = actual.tolist()
    return len(got) == len(expected) and all(
        (pd.isna(a) and pd.isna(e)) or a == e for a, e in zip(got, expected, strict=True)
    )


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("texts", "expected", "currency", "comma"),
    [
        (["¥1,234.50", "￥88.00", "88元", "RMB 88"], [1234.5, 88.0, 88.0, 88.0], "CNY", False),
        (["1.234,50 €", "12,99 €", "€3"], [1234.5, 12.99, 3.0], "EUR", True),
        (["$1,234", "$12.50", "-$3", "$-4", "USD 5.25"], [1234.0, 12.5, -3.0, -4.0, 5.25], "USD",
         False),
        (["£2.55", "(12.00)", "£(3.10)", "-12"], [2.55, -12.0, -3.1, -12.0], "GBP", False),
        (["1 234,50", "1\u00a0234,50", "1\u202f234,50", "7"], [1234.5, 1234.5, 1234.5, 7.0], None,
         True),
        (["1,5", "2", "3,25"], [1.5, 2.0, 3.25], None, True),
        (["1,234", "2,345.50", "12"], [1234.0, 2345.5, 12.0], None, False),
        (["1,234", "1,234,567"], [1234.0, 1234567.0], None, False),
        (["1.234", "12,5"], [1234.0, 12.5], None, True),
        (["0,125", "3"], [0.125, 3.0], None, True),
        (["1'234.50", "R$ 9"], [1234.5, 9.0], "BRL", False),
        (["2.55", "+5", "−7", "1e3", "-0.5"], [2.55, 5.0, -7.0, 1000.0, -0.5], None, False),
        (["１２３", "12 kr"], [123.0, 12.0], None, False),
    ],
)  # fmt: skip
def test_money_formats(
    cells: Cells, texts: list[str], expected: list[float], currency: str | None, comma: bool
) -> None:
    parsed = parse_numbers(cells(*texts))
    assert isinstance(parsed, ParsedNumbers)
    assert parsed.values.dtype == "float64"
    assert parsed.values.tolist() == pytest.approx(expected)
    assert not parsed.unreadable.any()
    assert parsed.currency == currency
    assert parsed.decimal_comma is comma


def test_unreadable_and_empty_numbers(cells: Cells) -> None:
    parsed = parse_numbers(cells("12%", "12-", "abc", "1,2,3.4,5", "", "  ", "N/A", "-", None, "3"))
    assert parsed.unreadable.tolist() == [True] * 4 + [False] * 6
    assert same(parsed.values, [NaN] * 9 + [3.0])


def test_decimal_comma_is_decided_for_the_whole_column(cells: Cells) -> None:
    # The same text "1,234" is a thousand in one column and one and a bit in another.
    thousands = parse_numbers(cells("1,234", "15.75", "2,000.10"))
    assert thousands.values.tolist() == [1234.0, 15.75, 2000.1]
    assert thousands.decimal_comma is False
    decimals = parse_numbers(cells("1,234", "15,75", "2.000,10"))
    assert decimals.values.tolist() == [1.234, 15.75, 2000.1]
    assert decimals.decimal_comma is True


def test_clean_leftovers_follow_a_decimal_comma_found_late(cells: Cells) -> None:
    # "2.50" converts on the fast path as 2.5, but "1.234.567" shows dots group thousands:
    # the column is read again as a whole, and then "2.50" is a conflict, not a silent 2.5.
    parsed = parse_numbers(cells("12", "1.234.567", "3.000"))
    assert parsed.values.tolist() == [12.0, 1234567.0, 3000.0]
    assert parsed.decimal_comma is True


def test_mixed_currencies_give_no_currency(cells: Cells) -> None:
    parsed = parse_numbers(cells("$12", "€10"))
    assert parsed.values.tolist() == [12.0, 10.0]
    assert parsed.currency is None


def test_excel_native_number_cells() -> None:
    excel = pd.Series([2.55, 6, None, True, dt.datetime(2020, 1, 1), "3,5", Decimal("1.25")])
    parsed = parse_numbers(excel.astype(object))
    assert same(parsed.values, [2.55, 6.0, NaN, NaN, NaN, 3.5, 1.25])
    assert parsed.unreadable.tolist() == [False, False, False, True, True, False, False]
    assert parse_numbers(pd.Series([1.5, 2, None], dtype=object)).values.tolist()[:2] == [1.5, 2]
    flags = parse_numbers(pd.Series([True, False, None], dtype=object))
    assert flags.unreadable.tolist() == [True, True, False]
    nullable = parse_numbers(pd.Series([1, None], dtype="Int64"))
    assert same(nullable.values, [1.0, NaN]) and nullable.values.dtype == "float64"


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("texts", "expected", "order"),
    [
        (["2011-12-09 12:50:00", "2011-12-09T12:50:00Z", "2011-12-09"],
         ["2011-12-09 12:50", "2011-12-09 12:50", "2011-12-09"], "ymd"),
        (["2011-12-09T12:50:00+08:00", "2011-12-10 07:05:00 -0500", "2011-12-11 01:00:00 UTC"],
         ["2011-12-09 12:50", "2011-12-10 07:05", "2011-12-11 01:00"], "ymd"),
        (["2017-08-30 11:41:01.000000", "2017-08-30 11:55:08.970352"],
         ["2017-08-30 11:41:01", "2017-08-30 11:55:08.970352"], "ymd"),
        (["12/1/2010 8:26", "12/13/2010 17:05"], ["2010-12-01 08:26", "2010-12-13 17:05"], "mdy"),
        (["03/01/19", "13/01/19", "31/12/2022"], ["2019-01-03", "2019-01-13", "2022-12-31"],
         "dmy"),
        (["21-07-2015", "05-01-2015"], ["2015-07-21", "2015-01-05"], "dmy"),
        (["19970101", "19980630"], ["1997-01-01", "1998-06-30"], "yyyymmdd"),
        (["43831", "43831.5"], ["2020-01-01", "2020-01-01 12:00"], "serial"),
        (["2020年2月1日", "2020年2月1日 10:05", "2020年12月31日10:05:03"],
         ["2020-02-01", "2020-02-01 10:05", "2020-12-31 10:05:03"], "ymd"),
        (["2020/2/1 10:05:03", "2020/12/31"], ["2020-02-01 10:05:03", "2020-12-31"], "ymd"),
        (["1/5/2024 1:05 PM", "1/15/2024 11:05 am"], ["2024-01-05 13:05", "2024-01-15 11:05"],
         "mdy"),
        (["Jan 5, 2024", "5 January 2024", "Tue, 05 Mar 2024 10:00:00 GMT"],
         ["2024-01-05", "2024-01-05", "2024-03-05 10:00"], "names"),
    ],
)  # fmt: skip
def test_date_formats(cells: Cells, texts: list[str], expected: list[str], order: str) -> None:
    parsed = parse_dates(cells(*texts))
    assert isinstance(parsed, ParsedDates)
    assert parsed.values.dtype == "datetime64[ns]"
    assert same(parsed.values, stamps(*expected))
    assert not parsed.unreadable.any()
    assert parsed.order == order


def test_day_month_order_decided_by_the_values(cells: Cells) -> None:
    dmy = parse_dates(cells("01/02/2019", "31/12/2019", "05/06/2019"))
    assert dmy.order == "dmy"
    assert same(dmy.values, stamps("2019-02-01", "2019-12-31", "2019-06-05"))
    assert dmy.note == "Dates read as day/month/year (31/12/2019 seen)."
    mdy = parse_dates(cells("01/02/2019", "12/31/2019", "05/06/2019"))
    assert mdy.order == "mdy"
    assert same(mdy.values, stamps("2019-01-02", "2019-12-31", "2019-05-06"))
    assert mdy.note == "Dates read as month/day/year (12/31/2019 seen)."


def test_ambiguous_dates_say_which_order_was_assumed(cells: Cells) -> None:
    slash = parse_dates(cells("03/04/2020", "05/06/2020"))
    assert slash.order == "mdy"
    assert same(slash.values, stamps("2020-03-04", "2020-05-06"))
    assert slash.note is not None and "03/04/2020" in slash.note
    assert "read as month/day/year" in slash.note
    dotted = parse_dates(cells("03.04.2020", "05.06.2020"))
    assert dotted.order == "dmy"
    assert same(dotted.values, stamps("2020-04-03", "2020-06-05"))
    assert dotted.note is not None and "read as day/month/year" in dotted.note
    forced = parse_dates(cells("03/04/2020", "05/06/2020"), order="dmy")
    assert same(forced.values, stamps("2020-04-03", "2020-06-05")) and forced.note is None


def test_dates_of_both_orders_in_one_column_are_reported(cells: Cells) -> None:
    parsed = parse_dates(cells("31/12/2019", "13/12/2019", "12/31/2019", "01/02/2019"))
    assert parsed.order == "dmy"
    assert same(parsed.values, stamps("2019-12-31", "2019-12-13", None, "2019-02-01"))
    assert parsed.unreadable.tolist() == [False, False, True, False]
    assert parsed.note == (
        "Dates read as day/month/year (31/12/2019 seen). 1 date fits only month/day/year "
        "(for example 12/31/2019) and was not read; check them in the file."
    )


def test_unreadable_and_empty_dates(cells: Cells) -> None:
    parsed = parse_dates(cells("2020-01-01", "hello", "2020-02-30", "9999-12-31", "", "N/A", None))
    assert same(parsed.values, stamps("2020-01-01", None, None, None, None, None, None))
    assert parsed.unreadable.tolist() == [False, True, True, True, False, False, False]


def test_excel_dates_numbers_and_native_cells() -> None:
    serial = parse_dates(pd.Series([43831, 43831.75, None]))
    assert serial.order == "serial"
    assert same(serial.values, stamps("2020-01-01", "2020-01-01 18:00", None))
    cdnow = parse_dates(pd.Series([19970101, 19980630]))
    assert cdnow.order == "yyyymmdd" and same(cdnow.values, stamps("1997-01-01", "1998-06-30"))
    native = pd.Series([dt.datetime(2020, 1, 1, 10, 5), dt.date(2020, 1, 2), None], dtype=object)
    assert same(parse_dates(native).values, stamps("2020-01-01 10:05", "2020-01-02", None))
    mixed = pd.Series([dt.datetime(2020, 1, 1, 10), "2020-01-05", 43831, True, None], dtype=object)
    read = parse_dates(mixed)
    assert read.order == "native"
    assert same(read.values, stamps("2020-01-01 10:00", "2020-01-05", "2020-01-01", None, None))
    assert read.unreadable.tolist() == [False, False, False, True, False]
    zoned = pd.Series(pd.to_datetime(["2020-01-01 10:00"]).tz_localize("Asia/Shanghai"))
    assert same(parse_dates(zoned).values, stamps("2020-01-01 10:00"))


# ---------------------------------------------------------------- statuses

STATUS_WORDS = {
    "cancelled": ["Cancelled", "canceled", "Voided", "void", "declined", "Payment failed",
                  "wc-cancelled", "交易关闭", "已取消", "取消", "已关闭", "关闭"],
    "unpaid": ["pending payment", "Awaiting Payment", "等待买家付款", "未付款", "待付款"],
    "refunded": ["refunded", "Refunded", "已退款", "退款成功", "全额退款"],
    "partially_refunded": ["partially_refunded", "Partially refunded", "部分退款"],
    "returned": ["returned", "Return", "退货", "已退货", "退货成功"],
    "ok": ["paid", "delivered", "Shipped", "交易成功", "avoid", "", "refunding soon?"],
}  # fmt: skip


def test_classify_status_words() -> None:
    words = [w for ws in STATUS_WORDS.values() for w in ws] + [None]
    expected = [k for k, ws in STATUS_WORDS.items() for _ in ws] + ["ok"]
    index = pd.RangeIndex(10, 10 + len(words))
    kinds = classify_status(pd.Series(words, dtype=object, index=index))
    assert kinds.tolist() == expected
    assert kinds.index.equals(index)


def test_classify_status_on_olist_orders(olist: pd.DataFrame) -> None:
    kinds = classify_status(olist["order_status"])
    assert kinds.value_counts().to_dict() == {"ok": 3559, "cancelled": 25}


# ---------------------------------------------------------------- real columns


@pytest.fixture(scope="module")
def retail() -> pd.DataFrame:
    return pd.read_csv(shared_file("uci-online-retail/online_retail.csv.gz"), dtype=str)


@pytest.fixture(scope="module")
def superstore() -> pd.DataFrame:
    path = shared_file("superstore/variant-2019-2022/Sample - Superstore.csv")
    return pd.read_csv(path, dtype=str, encoding="utf-8-sig")


@pytest.fixture(scope="module")
def olist() -> pd.DataFrame:
    path = shared_file("olist-classified-sample/olist_classified_public_dataset.csv")
    return pd.read_csv(path, dtype=str)


def test_online_retail_dates(retail: pd.DataFrame) -> None:
    parsed = parse_dates(retail["InvoiceDate"])
    assert len(parsed.values) == 541_909
    assert parsed.values.notna().sum() == 541_909
    assert not parsed.unreadable.any()
    assert parsed.order == "ymd" and parsed.note is None
    assert parsed.values.min() == pd.Timestamp("2010-12-01 08:26:00")
    assert parsed.values.max() == pd.Timestamp("2011-12-09 12:50:00")


def test_online_retail_money(retail: pd.DataFrame) -> None:
    price = parse_numbers(retail["UnitPrice"])
    quantity = parse_numbers(retail["Quantity"])
    assert not price.unreadable.any() and not quantity.unreadable.any()
    assert quantity.values.sum() == 5_176_450
    assert round(float((quantity.values * price.values).sum()), 2) == 9_747_747.93


def test_superstore_day_first_dates_and_sales(superstore: pd.DataFrame) -> None:
    parsed = parse_dates(superstore["Order Date"])
    assert parsed.order == "dmy"
    assert parsed.note is not None and parsed.note.startswith("Dates read as day/month/year (")
    assert parsed.values.notna().sum() == 10_194
    assert parsed.values.min() == pd.Timestamp("2019-01-03")
    assert parsed.values.max() == pd.Timestamp("2022-12-30")
    sales = parse_numbers(superstore["Sales"])
    assert round(float(sales.values.sum()), 4) == 2_326_534.3543


def test_superstore_workbook_dates_match_its_csv(superstore: pd.DataFrame) -> None:
    calamine = pytest.importorskip("python_calamine")
    path = shared_file("superstore/variant-2019-2022/Sample - Superstore.xls")
    rows = calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Orders").to_python()
    column = rows[0].index("Order Date")
    native = parse_dates(pd.Series([r[column] for r in rows[1:]], dtype=object))
    assert native.order == "native"
    from_csv = parse_dates(superstore["Order Date"]).values
    assert (native.values.to_numpy() == from_csv.to_numpy()).all()


def test_groceries_day_month_year() -> None:
    frame = pd.read_csv(shared_file("groceries/Groceries_dataset.csv"), dtype=str)
    parsed = parse_dates(frame["Date"])
    assert parsed.order == "dmy"
    assert parsed.values.notna().sum() == 38_765
    assert parsed.values.min() == pd.Timestamp("2014-01-01")
    assert parsed.values.max() == pd.Timestamp("2015-12-30")


def test_cdnow_yyyymmdd_as_text_and_as_numbers() -> None:
    path = shared_file("cdnow/CDNOW_master.txt.gz")
    with gzip.open(path, "rt") as handle:
        text = pd.read_csv(handle, sep=r"\s+", dtype=str)
    for column in (text["date"], text["date"].astype("int64")):
        parsed = parse_dates(column)
        assert parsed.order == "yyyymmdd"
        assert parsed.values.notna().sum() == 69_659
        assert parsed.values.min() == pd.Timestamp("1997-01-01")
        assert parsed.values.max() == pd.Timestamp("1998-06-30")
    assert round(float(parse_numbers(text["dollar_value"]).values.sum()), 2) == 2_500_315.63


def test_olist_timestamps_with_fractions_and_zones(olist: pd.DataFrame) -> None:
    bought = parse_dates(olist["order_purchase_timestamp"])
    assert bought.values.notna().sum() == 3_584
    assert bought.values.min().date() == dt.date(2017, 2, 22)
    assert bought.values.max().date() == dt.date(2018, 4, 11)
    answered = parse_dates(olist["review_answer_timestamp"])  # written '...+00:00'
    assert answered.values.notna().sum() == 3_584 and not answered.unreadable.any()
    delivered = parse_dates(olist["order_delivered_customer_date"])
    assert delivered.values.notna().sum() == 3_467  # the 117 shipped-but-not-delivered are empty
    assert not delivered.unreadable.any()


# ---------------------------------------------------------------- sniffing


def test_sniff_online_retail_columns(retail: pd.DataFrame) -> None:
    kinds = {column: sniff_kind(retail[column]) for column in retail.columns}
    assert kinds["InvoiceDate"]["date"] == 1.0
    assert kinds["UnitPrice"]["money"] >= 0.9
    assert kinds["Quantity"]["integer"] == 1.0 and kinds["Quantity"]["id"] < 0.1
    assert kinds["Description"]["text"] >= 0.9
    assert kinds["CustomerID"]["id"] >= 0.9 and kinds["CustomerID"]["money"] == 0.0
    assert kinds["StockCode"]["id"] >= 0.9
    assert kinds["Country"]["country"] == 1.0
    for column, shares in kinds.items():
        assert set(shares) == {
            "date", "money", "integer", "id", "text", "status", "currency_code", "country"
        }  # fmt: skip
        assert all(0.0 <= s <= 1.0 for s in shares.values()), column
        if column != "InvoiceDate":
            assert shares["date"] == 0.0, column


def test_sniff_native_numbers_from_a_typed_file() -> None:
    pytest.importorskip("pyarrow")
    path = shared_file("uci-online-retail/online_retail.parquet")
    frame = pd.read_parquet(path, columns=["Quantity", "UnitPrice", "CustomerID"])
    customers = sniff_kind(frame["CustomerID"])  # float64 with NaN: 17850.0 is customer 17850
    assert customers["id"] >= 0.9 and customers["integer"] == 1.0 and customers["money"] == 0.0
    assert sniff_kind(frame["UnitPrice"])["money"] >= 0.9
    quantity = sniff_kind(frame["Quantity"])
    assert quantity["integer"] == 1.0 and quantity["date"] == 0.0


def test_sniff_statuses_currencies_and_excel_cells(olist: pd.DataFrame) -> None:
    assert sniff_kind(olist["order_status"])["status"] == 1.0
    assert sniff_kind(olist["order_status"])["text"] == 0.0
    codes = pd.Series(["GBP", "EUR", "USD", None, "GBP"] * 50, dtype="str")
    assert sniff_kind(codes)["currency_code"] == 1.0
    excel = pd.Series([dt.datetime(2020, 1, d) for d in range(1, 29)], dtype=object)
    assert sniff_kind(excel)["date"] == 1.0
    money = pd.Series(["¥88.00", "¥1,234.50", "", None] * 20, dtype="str")
    assert sniff_kind(money)["money"] == 1.0
    assert sniff_kind(pd.Series([None, ""], dtype=object)) == dict.fromkeys(
        ("date", "money", "integer", "id", "text", "status", "currency_code", "country"), 0.0
    )
