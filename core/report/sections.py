"""What each section's sheet shows: its main table, the tables and charts beside it, and the
few extras a merchant reads first (key figures with arrows, the cohort colour scale, products
to order now highlighted, the chance a customer is still active as a data bar).

Every table written here is one the section keeps in the shop file (`Section.tables`), so the
figures in the workbook are the stored results; only the key-figure comparison is derived, from
the Overview's monthly table on the same sheet.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import Any

import pandas as pd
from xlsxwriter.utility import xl_rowcol_to_cell

from core.analysis.kpis import KpiResult
from core.report.cells import MONEY_COLUMNS, Placed
from core.report.layout import Page
from core.sections.base import ChartData, Section, SectionOutcome

log = logging.getLogger(__name__)

_KEY_METRICS = (
    "net_sales",
    "gross_sales",
    "returns",
    "fees",
    "orders",
    "aov",
    "customers",
    "new_customers",
)


def _charts(page: Page, charts: list[ChartData]) -> None:
    for chart in charts:
        page.chart(chart)


def _column_of(placed: Placed, frame: pd.DataFrame, column: str) -> int | None:
    if column not in frame.columns:
        return None
    return placed.first_col + list(frame.columns).index(column)


# --- kpis ---------------------------------------------------------------------------------------
def _arrow(change: float | None) -> str:
    if change is None:
        return ""
    return "▲" if change > 0 else "▼" if change < 0 else "="


def key_figures(kpis: KpiResult) -> list[dict[str, Any]]:
    """The last complete period against the one before and the same period a year earlier."""
    series = kpis.series
    if not kpis.current or kpis.current_label is None:
        return []
    position = next(
        (i for i, t in enumerate(series.index) if t.strftime("%Y-%m") == kpis.current_label[:7]),
        None,
    )
    if kpis.period != "month" or position is None:
        return []
    before = series.iloc[position - 1] if position > 0 else None
    year = series.iloc[position - 12] if position >= 12 else None
    rows = []
    for metric in _KEY_METRICS:
        now = float(kpis.current[metric])
        if not math.isfinite(now):  # unknown (no customer column): no row rather than "nan"
            continue
        prev = None if before is None else float(before[metric])
        last_year = None if year is None else float(year[metric])
        rows.append(
            {
                "metric": metric,
                "current": now,
                "previous": prev,
                "change": (now - prev) / abs(prev) if prev else None,
                "last_year": last_year,
                "change_year": (now - last_year) / abs(last_year) if last_year else None,
            }
        )
    return rows


def _kpis(page: Page, section: Section[Any, Any], outcome: SectionOutcome) -> None:
    result = outcome.result
    month: KpiResult = result.by_period["month"]
    w, s = page.words, page.styles
    for note in month.notes:
        page.data_line(page.words.sentence(note))
    page.main_table(month.series.reset_index())
    figures = key_figures(month)
    if figures:
        up_good = {"returns": False, "fees": False}
        rows = []
        for f in figures:
            fmt = s.money if f["metric"] in MONEY_COLUMNS else s.count
            good = up_good.get(f["metric"], True)

            def arrow(change: float | None, good: bool = good) -> tuple[str, Any]:
                text = _arrow(change)
                if change is None or change == 0:
                    return (text, s.text)
                return (text, s.up if (change > 0) == good else s.down)

            rows.append(
                [
                    w.header(f["metric"]),
                    (f["current"], fmt),
                    (f["previous"], fmt),
                    (f["change"], s.percent),
                    arrow(f["change"]),
                    (f["last_year"], fmt),
                    (f["change_year"], s.percent),
                    arrow(f["change_year"]),
                ]
            )
        headers = [
            w("Measure"),
            f"{w('Last complete period')} {month.current_label}",
            f"{w('Period before')} {month.previous_label or ''}".strip(),
            w("Change"),
            " ",
            w("Same period last year"),
            w("Change on last year"),
            "  ",
        ]
        page.side_rows(w("Key figures"), headers, rows)
    _charts(page, outcome.charts)


# --- customers ----------------------------------------------------------------------------------
def _cohorts(page: Page, section: Section[Any, Any], outcome: SectionOutcome) -> None:
    result = outcome.result
    matrix = result.retention.copy()
    matrix.columns = [str(c) for c in matrix.columns]
    frame = matrix.reset_index()
    frame.columns = [str(c) for c in frame.columns]
    headers = [page.words.header("cohort"), *[str(c) for c in matrix.columns]]
    placed = page.main_table(frame.astype({c: "float64" for c in frame.columns[1:]}), headers)
    if placed.rows and placed.last_col > placed.first_col:
        for col in range(placed.first_col + 1, placed.last_col + 1):
            page.sheet.set_column(col, col, 7, page.styles.percent)
        page.sheet.conditional_format(
            placed.first_row + 1,
            placed.first_col + 2,  # month 0 is always 100%: leave it out of the scale
            placed.last_row,
            placed.last_col,
            {
                "type": "3_color_scale",
                "min_color": "#F8696B",
                "mid_color": "#FFEB84",
                "max_color": "#63BE7B",
            },
        )
    page.side_table(page.words("Cohorts"), result.table)


def _rfm(page: Page, section: Section[Any, Any], outcome: SectionOutcome) -> None:
    result = outcome.result
    for note in result.notes:
        page.data_line(page.words.sentence(note))
    page.main_table(section.tables(result)["rfm_segments"])
    _charts(page, outcome.charts)


def _clusters(page: Page, section: Section[Any, Any], outcome: SectionOutcome) -> None:
    page.main_table(section.tables(outcome.result)["cluster_profiles"])


def _clv(page: Page, section: Section[Any, Any], outcome: SectionOutcome) -> None:
    result = outcome.result
    for note in result.notes:
        page.data_line(page.words.sentence(note))
    page.main_table(section.tables(result)["clv_customers"])


def _churn(page: Page, section: Section[Any, Any], outcome: SectionOutcome) -> None:
    result = outcome.result
    for note in result.notes:
        page.data_line(page.words.sentence(note))
    tables = section.tables(result)
    page.main_table(_reasons_in_words(page, tables["churn_customers"]))
    page.side_table(
        page.words("Predicted against observed churn, by decile of risk"),
        tables["churn_calibration"],
    )
    _charts(page, outcome.charts)


def _reasons_in_words(page: Page, table: pd.DataFrame) -> pd.DataFrame:
    """The churn reasons in the report's language (core wrote them in English)."""
    if page.words.lang == "en" or "reasons" not in table.columns:
        return table
    table = table.copy()
    table["reasons"] = [
        page.words.sentence(r) if isinstance(r, str) else r for r in table["reasons"]
    ]
    return table


