"""The forecast of a whole shop: every level, with its accuracy, and the reorder table.

This is the one entry point the Forecast tab, `main.py analyze` and the report call.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from core.errors import Cancelled
from core.forecast.engine import DEFAULT_HORIZON, LevelForecast, forecast_panel
from core.forecast.inventory import InventoryParams, reorder_table
from core.forecast.series import (
    LEVELS,
    Frequency,
    NotEnoughHistoryError,
    SeriesParams,
    build_series,
)
from core.progress import Progress, report, scaled
from core.results_store import load_result, save_result
from core.store import shop_connection

log = logging.getLogger(__name__)

#: Result table of the stock and lead times the user gave (typed in or imported).
STOCK_RESULT = "inventory_inputs"
#: Work per level, for progress: products take most of the time.
_WEIGHT = {"total": 1.0, "category": 2.0, "product": 7.0}


@dataclass(frozen=True)
class ForecastParams:
    frequency: Frequency | None = None  # None: chosen from the span of the data
    horizon: int | None = None  # periods ahead; None: 14 days, 8 weeks or 3 months
    origins: int = 6  # backtest origins (at least 3 are always kept)
    min_sales: int = 10  # sale lines a product needs to be forecast on its own
    levels: tuple[str, ...] = LEVELS


@dataclass(frozen=True)
class ForecastResult:
    frequency: str
    horizon: int
    levels: dict[str, LevelForecast]
    skipped: dict[str, str]  # level -> why it has no forecast, in words
    notes: list[str] = field(default_factory=list)

    def table(self) -> pd.DataFrame:
        """Every level's forecast rows (result_forecast)."""
        frames = [level.table() for level in self.levels.values()]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()

    def accuracy_table(self) -> pd.DataFrame:
        """Every series' backtest accuracy (result_forecast_accuracy)."""
        frames = [
            level.accuracy.assign(level=name)[["level", *level.accuracy.columns]]
            for name, level in self.levels.items()
        ]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()

    def reorder(
        self, stock: pd.DataFrame | None = None, params: InventoryParams | None = None
    ) -> pd.DataFrame | None:
        """The reorder table of the forecast products (None without a product level)."""
        level = self.levels.get("product")
        if level is None:
            return None
        return reorder_table(
            level.panel.keys,
            level.panel.names,
            level.methods,
            level.forecast,
            level.sigma,
            self.frequency,
            stock,
            params or InventoryParams(),
        )


def forecast_shop(
    lines: pd.DataFrame, params: ForecastParams = ForecastParams(), progress: Progress | None = None
) -> ForecastResult:
    """Forecast every level of the shop's lines; a level that cannot be forecast says why."""
    report(progress, 0.0, "Building sales series")
    shop = build_series(lines, SeriesParams(params.frequency, params.min_sales))
    horizon = params.horizon or DEFAULT_HORIZON[shop.frequency]
    wanted = [lv for lv in LEVELS if lv in params.levels and lv in shop.panels]
    total_weight = sum(_WEIGHT[lv] for lv in wanted) or 1.0
    done = 0.05
    levels: dict[str, LevelForecast] = {}
    skipped: dict[str, str] = {}
    if "category" in params.levels and "category" not in shop.panels:
        skipped["category"] = "The orders have no category column: map one when importing."
    if "product" in params.levels and "product" not in shop.panels:
        skipped["product"] = (
            f"No product has {params.min_sales} or more sales yet (or the orders name no "
            "product): products are forecast once they have that much history."
        )
    for lv in wanted:
        share = 0.95 * _WEIGHT[lv] / total_weight
        step = scaled(progress, done, done + share)
        try:
            levels[lv] = forecast_panel(shop.panels[lv], horizon, params.origins, None, step)
        except NotEnoughHistoryError as exc:
            skipped[lv] = str(exc)
        except Cancelled:
            raise
        done += share
    if not levels:
        reason = skipped.get("total") or next(iter(skipped.values()), "")
        raise NotEnoughHistoryError(reason or "There is not enough sales history for a forecast.")
    horizon = max(level.horizon for level in levels.values())
    report(progress, 1.0, "Forecast ready")
    return ForecastResult(shop.frequency, horizon, levels, skipped, shop.notes)


def load_stock(conn: sqlite3.Connection) -> pd.DataFrame | None:
    """The stock and lead times the user gave last (None: never given)."""
    frame = load_result(conn, STOCK_RESULT)
    if frame is None or frame.empty:
        return None
    frame["sku"] = frame["sku"].astype("str")
    return frame


def save_stock(conn: sqlite3.Connection, stock: pd.DataFrame, as_of: date | None = None) -> None:
    """Keep the user's stock figures in the shop file for the next run and `analyze`."""
    columns = [c for c in ("sku", "on_hand", "lead_time_days") if c in stock]
    save_result(conn, STOCK_RESULT, stock[columns], as_of)


def stock_of_shop(db_path: Path) -> pd.DataFrame | None:
    """The stock figures kept in a shop file (for callers that hold a path, not a connection)."""
    with shop_connection(db_path) as conn:
        return load_stock(conn)


def keep_stock(db_path: Path, stock: pd.DataFrame) -> None:
    """Keep the user's stock figures in the shop file (the window's write queue calls this)."""
    with shop_connection(db_path) as conn:
        save_stock(conn, stock)
