"""Import tab: pick or drop a file, check how its columns are understood, import, read the report.

Every decision about the file (format, encoding, header, which column is what, what is still
missing) is core's, through `preview_file`; this tab shows it, lets the operator correct the
mapping, sheet and header, and asks core again. Reading and importing run in the task runner.

The Import button always sends the mapping the table shows, so what the operator checked on
the first rows is exactly what the whole file is imported with. Several files at once go
through `ImportBatch`, one after the other. While the demo shop is open, imports go into the
user's own shop instead (`set_shop(..., import_into=...)`).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.importer import FilePreview, ImportParams, ImportReport, import_file, preview_file
from core.progress import Progress
from core.schema import CANONICAL_FIELDS
from gui.files import import_file_filter
from gui.labels import describe_preview, plain_words
from gui.settings import Settings
from gui.shop import count_lines, moved_to_own_shop_text, shop_name
from gui.tabs.import_batch import BatchResult, ImportBatch
from gui.tasks import Task, TaskRunner
from gui.widgets.drop_hint import DropHint
from gui.widgets.import_page import ImportFilePage

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
    shop_changed = Signal(object)  # Path: lines were added to this shop; refresh what shows it
    status_message = Signal(str)  # a sentence for the window's status bar
    batch_finished = Signal(object)  # BatchResult, after several files were imported

    def __init__(self, runner: TaskRunner, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importTab")
        self._runner = runner
        self._settings = settings
        self._db_path: Path | None = None
        self._import_into: Path | None = None  # set while the demo shop is open
        self._import_db: Path | None = None  # where the running import writes
        self._batch: ImportBatch | None = None
        self._path: Path | None = None
        self._params = ImportParams()
        self._preview: FilePreview | None = None
        self._preview_task: Task | None = None
        self._import_task: Task | None = None
        self._lines_before: int | None = None
        self._moved = False
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
        page = ImportFilePage(self)
        self._pages.addWidget(page)
        self.page = page
        # The widgets tests and the screenshot mode drive, as attributes of the tab.
        self.sheet_combo = page.sheet_combo
        self.no_header_check = page.no_header_check
        self.mapping_table = page.mapping_table
        self.right_tabs = page.right_tabs
        self.preview_view = page.preview_view
        self.report_view = page.report_view
        self.status_label = page.status_label
        self.cancel_button = page.cancel_button
        self.import_button = page.import_button
        page.choose_button.clicked.connect(self.choose_file)
        page.sheet_combo.activated.connect(self._on_sheet_chosen)
        page.no_header_check.clicked.connect(self._on_no_header_clicked)
        page.mapping_table.mapping_edited.connect(self._on_mapping_edited)
        page.cancel_button.clicked.connect(self.cancel_import)
        page.import_button.clicked.connect(self.start_import)

    # --- public ------------------------------------------------------------------------
    def set_shop(self, db_path: Path, import_into: Path | None = None) -> None:
        """`db_path` is the open shop; imports go into it, or into `import_into` when given
        (the demo shop is open: the user's own orders go into their own shop)."""
        self._db_path = Path(db_path)
        self._import_into = Path(import_into) if import_into is not None else None
        self._update_buttons()

    def import_target(self) -> Path | None:
        """The shop the next import writes to."""
        return self._import_into if self._import_into is not None else self._db_path

    def is_busy(self) -> bool:
        """An import or a batch of imports is under way."""
        return self.is_importing() or self._batch is not None

    def current_file(self) -> Path | None:
        return self._path

    def current_params(self) -> ImportParams:
        return self._params

    def current_preview(self) -> FilePreview | None:
        return self._preview

    def choose_file(self) -> None:
        """A file dialog; one file is previewed, several are imported one after the other."""
        if self.is_busy():
            self.status_message.emit(self._busy_text())
            return
        folder = self._settings.last_folder()
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose one or more order exports"),
            str(folder) if folder else "",
            import_file_filter(),
        )
        if len(names) > 1:
            self.import_files([Path(n) for n in names])
        elif names:
            self.load_file(Path(names[0]))

    def import_files(self, paths: list[Path]) -> None:
        """Import `paths` one after the other, each with the mapping its preview shows; a file
        that cannot be imported is skipped and named in the summary. Files given while a batch
        runs join its queue."""
        if self._batch is not None:
            self._batch.add(paths)
            return
        if self.is_importing():
            self.status_message.emit(self._busy_text())
            return
        self._batch = ImportBatch(self, list(paths))
        self._batch.finished.connect(self._on_batch_finished)
        self._batch.start()

    def _busy_text(self) -> str:
        return self.tr("An import is running: add the files again once it has finished.")

    def last_import_shop(self) -> Path | None:
        """The shop the last import wrote to."""
        return self._import_db

    def last_import_moved(self) -> bool:
        """The last import went into the user's own shop instead of the open demo shop."""
        return self._moved

    def load_file(self, path: Path) -> None:
        """Show how core understands `path` (a fresh start: no sheet, header or mapping set)."""
        self._path = Path(path)
        self._settings.set_last_folder(self._path.parent)
        self._params = ImportParams()
        self.right_tabs.setCurrentIndex(0)
        self.right_tabs.setTabEnabled(1, False)
        self.page.file_label.setText(self._path.name)
        self.page.file_label.setToolTip(str(self._path))
        self._pages.setCurrentIndex(1)
        self._request_preview()

    def start_import(self) -> Task | None:
        """Import the current file with the current sheet and header and the mapping the
        table shows (edited or not), so the preview and the import cannot disagree."""
        target = self.import_target()
        if self._path is None or target is None or not self._can_import():
            return None
        self._params = replace(self._params, mapping=self._table_spec())
        self._import_db = target
        self._lines_before = count_lines(target) if target.exists() else 0
        self.page.set_importing(True)
        task = self._runner.start(
            IMPORT_OWNER, import_file, target, self._path, self._params, writes=True
        )
        task.progress.connect(self.page.show_progress)
        task.finished.connect(self._on_imported)
        task.failed.connect(self._on_import_failed)
        task.cancelled.connect(self._on_import_cancelled)
        self._import_task = task
        return task

    def cancel_import(self) -> None:
        if self._import_task is not None:
            self._import_task.cancel()
            self.cancel_button.setEnabled(False)
            self.page.progress.setFormat(self.tr("Cancelling…"))

    def is_importing(self) -> bool:
        return self._import_task is not None and self._import_task.is_running

    # --- preview -----------------------------------------------------------------------
    def _request_preview(self) -> None:
        assert self._path is not None
        self._preview = None
        self.page.detected_label.setText(self.tr("Reading the file…"))
        self.status_label.clear()
        target = self.import_target()  # its saved mappings are the ones that apply
        db_path = target if target is not None and target.exists() else None
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
        self.page.sheet_label.setVisible(several)
        self.no_header_check.setChecked(raw.header_row is None)
        self.page.detected_label.setText(describe_preview(preview))
        self._show_missing(preview.missing)
        self._update_buttons()
        self.preview_shown.emit(preview)

    def _on_preview_failed(self, message: str) -> None:
        self._preview = None
        self.preview_view.frame_model().set_frame(pd.DataFrame())
        self.page.detected_label.setText("")
        self.page.show_status(message, "error")
        self._update_buttons()
        self.preview_failed.emit(message)

    def _show_missing(self, missing: list[str]) -> None:
        if missing:
            words = ", ".join(plain_words(m) for m in missing)
            self.page.show_status(
                self.tr(
                    "Still needed before importing: {fields}. Pick the column for each above."
                ).format(fields=words),
                "error",
            )
        else:
            self.page.show_status(self.tr("Every needed column is found."), "ok")

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

    def _table_spec(self) -> dict[str, str | int | None]:
        """The whole table as shown: a field left on "no column" is sent as None, so that the
        importer, which adds what it finds by itself to a partial mapping, leaves it empty."""
        spec: dict[str, str | int | None] = dict.fromkeys(CANONICAL_FIELDS)
        spec.update(self.mapping_table.mapping())
        return spec

    def _on_mapping_edited(self) -> None:
        """Ask core again with the user's mapping: it decides what is still missing."""
        if self._path is None:
            return
        self._params = replace(self._params, mapping=self._table_spec())
        self._request_preview()

    # --- import ------------------------------------------------------------------------
    def _can_import(self) -> bool:
        return (
            self._preview is not None
            and not self._preview.missing
            and self.import_target() is not None
            and not self.is_importing()
            and not (self._preview_task is not None and self._preview_task.is_running)
        )

    def _import_ended(self) -> None:
        self.page.set_importing(False)
        self._update_buttons()

    def _on_imported(self, report: ImportReport) -> None:
        self._import_ended()
        target = self._import_db
        assert target is not None
        self._moved = self._db_path is not None and target != self._db_path
        note = moved_to_own_shop_text(target) if self._moved else None
        self.report_view.show_report(report, note)
        self.right_tabs.setTabEnabled(1, True)
        self.right_tabs.setCurrentIndex(1)
        self.imported.emit(report)
        self.shop_changed.emit(target)
        if self._batch is None:  # a batch sums up once at its end
            text = self.tr("{file}: {count} new order lines imported into {shop}.").format(
                file=report.file, count=f"{report.rows_imported:,}", shop=shop_name(target)
            )
            if report.rows_updated:
                text += " " + self.tr(
                    "{count} lines already there were brought up to date."
                ).format(count=f"{report.rows_updated:,}")
            self.status_message.emit(f"{note} {text}" if note else text)

    def _on_batch_finished(self, result: BatchResult) -> None:
        self._batch = None
        if result.reports:
            self.right_tabs.setTabEnabled(1, True)
            self.right_tabs.setCurrentIndex(1)
        self.page.show_status(
            result.summary(detailed=True), "warning" if result.refused or result.skipped else "ok"
        )
        self._update_buttons()
        self.status_message.emit(result.summary(detailed=False))
        self.batch_finished.emit(result)

    def _on_import_failed(self, message: str) -> None:
        self._import_ended()
        self.page.show_status(message, "error")
        self.import_failed.emit(message)

    def _on_import_cancelled(self) -> None:
        self._import_ended()
        target = self._import_db
        after = count_lines(target) if target is not None and target.exists() else None
        if after is not None and self._lines_before is not None and after != self._lines_before:
            # The Cancel arrived after the lines were saved: say so rather than claim otherwise.
            text = self.tr(
                "Cancel came too late: the import had already been saved ({count} new order lines)."
            ).format(count=f"{after - self._lines_before:,}")
            self.shop_changed.emit(target)
        else:
            text = self.tr("Import cancelled. Nothing was changed in your shop.")
        self.page.show_status(text, "warning")
        self.import_cancelled.emit()

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self._can_import())
        if self._preview is not None and self._preview.missing:
            self.import_button.setToolTip(self.tr("Pick a column for each needed field first."))
        else:
            self.import_button.setToolTip("")
