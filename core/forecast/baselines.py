"""The baselines every forecast must beat: seasonal naive and a moving average.

Seasonal naive repeats the last full season (the same week last year); with less than two
seasons of history it repeats the last period instead (plain naive), and the accuracy text
names which one was used. The moving average is the mean of the last few periods, in three
windows (short, default, long): on a real shop's top 200 products an 8-week moving average alone
scored MASE 1.330 against the chosen forecasts' 1.379, so each window is a candidate the
selection may choose per series, and the bench reports ours against the best simple method.
"""

from __future__ import annotations

import numpy as np

from core.forecast.view import TrainView

#: Periods averaged by the moving average: four weeks of days, two months of weeks, a quarter.
MA_WINDOW: dict[str, int] = {"day": 28, "week": 8, "month": 3}
#: The short and long windows tried beside it: a week / a month / two months of days, a month
#: and a quarter of weeks, two and six months.
MA_SHORT: dict[str, int] = {"day": 7, "week": 4, "month": 2}
MA_LONG: dict[str, int] = {"day": 56, "week": 13, "month": 6}


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


def _moving_average(view: TrainView, horizon: int, window: int) -> np.ndarray:
    """Mean of the last `window` periods each series was on sale, flat over the horizon."""
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


def moving_average(view: TrainView, horizon: int) -> np.ndarray:
    """Mean of the last MA_WINDOW periods each series was on sale, flat over the horizon."""
    return _moving_average(view, horizon, MA_WINDOW[view.frequency])


def moving_average_short(view: TrainView, horizon: int) -> np.ndarray:
    """The moving average over MA_SHORT periods (follows a recent change sooner)."""
    return _moving_average(view, horizon, MA_SHORT[view.frequency])


def moving_average_long(view: TrainView, horizon: int) -> np.ndarray:
    """The moving average over MA_LONG periods (steadier for noisy series)."""
    return _moving_average(view, horizon, MA_LONG[view.frequency])
