"""The `forecast` and `inventory` sections of `main.py analyze` (and the report).

Both read one forecast of the shop, computed once per analysis run: the inventory section
reuses the forecast section's result for the same context instead of fitting it again.
Full tables go into the shop file (result_forecast, result_forecast_accuracy,
result_inventory); the JSON carries the summaries.
"""

from __future__ import annotations

import logging
import math
import threading
from typing import TYPE_CHECKING, Any

import pandas as pd

from core.forecast.engine import METHOD_LABELS
from core.forecast.inventory import InventoryParams
from core.forecast.shop import ForecastParams, ForecastResult, forecast_shop, load_stock
from core.progress import Progress
from core.results_store import save_result
from core.store import open_shop

if TYPE_CHECKING:
    from core.analyze import AnalysisContext

log = logging.getLogger(__name__)

TOP_ROWS = 10
_lock = threading.Lock()
_last: tuple[object, ForecastResult] | None = None


def shop_forecast(ctx: AnalysisContext, progress: Progress | None = None) -> ForecastResult:
    """The forecast of this analysis run (computed by whichever section asks first)."""
    global _last
    with _lock:
        if _last is not None and _last[0] is ctx:
            return _last[1]
    result = forecast_shop(ctx.lines, ForecastParams(), progress)
    with _lock:
        _last = (ctx, result)
    return result


def _clean(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4) if math.isfinite(value) else None
    return value


def forecast_section(ctx: AnalysisContext, progress: Progress | None = None) -> dict[str, Any]:
    result = shop_forecast(ctx, progress)
    levels: dict[str, Any] = {}
    for name, level in result.levels.items():
        levels[name] = {**level.summary, "horizon": level.horizon, "sentence": level.sentence}
    if ctx.db_path is not None:
        conn = open_shop(ctx.db_path)
        try:
            save_result(conn, "forecast", result.table(), ctx.as_of)
            save_result(conn, "forecast_accuracy", result.accuracy_table(), ctx.as_of)
        finally:
            conn.close()
    return {
        "status": "ok",
        "frequency": result.frequency,
        "horizon": result.horizon,
        "levels": levels,
        "skipped_levels": result.skipped,
        "methods": {m: METHOD_LABELS[m] for m in METHOD_LABELS},
        "notes": result.notes,
    }


def inventory_section(ctx: AnalysisContext, progress: Progress | None = None) -> dict[str, Any]:
    result = shop_forecast(ctx, progress)
    stock = None
    if ctx.db_path is not None:
        conn = open_shop(ctx.db_path)
        try:
            stock = load_stock(conn)
        finally:
            conn.close()
    params = InventoryParams()
    table = result.reorder(stock, params)
    if table is None:
        return {
            "status": "skipped",
            "reason": result.skipped.get(
                "product", "Reorder points need products with enough sales history."
            ),
        }
    if ctx.db_path is not None:
        conn = open_shop(ctx.db_path)
        try:
            save_result(conn, "inventory", table, ctx.as_of)
        finally:
            conn.close()
    with_stock = int(table["on_hand"].notna().sum())
    urgent = table[table["order_now"]].sort_values("days_of_cover", kind="stable")
    notes = []
    if with_stock == 0:
        notes.append(
            "No stock figures yet: only reorder points are given. Import a stock file (SKU and "
            "on-hand) or type the stock in the Forecast tab to see what to order now."
        )
    return {
        "status": "ok",
        "products": len(table),
        "with_stock": with_stock,
        "order_now": int(table["order_now"].sum()),
        "service_level": params.service_level,
        "lead_time_days": params.lead_time_days,
        "top_order_now": _records(urgent.head(TOP_ROWS)),
        "top_reorder_points": _records(
            table.sort_values("demand_per_day", ascending=False, kind="stable").head(TOP_ROWS)
        ),
        "notes": notes,
    }


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [
        {str(k): _clean(v.item() if hasattr(v, "item") else v) for k, v in row.items()}
        for row in frame.to_dict(orient="records")
    ]
