"""Monthly acquisition cohorts: of the customers whose first purchase fell in a month, what share
bought again in each month after, and how much net revenue per customer each month brought.

Month 0 is the month of the first purchase (everyone is active in it). Returns count in the
month they happened, so revenue per customer is net of returns. A shop with no sold line with
a customer raises NoCustomerDataError.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from core.analysis.money import line_money
from core.customers.features import NO_SALES_MESSAGE, NoCustomerDataError, customer_lines
from core.progress import Progress, report

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CohortParams:
    as_of: date | None = None
    max_months: int = 24  # months since first purchase shown


def _cohort_months(table: pd.DataFrame) -> list[int]:
    return [int(c[:4]) * 12 + int(c[5:7]) - 1 for c in table["cohort"]]


def _matrix(table: pd.DataFrame, column: str, lived: pd.Series) -> pd.DataFrame:
    """cohort x month; 0 where the cohort lived through the month without a sale, NaN after."""
    matrix = table.pivot(index="cohort", columns="month", values=column)
    ages = np.asarray(matrix.columns, dtype="int64")[None, :]
    possible = ages <= lived.reindex(matrix.index).to_numpy()[:, None]
    return matrix.fillna(0.0).where(possible)


@dataclass(frozen=True)
class CohortResult:
    table: pd.DataFrame  # long: cohort, month, cohort_size, active, retention, revenue, ...
    retention: pd.DataFrame  # cohort (YYYY-MM) x month since first purchase -> share active
    revenue_per_customer: pd.DataFrame  # same shape -> net revenue per cohort customer


def compute_cohorts(
    lines: pd.DataFrame, params: CohortParams = CohortParams(), progress: Progress | None = None
) -> CohortResult:
    data = customer_lines(lines, params.as_of)
    report(progress, 0.1, "Grouping customers by first month")
    dates = data["order_date"]
    month = (dates.dt.year * 12 + dates.dt.month - 1).to_numpy(dtype="int64")
    money = line_money(data)
    report(progress, 0.3, "Grouping customers by first month")  # a cancel point between steps
    frame = pd.DataFrame(
        {
            "customer_id": data["customer_id"].astype("str").to_numpy(),
            "month": month,
            "net": money.spend,  # fees and adjustments are not spend
            "sold": money.sold,
        }
    )
    first = frame[frame["sold"]].groupby("customer_id")["month"].min()
    if first.empty:
        raise NoCustomerDataError(NO_SALES_MESSAGE)
    frame = frame[frame["customer_id"].isin(first.index)]
    frame["cohort"] = frame["customer_id"].map(first)
    frame["age"] = frame["month"] - frame["cohort"]
    frame = frame[(frame["age"] >= 0) & (frame["age"] <= params.max_months)]
    report(progress, 0.5, "Counting returning customers")
    sizes = first.value_counts()
    active = frame[frame["sold"]].groupby(["cohort", "age"])["customer_id"].nunique()
    revenue = frame.groupby(["cohort", "age"])["net"].sum()
    table = pd.DataFrame({"active": active, "revenue": revenue}).fillna(0.0).reset_index()
    table["cohort_size"] = table["cohort"].map(sizes).astype("int64")
    table["active"] = table["active"].astype("int64")
    table["retention"] = table["active"] / table["cohort_size"]
    table["revenue_per_customer"] = table["revenue"] / table["cohort_size"]
    table["cohort"] = [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in table["cohort"]]
    table = table.rename(columns={"age": "month"}).sort_values(["cohort", "month"])
    table = table[
        ["cohort", "month", "cohort_size", "active", "retention", "revenue", "revenue_per_customer"]
    ].reset_index(drop=True)
    # months a cohort has lived through but nobody bought in are 0, not missing
    last = int(month.max())
    lived = pd.Series(
        {c: last - m for c, m in zip(table["cohort"], _cohort_months(table), strict=True)}
    )
    retention = _matrix(table, "retention", lived)
    per_customer = _matrix(table, "revenue_per_customer", lived)
    report(progress, 1.0, "Cohorts ready")
    return CohortResult(table, retention, per_customer)
