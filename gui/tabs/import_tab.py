"""Import tab: pick or drop a file, check how its columns are understood, import, read the report.

Every decision about the file (format, encoding, header, which column is what, what is still
missing) is core's, through `preview_file`; this tab shows it, lets the operator correct the
mapping, sheet and header, and asks core again. Reading and importing run in the task runner.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.importer import FilePreview, ImportParams, ImportReport, import_file, preview_file
from core.progress import Progress
from gui.files import import_file_filter
from gui.labels import describe_preview, plain_words
from gui.settings import Settings
from gui.shop import count_lines
from gui.tasks import Task, TaskRunner
from gui.widgets.drop_hint import DropHint
from gui.widgets.import_report_view import ImportReportView
from gui.widgets.mapping_table import MappingTable
from gui.widgets.table_view import DataFrameView

logger = logging.getLogger(__name__)

PREVIEW_OWNER = "import-preview"
IMPORT_OWNER = "import"


def run_preview(
    path: Path, params: ImportParams, db_path: Path | None, progress: Progress
) -> FilePreview:
    """The preview job (worker thread): the first rows and how core understands them."""
    progress(0.0, "")
    return preview_file(path, params, db_path)


class ImportTab(QWidget):
    """See the module docstring. Signals let the window and tests follow what happens."""

    preview_shown = Signal(object)  # FilePreview
    preview_failed = Signal(str)
    imported = Signal(object)  # ImportReport
    import_failed = Signal(str)
    import_cancelled = Signal()
    shop_changed = Signal()  # lines were added: counts and analyses must be refreshed

    def __init__(self, runner: TaskRunner, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importTab")
        self._runner = runner
        self._settings = settings
        self._db_path: Path | None = None
        self._path: Path | None = None
        self._params = ImportParams()
        self._preview: FilePreview | None = None
        self._preview_task: Task | None = None
        self._import_task: Task | None = None
        self._lines_before: int | None = None
        self._build()
        self._update_buttons()

    # --- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self._pages = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._pages)
        hint = DropHint(self)
        hint.choose_clicked.connect(self.choose_file)
        self._pages.addWidget(hint)
        self._pages.addWidget(self._build_file_page())

    def _build_file_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)

        top = QHBoxLayout()
        self._choose_button = QPushButton(self.tr("Choose another file…"), page)
        self._choose_button.clicked.connect(self.choose_file)
        self._file_label = QLabel(page)
        self._file_label.setObjectName("fileName")
        self._file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._sheet_label = QLabel(self.tr("Sheet:"), page)
        self.sheet_combo = QComboBox(page)
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.setMinimumContentsLength(12)
        self.sheet_combo.activated.connect(self._on_sheet_chosen)
        self.no_header_check = QCheckBox(self.tr("The first row is data (no header row)"), page)
        self.no_header_check.setObjectName("noHeaderCheck")
        self.no_header_check.clicked.connect(self._on_no_header_clicked)
        top.addWidget(self._choose_button)
        top.addWidget(self._file_label, 1)
        top.addWidget(self._sheet_label)
        top.addWidget(self.sheet_combo)
        top.addSpacing(12)
        top.addWidget(self.no_header_check)
        layout.addLayout(top)

        self._detected_label = QLabel(page)
        self._detected_label.setObjectName("detectedLabel")
        self._detected_label.setWordWrap(True)
        layout.addWidget(self._detected_label)

        mapping_box = QGroupBox(self.tr("What each column means"), page)
        mapping_layout = QVBoxLayout(mapping_box)
        self.mapping_table = MappingTable(mapping_box)
        self.mapping_table.mapping_edited.connect(self._on_mapping_edited)
        mapping_layout.addWidget(self.mapping_table)
        # Right pane: the file's first rows, and after an import its report (shown at once).
        self.right_tabs = QTabWidget(page)
        self.right_tabs.setObjectName("importRightTabs")
        self.preview_view = DataFrameView(self.right_tabs)
        self.preview_view.setObjectName("previewTable")
        self.report_view = ImportReportView(self.right_tabs)
        self.right_tabs.addTab(self.preview_view, self.tr("First rows of the file"))
        self.right_tabs.addTab(self.report_view, self.tr("Import report"))
        self.right_tabs.setTabEnabled(1, False)
        body = QSplitter(Qt.Orientation.Horizontal, page)
        body.addWidget(mapping_box)
        body.addWidget(self.right_tabs)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        body.setChildrenCollapsible(False)
        layout.addWidget(body, 1)

        actions = QHBoxLayout()
        self.status_label = QLabel(page)
        self.status_label.setObjectName("missingLabel")
        self.status_label.setWordWrap(True)
        self._progress = QProgressBar(page)
        self._progress.setRange(0, 1000)
        self._progress.setTextVisible(True)
        self._progress.setMinimumWidth(260)
        self._progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.import_button = QPushButton(self.tr("Import"), page)
        self.import_button.setObjectName("primaryButton")
        self.import_button.clicked.connect(self.start_import)
        actions.addWidget(self.status_label, 1)
        actions.addWidget(self._progress)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.import_button)
        layout.addLayout(actions)
        return page

    # --- public ------------------------------------------------------------------------
    def set_shop(self, db_path: Path) -> None:
        """Imports go into this shop from now on."""
        self._db_path = Path(db_path)
        self._update_buttons()

    def current_file(self) -> Path | None:
        return self._path

    def current_params(self) -> ImportParams:
        return self._params

    def current_preview(self) -> FilePreview | None:
        return self._preview

    def choose_file(self) -> None:
        folder = self._settings.last_folder()
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an order export"),
            str(folder) if folder else "",
            import_file_filter(),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Show how core understands `path` (a fresh start: no sheet, header or mapping set)."""
        self._path = Path(path)
        self._settings.set_last_folder(self._path.parent)
        self._params = ImportParams()
        self.right_tabs.setCurrentIndex(0)
        self.right_tabs.setTabEnabled(1, False)
        self._file_label.setText(self._path.name)
        self._file_label.setToolTip(str(self._path))
        self._pages.setCurrentIndex(1)
        self._request_preview()

    def start_import(self) -> Task | None:
        """Import the current file with the current sheet, header and mapping choices."""
        if self._path is None or self._db_path is None or not self._can_import():
            return None
        self._lines_before = count_lines(self._db_path)
        self._set_importing(True)
        task = self._runner.start(
            IMPORT_OWNER, import_file, self._db_path, self._path, self._params, writes=True
        )
        task.progress.connect(self._on_import_progress)
        task.finished.connect(self._on_imported)
        task.failed.connect(self._on_import_failed)
        task.cancelled.connect(self._on_import_cancelled)
        self._import_task = task
        return task

    def cancel_import(self) -> None:
        if self._import_task is not None:
            self._import_task.cancel()
            self.cancel_button.setEnabled(False)
            self._progress.setFormat(self.tr("Cancelling…"))

    def is_importing(self) -> bool:
        return self._import_task is not None and self._import_task.is_running

    # --- preview -----------------------------------------------------------------------
    def _request_preview(self) -> None:
        assert self._path is not None
        self._preview = None
        self._detected_label.setText(self.tr("Reading the file…"))
        self.status_label.clear()
        db_path = self._db_path if self._db_path is not None and self._db_path.exists() else None
        task = self._runner.start(PREVIEW_OWNER, run_preview, self._path, self._params, db_path)
        task.finished.connect(self._on_preview)
        task.failed.connect(self._on_preview_failed)
        self._preview_task = task
        self._update_buttons()

    def _on_preview(self, preview: FilePreview) -> None:
        self._preview = preview
        raw = preview.raw
        self.preview_view.frame_model().set_frame(raw.frame)
        self.preview_view.fit_columns()
        self.mapping_table.show_mapping(raw.columns, preview.mapping, raw.frame)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(raw.sheets))
        if raw.sheet is not None:
            self.sheet_combo.setCurrentText(raw.sheet)
        several = len(raw.sheets) > 1
        self.sheet_combo.setVisible(several)
        self._sheet_label.setVisible(several)
        self.no_header_check.setChecked(raw.header_row is None)
        self._detected_label.setText(describe_preview(preview))
        self._show_missing(preview.missing)
        self._update_buttons()
        self.preview_shown.emit(preview)

    def _on_preview_failed(self, message: str) -> None:
        self._preview = None
        self.preview_view.frame_model().set_frame(pd.DataFrame())
        self._detected_label.setText("")
        self.status_label.setText(message)
        self.status_label.setProperty("severity", "error")
        self._repolish(self.status_label)
        self._update_buttons()
        self.preview_failed.emit(message)

    def _show_missing(self, missing: list[str]) -> None:
        if missing:
            words = ", ".join(plain_words(m) for m in missing)
            self.status_label.setText(
                self.tr(
                    "Still needed before importing: {fields}. Pick the column for each above."
                ).format(fields=words)
            )
            self.status_label.setProperty("severity", "error")
        else:
            self.status_label.setText(self.tr("Every needed column is found."))
            self.status_label.setProperty("severity", "ok")
        self._repolish(self.status_label)

    def _on_sheet_chosen(self, _index: int) -> None:
        sheet = self.sheet_combo.currentText()
        if self._path is None or sheet == self._params.sheet:
            return
        self._params = ImportParams(sheet=sheet)
        self._request_preview()

    def _on_no_header_clicked(self, checked: bool) -> None:
        if self._path is None:
            return
        self._params = replace(self._params, no_header=checked, mapping=None)
        self._request_preview()

    def _on_mapping_edited(self) -> None:
        """Ask core again with the user's mapping: it decides what is still missing."""
        if self._path is None:
            return
        self._params = replace(self._params, mapping=dict(self.mapping_table.mapping()))
        self._request_preview()

    # --- import ------------------------------------------------------------------------
    def _can_import(self) -> bool:
        return (
            self._preview is not None
            and not self._preview.missing
            and self._db_path is not None
            and not self.is_importing()
            and not (self._preview_task is not None and self._preview_task.is_running)
        )

    def _set_importing(self, importing: bool) -> None:
        self._progress.setVisible(importing)
        self.cancel_button.setVisible(importing)
        self.cancel_button.setEnabled(importing)
        self._progress.setValue(0)
        self._progress.setFormat(self.tr("Starting…"))
        for widget in (
            self._choose_button,
            self.sheet_combo,
            self.no_header_check,
            self.mapping_table,
        ):
            widget.setEnabled(not importing)
        self.import_button.setEnabled(False)

    def _on_import_progress(self, fraction: float, message: str) -> None:
        self._progress.setValue(int(fraction * 1000))
        self._progress.setFormat(f"{message}  %p%" if message else "%p%")

    def _import_ended(self) -> None:
        self._set_importing(False)
        self._update_buttons()

    def _on_imported(self, report: ImportReport) -> None:
        self._import_ended()
        self.report_view.show_report(report)
        self.right_tabs.setTabEnabled(1, True)
        self.right_tabs.setCurrentIndex(1)
        self.imported.emit(report)
        self.shop_changed.emit()

    def _on_import_failed(self, message: str) -> None:
        self._import_ended()
        self.status_label.setText(message)
        self.status_label.setProperty("severity", "error")
        self._repolish(self.status_label)
        self.import_failed.emit(message)

    def _on_import_cancelled(self) -> None:
        self._import_ended()
        after = count_lines(self._db_path)
        if after is not None and self._lines_before is not None and after != self._lines_before:
            # The Cancel arrived after the lines were saved: say so rather than claim otherwise.
            self.status_label.setText(
                self.tr(
                    "Cancel came too late: the import had already been saved "
                    "({count} new order lines)."
                ).format(count=f"{after - self._lines_before:,}")
            )
            self.shop_changed.emit()
        else:
            self.status_label.setText(
                self.tr("Import cancelled. Nothing was changed in your shop.")
            )
        self.status_label.setProperty("severity", "warning")
        self._repolish(self.status_label)
        self.import_cancelled.emit()

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self._can_import())
        if self._preview is not None and self._preview.missing:
            self.import_button.setToolTip(self.tr("Pick a column for each needed field first."))
        else:
            self.import_button.setToolTip("")

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        """Re-apply the style sheet after a dynamic property (severity) changed."""
        widget.style().unpolish(widget)
        widget.style().polish(widget)
