"""Cancel reaches inside the long customer steps (issue 13): the purchase model's optimiser and
the churn model's calibration folds call progress, which raises Cancelled."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from core.customers.bgnbd import fit_checked
from core.customers.calibration import out_of_fold
from core.errors import Cancelled
from tests.core.customers.test_trust import never_leaving


class CancelAfter:
    """A progress callback that lets `calls` reports through, then cancels."""

    def __init__(self, calls: int) -> None:
        self.calls = calls
        self.messages: list[str] = []

    def __call__(self, fraction: float, message: str) -> None:
        self.messages.append(message)
        if len(self.messages) > self.calls:
            raise Cancelled


def test_cancel_stops_the_purchase_model_inside_the_optimiser() -> None:
    x, t_x, T = never_leaving(300)
    progress = CancelAfter(0)
    with pytest.raises(Cancelled):
        fit_checked(x, t_x, T, progress=progress)
    # the first report comes from the optimiser's tenth evaluation, not after the fit
    assert progress.messages == ["Fitting the purchase model"]


def test_cancel_stops_the_churn_calibration_between_folds() -> None:
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 2))
    y = X[:, 0] + rng.normal(size=400) > 0
    progress = CancelAfter(1)
    with pytest.raises(Cancelled):
        out_of_fold(LogisticRegression, X, y, np.repeat(np.arange(4), 100), progress)
    assert progress.messages == ["Calibrating the churn risk"] * 2
