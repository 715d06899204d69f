"""The analysis tabs' modules, loaded in a background thread after the window is on screen.

Why: the Customers, Forecast and Recommendations tabs pull in the analysis libraries
(scikit-learn, SciPy, statsmodels) through core's models: seconds of imports on a small laptop
that a merchant would spend looking at an empty desktop. The window shows its Import and
Overview tabs at once with a short "preparing" page in place of each analysis tab; the imports
run in a plain thread (they touch no widget) and the tabs are built in the GUI thread once they
are done, which takes milliseconds.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time

from PySide6.QtCore import QObject, Signal

logger = logging.getLogger(__name__)

#: The modules of the tabs that compute analyses, in tab order.
ANALYSIS_TAB_MODULES: tuple[str, ...] = (
    "gui.tabs.customers_tab",
    "gui.tabs.forecast_tab",
    "gui.tabs.recommend_tab",
    "gui.tabs.campaigns_tab",
)


class TabModuleLoader(QObject):
    """`loaded` fires in the GUI thread once every module is imported (or `failed(str)`)."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="shoplens-tab-import", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the imports are done (shutdown, tests); True when they are."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        started = time.perf_counter()
        try:
            for name in ANALYSIS_TAB_MODULES:
                importlib.import_module(name)
        except Exception as exc:  # a broken install: the window says so instead of hanging
            logger.exception("the analysis tabs could not be loaded")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        logger.info("analysis tabs loaded in %.2f s", time.perf_counter() - started)
        self.loaded.emit()
