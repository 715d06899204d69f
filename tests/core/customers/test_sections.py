"""`analyze` with the customer sections: CDNOW end to end, shops that cannot support them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from core.importer import import_file
from core.results_store import load_result
from core.sections.registry import section_names
from core.sections.run import analyze_shop
from core.store import open_shop
from tests.conftest import shared_file
from tests.core.customers.conftest import CALIBRATION_END, read_cdnow_sample

CUSTOMER_SECTIONS = ("cohorts", "rfm", "clusters", "clv", "churn")


_OURS = ("kpis", *CUSTOMER_SECTIONS)  # the other analyses have their own tests


def test_sections_registered_after_kpis() -> None:
    assert section_names()[:6] == ["kpis", *CUSTOMER_SECTIONS]


def test_cdnow_shop_reproduces_the_paper_with_holdout(cdnow_shop: Path) -> None:
    """Imported like a user's file, analysed as of 1997-09-30: the paper's fit and the
    accuracy on the 39 weeks after it."""
    out = analyze_shop(cdnow_shop, CALIBRATION_END, only=_OURS)
    clv = out["clv"]
    assert clv["status"] == "ok" and clv["params"]["time_unit"] == "week"
    params = clv["params"]
    for name, paper in (("r", 0.243), ("alpha", 4.414), ("a", 0.793), ("b", 2.426)):
        assert params[name] == pytest.approx(paper, rel=0.01)
    assert params["loglik"] == pytest.approx(-9582.4, abs=0.1)
    assert clv["holdout"]["actual_total"] == 1882
    assert clv["holdout"]["predicted_total"] == pytest.approx(1653.4, abs=0.5)
    assert clv["holdout"]["correlation"] > 0.6
    conn = open_shop(cdnow_shop)
    try:
        table = load_result(conn, "clv_customers")
    finally:
        conn.close()
    assert table is not None and len(table) == 2357
    assert {"p_alive", "expected_90d", "expected_365d", "clv_12m", "next_order_date"} <= set(
        table.columns
    )


def _import(tmp_path: Path, frame: pd.DataFrame, name: str) -> Path:
    export = tmp_path / f"{name}.csv"
    frame.to_csv(export, index=False)
    db = tmp_path / f"{name}.sqlite"
    import_file(db, export)
    return db


def test_shop_without_customer_ids_is_skipped_with_reason(tmp_path: Path) -> None:
    raw = read_cdnow_sample().head(500)
    db = _import(
        tmp_path,
        pd.DataFrame(
            {
                "Order ID": [f"T{i}" for i in range(len(raw))],
                "Order Date": pd.to_datetime(raw["date"], format="%Y%m%d").dt.strftime("%Y-%m-%d"),
                "Amount": raw["dollars"],
            }
        ),
        "no_customers",
    )
    out = analyze_shop(db, only=_OURS)
    assert out["kpis"]["status"] == "ok"
    for name in CUSTOMER_SECTIONS:
        assert out[name]["status"] == "skipped", out[name]
        assert "no customer column" in out[name]["reason"]
        assert "Import an export that names the customer" in out[name]["reason"]


def test_too_few_repeat_customers_is_skipped_with_reason(tmp_path: Path) -> None:
    raw = read_cdnow_sample()
    first = raw.sort_values("date").drop_duplicates("customer").head(300)  # one order each
    db = _import(
        tmp_path,
        pd.DataFrame(
            {
                "Order ID": [f"T{i}" for i in range(len(first))],
                "Order Date": pd.to_datetime(first["date"], format="%Y%m%d").dt.strftime(
                    "%Y-%m-%d"
                ),
                "Customer ID": first["customer"],
                "Amount": first["dollars"],
            }
        ),
        "one_off",
    )
    out = analyze_shop(db, date(1997, 3, 31), only=_OURS)
    assert out["rfm"]["status"] == "ok"
    assert out["rfm"]["customers_scored"] == out["kpis"]["totals"]["customers"] == 296
    assert out["clv"]["status"] == "skipped"
    assert "Only 0 customers ordered on more than one day" in out["clv"]["reason"]
    assert out["churn"]["status"] == "skipped"
    assert "Import a longer history" in out["churn"]["reason"]


def test_a_shop_without_churn_signal_is_told_so(tmp_path: Path) -> None:
    """Superstore's orders show no pattern in who comes back: the section says so in words."""
    db = tmp_path / "superstore.sqlite"
    import_file(db, shared_file("superstore/variant-2019-2022/Sample - Superstore.csv"))
    out = analyze_shop(db, only=_OURS)
    churn = out["churn"]
    assert churn["status"] == "ok"
    assert max(churn["auc"], churn["baseline_auc"]) < 0.6  # measured 0.51 and 0.50
    assert any("little better than a guess" in note for note in churn["notes"])
    clusters = out["clusters"]
    assert clusters["categories"] == ["Technology", "Furniture", "Office Supplies"]
    assert {"cat_1", "cat_2", "cat_3"} <= set(clusters["profiles"][0])
