"""DataFrameModel on the real UCI Online Retail lines: sorting, copying, speed on 541,909 rows."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from gui.models.dataframe_model import DataFrameModel
from gui.widgets.table_view import DataFrameView
from tests.conftest import shared_file


@pytest.fixture(scope="module")
def retail() -> pd.DataFrame:
    """All 541,909 lines, with InvoiceDate as real datetimes (read once for the module)."""
    frame = pd.read_parquet(shared_file("uci-online-retail/online_retail.parquet"))
    frame["InvoiceDate"] = pd.to_datetime(frame["InvoiceDate"])
    return frame


def _column(model: DataFrameModel, name: str) -> int:
    return list(model.frame().columns).index(name)


def _shown_order(model: DataFrameModel) -> np.ndarray:
    return np.array([model.source_row(r) for r in range(model.rowCount())])


def test_sorting_matches_pandas_on_every_kind_of_column(retail: pd.DataFrame) -> None:
    sample = retail.iloc[:5000]
    model = DataFrameModel(sample)
    for name in ("UnitPrice", "Description", "InvoiceDate", "CustomerID", "Quantity"):
        for ascending, order in (
            (True, Qt.SortOrder.AscendingOrder),
            (False, Qt.SortOrder.DescendingOrder),
        ):
            model.sort(_column(model, name), order)
            expected = sample.sort_values(
                name, ascending=ascending, kind="stable", na_position="last"
            ).index.to_numpy()
            assert np.array_equal(_shown_order(model), expected), (name, ascending)


def test_missing_values_sort_last_and_show_empty(retail: pd.DataFrame) -> None:
    sample = retail.iloc[:20000]
    missing = int(sample["CustomerID"].isna().sum())
    assert missing > 0  # the real data have lines without a customer
    model = DataFrameModel(sample)
    col = _column(model, "CustomerID")
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(col, order)
        tail = [model.display_text(r, col) for r in range(len(sample) - missing, len(sample))]
        assert tail == [""] * missing
        assert model.display_text(len(sample) - missing - 1, col) != ""


def test_number_and_date_formatting(retail: pd.DataFrame) -> None:
    model = DataFrameModel(retail.iloc[:100])
    first = retail.iloc[0]
    # The first real line: 6 x WHITE HANGING HEART T-LIGHT HOLDER at 2.55, customer 17850.
    assert model.display_text(0, _column(model, "Quantity")) == f"{first['Quantity']:,}"
    assert model.display_text(0, _column(model, "UnitPrice")) == f"{first['UnitPrice']:,.2f}"
    assert model.display_text(0, _column(model, "CustomerID")) == f"{first['CustomerID']:.0f}"
    assert model.display_text(0, _column(model, "InvoiceDate")) == (
        first["InvoiceDate"].strftime("%Y-%m-%d %H:%M")
    )
    align = model.data(
        model.index(0, _column(model, "UnitPrice")), Qt.ItemDataRole.TextAlignmentRole
    )
    assert align & int(Qt.AlignmentFlag.AlignRight)
    big = pd.DataFrame({"Sales": [retail["UnitPrice"].mul(retail["Quantity"]).sum()]})
    assert DataFrameModel(big).display_text(0, 0) == f"{big['Sales'].iloc[0]:,.2f}"


def test_ctrl_c_copies_the_selection_as_tsv(qtbot: QtBot, retail: pd.DataFrame) -> None:
    sample = retail.iloc[:50]
    view = DataFrameView()
    qtbot.addWidget(view)
    view.frame_model().set_frame(sample)
    view.show()
    model = view.frame_model()
    model.sort(_column(model, "UnitPrice"), Qt.SortOrder.DescendingOrder)
    top_left = model.index(0, 1)
    bottom_right = model.index(2, 3)
    view.selectionModel().select(
        QItemSelection(top_left, bottom_right), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    by_price = sample.sort_values("UnitPrice", ascending=False, kind="stable")
    expected = ["StockCode\tDescription\tQuantity"] + [
        f"{row.StockCode}\t{row.Description}\t{row.Quantity:,}"
        for row in by_price.iloc[:3].itertuples()
    ]
    assert text.splitlines() == expected


def test_500k_rows_build_sort_and_scroll(retail: pd.DataFrame) -> None:
    assert len(retail) == 541_909
    model = DataFrameModel(retail)  # speed: bench/table_model_bench.py
    assert model.rowCount() == 541_909
    model.sort(_column(model, "Description"), Qt.SortOrder.AscendingOrder)
    model.sort(_column(model, "UnitPrice"), Qt.SortOrder.DescendingOrder)
    assert float(model.value(0, _column(model, "UnitPrice"))) == retail["UnitPrice"].max()
    cells = [
        model.data(model.index(row, col))
        for row in range(0, 541_909, 271)  # 2,000 rows x 8 columns, like scrolling through
        for col in range(8)
    ]
    assert len(cells) == 16_000 and all(isinstance(c, str) for c in cells)


def test_copy_escapes_formula_looking_text_but_not_numbers() -> None:
    frame = pd.DataFrame(
        {
            "product_name": ["=1+2", "@SUM(A1)", "\t=cmd|' /C calc'!A0", "茶杯"],
            "refund": [-5.0, 1.0, 2.0, 3.0],
        }
    )
    model = DataFrameModel(frame)
    indexes = [model.index(r, c) for r in range(4) for c in range(2)]
    lines = model.selection_to_tsv(indexes).splitlines()
    assert lines == [
        "product_name\trefund",
        "'=1+2\t-5",
        "'@SUM(A1)\t1",
        "' =cmd|' /C calc'!A0\t2",
        "茶杯\t3",
    ]
