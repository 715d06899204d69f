"""Sales series of a shop: total, per category and per product, on one calendar.

Why the shapes here:
- Every level is a `Panel`: a (series x periods) matrix on one calendar, so baselines, the
  backtest and the global model work on whole arrays instead of looping over products.
- Returns net out (a return is negative quantity / amount at the return date) and periods
  without sales are zeros. A product is not on sale before its first sale, so each series has
  a `start`: earlier periods are not scored and not used to train.
- Totals and categories are measured in net sales (money: what the owner plans with); products
  in net units (what is reordered).
- Charges and fees (postage, carriage, marketplace fees, manual adjustments: core.charges) are
  left out at every level: they are neither stock to reorder nor demand with a pattern, and a
  marketplace's lump of fees would read as a collapse of sales.
- A first or last period the data cover only in part is dropped: a half week would look like
  a collapse of demand.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from core.analysis.money import line_money
from core.errors import NotEnoughHistoryError as NotEnoughHistoryError  # re-exported: raised here
from core.messages import say

log = logging.getLogger(__name__)

Frequency = Literal["day", "week", "month"]
Level = Literal["total", "category", "product"]
LEVELS: tuple[Level, ...] = ("total", "category", "product")
PANDAS_FREQ: dict[str, str] = {"day": "D", "week": "W-SUN", "month": "M"}
#: The seasonal cycle of each frequency (a week of days, a year of weeks or months).
SEASON: dict[str, int] = {"day": 7, "week": 52, "month": 12}
#: Average days per period (daily demand for reorder points).
DAYS_PER_PERIOD: dict[str, float] = {"day": 1.0, "week": 7.0, "month": 365.25 / 12}
#: Columns of order_lines the forecast reads.
FORECAST_COLUMNS: tuple[str, ...] = (
    "order_id",
    "order_date",
    "sku",
    "product_name",
    "category",
    "quantity",
    "unit_price",
    "amount",
    "refund_amount",
    "is_return",
)


@dataclass(frozen=True)
class Panel:
    """Series of one level on one calendar; `values[i, t]` is series i in period t."""

    level: str
    keys: list[str]
    names: list[str]
    values: np.ndarray  # (n, T) float64
    start: np.ndarray  # (n,) int64: first period of each series (earlier periods are not data)
    periods: pd.DatetimeIndex  # (T,) start of each period
    frequency: str
    measure: str  # "net_sales" or "units"
    groups: np.ndarray | None = None  # (n,) int codes of a grouping feature (category), or None

    @property
    def size(self) -> int:
        return len(self.keys)

    @property
    def length(self) -> int:
        return int(self.values.shape[1])

    def future_periods(self, horizon: int) -> pd.DatetimeIndex:
        """Start of each of the `horizon` periods after the last one."""
        last = pd.Period(self.periods[-1], freq=PANDAS_FREQ[self.frequency])
        future = pd.period_range(last + 1, periods=horizon, freq=PANDAS_FREQ[self.frequency])
        return pd.DatetimeIndex(future.start_time)

    def subset(self, rows: np.ndarray) -> Panel:
        """The same panel limited to some series (benchmarks, scaling checks)."""
        return Panel(
            self.level,
            [self.keys[i] for i in rows],
            [self.names[i] for i in rows],
            self.values[rows],
            self.start[rows],
            self.periods,
            self.frequency,
            self.measure,
            None if self.groups is None else self.groups[rows],
        )


def choose_frequency(first: pd.Timestamp, last: pd.Timestamp) -> Frequency:
    """Days for a shop younger than four months, weeks up to three years, months beyond."""
    span = (last - first).days
    if span < 120:
        return "day"
    if span <= 3 * 365:
        return "week"
    return "month"


def product_key(lines: pd.DataFrame) -> pd.Series:
    """A product is its SKU, or its name when the export has no SKU."""
    sku = lines["sku"].astype("str")
    name = lines["product_name"].astype("str")
    return sku.where(lines["sku"].notna(), name)


def _calendar(lines: pd.DataFrame, frequency: str) -> tuple[pd.PeriodIndex, np.ndarray]:
    """The complete periods the data cover, and each line's period position (-1: dropped)."""
    freq = PANDAS_FREQ[frequency]
    ordinals = pd.PeriodIndex(lines["order_date"], freq=freq).asi8
    first, last = int(ordinals.min()), int(ordinals.max())
    last_period = pd.Period(ordinal=last, freq=freq)
    if lines["order_date"].max().normalize() < last_period.end_time.normalize():
        last -= 1  # an incomplete last period
    first_period = pd.Period(ordinal=first, freq=freq)
    if lines["order_date"].min().normalize() > first_period.start_time:
        first += 1  # an incomplete first period
    calendar = pd.period_range(
        pd.Period(ordinal=first, freq=freq), periods=max(0, last - first + 1), freq=freq
    )
    position = (ordinals - first).astype("int64")
    position[(position < 0) | (position >= len(calendar))] = -1
    return calendar, position


