"""Reading order exports as they come from shops: real data sets first, then generated exports
in the layouts shops produce (GBK with a title line, UTF-16 tabs, decimal commas, ...)."""

from __future__ import annotations

import gzip
import math
import threading
import time
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest

from core.errors import Cancelled, FileUnreadableError
from core.ingest import csv_parse, text_reader, workbooks
from core.ingest.clean import to_canonical
from core.ingest.mapping import auto_map
from core.ingest.readers import SUPPORTED_SUFFIXES, list_sheets, read_table
from core.ingest.sniff import detect_delimiter, detect_encoding, make_unique
from core.ingest.types import RawTable
from tests import fixtures_gen as gen
from tests.conftest import shared_file

RETAIL = "uci-online-retail/online_retail.csv.gz"
SUPERSTORE = "superstore/Sample - Superstore.xls"
VARIANT_CSV = "superstore/variant-2019-2022/Sample - Superstore.csv"
VARIANT_XLS = "superstore/variant-2019-2022/Sample - Superstore.xls"
SUPERSTORE_COLUMNS = [
    "Row ID", "Order ID", "Order Date", "Ship Date", "Ship Mode", "Customer ID", "Customer Name",
    "Segment", "Country", "City", "State", "Postal Code", "Region", "Product ID", "Category",
    "Sub-Category", "Product Name", "Sales", "Quantity", "Discount", "Profit",
]  # fmt: skip


def _numbers(column: pd.Series) -> pd.Series:
    return pd.to_numeric(column, errors="raise")


def _cells(table: RawTable) -> list[list[object]]:
    """The frame's cells as lists, missing cells as ""."""
    return [["" if pd.isna(v) else v for v in row] for row in table.frame.to_numpy().tolist()]


# --- real files -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def retail() -> RawTable:
    return read_table(shared_file(RETAIL))


def test_online_retail_layout(retail: RawTable) -> None:
    assert retail.frame.shape == (541_909, 8)
    assert retail.columns == [
        "InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
        "CustomerID", "Country",
    ]  # fmt: skip
    assert (retail.format, retail.encoding, retail.delimiter) == ("csv", "utf_8", ",")
    assert retail.compressed and retail.header_row == 1 and retail.sheet is None


def test_online_retail_values(retail: RawTable) -> None:
    frame = retail.frame
    assert all(str(dtype) == "str" for dtype in frame.dtypes)
    assert frame.iloc[0].tolist() == [
        "536365", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", "6", "2010-12-01 08:26:00",
        "2.55", "17850", "United Kingdom",
    ]  # fmt: skip
    assert int(frame["Description"].isna().sum()) == 1_454
    assert int(frame["CustomerID"].isna().sum()) == 135_080
    assert int(_numbers(frame["Quantity"]).sum()) == 5_176_450
    assert int((_numbers(frame["Quantity"]) < 0).sum()) == 10_624
    assert int(frame["InvoiceNo"].str.startswith("C").sum()) == 9_288
    assert frame["InvoiceNo"].nunique() == 25_900
    assert frame["CustomerID"].nunique() == 4_372
    assert frame["Country"].nunique() == 38
    revenue = (_numbers(frame["Quantity"]) * _numbers(frame["UnitPrice"])).sum()
    assert round(float(revenue), 2) == 9_747_747.93
    assert frame["Description"].dropna().str.endswith(" ").any()  # trailing spaces kept


def test_online_retail_preview_reads_only_the_first_rows(retail: RawTable) -> None:
    table = read_table(shared_file(RETAIL), nrows=200)
    assert table.frame.shape == (200, 8)
    pd.testing.assert_frame_equal(table.frame, retail.frame.iloc[:200])


class Recorder:
    """A progress callback that keeps every (fraction, message) and presses Cancel on the call
    whose message contains `cancel_on` (or on call number `cancel_at`)."""

    def __init__(self, cancel_on: str | None = None, cancel_at: int | None = None) -> None:
        self.calls: list[tuple[float, str]] = []
        self.cancel_on, self.cancel_at = cancel_on, cancel_at

    def __call__(self, fraction: float, message: str) -> None:
        self.calls.append((fraction, message))
        if (self.cancel_on is not None and self.cancel_on in message) or (
            self.cancel_at is not None and len(self.calls) == self.cancel_at
        ):
            raise Cancelled

    @property
    def fractions(self) -> list[float]:
        return [f for f, _ in self.calls]


