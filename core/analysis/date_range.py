"""The Overview of a date range the merchant chooses: its figures, the same range a year
earlier, and its top products, countries and channels.

Why a plain function on the stored lines and not a kept section parameter: a merchant flips
between "last 30 days", "last 90 days", "this year" and a custom range many times in a minute;
the lines are read and reduced to arrays once (`prepare_lines`), then each range is a slice
of them (0.2 s for 30 days, 0.7 s for 365 days of Online Retail on a busy machine, against
7-10 s for a plain date mask and groupbys: bench/overview_bench.py), so storing a result per
range in the shop file would only fill it. The Overview tab runs both in its worker thread.

Definitions follow core.analysis.kpis (gross, returns, fees, net, orders, units), with, for a
range:
- customers: everyone with a line in the range; new customers: those whose first line in the
  whole shop falls in the range; returning customers: the others;
- the year-ago range is the same days one year earlier (29 February becomes the 28th); it is
  compared only when the shop's lines cover it whole, since a range that starts before the
  first order would always look like growth;
- top products leave charge lines out (postage, fees, manual adjustments: core.charges), which
  are money taken or given back but not something the shop sells.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd

from core.analysis.kpis import KPI_COLUMNS, METRICS, KpiResult, unknown_metrics
from core.analysis.money import line_money
from core.store import load_lines, open_shop

log = logging.getLogger(__name__)

Preset = Literal["last_30", "last_90", "last_365", "this_year", "custom"]
PRESET_DAYS: dict[str, int] = {"last_30": 30, "last_90": 90, "last_365": 365}
#: The columns of order_lines a range reads: the Overview's, and where its top tables come from.
RANGE_COLUMNS: tuple[str, ...] = (*KPI_COLUMNS, "country", "channel")
TOP_COLUMNS: tuple[str, ...] = ("name", "gross_sales", "orders", "units", "customers")


@dataclass(frozen=True)
class DateRange:
    """First and last day, both included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class RangeSummary:
    range: DateRange
    year_ago: DateRange
    figures: dict[str, float]  # METRICS over the range
    year_ago_figures: dict[str, float] | None  # None when the lines do not cover the year ago
    change: dict[str, float | None]  # fraction change against the year ago (None: no figure)
    top_products: pd.DataFrame  # TOP_COLUMNS, best first
    top_countries: pd.DataFrame  # TOP_COLUMNS (empty when the export names no country)
    top_channels: pd.DataFrame  # TOP_COLUMNS (empty when the export names no channel)
    data_start: date | None  # the shop's first and last order day
    data_end: date | None


def preset_range(preset: Preset, data_end: date, custom: DateRange | None = None) -> DateRange:
    """The range a preset means, ending on the shop's last order day (not today: an offline
    shop file may be weeks old, and "last 30 days" of it must not be empty)."""
    if preset == "custom":
        if custom is None:
            raise ValueError("A custom range needs its first and last day.")
        return custom
    if preset == "this_year":
        return DateRange(date(data_end.year, 1, 1), data_end)
    return DateRange(data_end - timedelta(days=PRESET_DAYS[preset] - 1), data_end)


def complete_period_range(result: KpiResult) -> DateRange | None:
    """The days of the Overview's last complete period (None when no period is complete)."""
    if result.current_label is None or result.series.empty:
        return None
    freq = {"day": "D", "week": "W-SUN", "month": "M"}[result.period]
    for start in result.series.index[::-1][:2]:
        period = pd.Period(start, freq=freq)
        if result.current_label in (
            f"{start:%Y-%m}",
            f"{start:%Y-%m-%d}",
            f"week of {start:%Y-%m-%d}",
        ):
            return DateRange(period.start_time.date(), period.end_time.date())
    return None


