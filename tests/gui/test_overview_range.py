"""The Overview's date range: choosing days fills the cards with the range against a year
earlier, and the top tables with the range's best products and countries (the demo shop, a real
Online Retail sample, checked against a plain pandas groupby of its lines)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.analysis.money import line_money
from core.store import load_lines, open_shop
from gui.main_window import MainWindow
from gui.widgets.range_panel import RangeData

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
WAIT_MS = 180_000


@pytest.fixture
def shown(qtbot: QtBot, window: MainWindow, demo_shop: Path) -> Iterator[MainWindow]:
    tab = window.overview_tab
    with (
        qtbot.waitSignal(tab.updated, timeout=WAIT_MS),
        qtbot.waitSignal(tab.range_panel.summarized, timeout=WAIT_MS),
    ):
        window.open_shop(demo_shop)
    yield window


@pytest.fixture(scope="module")
def demo_lines(demo_shop: Path) -> pd.DataFrame:
    conn = open_shop(demo_shop)
    try:
        return load_lines(conn)
    finally:
        conn.close()


def _inside(lines: pd.DataFrame, start: str, end: str) -> pd.DataFrame:
    day = lines["order_date"].dt.normalize()
    return lines[(day >= pd.Timestamp(start)) & (day <= pd.Timestamp(end))]


def test_last_complete_period_lists_that_months_best_products(
    shown: MainWindow, demo_lines: pd.DataFrame
) -> None:
    panel = shown.overview_tab.range_panel
    data = panel.data()
    assert data is not None
    # the demo orders end on 2011-11-30: November is the last complete month
    assert (data.summary.range.start, data.summary.range.end) == (
        date(2011, 11, 1),
        date(2011, 11, 30),
    )
    november = _inside(demo_lines, "2011-11-01", "2011-11-30")
    money = line_money(november)
    products = november[money.sold & ~money.charge]
    best = products.groupby("sku")["amount"].sum().sort_values(ascending=False).head(10)
    model = panel.products.frame_model()
    assert model.rowCount() == 10
    assert [round(v, 2) for v in best] == list(model.frame()["gross_sales"])
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Product"
    countries = panel.countries.frame_model().frame()
    sold = november[~november["is_return"]]
    by_country = sold.groupby("country")["amount"].sum().sort_values(ascending=False)
    assert list(countries["name"]) == list(by_country.index[:10])
    assert not panel.channels.parentWidget().isVisible()  # the export names no channel
    # the three customer counts, and the sentence that explains them adds up
    counts = data.counts
    assert counts.with_lines == demo_lines["customer_id"].nunique()
    assert counts.adds_up()
    text = panel.counts_label.text()
    assert f"{counts.with_lines:,}" in text and f"{counts.bought:,}" in text
    assert shown.overview_tab.cards["customers"].toolTip() == text


def test_custom_days_against_a_year_earlier(
    qtbot: QtBot, shown: MainWindow, demo_lines: pd.DataFrame
) -> None:
    tab = shown.overview_tab
    panel = tab.range_panel
    with qtbot.waitSignal(panel.summarized, timeout=WAIT_MS) as done:
        panel.set_custom_range(date(2011, 11, 1), date(2011, 11, 30))
    data: RangeData = done.args[0]
    assert panel.start_edit.isVisible() and panel.end_edit.isVisible()
    november = _inside(demo_lines, "2011-11-01", "2011-11-30")
    sold = november[~november["is_return"]]
    gross = round(float(sold["amount"].sum()), 2)
    orders = sold["order_id"].nunique()
    assert data.summary.figures["gross_sales"] == gross
    assert data.summary.figures["orders"] == orders
    cards = tab.cards
    assert cards["gross_sales"].value_label.text() == f"{gross:,.2f}"
    assert cards["orders"].value_label.text() == f"{orders:,}"
    # the demo orders start on 2010-12-01: November 2010 is not in them
    assert data.summary.year_ago_figures is None
    assert cards["orders"].total_label.text() == "A year earlier: not in the data"
    assert "no comparison with the year before" in panel.caption.text()
    with qtbot.waitSignal(panel.summarized, timeout=WAIT_MS) as done:
        panel.set_custom_range(date(2011, 11, 25), date(2011, 11, 30))
    week = _inside(demo_lines, "2011-11-25", "2011-11-30")
    week_orders = week.loc[~week["is_return"], "order_id"].nunique()
    assert cards["orders"].value_label.text() == f"{week_orders:,}"
    assert tab.heading.text() == "Custom dates: 2011-11-25 to 2011-11-30"


def test_last_30_days_and_back_to_the_month(
    qtbot: QtBot, shown: MainWindow, demo_lines: pd.DataFrame
) -> None:
    tab = shown.overview_tab
    panel = tab.range_panel
    month_orders = tab.cards["orders"].value_label.text()
    with qtbot.waitSignal(panel.summarized, timeout=WAIT_MS) as done:
        panel.combo.setCurrentIndex(panel.combo.findData("last_30"))
    data: RangeData = done.args[0]
    assert (data.summary.range.start, data.summary.range.end) == (
        date(2011, 11, 1),
        date(2011, 11, 30),
    )
    assert not panel.start_edit.isVisible()
    last30 = _inside(demo_lines, "2011-11-01", "2011-11-30")
    orders = last30.loc[~last30["is_return"], "order_id"].nunique()
    assert tab.cards["orders"].value_label.text() == f"{orders:,}"
    assert month_orders == f"{orders:,}"  # the same thirty days as November
    with qtbot.waitSignal(panel.summarized, timeout=WAIT_MS):
        panel.combo.setCurrentIndex(panel.combo.findData("period"))
    assert tab.heading.text().startswith("Last complete month: 2011-11")
