"""`analyze` gains `forecast` and `inventory` on a real shop (Superstore 2019-2022)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from core.forecast.shop import load_stock, save_stock
from core.importer import import_file
from core.results_store import load_result
from core.sections.run import analyze_shop
from core.store import open_shop
from tests.conftest import shared_file


@pytest.fixture(scope="module")
def superstore(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    db = tmp_path_factory.mktemp("superstore") / "shop.sqlite"
    import_file(db, shared_file("superstore/variant-2019-2022/Sample - Superstore.csv"))
    return db, analyze_shop(db)


def test_forecast_section_per_level(superstore: tuple[Path, dict[str, Any]]) -> None:
    db, out = superstore
    forecast = out["forecast"]
    assert forecast["status"] == "ok"
    assert forecast["frequency"] == "month"  # four years of orders
    assert forecast["horizon"] == 3
    levels = forecast["levels"]
    assert set(levels) == {"total", "category", "product"}
    assert levels["category"]["series"] == 3  # Furniture, Office Supplies, Technology
    for level in levels.values():
        assert set(level) >= {
            "series",
            "method_counts",
            "mase",
            "wape",
            "snaive_mase",
            "coverage80",
        }
        assert sum(level["method_counts"].values()) == level["series"]
        assert level["baseline"] == "the same month last year"
        assert level["sentence"].startswith("On your own past sales, forecasting 3 months")
    assert "ets" in levels["category"]["method_counts"] or levels["category"]["method_counts"]
    conn = open_shop(db)
    try:
        table = load_result(conn, "forecast")
        accuracy = load_result(conn, "forecast_accuracy")
    finally:
        conn.close()
    assert table is not None and accuracy is not None
    series = sum(level["series"] for level in levels.values())
    assert len(table) == 3 * series
    assert len(accuracy) == series
    # the orders stop on 2022-12-30: December is incomplete, so it is forecast, not history
    assert table["period_start"].head(3).tolist() == ["2022-12-01", "2023-01-01", "2023-02-01"]


def test_inventory_section_gives_reorder_points_then_what_to_order(
    superstore: tuple[Path, dict[str, Any]],
) -> None:
    db, out = superstore
    inventory = out["inventory"]
    products = out["forecast"]["levels"]["product"]["series"]
    assert inventory["status"] == "ok"
    assert inventory["products"] == products
    assert inventory["with_stock"] == 0 and inventory["order_now"] == 0
    assert "No stock figures yet" in inventory["notes"][0]
    top = inventory["top_reorder_points"]
    assert top and top[0]["reorder_point"] >= top[0]["safety_stock"] >= 0
    # the owner gives stock: none of the first product, plenty of the second
    conn = open_shop(db)
    try:
        saved = load_result(conn, "inventory")
        assert saved is not None
        skus = saved.sort_values("demand_per_day", ascending=False)["sku"].tolist()[:2]
        save_stock(conn, pd.DataFrame({"sku": skus, "on_hand": [0.0, 1e6]}))
        assert load_stock(conn) is not None
    finally:
        conn.close()
    again = analyze_shop(db)["inventory"]
    assert again["with_stock"] == 2
    assert again["order_now"] == 1
    row = again["top_order_now"][0]
    assert row["sku"] == skus[0] and row["days_of_cover"] == 0.0
    assert row["order_quantity"] >= row["reorder_point"] > 0
