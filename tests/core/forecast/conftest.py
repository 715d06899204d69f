"""Fixtures of the forecast tests: the Walmart department panel (real weekly sales)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.forecast.series import Panel
from tests.conftest import shared_file


def walmart_panel() -> Panel:
    """The 7 Walmart store-1 department series (143 weeks, 2010-02-05 .. 2012-10-26)."""
    frame = pd.read_csv(shared_file("walmart-sales-weekly/walmart_sales_weekly.csv"))
    frame["Date"] = pd.to_datetime(frame["Date"])
    wide = frame.pivot(index="id", columns="Date", values="Weekly_Sales")
    periods = pd.DatetimeIndex(pd.PeriodIndex(wide.columns, freq="W-SUN").start_time)
    return Panel(
        level="category",
        keys=[str(k) for k in wide.index],
        names=[f"Department {str(k).split('_')[1]}" for k in wide.index],
        values=wide.to_numpy(dtype="float64"),
        start=np.zeros(len(wide), dtype="int64"),
        periods=periods,
        frequency="week",
        measure="net_sales",
    )


@pytest.fixture(scope="session")
def walmart() -> Panel:
    return walmart_panel()
