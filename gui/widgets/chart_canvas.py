"""Shows a matplotlib Figure built by core (object API) inside the window.

Core builds each chart once as a `Figure` so the window and the Excel report show the same
picture; this widget shows it. A placeholder text stands in while the figure is being computed
or when there is nothing to draw.

Why the figure is drawn in a background thread into an image: laying out and drawing a chart
with matplotlib takes 0.3–1.5 s of Python on a small laptop while a worker computes. Done in
the GUI thread (FigureCanvasQTAgg), each result froze the window that long. Here the chart is
drawn once per result (and again only when the widget's size settles on a new value) by one
drawing thread, at the widget's size and pixel ratio, and the finished picture is put on
screen in microseconds. A figure can also be handed over as a recipe (`set_figure_later`): then
even building it (0.1–0.4 s of matplotlib for a customer's history or a product's forecast) is
done by the drawing thread, not in the GUI thread while the user moves through a list.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

logger = logging.getLogger(__name__)

#: Wait this long after the last resize before drawing again at the new size (ms).
RESIZE_SETTLE_MS = 150


class _Renders(QObject):
    """The one drawing thread, and how many pictures it still has to draw (screenshots wait
    for none)."""

    idle = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pending = 0
        self._lock = threading.Lock()

    def add(self, delta: int) -> None:
        with self._lock:
            self.pending += delta
            now_idle = self.pending == 0
        if now_idle and delta < 0:
            try:
                self.idle.emit()
            except RuntimeError:  # the application is shutting down
                logger.debug("chart drawing ended after the application")


_renders: _Renders | None = None


def renders() -> _Renders:
    global _renders
    if _renders is None:
        _renders = _Renders()
    return _renders


class LazyFigure:
    """A figure built on first use by whichever thread asks first (the drawing thread, unless
    a caller wants the figure itself before it is drawn)."""

    def __init__(self, build: Callable[[], Figure]) -> None:
        self._build: Callable[[], Figure] | None = build
        self._figure: Figure | None = None
        self._lock = threading.Lock()

    def get(self) -> Figure:
        with self._lock:
            if self._figure is None:
                assert self._build is not None
                self._figure = self._build()
                self._build = None
            return self._figure


class _Drawn(QObject):
    done = Signal(int, QImage)  # generation, picture


class _Draw(QRunnable):
    def __init__(
        self, figure: LazyFigure, size: QSize, ratio: float, generation: int, out: _Drawn
    ) -> None:
        super().__init__()
        self.figure, self.size, self.ratio = figure, size, ratio
        self.generation, self.out = generation, out

    def run(self) -> None:
        image = QImage()
        try:
            figure = self.figure.get()
            dpi = figure.get_dpi() * self.ratio
            figure.set_dpi(dpi)
            figure.set_size_inches(
                max(self.size.width(), 50) * self.ratio / dpi,
                max(self.size.height(), 50) * self.ratio / dpi,
            )
            canvas = FigureCanvasAgg(figure)
            canvas.draw()  # type: ignore[no-untyped-call]
            width, height = canvas.get_width_height()
            buffer = bytes(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
            image = QImage(buffer, width, height, QImage.Format.Format_RGBA8888).copy()
            image.setDevicePixelRatio(self.ratio)
            figure.set_dpi(dpi / self.ratio)
        except Exception:
            logger.exception("a chart could not be drawn")
        finally:
            try:
                self.out.done.emit(self.generation, image)
            except RuntimeError:  # the chart's widget was closed meanwhile
                logger.debug("a chart was drawn for a widget that is gone")
            renders().add(-1)


def _forget(due: list[bool]) -> None:
    if due[0]:
        due[0] = False
        renders().add(-1)


class ChartCanvas(QWidget):
    """`set_figure(fig)` shows a core figure, None the placeholder; `rendered` fires once the
    current figure's picture is on screen."""

    rendered = Signal()

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("chartCanvas")
        self._figure: LazyFigure | None = None
        self._generation = 0
        self._drawn_size: QSize | None = None
        self._placeholder = QLabel(placeholder, self)
        self._placeholder.setObjectName("chartPlaceholder")
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._picture = QLabel(self)
        self._picture.setObjectName("chartPicture")
        self._picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._picture.setMinimumSize(1, 1)
        self._picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self._placeholder)
        self._stack.addWidget(self._picture)
        self._drawn = _Drawn(self)
        self._drawn.done.connect(self._on_drawn)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_SETTLE_MS)
        self._resize_timer.timeout.connect(self._draw)
        # [a drawing is due at the next turn of the event loop]: a list, so that the count in
        # renders() is given back even when the widget goes before its turn comes
        self._due = [False]
        self.destroyed.connect(lambda *_args, due=self._due: _forget(due))
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def figure(self) -> Figure | None:
        """The figure shown (built here and now if the drawing thread has not yet)."""
        return None if self._figure is None else self._figure.get()

    def picture(self) -> QPixmap:
        """What is on screen (an empty pixmap before the first picture is drawn)."""
        return self._picture.pixmap()

    def set_placeholder(self, text: str) -> None:
        """Show `text` instead of a chart (computing, nothing to show, an error)."""
        self._generation += 1
        self._figure = None
        self._placeholder.setText(text)
        self._stack.setCurrentWidget(self._placeholder)

    def set_figure(self, figure: Figure | None) -> None:
        """Show `figure` (built in a worker thread is fine: it is drawn in another one)."""
        self._show(None if figure is None else LazyFigure(lambda: figure))

    def set_figure_later(self, build: Callable[[], Figure]) -> None:
        """Show the figure `build()` returns, built by the drawing thread (it must touch no
        widget: core's chart functions qualify)."""
        self._show(LazyFigure(build))

    def _show(self, figure: LazyFigure | None) -> None:
        self._generation += 1
        self._figure = figure
        self._drawn_size = None
        if figure is None:
            self._stack.setCurrentWidget(self._placeholder)
            return
        if self.isVisible():
            self._draw_soon()
        # a hidden chart is drawn when it is first shown, at the size it then has

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._figure is not None and self._drawn_size != self.size():
            self._draw_soon()

    def _draw_soon(self) -> None:
        """Draw once the event loop is back: the window first finishes what it is doing (the
        tables of a result, the layout of a tab) without the drawing thread competing with it
        for the interpreter, which every Qt call gives up and takes back. Counted in
        `renders()` from now on, so whoever waits for the pictures waits for this one."""
        if self._due[0]:
            return
        self._due[0] = True
        renders().add(1)
        QTimer.singleShot(0, self._draw_due)

    def _draw_due(self) -> None:
        if not self._due[0]:
            return
        self._due[0] = False
        self._draw()
        renders().add(-1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._figure is not None and self.isVisible():
            self._resize_timer.start()

    def _draw(self) -> None:
        self._resize_timer.stop()
        if self._figure is None or self._drawn_size == self.size():
            return
        self._drawn_size = QSize(self.size())
        pool = renders()
        pool.add(1)
        pool.pool.start(
            _Draw(
                self._figure,
                QSize(self.size()),
                self.devicePixelRatioF(),
                self._generation,
                self._drawn,
            )
        )

    def _on_drawn(self, generation: int, image: QImage) -> None:
        if generation != self._generation or image.isNull():
            return  # a newer figure (or a placeholder) took its place meanwhile
        self._picture.setPixmap(QPixmap.fromImage(image))
        self._stack.setCurrentWidget(self._picture)
        self.rendered.emit()
