"""The Customers tab through qtbot, on the bundled demo shop (a real Online Retail sample)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.customers.clusters import FEATURE_WORDS
from core.customers.rfm import SEGMENT_ADVICE, SEGMENTS
from core.importer import import_file
from core.store import load_lines, open_shop
from gui.main_window import MainWindow
from gui.settings import Settings
from gui.tabs.customers_tab import ADVICE_WORDS, CHART_WORDS, GROUP_WORDS, OWNER, CustomersTab
from gui.tasks import TaskRunner
from tests.conftest import shared_file

WAIT_MS = 180_000


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown(WAIT_MS)


def test_customers_tab_computes_when_shown(
    qtbot: QtBot, runner: TaskRunner, demo_shop: Path
) -> None:
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1300, 850)
    tab.set_shop(demo_shop)
    assert runner.current(OWNER) is None  # hidden: nothing computed at shop open
    with qtbot.waitSignal(tab.updated, timeout=WAIT_MS) as done:
        tab.show()
    insights = done.args[0].insights
    conn = open_shop(demo_shop)
    try:
        lines = load_lines(conn, columns=("customer_id", "is_return"))
    finally:
        conn.close()
    buyers = lines.loc[~lines["is_return"], "customer_id"].dropna().nunique()
    assert len(insights.table) == buyers == tab.customers_page.model.rowCount()
    assert insights.skipped == {}
    assert tab.segments_page.model.rowCount() == len(SEGMENTS)
    assert tab.segments_page.model.frame()["customers"].sum() == buyers
    assert tab.groups_page.model.rowCount() == insights.clusters.k
    assert "AUC" in tab.heading.text()
    for chart in tab.charts():
        assert chart.figure() is not None
    column = list(tab.customers_page.model.frame().columns).index("p_alive")
    tip = tab.customers_page.model.headerData(
        column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "chance" in tip

    page = tab.customers_page
    # search one customer, then pick them: the detail pane shows their orders and reasons
    customer = str(insights.table.sort_values("monetary").iloc[-1]["customer_id"])
    page.search.setText(customer)
    page.apply_filter()
    assert tab.customers_page.model.rowCount() == 1
    page.view.selectRow(0)
    assert customer in page.detail.title.text()
    assert page.detail.chart.figure() is not None
    assert "Churn risk" in page.detail.reasons.text()

    # a segment filter keeps only that segment
    page.search.clear()
    page.segment_filter.setCurrentIndex(page.segment_filter.findData("Champions"))
    shown = tab.customers_page.model.frame()
    expected = int((insights.table["segment"] == "Champions").sum())
    assert len(shown) == expected > 0 and (shown["segment"] == "Champions").all()


def test_shop_without_customer_ids_says_why(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    raw = pd.read_csv(shared_file("superstore/variant-2019-2022/Sample - Superstore.csv"))
    export = tmp_path / "no_customers.csv"
    raw[["Order ID", "Order Date", "Sales"]].to_csv(export, index=False)
    db = tmp_path / "shop.sqlite"
    import_file(db, export)
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.failed, timeout=WAIT_MS) as failed:
        tab.set_shop(db)  # visible: computes at once
    assert "no customer column" in failed.args[0]
    assert "no customer column" in tab.heading.text()


def test_main_window_has_the_tab_after_overview(qtbot: QtBot, runner: TaskRunner) -> None:
    window = MainWindow(runner, Settings())
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[:3] == ["Import", "Overview", "Customers"]
    assert window.tabs.widget(2) is window.customers_tab


def test_cancel_leaves_the_tab_ready_to_refresh(
    qtbot: QtBot, runner: TaskRunner, demo_shop: Path
) -> None:
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    tab.set_shop(demo_shop)
    tab.refresh()
    task = runner.current(OWNER)
    assert task is not None
    with qtbot.waitSignal(task.cancelled, timeout=WAIT_MS):
        task.cancel()
    assert "Cancelled" in tab.heading.text()
    assert tab.insights() is None


def test_words_for_translation_follow_core() -> None:
    """lupdate reads literal strings only: the lists must hold every word core can show."""
    assert set(ADVICE_WORDS) == set(SEGMENT_ADVICE.values())
    assert set(SEGMENTS) <= set(CHART_WORDS)
    group_words = {w for pair in FEATURE_WORDS.values() for w in pair}
    assert set(GROUP_WORDS) == group_words | {"average on every measure"}


def test_a_reopened_shop_shows_the_kept_result_at_once(
    qtbot: QtBot, runner: TaskRunner, demo_shop: Path
) -> None:
    """The customers were analysed before (here, or by the test above): a tab opened on the
    shop again reads the kept result instead of computing it, and says when it was computed."""
    from core.sections.run import run_sections

    kept = run_sections(demo_shop, ["customers"])["customers"]
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    tab.set_shop(demo_shop)
    with qtbot.waitSignal(tab.updated, timeout=WAIT_MS) as done:
        tab.show()
    data = done.args[0]
    assert data.outcome.from_store
    assert data.outcome.computed_at == kept.computed_at
    pd.testing.assert_frame_equal(data.insights.table, kept.result.table)
    assert tab.computed_label.isVisible()
    assert tab.computed_label.text().startswith(
        f"Computed on {kept.computed_at:%Y-%m-%d %H:%M} from {kept.lines:,} order lines"
    )
