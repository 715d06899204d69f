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
    return f"{round(value):,} day" + ("" if round(value) == 1 else "s")


def _phrase(feature: str, row: pd.Series, raises: bool) -> str | None:
    """One fact about the customer, worded for the direction it pushes the risk."""
    value = float(row[feature])
    gap = float(row["avg_gap_days"])
    if feature == "recency_days":
        if raises:
            text = f"no order for {_days(value)}"
            if np.isfinite(gap) and gap > 0:
                text += f"; usually orders every {round(gap):,}"
            return text
        return f"last order {_days(value)} ago"
    if feature == "avg_gap_days":
        if not np.isfinite(gap) or gap <= 0:
            return "only one purchase day so far" if raises else None
        return f"orders every {_days(gap)} on average"
    if feature == "purchases":
        n = round(value)
        return f"{'only ' if raises and n <= 2 else ''}{n:,} purchase day{'s' if n != 1 else ''}"
    if feature == "recent_purchases":
        n = round(value)
        if n == 0:
            return "no purchase in the last 90 days"
        return f"{n:,} purchase day{'s' if n != 1 else ''} in the last 90 days"
    if feature == "tenure_days":
        return f"customer for {_days(value)}"
    if feature == "net":
        return f"spent {value:,.0f} in all"
    if feature == "avg_basket":
        return f"average order {value:,.0f}"
    if feature == "return_rate":
        if value > 0:
            return f"returned {value:.0%} of what they bought"
        return "never returned anything"
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
