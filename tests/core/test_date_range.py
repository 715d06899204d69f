"""The Overview of a chosen date range on Online Retail: the range's figures, the same range a
year earlier and the top tables, checked against plain pandas on the same lines."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from core.analysis.date_range import (
    DateRange,
    RangeLines,
    prepare_lines,
    preset_range,
    summarize_range,
    year_ago,
)
from core.analysis.money import line_money


@pytest.fixture(scope="module")
def prepared(online_retail_lines: pd.DataFrame) -> RangeLines:
    return prepare_lines(online_retail_lines)


def _pandas_figures(lines: pd.DataFrame, rng: DateRange) -> dict[str, float]:
    """The range's figures the plain way: a boolean mask and a few groupbys."""
    day = lines["order_date"].dt.normalize()
    inside = lines[(day >= pd.Timestamp(rng.start)) & (day <= pd.Timestamp(rng.end))]
    money = line_money(inside)
    sold = inside[~inside["is_return"]]
    first = lines.dropna(subset=["customer_id"]).groupby("customer_id")["order_date"].min()
    customers = inside["customer_id"].dropna().unique()
    first_day = first.reindex(customers).dt.normalize()
    new = int(((first_day >= pd.Timestamp(rng.start)) & (first_day <= pd.Timestamp(rng.end))).sum())
    return {
        "gross_sales": round(float(money.gross.sum()), 2),
        "returns": round(float(money.returns.sum()), 2),
        "fees": round(float(money.fees.sum()), 2),
        "orders": float(sold["order_id"].nunique()),
        "units": float(sold["quantity"].sum()),
        "customers": float(len(customers)),
        "new_customers": float(new),
    }


def test_presets_end_on_the_last_order_day() -> None:
    end = date(2011, 12, 9)
    assert preset_range("last_30", end) == DateRange(date(2011, 11, 10), end)
    assert preset_range("last_90", end) == DateRange(date(2011, 9, 11), end)
    assert preset_range("last_365", end) == DateRange(date(2010, 12, 10), end)
    assert preset_range("this_year", end) == DateRange(date(2011, 1, 1), end)
    custom = DateRange(date(2011, 3, 1), date(2011, 3, 31))
    assert preset_range("custom", end, custom) == custom
    assert preset_range("last_30", end).days == 30
    assert year_ago(DateRange(date(2012, 2, 29), date(2012, 3, 1))) == DateRange(
        date(2011, 2, 28), date(2011, 3, 1)
    )


def test_last_30_days_of_online_retail(
    prepared: RangeLines, online_retail_lines: pd.DataFrame
) -> None:
    rng = preset_range("last_30", date(2011, 12, 9))
    summary = summarize_range(prepared, rng)
    figures = summary.figures
    assert figures["gross_sales"] == 1_694_050.71
    assert figures["returns"] == 188_686.51
    assert figures["fees"] == 38_979.43
    assert figures["net_sales"] == 1_466_384.77
    assert figures["orders"] == 2_808
    assert figures["customers"] == 1_676
    assert figures["new_customers"] == 250
    assert figures["returning_customers"] == 1_426
    assert figures["aov"] == round(1_694_050.71 / 2_808, 2)
    expected = _pandas_figures(online_retail_lines, rng)
    assert {k: figures[k] for k in expected} == expected
    # the orders start on 2010-12-01: 2010-11-10..2010-12-09 is not covered whole
    assert summary.year_ago == DateRange(date(2010, 11, 10), date(2010, 12, 9))
    assert summary.year_ago_figures is None
    assert all(v is None for v in summary.change.values())
    assert summary.data_start == date(2010, 12, 1)
    assert summary.data_end == date(2011, 12, 9)


def test_december_against_the_december_before(
    prepared: RangeLines, online_retail_lines: pd.DataFrame
) -> None:
    rng = DateRange(date(2011, 12, 1), date(2011, 12, 9))
    summary = summarize_range(prepared, rng)
    before = summary.year_ago_figures
    assert summary.year_ago == DateRange(date(2010, 12, 1), date(2010, 12, 9))
    assert before is not None
    assert summary.figures["gross_sales"] == 638_792.68
    assert before["gross_sales"] == 438_852.65
    assert before["orders"] == 834
    assert summary.figures["orders"] == 819
    # every customer of the shop's first nine days is new
    assert before["new_customers"] == before["customers"] == 622
    assert before["returning_customers"] == 0
    expected = _pandas_figures(online_retail_lines, summary.year_ago)
    assert {k: before[k] for k in expected} == expected
    change = summary.change
    assert change["gross_sales"] == pytest.approx(638_792.68 / 438_852.65 - 1)
    assert change["orders"] == pytest.approx(819 / 834 - 1)
    assert change["returning_customers"] is None  # nothing to compare with: zero a year ago


