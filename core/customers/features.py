"""One row per customer, as of a date: the behaviour every customer analysis starts from.

Why one function: RFM, clusters, BG/NBD, Gamma-Gamma, churn and the CDNOW reproduction test all
read the same summary, so "a purchase", "frequency" or "net spend" mean one thing everywhere.

Definitions (as of `as_of`, lines after it are ignored):
- a purchase is a day on which the customer bought something (a sold, non-return line); several
  orders on one day count once, as in BG/NBD (Fader, Hardie & Lee 2005);
- frequency = purchase days - 1 (repeat purchases); t_x = first to last purchase; T = first
  purchase to `as_of`; both in the time unit (day or week = 7 days);
- net = sold value - returned value - refunds: returns and cancellations net out; fees and
  adjustments booked on a customer (a manual credit, a marketplace fee: core.charges) are not
  spend and are kept apart in `fees`;
- avg_value = net / purchase days: the average net spend per purchase, the first included;
- avg_repeat_value = (net - net of the first purchase day) / frequency: the average net spend
  per repeat purchase, NaN without a repeat purchase. Gamma-Gamma's input: like frequency it
  leaves the first purchase out (Fader, Hardie & Lee 2005), so x and the mean value describe
  the same purchases (mixing them gave p, q, v = 14.33, 3.95, 7.29 on CDNOW instead of the
  published 6.25, 3.74, 15.44);
- customers whose lines are all returns (no purchase up to `as_of`) are left out; a shop where
  no sold line is left at all raises NoCustomerDataError.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from typing import Any, Literal

import pandas as pd
from threadpoolctl import threadpool_limits

from core.analysis.money import line_money
from core.errors import NoCustomerDataError as NoCustomerDataError  # re-exported: raised here

log = logging.getLogger(__name__)

TimeUnit = Literal["day", "week"]
UNIT_DAYS: dict[str, float] = {"day": 1.0, "week": 7.0}
#: Columns of order_lines the customer analyses read (core.store.load_lines(columns=...)).
CUSTOMER_COLUMNS: tuple[str, ...] = (
    "order_id",
    "order_date",
    "customer_id",
    "sku",
    "product_name",
    "category",
    "quantity",
    "amount",
    "refund_amount",
    "is_return",
)


def single_threaded() -> threadpool_limits:
    """One native thread for scikit-learn's OpenMP loops (KMeans, gradient boosting).

    Why: on a few thousand customers the work per loop is tiny, and OpenMP threads waiting on
    a busy laptop cost far more than they save (measured 17.7 s -> 1.4 s for the clusters and
    25.6 s -> 2.4 s for churn on Online Retail, with two cores busy with other work)."""
    return threadpool_limits(limits=1)



#: Why a customer analysis stops when every line with a customer is a return or cancellation.
NO_SALES_MESSAGE = (
    "Every order line with a customer is a return or a cancellation, so no customer has bought "
    "anything to analyse. Import the shop's sales as well as its returns."
)


def customer_lines(lines: pd.DataFrame, as_of: date | None = None) -> pd.DataFrame:
    """Lines with a customer id, up to and including `as_of`; raises when there are none."""
    if "customer_id" not in lines or lines["customer_id"].isna().all():
        raise NoCustomerDataError(
            "The orders have no customer column, so customers cannot be told apart. Import an "
            "export that names the customer of each order (a customer id or e-mail column)."
        )
    keep = lines["customer_id"].notna()
    if as_of is not None:
        keep = keep & (lines["order_date"] < pd.Timestamp(as_of) + pd.Timedelta(days=1))
    out = lines.loc[keep]
    if out.empty:
        raise NoCustomerDataError(
            "No order with a customer falls on or before the chosen date. Choose a later date "
            "or import older orders."
        )
    return out


def last_order_day(lines: pd.DataFrame) -> pd.Timestamp:
    """The default as-of date: the day of the last order in the data."""
    return pd.Timestamp(lines["order_date"].max()).normalize()


#: The summaries of one analysis run (see `summaries_shared`); unset outside a run.
_RUN_SUMMARIES: ContextVar[tuple[pd.DataFrame, dict[Any, pd.DataFrame]] | None] = ContextVar(
    "run_summaries", default=None
)


@contextmanager
def summaries_shared(lines: pd.DataFrame, store: dict[Any, pd.DataFrame]) -> Iterator[None]:
    """Within the block, `customer_summary` of exactly these lines is computed once per as-of
    date and time unit and kept in `store` (a run's own dict): RFM, clusters, lifetime value
    and churn then share one customer table instead of each building it. The run owns the
    store, so nothing outlives it."""
    token = _RUN_SUMMARIES.set((lines, store))
    try:
        yield
    finally:
        _RUN_SUMMARIES.reset(token)


def customer_summary(
    lines: pd.DataFrame, as_of: date | None = None, time_unit: TimeUnit = "week"
) -> pd.DataFrame:
    """Per-customer behaviour as of `as_of` (default: the last order day); see module doc.

    Index: customer_id (text). Columns: first_order, last_order, purchases, frequency,
    recency_days, tenure_days, t_x, T, orders, gross, returns, fees, net, avg_value,
    avg_repeat_value, avg_basket, return_rate. Raises NoCustomerDataError when no sold line is
    left.
    """
    run = _RUN_SUMMARIES.get()
    if run is not None and run[0] is lines:
        key = (as_of, time_unit)
        if key not in run[1]:
            run[1][key] = _customer_summary(lines, as_of, time_unit)
        return run[1][key].copy()
    return _customer_summary(lines, as_of, time_unit)


def _customer_summary(lines: pd.DataFrame, as_of: date | None, time_unit: TimeUnit) -> pd.DataFrame:
    data = customer_lines(lines, as_of)
    end = pd.Timestamp(as_of) if as_of is not None else last_order_day(data)
    unit = UNIT_DAYS[time_unit]
    values = line_money(data)
    customer = data["customer_id"].astype("str").to_numpy()
    frame = pd.DataFrame(
        {
            "customer_id": customer,
            "day": data["order_date"].dt.normalize().to_numpy(),
            "gross": values.gross,
            "returns": values.returns,
            "fees": values.fees,
            "order": data["order_id"].where(~data["is_return"]).to_numpy(),
            "sold": values.sold,
        }
    )
    by_customer = frame.groupby("customer_id", sort=True)
    money = by_customer[["gross", "returns", "fees"]].sum()
    sold = frame[frame["sold"]]
    if sold.empty:
        raise NoCustomerDataError(NO_SALES_MESSAGE)
    days = sold.drop_duplicates(["customer_id", "day"])
    per_day = days.groupby("customer_id", sort=True)["day"]
    out = pd.DataFrame(
        {
            "first_order": per_day.min(),
            "last_order": per_day.max(),
            "purchases": per_day.size().astype("int64"),
        }
    )
    out["orders"] = sold.groupby("customer_id")["order"].nunique().reindex(out.index)
    out = out.join(money, how="left")
    out["frequency"] = out["purchases"] - 1
    out["recency_days"] = (end - out["last_order"]).dt.days.astype("int64")
    out["tenure_days"] = (end - out["first_order"]).dt.days.astype("int64")
    out["t_x"] = (out["last_order"] - out["first_order"]).dt.days / unit
    out["T"] = out["tenure_days"] / unit
    out["net"] = out["gross"] - out["returns"]
    out["avg_value"] = out["net"] / out["purchases"]
    # net of each customer's first purchase day (its returns and refunds included)
    first_day = frame["customer_id"].map(out["first_order"]).to_numpy()
    on_first_day = frame["day"].to_numpy() == first_day
    first = frame.loc[on_first_day]
    first_net = (first["gross"] - first["returns"]).groupby(first["customer_id"]).sum()
    repeat_net = out["net"] - first_net.reindex(out.index, fill_value=0.0)
    out["avg_repeat_value"] = (repeat_net / out["frequency"]).where(out["frequency"] > 0)
    out["avg_basket"] = out["gross"] / out["orders"].clip(lower=1)
    out["return_rate"] = (out["returns"] / out["gross"].where(out["gross"] > 0)).fillna(0.0)
    out["return_rate"] = out["return_rate"].clip(0.0, 1.0)
    out.index.name = "customer_id"
    log.debug("customer summary: %d customers as of %s", len(out), end.date())
    return out[
        [
            "first_order",
            "last_order",
            "purchases",
            "frequency",
            "recency_days",
            "tenure_days",
            "t_x",
            "T",
            "orders",
            "gross",
            "returns",
            "fees",
            "net",
            "avg_value",
            "avg_repeat_value",
            "avg_basket",
            "return_rate",
        ]
    ]


def purchase_days_between(lines: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.Series:
    """Purchase days per customer with start < day <= end (holdout and churn labels)."""
    day = lines["order_date"].dt.normalize()
    mask = (
        (day > start) & (day <= end) & ~lines["is_return"] & lines["customer_id"].notna()
    ).to_numpy()
    window = pd.DataFrame(
        {"customer_id": lines["customer_id"].astype("str").to_numpy()[mask], "day": day[mask]}
    )
    return window.drop_duplicates().groupby("customer_id")["day"].size().astype("int64")
