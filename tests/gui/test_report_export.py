"""File → Export report…: the report is written in the task runner, the user is told it is
ready with a way to open its folder; a cancelled or failed report leaves no file."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from tests.core.report.conftest import Reports, build_reports

WAIT_MS = 240_000

# The first test of a session computes every analysis of the report shop (about a minute on an
# idle 2-core machine, several when it is shared): more than the default guard against hangs.
pytestmark = [
    pytest.mark.timeout(900),
    # The offscreen platform's notice when a message box is shown, not a fault of the window.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture(scope="session")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Reports:
    """The core report tests' shop and reports (computed once per session, whoever asks first)."""
    return build_reports(tmp_path_factory)


def test_export_writes_the_report_and_offers_the_folder(
    window: MainWindow,
    qtbot: QtBot,
    reports: Reports,
    tmp_path: Path,
) -> None:
    window.db_path = reports.db
    out = tmp_path / "from the window.xlsx"
    with qtbot.waitSignal(window.reporter.written, timeout=WAIT_MS) as written:
        window.reporter.export(reports.db, out, None)
    assert written.args[0].path == out
    assert openpyxl.load_workbook(out, read_only=True).sheetnames[:3] == [
        "Cover",
        "Chart data",
        "Overview",
    ]
    box = window.findChild(QMessageBox, "reportWrittenBox")
    assert box is not None and out.name in box.text()
    assert any(b.text() == "Open folder" for b in box.findChildren(QPushButton))
    assert window.export_action.text() == "&Export report…"


def test_cancel_and_failure_leave_no_file(
    window: MainWindow,
    qtbot: QtBot,
    reports: Reports,
    tmp_path: Path,
) -> None:
    with qtbot.waitSignal(window.runner.task_ended, timeout=WAIT_MS):
        task = window.reporter.export(reports.db, tmp_path / "cancelled.xlsx", None)
        task.cancel()
    assert task.state == "cancelled"
    assert list(tmp_path.iterdir()) == []

    with qtbot.waitSignal(window.reporter.failed, timeout=WAIT_MS) as failed:
        window.reporter.export(reports.db, tmp_path / "missing" / "r.xlsx", None)
    assert "does not exist" in failed.args[0]
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert any(b.windowTitle() == "The report was not written" for b in boxes)
    assert list(tmp_path.iterdir()) == []
