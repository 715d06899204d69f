"""Native Excel charts from the sections' chart data (core.sections.base.ChartData).

The same ChartData the window draws with matplotlib becomes an editable Excel chart here: its
values are written to one hidden "Chart data" sheet (a chart in Excel must point at cells) and
the chart is placed on the section's sheet. Heatmaps have no native chart type; the report shows
them as a table with a colour scale instead (see core.report.sections).
"""

from __future__ import annotations

import logging
from typing import Any

from xlsxwriter.chart import Chart
from xlsxwriter.utility import quote_sheetname, xl_range_abs
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from core.report.cells import Styles, money_format, write_text
from core.report.words import Words
from core.sections.base import ChartData

log = logging.getLogger(__name__)

CHART_WIDTH = 720
CHART_HEIGHT = 330
ROWS_PER_CHART = 18  # sheet rows one chart covers at the default row height
_AXIS_FORMATS = {"count": "#,##0", "percent": "0%", "ratio": "0.00"}
_COLOURS = ("#2F5597", "#C55A11", "#548235", "#7F6000", "#7030A0")


class ChartDataSheet:
    """The hidden sheet holding every chart's values, one block of columns per chart."""

    def __init__(self, book: Workbook, name: str, styles: Styles) -> None:
        self.sheet: Worksheet = book.add_worksheet(name)
        self.sheet.hide()
        self.name = name
        self.styles = styles
        self.next_col = 0

    def write(self, chart: ChartData, words: Words) -> tuple[int, int, int]:
        """Categories in one column and each series in the next ones; (first col, first row of
        values, last row of values)."""
        col = self.next_col
        sheet = self.sheet
        write_text(sheet, 0, col, words(chart.title), self.styles)
        for i, label in enumerate(chart.categories):
            write_text(sheet, i + 1, col, label, self.styles)
        for j, series in enumerate(chart.series):
            write_text(sheet, 0, col + 1 + j, words(series.name), self.styles)
            for i, value in enumerate(series.values):
                if value is not None:
                    sheet.write_number(i + 1, col + 1 + j, float(value))
        self.next_col = col + len(chart.series) + 2
        return col, 1, max(len(chart.categories), 1)


def _series_options(
    data: ChartDataSheet, col: int, first: int, last: int, index: int, name: str, role: str
) -> dict[str, Any]:
    ref = quote_sheetname(data.name)
    options: dict[str, Any] = {
        "name": name,
        "categories": f"={ref}!{xl_range_abs(first, col, last, col)}",
        "values": f"={ref}!{xl_range_abs(first, col + 1 + index, last, col + 1 + index)}",
    }
    colour = _COLOURS[index % len(_COLOURS)]
    if role == "bar":
        options["fill"] = {"color": colour}
        options["gap"] = 60
    elif role == "forecast":
        options["line"] = {"color": "#C55A11", "width": 2.0, "dash_type": "dash"}
    elif role in ("band_low", "band_high"):
        options["line"] = {"color": "#F4B183", "width": 1.0, "dash_type": "round_dot"}
    else:
        options["line"] = {"color": colour, "width": 2.0}
    return options


def native_chart(
    book: Workbook, data: ChartDataSheet, chart: ChartData, words: Words, currency: str | None
) -> Chart | None:
    """An xlsxwriter chart of `chart`, or None for kinds Excel has no chart for (heatmaps)."""
    if chart.kind == "heatmap" or not chart.series or not chart.categories:
        return None
    col, first, last = data.write(chart, words)
    bars = [(i, s) for i, s in enumerate(chart.series) if s.role == "bar"]
    lines = [(i, s) for i, s in enumerate(chart.series) if s.role != "bar"]
    primary_kind = "column" if bars else "line"
    primary = book.add_chart({"type": primary_kind})
    if primary is None:  # pragma: no cover - xlsxwriter returns None only for unknown types
        return None
    for i, series in bars if bars else lines:
        primary.add_series(
            _series_options(data, col, first, last, i, words(series.name), series.role)
        )
    if bars and lines:
        overlay = book.add_chart({"type": "line"})
        if overlay is not None:
            for i, series in lines:
                overlay.add_series(
                    _series_options(data, col, first, last, i, words(series.name), series.role)
                )
            primary.combine(overlay)
    number_format = (
        money_format(currency)
        if chart.number_format == "money"
        else _AXIS_FORMATS[chart.number_format]
    )
    primary.set_title({"name": words(chart.title), "name_font": {"size": 12, "bold": True}})
    primary.set_y_axis(
        {
            "num_format": number_format,
            "major_gridlines": {"visible": True, "line": {"color": "#DDDDDD"}},
        }
    )
    interval = max(1, len(chart.categories) // 12)
    primary.set_x_axis({"interval_unit": interval, "num_font": {"rotation": -45}})
    primary.set_legend({"position": "bottom"})
    primary.set_size({"width": CHART_WIDTH, "height": CHART_HEIGHT})
    return primary
