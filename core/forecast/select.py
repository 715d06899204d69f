"""Per-series choice of a method by the backtest (never by in-sample fit).

A series gets the method with the smallest total absolute error over the backtest origins.
Reporting the error of the method that won on those very origins would flatter it (the winner
of a noisy contest looks better than it is), so the accuracy shown is "choose on the other
origins, score on this one": at each origin, each series uses the method that did best at the
other origins, exactly as the final forecast uses the method that did best on the past.
"""

from __future__ import annotations

import numpy as np

from core.forecast.backtest import Backtest


def choose(errors: np.ndarray, allowed: np.ndarray) -> np.ndarray:
    """Index of the best method per series. errors: (M, n) total absolute errors; allowed:
    (M, n) which methods may serve each series. Ties go to the earlier method."""
    masked = np.where(allowed, errors, np.inf)
    return np.argmin(masked, axis=0)


def nested_forecasts(backtest: Backtest, names: list[str], allowed: np.ndarray) -> np.ndarray:
    """(n, K, H) forecasts where each origin uses the method chosen on the other origins."""
    per_origin = np.stack([backtest.abs_errors(name) for name in names])  # (M, n, K)
    stacked = np.stack([backtest.forecasts[name] for name in names])  # (M, n, K, H)
    n, k = per_origin.shape[1], per_origin.shape[2]
    out = np.zeros(stacked.shape[1:])
    rows = np.arange(n)
    for j in range(k):
        others = [i for i in range(k) if i != j] or [j]
        pick = choose(per_origin[:, :, others].sum(axis=2), allowed)
        out[:, j, :] = stacked[pick, rows, j, :]
    return out


def final_choice(backtest: Backtest, names: list[str], allowed: np.ndarray) -> np.ndarray:
    """The method of each series for the forecast ahead: best over every origin."""
    totals = np.stack([backtest.abs_errors(name).sum(axis=1) for name in names])
    return choose(totals, allowed)
