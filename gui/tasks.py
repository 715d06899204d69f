"""The one runner for every long job of the window (import, preview, analyses).

Why it looks like this:
- Jobs are plain core functions that take a `progress(fraction, message)` keyword; the runner
  hands them a callable that forwards to a Qt signal and raises `core.errors.Cancelled` once the
  user pressed Cancel, so cancelling needs nothing from the job but to report progress.
- Workers never touch widgets: results travel back through queued signals. Each `Task` is a
  QObject living in the GUI thread; the worker emits private signals that are relayed to the
  public ones there, which lets a superseded task be silenced without any race.
- One live task per owner (a tab): starting a new one cancels the old, so a user who changes
  their mind never waits for stale work, and a late result can never overwrite a newer one.
- Jobs that write to the shop file run on a one-thread pool, one after the other.
- Progress is throttled (about 20 updates a second): a job may report per chunk without
  flooding the event loop.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from core.errors import Cancelled, ShopLensError
from gui.interpreter import set_aside_long_lived, share_promptly
from gui.labels import error_text
from gui.logfile import details_in_log

logger = logging.getLogger(__name__)

#: Minimum seconds between two progress signals of one task.
PROGRESS_INTERVAL = 0.05


class Task(QObject):
    """One job: its public signals fire in the GUI thread, at most one of the three endings.

    `ended` fires after finished / failed / cancelled (also for a superseded task, whose other
    signals are silenced) so the status bar knows when nothing is running any more.
    """

    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()

    # Emitted from the worker thread; relayed in the GUI thread (queued connections).
    _worker_progress = Signal(float, str)
    _worker_result = Signal(object)
    _worker_failed = Signal(str)
    _worker_cancelled = Signal()

    def __init__(self, owner_key: str, name: str) -> None:
        super().__init__()
        self.owner_key = owner_key
        self.name = name
        self.state = "queued"  # queued, running, finished, failed, cancelled
        self.last_progress: tuple[float, str] = (0.0, "")
        self._cancel_requested = threading.Event()
        self._worker_done = threading.Event()
        self._silenced = False
        self._last_emit = 0.0
        self._worker_progress.connect(self._relay_progress)
        self._worker_result.connect(self._relay_result)
        self._worker_failed.connect(self._relay_failed)
        self._worker_cancelled.connect(self._relay_cancelled)

    # --- GUI thread -------------------------------------------------------------------------
    def cancel(self) -> None:
        """Ask the job to stop: its next progress report raises Cancelled in the worker."""
        if self.is_running:
            logger.debug("cancel requested for task %s (%s)", self.name, self.owner_key)
        self._cancel_requested.set()

    def silence(self) -> None:
        """Drop every later signal but `ended` (the task was superseded or the window closes)."""
        self._silenced = True

    @property
    def is_running(self) -> bool:
        return self.state in ("queued", "running")

    @property
    def cancel_requested(self) -> bool:
        return self._cancel_requested.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker returned (tests and shutdown only); True when it did."""
        return self._worker_done.wait(timeout)

    @Slot(float, str)
    def _relay_progress(self, fraction: float, message: str) -> None:
        if self.state == "queued":
            self.state = "running"
        self.last_progress = (fraction, message)
        if not self._silenced and self.is_running:
            self.progress.emit(fraction, message)

    @Slot(object)
    def _relay_result(self, result: object) -> None:
        self._end("finished")
        if not self._silenced:
            self.finished.emit(result)
        self.ended.emit()

    @Slot(str)
    def _relay_failed(self, message: str) -> None:
        self._end("failed")
        if not self._silenced:
            self.failed.emit(message)
        self.ended.emit()

    @Slot()
    def _relay_cancelled(self) -> None:
        self._end("cancelled")
        if not self._silenced:
            self.cancelled.emit()
        self.ended.emit()

    def _end(self, state: str) -> None:
        self.state = state
        logger.debug("task %s (%s) %s", self.name, self.owner_key, state)

    # --- worker thread ----------------------------------------------------------------------
    def report_progress(self, fraction: float, message: str = "") -> None:
        """The `progress` callable handed to the job; raises Cancelled after a cancel."""
        if self._cancel_requested.is_set():
            raise Cancelled()
        now = time.monotonic()
        if fraction >= 1.0 or now - self._last_emit >= PROGRESS_INTERVAL:
            self._last_emit = now
            self._worker_progress.emit(float(fraction), str(message))


