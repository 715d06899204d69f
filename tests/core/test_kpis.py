"""Overview figures on the real Online Retail shop, checked against figures computed directly
from the raw file with plain pandas (`raw` below, independent of the importer and of kpis.py),
and against the data set's README where it gives them."""

from __future__ import annotations

import pandas as pd
import pytest

from core.analysis.kpis import KpiParams, compute_kpis, period_series
from core.charts.overview import orders_customers_figure, sales_trend_figure
from tests.conftest import shared_file


@pytest.fixture(scope="module")
def raw() -> pd.DataFrame:
    """The raw lines our cleaning policy keeps: lines with a value and a unit price ≥ 0, and
    lines of value 0 sold to a known customer (free items)."""
    frame = pd.read_csv(
        shared_file("uci-online-retail/online_retail.csv.gz"),
        dtype={"InvoiceNo": str, "CustomerID": "Int64"},
    )
    frame["value"] = frame["Quantity"] * frame["UnitPrice"]
    free = (frame["value"] == 0) & frame["CustomerID"].notna() & (frame["Quantity"] > 0)
    kept = frame[((frame["value"] != 0) & (frame["UnitPrice"] >= 0)) | free].copy()
    kept["month"] = kept["InvoiceDate"].str[:7]
    kept["sold"] = ~kept["InvoiceNo"].str.startswith("C")
    # The shop's own bookkeeping lines, by their stock codes (core.charges reads their names)
    # and the one product code sold as a charge (23444 "Next Day Carriage", once given back)
    kept["charge"] = kept["StockCode"].isin(CHARGE_CODES) | (kept["StockCode"] == "23444")
    return kept


#: Online Retail's stock codes of fees and adjustments: Amazon's fee, manual credits, postage,
#: Cancer Research commission, bank charges, discounts, samples, carriage, bad debt.
CHARGE_CODES = ("AMAZONFEE", "M", "m", "POST", "DOT", "CRUK", "BANK CHARGES", "D", "S", "C2", "B")


def test_totals_of_the_whole_history(online_retail_lines: pd.DataFrame, raw: pd.DataFrame) -> None:
    totals = compute_kpis(online_retail_lines, KpiParams(period="month")).totals
    sold = raw[raw["sold"]]
    # README: sum(Quantity × UnitPrice) = 9,747,747.93 over all lines; the 2 excluded
    # "Adjust bad debt" lines were -11,062.06 each
    assert totals["net_sales"] == pytest.approx(9_747_747.93 + 2 * 11_062.06, abs=0.01)
    assert totals["net_sales"] == pytest.approx(raw["value"].sum(), abs=0.01)
    assert totals["gross_sales"] == pytest.approx(sold["value"].sum(), abs=0.01)
    given_back = raw[~raw["sold"]]
    returns = -given_back.loc[~given_back["charge"], "value"].sum()
    fees = -given_back.loc[given_back["charge"], "value"].sum()
    assert totals["returns"] == pytest.approx(returns, abs=0.01)
    assert totals["fees"] == pytest.approx(fees, abs=0.01)
    # Before fees had their own figure, "returns and refunds" showed both (896,812.49): 47% of
    # it was fees and adjustments, chiefly AMAZON FEE (235,281.59) and Manual (146,784.46).
    assert (round(totals["returns"], 2), round(totals["fees"], 2)) == (478_709.18, 418_103.31)
    assert totals["returns"] + totals["fees"] == pytest.approx(896_812.49, abs=0.01)
    amazon = given_back.loc[given_back["StockCode"] == "AMAZONFEE", "value"].sum()
    assert -amazon == pytest.approx(235_281.59, abs=0.01)
    assert totals["orders"] == sold["InvoiceNo"].nunique() == 19_964
    assert totals["aov"] == pytest.approx(sold["value"].sum() / 19_964, abs=0.01)
    assert totals["units"] == sold["Quantity"].sum()
    assert totals["customers"] == 4_372  # README
    repeat = sold.dropna(subset=["CustomerID"]).groupby("CustomerID")["InvoiceNo"].nunique()
    assert totals["returning_customers"] == (repeat >= 2).sum() == 2_845
    assert totals["new_customers"] == 4_372 - 2_845


