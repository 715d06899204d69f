"""Starting the app: screenshot mode, translations, settings, Qt messages into logging."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings, qWarning
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.demo import demo_file
from core.importer import import_file
from core.paths import default_shop_path, demo_shop_path
from core.store import line_count, open_shop
from gui.app import install_translators, qt_message_handler, run_gui, selftest_window
from gui.logfile import log_file_path
from gui.main_window import MainWindow
from gui.settings import Settings
from gui.tasks import TaskRunner
from tests.conftest import shared_file
from tests.gui.conftest import copy_shop


def _distinct_colours(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32)[: image.width() * image.height()]
    return len(np.unique(pixels))


def test_screenshot_mode_writes_one_png_per_tab_and_the_report(
    tmp_path: Path, analysed_demo_shop: Path
) -> None:
    # The demo shop as a user has it after a first look: its analyses kept in the file (the
    # first start that creates it is tests/gui/test_demo_shop.py's).
    copy_shop(analysed_demo_shop, demo_shop_path())
    shots = tmp_path / "shots"
    assert run_gui(None, screenshot_dir=shots) == 0
    names = sorted(p.name for p in shots.glob("*.png"))
    assert names == [
        "campaigns.png",
        "customers.png",
        "forecast.png",
        "import-report.png",
        "import.png",
        "overview.png",
        "recommendations.png",
    ]
    for name in names:
        image = QImage(str(shots / name))
        assert (image.width(), image.height()) == (1360, 860)
        assert _distinct_colours(image) > 50, f"{name} looks blank"
    # It showed the demo shop (README: 137,646 lines, all kept); the import it made from there
    # went, as a user's would, into an own shop, here a temporary one: the user's own shop
    # was not created and their settings were not touched.
    conn = open_shop(demo_shop_path())
    try:
        assert line_count(conn) == 137_646
    finally:
        conn.close()
    assert not default_shop_path().exists()
    assert Settings().recent_shops() == []
    assert demo_file().exists()
    log = log_file_path().read_text(encoding="utf-8")
    assert (
        "screenshots saved: overview.png, customers.png, forecast.png, recommendations.png, "
        "campaigns.png, import.png, import-report.png"
    ) in log


def test_the_selftest_leaves_the_users_settings_alone(tmp_path: Path) -> None:
    db = tmp_path / "superstore.sqlite"
    import_file(db, shared_file("superstore/variant-2019-2022/Sample - Superstore.csv"))
    selftest_window(db)
    assert Settings().recent_shops() == []


def test_chinese_interface_is_translated(qtbot: QtBot, qapp: QApplication) -> None:
    translators = install_translators(qapp, "zh_CN")
    try:
        assert translators, "resources/i18n/shoplens_zh_CN.qm is loaded"
        runner = TaskRunner()
        window = MainWindow(runner, Settings())
        qtbot.addWidget(window)
        assert window.tabs.tabText(0) == "导入"
        assert window.tabs.tabText(1) == "概览"
        assert window.overview_tab.cards["net_sales"].title_label.text() == "净销售额"
        header = window.import_tab.mapping_table.horizontalHeaderItem(1)
        assert header is not None and header.text() == "文件中的列"
        runner.shutdown()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_settings_remember_recent_shops_and_language(tmp_path: Path) -> None:
    shops = [tmp_path / f"shop{i}.sqlite" for i in range(10)]
    for shop in shops:
        shop.write_bytes(b"")
    settings = Settings()
    settings.add_recent_shop(shops[0])
    # Read back through a fresh QSettings: a one-item list comes back from INI as a string.
    assert Settings(QSettings()).recent_shops() == [shops[0].resolve()]
    for shop in shops[1:]:
        settings.add_recent_shop(shop)
    settings.add_recent_shop(shops[3])
    recent = Settings(QSettings()).recent_shops()
    assert recent[0] == shops[3].resolve()
    assert len(recent) == 8 and len(set(recent)) == 8
    shops[9].unlink()
    assert shops[9].resolve() not in Settings(QSettings()).recent_shops()
    settings.set_language("zh_CN")
    settings.set_last_folder(tmp_path)
    fresh = Settings(QSettings())
    assert fresh.language() == "zh_CN"
    assert fresh.last_folder() == tmp_path
    settings.set_language(None)
    assert Settings(QSettings()).language() is None


def test_qt_warnings_go_into_logging(caplog: pytest.LogCaptureFixture) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(qt_message_handler)
    try:
        with caplog.at_level(logging.WARNING, logger="gui.qt"):
            qWarning("the printer is out of paper")
    finally:
        qInstallMessageHandler(previous)
    assert any(
        r.name == "gui.qt" and "the printer is out of paper" in r.getMessage()
        for r in caplog.records
    )


def test_an_unexpected_error_is_logged_and_shown(caplog: pytest.LogCaptureFixture) -> None:
    from gui.app import _make_excepthook

    shown: list[str] = []
    hook = _make_excepthook(shown.append)
    try:
        {}["no such order"]
    except KeyError as exc:
        with caplog.at_level(logging.CRITICAL, logger="gui.app"):
            hook(KeyError, exc, exc.__traceback__)
    assert shown == ["KeyError: 'no such order'"]
    record = next(r for r in caplog.records if r.name == "gui.app")
    assert record.exc_info is not None and record.exc_info[0] is KeyError