class _Job(QRunnable):
    """Runs one task's function in a pool thread and reports how it ended."""

    def __init__(self, task: Task, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps the Python object until the job is done
        self.task = task
        self.fn = fn
        self.args = args

    def run(self) -> None:
        task = self.task
        try:
            if task.cancel_requested:
                raise Cancelled()
            result = self.fn(*self.args, progress=task.report_progress)
        except Cancelled:
            task._worker_cancelled.emit()
        except ShopLensError as exc:
            logger.info("task %s could not finish: %s", task.name, exc, exc_info=True)
            task._worker_failed.emit(error_text(exc))
        except Exception as exc:
            logger.exception("task %s failed unexpectedly", task.name)
            task._worker_failed.emit(
                QCoreApplication.translate(
                    "TaskRunner",
                    "Something went wrong that ShopLens did not expect ({error}). {details} "
                    "Please try again, or send us that file if it happens again.",
                ).format(error=f"{type(exc).__name__}: {exc}", details=details_in_log())
            )
        else:
            set_aside_long_lived()  # the job may have loaded an analysis library
            task._worker_result.emit(result)
        finally:
            task._worker_done.set()


class TaskRunner(QObject):
    """Starts jobs off the GUI thread, one live job per owner; see the module docstring."""

    task_started = Signal(object)  # Task
    task_ended = Signal(object)  # Task

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        share_promptly()  # the window's own share of the interpreter (gui/interpreter.py)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._write_pool = QThreadPool(self)
        self._write_pool.setMaxThreadCount(1)
        self._current: dict[str, Task] = {}
        self._jobs: dict[Task, _Job] = {}
        self._closed = False

    def start(
        self, owner_key: str, fn: Callable[..., Any], *args: Any, writes: bool = False
    ) -> Task:
        """Run `fn(*args, progress=...)` in a worker; cancels the owner's previous task.

        `writes=True` queues the job behind every other job that writes to a shop file.
        """
        if self._closed:
            raise RuntimeError("the task runner was shut down")
        self._forget_done_jobs()
        previous = self._current.get(owner_key)
        if previous is not None and previous.is_running:
            previous.silence()
            previous.cancel()
        name = getattr(fn, "__name__", repr(fn))
        task = Task(owner_key, name)
        task.ended.connect(lambda t=task: self._on_ended(t))
        job = _Job(task, fn, args)
        self._current[owner_key] = task
        self._jobs[task] = job
        (self._write_pool if writes else self._pool).start(job)
        logger.debug("task %s started for %s", name, owner_key)
        self.task_started.emit(task)
        return task

    def current(self, owner_key: str) -> Task | None:
        """The owner's latest task (running or not), if any."""
        return self._current.get(owner_key)

    def running_tasks(self) -> list[Task]:
        return [t for t in self._jobs if t.is_running]

    def cancel(self, owner_key: str) -> None:
        task = self._current.get(owner_key)
        if task is not None:
            task.cancel()

    def cancel_all(self) -> None:
        """Cancel and silence every task and accept no new one (the window is closing): the
        window goes at once, the workers stop at their next progress point."""
        self._closed = True
        for task in list(self._jobs):
            task.silence()
            task.cancel()

    def shutdown(self, timeout_ms: int = 60_000, write_timeout_ms: int | None = None) -> bool:
        """Cancel everything and wait for the workers; True if all stopped in time.

        Jobs that write wait up to `write_timeout_ms` (default: `timeout_ms`): a cancelled
        write rolls back at its next chunk, so the shop file stays consistent. Jobs that only
        read wait `timeout_ms`; the app then exits even if one is still inside a library call
        (gui.app), which loses nothing but a result nobody waits for any more.
        """
        self.cancel_all()
        writes_done = self._write_pool.waitForDone(
            timeout_ms if write_timeout_ms is None else write_timeout_ms
        )
        done = writes_done and self._pool.waitForDone(timeout_ms)
        if not done:
            logger.warning(
                "still running at shutdown: %s",
                ", ".join(t.name for t in self._jobs if not t._worker_done.is_set()),
            )
        return done

    def _on_ended(self, task: Task) -> None:
        self.task_ended.emit(task)

    def _forget_done_jobs(self) -> None:
        """Drop jobs whose worker has returned (the worker then holds no reference either)."""
        for task in [t for t in self._jobs if t._worker_done.is_set() and not t.is_running]:
            del self._jobs[task]
