"""Cancel reaches inside the forecast's long fits (issue 13 §1): the gradient-boosting model
is grown in chunks of rounds with a heartbeat between them, which raises Cancelled, so a
merchant's Cancel is honoured within a chunk instead of after the whole fit."""

from __future__ import annotations

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from core.errors import Cancelled
from core.forecast import global_gbm as gbm
from core.forecast.series import Panel
from core.forecast.view import choose_season, train_view
from core.progress import beats, heartbeat


class CancelAfter:
    """A progress callback that lets `calls` reports through, then cancels (None: never)."""

    def __init__(self, calls: int | None) -> None:
        self.calls = calls
        self.messages: list[str] = []

    def __call__(self, fraction: float, message: str) -> None:
        self.messages.append(message)
        if self.calls is not None and len(self.messages) > self.calls:
            raise Cancelled


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


def test_the_gradient_boosting_fit_stops_between_chunks_of_rounds(walmart: Panel) -> None:
    progress = CancelAfter(2)
    with pytest.raises(Cancelled):
        _gbm_forecast(walmart, progress)
    # two chunks of 15 rounds ran, the third heartbeat cancelled: 120 rounds never grown
    assert progress.messages == ["Backtest: global_gbm"] * 3


def test_fitting_in_chunks_grows_the_same_trees_as_one_fit(
    walmart: Panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    chunked_progress = CancelAfter(None)
    chunked = _gbm_forecast(walmart, chunked_progress)
    monkeypatch.setattr(gbm, "FIT_CHUNK", 150)
    whole_progress = CancelAfter(None)
    whole = _gbm_forecast(walmart, whole_progress)
    # a cancel point per chunk of 15 rounds instead of one before the whole fit (and one per
    # forecast step in both)
    assert len(chunked_progress.messages) - len(whole_progress.messages) == 150 // 15 - 1
    assert chunked.shape == (walmart.size, 13) and np.isfinite(chunked).all()
    np.testing.assert_array_equal(chunked, whole)
