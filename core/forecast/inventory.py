"""What to reorder: safety stock, reorder point, order quantity and days of cover per product.

Arithmetic (one place; tests check it against a hand-computed case):
- d: forecast demand per day = mean forecast of the periods covering lead time + review,
  divided by the days in a period;
- sigma_d: the forecast's error per day = sigma per period (from the backtest's 80% band,
  core.forecast.intervals.Bands.sigma) / sqrt(days per period);
- safety stock = z(service level) x sigma_d x sqrt(lead time + review period);
- reorder point = d x (lead time + review period) + safety stock; with no review period this
  is the classic continuous-review d x L + z sigma sqrt(L);
- order now when stock on hand <= reorder point; the suggested order brings stock up to the
  reorder point plus `cover_days` of demand, at least the minimum order;
- days of cover = stock / d.
Without stock data only the reorder point (and safety stock) can be given.

Stock comes from a CSV/Excel file of SKU and on-hand (read with core.ingest's readers, so the
same encodings and workbooks work as for orders) or is typed in the Forecast tab.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import norm

from core.errors import StockFileError as StockFileError  # re-exported: raised here
from core.forecast.series import DAYS_PER_PERIOD
from core.ingest.presets import normalise_header
from core.ingest.readers import read_table
from core.ingest.values import parse_numbers
from core.progress import Progress

log = logging.getLogger(__name__)

#: Columns of the reorder table (and of result_inventory in the shop file).
REORDER_COLUMNS: tuple[str, ...] = (
    "sku",
    "product_name",
    "method",
    "demand_per_day",
    "on_hand",
    "lead_time_days",
    "safety_stock",
    "reorder_point",
    "order_quantity",
    "days_of_cover",
    "order_now",
)
_SKU_WORDS = (
    "sku",
    "stockcode",
    "productcode",
    "itemcode",
    "code",
    "item",
    "product",
    "货号",
    "商品编码",
    "编码",
    "商品编号",
    "sku编码",
)
_STOCK_WORDS = (
    "onhand",
    "stock",
    "instock",
    "inventory",
    "qty",
    "quantity",
    "available",
    "库存",
    "库存数量",
    "现有库存",
    "可用库存",
    "数量",
)
_LEAD_WORDS = ("leadtime", "leadtimedays", "lead", "交货期", "到货天数")


@dataclass(frozen=True)
class InventoryParams:
    lead_time_days: float = 14.0  # days from ordering to the goods on the shelf
    service_level: float = 0.95  # chance of not running out before the order arrives
    review_days: float = 0.0  # days between two looks at the stock (0: checked every day)
    min_order: float = 0.0  # smallest quantity a supplier accepts
    cover_days: float = 28.0  # days of demand an order should cover beyond the reorder point


def reorder_arithmetic(
    demand_per_period: np.ndarray,
    sigma_per_period: np.ndarray,
    days_per_period: float,
    on_hand: np.ndarray,
    lead_time_days: np.ndarray,
    params: InventoryParams,
) -> pd.DataFrame:
    """The formulas of the module docstring on arrays (one row per product)."""
    d = np.asarray(demand_per_period, dtype="float64") / days_per_period
    sigma_d = np.asarray(sigma_per_period, dtype="float64") / math.sqrt(days_per_period)
    exposure = np.asarray(lead_time_days, dtype="float64") + params.review_days
    z = float(norm.ppf(params.service_level))
    safety = z * sigma_d * np.sqrt(exposure)
    reorder_point = d * exposure + safety
    stock = np.asarray(on_hand, dtype="float64")
    known = np.isfinite(stock)
    order_now = known & (stock <= reorder_point)
    wanted = np.ceil(reorder_point + d * params.cover_days - stock)
    quantity = np.where(order_now, np.maximum(wanted, params.min_order), 0.0)
    quantity = np.where(known, quantity, np.nan)
    cover = np.divide(stock, d, out=np.full(len(d), np.nan), where=(d > 0) & known)
    return pd.DataFrame(
        {
            "demand_per_day": d,
            "safety_stock": safety,
            "reorder_point": reorder_point,
            "order_quantity": quantity,
            "days_of_cover": cover,
            "order_now": order_now,
        }
    )


def reorder_table(
    keys: list[str],
    names: list[str],
    methods: list[str],
    forecast: np.ndarray,
    sigma: np.ndarray,
    frequency: str,
    stock: pd.DataFrame | None = None,
    params: InventoryParams = InventoryParams(),
) -> pd.DataFrame:
    """One row per forecast product (REORDER_COLUMNS). `stock`: columns sku, on_hand and
    optionally lead_time_days (per product; missing: params.lead_time_days)."""
    per_period = DAYS_PER_PERIOD[frequency]
    periods = max(1, math.ceil((params.lead_time_days + params.review_days) / per_period))
    demand = forecast[:, : min(periods, forecast.shape[1])].mean(axis=1)
    frame = pd.DataFrame({"sku": keys, "product_name": names, "method": methods})
    on_hand = np.full(len(keys), np.nan)
    lead = np.full(len(keys), float(params.lead_time_days))
    if stock is not None and not stock.empty:
        indexed = stock.drop_duplicates("sku", keep="last").set_index("sku")
        on_hand = indexed["on_hand"].reindex(keys).to_numpy(dtype="float64")
        if "lead_time_days" in indexed:
            given = indexed["lead_time_days"].reindex(keys).to_numpy(dtype="float64")
            lead = np.where(np.isfinite(given), given, lead)
    numbers = reorder_arithmetic(demand, sigma, per_period, on_hand, lead, params)
    frame["demand_per_day"] = numbers["demand_per_day"].to_numpy()
    frame["on_hand"] = on_hand
    frame["lead_time_days"] = lead
    for column in ("safety_stock", "reorder_point", "order_quantity", "days_of_cover", "order_now"):
        frame[column] = numbers[column].to_numpy()
    return frame[list(REORDER_COLUMNS)]


def _find(columns: list[str], words: tuple[str, ...]) -> str | None:
    normal = {c: normalise_header(c) for c in columns}
    for word in words:
        for column, name in normal.items():
            if name == normalise_header(word):
                return column
    for word in words:
        for column, name in normal.items():
            if normalise_header(word) in name:
                return column
    return None


def read_stock(path: Path, progress: Progress | None = None) -> pd.DataFrame:
    """A stock file (CSV or Excel: SKU and on-hand, optionally lead time in days) as a frame
    sku, on_hand[, lead_time_days]. Raises StockFileError saying which column is missing."""
    raw = read_table(Path(path), progress=progress)
    columns = raw.columns
    sku = _find(columns, _SKU_WORDS)
    on_hand = _find([c for c in columns if c != sku], _STOCK_WORDS)
    if sku is None or on_hand is None:
        raise StockFileError(
            f"{Path(path).name} needs a column of product codes (SKU) and a column of stock on "
            f"hand. Columns seen: {', '.join(columns) or '(none)'}. Name them 'sku' and "
            "'on_hand' and try again."
        )
    frame = raw.frame
    codes = frame[sku].map(_code_text)
    out = pd.DataFrame(
        {"sku": codes, "on_hand": parse_numbers(frame[on_hand]).values.to_numpy(dtype="float64")}
    )
    lead = _find([c for c in columns if c not in (sku, on_hand)], _LEAD_WORDS)
    if lead is not None:
        out["lead_time_days"] = parse_numbers(frame[lead]).values.to_numpy(dtype="float64")
    out = out[out["sku"].notna() & (out["sku"] != "")].reset_index(drop=True)
    log.info("read stock of %d products from %s", len(out), Path(path).name)
    return out


def _code_text(value: object) -> str | None:
    """A SKU cell as text: 85123 read from Excel as 85123.0 is the code "85123"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
