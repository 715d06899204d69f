"""One sheet's layout: a title block, the main table with a frozen header on the left, and
smaller tables and charts stacked to its right.

Why this shape: Excel freezes rows per sheet, so only one table can keep its header in view
while scrolling; the section's biggest table takes the left, where scrolling happens, and
everything short enough to see at once (key figures, charts, accuracy) sits beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from core.report.cells import Placed, Styles, set_widths, text_width, write_table, write_text
from core.report.charts import ROWS_PER_CHART, ChartDataSheet, native_chart
from core.report.words import Words
from core.sections.base import ChartData

SIDE_GAP = 1  # empty columns between the main table and what stands beside it


@dataclass
class Page:
    """A sheet being written; `row` is the next free row of the title block."""

    book: Workbook
    sheet: Worksheet
    styles: Styles
    words: Words
    chart_data: ChartDataSheet
    currency: str | None
    row: int = 0
    widths: dict[int, float] = field(default_factory=dict)
    side_col: int | None = None
    side_row: int = 0
    tables: int = 0
    charts: int = 0
    cells: int = 0

    def __post_init__(self) -> None:
        # Printed or turned into a PDF, a sheet is one page wide in landscape, not a strip of
        # columns spread over many pages.
        self.sheet.set_landscape()
        self.sheet.set_paper(9)  # A4
        self.sheet.fit_to_pages(1, 0)
        self.sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)

    def title(self, text: str) -> None:
        self.sheet.write_string(self.row, 0, text, self.styles.title)
        self.sheet.set_row(self.row, 24)
        self.row += 1

    def line(self, text: str, fmt: Format | None = None) -> None:
        """A line of words under the title (never widens column A: it overflows to the right)."""
        self.sheet.write_string(self.row, 0, text, fmt or self.styles.note)
        self.row += 1

    def data_line(self, text: str) -> None:
        """A line that quotes the shop's data (a note naming a product): kept as text."""
        write_text(self.sheet, self.row, 0, text, self.styles)
        self.row += 1

    def cell_text(self, row: int, col: int, text: str) -> None:
        """One cell of the shop's data anywhere on the sheet, kept as text."""
        write_text(self.sheet, row, col, text, self.styles)

    def main_table(self, frame: pd.DataFrame, headers: list[str] | None = None) -> Placed:
        """The sheet's big table: its header row is frozen and the side area starts right of it."""
        self.row += 1
        placed = self._table(self.row, 0, frame, headers)
        self.sheet.freeze_panes(placed.first_row + 1, 0)
        self.side_col = placed.last_col + 1 + SIDE_GAP
        self.side_row = placed.first_row
        self.row = placed.last_row + 2
        return placed

    def side_table(
        self, heading: str, frame: pd.DataFrame, headers: list[str] | None = None
    ) -> Placed:
        col = self._side()
        self.sheet.write_string(self.side_row, col, heading, self.styles.heading)
        placed = self._table(self.side_row + 1, col, frame, headers)
        self.side_row = placed.last_row + 3
        return placed

    def side_rows(self, heading: str, headers: list[str], rows: list[list[Any]]) -> Placed:
        """A small table written cell by cell: each value is (value, format) or a plain value."""
        col = self._side()
        sheet, styles = self.sheet, self.styles
        sheet.write_string(self.side_row, col, heading, styles.heading)
        top = self.side_row + 1
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                value, fmt = cell if isinstance(cell, tuple) else (cell, None)
                r, c = top + 1 + i, col + j
                if isinstance(value, str):
                    sheet.write_string(r, c, value, fmt or styles.text)
                    self._widen(c, text_width(value) + 2)
                elif value is not None:
                    sheet.write_number(r, c, float(value), fmt or styles.number)
                    self._widen(c, len(f"{float(value):,.2f}") + 3)
        for j, header in enumerate(headers):
            self._widen(col + j, text_width(header) + 4)
        last_row = top + max(len(rows), 1)
        sheet.add_table(
            top,
            col,
            last_row,
            col + len(headers) - 1,
            {
                "columns": [{"header": h, "header_format": styles.bold} for h in headers],
                "style": "Table Style Light 9",
                "autofilter": True,
            },
        )
        self.tables += 1
        self.cells += len(rows) * len(headers)
        self.side_row = last_row + 3
        return Placed(top, col, last_row, col + len(headers) - 1)

    def chart(self, chart: ChartData) -> bool:
        native = native_chart(self.book, self.chart_data, chart, self.words, self.currency)
        if native is None:
            return False
        col = self._side()
        self.sheet.insert_chart(self.side_row, col, native, {"x_offset": 4, "y_offset": 4})
        self.side_row += ROWS_PER_CHART + 1
        self.charts += 1
        return True

    def finish(self) -> None:
        set_widths(self.sheet, self.widths)

    def _side(self) -> int:
        if self.side_col is None:  # no main table: the side area starts under the title block
            self.side_col, self.side_row = 0, self.row + 1
        return self.side_col

    def _widen(self, col: int, width: float) -> None:
        self.widths[col] = min(max(self.widths.get(col, 8.43), width), 60.0)

    def _table(self, row: int, col: int, frame: pd.DataFrame, headers: list[str] | None) -> Placed:
        names = headers or [self.words.header(str(c)) for c in frame.columns]
        placed = write_table(
            self.sheet, row, col, frame, unique_headers(names), self.styles, self.widths
        )
        self.tables += 1
        self.cells += frame.size
        return placed


def unique_headers(headers: list[str]) -> list[str]:
    """Excel refuses a table whose headers repeat: a repeat gets a number."""
    seen: dict[str, int] = {}
    out = []
    for header in headers:
        count = seen.get(header, 0)
        seen[header] = count + 1
        out.append(header if count == 0 else f"{header} {count + 1}")
    return out
