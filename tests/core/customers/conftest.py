"""Fixtures of the customer tests: CDNOW as order lines and as a shop, Online Retail analysed once.

CDNOW_sample.txt (../shared/data/cdnow, the data of Fader, Hardie & Lee 2005) has no header:
original id, sample id (the customer), date YYYYMMDD, number of CDs, dollars.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from core.importer import ImportReport, import_file
from core.sections.customers import PART_NAMES
from core.sections.run import analyze_shop
from tests.conftest import shared_file

CALIBRATION_END = date(1997, 9, 30)


def read_cdnow_sample() -> pd.DataFrame:
    return pd.read_csv(
        shared_file("cdnow/CDNOW_sample.txt"),
        sep=r"\s+",
        header=None,
        names=["original_id", "customer", "date", "cds", "dollars"],
        dtype={"date": "str"},
    )


@pytest.fixture(scope="session")
def cdnow_lines() -> pd.DataFrame:
    """CDNOW_sample.txt as canonical order lines (one order per transaction row)."""
    raw = read_cdnow_sample()
    return pd.DataFrame(
        {
            "order_id": pd.Series([f"T{i}" for i in range(len(raw))], dtype="str"),
            "order_date": pd.to_datetime(raw["date"], format="%Y%m%d"),
            "customer_id": pd.Series(raw["customer"].astype("str"), dtype="str"),
            "category": pd.Series([np.nan] * len(raw), dtype="str"),
            "quantity": raw["cds"].astype("float64"),
            "amount": raw["dollars"].astype("float64"),
            "refund_amount": np.nan,
            "is_return": False,
        }
    )


@pytest.fixture(scope="session")
def cdnow_shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """CDNOW_sample imported through the product's importer (a CSV with a header added)."""
    raw = read_cdnow_sample()
    folder = tmp_path_factory.mktemp("cdnow")
    export = folder / "cdnow_orders.csv"
    pd.DataFrame(
        {
            "Order ID": [f"T{i}" for i in range(len(raw))],
            "Order Date": pd.to_datetime(raw["date"], format="%Y%m%d").dt.strftime("%Y-%m-%d"),
            "Customer ID": raw["customer"],
            "Quantity": raw["cds"],
            "Amount": raw["dollars"],
        }
    ).to_csv(export, index=False)
    db = folder / "cdnow.sqlite"
    import_file(db, export)
    return db


@pytest.fixture(scope="session")
def retail_analysis(online_retail: tuple[Path, ImportReport]) -> dict[str, Any]:
    """`analyze` on the whole Online Retail shop (as of its last order day), run once."""
    return analyze_shop(online_retail[0], only=("kpis", "cohorts", *PART_NAMES))
