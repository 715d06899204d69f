"""Shops at the edges, made from real CDNOW_sample rows: every line a return, every customer
buying once on the same day, a part of the Customers tab failing unexpectedly."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection

from core.charts.customers import cluster_scatter_figure
from core.customers import insights
from core.customers.cohorts import compute_cohorts
from core.customers.features import NO_SALES_MESSAGE, NoCustomerDataError, customer_summary
from core.customers.insights import TABLE_COLUMNS, compute_customer_insights
from core.customers.rfm import SEGMENT_GRID, compute_rfm
from core.errors import Cancelled

PARTS = ("rfm", "cohorts", "clusters", "clv", "churn")


@pytest.fixture(scope="module")
def all_returns(cdnow_lines: pd.DataFrame) -> pd.DataFrame:
    """The first 300 CDNOW transactions, every one returned (negative amount)."""
    lines = cdnow_lines.head(300).copy()
    lines["amount"] = -lines["amount"]
    lines["is_return"] = True
    return lines


def test_all_returns_raise_the_no_customer_data_error(all_returns: pd.DataFrame) -> None:
    for run in (customer_summary, compute_rfm, compute_cohorts):
        with pytest.raises(NoCustomerDataError) as raised:
            run(all_returns)
        assert str(raised.value) == NO_SALES_MESSAGE


def test_all_returns_skip_every_part_with_the_reason(all_returns: pd.DataFrame) -> None:
    result = compute_customer_insights(all_returns)
    assert set(result.skipped) == set(PARTS)
    for part in PARTS:
        assert "Every order line with a customer is a return" in result.skipped[part], part
    assert list(result.table.columns) == list(TABLE_COLUMNS) and result.table.empty
    assert result.rfm is None and result.cohorts is None
    # the order history still shows what was returned: 300 lines of 138 customers
    assert result.history["customer_id"].nunique() == all_returns["customer_id"].nunique()
    assert result.history["returned"].sum() == pytest.approx(-all_returns["amount"].sum())


def test_an_unexpected_failure_skips_only_that_part(
    cdnow_lines: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(insights, "compute_rfm", broken)
    result = compute_customer_insights(cdnow_lines)
    assert result.skipped == {"rfm": "This analysis failed unexpectedly: division by zero"}
    # the other parts still fill the table, one row per customer
    assert len(result.table) == 2357 and result.table["clv_12m"].notna().all()
    assert result.table["segment"].isna().all()


def test_cancelling_still_stops_the_whole_run(
    cdnow_lines: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cancelled(*_args: object) -> None:
        raise Cancelled()

    monkeypatch.setattr(insights, "compute_cohorts", cancelled)
    with pytest.raises(Cancelled):
        compute_customer_insights(cdnow_lines)


def test_fifty_customers_who_bought_once_on_one_day(cdnow_lines: pd.DataFrame) -> None:
    """The first transaction of 50 CDNOW customers, all re-dated to 1997-03-01."""
    first = cdnow_lines.drop_duplicates("customer_id").head(50).copy()
    first["order_date"] = pd.Timestamp("1997-03-01")
    result = compute_rfm(first)
    customers = result.customers
    assert len(customers) == 50
    assert (customers["r_score"] == 5).all()  # all bought on the last day: most recent
    assert (customers["f_score"] == 1).all()  # one purchase each: no spread, lowest
    assert (customers["purchase_days"] == 1).all()
    # spend still differs ($3.99 to $87.74): the map blends F and M, so the smallest spenders
    # are New and the rest, recent with a bigger first order, Potential loyalists
    fm = np.floor((1 + customers["m_score"]) / 2 + 0.5).astype("int64")
    expected = [SEGMENT_GRID[4][v - 1] for v in fm]
    assert customers["segment"].tolist() == expected
    counts = result.segments["customers"]
    # M=1 is the 9 smallest first orders: the two tied at $12.49 (ranks 10-11) share M=2
    assert counts[counts > 0].to_dict() == {"Potential loyalist": 41, "New": 9}


def test_cluster_chart_keeps_customers_with_negative_net_spend(
    cdnow_lines: pd.DataFrame,
) -> None:
    summary = customer_summary(cdnow_lines)
    customers = pd.DataFrame(
        {
            "recency": summary["recency_days"].astype("float64"),
            "monetary": summary["net"],
            "cluster": np.arange(len(summary)) % 2,
        },
        index=summary.index,
    )
    negative = (customers["monetary"] < 0).sum()
    customers.iloc[:25, customers.columns.get_loc("monetary")] = -12.5  # returned more
    profiles = pd.DataFrame({"description": ["recent", "lapsed"]})
    figure = cluster_scatter_figure(customers.head(1000), profiles)
    points = [c.get_offsets() for c in figure.axes[0].collections if isinstance(c, PathCollection)]
    plotted = np.concatenate(points)
    assert negative == 0 and len(plotted) == 1000
    assert np.isfinite(plotted).all() and plotted[:, 1].min() == 1.0  # clipped to 0, + 1
