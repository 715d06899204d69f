"""The window never freezes while the demo shop's tabs receive their results (issue 13 §1).

The one timing assertion of the suite, by design: a generous bound (300 ms offscreen, on a
shared machine) on the longest gap of the event loop while each analysis tab of the demo shop
puts its result on screen (tables, column widths, charts) and the user moves through the
customer table. The results are computed first, outside the measure (the Overview's
date-range job too): a worker competing for the interpreter while it computes is
bench/window_bench.py's business, which reports both. The design goal is 100 ms.

With the other core kept busy by another process (as beside a second test worker) the
longest gap was 287–446 ms, most of it the GUI thread waiting for the interpreter while
another thread ran a full garbage collection (and the date-range job still reading lines);
with gui/interpreter.py and that job waited for, 65–218 ms in eleven runs (median 81 ms).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gui.gap_meter import GapMeter
from gui.main_window import MainWindow
from gui.widgets.chart_canvas import renders
from tests.gui.conftest import copy_shop

#: The offscreen platform cannot size native windows; Qt says so for every dialog shown.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

GAP_BOUND_S = 0.300
WAIT_MS = 120_000
COMPUTE_MS = 1_000_000


@pytest.mark.timeout(1200)
def test_tabs_receive_their_results_without_freezing_the_window(
    qtbot: QtBot, window: MainWindow, analysed_demo_shop: Path, tmp_path: Path
) -> None:
    window.resize(1366, 768)
    shop = copy_shop(analysed_demo_shop, tmp_path / "demo.sqlite")  # results kept: read back
    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS):
        window.open_shop(shop)
    results: dict[str, object] = {}
    for name, tab in window.analysis_tabs():  # all at once, on the runner's threads
        tab.updated.connect(lambda data, name=name: results.__setitem__(name, data))
        tab.refresh()  # type: ignore[attr-defined]
    tabs = window.analysis_tabs()
    qtbot.waitUntil(lambda: len(results) == len(tabs), timeout=COMPUTE_MS)
    # and the Overview's date-range job (it reads every line) and the charts it drew
    qtbot.waitUntil(lambda: not window.runner.running_tasks(), timeout=COMPUTE_MS)
    qtbot.waitUntil(lambda: renders().pending == 0, timeout=WAIT_MS)
    meter = GapMeter()
    meter.start()
    for name, tab in window.analysis_tabs():
        meter.label = name
        window.tabs.setCurrentWidget(tab)  # type: ignore[arg-type]
        tab.show_result(results[name])  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: renders().pending == 0, timeout=WAIT_MS)
        qtbot.wait(50)  # let the pictures reach the screen (the event loop runs meanwhile)
    meter.label = "moving through the customer table"
    page = window.customers_tab.customers_page
    window.tabs.setCurrentWidget(window.customers_tab)
    with qtbot.waitSignal(page.detail.chart_shown, timeout=WAIT_MS):
        for row in range(40):  # arrow keys through the table
            page.view.selectRow(row)
            qtbot.wait(5)
    qtbot.waitUntil(lambda: renders().pending == 0, timeout=WAIT_MS)
    longest = meter.stop()
    assert meter.ticks > 20  # the timer did run all along
    assert page.model.rowCount() > 1000
    assert isinstance(page.detail.chart, QWidget) and not page.detail.chart.picture().isNull()
    assert longest < GAP_BOUND_S, (
        f"the window froze {longest * 1000:.0f} ms ({meter.where}; "
        f"its own work {meter.longest_own * 1000:.0f} ms of it)"
    )
