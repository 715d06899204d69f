"""Sales overview: revenue (gross, returns, fees, net), orders, average order value, units,
customers (new vs returning) in total and per day / week / month, with the change against the
period before.

Definitions (one place, used by the importer's report, the Overview tab and the Excel report):
- gross sales: the value of sold lines (returns excluded);
- returns: the value of returned products plus refunds given on sold products;
- fees and adjustments: marketplace fees, bank charges, manual credits, discounts and postage
  given back (core.charges), which a merchant does not read as goods that came back;
- net sales: gross sales minus returns minus fees (core.analysis.money);
- orders: distinct order numbers with at least one sold line; average order value: gross / orders;
- customers: everyone with a line in the shop (or the period), as in the import report;
- new customers in a period: those whose first line in the shop falls in it; over the whole
  history, "returning" customers are those who came back for a second order;
- units and customers are unknown (NaN, null in JSON, "unknown" on screen) for an export that
  names no quantity or no customer (an order-level report): 0 would be a false figure.
The last period is compared only when it is complete: a month that the data end in the middle of
would always look like a fall, so the last complete period is compared with the one before.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

import numpy as np
import pandas as pd

from core.analysis.money import line_money
from core.messages import say
from core.progress import Progress, report

log = logging.getLogger(__name__)

Period = Literal["day", "week", "month"]
METRICS: tuple[str, ...] = (
    "gross_sales",
    "returns",
    "fees",
    "net_sales",
    "orders",
    "aov",
    "units",
    "customers",
    "new_customers",
    "returning_customers",
)
#: The columns of order_lines the Overview reads (core.store.load_lines(columns=...)).
KPI_COLUMNS: tuple[str, ...] = (
    "order_id",
    "order_date",
    "customer_id",
    "sku",
    "product_name",
    "quantity",
    "amount",
    "refund_amount",
    "currency",
    "is_return",
)
_PANDAS_PERIOD = {"day": "D", "week": "W-SUN", "month": "M"}


@dataclass(frozen=True)
class KpiParams:
    period: Period = "month"
    as_of: date | None = None  # use orders up to and including this day


@dataclass(frozen=True)
class KpiResult:
    period: str
    totals: dict[str, float]  # over every order up to as_of
    series: pd.DataFrame  # index: period start (Timestamp); columns: METRICS
    current_label: str | None  # the last complete period, e.g. "2011-11"
    previous_label: str | None  # the period before it
    current: dict[str, float]  # METRICS in the last complete period
    change: dict[str, float | None]  # fraction change of `current` against the period before
    currency: str | None
    date_min: date | None
    date_max: date | None
    notes: list[str] = field(default_factory=list)


#: Metrics that need a quantity column, and those that need a customer column.
_UNIT_METRICS = ("units",)
_CUSTOMER_METRICS = ("customers", "new_customers", "returning_customers")


def sales_totals(lines: pd.DataFrame) -> dict[str, float]:
    """Gross sales, returns, fees and adjustments, and net sales of a canonical frame."""
    money = line_money(lines)
    gross = float(money.gross.sum())
    returns = float(money.returns.sum())
    fees = float(money.fees.sum())
    return {
        "gross_sales": round(gross, 2),
        "returns": round(returns, 2),
        "fees": round(fees, 2),
        "net_sales": round(gross - returns - fees, 2),
    }


def unknown_metrics(lines: pd.DataFrame) -> tuple[str, ...]:
    """Metrics the lines cannot give: units without any quantity, customers without any id."""
    unknown: list[str] = []
    if len(lines) and lines["quantity"].isna().all():
        unknown.extend(_UNIT_METRICS)
    if len(lines) and lines["customer_id"].isna().all():
        unknown.extend(_CUSTOMER_METRICS)
    return tuple(unknown)


def count_orders(lines: pd.DataFrame) -> int:
    """Orders with at least one sold line (an order that is only a return is not an order)."""
    return int(lines.loc[~lines["is_return"], "order_id"].nunique())


def _total_metrics(lines: pd.DataFrame) -> dict[str, float]:
    """METRICS over the whole history. Every customer is new at some point of it, so here
    "returning" means a customer who came back for at least a second order."""
    sold = lines[~lines["is_return"]]
    totals = sales_totals(lines)
    orders = count_orders(lines)
    customers = lines["customer_id"].dropna().unique()
    per_customer = sold.dropna(subset=["customer_id"]).groupby("customer_id")["order_id"].nunique()
    returning = int((per_customer >= 2).sum())
    out = {
        **totals,
        "orders": float(orders),
        "aov": round(totals["gross_sales"] / orders, 2) if orders else 0.0,
        "units": float(np.nansum(sold["quantity"].to_numpy(dtype="float64"))),
        "customers": float(len(customers)),
        "new_customers": float(len(customers) - returning),
        "returning_customers": float(returning),
    }
    for metric in unknown_metrics(lines):
        out[metric] = float("nan")
    return out


def period_series(lines: pd.DataFrame, period: Period) -> pd.DataFrame:
    """METRICS per period (day / week / month), zeros for periods without orders."""
    if lines.empty:
        return pd.DataFrame(columns=list(METRICS), dtype="float64")
    freq = _PANDAS_PERIOD[period]
    keys = lines["order_date"].dt.to_period(freq)
    money = line_money(lines)
    sold = money.sold
    frame = pd.DataFrame(
        {
            "key": keys,
            "gross": money.gross,
            "returns": money.returns,
            "fees": money.fees,
            "units": lines["quantity"].astype("float64").where(sold, 0.0).fillna(0.0),
            "order": lines["order_id"].where(sold),
            "customer": lines["customer_id"],
        }
    )
    grouped = frame.groupby("key", sort=True)
    out = pd.DataFrame(
        {
            "gross_sales": grouped["gross"].sum(),
            "returns": grouped["returns"].sum(),
            "fees": grouped["fees"].sum(),
            "orders": grouped["order"].nunique(),
            "units": grouped["units"].sum(),
            "customers": grouped["customer"].nunique(),
        }
    )
    first = lines.loc[lines["customer_id"].notna()].groupby("customer_id")["order_date"].min()
    new_per_period = first.dt.to_period(freq).value_counts()
    out["new_customers"] = new_per_period.reindex(out.index).fillna(0)
    full = pd.period_range(out.index.min(), out.index.max(), freq=freq)
    out = out.reindex(full, fill_value=0).astype("float64")
    out["net_sales"] = out["gross_sales"] - out["returns"] - out["fees"]
    out["aov"] = (out["gross_sales"] / out["orders"].replace(0, np.nan)).fillna(0.0)
    out["returning_customers"] = out["customers"] - out["new_customers"]
    out.index = full.start_time
    out.index.name = "period_start"
    for metric in unknown_metrics(lines):
        out[metric] = np.nan
    return out[list(METRICS)]


def _last_complete(series: pd.DataFrame, period: Period, data_end: pd.Timestamp) -> int | None:
    """Position of the last period that the data cover to its end, or None."""
    if series.empty:
        return None
    freq = _PANDAS_PERIOD[period]
    last_start = series.index[-1]
    last_end = pd.Period(last_start, freq=freq).end_time.normalize()
    position = len(series) - 1
    if data_end.normalize() < last_end:
        position -= 1
    return position if position >= 0 else None


def compute_kpis(
    lines: pd.DataFrame, params: KpiParams = KpiParams(), progress: Progress | None = None
) -> KpiResult:
    """The Overview's figures for a canonical frame (core.schema.LINE_COLUMNS)."""
    notes: list[str] = []
    if params.as_of is not None:
        lines = lines[lines["order_date"] < pd.Timestamp(params.as_of) + pd.Timedelta(days=1)]
    report(progress, 0.1, "Adding up sales")
    currencies: list[str] = sorted(map(str, lines["currency"].dropna().unique()))
    currency = str(currencies[0]) if len(currencies) == 1 else None
    if len(currencies) > 1:
        notes.append(
            "The orders are in several currencies ("
            + ", ".join(currencies)
            + "); the totals add them up without conversion."
        )
    if lines.empty:
        return KpiResult(
            params.period,
            {m: 0.0 for m in METRICS},
            period_series(lines, "day"),
            None,
            None,
            {},
            {},
            currency,
            None,
            None,
            [*notes, "There are no orders to summarise yet: import an order export."],
        )
    totals = _total_metrics(lines)
    report(progress, 0.5, "Building the trend")
    series = period_series(lines, params.period)
    data_end = lines["order_date"].max()
    # With an as-of date the data are known to run to it, even if its last days had no order.
    known_end = max(data_end, pd.Timestamp(params.as_of)) if params.as_of else data_end
    position = _last_complete(series, params.period, known_end)
    current: dict[str, float] = {}
    change: dict[str, float | None] = {}
    current_label = previous_label = None
    if position is not None:
        current = {m: float(series[m].iloc[position]) for m in METRICS}
        current_label = _label(series.index[position], params.period)
        if position > 0:
            previous = series.iloc[position - 1]
            previous_label = _label(series.index[position - 1], params.period)
            change = {
                m: (current[m] - float(previous[m])) / abs(float(previous[m]))
                if np.isfinite(current[m]) and np.isfinite(previous[m]) and float(previous[m]) != 0
                else None
                for m in METRICS
            }
        if position < len(series) - 1:
            notes.append(
                say(
                    "The last {period} ({label}) is not complete (the data end on {day}), so "
                    "{current} is compared with the one before.",
                    period=params.period,
                    label=_label(series.index[-1], params.period),
                    day=f"{data_end:%Y-%m-%d}",
                    current=current_label,
                )
            )
    if lines["customer_id"].isna().all():
        notes.append("The file has no customer column, so customers cannot be counted.")
    if lines["quantity"].isna().all():
        notes.append("The file has no quantity column, so units sold are not known.")
    if totals["fees"]:
        notes.append(
            "Fees and adjustments (marketplace fees, bank charges, manual credits, discounts, "
            "postage given back) are shown apart from product returns."
        )
    report(progress, 1.0, "Overview ready")
    return KpiResult(
        period=params.period,
        totals=totals,
        series=series,
        current_label=current_label,
        previous_label=previous_label,
        current=current,
        change=change,
        currency=currency,
        date_min=lines["order_date"].min().date(),
        date_max=data_end.date(),
        notes=notes,
    )


def _label(start: pd.Timestamp, period: Period) -> str:
    if period == "month":
        return f"{start:%Y-%m}"
    if period == "week":
        return say("week of {day}", day=f"{start:%Y-%m-%d}")
    return f"{start:%Y-%m-%d}"
