"""What the window says: core's phrases translated, its errors in the window's own words, and a
log file that messages can name."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.errors import MissingFieldsError
from core.ingest.clean import REASONS
from core.paths import data_dir
from core.progress import Progress
from gui.app import install_translators
from gui.labels import _CORE_PHRASES, error_text, plain_words
from gui.logfile import details_in_log, log_file_path, open_log_file
from gui.tasks import TaskRunner


def test_every_reason_core_gives_for_leaving_rows_out_is_translated(qapp: QApplication) -> None:
    assert set(REASONS) <= set(_CORE_PHRASES)
    translators = install_translators(qapp, "zh_CN")
    try:
        untranslated = [r for r in REASONS if plain_words(r) == r]
        assert untranslated == []
        assert plain_words(
            "zero-value line of a customer that is no sale (a free item given back)"
        ) == ("客户的零金额行，但不是销售（退回的赠品）")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_missing_columns_are_explained_in_the_windows_words(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """The core message also advises --mapping for the command line; the window does not."""
    error = MissingFieldsError(
        ["order date", "line amount (or quantity and unit price to compute it)"],
        ["Product", "Colour"],
    )
    expected = (
        "This file cannot be imported yet: no column was found for order date, line amount "
        "(or quantity and unit price to compute it). Pick the column for each in the table on "
        "the left (What each column means), then import again. "
        "The columns in this file: “Product”, “Colour”."
    )
    assert error_text(error) == expected
    assert "--mapping" in str(error)

    runner = TaskRunner()

    def import_job(progress: Progress) -> None:
        raise error

    task = runner.start("import", import_job)
    with qtbot.waitSignal(task.failed, timeout=5_000) as failed:
        pass
    assert failed.args == [expected]
    runner.shutdown()

    translators = install_translators(qapp, "zh_CN")
    try:
        text = error_text(MissingFieldsError(["order date"], [f"c{i}" for i in range(45)]))
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert text.startswith("此文件暂时无法导入：没有找到下单日期所在的列。")
    assert "此文件中的列：“c0”、“c1”、" in text
    assert text.endswith("“c38”、“c39” 等另外 5 列。")


def test_the_log_file_is_written_where_messages_say() -> None:
    # The test setup points SHOPLENS_HOME at a temporary folder: the real home stays untouched.
    assert log_file_path() == data_dir() / "logs" / "shoplens.log"
    root = logging.getLogger()
    level_before, handlers_before = root.level, list(root.handlers)
    log = open_log_file()
    assert log is not None
    try:
        logging.getLogger("gui.test").info("the shop was opened")
        logging.getLogger("gui.test").debug("below the file's level")
    finally:
        log.close()
    assert (root.level, root.handlers) == (level_before, handlers_before)
    text = log_file_path().read_text(encoding="utf-8")
    assert "INFO gui.test" in text and "the shop was opened" in text
    assert "below the file's level" not in text
    assert details_in_log() == f"The details are in the log file {log_file_path()}."
