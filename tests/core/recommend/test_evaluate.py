"""The time split on Online Retail: our lists against the best-seller list, and no leakage."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from core.recommend import evaluate as evaluate_module
from core.recommend.evaluate import (
    EvaluationParams,
    EvaluationResult,
    NotEnoughHistoryError,
    evaluate,
)
from tests.core.recommend.conftest import CUTOFF


def test_lists_beat_the_best_sellers_on_online_retail(retail_split: EvaluationResult) -> None:
    ours, popular = retail_split.ours, retail_split.popularity
    assert retail_split.cutoff == date(2011, 10, 1)
    assert retail_split.test_end == date(2011, 12, 9)
    # Customers who bought before October 2011 and something new to them from October on.
    assert retail_split.customers == 1759  # 1,767 before bought-and-returned stopped counting
    # Measured: HR@10 0.552 against 0.286 (1.93x); precision@10 0.116 against 0.041 (2.84x);
    # NDCG@10 0.137 against 0.044 (3.12x). Wholesale customers buy dozens of new products in
    # ten weeks, so even the best-seller list hits 29 % of them: 2x on HR would need 0.573.
    # (Before the trend factor and EASE lambda 400, tuned on the Jul-Sep split below: 0.487.)
    assert ours.hr == pytest.approx(0.552, abs=0.005)
    assert popular.hr == pytest.approx(0.286, abs=0.005)
    assert ours.hr >= 1.9 * popular.hr
    assert ours.precision >= 2.8 * popular.precision
    assert ours.ndcg >= 3.0 * popular.ndcg
    # The best-seller list shows the same few dozen products to everyone; ours a sixth of the
    # catalogue (0.184; a third, 0.268, before the trend factor narrowed it to what sells now).
    assert popular.coverage < 0.03
    assert ours.coverage > 0.17


def test_no_purchase_after_the_cutoff_reaches_the_fit(
    online_retail_lines: pd.DataFrame,
    retail_split: EvaluationResult,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Scramble every order from the cut-off on (other products, extra customers): if anything
    of the test period leaked into training (catalogue, popularity, similarity), some list
    would change."""
    lines = online_retail_lines
    later = (lines["order_date"] >= pd.Timestamp(CUTOFF)).to_numpy()
    rng = np.random.default_rng(5)
    scrambled = lines.copy()
    for column in ("sku", "product_name"):
        values = scrambled[column].to_numpy(dtype=object, copy=True)
        values[later] = values[later][rng.permutation(int(later.sum()))]
        scrambled[column] = pd.Series(values, dtype="str")
    best = lines.loc[~later, "sku"].value_counts().index[0]
    extra = scrambled[later].head(2000).copy()
    extra["sku"] = best  # the old best seller bought 2,000 more times after the cut-off
    extra["customer_id"] = "leak-check"
    scrambled = pd.concat([scrambled, extra], ignore_index=True)

    seen: list[pd.Timestamp] = []
    real_fit = evaluate_module.fit_recommender

    def recording_fit(train: pd.DataFrame, *args: object, **kwargs: object) -> object:
        seen.append(train["order_date"].max())
        return real_fit(train, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(evaluate_module, "fit_recommender", recording_fit)
    again = evaluate(scrambled, EvaluationParams(cutoff=CUTOFF))
    assert seen and max(seen) < pd.Timestamp(CUTOFF)
    judged = retail_split.lists["customer_id"].unique()
    same = again.lists[again.lists["customer_id"].isin(judged)].reset_index(drop=True)
    common = retail_split.lists[retail_split.lists["customer_id"].isin(same["customer_id"])]
    pd.testing.assert_frame_equal(same, common.reset_index(drop=True))
    # The scrambled truth changes the scores, so the check above compared real lists.
    assert again.ours.hr != retail_split.ours.hr


def test_a_history_without_a_later_period_says_what_is_missing(
    online_retail_lines: pd.DataFrame,
) -> None:
    december = online_retail_lines[online_retail_lines["order_date"] < "2011-01-01"]
    with pytest.raises(NotEnoughHistoryError, match="orders both before and after"):
        evaluate(december, EvaluationParams(cutoff=date(2011, 1, 1)))


def test_orders_without_customers_say_what_is_missing(online_retail_lines: pd.DataFrame) -> None:
    """A guest-checkout export: rules still work (tests/core/recommend/test_basket.py), the
    measure needs customers."""
    guests = online_retail_lines.assign(
        customer_id=pd.Series([None] * len(online_retail_lines), dtype="str")
    )
    with pytest.raises(NotEnoughHistoryError, match="name no customer"):
        evaluate(guests, EvaluationParams(cutoff=CUTOFF))
