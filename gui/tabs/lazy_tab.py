"""The one mechanism behind the analysis tabs (Customers, Forecast, Recommendations).

Why lazily: their models take seconds, and most openings of a shop are for another tab.
`set_shop` marks the tab stale; the first time it is shown afterwards (or on Refresh) its job
runs in the task runner, with progress and Cancel in the status bar; a Cancel leaves it stale so
the next showing tries again. Subclasses say what the job is and how to show its result.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from core.progress import Progress
from core.sections.base import SectionOutcome
from gui.results import computed_text
from gui.tasks import Task, TaskRunner

logger = logging.getLogger(__name__)

Job = Callable[[Path, Progress], Any]


class LazyAnalysisTab(QWidget):
    """A tab that computes one analysis of the open shop when it is shown."""

    updated = Signal(object)  # the job's result, once the tab shows it
    failed = Signal(str)  # what went wrong, in words

    def __init__(self, runner: TaskRunner, owner: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._owner = owner
        self._db_path: Path | None = None
        self._as_of: date | None = None
        self._stale = False
        # "Computed on <when> from <n> order lines": subclasses place it in their layout
        self.computed_label = QLabel(self)
        self.computed_label.setObjectName("computedLabel")
        self.computed_label.setVisible(False)

    # --- what a subclass provides ------------------------------------------------------------
    def job(self) -> Job:
        """The module-level function run in the worker thread: (shop path, progress) -> data."""
        raise NotImplementedError

    def show_result(self, data: Any) -> None:
        """Put the job's result on screen (GUI thread)."""
        raise NotImplementedError

    def show_state(self, state: str, message: str = "") -> None:
        """Show 'waiting' (shop set, not computed yet), 'computing', 'cancelled' or 'failed'."""
        raise NotImplementedError

    def watch(self, task: Task) -> None:
        """A job started (a tab with its own progress bar connects to it here)."""

    # --- the mechanism -------------------------------------------------------------------------
    @property
    def db_path(self) -> Path | None:
        return self._db_path

    @property
    def as_of(self) -> date | None:
        """The day the analyses look from (None: the last order day)."""
        return self._as_of

    def set_as_of(self, as_of: date | None) -> None:
        """Analyse as of another day: results kept for that day show at once, others compute."""
        if as_of == self._as_of:
            return
        self._as_of = as_of
        if self._db_path is not None:
            self.set_shop(self._db_path)

    def show_computed(self, outcome: SectionOutcome | None) -> None:
        """Say when and from what the result on screen was computed."""
        self.computed_label.setText("" if outcome is None else computed_text(outcome))
        self.computed_label.setVisible(outcome is not None)

    def set_shop(self, db_path: Path) -> None:
        """A shop was opened or changed: compute when the tab is next shown (now, if it is)."""
        self._db_path = Path(db_path)
        self._stale = True
        self.show_computed(None)
        running = self._runner.current(self._owner)
        if running is not None and running.is_running:  # its result would be of the old data
            running.silence()
            running.cancel()
        self.show_state("waiting")
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Compute again in the task runner (a running computation of this tab is replaced)."""
        if self._db_path is None:
            return
        self._stale = False
        self.show_state("computing")
        task = self._runner.start(self._owner, self.job(), self._db_path)
        self.watch(task)
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        task.cancelled.connect(self._on_cancelled)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_finished(self, data: Any) -> None:
        self.show_result(data)
        self.updated.emit(data)

    def _on_failed(self, message: str) -> None:
        logger.info("%s failed: %s", self._owner, message)
        self.show_state("failed", message)
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self._stale = True
        self.show_state("cancelled")