def _matrix(
    codes: np.ndarray, position: np.ndarray, weights: np.ndarray, n: int, t: int
) -> np.ndarray:
    """Sum `weights` into an (n, t) matrix at (codes, position); lines outside are ignored."""
    keep = (position >= 0) & (codes >= 0) & np.isfinite(weights)
    flat = np.bincount(codes[keep] * t + position[keep], weights=weights[keep], minlength=n * t)
    return flat.reshape(n, t)


def _first_periods(
    codes: np.ndarray, position: np.ndarray, sold: np.ndarray, n: int, t: int
) -> np.ndarray:
    """First period with a sale of each series (t when it never sold within the calendar)."""
    start = np.full(n, t, dtype="int64")
    keep = sold & (position >= 0) & (codes >= 0)
    np.minimum.at(start, codes[keep], position[keep])
    return start


@dataclass(frozen=True)
class SeriesParams:
    frequency: Frequency | None = None  # None: chosen from the span of the data
    min_sales: int = 10  # a product needs at least this many sale lines to be forecast


@dataclass(frozen=True)
class ShopSeries:
    """The panels of one shop, and what the user should know about how they were built."""

    frequency: str
    panels: dict[str, Panel]  # level -> panel (a level without series is absent)
    notes: list[str]
    products_skipped: int  # products with fewer sales than params.min_sales


def build_series(lines: pd.DataFrame, params: SeriesParams = SeriesParams()) -> ShopSeries:
    """Total, category and product panels of a canonical frame of order lines."""
    if lines.empty:
        raise NotEnoughHistoryError(
            "The shop has no orders yet: import an order export to see a forecast."
        )
    frequency = params.frequency or choose_frequency(
        lines["order_date"].min(), lines["order_date"].max()
    )
    money_of_lines = line_money(lines)
    charge = money_of_lines.charge
    notes: list[str] = []
    if charge.any():
        notes.append(
            say(
                "{count:,} lines of charges and fees (postage, carriage, marketplace fees, "
                "manual adjustments) are left out of the forecast: they are not products.",
                count=int(charge.sum()),
            )
        )
        lines = lines.loc[~charge]
        money = money_of_lines.net[~charge]
        if lines.empty:
            raise NotEnoughHistoryError(
                say(
                    "The shop's lines are all charges and fees: there are no product sales to "
                    "forecast."
                )
            )
    else:
        money = money_of_lines.net
    calendar, position = _calendar(lines, frequency)
    t = len(calendar)
    periods = pd.DatetimeIndex(calendar.start_time)
    units = np.nan_to_num(lines["quantity"].to_numpy(dtype="float64"))
    sold = ~lines["is_return"].to_numpy(dtype=bool)
    panels: dict[str, Panel] = {}
    zero = np.zeros(len(lines), dtype="int64")
    total = _matrix(zero, position, money, 1, t)
    panels["total"] = Panel(
        "total",
        ["total"],
        ["Whole shop"],
        total,
        _first_periods(zero, position, sold, 1, t),
        periods,
        frequency,
        "net_sales",
    )
    category = lines["category"]
    if category.notna().any():
        codes, names = pd.factorize(category.astype("str").where(category.notna()), sort=True)
        n = len(names)
        panels["category"] = Panel(
            "category",
            [str(c) for c in names],
            [str(c) for c in names],
            _matrix(codes, position, money, n, t),
            _first_periods(codes, position, sold, n, t),
            periods,
            frequency,
            "net_sales",
        )
    key = product_key(lines)
    if key.notna().any():
        codes, keys = pd.factorize(key, sort=True)
        n = len(keys)
        sales = np.bincount(codes[(codes >= 0) & sold], minlength=n)
        keep = sales >= params.min_sales
        skipped = int((~keep).sum())
        if keep.any():
            remap = np.full(n, -1, dtype="int64")
            remap[keep] = np.arange(int(keep.sum()))
            kept = remap[np.where(codes >= 0, codes, 0)]
            kept[codes < 0] = -1
            m = int(keep.sum())
            product_names = _last_names(lines, kept, m)
            groups = None
            if "category" in panels:
                cat_codes, _ = pd.factorize(
                    category.astype("str").where(category.notna()), sort=True
                )
                groups = np.full(m, -1, dtype="int64")
                has = kept >= 0
                groups[kept[has]] = cat_codes[has]
            panels["product"] = Panel(
                "product",
                [str(k) for k in np.asarray(keys)[keep]],
                product_names,
                _matrix(kept, position, units, m, t),
                _first_periods(kept, position, sold, m, t),
                periods,
                frequency,
                "units",
                groups,
            )
        if skipped:
            notes.append(
                say(
                    "{count:,} products with fewer than {least:,} sales are not forecast one "
                    "by one (they still count in the total).",
                    count=skipped,
                    least=params.min_sales,
                )
            )
    return ShopSeries(frequency, panels, notes, skipped if key.notna().any() else 0)


def _last_names(lines: pd.DataFrame, codes: np.ndarray, n: int) -> list[str]:
    """The latest product name of each kept product (names change; the last one is current)."""
    frame = pd.DataFrame({"code": codes, "name": lines["product_name"].astype("str")})
    frame = frame[(frame["code"] >= 0) & lines["product_name"].notna().to_numpy()]
    last = frame.groupby("code")["name"].last()
    return [str(last.get(i, "")) for i in range(n)]
