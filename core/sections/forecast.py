"""The `forecast` and `inventory` sections: every level's forecast with its measured accuracy,
and the reorder table built on the product forecast of the same run (never fitted twice)."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from typing import Any

import pandas as pd

from core.forecast.inventory import InventoryParams
from core.forecast.series import FORECAST_COLUMNS, NotEnoughHistoryError
from core.forecast.shop import ForecastParams, ForecastResult, forecast_shop, load_stock
from core.forecast.view import METHOD_LABELS
from core.progress import Progress
from core.sections.base import ChartData, ChartSeries, Section, SectionContext
from core.sections.jsonable import clean, records
from core.store import shop_connection

TOP_ROWS = 10
HISTORY_SHOWN = 104  # periods of history on a chart beside the forecast


def _forecast(
    ctx: SectionContext, params: ForecastParams, progress: Progress | None
) -> ForecastResult:
    return forecast_shop(ctx.lines, params, progress)


def _forecast_summary(result: ForecastResult) -> dict[str, Any]:
    levels: dict[str, Any] = {}
    for name, level in result.levels.items():
        levels[name] = {**level.summary, "horizon": level.horizon, "sentence": level.sentence}
    return clean(
        {
            "status": "ok",
            "frequency": result.frequency,
            "horizon": result.horizon,
            "levels": levels,
            "skipped_levels": result.skipped,
            "methods": dict(METHOD_LABELS),
            "notes": result.notes,
        }
    )


def _forecast_charts(result: ForecastResult) -> list[ChartData]:
    """Per level, its first series (the whole shop, the biggest category, the best seller):
    history, forecast and the 80% band on one date axis."""
    charts: list[ChartData] = []
    for name, level in result.levels.items():
        panel = level.panel
        history = panel.values[0][-HISTORY_SHOWN:]
        periods = panel.periods[-HISTORY_SHOWN:]
        dates = [*periods, *level.future]
        n_hist, n_future = len(history), len(level.future)
        gap: list[float | None] = [None] * n_hist
        low, high = level.bands[0.8]
        charts.append(
            ChartData(
                key=f"forecast_{name}",
                title=f"{panel.names[0]}: history and forecast",
                kind="line",
                categories=tuple(f"{d:%Y-%m-%d}" for d in dates),
                series=(
                    ChartSeries("History", (*map(float, history), *([None] * n_future))),
                    ChartSeries("Forecast", (*gap, *map(float, level.forecast[0])), "forecast"),
                    ChartSeries("80% band, low", (*gap, *map(float, low[0])), "band_low"),
                    ChartSeries("80% band, high", (*gap, *map(float, high[0])), "band_high"),
                ),
                number_format="money" if panel.measure == "net_sales" else "count",
            )
        )
    return charts


def _stock_inputs(conn: sqlite3.Connection) -> str:
    """The stock figures the user gave, as a digest: new stock makes the reorder table (not
    the forecast) out of date."""
    stock = load_stock(conn)
    if stock is None:
        return "no stock"
    text = stock.to_csv(index=False).encode("utf-8")
    return "stock " + hashlib.sha256(text).hexdigest()[:16]


@dataclass(frozen=True)
class InventoryResult:
    table: pd.DataFrame  # one row per forecast product: reorder point, order now, ...
    params: InventoryParams
    notes: list[str]


def _inventory(
    ctx: SectionContext, params: InventoryParams, _progress: Progress | None
) -> InventoryResult:
    forecast: ForecastResult = ctx.result("forecast")
    stock = None
    if ctx.db_path is not None:
        with shop_connection(ctx.db_path) as conn:
            stock = load_stock(conn)
    table = forecast.reorder(stock, params)
    if table is None:
        raise NotEnoughHistoryError(
            forecast.skipped.get(
                "product", "Reorder points need products with enough sales history."
            )
        )
    notes = []
    if int(table["on_hand"].notna().sum()) == 0:
        notes.append(
            "No stock figures yet: only reorder points are given. Import a stock file (SKU and "
            "on-hand) or type the stock in the Forecast tab to see what to order now."
        )
    return InventoryResult(table, params, notes)


def _inventory_summary(result: InventoryResult) -> dict[str, Any]:
    table = result.table
    urgent = table[table["order_now"]].sort_values("days_of_cover", kind="stable")
    return {
        "status": "ok",
        "products": len(table),
        "with_stock": int(table["on_hand"].notna().sum()),
        "order_now": int(table["order_now"].sum()),
        "service_level": result.params.service_level,
        "lead_time_days": result.params.lead_time_days,
        "top_order_now": records(urgent, TOP_ROWS),
        "top_reorder_points": records(
            table.sort_values("demand_per_day", ascending=False, kind="stable"), TOP_ROWS
        ),
        "notes": result.notes,
    }


SECTIONS: tuple[Section[Any, Any], ...] = (
    Section(
        name="forecast",
        title="Forecast",
        compute=_forecast,
        summary=_forecast_summary,
        params=ForecastParams(),
        columns=tuple(FORECAST_COLUMNS),
        tables=lambda r: {"forecast": r.table(), "forecast_accuracy": r.accuracy_table()},
        charts=_forecast_charts,
    ),
    Section(
        name="inventory",
        title="Reorder points",
        compute=_inventory,
        summary=_inventory_summary,
        params=InventoryParams(),
        depends=("forecast",),
        columns=tuple(FORECAST_COLUMNS),
        tables=lambda r: {"inventory": r.table},
        inputs=_stock_inputs,
    ),
)

__all__ = ["SECTIONS", "InventoryResult"]
