"""The report read back with openpyxl: sheets, headers, cell types, no formulas from data,
hostile product names kept as text, native chart parts, and figures equal to the stored results.
"""

from __future__ import annotations

import math
import re
import zipfile
from datetime import datetime
from typing import Any

import numpy as np
import openpyxl
import pandas as pd
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from core.report.layout import unique_headers
from core.report.words import Words
from core.sections.registry import BY_NAME, REGISTRY
from tests.core.report.conftest import HOSTILE, Reports

Books = dict[str, openpyxl.Workbook]

SAMPLE_ROWS = 25
# openpyxl cannot keep data bars' Excel 2010 extension; it only warns about it when reading.
pytestmark = [
    pytest.mark.filterwarnings("ignore:.*extension is not supported:UserWarning"),
    # The first test of a session computes every analysis of the report shop (about a minute
    # on an idle 2-core machine, several when it is shared): more than the default hang guard.
    pytest.mark.timeout(900),
]


def main_table(sheet: Worksheet) -> pd.DataFrame:
    """The table in column A under the frozen header, as a frame with its Excel headers."""
    tables = [t for t in sheet.tables.values() if t.ref.startswith("A")]
    assert tables, f"{sheet.title} has no table in column A"
    ref = min(tables, key=lambda t: int(re.sub(r"\D", "", t.ref.split(":")[0]))).ref
    rows = [[c.value for c in row] for row in sheet[ref]]
    return pd.DataFrame(rows[1:], columns=rows[0])


def _same(cell: Any, stored: Any) -> bool:
    if stored is None or (isinstance(stored, float) and math.isnan(stored)) or stored is pd.NaT:
        return cell is None
    if isinstance(stored, (bool, np.bool_)):
        return cell == ("✓" if stored else None)
    if isinstance(stored, (int, float, np.integer, np.floating)):
        number = (int, float, np.integer, np.floating)
        return isinstance(cell, number) and float(cell) == pytest.approx(float(stored), rel=1e-12)
    if isinstance(stored, (pd.Timestamp, datetime)):
        return isinstance(cell, datetime) and cell == pd.Timestamp(stored).to_pydatetime()
    return cell == str(stored)


def test_every_section_has_its_sheet(reports: Reports, books: Books) -> None:
    for result, lang in ((reports.en, "en"), (reports.zh, "zh_CN")):
        words = Words(lang)
        book = books["en" if lang == "en" else "zh"]
        expected = [
            words.sheet("cover"),
            words.sheet("chart_data"),
            *[words.sheet(s.name) for s in REGISTRY],
            words.sheet("quality"),
        ]
        assert book.sheetnames == expected
        assert book[words.sheet("chart_data")].sheet_state == "hidden"
        assert result.sheets == [n for n in expected if n != words.sheet("chart_data")]
    assert books["zh"].sheetnames[:3] == ["封面", "图表数据", "概览"]


def test_headers_in_both_languages(reports: Reports, books: Books) -> None:
    en = main_table(books["en"]["Overview"])
    zh = main_table(books["zh"]["概览"])
    # fees and adjustments have their own column beside the product returns
    assert list(en.columns)[:5] == [
        "Period",
        "Gross sales",
        "Returns",
        "Fees and adjustments",
        "Net sales",
    ]
    assert list(zh.columns)[:5] == ["期间", "总销售额", "退货退款", "费用与调整", "净销售额"]
    customers = main_table(books["en"]["Customers"])
    assert list(customers.columns)[:3] == ["Customer", "Segment", "Group"]
    assert "Chance still active" in customers.columns


def test_the_campaigns_sheet_speaks_both_languages(books: Books) -> None:
    """Its name and its headers (the campaigns section came after the report's words)."""
    en = main_table(books["en"]["Campaigns"])
    zh = main_table(books["zh"]["营销活动"])
    assert len(en) and len(en) == len(zh)
    assert {"Customer", "Reason", "Offer", "Chance of an order", "Holdout"} <= set(en.columns)
    assert {"客户", "原因", "优惠", "下单概率", "对照组"} <= set(zh.columns)
    assert not [c for c in zh.columns if re.search(r"[A-Za-z]{3}", str(c))]


def test_numbers_are_numbers_and_dates_are_dates(reports: Reports, books: Books) -> None:
    book = books["en"]
    overview = book["Overview"]
    header_row = overview.freeze_panes and int(re.sub(r"\D", "", overview.freeze_panes))
    assert header_row
    first = overview.cell(row=header_row, column=1)
    assert first.is_date and isinstance(first.value, datetime)
    assert first.number_format == "yyyy-mm-dd"
    assert overview.cell(row=header_row, column=2).data_type == "n"
    assert "£" in overview.cell(row=header_row, column=2).number_format  # the shop's currency
    customers = main_table(book["Customers"])
    assert customers["Customer"].map(type).eq(str).all()  # ids stay text ("12346", not 12346)
    alive = customers["Chance still active"].dropna()
    assert len(alive) and alive.map(lambda v: isinstance(v, float)).all()
    assert ((alive >= 0) & (alive <= 1)).all()


