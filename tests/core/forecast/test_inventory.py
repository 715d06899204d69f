"""Reorder arithmetic against a hand-computed case, and stock files read like order files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.forecast.inventory import (
    InventoryParams,
    StockFileError,
    read_stock,
    reorder_arithmetic,
    reorder_table,
)


def test_reorder_point_safety_stock_and_order_by_hand() -> None:
    # 14 units a week = 2 a day; the forecast errs by 7 units a week = sqrt(7) a day.
    # Lead time 14 days, 95% service: z = 1.644854.
    # safety stock = 1.644854 * sqrt(7) * sqrt(14) = 1.644854 * sqrt(98) = 16.2832
    # reorder point = 2 * 14 + 16.2832 = 44.2832
    # stock 30 <= 44.28: order now, up to the reorder point plus 28 days of demand:
    #   ceil(44.2832 + 56 - 30) = 71, raised to the minimum order of 100; cover 30 / 2 = 15 days
    out = reorder_arithmetic(
        demand_per_period=np.array([14.0, 14.0, 14.0]),
        sigma_per_period=np.array([7.0, 7.0, 7.0]),
        days_per_period=7.0,
        on_hand=np.array([30.0, 60.0, np.nan]),
        lead_time_days=np.array([14.0, 14.0, 14.0]),
        params=InventoryParams(min_order=100),
    )
    assert out["demand_per_day"].tolist() == [2.0, 2.0, 2.0]
    assert out["safety_stock"].to_numpy() == pytest.approx([16.2832] * 3, abs=1e-4)
    assert out["reorder_point"].to_numpy() == pytest.approx([44.2832] * 3, abs=1e-4)
    assert out["order_now"].tolist() == [True, False, False]
    assert out["order_quantity"].iloc[0] == 100.0
    assert out["order_quantity"].iloc[1] == 0.0
    assert np.isnan(out["order_quantity"].iloc[2])  # no stock figure: reorder point only
    assert out["days_of_cover"].iloc[0] == 15.0
    assert out["days_of_cover"].iloc[1] == 30.0
    assert np.isnan(out["days_of_cover"].iloc[2])
    # without a minimum order the order is the 71 units of the hand computation
    plain = reorder_arithmetic(
        np.array([14.0]),
        np.array([7.0]),
        7.0,
        np.array([30.0]),
        np.array([14.0]),
        InventoryParams(),
    )
    assert plain["order_quantity"].iloc[0] == 71.0


def test_a_review_period_adds_to_the_exposure() -> None:
    # every 7 days a look at the stock: exposure 21 days
    # safety = 1.644854 * sqrt(7) * sqrt(21) = 19.9428; reorder point = 42 + 19.9428
    out = reorder_arithmetic(
        np.array([14.0]),
        np.array([7.0]),
        7.0,
        np.array([50.0]),
        np.array([14.0]),
        InventoryParams(review_days=7),
    )
    assert out["safety_stock"].iloc[0] == pytest.approx(19.9428, abs=1e-4)
    assert out["reorder_point"].iloc[0] == pytest.approx(61.9428, abs=1e-4)
    assert bool(out["order_now"].iloc[0])


def test_reorder_table_takes_stock_and_lead_time_per_product() -> None:
    forecast = np.array([[14.0, 14.0, 70.0], [7.0, 7.0, 7.0]])
    stock = pd.DataFrame(
        {
            "sku": ["A", "A", "B"],
            "on_hand": [5.0, 30.0, 3.0],
            "lead_time_days": [np.nan, np.nan, 7.0],
        }
    )
    table = reorder_table(
        ["A", "B"], ["Apple", "Bean"], ["tsb", "ets"], forecast, np.array([7.0, 0.0]), "week", stock
    )
    assert table["on_hand"].tolist() == [30.0, 3.0]  # the last line of a SKU wins
    assert table["lead_time_days"].tolist() == [14.0, 7.0]
    # A: 14 days = the first two weeks ahead (14 a week); B: one week (7 a week)
    assert table["demand_per_day"].tolist() == [2.0, 1.0]
    assert table["reorder_point"].iloc[1] == 7.0  # no error: no safety stock
    assert table["order_now"].tolist() == [True, True]
    assert table["order_quantity"].iloc[1] == 32.0  # ceil(7 + 28 - 3)


def test_stock_files_in_english_and_chinese(tmp_path: Path) -> None:
    csv = tmp_path / "stock.csv"
    csv.write_text(
        "SKU,Description,On hand,Lead time\n85123A,HEART,1 200,21\n22423,STAND,35,\n",
        encoding="utf-8",
    )
    stock = read_stock(csv)
    assert stock["sku"].tolist() == ["85123A", "22423"]
    assert stock["on_hand"].tolist() == [1200.0, 35.0]
    assert stock["lead_time_days"].iloc[0] == 21.0 and np.isnan(stock["lead_time_days"].iloc[1])
    xlsx = tmp_path / "库存.xlsx"
    pd.DataFrame({"货号": [85123, 22423], "库存": [12, 0]}).to_excel(xlsx, index=False)
    sheet = read_stock(xlsx)
    assert sheet["sku"].tolist() == ["85123", "22423"]  # codes, not 85123.0
    assert sheet["on_hand"].tolist() == [12.0, 0.0]
    bad = tmp_path / "bad.csv"
    bad.write_text("colour,size\nred,3\n", encoding="utf-8")
    with pytest.raises(StockFileError, match="SKU"):
        read_stock(bad)
