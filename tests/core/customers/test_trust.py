"""Customer models that say when they cannot be trusted (issue 12, section 3), on generated
shops: a BG/NBD fit whose dropout part collapses."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.customers.bgnbd import fit_bgnbd, fit_checked, is_degenerate, p_alive
from core.customers.clv import ClvParams, compute_clv


def never_leaving(customers: int = 2000, seed: int = 0) -> tuple[np.ndarray, ...]:
    """(x, t_x, T) in weeks of customers who buy at Gamma(0.5, 1/8) rates and never leave:
    about half never buy again, yet the fit can only explain that by "nobody leaves"."""
    rng = np.random.default_rng(seed)
    rate = rng.gamma(0.5, 1 / 8.0, customers)
    T = rng.uniform(10, 52, customers)
    x = np.zeros(customers)
    t_x = np.zeros(customers)
    for i in range(customers):
        t = rng.exponential(1 / rate[i])
        while t <= T[i]:
            x[i] += 1
            t_x[i] = t
            t += rng.exponential(1 / rate[i])
    return x, t_x, T


def test_a_collapsed_dropout_is_detected_and_flagged() -> None:
    x, t_x, T = never_leaving()
    assert (x == 0).mean() == pytest.approx(0.4755, abs=1e-4)  # about half never came back
    plain = fit_bgnbd(x, t_x, T)
    assert plain.a == pytest.approx(0.00145, rel=0.01)  # a -> 0: nobody ever leaves
    alive = p_alive(plain, x, t_x, T)
    assert (alive >= 0.999).mean() > 0.99
    assert is_degenerate(plain, x, t_x, T)
    checked = fit_checked(x, t_x, T)
    # every penalised refit keeps a on the bound: the plain fit is kept, flagged
    assert checked.degenerate
    assert checked.a == pytest.approx(plain.a) and checked.loglik == pytest.approx(plain.loglik)


def test_a_healthy_fit_is_not_flagged() -> None:
    rng = np.random.default_rng(3)
    n = 3000
    rate = rng.gamma(0.25, 1 / 4.0, n)
    leave = rng.beta(0.8, 2.5, n)
    T = rng.uniform(20, 52, n)
    x = np.zeros(n)
    t_x = np.zeros(n)
    for i in range(n):
        t = rng.exponential(1 / rate[i])
        while t <= T[i]:
            x[i] += 1
            t_x[i] = t
            if rng.random() < leave[i]:
                break
            t += rng.exponential(1 / rate[i])
    model = fit_checked(x, t_x, T)
    assert not model.degenerate and model.penalizer == 0.0
    assert model.a == pytest.approx(0.8, rel=0.35) and model.b == pytest.approx(2.5, rel=0.35)


def lines_of(x: np.ndarray, t_x: np.ndarray, T: np.ndarray, as_of: pd.Timestamp) -> pd.DataFrame:
    """Order lines giving each customer x repeat purchase days spread up to t_x (weeks), the
    first T weeks before `as_of`."""
    rows: list[tuple[str, pd.Timestamp, float]] = []
    for i, (xi, txi, Ti) in enumerate(zip(x, t_x, T, strict=True)):
        first = as_of - pd.Timedelta(days=round(float(Ti) * 7))
        days = np.unique(np.round(np.linspace(0, txi * 7, int(xi) + 1)).astype(int))
        rows += [(f"C{i}", first + pd.Timedelta(days=int(d)), 20.0 + i % 7) for d in days]
    frame = pd.DataFrame(rows, columns=["customer_id", "order_date", "amount"])
    frame["order_id"] = pd.Series([f"O{i}" for i in range(len(frame))], dtype="str")
    frame["customer_id"] = frame["customer_id"].astype("str")
    frame["category"] = pd.Series([np.nan] * len(frame), dtype="str")
    frame["quantity"] = 1.0
    frame["refund_amount"] = np.nan
    frame["is_return"] = False
    return frame


def test_lifetime_value_says_when_the_purchase_model_is_degenerate() -> None:
    x, t_x, T = never_leaving()
    as_of = pd.Timestamp("2025-12-31")
    result = compute_clv(lines_of(x, t_x, T, as_of), ClvParams(as_of=as_of.date()))
    assert result.bgnbd_degenerate and result.bgnbd.degenerate
    assert any("could not tell which customers have stopped" in n for n in result.notes)
