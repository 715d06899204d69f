"""How accurate a forecast was on the backtest: MASE, WAPE, beside the seasonal-naive figure.

- MASE: mean absolute error divided by the in-sample error of the seasonal-naive baseline
  (core.forecast.backtest.mase_scale; undefined for a constant or one-period history), averaged
  per series over origins and steps; the level's MASE is the mean over series where defined.
  Below 1: better than the baseline was in-sample.
- WAPE: total absolute error / total absolute actual sales, pooled over series: one series'
  tiny denominator cannot blow it up.
"""

from __future__ import annotations

import numpy as np


def series_mase(
    forecast: np.ndarray, actual: np.ndarray, valid: np.ndarray, scale: np.ndarray
) -> np.ndarray:
    """(n,) MASE of each series over origins and steps; NaN where undefined."""
    scaled = np.abs(forecast - actual) / scale[:, :, None]
    ok = valid & np.isfinite(scaled)
    count = ok.sum(axis=(1, 2))
    total = np.where(ok, scaled, 0.0).sum(axis=(1, 2))
    return np.divide(total, count, out=np.full(len(count), np.nan), where=count > 0)


def series_wape(forecast: np.ndarray, actual: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """(n,) WAPE of each series; NaN when it sold nothing in the scored periods."""
    error = np.where(valid, np.abs(forecast - actual), 0.0).sum(axis=(1, 2))
    volume = np.where(valid, np.abs(actual), 0.0).sum(axis=(1, 2))
    return np.divide(error, volume, out=np.full(len(volume), np.nan), where=volume > 0)


def pooled_wape(forecast: np.ndarray, actual: np.ndarray, valid: np.ndarray) -> float:
    volume = float(np.where(valid, np.abs(actual), 0.0).sum())
    if volume <= 0:
        return float("nan")
    return float(np.where(valid, np.abs(forecast - actual), 0.0).sum()) / volume


def mean_defined(values: np.ndarray) -> float:
    finite = values[np.isfinite(values)]
    return float(finite.mean()) if finite.size else float("nan")


def improvement_sentence(mase: float, snaive_mase: float, baseline: str, horizon_text: str) -> str:
    """The accuracy in plain words, e.g. "23% more accurate than repeating the same week last
    year"."""
    if not (np.isfinite(mase) and np.isfinite(snaive_mase)) or snaive_mase <= 0:
        return (
            "There is not enough varied history to measure the accuracy yet; the forecast is "
            "a best guess."
        )
    gain = 1.0 - mase / snaive_mase
    if gain >= 0.005:
        head = f"{gain:.0%} more accurate than repeating {baseline}"
    elif gain <= -0.005:
        head = f"{-gain:.0%} less accurate than repeating {baseline}"
    else:
        head = f"as accurate as repeating {baseline}"
    return f"On your own past sales, forecasting {horizon_text} ahead, this forecast was {head}."
