"""Cells and tables of the report: formats, safe text, CJK-aware widths, Excel tables.

Why by hand and not `add_table(data=...)` or `worksheet.autofit()`:
- every string from the shop's data goes through `write_string`, and text that a spreadsheet
  would read as a formula or command (= + - @ tab CR at the start) gets a quote prefix, so a
  product called "=HYPERLINK(...)" stays text in every program that opens the workbook;
- numbers are written as numbers and dates as dates with one format per column, which is also
  the fast path (one call per cell, no type sniffing per value);
- column widths count wide (Chinese, Japanese, Korean) characters double: xlsxwriter's
  `autofit` measures them as one and cuts Chinese headers in half.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd
from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from core.export import FORMULA_STARTS

#: Columns holding money (formatted in the shop's currency).
MONEY_COLUMNS = frozenset(
    {
        "gross_sales",
        "returns",
        "fees",
        "net_sales",
        "aov",
        "monetary",
        "net",
        "clv_12m",
        "revenue",
        "sold",
        "returned",
        "avg_order_value",
        "mean_net",
    }
)
#: Columns holding a share between 0 and 1 (shown as percentages).
PERCENT_COLUMNS = frozenset(
    {
        "revenue_share",
        "p_alive",
        "churn_risk",
        "retention",
        "support",
        "confidence",
        "wape",
        "predicted",
        "observed",
        "share",
        "return_rate",
        "coverage80",
    }
)
#: Float columns that hold counts (orders, people, units): shown without decimals.
COUNT_COLUMNS = frozenset(
    {
        "orders",
        "units",
        "customers",
        "new_customers",
        "returning_customers",
        "cohort_size",
        "active",
        "customers_both",
        "rows",
    }
)
MAX_WIDTH = 60.0
WIDTH_SAMPLE = 300  # rows measured per column (the widest values are rarely further down)
CURRENCY_SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€", "CNY": "¥", "JPY": "¥", "BRL": "R$"}


def text_width(text: str) -> float:
    """Display width of text in Excel's character units: wide characters count double."""
    return float(sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text))


def money_format(currency: str | None) -> str:
    symbol = CURRENCY_SYMBOLS.get((currency or "").upper())
    if symbol:
        return f'"{symbol}"#,##0.00;-"{symbol}"#,##0.00'
    if currency:
        return f'#,##0.00 "{currency}";-#,##0.00 "{currency}"'
    return "#,##0.00"


class Styles:
    """The workbook's formats, made once (xlsxwriter keeps every format object it hands out)."""

    def __init__(self, book: Workbook, currency: str | None, cjk: bool) -> None:
        font = {"font_name": "Microsoft YaHei"} if cjk else {}  # falls back to any CJK font
        self.font = font
        self.currency = currency

        def fmt(**props: Any) -> Format:
            return book.add_format({**font, **props})

        self.text = fmt()
        self.quoted = fmt(quote_prefix=True)
        self.wrap = fmt(text_wrap=True, valign="top")
        self.title = fmt(bold=True, font_size=16)
        self.heading = fmt(bold=True, font_size=12)
        self.bold = fmt(bold=True)
        self.note = fmt(italic=True, font_color="#555555")
        self.money = fmt(num_format=money_format(currency))
        self.count = fmt(num_format="#,##0")
        self.number = fmt(num_format="#,##0.00")
        self.ratio = fmt(num_format="0.000")
        self.percent = fmt(num_format="0.0%")
        self.date = fmt(num_format="yyyy-mm-dd")
        self.datetime = fmt(num_format="yyyy-mm-dd hh:mm")
        # The Cover's values, left-aligned under each other whatever their type.
        self.left_date = fmt(num_format="yyyy-mm-dd", align="left")
        self.left_datetime = fmt(num_format="yyyy-mm-dd hh:mm", align="left")
        self.left_count = fmt(num_format="#,##0", align="left")
        self.left_percent = fmt(num_format="0.0%", align="left")
        self.up = fmt(font_color="#1E7B34", bold=True)
        self.down = fmt(font_color="#B00020", bold=True)
        self.highlight = fmt(bg_color="#FFE699")
        self.money_format = money_format(currency)

    def for_column(self, name: str, series: pd.Series) -> Format:
        """The format of a whole column, from its name and its type."""
        dtype = series.dtype
        if pd.api.types.is_datetime64_any_dtype(dtype):
            return self.datetime if _has_time(series) else self.date
        if pd.api.types.is_bool_dtype(dtype):
            return self.text
        if pd.api.types.is_integer_dtype(dtype):
            return self.count
        if pd.api.types.is_float_dtype(dtype):
            if name in MONEY_COLUMNS:
                return self.money
            if name in PERCENT_COLUMNS:
                return self.percent
            if name in COUNT_COLUMNS:
                return self.count
            return self.number
        return self.text


def _has_time(series: pd.Series) -> bool:
    values = series.dropna().head(WIDTH_SAMPLE)
    return bool(len(values)) and bool((values.dt.normalize() != values).any())


