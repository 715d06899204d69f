"""A window that never freezes (issue 13 §1): column widths from a sample of rows, closing
while a job runs, the analysis libraries loaded after the window shows."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.progress import Progress
from gui.main_window import MainWindow
from gui.models.dataframe_model import DataFrameModel
from gui.settings import Settings
from gui.tasks import TaskRunner
from gui.widgets.table_view import SAMPLE_ROWS, DataFrameView, sample_rows
from tests.conftest import PROJECT_ROOT

#: The offscreen platform cannot size native windows; Qt says so for every dialog shown.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

WAIT_MS = 60_000


class CountingModel(DataFrameModel):
    """Counts how many cells the view asks for."""

    calls = 0

    def display_text(self, row: int, column: int) -> str:
        CountingModel.calls += 1
        return super().display_text(row, column)

    def data(self, index, role=0):  # type: ignore[no-untyped-def]
        CountingModel.calls += 1
        return super().data(index, role)


def test_column_widths_read_a_sample_not_every_row(qtbot: QtBot) -> None:
    rows = 100_000
    frame = pd.DataFrame(
        {
            "customer": [f"C{i}" for i in range(rows)],
            "spend": np.arange(rows, dtype=float) * 1.5,
        }
    )
    frame.loc[rows - 1, "customer"] = "a customer with a long name at the very end"
    model = CountingModel()
    view = DataFrameView(model=model)
    qtbot.addWidget(view)
    model.set_frame(frame)
    CountingModel.calls = 0
    view.fit_columns(max_width=1000)
    assert CountingModel.calls == 2 * len(sample_rows(rows)) == 2 * 2 * SAMPLE_ROWS
    assert sample_rows(rows)[-1] == rows - 1  # the last row is in the sample
    metrics = view.fontMetrics()
    wide = metrics.horizontalAdvance("a customer with a long name at the very end")
    assert view.columnWidth(0) >= wide
    assert view.columnWidth(1) < wide
    assert sample_rows(5) == [0, 1, 2, 3, 4]


def test_closing_while_a_job_runs_closes_at_once_and_cancels_it(qtbot: QtBot) -> None:
    runner = TaskRunner()
    window = MainWindow(runner, Settings())
    qtbot.addWidget(window)
    window.show()
    release = threading.Event()
    inside = threading.Event()

    def model_fit(progress: Progress) -> str:
        """A job inside a long library call: no progress point until it returns."""
        progress(0.0, "fitting")
        inside.set()
        release.wait()
        progress(1.0, "done")  # its first progress point after the cancel: raises Cancelled
        return "fitted"

    task = runner.start("forecast", model_fit)
    assert inside.wait(WAIT_MS / 1000)
    assert window.close()
    assert not window.isVisible()
    assert task.cancel_requested
    # the app's exit waits a short while for it, then ends the process (gui.app.exit_now)
    assert not runner.shutdown(0, write_timeout_ms=0)
    release.set()
    assert runner.shutdown(WAIT_MS)
    assert task.wait(0)  # the worker returned: its Cancel was honoured at its progress point


def test_the_analysis_libraries_load_after_the_window_shows() -> None:
    """Importing the window's code imports no scikit-learn, SciPy or statsmodels."""
    probe = (
        "import sys, gui.app, gui.main_window\n"
        "heavy = sorted(m for m in ('sklearn', 'scipy', 'statsmodels') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_deferred_tabs_arrive_on_the_open_shop(qtbot: QtBot, demo_shop: Path) -> None:
    runner = TaskRunner()
    window = MainWindow(runner, Settings(), defer_analysis_tabs=True)
    qtbot.addWidget(window)
    assert window.tab_loader is not None
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "Import", "Overview", "Customers", "Forecast", "Recommendations", "Campaigns"
    ]  # fmt: skip
    window.open_shop(demo_shop)
    assert window.tab_loader.wait(180)  # the imports are done (a busy machine: generous)
    qtbot.waitUntil(lambda: bool(window.analysis_tabs()), timeout=WAIT_MS)
    assert window.tabs.widget(2) is window.customers_tab
    assert [name for name, _tab in window.analysis_tabs()] == [
        "customers",
        "forecast",
        "recommendations",
        "campaigns",
    ]
    for _name, tab in window.analysis_tabs():  # each computes on the open shop when shown
        assert getattr(tab, "db_path", None) == demo_shop
    window.close()
    runner.shutdown(180_000)
    QApplication.processEvents()
