"""Numbers that explain themselves on the Overview (issue 13 §4): unknown is not zero, and a
rise against a near-empty period reads "new"."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.importer import import_file
from gui.main_window import MainWindow
from gui.widgets.kpi_card import UNKNOWN, KpiCard

#: The offscreen platform cannot size native windows; Qt says so for every dialog shown.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

WAIT_MS = 120_000


def test_a_file_without_customers_or_quantities_shows_a_dash_and_why(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    export = tmp_path / "till.csv"
    rows = [f"A{i},2024-0{1 + i % 3}-1{i % 9},{10 + i}.50" for i in range(30)]
    export.write_text("Order ID,Order Date,Amount\n" + "\n".join(rows) + "\n", encoding="utf-8")
    db = tmp_path / "shop.sqlite"
    assert import_file(db, export).rows_imported == 30
    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS):
        window.open_shop(db)
    cards = window.overview_tab.cards
    for key in ("customers", "new_customers", "returning_customers", "units"):
        assert cards[key].value_label.text() == UNKNOWN, key
    assert "no customer column" in cards["customers"].total_label.text()
    assert "no quantity column" in cards["units"].total_label.text()
    assert cards["orders"].value_label.text() not in (UNKNOWN, "0")


def test_a_rise_from_next_to_nothing_reads_new(qtbot: QtBot) -> None:
    card = KpiCard("Net sales")
    qtbot.addWidget(card)
    card.set_figures("36,112.00", 361.111, "2011-11", "All orders: 40,000.00")
    assert card.change_label.text() == "▲ new: next to nothing in 2011-11"
    card.set_figures("1,200.00", 0.2, "2011-11", "")
    assert card.change_label.text() == "▲ 20.0% vs 2011-11"
