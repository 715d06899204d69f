"""Columns a merchant acts on are visible without scrolling in a 1366×768 window (issue 13 §4):
the customer table's 12-month value, churn risk and why; the segments' advice; the reorder
table's order now and suggested order, sorted by urgency in whole units. On a real shop
(Superstore 2019-2022)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.importer import import_file
from core.sections.customer_counts import customer_counts
from core.store import load_lines, open_shop
from gui.main_window import MainWindow
from gui.widgets.table_view import DataFrameView
from tests.conftest import shared_file

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
WAIT_MS = 300_000


@pytest.fixture(scope="module")
def superstore_shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("shop") / "superstore.sqlite"
    import_file(db, shared_file("superstore/variant-2019-2022/Sample - Superstore.csv"))
    return db


@pytest.fixture
def small(window: MainWindow, qtbot: QtBot, superstore_shop: Path) -> Iterator[MainWindow]:
    window.resize(1366, 768)
    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS):
        window.open_shop(superstore_shop)
    assert window.width() <= 1366 and window.height() <= 768
    yield window


def _hidden(view: DataFrameView, columns: tuple[str, ...]) -> list[str]:
    """The columns whose header section does not lie whole inside the view's viewport."""
    QApplication.processEvents()
    names = list(view.frame_model().frame().columns)
    header = view.horizontalHeader()
    width = view.viewport().width()
    hidden = []
    for name in columns:
        section = names.index(name)
        left = header.sectionViewportPosition(section)
        if (
            left < 0
            or left + header.sectionSize(section) > width
            or header.isSectionHidden(section)
        ):
            hidden.append(name)
    return hidden


def test_customer_columns_fit_at_1366(
    qtbot: QtBot, small: MainWindow, superstore_shop: Path
) -> None:
    tab = small.customers_tab
    with qtbot.waitSignal(tab.updated, timeout=WAIT_MS):
        small.tabs.setCurrentWidget(tab)
    page = tab.customers_page
    tab.pages.setCurrentWidget(page)
    frame = page.model.frame()
    conn = open_shop(superstore_shop)
    try:
        lines = load_lines(conn)
    finally:
        conn.close()
    counts = customer_counts(lines)
    assert len(frame) == counts.bought == 804  # every Superstore customer bought something
    assert counts.with_lines == lines["customer_id"].nunique()
    assert "the Overview counts them" in tab.heading.toolTip()  # why the counts differ
    assert page.view.viewport().width() > 300
    assert _hidden(page.view, ("customer_id", "clv_12m", "churn_risk", "reasons")) == []
    assert frame["reasons"].fillna("").str.len().gt(0).any()
    segments = tab.segments_page
    tab.pages.setCurrentWidget(segments)
    assert _hidden(segments.view, ("segment", "customers", "revenue_share", "advice")) == []
    advice = segments.model.frame()["advice"]
    assert advice.str.len().min() > 20  # whole sentences, wrapped in their cells


def test_reorder_columns_fit_and_urgent_first(qtbot: QtBot, small: MainWindow) -> None:
    tab = small.forecast_tab
    with qtbot.waitSignal(tab.updated, timeout=WAIT_MS):
        small.tabs.setCurrentWidget(tab)
    panel = tab.reorder
    table = panel.reorder_frame()
    # no stock yet: the largest reorder points first
    shown = panel.reorder_model.frame()
    assert list(shown["reorder_point"]) == sorted(table["reorder_point"], reverse=True)
    skus = list(table.sort_values("reorder_point")["sku"].iloc[:2])
    with qtbot.waitSignal(tab.reorder_changed, timeout=WAIT_MS):
        panel.set_stock_value(skus[0], "on_hand", 0.0)
    with qtbot.waitSignal(tab.reorder_changed, timeout=WAIT_MS) as changed:
        panel.set_stock_value(skus[1], "on_hand", 0.0)
    whole: pd.DataFrame = changed.args[0]
    urgent = whole[whole["order_now"]]
    assert set(urgent["sku"]) == set(skus)
    shown = panel.reorder_model.frame()
    assert list(shown["order_now"].iloc[:2]) == ["Yes", "Yes"]
    assert set(shown["sku"].iloc[:2]) == set(skus)
    assert (shown["order_quantity"].iloc[:2] % 1 == 0).all()  # whole units
    assert (shown["order_quantity"].iloc[:2] >= 1).all()
    assert _hidden(panel.reorder_view, ("sku", "product_name", "order_now", "order_quantity")) == []
