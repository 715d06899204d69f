"""Per-series choice of a method by the backtest (never by in-sample fit).

A series gets the method with the smallest error over the backtest origins, errors measured in
its MASE unit. Six origins of one series are a noisy contest, so each series' score leans on
how the method did across its whole level: score = the series' mean scaled error + the level's
mean scaled error for that method. A method must then beat the others on this series by more
than it loses across the level to be chosen (on Walmart and Online Retail this picked better
than the series' own errors alone: bench/forecast_bench.py).

Reporting the error of the method that won on those very origins would flatter it (the winner
of a noisy contest looks better than it is), so the accuracy shown is "choose on the earlier
origins, score on this one": at each origin, each series uses the method chosen on the origins
before it only, exactly as the final forecast uses the method chosen on the past. (Choosing on
every other origin, later ones included, let the choice see errors made after the origin it
is scored at.) The first origin has no earlier one to choose on, so it is not scored
(`nested_valid`).
"""

from __future__ import annotations

import numpy as np

from core.forecast.backtest import Backtest


def scaled_errors(backtest: Backtest, names: list[str]) -> np.ndarray:
    """(M, n, K) mean absolute error of each method, series and origin, in MASE units (a
    series without a MASE scale is measured against its mean absolute sales, else as is)."""
    count = np.maximum(backtest.valid.sum(axis=2), 1)
    level = np.where(backtest.valid, np.abs(backtest.actual), 0.0).sum(axis=2) / count
    unit = np.where(np.isfinite(backtest.scale) & (backtest.scale > 0), backtest.scale, level)
    unit = np.where(unit > 0, unit, 1.0)
    return np.stack([backtest.abs_errors(name) / count / unit for name in names])


def choose(errors: np.ndarray, allowed: np.ndarray) -> np.ndarray:
    """Index of the best method per series. errors: (M, n) mean scaled errors; allowed:
    (M, n) which methods may serve each series. Ties go to the earlier method."""
    count = allowed.sum(axis=1, keepdims=True)
    total = np.where(allowed, errors, 0.0).sum(axis=1, keepdims=True)
    level = np.divide(total, count, out=np.full(count.shape, np.inf), where=count > 0)
    score = np.where(allowed, errors + level, np.inf)
    return np.argmin(score, axis=0)


def nested_forecasts(backtest: Backtest, names: list[str], allowed: np.ndarray) -> np.ndarray:
    """(n, K, H) forecasts where each origin uses the method chosen on the earlier origins
    (NaN at the first origin, which has none; see nested_valid)."""
    per_origin = scaled_errors(backtest, names)  # (M, n, K)
    stacked = np.stack([backtest.forecasts[name] for name in names])  # (M, n, K, H)
    n, k = per_origin.shape[1], per_origin.shape[2]
    out = np.full(stacked.shape[1:], np.nan)
    rows = np.arange(n)
    for j in range(1, k):
        pick = choose(per_origin[:, :, :j].mean(axis=2), allowed)
        out[:, j, :] = stacked[pick, rows, j, :]
    return out


def nested_valid(backtest: Backtest) -> np.ndarray:
    """(n, K, H) the points the nested accuracy is scored on: valid ones after the first
    origin."""
    scored = backtest.valid.copy()
    scored[:, 0, :] = False
    return scored


def final_choice(backtest: Backtest, names: list[str], allowed: np.ndarray) -> np.ndarray:
    """The method of each series for the forecast ahead: best over every origin."""
    return choose(scaled_errors(backtest, names).mean(axis=2), allowed)
