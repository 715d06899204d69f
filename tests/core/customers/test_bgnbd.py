"""BG/NBD and Gamma-Gamma reproduce Fader, Hardie & Lee on CDNOW, through the product's own
per-customer summary (core.customers.features), not a twin of it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.customers.bgnbd import (
    expected_purchases,
    expected_unconditional,
    fit_bgnbd,
    p_alive,
)
from core.customers.clv import ClvParams, compute_clv
from core.customers.features import customer_summary
from core.customers.gamma_gamma import expected_average_value, fit_gamma_gamma
from tests.conftest import shared_file
from tests.core.customers.conftest import CALIBRATION_END


@pytest.fixture(scope="module")
def calibration(cdnow_lines: pd.DataFrame) -> pd.DataFrame:
    return customer_summary(cdnow_lines, CALIBRATION_END, "week")


def test_summary_matches_the_published_cdnow_summary(calibration: pd.DataFrame) -> None:
    published = pd.read_csv(shared_file("cdnow/cdnow_customers_summary.csv"))
    ours = calibration.loc[published["ID"].astype("str")]
    assert len(calibration) == 2357
    np.testing.assert_array_equal(ours["frequency"].to_numpy(), published["frequency"].to_numpy())
    np.testing.assert_allclose(ours["t_x"], published["recency"], atol=0.006)
    np.testing.assert_allclose(ours["T"], published["T"], atol=0.006)


def test_bgnbd_reproduces_fader_hardie_lee(calibration: pd.DataFrame) -> None:
    model = fit_bgnbd(calibration["frequency"], calibration["t_x"], calibration["T"])
    for value, paper in (
        (model.r, 0.243),
        (model.alpha, 4.414),
        (model.a, 0.793),
        (model.b, 2.426),
    ):
        assert value == pytest.approx(paper, rel=0.01)
    assert model.loglik == pytest.approx(-9582.4, abs=0.1)


def test_transaction_counts_do_not_reproduce_the_paper(cdnow_lines: pd.DataFrame) -> None:
    """Why frequency counts distinct purchase days: transaction counts give another fit."""
    calibration = customer_summary(cdnow_lines, CALIBRATION_END, "week")
    lines = cdnow_lines[cdnow_lines["order_date"] <= pd.Timestamp(CALIBRATION_END)]
    transactions = lines.groupby("customer_id").size().reindex(calibration.index) - 1
    assert int((transactions != calibration["frequency"]).sum()) == 80
    other = fit_bgnbd(transactions, calibration["t_x"], calibration["T"])
    assert other.loglik == pytest.approx(-9743.9, abs=0.1)


def test_predictions_of_the_paper(calibration: pd.DataFrame) -> None:
    model = fit_bgnbd(calibration["frequency"], calibration["t_x"], calibration["T"])
    # eq. 10 for a customer just acquired (x = t_x = T = 0) is eq. 7, the unconditional one
    t = np.array([13.0, 39.0, 78.0])
    np.testing.assert_allclose(
        expected_purchases(model, t, 0, 0.0, 0.0), expected_unconditional(model, t), rtol=1e-9
    )
    # the model's expected repeat purchases over the 39 weeks hold the calibration total
    fitted = expected_unconditional(model, calibration["T"].to_numpy()).sum()
    assert fitted == pytest.approx(calibration["frequency"].sum(), rel=0.02)
    alive = p_alive(model, calibration["frequency"], calibration["t_x"], calibration["T"])
    assert np.all((alive > 0) & (alive <= 1))
    assert np.all(alive[calibration["frequency"].to_numpy() == 0] == 1.0)


def test_gamma_gamma_reproduces_the_spend_model() -> None:
    data = pd.read_csv(shared_file("cdnow/cdnow_customers_summary_with_transactions.csv"))
    model = fit_gamma_gamma(data["x"], data["zbar"])
    assert model.customers == 946  # repeat customers with a positive average spend
    assert model.p == pytest.approx(6.25, rel=0.02)
    assert model.q == pytest.approx(3.74, rel=0.02)
    assert model.v == pytest.approx(15.45, rel=0.02)
    spend = expected_average_value(model, data["x"], data["zbar"])
    shop_mean = model.p * model.v / (model.q - 1)
    assert spend[data["x"].to_numpy() == 0] == pytest.approx(shop_mean)


def test_gamma_gamma_from_the_product_summary(calibration: pd.DataFrame) -> None:
    """CDNOW lines -> customer_summary (to 1997-09-30) -> Gamma-Gamma: the mean value of the
    repeat purchases, like x, reproduces p, q, v = 6.25, 3.74, 15.44 (the mean over every
    purchase, first included, gave 14.33, 3.95, 7.29)."""
    published = pd.read_csv(shared_file("cdnow/cdnow_customers_summary_with_transactions.csv"))
    ours = calibration.loc[published["ID"].astype("str")]
    repeat = published["x"].to_numpy() > 0
    np.testing.assert_allclose(
        ours["avg_repeat_value"].to_numpy()[repeat],
        published["zbar"].to_numpy()[repeat],
        atol=0.006,
    )
    assert ours["avg_repeat_value"][~repeat].isna().all()
    model = fit_gamma_gamma(calibration["frequency"], calibration["avg_repeat_value"])
    assert model.customers == 946
    assert model.p == pytest.approx(6.25, rel=0.02)
    assert model.q == pytest.approx(3.74, rel=0.02)
    assert model.v == pytest.approx(15.45, rel=0.02)


def test_clv_with_holdout_on_cdnow(cdnow_lines: pd.DataFrame) -> None:
    calibration_lines = cdnow_lines[cdnow_lines["order_date"] <= pd.Timestamp(CALIBRATION_END)]
    result = compute_clv(calibration_lines, ClvParams(as_of=CALIBRATION_END), cdnow_lines)
    assert result.bgnbd.loglik == pytest.approx(-9582.4, abs=0.1)
    holdout = result.holdout
    assert holdout is not None
    assert holdout.days == 273  # 1997-10-01 .. 1998-06-30: the paper's 39-week holdout
    assert holdout.actual_total == 1882  # purchase days in the holdout
    assert holdout.predicted_total == pytest.approx(1653.4, abs=0.5)
    assert holdout.correlation is not None and holdout.correlation > 0.6
    customers = result.customers
    assert customers["clv_12m"].ge(0).all() and customers["clv_12m"].sum() > 0
    assert customers["expected_365d"].ge(customers["expected_90d"]).all()
    # a customer expected to order again soon has a date; a lapsed one-off has none
    assert customers["next_order_date"].notna().any() and customers["next_order_date"].isna().any()
