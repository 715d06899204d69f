"""Recommendation fixtures: the Online Retail time split and model, computed once per session."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from core.recommend.evaluate import EvaluationParams, EvaluationResult, evaluate
from core.recommend.top_n import Recommender, fit_recommender

#: The split of issue 5: train through 2011-09-30, test from 2011-10-01.
CUTOFF = date(2011, 10, 1)


@pytest.fixture(scope="session")
def retail_split(online_retail_lines: pd.DataFrame) -> EvaluationResult:
    return evaluate(online_retail_lines, EvaluationParams(cutoff=CUTOFF))


@pytest.fixture(scope="session")
def retail_model(online_retail_lines: pd.DataFrame) -> Recommender:
    """Fitted on every Online Retail order."""
    return fit_recommender(online_retail_lines)
