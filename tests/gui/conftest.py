"""GUI test setup: every test gets its own settings folder and organisation names."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.importer import import_file
from gui.main_window import MainWindow
from gui.settings import APPLICATION, ORGANIZATION, Settings, use_settings_folder
from gui.tasks import TaskRunner
from tests.conftest import PROJECT_ROOT


@pytest.fixture(autouse=True)
def _fresh_settings(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """QSettings write INI files into a new temporary folder, never the user's settings."""
    folder = tmp_path_factory.mktemp("settings")
    qapp.setOrganizationName(ORGANIZATION)
    qapp.setApplicationName(APPLICATION)
    use_settings_folder(folder)
    return folder


@pytest.fixture(autouse=True)
def _same_locale() -> Iterator[None]:
    """A test that switches the interface to 简体中文 (which sets Qt's default locale) leaves
    the next test in the language it found."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture(scope="session")
def demo_shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled demo orders (a real Online Retail sample) in a shop of their own, imported
    once for the session: the analysis tabs' tests read it and never add orders to it."""
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    import_file(db, PROJECT_ROOT / "resources" / "demo" / "online_retail_demo.csv.gz")
    return db


def copy_shop(source: Path, target: Path) -> Path:
    """A copy of a shop file through SQLite's backup API (whole, whatever its journal holds)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


@pytest.fixture(scope="session")
def analysed_demo_shop(demo_shop: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo shop with every analysis computed once and kept in the file, as a user's shop is
    after the first look: tests of finished tabs (screenshots, the Chinese walk, the event-loop
    gap) copy it and read the results back instead of computing them again each. Computing is
    tested where it is the point (each tab's own tests, tests/core/test_sections.py)."""
    from core.sections.run import analyze_shop

    db = copy_shop(demo_shop, tmp_path_factory.mktemp("analysed") / "demo.sqlite")
    summary = analyze_shop(db)
    failed = [n for n, s in summary.items() if isinstance(s, dict) and s.get("status") == "error"]
    assert not failed, f"the demo shop's analyses ended in an error: {failed}"
    return db


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    """The main window, shown, with a task runner of its own that is shut down afterwards.
    (A test module that needs it on a particular shop overrides this fixture and opens one.)"""
    runner = TaskRunner()
    win = MainWindow(runner, Settings())
    qtbot.addWidget(win)
    win.show()
    yield win
    runner.shutdown(180_000)