def write_text(sheet: Worksheet, row: int, col: int, text: str, styles: Styles) -> None:
    """Text from data: always a string cell, quoted when a program could take it for a formula."""
    fmt = styles.quoted if text.startswith(FORMULA_STARTS) else styles.text
    sheet.write_string(row, col, text, fmt)


def write_value(
    sheet: Worksheet, row: int, col: int, value: Any, styles: Styles, fmt: Format | None = None
) -> None:
    """One cell of any plain type: numbers as numbers, dates as dates, the rest as text."""
    if value is None or value is pd.NaT:
        return
    if isinstance(value, (bool, np.bool_)):
        if value:  # a tick; "no" stays an empty cell, which filters as (Blanks)
            sheet.write_string(row, col, "✓", fmt or styles.text)
    elif isinstance(value, (int, float, np.integer, np.floating)):
        number = float(value)
        if math.isfinite(number):
            sheet.write_number(row, col, number, fmt or styles.number)
    elif isinstance(value, (datetime, pd.Timestamp)):
        moment = pd.Timestamp(value).tz_localize(None).to_pydatetime()
        sheet.write_datetime(row, col, moment, fmt or styles.date)
    elif isinstance(value, date):
        sheet.write_datetime(
            row, col, datetime(value.year, value.month, value.day), fmt or styles.date
        )
    elif isinstance(value, (list, tuple)):
        write_text(sheet, row, col, "; ".join(str(v) for v in value), styles)
    else:
        write_text(sheet, row, col, str(value), styles)


@dataclass(frozen=True)
class Placed:
    """Where a table landed: header row, first column, last row and column (0-based)."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int

    @property
    def rows(self) -> int:
        return self.last_row - self.first_row


def _column_values(series: pd.Series) -> list[Any]:
    """A column as plain Python values, missing values as None."""
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        return [None if pd.isna(v) else v.to_pydatetime() for v in series]
    if pd.api.types.is_bool_dtype(series.dtype):
        return [None if pd.isna(v) else bool(v) for v in series.astype("object")]
    if pd.api.types.is_numeric_dtype(series.dtype):
        values = series.to_numpy(dtype="float64", na_value=np.nan)
        return [None if math.isnan(v) else v for v in values.tolist()]
    return [None if v is None or (not isinstance(v, str) and pd.isna(v)) else v for v in series]


def write_table(
    sheet: Worksheet,
    row: int,
    col: int,
    frame: pd.DataFrame,
    headers: list[str],
    styles: Styles,
    widths: dict[int, float],
    name: str | None = None,
) -> Placed:
    """`frame` as an Excel table (autofilter, banded rows) with its header at (row, col).

    `widths` collects the widest text per sheet column; the caller sets them once per sheet.
    """
    columns = list(frame.columns)
    formats = [styles.for_column(str(c), frame[c]) for c in columns]
    for j, column in enumerate(columns):
        values = _column_values(frame[column])
        fmt = formats[j]
        is_number = fmt in (styles.money, styles.count, styles.number, styles.percent)
        is_date = fmt in (styles.date, styles.datetime)
        c = col + j
        r = row + 1
        for value in values:
            if value is not None:
                if is_number:
                    if math.isfinite(value):
                        sheet.write_number(r, c, value, fmt)
                elif is_date:
                    sheet.write_datetime(r, c, value, fmt)
                elif isinstance(value, str):
                    if value.startswith(FORMULA_STARTS):
                        sheet.write_string(r, c, value, styles.quoted)
                    else:
                        sheet.write_string(r, c, value, fmt)
                else:
                    write_value(sheet, r, c, value, styles, None)
            r += 1
        widths[c] = max(widths.get(c, 0.0), _width(headers[j], values, fmt, styles))
    last_row = row + max(len(frame), 1)
    last_col = col + max(len(columns), 1) - 1
    options: dict[str, Any] = {
        "columns": [{"header": h, "header_format": styles.bold} for h in headers],
        "style": "Table Style Light 9",
        "autofilter": True,
    }
    if name:
        options["name"] = name
    sheet.add_table(row, col, last_row, last_col, options)
    return Placed(row, col, last_row, last_col)


def _width(header: str, values: list[Any], fmt: Format, styles: Styles) -> float:
    widest = text_width(header) + 3  # room for the filter button
    for value in values[:WIDTH_SAMPLE]:
        if value is None:
            continue
        if isinstance(value, str):
            widest = max(widest, text_width(value))
        elif fmt in (styles.date,):
            widest = max(widest, 10.0)
        elif fmt in (styles.datetime,):
            widest = max(widest, 16.0)
        elif isinstance(value, float):
            widest = max(widest, len(f"{value:,.2f}") + 2.0)
        else:
            widest = max(widest, text_width(str(value)))
    return min(widest + 1.0, MAX_WIDTH)


def set_widths(sheet: Worksheet, widths: dict[int, float]) -> None:
    for col, width in widths.items():
        sheet.set_column(col, col, width)
