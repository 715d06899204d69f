"""The shop protected from mixed files, through the window (issue 13 §3): the currency
question, File → Imports… with removing one import, and a file ShopLens cannot read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from core.importer import import_file
from core.store import line_count, shop_connection
from gui.files import import_file_filter
from gui.main_window import MainWindow

#: The offscreen platform cannot size native windows; Qt says so for every dialog shown.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

WAIT_MS = 60_000
HEADER = "Order ID,Order Date,Customer ID,Product,Quantity,Unit Price,Currency\n"


@pytest.fixture
def window(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The window on a shop that sells in USD (one order)."""
    db = tmp_path / "shop.sqlite"
    usd = tmp_path / "usd.csv"
    usd.write_text(HEADER + "1,2024-03-01,ann,Tea,2,4.50,USD\n", encoding="utf-8")
    import_file(db, usd)
    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS):
        window.open_shop(db)
    yield window


def _lines(db: Path) -> int:
    with shop_connection(db) as conn:
        return line_count(conn)


def _answer(box: QMessageBox, choice: str) -> None:
    button = next(b for b in box.findChildren(QPushButton) if b.property("choice") == choice)
    button.click()


def _ask(qtbot: QtBot, window: MainWindow, path: Path) -> QMessageBox:
    tab = window.import_tab
    with qtbot.waitSignal(tab.preview_shown, timeout=WAIT_MS):
        window.import_path(path)
    with qtbot.waitSignal(tab.currency_question, timeout=WAIT_MS) as asked:
        tab.start_import()
    box = asked.args[0]
    assert isinstance(box, QMessageBox)
    return box


def test_a_file_in_another_currency_asks_before_it_mixes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    shop = window.db_path
    assert shop is not None
    cny = tmp_path / "taobao.csv"
    cny.write_text(HEADER + "9,2024-03-02,li,Tea,1,30.00,CNY\n", encoding="utf-8")

    box = _ask(qtbot, window, cny)
    assert "CNY" in box.text() and "USD" in box.text() and "taobao.csv" in box.text()
    assert _lines(shop) == 1  # nothing written while the question is open
    with qtbot.waitSignal(window.import_tab.import_cancelled, timeout=WAIT_MS):
        _answer(box, "cancel")
    assert _lines(shop) == 1

    box = _ask(qtbot, window, cny)
    with qtbot.waitSignal(window.shop_opened, timeout=WAIT_MS) as opened:
        _answer(box, "new shop")
    new_shop = opened.args[0]
    assert new_shop == tmp_path / "shop (CNY).sqlite"
    assert window.db_path == new_shop and _lines(new_shop) == 1 and _lines(shop) == 1

    window.open_shop(shop)
    box = _ask(qtbot, window, cny)
    with qtbot.waitSignal(window.import_tab.imported, timeout=WAIT_MS) as done:
        _answer(box, "anyway")
    assert done.args[0].currency == "CNY" and _lines(shop) == 2


def test_an_import_is_removed_from_the_imports_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    shop = window.db_path
    assert shop is not None
    more = tmp_path / "april.csv"
    more.write_text(
        HEADER + "2,2024-04-01,bob,Cake,1,3.00,USD\n3,2024-04-02,cy,Tea,1,4.50,USD\n",
        encoding="utf-8",
    )
    second = import_file(shop, more)
    dialog = window.show_imports()
    assert dialog is not None
    assert [(e.file_name, e.lines_added) for e in dialog.entries()] == [
        ("april.csv", 2),
        ("usd.csv", 1),
    ]
    assert second.import_id is not None
    dialog.select_import(second.import_id)
    with qtbot.waitSignal(dialog.confirm_shown, timeout=WAIT_MS) as confirm:
        dialog.remove_button.click()
    box = confirm.args[0]
    assert "april.csv" in box.text()
    with qtbot.waitSignal(dialog.removed, timeout=WAIT_MS) as removed:
        box.button(QMessageBox.StandardButton.Yes).click()
    assert removed.args[0].lines_removed == 2
    assert "april.csv was removed: 2 order lines" in dialog.result_label.text()
    assert [e.file_name for e in dialog.entries()] == ["usd.csv"]
    assert _lines(shop) == 1 and window.rows_label.text() == "1 order lines"
    dialog.close()


def test_a_file_shoplens_cannot_read_is_answered_in_words(
    window: MainWindow, tmp_path: Path
) -> None:
    parquet = tmp_path / "orders.parquet"
    parquet.write_bytes(b"PAR1")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(parquet))])
    event = QDropEvent(
        QPointF(QPoint(200, 200)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1 and "orders.parquet" in boxes[0].text()
    assert "*.xlsx" in boxes[0].text()
    boxes[0].close()


def test_the_file_dialog_lists_each_ending_once() -> None:
    patterns = import_file_filter().split(";;")[0].split("(")[1].rstrip(")").split()
    assert len(patterns) == len(set(patterns)) == 10
    assert "*.csv.gz" in patterns and not any(p.endswith(".gz.gz") for p in patterns)
