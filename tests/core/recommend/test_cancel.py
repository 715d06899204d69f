"""Cancel reaches inside the recommendation build's loops (issue 13)."""

from __future__ import annotations

import pytest

from core.errors import Cancelled
from core.recommend.top_n import Recommender, RecommendParams, customer_lists, similar_products


def cancel(fraction: float, message: str) -> None:
    raise Cancelled


def test_cancel_stops_the_similar_products_loop(retail_model: Recommender) -> None:
    with pytest.raises(Cancelled):
        similar_products(retail_model, 10, cancel)


def test_cancel_stops_the_customer_lists(retail_model: Recommender) -> None:
    with pytest.raises(Cancelled):
        customer_lists(retail_model, None, RecommendParams(), progress=cancel)
