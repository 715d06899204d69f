"""The Forecast tab on a real shop (Superstore 2019-2022): computed when first shown, series
picker, chart and accuracy in words, editable reorder table, stock import and export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.importer import import_file
from gui.main_window import MainWindow
from gui.tabs.forecast_tab import OWNER
from tests.conftest import shared_file

WAIT_MS = 180_000


@pytest.fixture(scope="module")
def superstore_shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("shop") / "superstore.sqlite"
    import_file(db, shared_file("superstore/variant-2019-2022/Sample - Superstore.csv"))
    return db


@pytest.fixture
def window(window: MainWindow, qtbot: QtBot, superstore_shop: Path) -> Iterator[MainWindow]:
    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS):
        window.open_shop(superstore_shop)
    yield window


def test_forecast_is_computed_when_the_tab_is_first_shown(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.forecast_tab
    assert window.runner.current(OWNER) is None  # opening the shop did not start it
    assert tab.result() is None
    with qtbot.waitSignal(tab.updated, timeout=WAIT_MS) as done:
        window.tabs.setCurrentWidget(tab)
    result = done.args[0].result
    assert result.frequency == "month"
    assert set(result.levels) == {"total", "category", "product"}
    # products first, best sellers at the top of the picker, the chart and words shown
    assert tab.level_combo.currentData() == "product"
    products = result.levels["product"].panel
    assert tab.series_proxy.rowCount() == products.size
    assert tab.chart.figure() is not None
    text = tab.accuracy_label.text()
    assert "than repeating the same month last year" in text
    assert "Method: " in text and "aims at 80%" in text
    # categories: three of them, and the search narrows the list
    tab.level_combo.setCurrentIndex(tab.level_combo.findData("category"))
    assert tab.series_proxy.rowCount() == 3
    qtbot.keyClicks(tab.search, "tech")
    assert tab.series_proxy.rowCount() == 1
    assert tab.series_proxy.index(0, 0).data() == "Technology"
    row = tab.selected_row()
    assert row is not None and result.levels["category"].panel.names[row] == "Technology"
    # switching away and back does not compute again
    window.tabs.setCurrentWidget(window.overview_tab)
    window.tabs.setCurrentWidget(tab)
    assert not window.runner.current(OWNER).is_running


def test_reorder_table_edit_filter_import_and_export(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    tab = window.forecast_tab
    with qtbot.waitSignal(tab.updated, timeout=WAIT_MS):
        window.tabs.setCurrentWidget(tab)
    table = tab.reorder.reorder_frame()
    assert len(table) == tab.result().levels["product"].panel.size
    assert table["on_hand"].isna().all() and not table["order_now"].any()
    assert "No stock figures yet" in tab.reorder.reorder_note.text()
    # type a stock of 0 into the first row: that product must be ordered now
    model = tab.reorder.reorder_model
    column = list(model.frame().columns).index("on_hand")
    index = model.index(0, column)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    sku = model.frame()["sku"].iloc[model.source_row(0)]
    with qtbot.waitSignal(tab.reorder_changed, timeout=WAIT_MS) as changed:
        assert model.setData(index, "0")
    frame = changed.args[0]
    row = frame[frame["sku"] == sku].iloc[0]
    assert row["on_hand"] == 0 and bool(row["order_now"])
    assert row["order_quantity"] >= row["reorder_point"] > 0
    assert "1 of" in tab.reorder.reorder_note.text()
    tab.reorder.order_now_only.setChecked(True)
    assert model.rowCount() == 1
    saved = tab.reorder.export_reorder(tmp_path / "reorder.csv")
    exported = pd.read_csv(saved, encoding="utf-8-sig", dtype={"sku": str})
    assert exported["sku"].tolist() == [sku]
    # a stock file gives a plenty of that product and the order disappears
    stock_file = tmp_path / "stock.csv"
    stock_file.write_text(f"SKU,On hand\n{sku},100000\n", encoding="utf-8")
    with qtbot.waitSignal(tab.reorder_changed, timeout=WAIT_MS) as changed:
        tab.reorder.import_stock(stock_file)
    frame = changed.args[0]
    assert frame.loc[frame["sku"] == sku, "on_hand"].iloc[0] == 100000
    assert model.rowCount() == 0
    # a longer lead time raises every reorder point
    before = tab.reorder.reorder_frame()["reorder_point"].to_numpy()
    with qtbot.waitSignal(tab.reorder_changed, timeout=WAIT_MS):  # computed off the window
        tab.reorder.lead_spin.setValue(28)
    assert (tab.reorder.reorder_frame()["reorder_point"].to_numpy() >= before).all()
    assert (tab.reorder.reorder_frame()["lead_time_days"] == 28).all()