def _year_earlier(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def year_ago(rng: DateRange) -> DateRange:
    """The same days one year earlier."""
    return DateRange(_year_earlier(rng.start), _year_earlier(rng.end))


@dataclass(frozen=True)
class RangeLines:
    """The shop's lines reduced once to arrays in date order, so that each range the merchant
    picks is a slice and a few counts (a range over the whole frame took 5 s of boolean
    filtering of text columns on Online Retail; a slice takes milliseconds)."""

    days: np.ndarray  # datetime64[D] of each line, ascending
    sold: np.ndarray
    charge: np.ndarray
    gross: np.ndarray
    returns: np.ndarray
    fees: np.ndarray
    quantity: np.ndarray  # NaN where unknown
    order: np.ndarray  # int codes, -1 when missing
    customer: np.ndarray
    first_seen: np.ndarray  # datetime64[D] of each customer code's first line in the shop
    codes: dict[str, np.ndarray]  # "product" / "country" / "channel" -> int codes (-1 missing)
    names: dict[str, np.ndarray]  # the name of each code
    unknown: tuple[str, ...]  # metrics the export cannot give (core.analysis.kpis)

    @property
    def data_start(self) -> date | None:
        return _to_date(self.days[0]) if len(self.days) else None

    @property
    def data_end(self) -> date | None:
        return _to_date(self.days[-1]) if len(self.days) else None

    def slice(self, rng: DateRange) -> slice:
        """The positions of the lines from rng.start to rng.end, both days included."""
        lo = np.searchsorted(self.days, np.datetime64(rng.start, "D"), side="left")
        hi = np.searchsorted(self.days, np.datetime64(rng.end, "D"), side="right")
        return slice(int(lo), int(hi))


def _to_date(day: np.datetime64) -> date:
    return pd.Timestamp(day).date()


def _codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    codes, uniques = pd.factorize(values, sort=False)  # missing values get -1
    return codes.astype("int64"), np.asarray(uniques, dtype=object)


def prepare_lines(lines: pd.DataFrame) -> RangeLines:
    """Reduce a canonical frame (RANGE_COLUMNS at least) to the arrays every range reads."""
    order = np.argsort(lines["order_date"].to_numpy(dtype="datetime64[ns]"), kind="stable")
    lines = lines.iloc[order].reset_index(drop=True)
    money = line_money(lines)
    days = lines["order_date"].to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
    customer, _ids = _codes(lines["customer_id"])
    known = customer >= 0
    first = np.full(len(_ids), np.iinfo("int64").max, dtype="int64")
    np.minimum.at(first, customer[known], days[known].astype("int64"))
    first_seen = first.astype("datetime64[D]")
    product_key = lines["sku"].fillna(lines["product_name"])
    product, product_ids = _codes(product_key)
    names_by_key = (
        pd.DataFrame({"key": product_key, "name": lines["product_name"]})
        .dropna(subset=["key"])
        .drop_duplicates("key")
        .set_index("key")["name"]
    )
    product_names = np.asarray(
        [names_by_key.get(k) if pd.notna(names_by_key.get(k)) else k for k in product_ids],
        dtype=object,
    )
    codes = {"product": product}
    names = {"product": product_names}
    for column in ("country", "channel"):
        values = lines[column] if column in lines else pd.Series(None, index=lines.index)
        codes[column], names[column] = _codes(values)
    return RangeLines(
        days=days,
        sold=money.sold,
        charge=money.charge,
        gross=money.gross,
        returns=money.returns,
        fees=money.fees,
        quantity=lines["quantity"].to_numpy(dtype="float64", na_value=np.nan),
        order=_codes(lines["order_id"])[0],
        customer=customer,
        first_seen=first_seen,
        codes=codes,
        names=names,
        unknown=unknown_metrics(lines),
    )


def range_figures(prepared: RangeLines, rng: DateRange) -> dict[str, float]:
    """METRICS of the lines from rng.start to rng.end."""
    part = prepared.slice(rng)
    sold = prepared.sold[part]
    gross = float(prepared.gross[part].sum())
    returns = float(prepared.returns[part].sum())
    fees = float(prepared.fees[part].sum())
    order = prepared.order[part]
    orders = len(_distinct(order[sold & (order >= 0)]))
    customer = prepared.customer[part]
    customers = _distinct(customer[customer >= 0])
    first = prepared.first_seen[customers]
    new = int(
        ((first >= np.datetime64(rng.start, "D")) & (first <= np.datetime64(rng.end, "D"))).sum()
    )
    out = {
        "gross_sales": round(gross, 2),
        "returns": round(returns, 2),
        "fees": round(fees, 2),
        "net_sales": round(gross - returns - fees, 2),
        "orders": float(orders),
        "aov": round(gross / orders, 2) if orders else 0.0,
        "units": float(np.nansum(prepared.quantity[part][sold])),
        "customers": float(len(customers)),
        "new_customers": float(new),
        "returning_customers": float(len(customers) - new),
    }
    for metric in prepared.unknown:
        out[metric] = float("nan")
    return {m: out[m] for m in METRICS}


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values. A sort and a neighbour comparison: numpy's hashing `unique`
    took 0.2 s per call on a year of Online Retail's order codes, this takes 20 ms."""
    ordered = np.sort(values, kind="stable")
    if not len(ordered):
        return ordered
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def _distinct_per(key: np.ndarray, other: np.ndarray, size: int) -> np.ndarray:
    """How many distinct `other` codes each `key` code has (missing `other` left out)."""
    keep = other >= 0
    width = int(other.max(initial=0)) + 1
    pairs = _distinct(key[keep] * width + other[keep])
    return np.bincount(pairs // width, minlength=size)


def _top(prepared: RangeLines, kind: str, rows: np.ndarray, top: int) -> pd.DataFrame:
    """Gross sales, orders, units and customers per `kind` code over the positions `rows`,
    the `top` best by gross sales (ties by name)."""
    key = prepared.codes[kind][rows]
    names = prepared.names[kind]
    keep = key >= 0
    rows, key = rows[keep], key[keep]
    size = len(names)
    if not len(rows):
        return pd.DataFrame({c: pd.Series(dtype="float64") for c in TOP_COLUMNS}).astype(
            {"name": "object"}
        )
    quantity = prepared.quantity[rows]
    units = np.bincount(key, weights=np.nan_to_num(quantity), minlength=size)
    has_units = np.bincount(key, weights=~np.isnan(quantity), minlength=size) > 0
    frame = pd.DataFrame(
        {
            "name": names.astype(str),
            "gross_sales": np.bincount(key, weights=prepared.gross[rows], minlength=size),
            "orders": _distinct_per(key, prepared.order[rows], size).astype("float64"),
            "units": np.where(has_units, units, np.nan),
            "customers": _distinct_per(key, prepared.customer[rows], size).astype("float64"),
        }
    )
    frame = frame[np.bincount(key, minlength=size) > 0]
    frame["gross_sales"] = frame["gross_sales"].round(2)
    frame = frame.sort_values(["gross_sales", "name"], ascending=[False, True], kind="stable")
    return frame.head(top).reset_index(drop=True)


def top_tables(
    prepared: RangeLines, rng: DateRange, top: int = 10
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The range's best products (charges left out), countries and channels by gross sales."""
    part = prepared.slice(rng)
    positions = np.arange(part.start, part.stop)
    sold = positions[prepared.sold[part]]
    products = sold[~prepared.charge[sold]]
    return (
        _top(prepared, "product", products, top),
        _top(prepared, "country", sold, top),
        _top(prepared, "channel", sold, top),
    )


def summarize_range(prepared: RangeLines, rng: DateRange, top: int = 10) -> RangeSummary:
    """Figures of `rng`, the same range a year earlier (when the lines cover it whole), and the
    range's top tables. The window words what is missing from the dates it is given."""
    if rng.end < rng.start:
        raise ValueError("The range ends before it starts.")
    before = year_ago(rng)
    figures = range_figures(prepared, rng)
    data_start = prepared.data_start
    previous: dict[str, float] | None = None
    if data_start is not None and before.start >= data_start:
        previous = range_figures(prepared, before)
    change: dict[str, float | None] = {}
    for m in METRICS:
        now, then = figures[m], (previous or {}).get(m, float("nan"))
        ok = previous is not None and np.isfinite(now) and np.isfinite(then) and then != 0
        change[m] = (now - then) / abs(then) if ok else None
    products, countries, channels = top_tables(prepared, rng, top)
    log.debug("range %s..%s: %d orders", rng.start, rng.end, int(figures["orders"]))
    return RangeSummary(
        range=rng,
        year_ago=before,
        figures=figures,
        year_ago_figures=previous,
        change=change,
        top_products=products,
        top_countries=countries,
        top_channels=channels,
        data_start=data_start,
        data_end=prepared.data_end,
    )


def read_range_lines(db_path: Path, as_of: date | None = None) -> pd.DataFrame:
    """The shop's lines up to `as_of` with the columns a range reads (worker thread)."""
    conn = open_shop(db_path)
    try:
        return load_lines(conn, as_of, RANGE_COLUMNS)
    finally:
        conn.close()
