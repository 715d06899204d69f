"""Gamma-Gamma on a generated shop: a mean repeat spend of 4.5e-13 (sales minus returns that
should have been 0) is not a positive spender (issue 12, section 3)."""

from __future__ import annotations

import numpy as np
import pytest

from core.customers.gamma_gamma import expected_average_value, fit_gamma_gamma


def gamma_gamma_spends(customers: int = 600, seed: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """(x, mean spend) drawn from Gamma-Gamma with p = 2, q = 3, v = 100."""
    rng = np.random.default_rng(seed)
    x = rng.integers(1, 8, customers).astype("float64")
    nu = rng.gamma(3.0, 1 / 100.0, customers)
    mean = np.array([rng.gamma(2.0, 1 / nu[i], int(x[i])).mean() for i in range(customers)])
    return x, np.round(mean, 2)


def test_a_spend_of_floating_point_dust_is_not_a_positive_spender() -> None:
    x, mean = gamma_gamma_spends()
    clean = fit_gamma_gamma(x, mean)
    assert clean.customers == 600
    assert clean.p == pytest.approx(2.0, rel=0.2) and clean.v == pytest.approx(100, rel=0.35)
    # one customer whose returns cancel the sales but for 4.5e-13 (a subtraction's residue)
    dusty = fit_gamma_gamma(np.append(x, 3.0), np.append(mean, 4.5e-13))
    assert dusty.customers == 600
    assert (dusty.p, dusty.q, dusty.v) == pytest.approx((clean.p, clean.q, clean.v))
    # such a customer is valued like one with no repeat spend: the shop's mean
    spend = expected_average_value(clean, [3.0, 3.0], [4.5e-13, 0.0])
    assert spend[0] == pytest.approx(spend[1])
