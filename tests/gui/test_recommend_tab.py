"""The Recommendations tab in the window: computed when first shown, products and customers
picked, the evaluation said in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from gui.tabs.recommend_tab import RecommendTab
from gui.tabs.recommend_words import one_in
from gui.tasks import TaskRunner

WAIT_MS = 180_000


def test_recommendations_are_computed_when_the_tab_is_shown(
    qtbot: QtBot, window: MainWindow, demo_shop: Path
) -> None:
    tab = window.recommend_tab
    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS):
        window.open_shop(demo_shop)
    assert tab.result() is None  # opening a shop does not start the fit
    assert window.runner.current("recommend") is None
    with qtbot.waitSignal(tab.updated, timeout=WAIT_MS) as shown:
        window.tabs.setCurrentWidget(tab)
    expected = shown.args[0].result
    assert expected is tab.result()
    assert expected.evaluation is not None
    # The demo orders end on 2011-11-30: the last three months are judged.
    assert expected.evaluation.cutoff.isoformat() == "2011-08-31"
    words = tab.evaluation_label.text()
    hr, pop = expected.evaluation.ours.hr, expected.evaluation.popularity.hr
    assert hr > pop
    assert f"{one_in(hr)} bought something from our top 10" in words
    assert f"against {one_in(pop)} for the best-seller list" in words

    # Pick a product by searching for it.
    tab.product_search.setText("HANGING HEART T-LIGHT")
    visible = [
        tab.product_list.item(r)
        for r in range(tab.product_list.count())
        if not tab.product_list.item(r).isHidden()
    ]
    assert visible and all("HANGING HEART T-LIGHT" in i.text() for i in visible)
    tab.select_product("85123A")
    similar = tab.similar_view.frame_model().frame()
    mine = expected.similar[expected.similar["product_key"] == "85123A"]
    assert list(similar.iloc[:, 0]) == list(mine["similar_name"])
    assert "customers" in similar.iloc[0, 1]
    assert "Bought together:" in tab.rules_label.text()

    # Pick a customer: ten products, each with its reason in words.
    customer = tab.customer_list.item(3).data(Qt.ItemDataRole.UserRole)
    tab.select_customer(customer)
    listed = tab.customer_view.frame_model().frame()
    assert len(listed) == 10
    assert all(why for why in listed.iloc[:, 1])
    assert any(why.startswith("bought with ") for why in listed.iloc[:, 1])
    assert f"customer {customer}" in tab.customer_words.text()


def test_rates_read_as_customers_in_ten_or_one_in_n() -> None:
    assert one_in(0.44) == "4 customers in 10"
    assert one_in(0.25) == "3 customers in 10"
    assert one_in(0.083) == "1 customer in 12"
    assert one_in(0.0) == "no customer"


def test_refresh_can_be_cancelled(qtbot: QtBot, window: MainWindow, demo_shop: Path) -> None:
    tab = window.recommend_tab
    window.tabs.setCurrentWidget(tab)
    tab.set_shop(demo_shop)
    task = window.runner.current("recommend")
    assert task is not None
    with qtbot.waitSignal(task.cancelled, timeout=WAIT_MS):
        task.cancel()
    assert "Refresh" in tab.heading.text()


def test_pickers_reach_every_entry_beyond_the_shown_limit(qtbot: QtBot) -> None:
    """A shop with more customers than the list shows at once: search and selection still
    reach each of them."""
    runner = TaskRunner()
    tab = RecommendTab(runner)
    qtbot.addWidget(tab)
    entries = [(f"customer {i:05d}", f"{i:05d}") for i in range(6_000)]
    tab._fill(tab.customer_list, entries)
    assert tab.customer_list.count() == 5_000
    tab.customer_search.setText("customer 05999")
    assert [tab.customer_list.item(r).text() for r in range(tab.customer_list.count())] == [
        "customer 05999"
    ]
    tab.customer_search.clear()
    assert tab.customer_list.count() == 5_000
    tab.select_customer("05998")
    current = tab.customer_list.currentItem()
    assert current is not None and current.data(Qt.ItemDataRole.UserRole) == "05998"
    runner.shutdown(WAIT_MS)
