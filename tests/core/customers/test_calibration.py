"""Churn probabilities are calibrated on out-of-fold scores of the earlier cut-offs (issue 12,
section 3): an over-confident model's risks become ones a merchant can read as chances."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import brier_score_loss, roc_auc_score

from core.customers.calibration import Platt, fit_platt, out_of_fold


def cutoffs(rows: int = 1500, groups: int = 4, seed: int = 0) -> tuple[np.ndarray, ...]:
    """Stacked cut-offs of generated customers: P(buy again) = logistic(x0 - 0.5 x1)."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(rows * groups, 3))
    y = rng.random(rows * groups) < 1 / (1 + np.exp(-(X[:, 0] - 0.5 * X[:, 1])))
    return X, y, np.repeat(np.arange(groups), rows)


def overconfident() -> RandomForestClassifier:
    """Fully grown trees: scores pile up near 0 and 1 on customers they have not seen."""
    return RandomForestClassifier(
        n_estimators=30, min_samples_leaf=1, max_features=None, random_state=0
    )


def test_platt_on_earlier_cutoffs_improves_the_brier_score_and_keeps_the_ranking() -> None:
    X, y, groups = cutoffs()
    X_new, y_new, _ = cutoffs(rows=2000, groups=1, seed=1)
    model = overconfident().fit(X, y)
    raw = model.predict_proba(X_new)[:, 1]
    calibrate = fit_platt(out_of_fold(overconfident, X, y, groups), y)
    assert 0 < calibrate.slope < 1  # over-confident scores are pulled towards the middle
    calibrated = calibrate(raw)
    before = brier_score_loss(y_new, raw)
    after = brier_score_loss(y_new, calibrated)
    assert before == pytest.approx(0.2274, abs=0.001)
    assert after == pytest.approx(0.2191, abs=0.001)
    assert roc_auc_score(y_new, calibrated) == pytest.approx(roc_auc_score(y_new, raw))


def test_one_cutoff_falls_back_to_folds_and_a_constant_outcome_changes_nothing() -> None:
    X, y, _ = cutoffs(rows=600, groups=1)
    oof = out_of_fold(overconfident, X, y, np.zeros(len(y)))
    assert np.all((oof >= 0) & (oof <= 1)) and len(np.unique(oof)) > 10
    assert fit_platt(oof, np.ones(len(y), dtype=bool)) == Platt()
