"""Screenshot mode (`main.py --screenshot DIR`): drive the window like a user and save PNGs.

Steps: wait for the overview of the shop, save it; show each analysis tab (Customers,
Forecast, Recommendations — `MainWindow.analysis_tabs`), wait for its result, save it; preview
the demo file on the Import tab, save it; import it, wait for the overview to catch up, save the
report; exit. From the demo shop the import goes, as for a user, into "My shop" (in screenshot
mode a temporary one, see `gui.app.run_gui`), so the report shows a first real import; into a
shop named with --db that already holds the demo orders it adds nothing new. Each step waits
for the tab's own signal, so the pictures show finished work, never a spinner.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from core.demo import demo_file
from gui.analysis_tabs import AnalysisTab
from gui.main_window import MainWindow
from gui.widgets.chart_canvas import renders
from gui.widgets.range_panel import OWNER as RANGE_OWNER

logger = logging.getLogger(__name__)

#: Let layouts settle and matplotlib draw before a picture is taken (milliseconds).
SETTLE_MS = 400
TIMEOUT_MS = 300_000


class ScreenshotSession(QObject):
    """Emits `finished(0)` once every PNG is saved, `finished(1)` when a step failed."""

    finished = Signal(int)

    def __init__(self, window: MainWindow, folder: Path, file: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.folder = Path(folder)
        self.file = file if file is not None else demo_file()
        self.saved: list[Path] = []
        self._pending: list[tuple[str, AnalysisTab]] = []
        self._step = "overview"
        self.folder.mkdir(parents=True, exist_ok=True)
        overview = window.overview_tab
        imports = window.import_tab
        overview.updated.connect(self._on_overview)
        overview.failed.connect(self._fail)
        imports.preview_shown.connect(self._on_preview)
        imports.preview_failed.connect(self._fail)
        imports.imported.connect(self._on_imported)
        imports.import_failed.connect(self._fail)
        window.runner.task_ended.connect(self._on_task_ended)
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(lambda: self._fail("timed out"))
        self._timeout.start(TIMEOUT_MS)

    def _on_task_ended(self, task: object) -> None:
        if getattr(task, "state", "") == "failed" and getattr(task, "owner_key", "") == "shop":
            self._fail("the demo shop could not be prepared")

    def _on_overview(self, _result: object) -> None:
        if self._step == "refresh":  # the overview caught up with the import
            self._step = "done"
            # all idle once its top tables are too (a job left running would end the process)
            QTimer.singleShot(SETTLE_MS, lambda: self._when_range_idle(self._after_report))
            return
        if self._step != "overview":
            return
        self._step = "analyses"
        self.window.tabs.setCurrentWidget(self.window.overview_tab)
        QTimer.singleShot(SETTLE_MS, self._after_overview)

    def _after_overview(self) -> None:
        def then() -> None:
            self._pending = list(self.window.analysis_tabs())
            self._next_analysis()

        self._when_range_idle(lambda: self._save("overview", then))

    def _when_range_idle(self, step: Callable[[], None]) -> None:
        """Run `step` once the Overview's date range job (its top tables) has ended."""
        runner = self.window.runner
        task = runner.current(RANGE_OWNER)
        if task is None or not task.is_running:
            step()
            return

        def ended(ended_task: object) -> None:
            if getattr(ended_task, "owner_key", "") != RANGE_OWNER:
                return
            runner.task_ended.disconnect(ended)
            QTimer.singleShot(SETTLE_MS, lambda: self._when_range_idle(step))

        runner.task_ended.connect(ended)

    def _next_analysis(self) -> None:
        """Show the next analysis tab; it computes when shown and signals `updated`."""
        if self._step == "failed":
            return
        if not self._pending:
            self._step = "import"
            self.window.import_path(self.file)
            return
        name, tab = self._pending.pop(0)
        self._step = f"analysis:{name}"

        def shown(_result: object, name: str = name) -> None:
            if self._step == f"analysis:{name}":
                self._step = "analysis-saving"
                QTimer.singleShot(SETTLE_MS, lambda: self._after_analysis(name))

        tab.updated.connect(shown)
        tab.failed.connect(lambda message, name=name: self._fail(f"{name}: {message}"))
        self.window.tabs.setCurrentWidget(cast(QWidget, tab))

    def _after_analysis(self, name: str) -> None:
        self._save(name, self._next_analysis)

    def _on_preview(self, _preview: object) -> None:
        if self._step != "import":
            return
        self._step = "report"
        QTimer.singleShot(SETTLE_MS, self._after_preview)

    def _after_preview(self) -> None:
        def then() -> None:
            if self.window.import_tab.start_import() is None:
                self._fail("the import could not start")

        self._save("import", then)

    def _on_imported(self, _report: object) -> None:
        if self._step == "report":
            self._step = "refresh"  # the window refreshes the overview after an import

    def _after_report(self) -> None:
        def then() -> None:
            self._timeout.stop()
            logger.info("screenshots saved: %s", ", ".join(p.name for p in self.saved))
            self.finished.emit(0)

        self._save("import-report", then)

    def _save(self, name: str, then: Callable[[], None]) -> None:
        """Grab the window into `name`.png once its charts are drawn, then go on with `then`
        (never before: the next step changes what is on screen)."""
        if renders().pending:  # charts are drawn in a thread: grab once they are on screen
            waiting = renders()

            def again(name: str = name) -> None:
                waiting.idle.disconnect(again)
                QTimer.singleShot(0, lambda: self._save(name, then))

            waiting.idle.connect(again)
            return
        QApplication.processEvents()
        path = self.folder / f"{name}.png"
        if not self.window.grab().save(str(path)):
            self._fail(f"could not write {path}")
            return
        self.saved.append(path)
        logger.info("saved %s", path)
        then()

    def _fail(self, message: str) -> None:
        if self._step == "failed":
            return
        self._step = "failed"
        self._timeout.stop()
        logger.error("screenshot mode stopped: %s", message)
        self.finished.emit(1)
