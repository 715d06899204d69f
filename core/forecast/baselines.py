"""The baselines every forecast must beat: seasonal naive and a moving average.

Seasonal naive repeats the last full season (the same week last year); with less than two
seasons of history it repeats the last period instead (plain naive), and the accuracy text
names which one was used. The moving average is the mean of the last few periods.
"""

from __future__ import annotations

import numpy as np

from core.forecast.view import TrainView

#: Periods averaged by the moving average: four weeks of days, two months of weeks, a quarter.
MA_WINDOW: dict[str, int] = {"day": 28, "week": 8, "month": 3}


def seasonal_naive(view: TrainView, horizon: int) -> np.ndarray:
    """y[o - m + (h mod m)]: the last observed season repeated (m = view.season)."""
    m = min(view.season, view.origin)
    if m < 1:
        return np.zeros((view.values.shape[0], horizon))
    steps = view.origin - m + (np.arange(horizon) % m)
    return view.values[:, steps].astype("float64")


def baseline_name(view: TrainView) -> str:
    """How the seasonal-naive baseline works at this origin, in words for the accuracy text."""
    if view.season == 1:
        return {"day": "the last day", "week": "the last week", "month": "the last month"}[
            view.frequency
        ]
    return {
        "day": "the same weekday last week",
        "week": "the same week last year",
        "month": "the same month last year",
    }[view.frequency]


def moving_average(view: TrainView, horizon: int) -> np.ndarray:
    """Mean of the last MA_WINDOW periods each series was on sale, flat over the horizon."""
    window = MA_WINDOW[view.frequency]
    o = view.origin
    lo = np.maximum(view.start, o - window)
    counts = np.maximum(o - lo, 0)
    cumulative = np.concatenate(
        [np.zeros((view.values.shape[0], 1)), np.cumsum(view.values, axis=1)], axis=1
    )
    rows = np.arange(view.values.shape[0])
    sums = cumulative[:, o] - cumulative[rows, np.minimum(lo, o)]
    mean = np.divide(sums, counts, out=np.zeros_like(sums), where=counts > 0)
    return np.repeat(mean[:, None], horizon, axis=1)
