"""Overview figures on the real Online Retail shop, checked against sums computed directly
from the raw file with pandas (independently of the importer)."""

from __future__ import annotations

import pandas as pd
import pytest

from core.analysis.kpis import KpiParams, compute_kpis, period_series, sales_totals
from core.charts.overview import orders_customers_figure, sales_trend_figure


def test_totals_of_the_whole_history(online_retail_lines: pd.DataFrame) -> None:
    result = compute_kpis(online_retail_lines, KpiParams(period="month"))
    totals = result.totals
    assert totals["net_sales"] == pytest.approx(9_769_872.05, abs=0.01)
    assert totals["gross_sales"] - totals["returns"] == pytest.approx(totals["net_sales"])
    assert totals["units"] == 5_602_260  # free items to customers included
    assert totals["customers"] == 4_372  # everyone with a line, as in the import report
    assert totals["returning_customers"] == 2_845  # came back for a second order
    assert totals["new_customers"] == 4_372 - 2_845
    assert totals["aov"] == pytest.approx(totals["gross_sales"] / totals["orders"], abs=0.01)
    assert result.currency == "GBP"
    assert (str(result.date_min), str(result.date_max)) == ("2010-12-01", "2011-12-09")


def test_incomplete_last_month_is_not_compared(online_retail_lines: pd.DataFrame) -> None:
    result = compute_kpis(online_retail_lines, KpiParams(period="month"))
    assert (result.current_label, result.previous_label) == ("2011-11", "2011-10")
    assert any("2011-12" in note and "not complete" in note for note in result.notes)
    assert result.current["net_sales"] == pytest.approx(1_461_756.25, abs=0.01)
    assert result.current["orders"] == 2_770
    assert result.current["customers"] == 1_711  # customers with a line in November
    assert result.current["new_customers"] == 321  # ... whose first line in the shop it was
    assert result.change["net_sales"] == pytest.approx(1_461_756.25 / 1_070_704.67 - 1, abs=1e-6)


def test_series_per_period_add_up_and_fill_gaps(online_retail_lines: pd.DataFrame) -> None:
    month = period_series(online_retail_lines, "month")
    assert len(month) == 13
    assert month.loc[pd.Timestamp("2011-12-01"), "returns"] == pytest.approx(205_124.67, abs=0.01)
    day = period_series(online_retail_lines, "day")
    # the shop was closed on some days (Saturdays): they are there, as zeros
    assert len(day) == (pd.Timestamp("2011-12-09") - pd.Timestamp("2010-12-01")).days + 1
    assert (day["orders"] == 0).sum() > 50
    for series in (month, day, period_series(online_retail_lines, "week")):
        assert series["net_sales"].sum() == pytest.approx(9_769_872.05, abs=0.05)


def test_as_of_cuts_the_history(online_retail_lines: pd.DataFrame) -> None:
    result = compute_kpis(
        online_retail_lines, KpiParams(period="week", as_of=pd.Timestamp("2011-06-30").date())
    )
    assert str(result.date_max) == "2011-06-30"
    cut = online_retail_lines[online_retail_lines["order_date"] < "2011-07-01"]
    assert result.totals["net_sales"] == sales_totals(cut)["net_sales"]


def test_charts_are_built_with_the_object_api(online_retail_lines: pd.DataFrame) -> None:
    result = compute_kpis(online_retail_lines, KpiParams(period="month"))
    for fig in (sales_trend_figure(result), orders_customers_figure(result)):
        ax = fig.axes[0]
        assert ax.get_title()
        assert len(ax.patches) >= 13  # one bar per month at least


def test_empty_shop_gives_a_reason_not_a_crash(online_retail_lines: pd.DataFrame) -> None:
    result = compute_kpis(online_retail_lines.iloc[0:0], KpiParams())
    assert result.totals["net_sales"] == 0
    assert any("no orders" in note for note in result.notes)
    assert sales_trend_figure(result).axes
