"""Forecast tab: pick the whole shop, a category or a product, see the weeks ahead with 80% /
95% bands and how accurate the forecast was on the shop's own past; below, what to reorder.

The forecast is computed in the task runner the first time the tab is shown after a shop is
opened (or on Refresh), not at every shop open: a forecast of thousands of products takes a
while and most visits to a shop do not need it. Stock on hand and lead times typed into the
reorder table or imported from a stock file are kept in the shop file (core.forecast.shop).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.charts.forecast import forecast_figure
from core.forecast.engine import LevelForecast
from core.forecast.inventory import InventoryParams
from core.forecast.shop import ForecastParams, ForecastResult, stock_of_shop
from core.progress import Progress
from core.sections.base import SectionOutcome
from gui.messages import tr_core
from gui.results import fetch_one
from gui.tabs.lazy_tab import Job, LazyAnalysisTab
from gui.tabs.overview_tab import chart_text
from gui.tasks import Task, TaskRunner
from gui.widgets.chart_canvas import ChartCanvas
from gui.widgets.forecast_words import level_sentence, series_details
from gui.widgets.reorder_panel import ReorderInputs, ReorderPanel, reorder_for

logger = logging.getLogger(__name__)

OWNER = "forecast"
STOCK_OWNER = "forecast-stock"


@dataclass(frozen=True)
class ForecastData:
    """What the worker hands back: the forecast and the stock figures kept in the shop."""

    result: ForecastResult
    stock: pd.DataFrame | None
    outcome: SectionOutcome | None = None
    reorder: pd.DataFrame | None = None  # for `stock` at the tab's settings `inventory`
    inventory: InventoryParams | None = None


def compute_forecast(
    db_path: Path,
    frequency: str | None,
    progress: Progress,
    as_of: date | None = None,
    inventory: InventoryParams | None = None,
) -> ForecastData:
    """The forecast job (worker thread): the `forecast` section, the stock the user gave and
    the reorder table for them at the tab's settings (`inventory`)."""
    params = ForecastParams(frequency=frequency)  # type: ignore[arg-type]
    outcome = fetch_one(db_path, "forecast", as_of, {"forecast": params}, progress)
    stock = stock_of_shop(db_path)
    table = None
    if inventory is not None:
        table = reorder_for(outcome.result, ReorderInputs(stock, inventory))
    return ForecastData(outcome.result, stock, outcome, table, inventory)


