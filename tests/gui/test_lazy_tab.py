"""The analysis tabs' one mechanism: compute when shown, and never show the old shop's result."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.progress import Progress
from gui.tabs.lazy_tab import Job, LazyAnalysisTab
from gui.tasks import TaskRunner

WAIT_MS = 30_000


def count_lines(db_path: Path, progress: Progress) -> str:
    """A slow job that reports progress often (so a Cancel is honoured between steps): real
    work between the steps, not a sleep."""
    for step in range(200):
        progress(step / 200, "working")
        sum(i * i for i in range(20_000))
    return db_path.name


class NameTab(LazyAnalysisTab):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, "name-tab", parent)
        self.states: list[str] = []
        self.shown: list[Any] = []

    def job(self) -> Job:
        return count_lines

    def show_result(self, data: Any) -> None:
        self.shown.append(data)

    def show_state(self, state: str, message: str = "") -> None:
        self.states.append(state)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown(WAIT_MS)


def test_computes_only_when_shown(qtbot: QtBot, runner: TaskRunner, tmp_path: Path) -> None:
    tab = NameTab(runner)
    qtbot.addWidget(tab)
    tab.set_shop(tmp_path / "first.sqlite")
    assert runner.current("name-tab") is None and tab.states == ["waiting"]
    with qtbot.waitSignal(tab.updated, timeout=WAIT_MS) as done:
        tab.show()
    assert done.args == ["first.sqlite"] and tab.shown == ["first.sqlite"]
    assert tab.states == ["waiting", "computing"]


def test_another_shop_drops_the_running_job(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    tab = NameTab(runner)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_shop(tmp_path / "old.sqlite")  # visible: starts at once
    old = runner.current("name-tab")
    assert old is not None and old.is_running
    tab.hide()
    tab.set_shop(tmp_path / "new.sqlite")  # hidden: the old job is cancelled, nothing starts
    assert old.wait(WAIT_MS / 1000)
    qtbot.wait(100)
    assert tab.shown == []  # the old shop's result never reached the screen
    with qtbot.waitSignal(tab.updated, timeout=WAIT_MS) as done:
        tab.show()
    assert done.args == ["new.sqlite"]
