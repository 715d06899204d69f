"""One gradient-boosting model across all series (the approach that won the M5 competition).

Why one model: a product with a year of history has too few points for a model of its own, but
thousands of products together show how sales follow their recent level, last year's pattern
and the season. Each row is (series, origin, step ahead); features are taken strictly before
the origin and divided by the series' recent level, so large and small products share one
scale. The model predicts every step of the horizon directly (the step is a feature): no
forecast is fed back into the next one.

Speed: the features are built with cumulative sums over the whole (series x periods) matrix,
never per product; the training rows are capped by a seeded sample, so time grows at most
linearly with the number of products.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingRegressor

from core.forecast.series import SEASON
from core.forecast.view import TrainView
from core.progress import heartbeat

log = logging.getLogger(__name__)

LAGS = (1, 2, 3, 4)
WINDOWS = (4, 8, 13, 26)
SCALE_WINDOW = 26
MAX_ROWS = 100_000
SEED = 20111209
WEIGHTED = True
#: Boosting rounds between two cancel points (a thirtieth of a fit).
BEAT_ROUNDS = 5
ROUNDS = 150


def _window_mean(
    cum: np.ndarray, live_cum: np.ndarray, origin: np.ndarray, width: int
) -> np.ndarray:
    """Mean of the `width` periods before each origin (live periods only); NaN when none.

    `cum` / `live_cum`: (n, T+1) cumulative sums of values / of the live mask; `origin`: (n, k).
    """
    rows = np.arange(cum.shape[0])[:, None]
    lo = np.maximum(origin - width, 0)
    total = cum[rows, origin] - cum[rows, lo]
    count = live_cum[rows, origin] - live_cum[rows, lo]
    return np.divide(total, count, out=np.full(total.shape, np.nan), where=count > 0)


def _calendar(view: TrainView) -> np.ndarray:
    """Position in the year (or week) of each known and forecast period."""
    periods = view.periods
    if view.frequency == "day":
        return np.asarray(periods.day_of_week, dtype="float64")
    if view.frequency == "week":
        return np.asarray(periods.isocalendar().week.to_numpy(), dtype="float64")
    return np.asarray(periods.month, dtype="float64")


class _Features:
    """Per (series, origin) features of one view, shared by training and prediction."""

    def __init__(self, view: TrainView) -> None:
        n, t = view.values.shape
        self.view = view
        live = np.arange(t)[None, :] >= view.start[:, None]
        values = np.where(live, view.values, 0.0)
        self.values = values
        self.live = live
        zeros = np.zeros((n, 1))
        self.cum = np.concatenate([zeros, np.cumsum(values, axis=1)], axis=1)
        self.live_cum = np.concatenate([zeros, np.cumsum(live, axis=1)], axis=1)
        self.nonzero_cum = np.concatenate([zeros, np.cumsum(values > 0, axis=1)], axis=1)
        total = values.sum(axis=0)
        self.total_cum = np.concatenate([[0.0], np.cumsum(total)])
        step_live = live[:, 1:] & live[:, :-1]
        jumps = np.where(step_live, np.abs(np.diff(values, axis=1)), 0.0)
        self.jump_cum = np.concatenate([zeros, zeros, np.cumsum(jumps, axis=1)], axis=1)
        self.jump_count = np.concatenate([zeros, zeros, np.cumsum(step_live, axis=1)], axis=1)
        self.calendar = _calendar(view)
        self.season = SEASON[view.frequency]

    def at(self, origin: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(features (n, k, f), scale (n, k)) at origins `origin` (n, k) (exclusive)."""
        rows = np.arange(self.values.shape[0])[:, None]
        scale = _window_mean(self.cum, self.live_cum, origin, SCALE_WINDOW)
        longer = _window_mean(self.cum, self.live_cum, origin, origin.max() + 1)
        scale = np.where(np.isfinite(scale) & (scale > 0), scale, np.abs(longer))
        scale = np.where(np.isfinite(scale) & (scale > 0), scale, 1.0)
        cols = []
        for lag in LAGS:
            idx = origin - lag
            ok = (idx >= 0) & (idx >= self.view.start[:, None])
            cols.append(np.where(ok, self.values[rows, np.maximum(idx, 0)], np.nan) / scale)
        for width in WINDOWS:
            cols.append(_window_mean(self.cum, self.live_cum, origin, width) / scale)
        lo = np.maximum(origin - SCALE_WINDOW, 0)
        count = self.live_cum[rows, origin] - self.live_cum[rows, lo]
        nonzero = self.nonzero_cum[rows, origin] - self.nonzero_cum[rows, lo]
        cols.append(np.divide(nonzero, count, out=np.full(count.shape, np.nan), where=count > 0))
        cols.append(np.minimum(origin - self.view.start[:, None], 3 * self.season).astype(float))
        recent = self.total_cum[origin] - self.total_cum[np.maximum(origin - 4, 0)]
        longer_total = self.total_cum[origin] - self.total_cum[np.maximum(origin - 13, 0)]
        cols.append(
            np.divide(
                recent * 13 / 4,
                longer_total,
                out=np.full(recent.shape, np.nan),
                where=longer_total > 0,
            )
        )
        # last year's level around the origin, against the recent level
        past = _window_mean(self.cum, self.live_cum, np.maximum(origin - self.season, 0), 8)
        cols.append(np.where(origin - self.season - 8 >= 0, past, np.nan) / scale)
        if self.view.groups is not None:
            cols.append(np.broadcast_to(self.view.groups[:, None].astype(float), origin.shape))
        return np.stack(cols, axis=-1), scale

    def naive_error(self, origin: np.ndarray) -> np.ndarray:
        """Mean absolute one-step change before each origin (the MASE scale without a
        season); NaN where the series has not changed twice yet."""
        rows = np.arange(self.values.shape[0])[:, None]
        total = self.jump_cum[rows, origin]
        count = self.jump_count[rows, origin]
        return np.divide(total, count, out=np.full(total.shape, np.nan), where=count > 0)

    def step(self, origin: np.ndarray, step: int, scale: np.ndarray) -> np.ndarray:
        """Step-dependent features: the step, the target's calendar, last season's value."""
        target = origin + step - 1
        rows = np.arange(self.values.shape[0])[:, None]
        seasonal = target - self.season
        known = (seasonal >= 0) & (seasonal < origin) & (seasonal >= self.view.start[:, None])
        lagged = np.where(
            known, self.values[rows, np.clip(seasonal, 0, self.values.shape[1] - 1)], np.nan
        )
        calendar = self.calendar[np.minimum(target, len(self.calendar) - 1)]
        return np.stack([np.full(origin.shape, float(step)), calendar, lagged / scale], axis=-1)