def test_this_year_adds_up_with_the_days_before(
    prepared: RangeLines, online_retail_lines: pd.DataFrame
) -> None:
    """The year and December 2010 together are the whole history: sums add up, and the
    year's orders are the shop's orders less December 2010's."""
    year = summarize_range(prepared, preset_range("this_year", date(2011, 12, 9))).figures
    december = summarize_range(prepared, DateRange(date(2010, 12, 1), date(2010, 12, 31))).figures
    sold = online_retail_lines[~online_retail_lines["is_return"]]
    money = line_money(online_retail_lines)
    assert year["gross_sales"] + december["gross_sales"] == pytest.approx(money.gross.sum())
    assert year["orders"] + december["orders"] == sold["order_id"].nunique()
    assert year["gross_sales"] == 9_842_938.40
    assert year["customers"] == 4_244
    # a customer is new once: December 2010's and 2011's new customers are all customers
    assert year["new_customers"] + december["new_customers"] == (
        online_retail_lines["customer_id"].nunique()
    )


def test_top_tables_match_a_plain_groupby(
    prepared: RangeLines, online_retail_lines: pd.DataFrame
) -> None:
    rng = DateRange(date(2011, 12, 1), date(2011, 12, 9))
    summary = summarize_range(prepared, rng, top=10)
    lines = online_retail_lines
    day = lines["order_date"].dt.normalize()
    inside = lines[(day >= pd.Timestamp(rng.start)) & (day <= pd.Timestamp(rng.end))]
    money = line_money(inside)
    products = inside[money.sold & ~money.charge]
    key = products["sku"].fillna(products["product_name"])
    by_product = products.groupby(key).agg(
        gross=("amount", "sum"), orders=("order_id", "nunique"), units=("quantity", "sum")
    )
    best = by_product.sort_values("gross", ascending=False).head(10)
    top = summary.top_products
    assert len(top) == 10
    assert list(top["gross_sales"]) == [round(v, 2) for v in best["gross"]]
    assert list(top["orders"]) == list(best["orders"].astype(float))
    assert list(top["units"]) == list(best["units"])
    assert top["name"].iloc[1] == "RABBIT NIGHT LIGHT"
    assert top["gross_sales"].iloc[1] == 9_643.02
    assert "POSTAGE" not in set(top["name"]) and "DOTCOM POSTAGE" not in set(top["name"])
    sold = inside[~inside["is_return"]]
    by_country = sold.groupby("country").agg(
        gross=("amount", "sum"), customers=("customer_id", "nunique")
    )
    best_countries = by_country.sort_values("gross", ascending=False).head(10)
    countries = summary.top_countries
    assert list(countries["name"]) == list(best_countries.index)
    assert list(countries["gross_sales"]) == [round(v, 2) for v in best_countries["gross"]]
    assert list(countries["customers"]) == list(best_countries["customers"].astype(float))
    assert countries["name"].iloc[0] == "United Kingdom"
    assert countries["gross_sales"].iloc[0] == 592_622.09
    # Online Retail names no sales channel: the table is empty, not a row of "nan"
    assert summary.top_channels.empty


def test_a_shop_with_only_one_month(online_retail_lines: pd.DataFrame) -> None:
    """A range before the first order has zeros, not an error; units unknown stay unknown."""
    lines = online_retail_lines
    march = lines[(lines["order_date"] >= "2011-03-01") & (lines["order_date"] < "2011-04-01")]
    no_quantity = march.assign(quantity=np.nan)
    prepared = prepare_lines(no_quantity)
    summary = summarize_range(prepared, DateRange(date(2011, 3, 1), date(2011, 3, 31)))
    assert summary.figures["orders"] == march.loc[~march["is_return"], "order_id"].nunique()
    assert np.isnan(summary.figures["units"])
    assert summary.year_ago_figures is None
    assert summary.top_products["units"].isna().all()
    empty = summarize_range(prepared, DateRange(date(2011, 1, 1), date(2011, 1, 31)))
    assert empty.figures["orders"] == 0 and empty.top_products.empty
