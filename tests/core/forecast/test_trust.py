"""Forecasts that say when they cannot be trusted (issue 12, section 3), on generated panels:
the nested accuracy chooses on earlier origins only, a launch after the origin does not leak,
too few test points give no accuracy figure, and a short history says it cannot see the peak."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from core.forecast.backtest import Backtest, run_backtest
from core.forecast.engine import METHODS, candidates, forecast_panel
from core.forecast.seasonality import SHORT_HISTORY_NOTE, peak_lift
from core.forecast.select import nested_forecasts, nested_valid
from core.forecast.series import Panel
from core.forecast.view import train_view


def weekly_panel(values: np.ndarray, start: np.ndarray, first: str = "2023-01-02") -> Panel:
    n = values.shape[0]
    return Panel(
        level="product",
        keys=[f"P{i}" for i in range(n)],
        names=[f"Product {i}" for i in range(n)],
        values=values.astype("float64"),
        start=start.astype("int64"),
        periods=pd.date_range(first, periods=values.shape[1], freq="W-MON"),
        frequency="week",
        measure="units",
    )


def test_the_nested_choice_never_looks_at_later_origins() -> None:
    # one series, two methods, four origins of two steps: A is right at origins 0-1, B at 2-3
    actual = np.zeros((1, 4, 2))
    a = np.array([[[0, 0], [0, 0], [5, 5], [5, 5]]], dtype="float64")
    b = np.array([[[5, 5], [5, 5], [0, 0], [0, 0]]], dtype="float64")
    backtest = Backtest(
        [10, 11, 12, 13],
        2,
        {"a": a, "b": b},
        actual,
        np.ones((1, 4, 2), dtype=bool),
        np.ones((1, 4)),
        "the last week",
    )
    nested = nested_forecasts(backtest, ["a", "b"], np.ones((2, 1), dtype=bool))
    assert np.isnan(nested[0, 0]).all()  # no earlier origin to choose on: not scored
    assert not nested_valid(backtest)[0, 0].any()
    # origins 1 and 2 follow A, right so far; origin 3 has seen A fail at origin 2 and ties
    # (mean error 5/3 either way) go to the first method. Choosing on all other origins, as
    # before, picked B at origin 1 (it won at the later origins 2 and 3).
    np.testing.assert_array_equal(nested[0, 1:, 0], [0.0, 5.0, 5.0])


def test_a_launch_after_the_origin_does_not_reach_the_view() -> None:
    rng = np.random.default_rng(0)
    values = rng.poisson(5.0, (6, 60)).astype("float64")
    start = np.zeros(6, dtype="int64")
    values[5, :40] = 0.0
    start[5] = 40  # launched in week 40
    panel = weekly_panel(values, start)
    view = train_view(panel, 30, 8)
    assert view.start[5] == 30  # not launched yet at the origin: no sales, age 0
    moved = dataclasses.replace(panel, start=np.where(np.arange(6) == 5, 35, start))
    clean = run_backtest(panel, {"global_gbm": METHODS["global_gbm"]}, [30], 8, season=1)
    again = run_backtest(moved, {"global_gbm": METHODS["global_gbm"]}, [30], 8, season=1)
    np.testing.assert_allclose(
        again.forecasts["global_gbm"][:, 0], clean.forecasts["global_gbm"][:, 0]
    )


def test_too_few_test_points_give_no_accuracy_figure() -> None:
    rng = np.random.default_rng(1)
    values = rng.poisson(8.0, (6, 40)).astype("float64")
    start = np.zeros(6, dtype="int64")
    values[5, :37] = 0.0
    start[5] = 37  # three weeks on sale: at most three points to score it on
    result = forecast_panel(weekly_panel(values, start), 8, methods=SIMPLE)
    table = result.accuracy.set_index("series_key")
    assert table.loc["P5", "test_points"] < 4
    assert np.isnan(table.loc["P5", "mase"]) and np.isnan(table.loc["P5", "wape"])
    assert table.loc["P0", "test_points"] >= 4 and np.isfinite(table.loc["P0", "mase"])
    assert result.summary["accuracy_unknown"] == 1


def test_the_moving_average_windows_are_candidates() -> None:
    panel = weekly_panel(np.ones((6, 40)), np.zeros(6, dtype="int64"))
    names = candidates(panel)
    assert {"moving_average", "moving_average_short", "moving_average_long"} <= set(names)


def peak_shop(weeks: int) -> Panel:
    """Four products, weekly from January 2023: 10 a week, 30 a week in November and December."""
    periods = pd.date_range("2023-01-02", periods=weeks, freq="W-MON")
    rng = np.random.default_rng(2)
    base = np.where(periods.month.isin([11, 12]), 30.0, 10.0)
    values = base[None, :] + rng.normal(0, 1.0, (4, weeks))
    return weekly_panel(values, np.zeros(4, dtype="int64"))


SIMPLE = ("seasonal_naive", "moving_average", "moving_average_short", "moving_average_long")


def test_a_short_history_says_it_cannot_see_the_peak_and_widens_into_it() -> None:
    # 95 weeks: to late October 2024, so the 8 weeks ahead run into November and December
    panel = peak_shop(95)
    result = forecast_panel(panel, 8, methods=SIMPLE)
    assert str(result.future[0].date()) == "2024-10-28"
    assert SHORT_HISTORY_NOTE in result.notes and result.summary["short_history"] is True
    lift = peak_lift(panel, result.future)
    # the last 52 weeks held 9 weeks of November/December at 30 and 43 others at 10
    peak = 30 / ((9 * 30 + 43 * 10) / 52)
    assert lift[:, 0].tolist() == [1.0] * 4  # October was no peak
    assert np.all(np.abs(lift[:, 1:] - peak) < 0.1)
    upper = result.bands[0.8][1]
    # the forecast stays near 10 a week; the band now reaches last year's peak
    assert np.all(result.forecast < 12)
    assert np.all(upper[:, 1:] >= result.forecast[:, 1:] * (peak - 0.1))
    assert np.all(upper[:, 0] < result.forecast[:, 0] * 1.5)


def test_less_than_a_year_gives_the_note_without_a_peak_to_widen_into() -> None:
    panel = peak_shop(43)  # January to October 2023: no November seen yet
    result = forecast_panel(panel, 8, methods=SIMPLE)
    assert SHORT_HISTORY_NOTE in result.notes
    assert np.all(peak_lift(panel, result.future) == 1.0)
    two_years = forecast_panel(peak_shop(110), 8, methods=SIMPLE)
    assert two_years.notes == [] and two_years.summary["short_history"] is False


def test_band_spread_follows_the_shape_of_each_series() -> None:
    """40 steady products (Poisson 50 a week) beside 40 spiky ones (mostly nothing, now and then
    a big order): one pooled error distribution lets the spiky ones set the steady ones' tails."""
    rng = np.random.default_rng(4)
    steady = rng.poisson(50.0, (40, 80)).astype("float64")
    spiky = np.where(rng.random((40, 80)) < 0.15, rng.gamma(1.0, 200.0, (40, 80)), 0.0)
    panel = weekly_panel(np.vstack([steady, spiky]), np.zeros(80, dtype="int64"))
    result = forecast_panel(panel, 8, methods=SIMPLE)
    lower80, upper80 = result.bands[0.8]
    lower95, upper95 = result.bands[0.95]
    ratio = (upper95 - lower95)[:40, 0] / (upper80 - lower80)[:40, 0]
    # measured 1.60 (normal errors give 1.96 / 1.28 = 1.53); one pooled band gave 2.15
    assert np.median(ratio) < 1.7
    s = result.summary
    pooled = s["pooled_bands"]
    assert isinstance(pooled, dict)
    # the 95% band is narrower for as good a coverage (interval score 10.02 against 10.81);
    # the 80% one about as wide (5.06 against 4.95)
    assert s["interval_score95"] < 0.95 * pooled["interval_score95"]
    assert s["interval_score80"] < 1.05 * pooled["interval_score80"]
    assert abs(s["coverage80"] - 0.8) < 0.03 and abs(s["coverage95"] - 0.95) < 0.02