class _CancellableRegressor(HistGradientBoostingRegressor):  # type: ignore[misc]
    """Gradient boosting with a cancel point every BEAT_ROUNDS rounds (`heartbeat()`): one fit
    on a few thousand products' history takes seconds on a small laptop, and Cancel must not
    wait for it. The only per-round hook of scikit-learn's loop is the early-stopping check:
    it is switched on with the training loss and a patience longer than the fit, so it never
    stops one and every tree is the one a plain fit grows (tests/core/forecast/test_cancel.py).
    Growing the model in warm-started chunks instead cost 1.3-2.5x the fit."""

    def _check_early_stopping_loss(self, *args: Any, **kwargs: Any) -> bool:
        self._rounds = getattr(self, "_rounds", 0) + 1
        if self._rounds % BEAT_ROUNDS == 0:
            heartbeat()
        return bool(super()._check_early_stopping_loss(*args, **kwargs))


def _model(categorical: bool, n_features: int) -> HistGradientBoostingRegressor:
    mask = [False] * n_features
    if categorical:
        mask[-4] = True  # the group code sits before the three step features
    # Half the boosting rounds at twice the rate, on 63 bins instead of 255: the absolute-error
    # leaf update (a weighted median per leaf and round) and the binning were 70% of a whole
    # analysis. Measured in one process (bench/forecast_bench.py's panels): Online Retail top
    # 200 products MASE 1.487 -> 1.494, 2.9x faster; Walmart departments 1.057 -> 1.023.
    return _CancellableRegressor(
        loss="absolute_error",
        learning_rate=0.1,
        max_iter=ROUNDS,
        max_bins=63,
        max_leaf_nodes=31,
        min_samples_leaf=40,
        l2_regularization=1.0,
        categorical_features=mask if categorical else None,
        early_stopping=True,  # only for its per-round hook: see _CancellableRegressor
        scoring="loss",
        validation_fraction=None,
        n_iter_no_change=ROUNDS + 1,
        random_state=SEED,
    )


def global_gbm(view: TrainView, horizon: int) -> np.ndarray:
    """Direct multi-step forecasts of every series from one model trained before the origin."""
    n, t = view.values.shape
    features = _Features(view)
    rng = np.random.default_rng(SEED)
    first = int(max(1, min(t - 1, view.start.min() + 1)))
    origins = np.arange(first, t)
    grid = np.broadcast_to(origins[None, :], (n, len(origins)))
    base, scale = features.at(grid)
    # Rows weigh by level / typical change: the model then minimises the error in the unit of
    # MASE (a steady seller's miss counts more than the same miss on an erratic one).
    naive = features.naive_error(grid)
    weight = np.divide(
        scale, naive, out=np.ones(scale.shape), where=np.isfinite(naive) & (naive > 0)
    )
    weight = np.clip(weight, 0.1, 10.0)
    xs, ys, ws = [], [], []
    per_step = max(1, MAX_ROWS // horizon)
    for step in range(1, horizon + 1):
        heartbeat()  # a cancel point per step: the rows of a large catalogue take seconds
        target = grid + step - 1
        ok = (target < t) & (grid - view.start[:, None] >= 1)
        if not ok.any():
            continue
        rows, cols = np.nonzero(ok)
        if len(rows) > per_step:
            pick = rng.choice(len(rows), per_step, replace=False)
            rows, cols = rows[pick], cols[pick]
        extra = features.step(grid, step, scale)
        xs.append(np.concatenate([base[rows, cols], extra[rows, cols]], axis=1))
        ys.append(view.values[rows, target[rows, cols]] / scale[rows, cols])
        ws.append(weight[rows, cols])
    if not xs or sum(len(y) for y in ys) < 50:
        log.info("too little history for the global model: recent level instead")
        level = _window_mean(features.cum, features.live_cum, np.full((n, 1), t), SCALE_WINDOW)[
            :, 0
        ]
        return np.repeat(np.nan_to_num(level)[:, None], horizon, axis=1)
    x = np.concatenate(xs)
    y = np.concatenate(ys)
    empty = np.isnan(x).all(axis=0)  # e.g. last year's sales before a year of history
    x[:, empty] = 0.0
    model = _model(view.groups is not None, x.shape[1])
    model.fit(x, y, sample_weight=np.concatenate(ws) if WEIGHTED else None)
    now = np.full((n, 1), t)
    base_now, scale_now = features.at(now)
    out = np.zeros((n, horizon))
    for step in range(1, horizon + 1):
        heartbeat()  # a cancel point per step: the rows of a large catalogue take seconds
        extra = features.step(now, step, scale_now)
        row = np.concatenate([base_now[:, 0], extra[:, 0]], axis=1)
        row[:, empty] = 0.0
        out[:, step - 1] = model.predict(row) * scale_now[:, 0]
    return np.maximum(out, 0.0)
