"""80% and 95% intervals from the backtest's own errors (split-conformal, scaled per series).

Why: a model's textbook interval assumes the model is right; the errors it actually made on
this shop's past are the honest measure. Errors are divided by each series' scale so products
of every size pool into one distribution per level (thousands of errors instead of 24 per
product); quantiles of the signed errors make the band lopsided where sales are (a product that
sells in bursts has a long upper tail). With enough errors per step ahead the band widens with
the step; otherwise one band for all steps.

Coverage is checked without peeking: the band used at each backtest origin is built from the
errors at the other origins only (cross-conformal), then tested on that origin's actual sales.
Width is checked too: the mean interval score (Gneiting & Raftery 2007: width plus 2/alpha
times how far an actual falls outside), in scale units; lower is better.

Band spread per series shape: one pooled error distribution per level made the 95% band of a
spiky product about 10x its 80% band (forecast ~1k a week, 80% to ~4k, 95% to 34k), because
spiky products' errors set the tails for all. So the errors are pooled per demand class
(Syntetos & Boylan: smooth, erratic, intermittent, lumpy by the mean interval between sales
and the squared variation of sale sizes), each class with at least CLASS_MIN errors getting
its own quantiles, the others the level's pooled ones.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LEVELS: tuple[float, ...] = (0.8, 0.95)
MIN_PER_STEP = 40  # errors needed to give each step ahead its own band
CLASS_MIN = 200  # errors a demand class needs for bands of its own
#: Syntetos-Boylan cut-offs: mean periods between sales, squared variation of sale sizes.
ADI_CUT, CV2_CUT = 1.32, 0.49
CLASS_NAMES: tuple[str, ...] = ("smooth", "erratic", "intermittent", "lumpy")


def demand_class(values: np.ndarray, start: np.ndarray) -> np.ndarray:
    """(n,) index into CLASS_NAMES of each series from its history `values` (n, T)."""
    n, t = values.shape
    live = np.arange(t)[None, :] >= np.asarray(start)[:, None]
    sales = live & (values > 0)
    count = sales.sum(axis=1)
    periods = live.sum(axis=1)
    adi = np.divide(periods, count, out=np.full(n, np.inf), where=count > 0)
    size = np.where(sales, values, 0.0)
    mean = np.divide(size.sum(axis=1), count, out=np.zeros(n), where=count > 0)
    square = np.divide((size**2).sum(axis=1), count, out=np.zeros(n), where=count > 0)
    cv2 = np.divide(square - mean**2, mean**2, out=np.zeros(n), where=mean > 0)
    return (adi > ADI_CUT).astype("int64") * 2 + (cv2 > CV2_CUT).astype("int64")


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


@dataclass(frozen=True)
class ShapedBands:
    """Bands per demand class (see the module docstring), the level's pooled ones for classes
    with too few errors."""

    pooled: Bands
    by_class: dict[int, Bands]

    def of(self, cls: int) -> Bands:
        return self.by_class.get(cls, self.pooled)

    def apply(
        self, forecast: np.ndarray, unit: np.ndarray, level: float, classes: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        lower = np.zeros_like(forecast, dtype="float64")
        upper = np.zeros_like(forecast, dtype="float64")
        for cls in np.unique(classes):
            rows = classes == cls
            lower[rows], upper[rows] = self.of(int(cls)).apply(forecast[rows], unit[rows], level)
        return lower, upper

    def sigma(self, classes: np.ndarray) -> np.ndarray:
        """(n,) Bands.sigma of each series' class."""
        return np.array([self.of(int(c)).sigma() for c in classes], dtype="float64")


def fit_shaped(errors: np.ndarray, valid: np.ndarray, classes: np.ndarray) -> ShapedBands:
    """ShapedBands from scaled errors (n, K, H); `classes` (n,) or (n, K) per origin."""
    per_origin = np.broadcast_to(
        classes if classes.ndim == 2 else classes[:, None], errors.shape[:2]
    )
    pooled = fit_bands(errors, valid)
    by_class = {}
    for cls in np.unique(per_origin):
        ok = valid & (per_origin == cls)[:, :, None]
        if int((ok & np.isfinite(errors)).sum()) >= CLASS_MIN:
            by_class[int(cls)] = fit_bands(errors, ok)
    return ShapedBands(pooled, by_class)


def cross_check(
    forecast: np.ndarray,
    actual: np.ndarray,
    valid: np.ndarray,
    unit: np.ndarray,
    classes: np.ndarray | None = None,
) -> dict[str, float]:
    """Cross-conformal coverage and mean scaled interval score of each band (see the module
    docstring): keys coverage80, coverage95, interval_score80, interval_score95. `classes`
    (n, K): demand class per series and origin (None: one pooled band, the former method)."""
    errors = (actual - forecast) / unit[:, :, None]
    k = forecast.shape[1]
    names = [
        f"{kind}{round(level * 100)}" for kind in ("coverage", "interval_score") for level in LEVELS
    ]
    if k < 2:
        return {name: float("nan") for name in names}
    inside = {level: 0 for level in LEVELS}
    score = {level: 0.0 for level in LEVELS}
    total = 0
    for j in range(k):
        others = [i for i in range(k) if i != j]
        ok = valid[:, j]
        total += int(ok.sum())
        if classes is None:
            flat = fit_shaped(errors[:, others], valid[:, others], np.zeros(len(unit), "int64"))
            shaped, now = ShapedBands(flat.pooled, {}), np.zeros(len(unit), "int64")
        else:
            shaped = fit_shaped(errors[:, others], valid[:, others], classes[:, others])
            now = classes[:, j]
        y = actual[:, j]
        scale = unit[:, j][:, None]
        for level in LEVELS:
            lower, upper = shaped.apply(forecast[:, j], unit[:, j], level, now)
            hit = (y >= lower - 1e-9) & (y <= upper + 1e-9)
            inside[level] += int((hit & ok).sum())
            alpha = 1 - level
            interval = (
                (upper - lower)
                + 2 / alpha * np.maximum(lower - y, 0.0)
                + 2 / alpha * np.maximum(y - upper, 0.0)
            ) / scale
            score[level] += float(np.where(ok, interval, 0.0).sum())
    if total == 0:
        return {name: float("nan") for name in names}
    out = {f"coverage{round(level * 100)}": inside[level] / total for level in LEVELS}
    out.update({f"interval_score{round(level * 100)}": score[level] / total for level in LEVELS})
    return out
