"""The Campaigns tab in the window: computed when first shown, one card per campaign type with
its rule in words, the profit curve, Export… recording the campaign."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from core.campaigns.kinds import KINDS, UNMEASURED
from gui.main_window import MainWindow
from gui.tabs.campaigns_tab import EXPORT_OWNER

WAIT_MS = 300_000


def test_campaign_cards_and_export(
    qtbot: QtBot, window: MainWindow, demo_shop: Path, tmp_path: Path
) -> None:
    shop = tmp_path / "demo.sqlite"
    shop.write_bytes(demo_shop.read_bytes())
    tab = window.campaigns_tab
    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS):
        window.open_shop(shop)
    assert tab.result() is None  # computed only when shown
    with qtbot.waitSignal(tab.updated, timeout=WAIT_MS) as shown:
        window.tabs.setCurrentWidget(tab)
    result = shown.args[0].result
    assert result is tab.result()
    assert tab.computed_label.text().startswith("Computed on")
    assert [tab.cards.item(i).text().split(" — ")[0] for i in range(tab.cards.count())] == [
        *(k.title for k in KINDS),
        "Do not contact",
    ]
    assert UNMEASURED in tab.note_label.text()
    plan = tab.current_plan()
    assert plan is not None and plan.audience > 0
    assert result.plan(plan.key) is plan
    assert plan.rule in tab.card_label.text().replace("&#x27;", "'")
    assert tab.chart.figure() is not None
    assert tab.export_button.isEnabled()
    out = tmp_path / "list.xlsx"
    tab.export_to(plan.key, "xlsx", out)
    task = window.runner.current(EXPORT_OWNER)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert out.exists() and "kept back as the holdout" in tab.export_label.text()
    tab.cards.setCurrentRow(tab.cards.count() - 1)  # the excluded customers, with reasons
    assert tab.current_plan() is None and not tab.export_button.isEnabled()
    assert f"{len(result.do_not_contact):,} customers are left out" in tab.card_label.text()
    with sqlite3.connect(shop) as conn:
        assert conn.execute("SELECT kind FROM campaigns").fetchall() == [(plan.key,)]
