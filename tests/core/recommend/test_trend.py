"""The trend factor and the split it was tuned on: Online Retail fit before 2011-07-01, judged on
Jul-Sep 2011 — inside the issue's training period, so the issue's test never chose a setting."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pandas as pd
import pytest

from core.recommend.evaluate import EvaluationParams, EvaluationResult, evaluate
from core.recommend.top_n import RecommendParams, fit_recommender
from core.recommend.trend import TrendParams
from tests.core.recommend.conftest import CUTOFF

VALIDATION_CUTOFF = date(2011, 7, 1)


@pytest.fixture(scope="session")
def validation_split(online_retail_lines: pd.DataFrame) -> EvaluationResult:
    before_test = online_retail_lines[online_retail_lines["order_date"] < pd.Timestamp(CUTOFF)]
    return evaluate(before_test, EvaluationParams(cutoff=VALIDATION_CUTOFF))


def test_the_validation_split_the_settings_were_chosen_on(
    validation_split: EvaluationResult,
) -> None:
    ours, popular = validation_split.ours, validation_split.popularity
    assert validation_split.test_end == date(2011, 9, 30)
    assert validation_split.customers == 1439
    # Measured: HR@10 0.627 against 0.357 (1.76x); 0.578 (1.62x) with EASE lambda 200 and no
    # trend. Precision@10 0.137 against 0.052 (2.62x), NDCG@10 0.164 against 0.057 (2.90x).
    assert ours.hr == pytest.approx(0.627, abs=0.005)
    assert popular.hr == pytest.approx(0.357, abs=0.005)
    assert ours.hr >= 1.7 * popular.hr
    assert ours.precision >= 2.55 * popular.precision
    assert ours.ndcg >= 2.8 * popular.ndcg


def test_christmas_stock_rises_before_the_autumn(online_retail_lines: pd.DataFrame) -> None:
    """Fit on the orders before October 2011: products named for Christmas sold far more in
    September than over the year, everyday stock did not."""
    train = online_retail_lines[online_retail_lines["order_date"] < pd.Timestamp(CUTOFF)]
    model = fit_recommender(train)
    names = model.purchases.products["name"].astype("str")
    christmas = names.str.contains("CHRISTMAS", case=False).to_numpy()
    sold = model.popularity >= 20
    assert np.median(model.trend[christmas & sold]) > 2.0
    assert 0.7 < np.median(model.trend[~christmas & sold]) < 1.3
    off = fit_recommender(train, replace(RecommendParams(), trend=TrendParams(strength=0.0)))
    assert (off.trend == 1.0).all()
