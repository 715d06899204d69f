"""The `recommendations` section of `analyze`: its JSON shape and the lists saved in the shop."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from core.results_store import load_result
from core.sections.base import SectionContext
from core.sections.run import compute_sections
from core.store import open_shop


def test_analyze_reports_and_saves_recommendations(
    online_retail_lines: pd.DataFrame, tmp_path: Path
) -> None:
    """December 2010 only: lists and rules, but too short a history to measure them."""
    december = online_retail_lines[online_retail_lines["order_date"] < "2011-01-01"]
    net = december.groupby(["customer_id", "sku"])["quantity"].sum()
    keepers = net[net > 0].index.get_level_values("customer_id").nunique()
    db = tmp_path / "shop.sqlite"  # an empty shop file receives the result tables
    open_shop(db).close()
    ctx = SectionContext(db, date(2010, 12, 31), december.reset_index(drop=True))
    out = compute_sections(ctx, ["recommendations"])["recommendations"].summary
    assert out["status"] == "ok"
    assert set(out) >= {"evaluation", "products", "customers", "top_rules"}
    assert out["evaluation"]["status"] == "skipped"
    assert "orders both before and after" in out["evaluation"]["reason"]
    assert out["products"]["never_recommended"]["POSTAGE"] == "a charge or fee, not a product"
    assert out["customers"]["count"] == keepers == 884
    first = out["top_rules"][0]
    assert set(first) == {"if_bought", "also_buy", "orders", "support", "confidence", "lift"}
    assert first["support"] == pytest.approx(first["orders"] / out["rules"]["orders"], abs=1e-4)
    conn = open_shop(db)
    try:
        customers = load_result(conn, "recommend_customers")
        similar = load_result(conn, "recommend_similar")
        rules = load_result(conn, "recommend_rules")
    finally:
        conn.close()
    assert customers is not None and similar is not None and rules is not None
    assert customers["customer_id"].nunique() == keepers
    assert customers.groupby("customer_id").size().max() == 10
    assert len(rules[rules["size"] == 2]) == out["rules"]["pairs"]
    top = rules.iloc[0]
    assert top["antecedent_name"] == first["if_bought"]
    assert top["lift"] == pytest.approx(first["lift"], abs=0.01)
