"""Exponential smoothing (Holt-Winters / ETS, statsmodels) for the few aggregate series.

Why statsmodels: a kept, tested implementation of the ETS family with proper optimisation of
its smoothing weights; writing our own would be a second, untested copy. It is fitted per
series, so it is used where there are few series (the whole shop, categories): the global
model covers the thousands of products.

Model: additive errors, damped additive trend (an undamped trend runs away over a horizon),
additive season when the series has two full seasons of history. Sales can be zero, so no
multiplicative form. A series too short for the model gets its recent mean.
"""

from __future__ import annotations

import logging
import warnings

import numpy as np

from core.forecast.series import SEASON
from core.forecast.view import TrainView

log = logging.getLogger(__name__)

MIN_LENGTH = 6  # periods of history below which a series gets its mean


def _fit_one(y: np.ndarray, season: int, horizon: int) -> np.ndarray:
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    seasonal = season > 1 and len(y) >= 2 * season
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # convergence chatter: the fit is still usable
        model = ExponentialSmoothing(
            y,
            trend="add",
            damped_trend=True,
            seasonal="add" if seasonal else None,
            seasonal_periods=season if seasonal else None,
            initialization_method="estimated",
        )
        fitted = model.fit()
        forecast = np.asarray(fitted.forecast(horizon), dtype="float64")
    if not np.all(np.isfinite(forecast)):
        raise ValueError("non-finite forecast")
    return forecast


def ets(view: TrainView, horizon: int) -> np.ndarray:
    """Damped-trend Holt-Winters per series; the recent mean when it cannot be fitted."""
    out = np.zeros((view.values.shape[0], horizon))
    season = SEASON[view.frequency]
    for i in range(view.values.shape[0]):
        y = view.values[i, int(view.start[i]) :]
        if len(y) == 0:
            continue
        if len(y) < MIN_LENGTH or np.allclose(y, y[0]):
            out[i] = float(np.mean(y[-MIN_LENGTH:]))
            continue
        try:
            out[i] = _fit_one(y.astype("float64"), season, horizon)
        except (ValueError, np.linalg.LinAlgError) as exc:
            log.debug("ETS fit failed on series %d (%s): recent mean instead", i, exc)
            out[i] = float(np.mean(y[-MIN_LENGTH:]))
    return out
