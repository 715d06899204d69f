"""RFM segments: recency, frequency and monetary value scored 1-5 against the shop's own
customers, and the usual named segments with one sentence of advice each.

Scores are quantiles of the shop's customers (percentile ranks), so a score of 5 means "top
fifth of this shop". Tied customers share one score, never the middle one of their group:
- recency and monetary: the best score the group reaches (rank method "max"; recency is ranked
  from the longest ago, so ties at the most recent share the top score): 50 customers who all
  bought on the last day are all R=5, not R=3;
- frequency: the score of the group's lowest position (method "min"), so customers with the
  shop's fewest purchase days are always F=1. With "max" (or "average") the one-time buyers,
  36% of Online Retail's customers and 60% of CDNOW's, scored F=2 or 3, and New, Promising and
  Lost stayed empty on both shops.
A score with no spread at all (every customer equal) says nothing: recency is then 5 (everyone
bought on the last day), frequency 1 and monetary 3.

Segments follow the widely used R x F map (Champions, Loyal, ... Hibernating), with F replaced
by the rounded mean of the F and M scores so that spend counts too, and Lost split off
Hibernating for the lowest corner. The map is a full 5 x 5 table: every customer falls in
exactly one segment. The customer table names the F measure purchase_days (days with a
purchase), not frequency, which in the lifetime value means repeat purchases.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

import numpy as np
import pandas as pd

from core.customers.features import customer_summary
from core.messages import say
from core.progress import Progress, report

log = logging.getLogger(__name__)

#: segment -> advice, in the order the tables and charts show them (best first).
SEGMENT_ADVICE: dict[str, str] = {
    "Champions": "Bought recently, often and for a lot: reward them and ask for reviews.",
    "Loyal": "Buy regularly: offer loyalty perks and upsell higher-value products.",
    "Potential loyalist": "Recent and promising: invite them to a membership or a bundle.",
    "New": "First order was recent: welcome them and help them to a second order.",
    "Promising": "Recent but small so far: build trust with offers on popular products.",
    "Need attention": "Middling on every score: a limited-time offer can wake them up.",
    "About to sleep": "Slipping away: share popular products and a reason to come back.",
    "At risk": "Used to buy often, not lately: send a personal win-back message.",
    "Can't lose them": "Your big spenders have gone quiet: reach out before a competitor does.",
    "Hibernating": "Low and long ago: include them in general offers only.",
    "Lost": "Lowest on every score: do not spend much on winning them back.",
}
SEGMENTS: tuple[str, ...] = tuple(SEGMENT_ADVICE)


def _segment_grid() -> list[list[str]]:
    """grid[r - 1][fm - 1] -> segment name; every cell filled (see the module docstring)."""
    grid = [["" for _ in range(5)] for _ in range(5)]
    for r in range(1, 6):
        for fm in range(1, 6):
            if r <= 2:
                name = "Hibernating" if fm <= 2 else ("At risk" if fm <= 4 else "Can't lose them")
                if r == 1 and fm == 1:
                    name = "Lost"
            elif r == 3:
                name = "About to sleep" if fm <= 2 else ("Need attention" if fm == 3 else "Loyal")
            elif fm == 1:
                name = "Promising" if r == 4 else "New"
            elif fm <= 3:
                name = "Potential loyalist"
            else:
                name = "Loyal" if r == 4 else "Champions"
            grid[r - 1][fm - 1] = name
    return grid


SEGMENT_GRID: list[list[str]] = _segment_grid()


@dataclass(frozen=True)
class RfmParams:
    as_of: date | None = None  # default: the last order date in the data
    bins: int = 5


@dataclass(frozen=True)
class RfmResult:
    # index customer_id: recency_days, purchase_days, monetary, scores, segment
    customers: pd.DataFrame
    segments: pd.DataFrame  # one row per segment: customers, revenue, revenue_share, advice
    as_of: date
    notes: list[str] = field(default_factory=list)


def quantile_score(
    values: pd.Series,
    bins: int,
    higher_is_better: bool = True,
    no_spread: int | None = None,
    ties: Literal["max", "min"] = "max",
) -> pd.Series:
    """1..bins by percentile rank among the shop's customers; a tied group shares the score of
    its best ("max") or lowest ("min") position. When every value is the same, all score
    `no_spread` (default: the middle score)."""
    if values.nunique() <= 1:
        flat = (bins + 1) // 2 if no_spread is None else no_spread
        return pd.Series(flat, index=values.index, dtype="int64")
    # with ascending=False (lower is better) the most recent are ranked last, so "max" gives
    # them the highest rank too
    pct = values.rank(method=ties, pct=True, ascending=higher_is_better)
    return pd.Series(np.ceil(pct * bins).clip(1, bins), index=values.index).astype("int64")


def score_rfm(summary: pd.DataFrame, bins: int = 5) -> pd.DataFrame:
    """R, F, M scores and segment for a customer summary (core.customers.features)."""
    out = pd.DataFrame(index=summary.index)
    out["recency_days"] = summary["recency_days"]
    # purchase days, not "frequency": the lifetime value's frequency is repeat purchases
    out["purchase_days"] = summary["purchases"]
    out["monetary"] = summary["net"]
    out["r_score"] = quantile_score(
        summary["recency_days"], bins, higher_is_better=False, no_spread=bins
    )
    out["f_score"] = quantile_score(summary["purchases"], bins, no_spread=1, ties="min")
    out["m_score"] = quantile_score(summary["net"], bins)
    fm = np.floor((out["f_score"] + out["m_score"]) / 2 + 0.5).astype("int64")
    # scale to the 5 x 5 map when another number of bins is asked for
    r5 = np.ceil(out["r_score"] * 5 / bins).clip(1, 5).astype("int64").to_numpy()
    fm5 = np.ceil(fm * 5 / bins).clip(1, 5).astype("int64").to_numpy()
    grid = np.array(SEGMENT_GRID, dtype=object)
    out["rfm_score"] = (
        out["r_score"].astype("str") + out["f_score"].astype("str") + out["m_score"].astype("str")
    )
    out["segment"] = pd.Series(grid[r5 - 1, fm5 - 1], index=out.index, dtype="str")
    return out


def segment_table(customers: pd.DataFrame) -> pd.DataFrame:
    """Customers, revenue and revenue share per segment, in SEGMENTS order (empty ones kept)."""
    grouped = customers.groupby("segment")
    table = pd.DataFrame(
        {
            "customers": grouped.size(),
            "revenue": grouped["monetary"].sum(),
            "avg_recency_days": grouped["recency_days"].mean(),
            "avg_purchase_days": grouped["purchase_days"].mean(),
        }
    ).reindex(list(SEGMENTS))
    table["customers"] = table["customers"].fillna(0).astype("int64")
    table["revenue"] = table["revenue"].fillna(0.0)
    total = float(customers["monetary"].sum())
    table["revenue_share"] = table["revenue"] / total if total else 0.0
    table["customer_share"] = table["customers"] / max(len(customers), 1)
    table["advice"] = [SEGMENT_ADVICE[name] for name in table.index]
    table.index.name = "segment"
    return table


def compute_rfm(
    lines: pd.DataFrame, params: RfmParams = RfmParams(), progress: Progress | None = None
) -> RfmResult:
    """Score every customer with a purchase up to `as_of` and group them into segments."""
    report(progress, 0.1, "Scoring customers")
    summary = customer_summary(lines, params.as_of)
    report(progress, 0.6, "Scoring customers")  # a cancel point between the two steps
    as_of = params.as_of or (summary["last_order"].max().date())
    customers = score_rfm(summary, params.bins)
    notes: list[str] = []
    negative = int((customers["monetary"] <= 0).sum())
    if negative:
        notes.append(
            say(
                "{count:,} customers returned as much as they bought (net spend 0 or less); "
                "they score lowest on monetary value.",
                count=negative,
            )
        )
    report(progress, 1.0, "Segments ready")
    return RfmResult(customers, segment_table(customers), as_of, notes)