def test_incomplete_last_month_is_not_compared(
    online_retail_lines: pd.DataFrame, raw: pd.DataFrame
) -> None:
    result = compute_kpis(online_retail_lines, KpiParams(period="month"))
    assert (result.current_label, result.previous_label) == ("2011-11", "2011-10")
    assert any("2011-12" in note and "not complete" in note for note in result.notes)
    nov, oct_ = raw[raw["month"] == "2011-11"], raw[raw["month"] == "2011-10"]
    assert result.current["net_sales"] == pytest.approx(nov["value"].sum(), abs=0.01)
    assert result.current["orders"] == nov.loc[nov["sold"], "InvoiceNo"].nunique()
    assert result.current["customers"] == nov["CustomerID"].nunique()
    first_month = raw.dropna(subset=["CustomerID"]).groupby("CustomerID")["month"].min()
    assert result.current["new_customers"] == (first_month == "2011-11").sum()
    expected = nov["value"].sum() / oct_["value"].sum() - 1
    assert result.change["net_sales"] == pytest.approx(expected, abs=1e-9)


def test_as_of_month_end_counts_as_complete(
    online_retail_lines: pd.DataFrame, raw: pd.DataFrame
) -> None:
    """--as-of 2011-04-30, a Saturday the shop did not trade: April is complete because the
    as-of date says the data run to its end, although its last order was on the 28th (Easter)."""
    assert raw.loc[raw["InvoiceDate"] < "2011-05-01", "InvoiceDate"].max().startswith("2011-04-28")
    result = compute_kpis(
        online_retail_lines, KpiParams(period="month", as_of=pd.Timestamp("2011-04-30").date())
    )
    assert (result.current_label, result.previous_label) == ("2011-04", "2011-03")
    assert not any("not complete" in note for note in result.notes)


def test_series_per_period_add_up_and_fill_gaps(
    online_retail_lines: pd.DataFrame, raw: pd.DataFrame
) -> None:
    month = period_series(online_retail_lines, "month")
    assert len(month) == 13
    december = raw[(raw["month"] == "2011-12") & ~raw["sold"]]
    assert month.loc[pd.Timestamp("2011-12-01"), "returns"] == pytest.approx(
        -december.loc[~december["charge"], "value"].sum(), abs=0.01
    )
    assert month.loc[pd.Timestamp("2011-12-01"), "fees"] == pytest.approx(
        -december.loc[december["charge"], "value"].sum(), abs=0.01
    )
    assert month["fees"].sum() == pytest.approx(418_103.31, abs=0.01)
    day = period_series(online_retail_lines, "day")
    # days without orders (the shop did not trade on Saturdays) are there, as zeros
    assert len(day) == (pd.Timestamp("2011-12-09") - pd.Timestamp("2010-12-01")).days + 1
    trading_days = raw["InvoiceDate"].str[:10].nunique()
    assert (day["orders"] == 0).sum() == len(day) - trading_days
    for series in (month, day, period_series(online_retail_lines, "week")):
        assert series["net_sales"].sum() == pytest.approx(raw["value"].sum(), abs=0.05)


def test_as_of_cuts_the_history(online_retail_lines: pd.DataFrame, raw: pd.DataFrame) -> None:
    result = compute_kpis(
        online_retail_lines, KpiParams(period="week", as_of=pd.Timestamp("2011-06-30").date())
    )
    assert str(result.date_max) == "2011-06-30"
    cut = raw[raw["InvoiceDate"] < "2011-07-01"]
    assert result.totals["net_sales"] == pytest.approx(cut["value"].sum(), abs=0.01)


def test_charts_are_built_with_the_object_api(online_retail_lines: pd.DataFrame) -> None:
    result = compute_kpis(online_retail_lines, KpiParams(period="month"))
    for fig in (sales_trend_figure(result), orders_customers_figure(result)):
        ax = fig.axes[0]
        assert ax.get_title()
        assert len(ax.patches) >= 13  # one bar per month at least
    daily = compute_kpis(online_retail_lines, KpiParams(period="day"))
    sales = sales_trend_figure(daily, translate=lambda text: f"«{text}»")
    assert sales.axes[0].get_title() == "«Sales per day» (GBP)"
    legend = [text.get_text() for text in sales.axes[0].get_legend().get_texts()]
    assert sorted(legend) == [
        "«Fees and adjustments»",
        "«Gross sales»",
        "«Net sales»",
        "«Returns»",
    ]
    assert not sales.axes[0].patches  # 374 days: drawn as lines and areas, not bars


def test_empty_shop_gives_a_reason_not_a_crash(online_retail_lines: pd.DataFrame) -> None:
    result = compute_kpis(online_retail_lines.iloc[0:0], KpiParams())
    assert result.totals["net_sales"] == 0
    assert any("no orders" in note for note in result.notes)
    assert sales_trend_figure(result).axes
