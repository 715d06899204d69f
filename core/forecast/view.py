"""What a forecasting method may see at one origin: the history before it, nothing after.

Every method (baseline, smoothing, intermittent, the global model) is a function
`method(view, horizon) -> (n, horizon) array`. The backtest hands each method a `TrainView`
whose values stop at the origin, so no method can look at the periods it is scored on; the
final forecast is the same call with the origin at the end of the data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.forecast.series import SEASON, Panel


@dataclass(frozen=True)
class TrainView:
    """The history of a panel before `origin` (exclusive), and the calendar ahead of it."""

    values: np.ndarray  # (n, origin): periods before the origin only
    start: np.ndarray  # (n,) first period of each series before the origin (origin: none yet)
    periods: pd.DatetimeIndex  # (origin + horizon,) starts of the known and forecast periods
    frequency: str
    groups: np.ndarray | None
    season: int  # the cycle seasonal naive repeats (1: the last period), see choose_season

    @property
    def origin(self) -> int:
        return int(self.values.shape[1])

    def history_length(self) -> np.ndarray:
        """Periods each series has been on sale before the origin."""
        return np.maximum(self.origin - self.start, 0)


Method = Callable[[TrainView, int], np.ndarray]

#: Plain names of the methods, for the accuracy panel, the tables and the progress texts
#: (each one registered in core.messages, so the window and the report translate it).
METHOD_LABELS: dict[str, str] = {
    "global_gbm": "gradient boosting across products",
    "ets": "exponential smoothing",
    "tsb": "TSB (occasional sales)",
    "croston": "Croston (occasional sales)",
    "moving_average": "moving average",
    "moving_average_short": "moving average (short window)",
    "moving_average_long": "moving average (long window)",
    "seasonal_naive": "seasonal naive",
    "combined": "gradient boosting averaged with a simpler forecast",
}


def choose_season(frequency: str, history: int) -> int:
    """The seasonal cycle when `history` periods precede the earliest origin: a full cycle
    needs two of it (else the pattern is one noisy copy); otherwise 1 (repeat the last
    period). One choice per backtest, so every origin and the final forecast use the same."""
    season = SEASON[frequency]
    return season if history >= 2 * season else 1


def train_view(panel: Panel, origin: int, horizon: int, season: int | None = None) -> TrainView:
    """The view of `panel` at `origin`: values are a copy, cut at the origin."""
    periods = pd.DatetimeIndex(panel.periods)
    if origin + horizon > panel.length:
        future = panel.future_periods(origin + horizon - panel.length)
        periods = pd.DatetimeIndex(periods.append(future))
    periods = periods[: origin + horizon]
    return TrainView(
        values=panel.values[:, :origin].copy(),
        # a product launched after the origin has not started yet: its launch week (the
        # global model's "age") must not leak from the future
        start=np.minimum(panel.start, origin),
        periods=pd.DatetimeIndex(periods),
        frequency=panel.frequency,
        groups=panel.groups,
        season=choose_season(panel.frequency, origin) if season is None else season,
    )
