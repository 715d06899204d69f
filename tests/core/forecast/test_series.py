"""Sales series of Online Retail: weeks chosen from the span, returns netted, gaps are zeros."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.charges import charge_lines
from core.forecast.series import SeriesParams, ShopSeries, build_series, choose_frequency


@pytest.fixture(scope="module")
def series(online_retail_lines: pd.DataFrame) -> ShopSeries:
    return build_series(online_retail_lines)


def test_frequency_follows_the_span() -> None:
    day = pd.Timestamp("2011-01-01")
    assert choose_frequency(day, day + pd.Timedelta(days=21)) == "day"
    assert choose_frequency(day, day + pd.Timedelta(days=373)) == "week"
    assert choose_frequency(day, day + pd.Timedelta(days=1460)) == "month"


def test_online_retail_is_weekly_without_its_partial_first_and_last_weeks(
    series: ShopSeries,
) -> None:
    # 2010-12-01 (a Wednesday) .. 2011-12-09 (a Friday): both end weeks are partial
    total = series.panels["total"]
    assert series.frequency == "week"
    assert total.periods[0] == pd.Timestamp("2010-12-06")
    assert total.periods[-1] == pd.Timestamp("2011-11-28")
    assert total.length == 52
    assert "category" not in series.panels  # the file has no category column


def test_total_is_net_sales_per_week(online_retail_lines: pd.DataFrame, series: ShopSeries) -> None:
    # charges and fees (POSTAGE, AMAZON FEE, Manual, ...) are not product sales: left out
    lines = online_retail_lines.loc[~charge_lines(online_retail_lines)]
    assert len(online_retail_lines) - len(lines) == int(series.notes[0].split()[0].replace(",", ""))
    inside = (lines["order_date"] >= "2010-12-06") & (lines["order_date"] < "2011-12-05")
    net = (lines["amount"] - lines["refund_amount"].fillna(0))[inside]
    weekly = net.groupby(lines.loc[inside, "order_date"].dt.to_period("W-SUN")).sum()
    weeks = pd.period_range("2010-12-06", periods=52, freq="W-SUN")
    assert len(weekly) == 51  # the shop was closed over Christmas 2010 ...
    total = series.panels["total"].values[0]
    assert total[3] == 0.0  # ... so the week of 2010-12-27 is there, with zero sales
    np.testing.assert_allclose(total, weekly.reindex(weeks, fill_value=0).to_numpy(), rtol=1e-9)


def test_products_with_ten_sales_net_of_returns_with_zero_weeks(
    online_retail_lines: pd.DataFrame, series: ShopSeries
) -> None:
    lines = online_retail_lines.loc[~charge_lines(online_retail_lines)]
    sales = lines.loc[~lines["is_return"]].groupby("sku").size()
    products = series.panels["product"]
    assert products.size == int((sales >= 10).sum()) == 3188
    assert not {"POST", "DOT", "M", "C2", "AMAZONFEE"} & set(products.keys)  # charges, not stock
    # every other product code, including 14 seen only in returns, is left to the total
    assert series.products_skipped == lines["sku"].nunique() - 3188 == int((sales < 10).sum()) + 14
    row = products.keys.index("85123A")  # WHITE HANGING HEART T-LIGHT HOLDER
    assert products.names[row] == "CREAM HANGING HEART T-LIGHT HOLDER"  # its latest name
    mine = lines[(lines["sku"] == "85123A")]
    inside = (mine["order_date"] >= "2010-12-06") & (mine["order_date"] < "2011-12-05")
    weekly = (
        mine.loc[inside, "quantity"]
        .groupby(mine.loc[inside, "order_date"].dt.to_period("W-SUN"))
        .sum()
    )
    expected = weekly.reindex(pd.period_range("2010-12-06", periods=52, freq="W-SUN"), fill_value=0)
    np.testing.assert_allclose(products.values[row], expected.to_numpy())
    assert (mine.loc[inside, "quantity"] < 0).any()  # it had returns, netted out above
    # a product first sold later starts there; before that it was not on sale
    late = int(np.argmax(products.start))
    assert products.start[late] > 0
    assert (products.values[late, : products.start[late]] == 0).all()


def test_min_sales_is_a_parameter(online_retail_lines: pd.DataFrame) -> None:
    few = build_series(online_retail_lines, SeriesParams(frequency="month", min_sales=1000))
    assert few.frequency == "month"
    assert few.panels["total"].length == 12  # December 2010 .. November 2011
    assert 0 < few.panels["product"].size < 100
