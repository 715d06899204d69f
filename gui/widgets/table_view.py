"""A table view for DataFrameModel: click a header to sort, Ctrl+C copies the selection.

Column widths come from the header and a sample of rows (`fit_columns`), never from Qt's
resizeColumnsToContents, which asks the Python model for up to 1,000 rows of every column on
the GUI thread: seconds of frozen window when a 4,000-row customer table arrives.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from gui.models.dataframe_model import DataFrameModel

#: Rows whose text sets a column's width: the first ones (what the user sees first) and as
#: many spread evenly over the rest (a long name further down still fits).
SAMPLE_ROWS = 40
#: Room around the text: cell margins, and the header's sort arrow.
CELL_PADDING = 18


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
        """Size each column to its header and a sample of rows (see `sample_rows`), at most
        `max_width` pixels: a fixed cost, whatever the number of rows."""
        header = self.horizontalHeader()
        model = self.frame_model()
        metrics = self.fontMetrics()
        rows = sample_rows(model.rowCount())
        for column in range(model.columnCount()):
            width = header.sectionSizeFromContents(column).width()
            for row in rows:
                text = model.display_text(row, column)
                width = max(width, metrics.horizontalAdvance(text) + CELL_PADDING)
            header.resizeSection(column, min(width, max_width))


def sample_rows(count: int, first: int = SAMPLE_ROWS, spread: int = SAMPLE_ROWS) -> list[int]:
    """The first `first` rows and `spread` more spaced evenly over the rest, in order."""
    head = list(range(min(count, first)))
    if count <= first:
        return head
    rest = np.linspace(first, count - 1, num=min(spread, count - first)).round().astype(int)
    return head + sorted(set(rest.tolist()))