def test_no_formula_anywhere(reports: Reports, books: Books) -> None:
    for path in (reports.en.path, reports.zh.path):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/sheet"):
                    assert "<f>" not in archive.read(name).decode("utf-8"), name
    for book in books.values():
        for sheet in book:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate}"


def test_hostile_product_names_are_kept_as_text(reports: Reports, books: Books) -> None:
    found: dict[str, list[str]] = {name: [] for name in HOSTILE}
    for sheet in books["en"]:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value in found:
                    assert cell.data_type == "s"
                    assert cell.quotePrefix, f"{sheet.title}!{cell.coordinate}"
                    found[str(cell.value)].append(sheet.title)
    for name, sheets in found.items():
        assert sheets, f"{name} does not appear in the report"
    # The best seller is in the forecast's product level and in the customers' lists.
    assert {"Forecast", "Recommendations"} <= set(found[HOSTILE[0]])


def test_native_chart_parts(reports: Reports, books: Books) -> None:
    drawn = [
        chart
        for name in BY_NAME
        if reports.outcomes[name].ok
        for chart in reports.outcomes[name].charts
        if chart.kind != "heatmap"
    ]
    assert len(drawn) >= 6  # monthly sales and orders, segments, churn, forecast, lists
    for result in (reports.en, reports.zh):
        with zipfile.ZipFile(result.path) as archive:
            parts = [n for n in archive.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)]
            text = archive.read("xl/charts/chart1.xml").decode("utf-8")
        assert result.charts == len(drawn) == len(parts)
        chart_sheet = Words("zh_CN" if result is reports.zh else "en").sheet("chart_data")
        assert f"{chart_sheet}" in text and "<c:f>" in text  # values point at the hidden sheet


def _compare(sheet: Worksheet, stored: pd.DataFrame, words: Words) -> int:
    shown = main_table(sheet)
    assert len(shown) == len(stored), sheet.title
    assert list(shown.columns) == unique_headers([words.header(str(c)) for c in stored.columns])
    step = max(1, len(stored) // SAMPLE_ROWS)
    checked = 0
    for i in range(0, len(stored), step):
        for j, column in enumerate(stored.columns):
            value = stored[column].iloc[i]
            cell = shown.iloc[i, j]
            assert _same(None if pd.isna(cell) else cell, value), (
                f"{sheet.title} row {i} {column}: {cell!r} != {value!r}"
            )
            checked += 1
    return checked


def test_figures_equal_the_stored_results(reports: Reports, books: Books) -> None:
    book = books["en"]
    words = Words("en")
    out = reports.outcomes
    tables = {name: BY_NAME[name].tables(out[name].result) for name in BY_NAME if out[name].ok}
    expected = {
        "Overview": tables["kpis"]["kpis_month"],
        "Segments": tables["rfm"]["rfm_segments"],
        "Groups": tables["clusters"]["cluster_profiles"],
        "Lifetime value": tables["clv"]["clv_customers"],
        "Churn risk": tables["churn"]["churn_customers"],
        "Customers": tables["customers"]["customers"],
        "Forecast": tables["forecast"]["forecast"],
        "Reorder": tables["inventory"]["inventory"],
        "Recommendations": tables["recommendations"]["recommend_customers"],
    }
    checked = sum(_compare(book[sheet], frame, words) for sheet, frame in expected.items())
    assert checked > 1_000


def test_cover_counts_lines_and_names_the_shop(reports: Reports, books: Books) -> None:
    cover = books["en"]["Cover"]
    facts = {row[0]: row[1] for row in cover.iter_rows(values_only=True) if row[0]}
    assert facts["Shop"] == "Hostile shop"
    imported = reports.imported
    assert facts["Order lines imported"] == reports.outcomes["kpis"].lines
    assert facts["Order lines imported"] == imported.rows_imported > 10_000
    assert facts["Data from"] == datetime(2010, 12, 1)
    assert facts["Data to"] == datetime(2011, 11, 30)
    assert facts["Excluded"] == sum(imported.rows_excluded.values())
    assert "Net sales" in facts and "Glossary" in facts


def test_key_figures_compare_the_last_complete_month(reports: Reports, books: Books) -> None:
    overview = books["en"]["Overview"]
    kpis = reports.outcomes["kpis"].result.by_period["month"]
    rows = {
        row[0]: row
        # beside the monthly table (period + 10 metrics with fees) and one blank column
        for row in overview.iter_rows(values_only=True, min_col=13)
        if row and isinstance(row[0], str)
    }
    net = rows["Net sales"]
    assert net[1] == pytest.approx(kpis.current["net_sales"])
    assert net[3] == pytest.approx(kpis.change["net_sales"])
    assert net[4] == ("▲" if kpis.change["net_sales"] > 0 else "▼")
