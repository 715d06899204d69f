"""The forecast of a shop: per level, backtest the candidate methods, choose one per series,
size the intervals from the backtest's errors, and forecast ahead.

Candidates (one clear rule, no per-shop special cases): seasonal naive and the moving average
in three windows always; exponential smoothing where a level has few series (the whole shop,
categories); the global gradient-boosting model where there are several series to learn
across; Croston and TSB for series that sell in fewer than three periods of four; and
"combined", the global model averaged with exponential smoothing (where smoothing runs) or with
the moving average: the average of two different forecasts is steadier than either (measured
on Walmart departments and Online Retail products, bench/forecast_bench.py).

A series scored on fewer than MIN_TEST_POINTS backtest points gets no accuracy figure ("not
known yet"): two or three points make a percentage that means nothing. With less than two years
of history the level says the yearly peak cannot be foreseen and widens the bands into last
year's peak months (core.forecast.seasonality).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from threadpoolctl import threadpool_limits

from core.forecast.accuracy import (
    improvement_sentence,
    mean_defined,
    pooled_wape,
    series_mase,
    series_wape,
)
from core.forecast.backtest import Backtest, mase_scale, plan_backtest, run_backtest
from core.forecast.baselines import (
    baseline_name,
    moving_average,
    moving_average_long,
    moving_average_short,
    seasonal_naive,
)
from core.forecast.global_gbm import global_gbm
from core.forecast.intermittent import croston, is_intermittent, tsb
from core.forecast.intervals import cross_check, demand_class, fit_shaped, interval_scale
from core.forecast.seasonality import SHORT_HISTORY_NOTE, peak_lift, short_history, widen_bands
from core.forecast.select import final_choice, nested_forecasts, nested_valid
from core.forecast.series import NotEnoughHistoryError, Panel
from core.forecast.smoothing import ets
from core.forecast.view import Method, choose_season, train_view
from core.progress import Progress, beats, report, scaled

log = logging.getLogger(__name__)

METHODS: dict[str, Method] = {
    "global_gbm": global_gbm,
    "ets": ets,
    "tsb": tsb,
    "croston": croston,
    "moving_average": moving_average,
    "moving_average_short": moving_average_short,
    "moving_average_long": moving_average_long,
    "seasonal_naive": seasonal_naive,
}
INTERMITTENT_ONLY = ("tsb", "croston")
ETS_MAX_SERIES = 60  # one fit per series and origin: kept for the few aggregate series
GBM_MIN_SERIES = 5  # fewer series than this give the global model nothing to learn across
DEFAULT_HORIZON: dict[str, int] = {"day": 14, "week": 8, "month": 3}
HORIZON_WORDS: dict[str, str] = {"day": "days", "week": "weeks", "month": "months"}
#: The simple methods ours is measured against (summary["simple_mase"]).
SIMPLE = ("seasonal_naive", "moving_average", "moving_average_short", "moving_average_long")
#: Backtest points a series needs before its accuracy is shown.
MIN_TEST_POINTS = 4


@dataclass(frozen=True)
class LevelForecast:
    """One level's forecasts, accuracy and intervals."""

    panel: Panel
    horizon: int
    future: pd.DatetimeIndex
    methods: list[str]  # per series: the method chosen by the backtest
    forecast: np.ndarray  # (n, H)
    bands: dict[float, tuple[np.ndarray, np.ndarray]]  # level -> (lower, upper), each (n, H)
    sigma: np.ndarray  # (n,) per-period error standard deviation (for safety stock)
    accuracy: pd.DataFrame  # per series: key, name, method, mase, wape, snaive_mase
    summary: dict[str, object]  # series, method_counts, mase, wape, snaive_mase, coverage80...
    sentence: str  # the accuracy in words
    baseline: str  # what the seasonal-naive baseline repeats, in words
    notes: list[str] = field(default_factory=list)  # what the user should know (short history)

    def table(self) -> pd.DataFrame:
        """One row per series and future period (the result table of the shop file)."""
        n, h = self.forecast.shape
        frame = pd.DataFrame(
            {
                "level": self.panel.level,
                "series_key": np.repeat(self.panel.keys, h),
                "series_name": np.repeat(self.panel.names, h),
                "period_start": np.tile(self.future.to_numpy(), n),
                "step": np.tile(np.arange(1, h + 1), n),
                "method": np.repeat(self.methods, h),
                "forecast": self.forecast.ravel(),
                "lower80": self.bands[0.8][0].ravel(),
                "upper80": self.bands[0.8][1].ravel(),
                "lower95": self.bands[0.95][0].ravel(),
                "upper95": self.bands[0.95][1].ravel(),
            }
        )
        return frame


