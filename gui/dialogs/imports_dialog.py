"""File → Imports…: every file imported into the shop, and a way to take one out again.

Why: a merchant who dropped the wrong file (another shop's export, a test file, a file in
another currency) must be able to undo exactly that import without starting the shop over.
The removal is core's (`core.import_history.remove_import`, one transaction); it runs in the
task runner's write queue like an import, and the dialog shows core's sentences about what
came back and what could not.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.import_history import ImportEntry, RemovalReport, list_imports, remove_import
from core.progress import Progress
from gui.tasks import Task, TaskRunner

logger = logging.getLogger(__name__)

OWNER = "imports-dialog"


def run_removal(db_path: Path, import_id: int, progress: Progress) -> RemovalReport:
    """The removal job (write queue): one transaction in core."""
    progress(0.0, "")
    return remove_import(db_path, import_id)


def removal_text(report: RemovalReport) -> str:
    """What the removal did, in the user's language, from core's figures."""
    translate = QCoreApplication.translate
    parts = [
        translate(
            "ImportsDialog", "{file} was removed: {count} order lines it added are out."
        ).format(file=report.file_name, count=f"{report.lines_removed:,}")
    ]
    if report.lines_restored:
        parts.append(
            translate(
                "ImportsDialog", "{count} lines it updated have their earlier values again."
            ).format(count=f"{report.lines_restored:,}")
        )
    if report.lines_not_restored:
        parts.append(
            translate(
                "ImportsDialog",
                "{count} lines it updated were changed again by a later import, so they keep "
                "their current values: their earlier values cannot be put back exactly.",
            ).format(count=f"{report.lines_not_restored:,}")
        )
    if report.lines_returned:
        parts.append(
            translate(
                "ImportsDialog", "{count} lines of orders it showed as cancelled are back."
            ).format(count=f"{report.lines_returned:,}")
        )
    return " ".join(parts)


class ImportsDialog(QDialog):
    """See the module docstring. `removed(RemovalReport)` once an import is out of the shop."""

    removed = Signal(object)
    confirm_shown = Signal(object)  # QMessageBox asking "remove this import?"

    def __init__(self, runner: TaskRunner, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importsDialog")
        self.setWindowTitle(self.tr("Imports"))
        self._runner = runner
        self._db_path = Path(db_path)
        self._entries: list[ImportEntry] = []
        self._task: Task | None = None
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every file imported into this shop. Removing an import takes out the order "
                "lines it added and gives the lines it updated their earlier values back."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("File"),
                self.tr("Imported"),
                self.tr("Lines added"),
                self.tr("Lines updated"),
                self.tr("Lines withdrawn"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("removalResult")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.remove_button = QPushButton(self.tr("Remove this import…"), self)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.clicked.connect(self.ask_remove)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def entries(self) -> list[ImportEntry]:
        return list(self._entries)

    def refresh(self) -> None:
        """Read the list again (a quick indexed query: fine on the GUI thread)."""
        self._entries = list_imports(self._db_path)
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            cells = [
                str(entry.id),
                entry.file_name,
                entry.imported_at.replace("T", " ")[:16],
                f"{entry.lines_added:,}",
                f"{entry.lines_updated:,}",
                f"{entry.lines_withdrawn:,}",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()  # one row per imported file: a handful
        self._update_buttons()

    def select_import(self, import_id: int) -> None:
        for row, entry in enumerate(self._entries):
            if entry.id == import_id:
                self.table.selectRow(row)

    def _selected(self) -> ImportEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        busy = self._task is not None and self._task.is_running
        self.remove_button.setEnabled(self._selected() is not None and not busy)

    def ask_remove(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove an import"),
            self.tr(
                "Take {file} out of the shop? Its {count} order lines go, and the lines it "
                "updated get their earlier values back. The analyses are computed again."
            ).format(file=entry.file_name, count=f"{entry.lines_added:,}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda e=entry: self.remove(e.id))
        box.open()
        self.confirm_shown.emit(box)

    def remove(self, import_id: int) -> Task:
        """Remove one import in the write queue; the list and the window follow when done."""
        self.result_label.setText(self.tr("Removing the import…"))
        task = self._runner.start(OWNER, run_removal, self._db_path, import_id, writes=True)
        task.finished.connect(self._on_removed)
        task.failed.connect(self._on_failed)
        self._task = task
        self._update_buttons()
        return task

    def _on_removed(self, report: RemovalReport) -> None:
        self.result_label.setText(removal_text(report))
        self.refresh()
        self.removed.emit(report)

    def _on_failed(self, message: str) -> None:
        self.result_label.setText(message)
        self._update_buttons()