def _customers(page: Page, section: Section[Any, Any], outcome: SectionOutcome) -> None:
    result = outcome.result
    for part, reason in result.skipped.items():
        page.data_line(f"{page.words('Skipped')} {part}: {page.words.sentence(reason)}")
    table = _reasons_in_words(page, result.table)
    placed = page.main_table(table)
    col = _column_of(placed, table, "p_alive")
    if col is not None and placed.rows:
        page.sheet.conditional_format(
            placed.first_row + 1,
            col,
            placed.last_row,
            col,
            {
                "type": "data_bar",
                "bar_color": "#63BE7B",
                "min_type": "num",
                "min_value": 0,
                "max_type": "num",
                "max_value": 1,
                "bar_solid": True,
            },
        )


# --- forecast -----------------------------------------------------------------------------------
def _forecast(page: Page, section: Section[Any, Any], outcome: SectionOutcome) -> None:
    result = outcome.result
    for name, level in result.levels.items():
        page.data_line(f"{name}: {level.sentence}")
    for name, reason in result.skipped.items():
        page.data_line(f"{page.words('Skipped')} {name}: {reason}")
    for note in result.notes:
        page.data_line(page.words.sentence(note))
    tables = section.tables(result)
    page.main_table(tables["forecast"])
    page.side_table(page.words("MASE"), tables["forecast_accuracy"])
    _charts(page, outcome.charts)


def _inventory(page: Page, section: Section[Any, Any], outcome: SectionOutcome) -> None:
    result = outcome.result
    for note in result.notes:
        page.data_line(page.words.sentence(note))
    table = result.table
    placed = page.main_table(table)
    col = _column_of(placed, table, "order_now")
    if col is not None and placed.rows:
        flag = xl_rowcol_to_cell(placed.first_row + 1, col, col_abs=True)
        page.sheet.conditional_format(
            placed.first_row + 1,
            placed.first_col,
            placed.last_row,
            placed.last_col,
            {"type": "formula", "criteria": f'={flag}="✓"', "format": page.styles.highlight},
        )


# --- recommendations ----------------------------------------------------------------------------
def _recommendations(page: Page, section: Section[Any, Any], outcome: SectionOutcome) -> None:
    result = outcome.result
    if result.evaluation_skipped:
        page.data_line(result.evaluation_skipped)
    for note in result.notes:
        page.data_line(page.words.sentence(note))
    tables = section.tables(result)
    page.main_table(tables["recommend_customers"])
    w = page.words
    for chart in outcome.charts:
        rows = [
            [w(label), *[(v, page.styles.ratio) for v in values]]
            for label, values in zip(
                chart.categories, zip(*(s.values for s in chart.series), strict=True), strict=True
            )
        ]
        page.side_rows(w(chart.title), [w("Measure"), *[w(s.name) for s in chart.series]], rows)
        page.chart(chart)
    page.side_table(w("Lift"), tables["recommend_rules"])


def _generic(page: Page, section: Section[Any, Any], outcome: SectionOutcome) -> None:
    """A section added to the registry after the report: its tables, biggest first."""
    tables = sorted(section.tables(outcome.result).items(), key=lambda kv: -len(kv[1]))
    for i, (name, frame) in enumerate(tables):
        if i == 0:
            page.main_table(frame)
        else:
            page.side_table(page.words.header(name), frame)
    _charts(page, outcome.charts)


Writer = Callable[[Page, Section[Any, Any], SectionOutcome], None]
WRITERS: dict[str, Writer] = {
    "kpis": _kpis,
    "cohorts": _cohorts,
    "rfm": _rfm,
    "clusters": _clusters,
    "clv": _clv,
    "churn": _churn,
    "customers": _customers,
    "forecast": _forecast,
    "inventory": _inventory,
    "recommendations": _recommendations,
}


def write_section(page: Page, section: Section[Any, Any], outcome: SectionOutcome) -> None:
    WRITERS.get(section.name, _generic)(page, section, outcome)


__all__ = ["WRITERS", "key_figures", "write_section"]
