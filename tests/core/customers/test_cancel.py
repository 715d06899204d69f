"""Cancel reaches inside the long customer steps (issue 13): the purchase model's optimiser and
the churn model's calibration folds call progress, which raises Cancelled."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression

from core.customers.bgnbd import fit_checked
from core.customers.calibration import out_of_fold
from core.customers.churn import compute_churn
from core.errors import Cancelled
from tests.cancel_after import CancelAfter
from tests.core.customers.test_trust import never_leaving


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


def test_the_churn_model_stops_between_its_last_fit_and_the_scoring(
    cdnow_lines: pd.DataFrame,
) -> None:
    seen = CancelAfter(None)
    compute_churn(cdnow_lines, progress=seen)
    scoring = seen.messages.index("Scoring every customer")
    # cancel at the cancel point right after the final model's fit
    progress = CancelAfter(scoring + 1)
    with pytest.raises(Cancelled):
        compute_churn(cdnow_lines, progress=progress)
    assert progress.messages[-2:] == ["Scoring every customer"] * 2
    assert "Finding the reasons" not in progress.messages