class ForecastTab(LazyAnalysisTab):
    """See the module docstring; `updated` carries the ForecastData once the tab shows it."""

    reorder_changed = Signal(object)  # the reorder table (DataFrame) after each change

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, OWNER, parent)
        self.setObjectName("forecastTab")
        self._result: ForecastResult | None = None
        self._order: list[int] = []  # list position -> row of the level's panel
        self._build()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(8)
        top = QHBoxLayout()
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("levelCombo")
        for key, text in (
            ("total", self.tr("Whole shop")),
            ("category", self.tr("Categories")),
            ("product", self.tr("Products")),
        ):
            self.level_combo.addItem(text, key)
        self.level_combo.currentIndexChanged.connect(lambda _i: self._fill_series())
        self.search = QLineEdit(self)
        self.search.setObjectName("seriesSearch")
        self.search.setPlaceholderText(self.tr("Search a product or category…"))
        self.search.setClearButtonEnabled(True)
        self.frequency_combo = QComboBox(self)
        self.frequency_combo.setObjectName("frequencyCombo")
        frequencies: tuple[tuple[str | None, str], ...] = (
            (None, self.tr("Automatic")),
            ("day", self.tr("Days")),
            ("week", self.tr("Weeks")),
            ("month", self.tr("Months")),
        )
        for frequency, label in frequencies:
            self.frequency_combo.addItem(label, frequency)
        self.frequency_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(260)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(lambda: self._runner.cancel(OWNER))
        top.addWidget(QLabel(self.tr("Forecast for:"), self))
        top.addWidget(self.level_combo)
        top.addWidget(self.search, 1)
        top.addWidget(QLabel(self.tr("Periods:"), self))
        top.addWidget(self.frequency_combo)
        top.addWidget(self.refresh_button)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        outer.addLayout(top)
        outer.addWidget(self.computed_label)

        self.series_model = QStringListModel(self)
        self.series_proxy = QSortFilterProxyModel(self)
        self.series_proxy.setSourceModel(self.series_model)
        self.series_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.series_proxy.setFilterFixedString)
        self.series_list = QListView(self)
        self.series_list.setObjectName("seriesList")
        self.series_list.setModel(self.series_proxy)
        self.series_list.setMinimumWidth(220)
        self.series_list.setUniformItemSizes(True)  # thousands of products: no row measured
        self.series_list.selectionModel().currentChanged.connect(lambda *_: self._show_series())
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.chart = ChartCanvas(right, self.tr("Open a shop to see its forecast."))
        self.accuracy_label = QLabel(right)
        self.accuracy_label.setObjectName("accuracyLabel")
        self.accuracy_label.setWordWrap(True)
        self.accuracy_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right_layout.addWidget(self.chart, 1)
        right_layout.addWidget(self.accuracy_label)
        upper = QSplitter(Qt.Orientation.Horizontal, self)
        upper.addWidget(self.series_list)
        upper.addWidget(right)
        upper.setStretchFactor(1, 1)
        upper.setSizes([260, 900])

        self.reorder = ReorderPanel(self._runner, self)
        self.reorder.reorder_changed.connect(self.reorder_changed)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(self.reorder)
        split.setSizes([480, 320])
        outer.addWidget(split, 1)

    # --- public ----------------------------------------------------------------------------
    def set_shop(self, db_path: Path) -> None:
        """Another shop (or more orders): forecast again when the tab is next shown."""
        self.reorder.set_shop(Path(db_path))
        super().set_shop(db_path)

    def result(self) -> ForecastResult | None:
        return self._result

    def job(self) -> Job:
        return partial(
            compute_forecast,
            frequency=self.frequency_combo.currentData(),
            as_of=self.as_of,
            inventory=self.reorder.inventory_params(),
        )

    def watch(self, task: Task) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        task.progress.connect(lambda f, _m: self.progress.setValue(int(f * 1000)))

    def show_state(self, state: str, message: str = "") -> None:
        if state == "waiting":
            self._result = None
            self.chart.set_placeholder(self.tr("The forecast is computed when you open this tab."))
        elif state == "computing":
            self.chart.set_placeholder(self.tr("Testing forecasts on your past sales…"))
        elif state == "cancelled":
            self._done()
            self.chart.set_placeholder(
                self.tr("The forecast was cancelled. Press Refresh to run it.")
            )
        else:
            self._done()
            self._result = None
            self.chart.set_placeholder(message)
            self.accuracy_label.setText(message)

    # --- results ---------------------------------------------------------------------------
    def _done(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def show_result(self, data: ForecastData) -> None:
        self._done()
        self.show_computed(data.outcome)
        self._result = data.result
        index = self.level_combo.findData("product" if "product" in data.result.levels else "total")
        if index != self.level_combo.currentIndex():
            self.level_combo.setCurrentIndex(index)  # which fills the list
        else:
            self._fill_series()
        current = data.inventory == self.reorder.inventory_params()  # unchanged meanwhile
        self.reorder.set_result(data.result, data.stock, data.reorder if current else None)

    def _level(self) -> LevelForecast | None:
        if self._result is None:
            return None
        return self._result.levels.get(str(self.level_combo.currentData()))

    def _fill_series(self) -> None:
        level = self._level()
        if level is None:
            self.series_model.setStringList([])
            reason = ""
            if self._result is not None:
                reason = tr_core(self._result.skipped.get(str(self.level_combo.currentData()), ""))
            self.chart.set_placeholder(reason or self.tr("Nothing to forecast at this level."))
            self.accuracy_label.setText(reason)
            return
        panel = level.panel
        if panel.level == "product":
            labels = [f"{name} ({key})" for key, name in zip(panel.keys, panel.names, strict=True)]
        else:
            labels = [chart_text(n) if panel.level == "total" else n for n in panel.names]
        # the best sellers first: the list is where the owner starts
        volume = panel.values[:, -13:].sum(axis=1)
        self._order = [int(i) for i in (-volume).argsort(kind="stable")]
        self.series_model.setStringList([labels[i] for i in self._order])
        self.series_list.setCurrentIndex(self.series_proxy.index(0, 0))

    def selected_row(self) -> int | None:
        """Row in the level's panel of the series picked in the list."""
        index = self.series_list.currentIndex()
        if not index.isValid():
            return None
        return self._order[self.series_proxy.mapToSource(index).row()]

    def _show_series(self) -> None:
        level = self._level()
        row = self.selected_row()
        if level is None or row is None:
            return
        self.chart.set_figure_later(lambda: forecast_figure(level, row, chart_text))
        self.accuracy_label.setText(level_sentence(level) + "\n" + series_details(level, row))
