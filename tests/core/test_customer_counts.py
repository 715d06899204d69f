"""The three customer counts of Online Retail (Overview, Customers, Recommendations) and the
steps between them, checked against what each tab's own analysis counts."""

from __future__ import annotations

from datetime import date

import pandas as pd

from core.customers.features import customer_summary
from core.recommend.matrix import build_purchases
from core.sections.customer_counts import customer_counts


def test_online_retail_counts_and_why_they_differ(online_retail_lines: pd.DataFrame) -> None:
    lines = online_retail_lines
    counts = customer_counts(lines)
    assert counts.with_lines == 4_372
    assert counts.bought == 4_339
    assert counts.kept_something == 4_326
    assert counts.only_returns == 33
    assert counts.returned_everything == 13
    assert counts.adds_up()
    assert counts.with_lines == counts.bought + counts.only_returns
    assert counts.bought == counts.kept_something + counts.returned_everything
    # each figure is what the tab's own analysis counts
    assert counts.with_lines == lines["customer_id"].nunique()
    known = lines[lines["customer_id"].notna()]
    assert counts.bought == len(customer_summary(known))
    assert counts.kept_something == len(build_purchases(lines).customers)


def test_counts_as_of_a_day(online_retail_lines: pd.DataFrame) -> None:
    lines = online_retail_lines
    as_of = date(2011, 6, 30)
    counts = customer_counts(lines, as_of)
    before = lines[lines["order_date"] < pd.Timestamp("2011-07-01")]
    assert counts.with_lines == before["customer_id"].nunique()
    assert counts.bought == len(customer_summary(before[before["customer_id"].notna()]))
    assert counts.kept_something == len(build_purchases(before).customers)
    assert counts.with_lines < 4_372
    assert counts.adds_up()
