"""The reorder part of the Forecast tab: service level, lead time, the table of what to order
(stock on hand and lead time editable, "order now" filter), stock file import and export.

The figures come from core.forecast (ForecastResult.reorder); typed or imported stock figures
are kept in the shop file through the task runner's write queue, so the next run and
`main.py analyze` see them. The table (a quarter of a second of SciPy quantiles for a few
thousand products) is computed with the forecast in its worker, and again after a change of
service level, lead time or stock in a thread of the panel's own, so the window never waits.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.export import export_table
from core.forecast.inventory import InventoryParams, read_stock
from core.forecast.shop import ForecastResult, keep_stock
from core.progress import Progress
from gui.tasks import TaskRunner
from gui.widgets.forecast_words import method_text, reorder_headers
from gui.widgets.reorder_table import ReorderModel, by_urgency
from gui.widgets.table_view import DataFrameView

logger = logging.getLogger(__name__)

STOCK_OWNER = "forecast-stock"


def store_stock(db_path: Path, stock: pd.DataFrame, progress: Progress) -> None:
    """Keep the stock figures in the shop file (write queue)."""
    progress(0.0, "Saving stock figures")
    keep_stock(db_path, stock)


def read_stock_job(path: Path, progress: Progress) -> pd.DataFrame:
    return read_stock(path, progress)


def _empty_stock() -> pd.DataFrame:
    return pd.DataFrame({"sku": pd.Series(dtype="str"), "on_hand": pd.Series(dtype="float64")})


@dataclass(frozen=True)
class ReorderInputs:
    """What a reorder table is computed from: stock figures (None: none kept) and settings."""

    stock: pd.DataFrame | None
    params: InventoryParams


def reorder_for(result: ForecastResult, inputs: ReorderInputs) -> pd.DataFrame:
    """The reorder table (empty without a product level); any thread."""
    stock = inputs.stock if inputs.stock is not None else _empty_stock()
    table = result.reorder(stock, inputs.params)
    return table if table is not None else pd.DataFrame()


class _Computed(QObject):
    done = Signal(int, object)  # generation, reorder table


class _Compute(QRunnable):
    def __init__(
        self, result: ForecastResult, inputs: ReorderInputs, generation: int, out: _Computed
    ) -> None:
        super().__init__()
        self.result, self.inputs, self.generation, self.out = result, inputs, generation, out

    def run(self) -> None:
        try:
            table = reorder_for(self.result, self.inputs)
        except Exception:
            logger.exception("the reorder table could not be computed")
            table = pd.DataFrame()
        try:
            self.out.done.emit(self.generation, table)
        except RuntimeError:  # the panel was closed meanwhile
            logger.debug("a reorder table computed for a panel that is gone")


class ReorderPanel(QWidget):
    """See the module docstring."""

    reorder_changed = Signal(object)  # the whole reorder table (DataFrame) after each change

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reorderPanel")
        self._runner = runner
        self._db_path: Path | None = None
        self._result: ForecastResult | None = None
        self._stock = _empty_stock()
        self._reorder = pd.DataFrame()
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._computed = _Computed(self)
        self._computed.done.connect(self._on_computed)
        self._build()

    def _build(self) -> None:
        lower = self  # the panel is the lower half of the tab
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        controls = QHBoxLayout()
        self.reorder_title = QLabel(self.tr("<b>What to reorder</b>"), lower)
        self.service_spin = QDoubleSpinBox(lower)
        self.service_spin.setRange(50.0, 99.9)
        self.service_spin.setDecimals(1)
        self.service_spin.setSuffix(" %")
        self.service_spin.setValue(95.0)
        self.lead_spin = QSpinBox(lower)
        self.lead_spin.setRange(0, 365)
        self.lead_spin.setValue(14)
        self.lead_spin.setSuffix(self.tr(" days"))
        for spin in (self.service_spin, self.lead_spin):
            spin.valueChanged.connect(lambda _v: self._update_reorder())
        self.order_now_only = QCheckBox(self.tr("Only “order now”"), lower)
        self.order_now_only.toggled.connect(lambda _c: self._show_reorder())
        self.import_stock_button = QPushButton(self.tr("Import stock…"), lower)
        self.import_stock_button.setToolTip(
            self.tr("A CSV or Excel file with a SKU column and a stock on hand column")
        )
        self.import_stock_button.clicked.connect(self.choose_stock_file)
        self.export_button = QPushButton(self.tr("Export…"), lower)
        self.export_button.clicked.connect(self.choose_export_file)
        controls.addWidget(self.reorder_title)
        controls.addStretch(1)
        controls.addWidget(QLabel(self.tr("Service level:"), lower))
        controls.addWidget(self.service_spin)
        controls.addWidget(QLabel(self.tr("Lead time:"), lower))
        controls.addWidget(self.lead_spin)
        controls.addWidget(self.order_now_only)
        controls.addWidget(self.import_stock_button)
        controls.addWidget(self.export_button)
        self.reorder_note = QLabel(lower)
        self.reorder_note.setObjectName("reorderNote")
        self.reorder_note.setWordWrap(True)
        self.reorder_model = ReorderModel(self)
        self.reorder_model.edited.connect(self._on_edited)
        self.reorder_view = DataFrameView(lower, self.reorder_model)
        self.reorder_view.setObjectName("reorderTable")
        lower_layout.addLayout(controls)
        lower_layout.addWidget(self.reorder_note)
        lower_layout.addWidget(self.reorder_view, 1)

    def set_shop(self, db_path: Path) -> None:
        self._db_path = Path(db_path)
        self._result = None
        self._stock = _empty_stock()

    def set_result(
        self, result: ForecastResult, stock: pd.DataFrame | None, table: pd.DataFrame | None
    ) -> None:
        """A new forecast, the stock figures kept in the shop (if any) and the reorder table
        the worker computed for them at `inputs()` (None: compute it now)."""
        self._result = result
        if stock is not None:
            self._stock = stock
        if table is None:
            self._update_reorder()
        else:
            self._generation += 1  # a table still being computed is of the old forecast
            self._on_computed(self._generation, table)

    def inputs(self) -> ReorderInputs:
        """The stock figures and settings the table on screen follows."""
        return ReorderInputs(self._stock, self.inventory_params())

    def reorder_frame(self) -> pd.DataFrame:
        """The whole reorder table (all products, whatever the filter shows)."""
        return self._reorder

    # --- reorder ---------------------------------------------------------------------------
    def inventory_params(self) -> InventoryParams:
        return InventoryParams(
            lead_time_days=float(self.lead_spin.value()),
            service_level=self.service_spin.value() / 100.0,
        )

    def _update_reorder(self) -> None:
        """Compute the table again in the panel's thread (a newer change supersedes it)."""
        if self._result is None:
            return
        self._generation += 1
        self._pool.start(_Compute(self._result, self.inputs(), self._generation, self._computed))

    def _on_computed(self, generation: int, table: pd.DataFrame) -> None:
        if generation != self._generation:
            return
        self._reorder = table
        self._show_reorder()
        self.reorder_changed.emit(self._reorder)

    def _show_reorder(self) -> None:
        frame = self._reorder
        if frame.empty:
            self.reorder_model.set_frame(frame)
            self.reorder_note.setText(
                self.tr("Reorder points need products with enough sales history.")
            )
            return
        shown = frame[frame["order_now"]] if self.order_now_only.isChecked() else frame
        shown = by_urgency(shown)
        header = self.reorder_view.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        methods = {m: method_text(str(m)) for m in shown["method"].unique()}  # a few methods
        shown = shown.assign(
            method=shown["method"].map(methods),
            order_now=shown["order_now"].map({True: self.tr("Yes"), False: ""}),
        )
        self.reorder_model.set_frame(shown.reset_index(drop=True), reorder_headers())
        if 0 <= column < len(shown.columns):
            self.reorder_view.sortByColumn(column, order)
        with_stock = int(frame["on_hand"].notna().sum())
        if with_stock == 0:
            self.reorder_note.setText(
                self.tr(
                    "No stock figures yet: the table gives reorder points. Type the stock on "
                    "hand into the table or import a stock file to see what to order now."
                )
            )
        else:
            self.reorder_note.setText(
                self.tr("{urgent} of {products} products should be ordered now.").format(
                    urgent=int(frame["order_now"].sum()), products=len(frame)
                )
            )
        self.reorder_view.fit_columns()

    def set_stock_value(self, sku: str, column: str, value: float) -> None:
        """Record one typed figure (also what editing a cell does) and keep it in the shop."""
        stock = self._stock.copy()
        if column not in stock:
            stock[column] = math.nan
        if sku in set(stock["sku"]):
            stock.loc[stock["sku"] == sku, column] = value
        else:
            row = {"sku": sku, "on_hand": math.nan, column: value}
            stock = pd.concat([stock, pd.DataFrame([row])], ignore_index=True)
        self._set_stock(stock)

    def _on_edited(self, sku: str, column: str, value: float) -> None:
        self.set_stock_value(sku, column, value)

    def _set_stock(self, stock: pd.DataFrame) -> None:
        self._stock = stock.reset_index(drop=True)
        self._update_reorder()
        if self._db_path is not None:
            self._runner.start(
                STOCK_OWNER + "-save", store_stock, self._db_path, self._stock, writes=True
            )

    def import_stock(self, path: Path) -> None:
        """Read a stock file in the task runner and merge it into the figures."""
        task = self._runner.start(STOCK_OWNER, read_stock_job, Path(path))
        task.finished.connect(self._on_stock_read)
        task.failed.connect(lambda message: self.reorder_note.setText(message))

    def _on_stock_read(self, stock: pd.DataFrame) -> None:
        merged = pd.concat([self._stock[~self._stock["sku"].isin(stock["sku"])], stock])
        self._set_stock(merged)

    def choose_stock_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import stock on hand"),
            str(self._db_path.parent if self._db_path else Path.home()),
            self.tr("Stock files (*.csv *.txt *.xlsx *.xls *.ods)"),
        )
        if name:
            self.import_stock(Path(name))

    def export_reorder(self, path: Path) -> Path:
        """Write the table as shown (filter included) to CSV or Excel."""
        return export_table(self.reorder_model.frame(), path)

    def choose_export_file(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the reorder table"),
            str((self._db_path.parent if self._db_path else Path.home()) / "reorder.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        self.export_reorder(path)
        self.reorder_note.setText(self.tr("Saved {file}.").format(file=path.name))
