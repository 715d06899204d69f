"""What a campaign is expected to bring, per customer and in total, with its assumptions.

Per customer over the campaign's window (W days after the send date):
- baseline purchases E[X] from BG/NBD (what they would buy anyway), the baseline chance of
  ordering q = 1 - exp(-E[X]) (purchases taken as Poisson, as the churn ranker does) and the
  order value s from Gamma-Gamma; the shop's own averages where the models could not fit;
- expected net = u * s * m  -  r * d * s * (q + u)  -  c:
  the extra orders the contact brings (lift u) earn the margin m; the discount d goes to every
  redeeming buyer (share r), including those who would have bought anyway; every message costs c;
- break-even lift u* solves expected net = 0 summed over the audience.
The audience is sorted by expected net; the cumulative profit peaks at the suggested size.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.campaigns.kinds import Assumptions, CampaignKind, discount_for
from core.customers.bgnbd import BgNbdModel, expected_purchases

log = logging.getLogger(__name__)

#: z for a two-sided 90% interval (alpha 0.10) and for 80% power
Z_90 = 1.6448536269514722
Z_POWER_80 = 0.8416212335729143


def baseline(
    scores: pd.DataFrame,
    window_days: int,
    model: BgNbdModel | None,
    unit_days: float,
) -> pd.DataFrame:
    """Per customer of `scores` (customer summary, plus expected_spend from the lifetime value
    when it ran): expected purchases, chance to order, order value and revenue in the window."""
    if model is not None and "expected_spend" in scores:
        x, t_x, T = (scores[c].to_numpy(dtype="float64") for c in ("frequency", "t_x", "T"))
        purchases = expected_purchases(model, window_days / unit_days, x, t_x, T)
        spend = scores["expected_spend"].to_numpy(dtype="float64")
        source = "model"
    else:
        # the shop's own averages: each customer's purchase days per day of tenure so far
        rate = scores["purchases"] / scores["tenure_days"].clip(lower=30)
        purchases = (rate * window_days).to_numpy(dtype="float64")
        spend = np.full(len(scores), float(scores["avg_value"].clip(lower=0).mean()))
        source = "averages"
    spend = np.clip(np.nan_to_num(spend), 0.0, None)
    out = pd.DataFrame(index=scores.index)
    out["expected_purchases"] = purchases
    out["p_order"] = 1.0 - np.exp(-purchases)
    out["order_value"] = spend
    out["baseline_revenue"] = purchases * spend
    out.attrs["source"] = source
    return out


def expected_net(
    base: pd.DataFrame, kind: CampaignKind, assumptions: Assumptions, lift: float
) -> np.ndarray:
    """Expected net per customer at lift `lift` (see the module docstring)."""
    m, r, c = assumptions.margin, assumptions.redemption, assumptions.cost_per_message
    d = discount_for(kind, assumptions)
    s = base["order_value"].to_numpy(dtype="float64")
    q = base["p_order"].to_numpy(dtype="float64")
    return np.asarray(lift * s * m - r * d * s * (q + lift) - c)


def break_even_lift(
    base: pd.DataFrame, kind: CampaignKind, assumptions: Assumptions
) -> float | None:
    """The lift at which the whole audience's expected net is zero (None when no lift can pay:
    no order value, or the redeemed discount eats the whole margin)."""
    m, r, c = assumptions.margin, assumptions.redemption, assumptions.cost_per_message
    d = discount_for(kind, assumptions)
    s = base["order_value"].to_numpy(dtype="float64")
    q = base["p_order"].to_numpy(dtype="float64")
    per_lift = float((s * (m - r * d)).sum())
    if per_lift <= 0:
        return None
    return float((r * d * s * q).sum() + c * len(base)) / per_lift


@dataclass(frozen=True)
class ProfitCurve:
    """Cumulative expected net over the audience sorted by expected net (mid lift)."""

    customers: pd.Index  # sorted best first
    cumulative: np.ndarray
    suggested: int  # where the curve peaks (0 when nobody is worth contacting)


def profit_curve(net: pd.Series) -> ProfitCurve:
    order = net.sort_values(ascending=False, kind="stable")
    cumulative = order.cumsum().to_numpy(dtype="float64")
    suggested = 0
    if len(cumulative) and cumulative.max() > 0:
        suggested = int(np.argmax(cumulative)) + 1
    return ProfitCurve(order.index, cumulative, suggested)


def holdout_split(customers: pd.Index, share: float, seed: int) -> np.ndarray:
    """A seeded random holdout: True for the customers kept back (never contacted). The same
    customers and seed always give the same split, so a re-export keeps it."""
    ids = np.sort(customers.astype("str").to_numpy())
    n_hold = round(len(ids) * share)
    rng = np.random.default_rng(seed)
    chosen = set(rng.permutation(ids)[:n_hold])
    return np.array([c in chosen for c in customers.astype("str")], dtype=bool)


def measurable_lift(rate: float, contacted: int, holdout: int) -> float | None:
    """The smallest lift in the chance to order that a 90%-level test would detect with 80%
    power for these group sizes and this baseline rate (None without a holdout)."""
    if contacted <= 0 or holdout <= 0:
        return None
    p = min(max(rate, 1e-6), 1 - 1e-6)
    return (Z_90 + Z_POWER_80) * math.sqrt(p * (1 - p) * (1 / contacted + 1 / holdout))
