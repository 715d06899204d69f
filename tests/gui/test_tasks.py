"""The task runner: progress, result, failure, cancel, one task per owner, shutdown."""

from __future__ import annotations

import gc
import importlib
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.errors import Cancelled, FileUnreadableError
from core.progress import Progress
from gui.logfile import log_file_path
from gui.tasks import TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown(10_000)


def count_up(n: int, progress: Progress) -> int:
    total = 0
    for i in range(n):
        total += i
        progress((i + 1) / n, f"step {i + 1} of {n}")
    return total


def test_progress_and_result_arrive_in_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    seen: list[tuple[float, str]] = []
    main_thread = threading.current_thread()
    threads: list[threading.Thread] = []
    task = runner.start("tab", count_up, 200_000)
    task.progress.connect(
        lambda f, m: (seen.append((f, m)), threads.append(threading.current_thread()))
    )
    with qtbot.waitSignal(task.finished, timeout=10_000) as blocker:
        pass
    assert blocker.args == [sum(range(200_000))]
    assert task.state == "finished"
    assert seen, "at least one progress update"
    # 200,000 reports are throttled to a handful (about 20 a second), the last one always kept.
    assert len(seen) < 1000
    assert seen[-1] == (1.0, "step 200000 of 200000")
    assert all(t is main_thread for t in threads)


def test_a_user_error_arrives_as_its_message(qtbot: QtBot, runner: TaskRunner) -> None:
    def unreadable(progress: Progress) -> None:
        raise FileUnreadableError("orders.csv is empty. Export the orders again.")

    task = runner.start("tab", unreadable)
    with qtbot.waitSignal(task.failed, timeout=5_000) as blocker:
        pass
    assert blocker.args == ["orders.csv is empty. Export the orders again."]


def test_an_unexpected_error_is_reported_in_words(qtbot: QtBot, runner: TaskRunner) -> None:
    def broken(progress: Progress) -> None:
        raise ZeroDivisionError("division by zero")

    task = runner.start("tab", broken)
    with qtbot.waitSignal(task.failed, timeout=5_000) as blocker:
        pass
    assert "ZeroDivisionError: division by zero" in blocker.args[0]
    assert blocker.args[0].startswith("Something went wrong")
    # It names the log file that holds the traceback (in the test's own data folder).
    assert f"The details are in the log file {log_file_path()}." in blocker.args[0]


def test_cancel_raises_cancelled_inside_the_worker(qtbot: QtBot, runner: TaskRunner) -> None:
    started = threading.Event()
    release = threading.Event()
    raised: list[BaseException] = []

    def waits(progress: Progress) -> str:
        started.set()
        release.wait(10)
        try:
            progress(0.5, "half way")
        except BaseException as exc:
            raised.append(exc)
            raise
        return "not cancelled"

    task = runner.start("tab", waits)
    assert started.wait(5)
    task.cancel()
    release.set()
    with qtbot.waitSignal(task.cancelled, timeout=5_000):
        pass
    assert task.state == "cancelled"
    assert len(raised) == 1 and isinstance(raised[0], Cancelled)


def test_a_new_task_of_the_same_owner_cancels_and_silences_the_old(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    release = threading.Event()

    def slow(progress: Progress) -> str:
        release.wait(10)
        progress(0.5, "")
        return "old"

    old = runner.start("tab", slow)
    old_results: list[object] = []
    old.finished.connect(old_results.append)
    old.cancelled.connect(lambda: old_results.append("cancelled"))
    new = runner.start("tab", count_up, 10)
    release.set()
    with qtbot.waitSignal(new.finished, timeout=5_000):
        pass
    qtbot.waitUntil(lambda: not old.is_running, timeout=5_000)
    assert old.cancel_requested
    assert old.state == "cancelled"
    assert old_results == []  # superseded: its result would overwrite the newer one
    assert runner.current("tab") is new


def test_shutdown_cancels_and_waits_for_every_worker(runner: TaskRunner) -> None:
    started = threading.Event()
    finished_cleanly = threading.Event()

    def busy(progress: Progress) -> None:
        started.set()
        try:
            while True:
                progress(0.1, "working")
        finally:
            finished_cleanly.set()

    writing = runner.start("import", busy, writes=True)
    assert started.wait(5)
    assert runner.shutdown(10_000)
    assert finished_cleanly.is_set()
    assert writing.wait(0)
    with pytest.raises(RuntimeError):
        runner.start("tab", count_up, 1)


def import_module(name: str, progress: Progress) -> str:
    """A job that loads a library, as an analysis tab's first job does."""
    importlib.import_module(name)
    return name


def test_the_window_gets_the_interpreter_promptly(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """gui/interpreter.py: a 1 ms switch interval once a runner exists, and the objects alive
    after a job that imported modules are set aside from later full collections."""
    assert sys.getswitchinterval() == pytest.approx(0.001)
    name = f"shoplens_probe_{tmp_path.name.replace('-', '_')}"
    (tmp_path / f"{name}.py").write_text("TABLE = {str(i): [i] for i in range(1000)}\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    frozen_before = gc.get_freeze_count()
    task = runner.start("tab", import_module, name)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert name in sys.modules
    assert gc.get_freeze_count() >= frozen_before + 1000  # the module's table among them
    # a job that imports nothing new leaves the collector alone (no collection per job)
    frozen_after = gc.get_freeze_count()
    task = runner.start("tab", count_up, 10)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert gc.get_freeze_count() == frozen_after
