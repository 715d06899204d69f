"""Shows a matplotlib Figure built by core (object API) inside the window.

Core builds each chart once as a `Figure` so the window and the Excel report show the same
picture; this widget only attaches a Qt canvas to it. A placeholder text stands in while the
figure is being computed or when there is nothing to draw.
"""

from __future__ import annotations

import logging

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

logger = logging.getLogger(__name__)


class ChartCanvas(QWidget):
    """A FigureCanvasQTAgg wrapper: `set_figure(fig)` shows a core figure, None the placeholder."""

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("chartCanvas")
        self._figure: Figure | None = None
        self._canvas: FigureCanvasQTAgg | None = None
        self._placeholder = QLabel(placeholder, self)
        self._placeholder.setObjectName("chartPlaceholder")
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self._placeholder)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def figure(self) -> Figure | None:
        return self._figure

    def canvas(self) -> FigureCanvasQTAgg | None:
        return self._canvas

    def set_placeholder(self, text: str) -> None:
        """Show `text` instead of a chart (computing, nothing to show, an error)."""
        self._placeholder.setText(text)
        self._stack.setCurrentWidget(self._placeholder)

    def set_figure(self, figure: Figure | None) -> None:
        """Show `figure` (built in a worker thread is fine: it gets its canvas here)."""
        if self._canvas is not None:
            self._stack.removeWidget(self._canvas)
            self._canvas.setParent(None)
            self._canvas.deleteLater()
            self._canvas = None
        self._figure = figure
        if figure is None:
            self._stack.setCurrentWidget(self._placeholder)
            return
        canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMinimumSize(200, 160)
        self._stack.addWidget(canvas)
        self._stack.setCurrentWidget(canvas)
        self._canvas = canvas
        canvas.draw_idle()  # type: ignore[no-untyped-call]
