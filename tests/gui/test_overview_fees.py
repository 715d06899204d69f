"""The Overview shows fees and adjustments as their own card, and "unknown" for what an
order-level export cannot tell (Tmall's report has no buyer and no products)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from core.importer import import_file
from gui.main_window import MainWindow
from tests import fixtures_gen as gen

WAIT_MS = 120_000


def test_tmall_shop_shows_fees_card_and_unknown_units(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    db = tmp_path / "tmall.sqlite"
    import_file(db, gen.tmall_report(tmp_path))
    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS) as updated:
        window.open_shop(db)
    result = updated.args[0]
    assert result.totals["gross_sales"] == 6388.8
    cards = window.overview_tab.cards
    assert cards["fees"].title_label.text() == "Fees and adjustments"
    assert cards["returns"].title_label.text() == "Returns and refunds"
    # the orders end on 28 February 2020: no complete month, the headline is the all-time figure
    assert cards["returns"].value_label.text() == "877.81"
    assert cards["fees"].value_label.text() == "0.00"
    assert cards["units"].value_label.text() == "—"  # unknown, with the reason beside it
    assert cards["customers"].value_label.text() == "—"
    assert cards["customers"].total_label.text() == "Unknown: the orders have no customer column."
