"""The demo shop and the user's own shop: first start, imports while the demo is open, a demo
setup that is cancelled or fails.

Figures: the demo sample holds 137,646 lines (resources/demo/README.md), all kept by the
import; Superstore 2019-2022 has 10,194 lines and net sales 2,326,534.35 (its README).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

import gui.main_window as main_window_module
from core.demo import ensure_demo_shop
from core.errors import StoreError
from core.paths import default_shop_path, demo_shop_path
from core.progress import Progress
from core.store import line_count, open_shop
from gui.app import shop_to_open
from gui.main_window import MainWindow
from gui.settings import Settings
from tests.conftest import shared_file

SUPERSTORE_CSV = "superstore/variant-2019-2022/Sample - Superstore.csv"
DEMO_LINES = 137_646
WAIT_MS = 120_000


def _lines(db: Path) -> int:
    conn = open_shop(db)
    try:
        return line_count(conn)
    finally:
        conn.close()


@pytest.fixture(scope="module")
def filled_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo shop filled once for the module; tests copy it to where the app looks for it."""
    db = tmp_path_factory.mktemp("demo") / "Demo shop.sqlite"
    assert ensure_demo_shop(db)
    return db


def _copy_shop(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def test_first_start_opens_the_demo_shop(qtbot: QtBot, window: MainWindow) -> None:
    settings = window.settings
    path, fill = shop_to_open(None, settings)
    assert (path, fill) == (demo_shop_path(), True)
    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS):
        window.open_shop(path, fill_demo=fill)
    assert window.db_path == demo_shop_path()
    assert _lines(demo_shop_path()) == DEMO_LINES
    assert not default_shop_path().exists()  # the user's own shop holds no demo orders
    assert window.windowTitle() == "Demo shop (sample orders) — ShopLens"
    assert window.shop_label.text() == (
        "Demo shop: sample orders, not yours. Your imports go into My shop."
    )
    assert window.shop_label.property("demo") is True
    assert window.rows_label.text() == "137,646 order lines"
    assert window.tabs.currentWidget() is window.overview_tab
    assert window.import_tab.import_target() == default_shop_path()
    # The next start opens the most recent shop: still the demo (its filling is then a no-op).
    assert shop_to_open(None, settings) == (demo_shop_path().resolve(), True)


def test_the_next_start_opens_the_most_recent_shop(tmp_path: Path) -> None:
    settings = Settings()
    mine = tmp_path / "Corner shop.sqlite"
    open_shop(mine).close()
    settings.add_recent_shop(mine)
    assert shop_to_open(None, settings) == (mine.resolve(), False)
    mine.unlink()  # gone since: the demo shop again
    assert shop_to_open(None, settings) == (demo_shop_path(), True)
    # A shop named on the command line is opened as it is; screenshot mode fills a new one.
    named = tmp_path / "named.sqlite"
    assert shop_to_open(named, settings) == (named, False)
    assert shop_to_open(named, settings, screenshot=True) == (named, True)
    other = tmp_path / "other.sqlite"
    open_shop(other).close()
    settings.add_recent_shop(other)
    assert shop_to_open(None, settings, screenshot=True) == (demo_shop_path(), True)


def test_an_import_while_the_demo_shop_is_open_goes_into_my_shop(
    qtbot: QtBot, window: MainWindow, filled_demo: Path
) -> None:
    _copy_shop(filled_demo, demo_shop_path())
    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS):
        window.open_shop(demo_shop_path(), fill_demo=True)
    assert _lines(demo_shop_path()) == DEMO_LINES
    tab = window.import_tab
    with qtbot.waitSignal(tab.preview_shown, timeout=WAIT_MS):
        window.import_path(shared_file(SUPERSTORE_CSV))
    assert tab.import_button.isEnabled()
    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS) as updated:  # noqa: SIM117
        with qtbot.waitSignal(tab.imported, timeout=WAIT_MS) as done:
            qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert done.args[0].rows_imported == 10_194
    # The lines went into the user's own shop, created for them; the demo shop is as it was.
    assert _lines(default_shop_path()) == 10_194
    assert _lines(demo_shop_path()) == DEMO_LINES
    # The window now shows the user's shop, still on the report, and says what happened.
    assert window.db_path == default_shop_path()
    assert window.windowTitle() == "My shop — ShopLens"
    assert window.shop_label.property("demo") is False
    assert window.rows_label.text() == "10,194 order lines"
    assert window.tabs.currentWidget() is tab
    moved = "Your file went into your own shop, My shop; the demo shop stays as it was."
    assert tab.report_view.toPlainText().count(moved) == 1
    assert window.statusBar().currentMessage() == (
        moved + " Sample - Superstore.csv: 10,194 new order lines imported into My shop."
    )
    assert updated.args[0].totals["net_sales"] == pytest.approx(2_326_534.35, abs=0.01)
    assert tab.import_target() == default_shop_path()  # from now on straight into it
    assert Settings().recent_shops()[0] == default_shop_path().resolve()


def _held_demo_setup(
    monkeypatch: pytest.MonkeyPatch, failure: Exception | None = None
) -> tuple[threading.Event, threading.Event]:
    """The demo setup waits in its worker until the test lets it go on (or fail)."""
    started, go_on = threading.Event(), threading.Event()

    def held(db_path: Path, progress: Progress) -> bool:
        started.set()
        go_on.wait(WAIT_MS / 1000)
        if failure is not None:
            raise failure
        return ensure_demo_shop(db_path, progress=progress)

    monkeypatch.setattr(main_window_module, "ensure_demo_shop", held)
    return started, go_on


def test_a_cancelled_demo_setup_leaves_import_usable(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, go_on = _held_demo_setup(monkeypatch)
    window.open_shop(demo_shop_path(), fill_demo=True)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    assert window.rows_label.text() == "Preparing the demo shop…"
    assert window.task_status.task is window.runner.current("shop")
    with qtbot.waitSignal(window.shop_opened, timeout=WAIT_MS):
        window.task_status.cancel()  # the status bar's Cancel button
        go_on.set()
    assert window.rows_label.text() == "0 order lines"
    assert window.tabs.currentWidget() is window.import_tab
    assert window.statusBar().currentMessage() == (
        "The demo shop was not prepared. You can import your own orders."
    )
    assert _lines(demo_shop_path()) == 0  # the setup's transaction was rolled back

    tab = window.import_tab
    with qtbot.waitSignal(tab.preview_shown, timeout=WAIT_MS):
        window.import_path(shared_file(SUPERSTORE_CSV))
    assert tab.import_button.isEnabled()
    with qtbot.waitSignal(window.shop_opened, timeout=WAIT_MS):
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert _lines(default_shop_path()) == 10_194
    assert _lines(demo_shop_path()) == 0
    assert window.rows_label.text() == "10,194 order lines"


def test_a_failed_demo_setup_says_why_and_leaves_import_usable(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    failure = StoreError("The demo data could not be read.")
    _, go_on = _held_demo_setup(monkeypatch, failure)
    go_on.set()
    with qtbot.waitSignal(window.shop_opened, timeout=WAIT_MS):
        window.open_shop(demo_shop_path(), fill_demo=True)
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert [b.text() for b in boxes] == ["The demo data could not be read."]
    boxes[0].close()
    assert window.rows_label.text() == "0 order lines"
    tab = window.import_tab
    with qtbot.waitSignal(tab.preview_shown, timeout=WAIT_MS):
        window.import_path(shared_file(SUPERSTORE_CSV))
    assert tab.import_button.isEnabled()
