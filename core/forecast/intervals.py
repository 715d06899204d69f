"""80% and 95% intervals from the backtest's own errors (split-conformal, scaled per series).

Why: a model's textbook interval assumes the model is right; the errors it actually made on
this shop's past are the honest measure. Errors are divided by each series' scale so products
of every size pool into one distribution per level (thousands of errors instead of 24 per
product); quantiles of the signed errors make the band lopsided where sales are (a product that
sells in bursts has a long upper tail). With enough errors per step ahead the band widens with
the step; otherwise one band for all steps.

Coverage is checked without peeking: the band used at each backtest origin is built from the
errors at the other origins only (cross-conformal), then tested on that origin's actual sales.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LEVELS: tuple[float, ...] = (0.8, 0.95)
MIN_PER_STEP = 40  # errors needed to give each step ahead its own band


def interval_scale(scale: np.ndarray, level: np.ndarray) -> np.ndarray:
    """The unit errors are measured in: the MASE scale, else the recent level, else 1."""
    out = np.where(np.isfinite(scale) & (scale > 0), scale, np.abs(level))
    return np.where(np.isfinite(out) & (out > 0), out, 1.0)


@dataclass(frozen=True)
class Bands:
    """Quantiles of scaled signed errors, (H, 2 * len(LEVELS)): lower/upper per level."""

    quantiles: np.ndarray

    def apply(
        self, forecast: np.ndarray, unit: np.ndarray, level: float
    ) -> tuple[np.ndarray, np.ndarray]:
        """(lower, upper) of `forecast` (n, H) at `level`; sales below zero are cut at zero."""
        j = LEVELS.index(level)
        lower = forecast + self.quantiles[None, :, 2 * j] * unit[:, None]
        upper = forecast + self.quantiles[None, :, 2 * j + 1] * unit[:, None]
        return np.maximum(lower, 0.0), np.maximum(upper, 0.0)

    def sigma(self) -> float:
        """A per-period error standard deviation (in units of scale) implied by the 80% band
        at one step ahead: its width over 2 x 1.2816 (normal quantile of 90%)."""
        return float((self.quantiles[0, 1] - self.quantiles[0, 0]) / (2 * 1.2815516))


def fit_bands(errors: np.ndarray, valid: np.ndarray) -> Bands:
    """Bands from scaled signed errors (actual - forecast) / unit, shape (n, K, H)."""
    horizon = errors.shape[2]
    probs = [p for level in LEVELS for p in ((1 - level) / 2, 1 - (1 - level) / 2)]
    ok = valid & np.isfinite(errors)
    pooled = errors[ok]
    if pooled.size == 0:
        return Bands(np.zeros((horizon, len(probs))))
    overall = np.quantile(pooled, probs)
    out = np.tile(overall, (horizon, 1))
    for h in range(horizon):
        step = errors[:, :, h][ok[:, :, h]]
        if step.size >= MIN_PER_STEP:
            out[h] = np.quantile(step, probs)
    # a band never narrows further ahead
    for j in range(0, len(probs), 2):
        out[:, j] = np.minimum.accumulate(out[:, j])
        out[:, j + 1] = np.maximum.accumulate(out[:, j + 1])
    return Bands(out)


def cross_coverage(
    forecast: np.ndarray, actual: np.ndarray, valid: np.ndarray, unit: np.ndarray
) -> dict[float, float]:
    """Share of backtest actuals inside each band, each origin's band fitted on the others.

    forecast/actual/valid: (n, K, H); unit: (n, K) scale of each series at each origin.
    """
    errors = (actual - forecast) / unit[:, :, None]
    k = forecast.shape[1]
    inside = {level: 0 for level in LEVELS}
    total = 0
    if k < 2:
        return {level: float("nan") for level in LEVELS}
    for j in range(k):
        others = [i for i in range(k) if i != j]
        bands = fit_bands(errors[:, others], valid[:, others])
        ok = valid[:, j]
        total += int(ok.sum())
        for level in LEVELS:
            lower, upper = bands.apply(forecast[:, j], unit[:, j], level)
            hit = (actual[:, j] >= lower - 1e-9) & (actual[:, j] <= upper + 1e-9)
            inside[level] += int((hit & ok).sum())
    if total == 0:
        return {level: float("nan") for level in LEVELS}
    return {level: inside[level] / total for level in LEVELS}