def test_online_retail_read_reports_progress_per_megabyte(retail: RawTable) -> None:
    """The gzipped file is decompressed a megabyte at a time: one report after each."""
    path = shared_file(RETAIL)
    progress = Recorder()
    table = read_table(path, progress=progress)
    pd.testing.assert_frame_equal(table.frame, retail.frame)
    reads = math.ceil(path.stat().st_size / csv_parse.READ_BYTES)
    assert reads == 8
    assert [m for _, m in progress.calls] == ["Reading online_retail.csv.gz"] * (1 + reads) + [
        "Read 541,909 rows from online_retail.csv.gz"
    ]
    assert progress.fractions == sorted(set(progress.fractions))  # rising at every report
    assert progress.fractions[0] == 0.0 and progress.fractions[-2:] == [0.95, 1.0]


def test_online_retail_read_stops_on_cancel() -> None:
    progress = Recorder(cancel_at=3)  # the start, the first megabyte, Cancel after the second
    with pytest.raises(Cancelled):
        read_table(shared_file(RETAIL), progress=progress)
    assert len(progress.calls) == 3 and progress.fractions[-1] < 0.3


def test_plain_file_read_reports_and_stops_on_cancel(tmp_path: Path) -> None:
    """A plain file is parsed by pandas from its path (in parallel threads) beside the job."""
    path = tmp_path / "orders.csv"
    lines = "".join(f"{1000 + i},2024-03-01,Mug,9.50\n" for i in range(20_000))
    path.write_text("Order,Date,Product,Total\n" + lines)
    progress = Recorder()
    table = read_table(path, progress=progress)
    assert table.frame.shape == (20_000, 4) and table.frame["Order"].iloc[-1] == "20999"
    assert progress.calls[0] == (0.0, "Reading orders.csv")
    assert progress.calls[-1] == (1.0, "Read 20,000 rows from orders.csv")
    assert progress.fractions == sorted(progress.fractions) and len(progress.calls) >= 3
    with pytest.raises(Cancelled):
        read_table(path, progress=Recorder(cancel_at=2))


@pytest.fixture(scope="module")
def superstore() -> RawTable:
    return read_table(shared_file(SUPERSTORE))


def test_superstore_chooses_the_orders_sheet(superstore: RawTable) -> None:
    assert superstore.sheet == "Orders"
    assert superstore.sheets == ("Orders", "Returns", "People")
    assert superstore.format == "xls" and superstore.encoding is None
    assert superstore.frame.shape == (9_994, 21)
    assert superstore.columns == SUPERSTORE_COLUMNS
    assert superstore.header_row == 1


def test_superstore_cells_keep_their_types(superstore: RawTable) -> None:
    frame = superstore.frame
    dates = frame["Order Date"]
    assert all(isinstance(d, date) for d in dates)
    assert (min(dates), max(dates)) == (date(2014, 1, 3), date(2017, 12, 30))
    assert round(float(frame["Sales"].sum()), 4) == 2_297_200.8603
    assert round(float(frame["Profit"].sum()), 4) == 286_397.0217
    assert frame["Order ID"].nunique() == 5_009
    assert frame["Customer ID"].nunique() == 793
    assert frame["Row ID"].iloc[0] == 1 and isinstance(frame["Row ID"].iloc[0], int)


def test_superstore_other_sheets_on_request() -> None:
    path = shared_file(SUPERSTORE)
    returns = read_table(path, sheet="Returns")
    assert returns.frame.shape == (296, 2) and returns.columns == ["Returned", "Order ID"]
    people = read_table(path, sheet="People")
    assert people.frame.shape == (4, 2) and people.columns == ["Person", "Region"]
    assert list_sheets(path) == ["Orders", "Returns", "People"]
    with pytest.raises(
        FileUnreadableError,
        match=r'no sheet named "Sales"\. Its sheets are: "Orders", "Returns", "People"',
    ):
        read_table(path, sheet="Sales")


