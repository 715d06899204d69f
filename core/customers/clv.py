"""Customer lifetime value: BG/NBD for how often, Gamma-Gamma for how much, discounted monthly.

Per customer: P(alive), expected purchases in the next 90 and 365 days, expected value over the
next 12 months and the expected date of the next order. When the shop holds orders after the
as-of date, the prediction is checked against them (holdout), so the user sees how accurate it
was on their own shop.

The 12-month value follows the usual discrete form (as in lifetimes): the expected purchases in
each 30-day month times the expected spend per purchase, discounted by (1 + monthly rate)^month.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from core.customers.bgnbd import (
    BgNbdModel,
    BgNbdParams,
    days_to_next_purchase,
    expected_purchases,
    fit_checked,
    p_alive,
)
from core.customers.features import (
    UNIT_DAYS,
    NoCustomerDataError,
    TimeUnit,
    customer_lines,
    customer_summary,
    last_order_day,
    purchase_days_between,
)
from core.customers.gamma_gamma import GammaGammaModel, expected_average_value, fit_gamma_gamma
from core.errors import ShopLensError
from core.messages import say
from core.progress import Progress, report, scaled

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClvParams:
    as_of: date | None = None  # default: the last order day in the data
    time_unit: TimeUnit = "week"
    penalizer: float = 0.0  # L2 penalty of the BG/NBD fit
    monthly_discount: float = 0.01  # 1% a month, about 12.7% a year
    months: int = 12
    min_repeat_customers: int = 20


@dataclass(frozen=True)
class Holdout:
    """Predicted against actual repeat purchases after the as-of date."""

    days: int
    actual_total: float
    predicted_total: float
    correlation: float | None
    customers: int


@dataclass(frozen=True)
class ClvResult:
    customers: pd.DataFrame  # index customer_id; summary columns + predictions
    bgnbd: BgNbdModel
    gamma_gamma: GammaGammaModel | None
    as_of: date
    time_unit: str
    holdout: Holdout | None
    notes: list[str] = field(default_factory=list)
    #: the purchase model's dropout part collapsed even with a penalty: P(alive) and the
    #: dates are not to be trusted, the churn risk ranks customers instead
    bgnbd_degenerate: bool = False


def _spend_model(summary: pd.DataFrame, notes: list[str]) -> GammaGammaModel | None:
    try:
        # repeat purchases and the mean value of those same purchases (Fader-Hardie)
        return fit_gamma_gamma(summary["frequency"], summary["avg_repeat_value"])
    except ShopLensError as exc:
        notes.append(
            say("{reason} Values use the average net spend per purchase instead.", reason=exc)
        )
        return None


def monthly_value(
    model: BgNbdModel,
    summary: pd.DataFrame,
    spend: np.ndarray,
    unit_days: float,
    months: int,
    monthly_discount: float,
) -> np.ndarray:
    """Discounted value of the next `months` 30-day months (see the module docstring)."""
    x, t_x, T = (summary[c].to_numpy(dtype="float64") for c in ("frequency", "t_x", "T"))
    value = np.zeros(len(summary))
    previous = np.zeros(len(summary))
    for month in range(1, months + 1):
        cumulative = expected_purchases(model, month * 30 / unit_days, x, t_x, T)
        value += (cumulative - previous) * spend / (1 + monthly_discount) ** month
        previous = cumulative
    return value


def compute_clv(
    lines: pd.DataFrame,
    params: ClvParams = ClvParams(),
    later_lines: pd.DataFrame | None = None,
    progress: Progress | None = None,
) -> ClvResult:
    """Fit BG/NBD and Gamma-Gamma on the lines up to `as_of` and score every customer.

    `later_lines` (any lines, typically the whole shop) supply the holdout check when they hold
    orders after `as_of`.
    """
    report(progress, 0.0, "Summarising customers")
    as_of = params.as_of or last_order_day(customer_lines(lines)).date()
    summary = customer_summary(lines, as_of, params.time_unit)
    report(progress, 0.03, "Summarising customers")
    repeaters = int((summary["frequency"] > 0).sum())
    if repeaters < params.min_repeat_customers:
        raise NoCustomerDataError(
            f"Only {repeaters} customers ordered on more than one day; lifetime value needs at "
            f"least {params.min_repeat_customers} returning customers. Import a longer history "
            "of orders."
        )
    notes: list[str] = []
    unit_days = UNIT_DAYS[params.time_unit]
    model = fit_checked(
        summary["frequency"],
        summary["t_x"],
        summary["T"],
        BgNbdParams(penalizer=params.penalizer),
        scaled(progress, 0.05, 0.6),
    )
    notes += bgnbd_notes(model, params.penalizer)
    report(progress, 0.6, "Fitting the spend model")
    spend_model = _spend_model(summary, notes)
    x, t_x, T = (summary[c].to_numpy(dtype="float64") for c in ("frequency", "t_x", "T"))
    out = summary.copy()
    out["p_alive"] = p_alive(model, x, t_x, T)
    report(progress, 0.7, "Predicting purchases")
    out["expected_90d"] = expected_purchases(model, 90 / unit_days, x, t_x, T)
    out["expected_365d"] = expected_purchases(model, 365 / unit_days, x, t_x, T)
    if spend_model is not None:
        spend = expected_average_value(spend_model, x, out["avg_repeat_value"].to_numpy())
    else:
        spend = np.clip(out["avg_value"].to_numpy(dtype="float64"), 0.0, None)
    out["expected_spend"] = spend
    out["clv_12m"] = monthly_value(
        model, summary, spend, unit_days, params.months, params.monthly_discount
    )
    report(progress, 0.8, "Estimating next order dates")
    days = days_to_next_purchase(model, x, t_x, T, unit_days)
    out["next_order_date"] = pd.Timestamp(as_of) + pd.to_timedelta(days, unit="D")
    holdout = None
    if later_lines is not None:
        holdout = holdout_check(model, out, later_lines, as_of, unit_days)
    report(progress, 1.0, "Lifetime value ready")
    return ClvResult(
        out, model, spend_model, as_of, params.time_unit, holdout, notes, model.degenerate
    )


def bgnbd_notes(model: BgNbdModel, asked_penalizer: float = 0.0) -> list[str]:
    """What the user should know about the purchase model's fit (see bgnbd.fit_checked)."""
    if model.degenerate:
        return [
            say(
                "The purchase model could not tell which customers have stopped buying from "
                "this shop's history (its dropout part collapsed: a = {a}, b = {b}, so it calls "
                "nearly everyone still active, even a penalised refit). Its chance of being "
                "active and its next-order dates are not to be trusted; use the churn risk to "
                "rank customers. Expected purchases and value still follow the overall rate.",
                a=f"{model.a:.3g}",
                b=f"{model.b:.3g}",
            )
        ]
    if model.penalizer > asked_penalizer:
        return [
            say(
                "The purchase model's first fit called nearly every customer still active; it "
                "was refitted with an L2 penalty of {penalty}.",
                penalty=f"{model.penalizer:g}",
            )
        ]
    return []


def holdout_check(
    model: BgNbdModel,
    scored: pd.DataFrame,
    later_lines: pd.DataFrame,
    as_of: date,
    unit_days: float,
) -> Holdout | None:
    """Compare predicted and actual purchase days after `as_of` (None without later orders)."""
    start = pd.Timestamp(as_of)
    known = later_lines.dropna(subset=["customer_id"])
    if known.empty:
        return None
    end = pd.Timestamp(known["order_date"].max()).normalize()
    days = int((end - start).days)
    if days < 7:
        return None
    actual = purchase_days_between(known, start, end).reindex(scored.index, fill_value=0)
    x, t_x, T = (scored[c].to_numpy(dtype="float64") for c in ("frequency", "t_x", "T"))
    predicted = expected_purchases(model, days / unit_days, x, t_x, T)
    correlation = None
    if actual.nunique() > 1:
        correlation = float(np.corrcoef(actual.to_numpy(dtype="float64"), predicted)[0, 1])
    return Holdout(days, float(actual.sum()), float(predicted.sum()), correlation, len(scored))
