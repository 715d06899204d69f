"""The backtest never sees the future, and on Walmart the chosen forecasts beat seasonal naive."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from core.forecast.backtest import mase_scale, plan_backtest, plan_origins, run_backtest
from core.forecast.engine import METHODS, forecast_panel
from core.forecast.series import Panel
from core.forecast.view import train_view


def test_origins_step_back_half_a_horizon_and_keep_three_at_least() -> None:
    assert plan_origins(51, 8, 6, "week") == [23, 27, 31, 35, 39, 43]
    # 21 days of history: 14 days ahead leave no room, the horizon shrinks until origins fit
    assert plan_backtest(21, 14, 6, "day") == (3, [14, 15, 16, 17, 18])
    assert plan_backtest(12, 8, 6, "week") == (2, [8, 9, 10])
    assert plan_backtest(9, 8, 6, "week") == (0, [])


def test_poisoning_the_future_changes_no_forecast_at_an_origin(walmart: Panel) -> None:
    """Every method, at each origin, forecasts the same whatever follows the origin."""
    origins = [100, 112]
    clean = run_backtest(walmart, METHODS, origins, 8, season=52)
    for j, origin in enumerate(origins):
        poisoned_values = walmart.values.copy()
        poisoned_values[:, origin:] = 1e7  # absurd sales after the origin
        poisoned = dataclasses.replace(walmart, values=poisoned_values)
        again = run_backtest(poisoned, METHODS, [origin], 8, season=52)
        for name in METHODS:
            np.testing.assert_allclose(
                again.forecasts[name][:, 0], clean.forecasts[name][:, j], err_msg=name
            )
        # ... while the actual values it is scored on are the poisoned ones
        assert (again.actual[:, 0] == 1e7).all()


def test_a_view_holds_no_value_at_or_after_its_origin(walmart: Panel) -> None:
    view = train_view(walmart, 100, 8)
    assert view.values.shape == (7, 100)
    assert len(view.periods) == 108
    assert view.season == 1  # 100 weeks < two years: seasonal naive repeats the last week
    assert train_view(walmart, 104, 8).season == 52


def test_mase_scale_is_the_in_sample_seasonal_naive_error(walmart: Panel) -> None:
    view = train_view(walmart, 120, 8, season=52)
    y = walmart.values[0, :120]
    assert mase_scale(view)[0] == pytest.approx(np.mean(np.abs(y[52:] - y[:-52])))


def test_on_walmart_the_chosen_forecasts_beat_seasonal_naive(walmart: Panel) -> None:
    result = forecast_panel(walmart, 8)
    summary = result.summary
    assert summary["origins"] == 6
    assert summary["baseline"] == "the same week last year"
    # measured: MASE 1.048 against 1.438 for seasonal naive (0.73x); WAPE 6.1% against 7.8%
    assert summary["mase"] <= 0.85 * summary["snaive_mase"]
    assert summary["wape"] < summary["snaive_wape"]
    assert 0.70 <= summary["coverage80"] <= 0.90
    assert summary["coverage95"] >= summary["coverage80"]
    assert "more accurate than repeating the same week last year" in result.sentence
    assert result.forecast.shape == (7, 8)
    lower, upper = result.bands[0.8]
    assert (lower <= result.forecast + 1e-9).all() and (result.forecast <= upper + 1e-9).all()
    lower95, upper95 = result.bands[0.95]
    assert (lower95 <= lower + 1e-9).all() and (upper95 >= upper - 1e-9).all()
    # the weeks ahead follow the data's last week (2012-10-22)
    assert str(result.future[0].date()) == "2012-10-29"
