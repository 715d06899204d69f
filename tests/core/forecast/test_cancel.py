"""Cancel reaches inside the forecast's long fits (issue 13 §1): the gradient-boosting model
beats every few rounds, which raises Cancelled, so a merchant's Cancel is honoured within a
few rounds instead of after the whole fit."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingRegressor
from threadpoolctl import threadpool_limits

from core.errors import Cancelled
from core.forecast import global_gbm as gbm
from core.forecast.series import Panel
from core.forecast.view import choose_season, train_view
from core.progress import beats, heartbeat
from tests.cancel_after import CancelAfter


def test_a_heartbeat_reports_the_step_it_runs_in_and_nothing_outside() -> None:
    progress = CancelAfter(None)
    heartbeat()  # outside any step: no callback, no error
    with beats(progress, 0.25, "Backtest: global_gbm, origin 1 of 6"):
        heartbeat()
        heartbeat()
    heartbeat()
    assert progress.messages == ["Backtest: global_gbm, origin 1 of 6"] * 2
    with beats(None, 0.5, "headless"):
        heartbeat()  # a job run without progress (main.py analyze)


def _gbm_forecast(panel: Panel, progress: CancelAfter) -> np.ndarray:
    horizon = 13
    view = train_view(panel, panel.length - horizon, horizon, choose_season("week", 52))
    with threadpool_limits(limits=1), beats(progress, 0.5, "Backtest: global_gbm"):
        return gbm.global_gbm(view, horizon)


def test_the_gradient_boosting_fit_stops_within_a_few_rounds(walmart: Panel) -> None:
    horizon = 13
    whole = CancelAfter(None)
    _gbm_forecast(walmart, whole)
    # a cancel point per forecast step while the rows are built and read, and one every
    # BEAT_ROUNDS boosting rounds of the fit
    assert len(whole.messages) == 2 * horizon + gbm.ROUNDS // gbm.BEAT_ROUNDS
    progress = CancelAfter(horizon + 3)
    with pytest.raises(Cancelled):
        _gbm_forecast(walmart, progress)
    # stopped 15 rounds into a fit of 150: the rest never grown
    assert progress.messages == ["Backtest: global_gbm"] * (horizon + 4)


def test_the_cancellable_fit_grows_the_trees_of_a_plain_fit(
    walmart: Panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    cancellable = _gbm_forecast(walmart, CancelAfter(None))
    built = gbm._model

    def plain(categorical: bool, n_features: int) -> HistGradientBoostingRegressor:
        params = built(categorical, n_features).get_params()
        params.update(early_stopping=False, validation_fraction=0.1, n_iter_no_change=10)
        return HistGradientBoostingRegressor(**params)

    monkeypatch.setattr(gbm, "_model", plain)
    whole = _gbm_forecast(walmart, CancelAfter(None))
    assert cancellable.shape == (walmart.size, 13) and np.isfinite(cancellable).all()
    np.testing.assert_array_equal(cancellable, whole)
