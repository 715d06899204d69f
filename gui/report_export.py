"""File → Export report…: ask where, write the Excel report in the task runner, then offer to
open the folder.

The work is core.report.write_report, the very function `main.py report` calls; this module only
asks for the file name, follows the task (the status bar shows its progress and Cancel) and says
how it ended. The report's language is the window's.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.report import ReportParams, ReportResult, write_report
from core.report.excel import default_report_name
from gui.settings import Settings
from gui.tasks import Task, TaskRunner

logger = logging.getLogger(__name__)

REPORT_OWNER = "report"


def report_language() -> str:
    """The window's language as a report language (the report has English and 简体中文)."""
    return "zh_CN" if QLocale().name().lower().startswith("zh") else "en"


class ReportExporter(QObject):
    """Runs one report at a time for `parent` and tells the user how it ended."""

    written = Signal(object)  # ReportResult
    failed = Signal(str)
    message = Signal(str)  # for the status bar

    def __init__(self, runner: TaskRunner, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.window = parent
        self.task: Task | None = None

    def choose_and_export(self, db_path: Path, as_of: date | None) -> None:
        folder = self.settings.last_folder() or Path.home()
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export report"),
            str(folder / default_report_name(db_path, as_of)),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            out = Path(name) if name.lower().endswith(".xlsx") else Path(f"{name}.xlsx")
            self.settings.set_last_folder(out.parent)
            self.export(db_path, out, as_of)

    def export(self, db_path: Path, out: Path, as_of: date | None) -> Task:
        params = ReportParams(out=out, as_of=as_of, lang=report_language())
        task = self.runner.start(REPORT_OWNER, write_report, db_path, params, writes=True)
        task.finished.connect(self._on_written)
        task.failed.connect(self._on_failed)
        task.cancelled.connect(
            lambda: self.message.emit(self.tr("The report was cancelled; no file was written."))
        )
        self.task = task
        self.message.emit(self.tr("Writing the report {file}…").format(file=out.name))
        return task

    def _on_written(self, result: object) -> None:
        assert isinstance(result, ReportResult)
        self.written.emit(result)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Report written"),
            self.tr("{file} is ready: {sheets} sheets, {charts} charts.").format(
                file=result.path.name, sheets=len(result.sheets), charts=result.charts
            ),
            QMessageBox.StandardButton.Close,
            self.window,
        )
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("reportWrittenBox")
        box.open()

    def _on_failed(self, message: str) -> None:
        logger.info("report failed: %s", message)
        self.failed.emit(message)
