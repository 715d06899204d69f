"""Several files dropped at once: each imported in turn with its own report; a file that
cannot be imported is named with the reason and the others go on.

Figures from the Superstore README: the classic workbook holds 9,994 order lines (2014-2017),
the 2019-2022 CSV 10,194; their orders do not overlap, so the shop ends with both.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from core.importer import ImportReport
from core.store import line_count, open_shop
from gui.main_window import MainWindow
from gui.tabs.import_batch import BatchResult
from tests.conftest import shared_file

WAIT_MS = 120_000


@pytest.fixture
def window(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS):
        window.open_shop(tmp_path / "shop.sqlite")
    yield window


def _drop(window: MainWindow, files: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(
        QPointF(QPoint(200, 200)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    return event


def test_files_dropped_together_are_imported_one_after_the_other(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    classic = shared_file("superstore/Sample - Superstore.xls")
    recent = shared_file("superstore/variant-2019-2022/Sample - Superstore.csv")
    no_orders = tmp_path / "colours.csv"  # a list of colours, not an order export
    no_orders.write_text("Product,Colour\nMug,red\nCup,blue\n", encoding="utf-8")
    tab = window.import_tab
    reports: list[ImportReport] = []
    tab.imported.connect(reports.append)
    with qtbot.waitSignal(tab.batch_finished, timeout=WAIT_MS) as finished:
        event = _drop(window, [classic, no_orders, recent])
    assert event.isAccepted()
    result: BatchResult = finished.args[0]

    assert [r.file for r in reports] == ["Sample - Superstore.xls", "Sample - Superstore.csv"]
    assert [r.rows_imported for r in reports] == [9_994, 10_194]
    assert result.reports == reports
    db = window.db_path
    assert db is not None
    conn = open_shop(db)
    try:
        assert line_count(conn) == 9_994 + 10_194
    finally:
        conn.close()
    assert result.refused == [
        (
            "colours.csv",
            "no column was found for order date, "
            "line amount (or quantity and unit price to compute it).",
        )
    ]
    # The report shown is the last file's; the status bar sums up and names the refused file.
    assert tab.report_view.report() is reports[-1]
    assert tab.right_tabs.currentIndex() == 1
    assert window.statusBar().currentMessage() == (
        "2 of 3 files imported into shop. Not imported: colours.csv (the Import tab says why)."
    )
    assert "colours.csv was not imported: no column was found for order date" in (
        tab.status_label.text()
    )
    assert not tab.is_busy()
    assert window.rows_label.text() == "20,188 order lines"
