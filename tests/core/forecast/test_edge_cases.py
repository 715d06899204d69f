"""Shops the forecast must not crash on: one sale, all zeros, three weeks of history."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from core.forecast.engine import forecast_panel
from core.forecast.series import NotEnoughHistoryError, Panel
from core.forecast.shop import ForecastParams, forecast_shop
from core.sections.base import SectionContext
from core.sections.run import compute_sections


def test_a_shop_with_one_sale_gets_a_reason(online_retail_lines: pd.DataFrame) -> None:
    one = online_retail_lines.iloc[[0]].reset_index(drop=True)
    with pytest.raises(NotEnoughHistoryError, match="needs more history"):
        forecast_shop(one)
    section = compute_sections(SectionContext.of_lines(one), ["forecast"])["forecast"].summary
    assert section["status"] == "skipped"
    assert "Import a longer order history" in section["reason"]


def test_a_product_sold_once_gets_a_forecast_without_a_mase(
    online_retail_lines: pd.DataFrame,
) -> None:
    """Three months of Online Retail with min_sales=1: products sold once are forecast."""
    lines = online_retail_lines
    # the orders of one customer in ten (a smaller shop, so the test stays quick)
    customer = pd.to_numeric(lines["customer_id"], errors="coerce")
    shop = lines[customer % 10 == 0]
    spring = shop[(shop["order_date"] >= "2011-03-01") & (shop["order_date"] < "2011-06-01")]
    result = forecast_shop(
        spring.reset_index(drop=True),
        ForecastParams(frequency="week", min_sales=1, levels=("product",)),
    )
    product = result.levels["product"]
    sold = spring[~spring["is_return"]].groupby("sku").size()
    once = [k for k in sold.index[sold == 1] if k in product.panel.keys]
    assert len(once) > 50
    rows = [product.panel.keys.index(k) for k in once]
    assert np.isfinite(product.forecast[rows]).all()
    assert (product.forecast[rows] >= 0).all()
    assert (product.bands[0.95][1][rows] >= product.forecast[rows]).all()


def test_an_all_zero_series_is_forecast_as_zero_with_no_accuracy_claimed(walmart: Panel) -> None:
    zeros = dataclasses.replace(walmart, values=np.zeros_like(walmart.values))
    result = forecast_panel(zeros, 8, methods=("seasonal_naive", "moving_average", "tsb"))
    assert (result.forecast == 0).all()
    assert result.summary["mase"] is None and result.summary["snaive_mase"] is None
    assert "not enough varied history" in result.sentence


def test_a_three_week_old_shop_is_forecast_by_day(online_retail_lines: pd.DataFrame) -> None:
    lines = online_retail_lines
    young = lines[lines["order_date"] < "2010-12-22"].reset_index(drop=True)
    result = forecast_shop(young, ForecastParams(min_sales=30))  # fewer products: a quick test
    assert result.frequency == "day"
    total = result.levels["total"]
    # 2010-12-01 .. 2010-12-21: 21 days; 3 days ahead leave room for 5 origins
    assert total.panel.length == 21
    assert total.horizon == 3 and total.summary["origins"] == 5
    assert total.summary["baseline"] == "the same weekday last week"  # 14 days: two weeks
    assert np.isfinite(total.forecast).all()
    assert total.sentence.startswith("On your own past sales, forecasting 3 days ahead")
    assert "product" in result.levels or "product" in result.skipped
