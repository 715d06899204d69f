"""A table view for DataFrameModel: click a header to sort, Ctrl+C copies the selection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from gui.models.dataframe_model import DataFrameModel


class DataFrameView(QTableView):
    """Every table of the window; copies as tab-separated text so it pastes into Excel."""

    def __init__(self, parent: QWidget | None = None, model: DataFrameModel | None = None) -> None:
        super().__init__(parent)
        self.setModel(model if model is not None else DataFrameModel(parent=self))
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicatorShown(True)
        # Unsorted until the user clicks a header: the file order is what they know.
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(120)
        self.horizontalHeader().setHighlightSections(False)
        copy = QAction(self.tr("Copy"), self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy.triggered.connect(self.copy_selection)
        self.addAction(copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def frame_model(self) -> DataFrameModel:
        model = self.model()
        assert isinstance(model, DataFrameModel)
        return model

    def copy_selection(self) -> str:
        """Put the selected cells on the clipboard; returns the text copied."""
        text = self.frame_model().selection_to_tsv(self.selectionModel().selectedIndexes())
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def fit_columns(self, max_width: int = 260) -> None:
        """Size columns to their content on the first rows only (fast on big frames)."""
        header = self.horizontalHeader()
        self.resizeColumnsToContents()
        for section in range(header.count()):
            if header.sectionSize(section) > max_width:
                header.resizeSection(section, max_width)