def test_superstore_read_reports_each_sheet_and_column(superstore: RawTable) -> None:
    progress = Recorder()
    table = read_table(shared_file(SUPERSTORE), progress=progress)
    pd.testing.assert_frame_equal(table.frame, superstore.frame)
    messages = [m for _, m in progress.calls]
    for name in ("Orders", "Returns", "People"):
        assert f'Reading the sheet "{name}" of Sample - Superstore.xls' in messages
    assert messages.count("Reading the cells") == 1 + 21  # the rows taken, then each column
    assert progress.fractions == sorted(progress.fractions)
    assert progress.calls[-1] == (1.0, "Read 9,994 rows from Sample - Superstore.xls")


@pytest.mark.parametrize("moment", ['"Returns"', "cells"])
def test_superstore_read_stops_on_cancel(moment: str) -> None:
    """Cancel between sheets or while the cells are tidied; the file reads normally after."""
    path = shared_file(SUPERSTORE)
    progress = Recorder(cancel_on=moment)
    with pytest.raises(Cancelled):
        read_table(path, progress=progress)
    assert moment in progress.calls[-1][1] and progress.fractions[-1] < 1.0
    again = read_table(path)
    assert again.sheet == "Orders" and again.frame.shape == (9_994, 21)


def test_cancel_reaches_a_sheet_still_being_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A large sheet takes calamine many seconds in one call; the parse runs beside the job so
    that Cancel is noticed at the next poll. The parse is held here to stand for a slow one."""
    path = shared_file(SUPERSTORE)
    release = threading.Event()
    parse = workbooks._Book._get

    def slow(book: workbooks._Book, name: str) -> object:
        release.wait(10)
        return parse(book, name)

    monkeypatch.setattr(workbooks._Book, "_get", slow)
    progress = Recorder(cancel_at=3)  # opening, the parse starts, the first poll: Cancel
    started = time.perf_counter()
    with pytest.raises(Cancelled):
        read_table(path, progress=progress)
    assert time.perf_counter() - started < 2  # not the 10 s the parse is held
    assert progress.calls[-1][1] == 'Reading the sheet "Orders" of Sample - Superstore.xls'
    release.set()
    monkeypatch.undo()
    assert read_table(path).frame.shape == (9_994, 21)


def test_superstore_variant_workbook() -> None:
    table = read_table(shared_file(VARIANT_XLS))
    assert table.sheet == "Orders" and table.sheets == ("Orders", "People", "Returns")
    assert table.frame.shape == (10_194, 21)
    assert round(float(table.frame["Sales"].sum()), 4) == 2_326_534.3543


def test_superstore_variant_csv_with_bom() -> None:
    table = read_table(shared_file(VARIANT_CSV))
    assert (table.encoding, table.delimiter) == ("utf_8_sig", ",")
    assert table.frame.shape == (10_194, 21)
    assert table.columns[0] == "Row ID"
    assert "Country/Region" in table.columns and "State/Province" in table.columns
    names = table.frame["Customer Name"]
    assert (names == "Barry Französisch").sum() > 0
    assert table.frame["Country/Region"].value_counts().to_dict() == {
        "United States": 9_994,
        "Canada": 200,
    }
    assert table.frame["Order Date"].iloc[0] == "03/01/19"
    product = table.frame["Product Name"].iloc[0]
    assert product == 'Message Book, Wirebound, Four 5 1/2" X 4" Forms/Pg., 200 Dupl. Sets/Book'


def test_cdnow_master_whitespace_with_header() -> None:
    table = read_table(shared_file("cdnow/CDNOW_master.txt.gz"))
    assert (table.delimiter, table.header_row, table.compressed) == ("whitespace", 1, True)
    assert table.frame.shape == (69_659, 4)
    assert table.columns == ["customer_id", "date", "number_of_cds", "dollar_value"]
    assert table.frame["customer_id"].iloc[0] == "00001"  # zero padding kept
    assert table.frame["customer_id"].nunique() == 23_570
    assert round(float(_numbers(table.frame["dollar_value"]).sum()), 2) == 2_500_315.63
    assert (table.frame["date"].min(), table.frame["date"].max()) == ("19970101", "19980630")


def test_cdnow_sample_has_no_header(monkeypatch: pytest.MonkeyPatch) -> None:
    path = shared_file("cdnow/CDNOW_sample.txt")
    table = read_table(path)  # 228 KB: parsed from the sample, without pandas' parser
    assert (table.delimiter, table.header_row) == ("whitespace", None)
    assert table.frame.shape == (6_919, 5)
    assert table.columns == ["Column 1", "Column 2", "Column 3", "Column 4", "Column 5"]
    assert table.frame.iloc[0].tolist() == ["00004", "0001", "19970101", "2", "29.33"]
    assert table.frame["Column 2"].nunique() == 2_357
    assert any("not column names" in note for note in table.notes)
    forced = read_table(path, no_header=False)
    assert forced.header_row == 1 and forced.frame.shape == (6_918, 5)
    assert forced.columns == ["00004", "0001", "19970101", "2", "29.33"]
    monkeypatch.setattr(text_reader, "SMALL_FILE_BYTES", 0)
    pd.testing.assert_frame_equal(read_table(path).frame, table.frame)


def test_groceries_baskets() -> None:
    table = read_table(shared_file("groceries/Groceries_dataset.csv"))
    assert table.frame.shape == (38_765, 3)
    assert table.columns == ["Member_number", "Date", "itemDescription"]
    assert table.frame["Member_number"].nunique() == 3_898
    assert table.frame["itemDescription"].nunique() == 167


def test_walmart_weekly_keeps_na_as_text() -> None:
    """ "NA" stays a text (it is Namibia's code elsewhere). Walmart writes it for "no markdown
    yet": every week up to 2011-11-04, i.e. 92 Fridays from 2010-02-05, for each of 7 series."""
    table = read_table(shared_file("walmart-sales-weekly/walmart_sales_weekly.csv"))
    assert table.frame.shape == (1_001, 17)
    frame = table.frame
    marked = frame.loc[frame["MarkDown1"] == "NA", "Date"]
    weeks = (date(2011, 11, 4) - date(2010, 2, 5)).days // 7 + 1
    assert len(marked) == 7 * weeks == 644
    assert marked.max() < frame.loc[frame["MarkDown1"] != "NA", "Date"].min()
    assert frame["id"].nunique() == 7


def test_olist_sample_names_its_unnamed_index_column() -> None:
    table = read_table(shared_file("olist-classified-sample/olist_classified_public_dataset.csv"))
    assert table.frame.shape == (3_584, 34)
    assert table.columns[:3] == ["Column 1", "id", "order_status"]
    assert table.frame["order_status"].value_counts().to_dict() == {
        "delivered": 3_467,
        "shipped": 48,
        "canceled": 25,
        "invoiced": 24,
        "processing": 20,
    }


# --- generated exports ------------------------------------------------------------------------


def test_taobao_gbk_with_title_rows(tmp_path: Path) -> None:
    table = read_table(gen.taobao_gbk(tmp_path))
    assert (table.encoding, table.delimiter, table.header_row) == ("gb18030", ",", 3)
    assert table.columns == gen.TAOBAO_HEADER
    assert _cells(table) == gen.taobao_rows()
    assert len(table.frame) == gen.TAOBAO_ROW_COUNT
    assert table.frame["订单编号"].str.len().eq(19).all()  # long ids stay exact text
    assert set(table.frame["订单状态"]) >= {"交易成功", "交易关闭", "已退款"}
    assert "2024年1月6日" in set(table.frame["订单创建时间"])
    assert any("Skipped 2 title or blank line(s)" in note for note in table.notes)


def test_taobao_forced_without_header(tmp_path: Path) -> None:
    table = read_table(gen.taobao_gbk(tmp_path), no_header=True)
    assert table.header_row is None
    assert table.columns == [f"Column {i}" for i in range(1, 11)]
    assert _cells(table) == [gen.TAOBAO_HEADER, *gen.taobao_rows()]


def test_utf16_tab_separated(tmp_path: Path) -> None:
    table = read_table(gen.amazon_utf16_tsv(tmp_path))
    assert (table.format, table.encoding, table.delimiter) == ("txt", "utf_16_le", "\t")
    assert table.columns == gen.AMAZON_HEADER
    assert _cells(table) == gen.amazon_rows()


def test_semicolons_and_decimal_commas(tmp_path: Path) -> None:
    table = read_table(gen.german_semicolon(tmp_path))
    assert (table.encoding, table.delimiter) == ("utf_8", ";")
    assert table.columns == gen.GERMAN_HEADER
    assert _cells(table) == gen.german_rows()
    assert "1.234,50" in set(table.frame["Einzelpreis"])


def test_shopify_line_items(tmp_path: Path) -> None:
    table = read_table(gen.shopify_orders(tmp_path))
    assert table.columns == gen.SHOPIFY_HEADER
    assert _cells(table) == gen.shopify_rows()
    follow_up = table.frame["Email"].isna() & table.frame["Financial Status"].isna()
    assert int(follow_up.sum()) == sum(1 for r in gen.shopify_rows() if not r[2])
    assert "NA" in set(table.frame["Billing Country"])  # Namibia, not a missing value


def test_gzipped_csv_reads_like_the_plain_file(tmp_path: Path) -> None:
    plain = read_table(gen.shopify_orders(tmp_path))
    packed = read_table(gen.shopify_orders_gz(tmp_path))
    assert packed.compressed and not plain.compressed
    pd.testing.assert_frame_equal(packed.frame, plain.frame)


def test_utf8_with_bom(tmp_path: Path) -> None:
    table = read_table(gen.woo_utf8_bom(tmp_path))
    assert table.encoding == "utf_8_sig"
    assert table.columns == gen.WOO_HEADER
    assert _cells(table) == gen.woo_rows()


def test_cp1252_with_euro_and_accents(tmp_path: Path) -> None:
    table = read_table(gen.till_cp1252(tmp_path))
    assert table.encoding == "cp1252"
    assert table.columns == gen.TILL_HEADER
    assert _cells(table) == gen.till_rows()
    assert "Hélène Dupré" in set(table.frame["Client"])


def test_workbook_with_title_rows_and_notes(tmp_path: Path) -> None:
    path = gen.titled_workbook(tmp_path)
    table = read_table(path)
    assert (table.format, table.sheet, table.sheets) == (
        "xlsx",
        "Orders 2024",
        ("Orders 2024", "Notes"),
    )
    assert table.header_row == 3
    assert table.columns == gen.WORKBOOK_HEADER
    assert _cells(table) == gen.workbook_rows()
    assert all(isinstance(v, datetime) for v in table.frame["Order Date"])
    assert all(type(v) is int for v in table.frame["Quantity"])
    assert list_sheets(path) == ["Orders 2024", "Notes"]
    notes = read_table(path, sheet="Notes", no_header=True)
    assert notes.frame.shape == (3, 1) and notes.header_row is None


def test_workbook_orders_sheet_chosen_when_not_first(tmp_path: Path) -> None:
    table = read_table(gen.titled_workbook(tmp_path, notes_first=True))
    assert table.sheets == ("Notes", "Orders 2024") and table.sheet == "Orders 2024"
    assert len(table.frame) == gen.WORKBOOK_ROW_COUNT


def test_opendocument_spreadsheet(tmp_path: Path) -> None:
    table = read_table(gen.ods_orders(tmp_path))
    assert (table.format, table.sheet, table.sheets, table.header_row) == (
        "ods",
        "Orders",
        ("Orders",),
        1,
    )
    assert table.columns == gen.WORKBOOK_HEADER
    assert _cells(table) == gen.workbook_rows()


def test_workbook_preview_rows(superstore: RawTable) -> None:
    table = read_table(shared_file(SUPERSTORE), nrows=200)
    assert table.sheet == "Orders"
    pd.testing.assert_frame_equal(table.frame, superstore.frame.iloc[:200])


def test_tiny_file(tmp_path: Path) -> None:
    table = read_table(gen.tiny_csv(tmp_path))
    assert table.columns == ["Order", "Date", "Customer", "Amount"]
    assert table.frame["Customer"].tolist() == ["00042", "00007"]


TEXT_FIXTURES = [
    gen.taobao_gbk,
    gen.amazon_utf16_tsv,
    gen.german_semicolon,
    gen.shopify_orders,
    gen.shopify_orders_gz,
    gen.woo_utf8_bom,
    gen.till_cp1252,
    gen.tiny_csv,
]


@pytest.mark.parametrize("make", TEXT_FIXTURES, ids=lambda f: f.__name__)
@pytest.mark.parametrize("nrows", [None, 1])
def test_small_file_path_matches_pandas_path(
    make: object, nrows: int | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files that fit in the sample skip pandas' parser; both ways give the same table."""
    assert callable(make)
    path = make(tmp_path)
    small = read_table(path, nrows=nrows)
    monkeypatch.setattr(text_reader, "SMALL_FILE_BYTES", 0)
    large = read_table(path, nrows=nrows)
    pd.testing.assert_frame_equal(small.frame, large.frame)
    assert small.notes == large.notes
    assert len(small.frame) == (nrows or len(large.frame))


# --- awkward but real layouts -----------------------------------------------------------------


def test_header_names_are_stripped_and_made_unique(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("\ufeff Name ,Name,Total,Name,Total\n#1,a,1.00,b,2.00\n".encode("utf-8"))
    table = read_table(path)
    assert table.columns == ["Name", "Name.2", "Total", "Name.3", "Total.2"]
    assert make_unique(["Name", "Name", "Name.2"]) == ["Name", "Name.3", "Name.2"]


@pytest.mark.parametrize("small", [True, False])
def test_empty_trailing_columns_left_out_and_empty_rows_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small: bool
) -> None:
    """Excel leaves ",,,," lines and unnamed columns behind formatted cells. The empty columns
    go; the empty rows stay for cleaning to count them, so the report accounts for every row."""
    if not small:
        monkeypatch.setattr(text_reader, "SMALL_FILE_BYTES", 0)
    path = tmp_path / "orders.csv"
    path.write_text(
        "Order,Date,Total,,\n1001,2024-03-01,9.50,,\n1002,2024-03-02,4.00,,\n,,,,\n,,,,\n"
    )
    table = read_table(path)
    assert table.columns == ["Order", "Date", "Total"]
    assert table.frame["Order"].tolist()[:2] == ["1001", "1002"]
    assert len(table.frame) == 4 and table.frame.iloc[2:].isna().all(axis=None)
    result = to_canonical(table, auto_map(table))
    assert result.rows_read == 4
    assert result.excluded == {"empty row": 2}


@pytest.mark.parametrize("small", [True, False])
@pytest.mark.parametrize("bad_line", [5, 260])
def test_line_with_too_many_cells(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small: bool, bad_line: int
) -> None:
    """A product name with an unquoted comma, near the top or past the sniffed lines."""
    if not small:
        monkeypatch.setattr(text_reader, "SMALL_FILE_BYTES", 0)
    path = tmp_path / "orders.csv"
    lines = ["Order,Product,Total"] + [f"{1000 + i},Mug,9.50" for i in range(300)]
    lines[bad_line - 1] = "1003,Mug, large,9.50"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(
        FileUnreadableError,
        match=rf"^Line {bad_line} of orders\.csv has 4 cells where the lines above have 3",
    ):
        read_table(path)


def test_encoding_changes_after_the_sample(tmp_path: Path) -> None:
    """The first 256 KB are plain ASCII, a later line has "Crème" in Windows-1252."""
    path = tmp_path / "till.csv"
    body = "".join(f"T{i},2024-03-01,Baguette,1.20\n" for i in range(12_000))
    path.write_bytes(
        ("Ticket,Date,Article,Prix\n" + body + "T9,2024-03-02,Crème,2.50\n").encode("cp1252")
    )
    assert path.stat().st_size > 256 * 1024
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.frame["Article"].iloc[-1] == "Crème" and len(table.frame) == 12_001


def test_workbook_named_csv_and_text_named_xls(tmp_path: Path) -> None:
    book = gen.titled_workbook(tmp_path)
    disguised = tmp_path / "orders.csv"
    disguised.write_bytes(book.read_bytes())
    table = read_table(disguised)
    assert table.sheet == "Orders 2024" and len(table.frame) == gen.WORKBOOK_ROW_COUNT
    text = tmp_path / "orders.xls"
    text.write_bytes(gen.taobao_gbk(tmp_path).read_bytes())
    table = read_table(text)
    assert (table.format, table.encoding, table.header_row) == ("xls", "gb18030", 3)
    assert _cells(table) == gen.taobao_rows()
    assert list_sheets(text) == []


def _encoding_name(sample: bytes) -> str | None:
    found = detect_encoding(sample)
    return None if found is None else found.name


def test_sniffing_short_samples() -> None:
    assert _encoding_name(b"Order,Total\n1,5.00\n") == "utf_8"
    assert _encoding_name("Café,Prix €\n1,2\n".encode("cp1252")) == "cp1252"
    assert _encoding_name("订单,金额\n1,2\n".encode("gbk")) == "gb18030"
    assert _encoding_name("Grüße,Größe\n1,2\n".encode("utf-16")) == "utf_16_le"
    assert _encoding_name(b"\x00\x01\x02PK\x00\x00garbage" * 20) is None
    assert detect_delimiter("a|b|c\n1|2|3\n") == "|"
    assert detect_delimiter("only one column\nand another line\n") == ","
    assert detect_delimiter("Nr;Preis\n1;1.234,50\n2;7,49\n") == ";"


# --- files that cannot be read ----------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(FileUnreadableError, match=r"^The file orders_empty.csv is empty\."):
        read_table(gen.empty_csv(tmp_path))


def test_header_only(tmp_path: Path) -> None:
    with pytest.raises(FileUnreadableError, match="has column names but no rows of orders"):
        read_table(gen.header_only_csv(tmp_path))


def test_binary_garbage(tmp_path: Path) -> None:
    with pytest.raises(
        FileUnreadableError,
        match=r"^orders.csv does not look like a table of orders \(it is not text, CSV or Excel\)",
    ):
        read_table(gen.binary_garbage(tmp_path))


def test_truncated_workbook(tmp_path: Path) -> None:
    with pytest.raises(
        FileUnreadableError, match="is damaged or not a complete Excel file; export it again"
    ):
        read_table(gen.truncated_xlsx(tmp_path))


def test_truncated_gzip(tmp_path: Path) -> None:
    whole = gzip.compress(b"".join(f"{i},2024-01-01,9.99\n".encode() for i in range(200_000)))
    path = tmp_path / "orders.csv.gz"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(FileUnreadableError, match="is damaged"):
        read_table(path)


def test_unsupported_and_missing_files(tmp_path: Path) -> None:
    pdf = tmp_path / "orders.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(FileUnreadableError, match=r'cannot read "\.pdf" files'):
        read_table(pdf)
    with pytest.raises(FileUnreadableError, match="was not found"):
        read_table(tmp_path / "gone.csv")
    web = tmp_path / "report.xls"
    web.write_text("<html><body><table><tr><td>Order</td></tr></table></body></html>")
    with pytest.raises(FileUnreadableError, match="is a web page saved with an Excel name"):
        read_table(web)
    page = tmp_path / "orders.csv"
    page.write_text("<!DOCTYPE html>\n<html><body>Orders</body></html>\n")
    with pytest.raises(FileUnreadableError, match="is a web page, not a table of orders"):
        read_table(page)
    bom_only = tmp_path / "unicode.txt"
    bom_only.write_bytes(b"\xff\xfe")
    with pytest.raises(FileUnreadableError, match=r"^The file unicode\.txt is empty\."):
        read_table(bom_only)


def test_supported_suffixes_and_text_sheets(tmp_path: Path) -> None:
    assert set(SUPPORTED_SUFFIXES) >= {".csv", ".tsv", ".txt", ".csv.gz", ".xlsx", ".xls", ".ods"}
    assert list_sheets(gen.tiny_csv(tmp_path)) == []
