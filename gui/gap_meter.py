"""How long the window goes without handling events: the longest gap of its event loop.

Why: a merchant feels a frozen window, not a slow computation. A 10 ms timer that notes when
it actually fires measures what they feel: any time the GUI thread spends elsewhere (drawing a
chart, sizing a table, waiting for a worker to let go of the interpreter) shows as a gap. Used
by the test that bounds it and by bench/window_bench.py, which reports it.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, Qt, QTimer

logger = logging.getLogger(__name__)


class GapMeter(QObject):
    """`start()`, let the window work, `stop()`; `longest` is the longest gap in seconds and
    `where` what `label` said when it happened; `by_label` the longest gap under each label;
    `longest_own` how much of the longest gap the GUI thread spent working itself (the rest
    it waited: for the interpreter, held by another thread, or for a processor)."""

    def __init__(self, interval_ms: int = 10, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._interval = interval_ms / 1000
        self._last = 0.0
        self._last_cpu = 0.0
        self.longest = 0.0
        self.longest_own = 0.0  # GUI thread's own CPU time in the longest gap (rest: waiting)
        self.where = ""
        self.label = ""  # what the window is doing, set by the caller
        self.ticks = 0
        self.by_label: dict[str, float] = {}

    def start(self) -> None:
        self.longest, self.where, self.ticks, self.longest_own = 0.0, "", 0, 0.0
        self.by_label = {}
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self._timer.start()

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        logger.info(
            "longest event-loop gap %.0f ms (%s; the GUI thread's own work %.0f ms of it); "
            "by step: %s",
            self.longest * 1000,
            self.where,
            self.longest_own * 1000,
            ", ".join(f"{k or '-'} {v * 1000:.0f} ms" for k, v in self.by_label.items()),
        )
        return self.longest

    def _tick(self) -> None:
        now = time.perf_counter()
        cpu = time.thread_time()
        gap = now - self._last - self._interval
        own = cpu - self._last_cpu
        self._last, self._last_cpu = now, cpu
        self.ticks += 1
        if gap > self.by_label.get(self.label, -1.0):
            self.by_label[self.label] = max(gap, 0.0)
        if gap > self.longest:
            self.longest, self.where, self.longest_own = gap, self.label, own