def candidates(panel: Panel, names: tuple[str, ...] | None = None) -> list[str]:
    """The methods tried on a panel (see the module docstring)."""
    if names is not None:
        return [m for m in METHODS if m in names]
    out = ["seasonal_naive", "moving_average", "moving_average_short", "moving_average_long"]
    if panel.size <= ETS_MAX_SERIES:
        out.insert(0, "ets")
    if panel.size >= GBM_MIN_SERIES:
        out.insert(0, "global_gbm")
    if panel.level == "product" or panel.size >= GBM_MIN_SERIES:
        out += ["tsb", "croston"]
    return out


def forecast_panel(
    panel: Panel,
    horizon: int,
    origins: int = 6,
    methods: tuple[str, ...] | None = None,
    progress: Progress | None = None,
) -> LevelForecast:
    """Backtest, choose, calibrate and forecast one panel (see the module docstring).

    Models run single-threaded: on a busy two-core laptop OpenMP's spinning worker threads
    made one gradient-boosting fit 10x slower (9.4 s against 0.8 s on the Walmart panel), and
    the GUI keeps a core for itself.
    """
    with threadpool_limits(limits=1):
        return _forecast_panel(panel, horizon, origins, methods, progress)


def _forecast_panel(
    panel: Panel,
    horizon: int,
    origins: int,
    methods: tuple[str, ...] | None,
    progress: Progress | None,
) -> LevelForecast:
    horizon, plan = plan_backtest(panel.length, horizon, origins, panel.frequency)
    if horizon == 0:
        raise NotEnoughHistoryError(
            f"A checked forecast needs more history: this shop has {panel.length} complete "
            f"{HORIZON_WORDS[panel.frequency]} of sales. Import a longer order history."
        )
    season = choose_season(panel.frequency, plan[0])
    names = candidates(panel, methods)
    backtest = run_backtest(
        panel, {m: METHODS[m] for m in names}, plan, horizon, scaled(progress, 0.0, 0.75), season
    )
    pair = _combined_pair(names)
    if pair is not None:
        backtest.forecasts["combined"] = (
            backtest.forecasts[pair[0]] + backtest.forecasts[pair[1]]
        ) / 2
        names.append("combined")
    final_view = train_view(panel, panel.length, horizon, season)
    intermittent = is_intermittent(final_view)
    allowed = np.array(
        [intermittent if m in INTERMITTENT_ONLY else np.ones(panel.size, bool) for m in names]
    )
    nested = nested_forecasts(backtest, names, allowed)
    scored = nested_valid(backtest)
    snaive = backtest.forecasts.get("seasonal_naive")
    if snaive is None:
        snaive = np.stack(
            [seasonal_naive(train_view(panel, o, horizon, season), horizon) for o in plan], axis=1
        )
    level_now = _recent_level(backtest)
    unit = interval_scale(backtest.scale, level_now)
    shapes = np.stack(
        [demand_class(panel.values[:, :o], np.minimum(panel.start, o)) for o in plan], axis=1
    )
    check = cross_check(nested, backtest.actual, scored, unit, shapes)
    pooled_check = cross_check(nested, backtest.actual, scored, unit)  # one band per level
    bands = fit_shaped((backtest.actual - nested) / unit[:, :, None], scored, shapes)
    choice = final_choice(backtest, names, allowed)
    chosen = [names[i] for i in choice]
    report(progress, 0.8, "Forecasting ahead")
    forecast = np.zeros((panel.size, horizon))
    needed = {names[i] for i in set(choice.tolist())}
    if "combined" in needed and pair is not None:
        needed |= set(pair)
    with beats(progress, 0.8, "Forecasting ahead"):
        ahead = {m: METHODS[m](final_view, horizon) for m in names if m in needed and m in METHODS}
    if "combined" in needed and pair is not None:
        ahead["combined"] = (ahead[pair[0]] + ahead[pair[1]]) / 2
    for i, name in enumerate(names):
        rows = choice == i
        if rows.any():
            forecast[rows] = ahead[name][rows]
    forecast = np.maximum(forecast, 0.0) if panel.measure == "units" else forecast
    final_unit = interval_scale(mase_scale(final_view), _level(final_view.values, final_view.start))
    final_shape = demand_class(final_view.values, final_view.start)
    result_bands = {
        level: bands.apply(forecast, final_unit, level, final_shape) for level in (0.8, 0.95)
    }
    future = panel.future_periods(horizon)
    notes: list[str] = []
    if short_history(panel):
        notes.append(SHORT_HISTORY_NOTE)
        result_bands = widen_bands(result_bands, forecast, peak_lift(panel, future))
    points = scored.sum(axis=(1, 2))
    known = points >= MIN_TEST_POINTS
    mase = np.where(known, series_mase(nested, backtest.actual, scored, backtest.scale), np.nan)
    snaive_mase = np.where(
        known, series_mase(snaive, backtest.actual, scored, backtest.scale), np.nan
    )
    wape = np.where(known, series_wape(nested, backtest.actual, scored), np.nan)
    accuracy = pd.DataFrame(
        {
            "series_key": panel.keys,
            "series_name": panel.names,
            "method": chosen,
            "mase": mase,
            "wape": wape,
            "snaive_mase": snaive_mase,
            "snaive_wape": np.where(known, series_wape(snaive, backtest.actual, scored), np.nan),
            "test_points": points,
        }
    )
    baseline = baseline_name(final_view)
    summary = {
        "series": panel.size,
        "method_counts": {m: chosen.count(m) for m in names if chosen.count(m)},
        "mase": _round(mean_defined(mase)),
        "wape": _round(pooled_wape(nested, backtest.actual, scored)),
        "snaive_mase": _round(mean_defined(snaive_mase)),
        "snaive_wape": _round(pooled_wape(snaive, backtest.actual, scored)),
        "coverage80": _round(check["coverage80"]),
        "coverage95": _round(check["coverage95"]),
        "interval_score80": _round(check["interval_score80"]),
        "interval_score95": _round(check["interval_score95"]),
        "pooled_bands": {key: _round(value) for key, value in pooled_check.items()},
        "simple_mase": {
            name: _round(
                mean_defined(
                    np.where(
                        known,
                        series_mase(
                            backtest.forecasts[name], backtest.actual, scored, backtest.scale
                        ),
                        np.nan,
                    )
                )
            )
            for name in SIMPLE
            if name in backtest.forecasts
        },
        "baseline": baseline,
        "origins": len(plan),
        "accuracy_unknown": int((~known).sum()),
        "short_history": short_history(panel),
        "notes": notes,
    }
    sentence = improvement_sentence(
        mean_defined(mase),
        mean_defined(snaive_mase),
        baseline,
        f"{horizon} {HORIZON_WORDS[panel.frequency]}",
    )
    report(progress, 1.0, "Forecast ready")
    return LevelForecast(
        panel,
        horizon,
        future,
        chosen,
        forecast,
        result_bands,
        bands.sigma(final_shape) * final_unit,
        accuracy,
        summary,
        sentence,
        baseline,
        notes,
    )


def _combined_pair(names: list[str]) -> tuple[str, str] | None:
    """The two forecasts "combined" averages, or None when the global model is not tried."""
    if "global_gbm" not in names:
        return None
    partner = "ets" if "ets" in names else "moving_average"
    return ("global_gbm", partner) if partner in names else None


def _level(values: np.ndarray, start: np.ndarray, window: int = 13) -> np.ndarray:
    """Mean of the last `window` periods each series was on sale (0 when none)."""
    o = values.shape[1]
    live = np.arange(o)[None, :] >= np.maximum(start, o - window)[:, None]
    count = live.sum(axis=1)
    return np.divide((values * live).sum(axis=1), count, out=np.zeros(len(count)), where=count > 0)


def _recent_level(backtest: Backtest) -> np.ndarray:
    """(n, K) recent level at each origin: the mean actual is not known there, so the mean of
    the baseline forecast (last values seen) stands in."""
    if "moving_average" in backtest.forecasts:
        return backtest.forecasts["moving_average"][:, :, 0]
    return np.ones(backtest.scale.shape)


def _round(value: float) -> float | None:
    return round(value, 4) if np.isfinite(value) else None
