"""Cancel reaches inside the recommendation build's loops and its EASE inverse (issue 13)."""

from __future__ import annotations

import time

import numpy as np
import pytest

from core.beside import POLL_SECONDS
from core.errors import Cancelled
from core.recommend.item_knn import _inverse
from core.recommend.top_n import Recommender, RecommendParams, customer_lists, similar_products
from tests.cancel_after import CancelAfter


def cancel(fraction: float, message: str) -> None:
    raise Cancelled


def test_cancel_stops_the_similar_products_loop(retail_model: Recommender) -> None:
    with pytest.raises(Cancelled):
        similar_products(retail_model, 10, cancel)


def test_cancel_stops_the_customer_lists(retail_model: Recommender) -> None:
    with pytest.raises(Cancelled):
        customer_lists(retail_model, None, RecommendParams(), progress=cancel)


def _gram(n: int) -> np.ndarray:
    """A regularised Gram matrix of random purchases, as EASE inverts."""
    rng = np.random.default_rng(7)
    bought = (rng.random((3 * n, n)) < 0.02).astype("float64")
    gram = bought.T @ bought
    gram[np.diag_indices(n)] += 50.0
    return gram


def test_cancel_reaches_the_ease_inverse_while_it_runs() -> None:
    """The inverse runs beside the job's thread, which checks for a Cancel every 0.1 s."""
    progress = CancelAfter(1)
    started = time.perf_counter()
    with pytest.raises(Cancelled):
        _inverse(_gram(1500), progress)
    assert progress.messages == ["Learning which products go together"] * 2
    assert time.perf_counter() - started < 0.5 + POLL_SECONDS  # not the whole inverse's time


def test_the_ease_inverse_is_the_inverse() -> None:
    n = 1061
    gram = _gram(n)
    progress = CancelAfter(None)
    inverse = _inverse(gram, progress)
    assert progress.messages  # the progress bar moved meanwhile
    np.testing.assert_allclose(inverse @ gram, np.eye(n), atol=1e-9)
