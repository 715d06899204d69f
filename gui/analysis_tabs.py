"""The window's four analysis tabs (Customers, Forecast, Recommendations, Campaigns).

Why a module of their own: they are built either at once (tests) or, in the app, once
gui.tab_loader has imported their modules and the analysis libraries in the background, in
place of a short "preparing" page each, so the window shows before those seconds of imports.
Whichever way, they arrive on the shop and the day the window has open by then.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QTabWidget

from gui.tab_loader import TabModuleLoader
from gui.tasks import TaskRunner

if TYPE_CHECKING:
    from gui.tabs.campaigns_tab import CampaignsTab
    from gui.tabs.customers_tab import CustomersTab
    from gui.tabs.forecast_tab import ForecastTab
    from gui.tabs.recommend_tab import RecommendTab

logger = logging.getLogger(__name__)


class AnalysisTab(Protocol):
    """A tab that computes one analysis of the open shop when it is first shown."""

    @property
    def updated(self) -> SignalInstance: ...  # its result is on screen

    @property
    def failed(self) -> SignalInstance: ...  # a message in words

    def set_shop(self, db_path: Path) -> None: ...

    def set_as_of(self, as_of: date | None) -> None: ...


class AnalysisTabs(QObject):
    """Builds the tabs into `tabs` from index `first` on; `ready` once they stand there,
    `failed(str)` when their modules could not be loaded."""

    ready = Signal()
    failed = Signal(str)
    customers_tab: CustomersTab
    forecast_tab: ForecastTab
    recommend_tab: RecommendTab
    campaigns_tab: CampaignsTab

    def __init__(self, runner: TaskRunner, tabs: QTabWidget, first: int) -> None:
        super().__init__(tabs)
        self._runner = runner
        self._tabs = tabs
        self._first = first
        self._titles = (
            self.tr("Customers"),
            self.tr("Forecast"),
            self.tr("Recommendations"),
            self.tr("Campaigns"),
        )
        self.is_ready = False
        self.loader: TabModuleLoader | None = None

    def build_now(self) -> None:
        """Import the tabs' modules here and build them (tests, scripts)."""
        self._create()

    def build_later(self) -> None:
        """A "preparing" page per tab now; the tabs once their modules are imported."""
        for title in self._titles:
            waiting = QLabel(self.tr("Preparing this tab…"), self._tabs)
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._tabs.addTab(waiting, title)
        self.loader = TabModuleLoader(self)
        self.loader.loaded.connect(self._create)
        self.loader.failed.connect(self.failed)
        self.loader.start()

    def _create(self) -> None:
        from gui.tabs.campaigns_tab import CampaignsTab
        from gui.tabs.customers_tab import CustomersTab
        from gui.tabs.forecast_tab import ForecastTab
        from gui.tabs.recommend_tab import RecommendTab

        current = self._tabs.currentIndex()
        self.customers_tab = CustomersTab(self._runner, self._tabs)
        self.forecast_tab = ForecastTab(self._runner, self._tabs)
        self.recommend_tab = RecommendTab(self._runner, self._tabs)
        self.campaigns_tab = CampaignsTab(self._runner, self._tabs)
        built = (self.customers_tab, self.forecast_tab, self.recommend_tab, self.campaigns_tab)
        for offset, (tab, title) in enumerate(zip(built, self._titles, strict=True)):
            index = self._first + offset
            if index < self._tabs.count():  # a "preparing" page stands there
                waiting = self._tabs.widget(index)
                self._tabs.removeTab(index)
                if waiting is not None:
                    waiting.deleteLater()
            self._tabs.insertTab(index, tab, title)
        self._tabs.setCurrentIndex(current)
        self.is_ready = True
        logger.info("analysis tabs built")
        self.ready.emit()

    def named(self) -> list[tuple[str, AnalysisTab]]:
        """The tabs by screenshot name, in tab order (none while still being loaded)."""
        if not self.is_ready:
            return []
        return [
            ("customers", self.customers_tab),
            ("forecast", self.forecast_tab),
            ("recommendations", self.recommend_tab),
            ("campaigns", self.campaigns_tab),
        ]
