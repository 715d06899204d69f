"""Reasons in words for a churn score, from each feature's contribution to it.

Why occlusion: a feature's contribution for one customer is how much the predicted risk moves
when that feature alone is set to the typical (median) customer's value. It works for any
model (gradient boosting, random forest), costs one prediction per feature for all customers
at once, and reads naturally: "no order for 143 days" raised this customer's risk.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from core.messages import say
from core.progress import Progress, report

#: The churn model's features, in plain units, all known before the cut-off.
FEATURES: tuple[str, ...] = (
    "recency_days",
    "purchases",
    "tenure_days",
    "net",
    "avg_basket",
    "return_rate",
    "avg_gap_days",
    "recent_purchases",
)
MAX_REASONS = 3


def contributions(
    predict_risk: Callable[[pd.DataFrame], np.ndarray],
    features: pd.DataFrame,
    reference: pd.Series,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """risk(x) - risk(x with one feature set to `reference`), per customer and feature."""
    base = predict_risk(features)
    out = {}
    for i, column in enumerate(FEATURES):
        report(progress, i / len(FEATURES), "Weighing each customer's reasons")
        probe = features.copy()
        probe[column] = reference[column]
        out[column] = base - predict_risk(probe)
    return pd.DataFrame(out, index=features.index)


def _days(value: float) -> str:
    n = round(value)
    return say("{count:,} day" if n == 1 else "{count:,} days", count=n)


def _purchase_days(n: int, only: bool = False) -> str:
    if only:
        return say(
            "only {count:,} purchase day" if n == 1 else "only {count:,} purchase days", count=n
        )
    return say("{count:,} purchase day" if n == 1 else "{count:,} purchase days", count=n)


def _phrase(feature: str, row: pd.Series, raises: bool) -> str | None:
    """One fact about the customer, worded for the direction it pushes the risk (each phrase
    a registered message, so the window can say it in the user's language)."""
    value = float(row[feature])
    gap = float(row["avg_gap_days"])
    if feature == "recency_days":
        if raises:
            text = say("no order for {days}", days=_days(value))
            if np.isfinite(gap) and gap > 0:
                text += "; " + say("usually orders every {count:,}", count=round(gap))
            return text
        return say("last order {days} ago", days=_days(value))
    if feature == "avg_gap_days":
        if not np.isfinite(gap) or gap <= 0:
            return say("only one purchase day so far") if raises else None
        return say("orders every {days} on average", days=_days(gap))
    if feature == "purchases":
        return _purchase_days(round(value), only=raises and round(value) <= 2)
    if feature == "recent_purchases":
        n = round(value)
        if n == 0:
            return say("no purchase in the last 90 days")
        return say(
            "{count:,} purchase day in the last 90 days"
            if n == 1
            else "{count:,} purchase days in the last 90 days",
            count=n,
        )
    if feature == "tenure_days":
        return say("customer for {days}", days=_days(value))
    if feature == "net":
        return say("spent {amount:,.0f} in all", amount=value)
    if feature == "avg_basket":
        return say("average order {amount:,.0f}", amount=value)
    if feature == "return_rate":
        if value > 0:
            return say("returned {share:.0%} of what they bought", share=value)
        return say("never returned anything")
    return None


def reasons_in_words(
    features: pd.DataFrame,
    contrib: pd.DataFrame,
    bands: pd.Series,
    progress: Progress | None = None,
) -> pd.Series:
    """The top reasons behind each customer's band: what raised the risk for medium and high,
    what lowered it for low."""
    texts: list[str] = []
    values = contrib.to_numpy(dtype="float64")
    columns = list(contrib.columns)
    for i, band in enumerate(bands.to_numpy()):
        if i % 5000 == 0:
            report(progress, i / max(len(bands), 1), "Putting the reasons into words")
        raises = band != "low"
        signed = values[i] if raises else -values[i]
        order = np.argsort(-signed)
        row = features.iloc[i]
        chosen = [columns[j] for j in order if signed[j] > 1e-4][: MAX_REASONS + 1]
        if "recency_days" in chosen and raises:
            # "no order for 143 days; usually orders every 30" already says the gap
            chosen = [c for c in chosen if c != "avg_gap_days"]
        phrases = [p for p in (_phrase(c, row, raises) for c in chosen) if p]
        texts.append("; ".join(phrases[:MAX_REASONS]))
    return pd.Series(texts, index=bands.index, dtype="str")
