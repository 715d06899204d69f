"""Rolling-origin backtest: forecasts made at several past origins, scored on what followed.

Why: a method is chosen, its accuracy reported and its intervals sized only by forecasts it
made without seeing the periods they are scored on. At each origin every method gets a
`TrainView` cut at the origin (core.forecast.view), so leakage is impossible by construction;
tests/core/forecast checks it by poisoning the future.

Origins step back by half a horizon from the end: with 51 weeks and 8 weeks ahead, forecasts
are made at weeks 43, 39 and 35 and scored on the 8 weeks after each.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from threadpoolctl import threadpool_limits

from core.forecast.baselines import baseline_name
from core.forecast.series import Panel
from core.forecast.view import METHOD_LABELS, Method, TrainView, choose_season, train_view
from core.messages import say
from core.progress import Progress, beats, report

log = logging.getLogger(__name__)

#: Periods of history the earliest origin must have.
MIN_TRAIN: dict[str, int] = {"day": 14, "week": 8, "month": 6}


def plan_origins(length: int, horizon: int, count: int, frequency: str) -> list[int]:
    """`count` origins ending with the last full horizon; [] when the history is too short."""
    step = max(1, horizon // 2)
    origins = [length - horizon - k * step for k in range(count)]
    if origins[-1] < MIN_TRAIN[frequency]:
        return []
    return sorted(origins)


MIN_ORIGINS = 3


def plan_backtest(length: int, wanted: int, count: int, frequency: str) -> tuple[int, list[int]]:
    """(horizon, origins): `count` origins if the history allows, else fewer (never under
    MIN_ORIGINS), then a shorter horizon; (0, []) when even that does not fit."""
    for horizon in range(wanted, 0, -1):
        for k in range(max(count, MIN_ORIGINS), MIN_ORIGINS - 1, -1):
            origins = plan_origins(length, horizon, k, frequency)
            if origins:
                return horizon, origins
    return 0, []


def mase_scale(view: TrainView) -> np.ndarray:
    """In-sample mean absolute error of the seasonal-naive baseline, per series.

    m is the season the baseline uses at this origin (1 with less than two seasons of
    history). A series with less than m+1 periods on sale is scaled by its one-step naive
    error; with fewer than two periods, or a constant history (scale 0), MASE is undefined
    (NaN) and the series is left out of the mean MASE (it still counts in WAPE).
    """
    n, o = view.values.shape
    out = np.full(n, np.nan)
    life = view.history_length()
    for m in sorted({view.season, 1}, reverse=True):
        if m >= o:
            continue
        diff = np.abs(view.values[:, m:] - view.values[:, :-m])
        live = np.arange(m, o)[None, :] - m >= view.start[:, None]
        count = live.sum(axis=1)
        mean = np.divide((diff * live).sum(axis=1), count, out=np.full(n, np.nan), where=count > 0)
        todo = np.isnan(out) & (life > m)
        out[todo] = mean[todo]
    out[~(out > 0)] = np.nan
    return out


@dataclass(frozen=True)
class Backtest:
    """Every method's forecasts at every origin, with the actual values and the scales."""

    origins: list[int]
    horizon: int
    forecasts: dict[str, np.ndarray]  # method -> (n, K, H)
    actual: np.ndarray  # (n, K, H)
    valid: np.ndarray  # (n, K, H): the target period is within the data and the series' life
    scale: np.ndarray  # (n, K): MASE scale at each origin (NaN: undefined)
    baseline: str  # the seasonal-naive baseline in words

    def abs_errors(self, method: str) -> np.ndarray:
        """(n, K) sum of absolute errors of `method` at each origin (valid points only)."""
        error = np.abs(self.forecasts[method] - self.actual)
        return np.where(self.valid, error, 0.0).sum(axis=2)


def run_backtest(
    panel: Panel,
    methods: Mapping[str, Method],
    origins: list[int],
    horizon: int,
    progress: Progress | None = None,
    season: int | None = None,
) -> Backtest:
    """Forecast with every method at every origin; methods see only the past of the origin.
    `season`: the cycle of seasonal naive (default: chosen from the earliest origin). Models
    run single-threaded (see core.forecast.engine.forecast_panel for why)."""
    with threadpool_limits(limits=1):
        return _run_backtest(panel, methods, origins, horizon, progress, season)


def _run_backtest(
    panel: Panel,
    methods: Mapping[str, Method],
    origins: list[int],
    horizon: int,
    progress: Progress | None,
    season: int | None,
) -> Backtest:
    n = panel.size
    k = len(origins)
    forecasts = {name: np.zeros((n, k, horizon)) for name in methods}
    actual = np.zeros((n, k, horizon))
    valid = np.zeros((n, k, horizon), dtype=bool)
    scale = np.full((n, k), np.nan)
    baseline = ""
    if season is None:
        season = choose_season(panel.frequency, origins[0])
    steps = k * len(methods)
    done = 0
    for j, origin in enumerate(origins):
        view = train_view(panel, origin, horizon, season)
        baseline = baseline_name(view)
        scale[:, j] = mase_scale(view)
        target = origin + np.arange(horizon)
        inside = target < panel.length
        actual[:, j, inside] = panel.values[:, target[inside]]
        valid[:, j, :] = inside[None, :] & (target[None, :] >= panel.start[:, None])
        for name, method in methods.items():
            message = say(
                "Backtest: {method}, origin {number} of {count}",
                method=METHOD_LABELS.get(name, name),
                number=j + 1,
                count=k,
            )
            report(progress, done / steps, message)
            with beats(progress, done / steps, message):  # a long fit offers cancel points
                forecasts[name][:, j, :] = method(view, horizon)
            done += 1
    report(progress, 1.0, "Backtest done")
    return Backtest(origins, horizon, forecasts, actual, valid, scale, baseline)
