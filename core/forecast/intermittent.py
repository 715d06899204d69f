"""Croston (with the Syntetos-Boylan correction) and TSB for products that sell now and then.

Why: a product sold in one week out of three has a demand the moving average smears and the
naive forecast gets wrong two weeks in three. Croston smooths the size of a sale and the gap
between sales separately; TSB smooths the probability of a sale each period instead of the gap,
so a product that stopped selling fades out rather than staying at its old rate.
Both run on all series at once: one loop over time, vectorised over products.
"""

from __future__ import annotations

import numpy as np

from core.forecast.view import TrainView

ALPHA = 0.1  # smoothing of the demand size
BETA = 0.1  # smoothing of the interval (Croston) or of the probability of a sale (TSB)


def average_demand_interval(view: TrainView) -> np.ndarray:
    """Mean periods between sales since each series started (inf: never sold)."""
    t = np.arange(view.origin)
    live = t[None, :] >= view.start[:, None]
    nonzero = ((view.values > 0) & live).sum(axis=1)
    length = live.sum(axis=1)
    return np.divide(length, nonzero, out=np.full(len(length), np.inf), where=nonzero > 0)


def is_intermittent(view: TrainView) -> np.ndarray:
    """Syntetos-Boylan: an average interval of more than 1.32 periods between sales."""
    return average_demand_interval(view) > 1.32


def croston(view: TrainView, horizon: int) -> np.ndarray:
    """Croston-SBA: (1 - beta/2) * size / interval, updated only in periods with a sale."""
    values = np.maximum(view.values, 0.0)
    n = values.shape[0]
    size = np.full(n, np.nan)
    interval = np.full(n, np.nan)
    gap = np.ones(n)
    for t in range(view.origin):
        live = t >= view.start
        sale = live & (values[:, t] > 0)
        first = sale & np.isnan(size)
        size[first] = values[first, t]
        interval[first] = gap[first]
        later = sale & ~first
        size[later] += ALPHA * (values[later, t] - size[later])
        interval[later] += BETA * (gap[later] - interval[later])
        gap = np.where(sale, 1.0, gap + live)
    rate = np.nan_to_num((1 - BETA / 2) * size / interval)
    return np.repeat(rate[:, None], horizon, axis=1)


def tsb(view: TrainView, horizon: int) -> np.ndarray:
    """Teunter-Syntetos-Babai: probability of a sale times its size, both smoothed."""
    values = np.maximum(view.values, 0.0)
    n = values.shape[0]
    size = np.full(n, np.nan)
    probability = np.zeros(n)
    for t in range(view.origin):
        live = t >= view.start
        sale = live & (values[:, t] > 0)
        probability = np.where(live, probability + BETA * (sale - probability), probability)
        first = sale & np.isnan(size)
        size[first] = values[first, t]
        later = sale & ~first
        size[later] += ALPHA * (values[later, t] - size[later])
    rate = np.nan_to_num(probability * size)
    return np.repeat(rate[:, None], horizon, axis=1)
