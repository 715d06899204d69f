"""The Import tab's page for one file: its name, sheet and header choices, how the file was
read, the mapping table, the first rows / report, and the Import / Cancel row.

Only widgets and how they look live here; `gui.tabs.import_tab.ImportTab` connects them and
decides what happens. Texts keep the "ImportTab" translation context they always had.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.import_report_view import ImportReportView
from gui.widgets.mapping_table import MappingTable
from gui.widgets.table_view import DataFrameView

translate = QCoreApplication.translate


class ImportFilePage(QWidget):
    """See the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)

        top = QHBoxLayout()
        self.choose_button = QPushButton(translate("ImportTab", "Choose another file…"), self)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileName")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sheet_label = QLabel(translate("ImportTab", "Sheet:"), self)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.setMinimumContentsLength(12)
        self.no_header_check = QCheckBox(
            translate("ImportTab", "The first row is data (no header row)"), self
        )
        self.no_header_check.setObjectName("noHeaderCheck")
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_combo)
        top.addSpacing(12)
        top.addWidget(self.no_header_check)
        layout.addLayout(top)

        self.detected_label = QLabel(self)
        self.detected_label.setObjectName("detectedLabel")
        self.detected_label.setWordWrap(True)
        layout.addWidget(self.detected_label)

        mapping_box = QGroupBox(translate("ImportTab", "What each column means"), self)
        mapping_layout = QVBoxLayout(mapping_box)
        self.mapping_table = MappingTable(mapping_box)
        mapping_layout.addWidget(self.mapping_table)
        # Right pane: the file's first rows, and after an import its report (shown at once).
        self.right_tabs = QTabWidget(self)
        self.right_tabs.setObjectName("importRightTabs")
        self.preview_view = DataFrameView(self.right_tabs)
        self.preview_view.setObjectName("previewTable")
        self.report_view = ImportReportView(self.right_tabs)
        self.right_tabs.addTab(self.preview_view, translate("ImportTab", "First rows of the file"))
        self.right_tabs.addTab(self.report_view, translate("ImportTab", "Import report"))
        self.right_tabs.setTabEnabled(1, False)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(mapping_box)
        body.addWidget(self.right_tabs)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        body.setChildrenCollapsible(False)
        layout.addWidget(body, 1)

        actions = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("missingLabel")
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.setMinimumWidth(260)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(translate("ImportTab", "Cancel"), self)
        self.cancel_button.setVisible(False)
        self.import_button = QPushButton(translate("ImportTab", "Import"), self)
        self.import_button.setObjectName("primaryButton")
        actions.addWidget(self.status_label, 1)
        actions.addWidget(self.progress)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.import_button)
        layout.addLayout(actions)

    def show_status(self, text: str, severity: str) -> None:
        """The line beside the Import button; `severity` ("ok", "warning", "error") colours it."""
        self.status_label.setText(text)
        self.status_label.setProperty("severity", severity)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)

    def set_importing(self, importing: bool) -> None:
        """While importing: progress and Cancel shown, the file's choices locked."""
        self.progress.setVisible(importing)
        self.cancel_button.setVisible(importing)
        self.cancel_button.setEnabled(importing)
        self.progress.setValue(0)
        self.progress.setFormat(translate("ImportTab", "Starting…"))
        for widget in (
            self.choose_button,
            self.sheet_combo,
            self.no_header_check,
            self.mapping_table,
        ):
            widget.setEnabled(not importing)
        self.import_button.setEnabled(False)

    def show_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.progress.setFormat(f"{message}  %p%" if message else "%p%")
