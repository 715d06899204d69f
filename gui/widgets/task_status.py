"""The running task in the status bar: a progress bar and a Cancel button.

Quick jobs (a preview, a recount) end before the bar appears, so the status bar does not
flicker; a long one shows its progress and can be cancelled from any tab.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar

from gui.messages import tr_core
from gui.tasks import Task, TaskRunner

#: A task shows its progress in the status bar only once it has run this long (milliseconds).
REVEAL_PROGRESS_MS = 300


class TaskStatus(QObject):
    """Adds its two widgets to `bar` (permanent, on the right) and follows `runner`."""

    def __init__(self, runner: TaskRunner, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._runner = runner
        self.task: Task | None = None
        self.progress = QProgressBar(bar)
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(320)
        self.progress.setMinimumWidth(200)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(QCoreApplication.translate("MainWindow", "Cancel"), bar)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        runner.task_started.connect(self._on_started)
        runner.task_ended.connect(self._on_ended)

    def cancel(self) -> None:
        """What the Cancel button does: cancel the task shown."""
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _on_started(self, task: Task) -> None:
        self.task = task
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        self.cancel_button.setEnabled(True)
        task.progress.connect(self._on_progress)
        QTimer.singleShot(REVEAL_PROGRESS_MS, self, self._reveal)

    def _reveal(self) -> None:
        if self.task is not None and self.task.is_running:
            self.progress.setVisible(True)
            self.cancel_button.setVisible(True)

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.progress.setFormat(f"{tr_core(message)}  %p%" if message else "%p%")

    def _on_ended(self, _task: Task) -> None:
        running = self._runner.running_tasks()
        if running:
            self.task = running[-1]
            fraction, message = self.task.last_progress
            self._on_progress(fraction, message)
            return
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
