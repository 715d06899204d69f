"""The window around the tabs: opening shops, the overview's periods, the status bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from core.analysis.kpis import KpiParams, compute_kpis
from core.importer import import_file
from core.store import load_lines, open_shop
from gui.main_window import MainWindow
from gui.settings import Settings
from tests.conftest import shared_file

WAIT_MS = 120_000


@pytest.fixture(scope="module")
def superstore_shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A shop holding the Superstore 2019-2022 orders (imported once for the module)."""
    db = tmp_path_factory.mktemp("shop") / "superstore.sqlite"
    import_file(db, shared_file("superstore/variant-2019-2022/Sample - Superstore.csv"))
    return db


def test_opening_a_shop_shows_its_overview_and_remembers_it(
    qtbot: QtBot, window: MainWindow, superstore_shop: Path
) -> None:
    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS) as updated:
        window.open_shop(superstore_shop)
    assert window.tabs.currentWidget() is window.overview_tab  # a shop with orders
    assert window.windowTitle() == "superstore — ShopLens"
    assert window.shop_label.text() == "Shop: superstore"
    assert window.rows_label.text() == "10,194 order lines"
    assert Settings().recent_shops()[0] == superstore_shop.resolve()
    month = updated.args[0]
    assert month.period == "month"
    assert month.totals["net_sales"] == pytest.approx(2_326_534.35, abs=0.01)
    # README: order dates 2019-01-03 .. 2022-12-30; the data stop a day before December ends,
    # so November 2022 is the last complete month, and the notes say why.
    assert month.current_label == "2022-11"
    assert "Last complete month: 2022-11" in window.overview_tab.heading.text()
    assert "2022-12" in window.overview_tab.notes_label.text()


def test_switching_to_weeks_recomputes_the_cards(
    qtbot: QtBot, window: MainWindow, superstore_shop: Path
) -> None:
    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS):
        window.open_shop(superstore_shop)
    tab = window.overview_tab
    with qtbot.waitSignal(tab.updated, timeout=WAIT_MS) as updated:
        tab.period_combo.setCurrentIndex(tab.period_combo.findData("week"))
    week = updated.args[0]
    conn = open_shop(superstore_shop)
    try:
        expected = compute_kpis(load_lines(conn), KpiParams(period="week"))
    finally:
        conn.close()
    assert week.period == "week"
    assert week.current == expected.current
    assert week.current_label == expected.current_label
    orders = tab.cards["orders"]
    assert orders.value_label.text() == f"{expected.current['orders']:,.0f}"
    change = expected.change["orders"]
    if change is not None and change != 0:
        arrow = "▲" if change > 0 else "▼"
        assert orders.change_label.text().startswith(f"{arrow} {abs(change):.1%} vs ")
        assert orders.change_label.property("trend") == ("good" if change > 0 else "bad")


def test_a_file_that_is_no_shop_is_refused_in_words(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    not_a_shop = shared_file("superstore/variant-2019-2022/Sample - Superstore.csv")
    window.open_shop(not_a_shop)
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1
    assert "is not a ShopLens shop file" in boxes[0].text()
    assert window.db_path is None
    boxes[0].close()


def test_a_damaged_shop_is_refused_and_restore_backup_mends_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from core.backups import list_backups

    db = tmp_path / "mine.sqlite"
    rows = ["Order ID,Order Date,Customer,Quantity,Unit Price"]
    rows += [f"A{i},2024-03-{1 + i % 28:02d},c{i % 9},1,{i + 0.5}" for i in range(400)]
    (tmp_path / "a.csv").write_text("\n".join(rows[:201]) + "\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("\n".join([rows[0], *rows[201:]]) + "\n", encoding="utf-8")
    import_file(db, tmp_path / "a.csv")
    import_file(db, tmp_path / "b.csv")  # the copy taken before it holds the first 200 lines
    conn = open_shop(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page, pages = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_size", "page_count"))
    conn.close()
    with open(db, "r+b") as fh:
        fh.seek(page * 2)
        fh.write(b"\x5a" * page * (pages - 2))
    window.open_shop(db)
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1 and "is damaged" in boxes[0].text()
    assert "Restore backup" in boxes[0].text()
    boxes[0].close()
    assert window.db_path is None and window.damaged_shop == db
    backup = list_backups(db)[0]  # the newest: taken before b.csv
    assert backup.lines == 200
    assert window.restore_backup(db, backup)
    assert window.db_path == db and window.damaged_shop is None
    assert window.rows_label.text() == "200 order lines"
