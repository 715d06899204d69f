"""Overview tab: KPI cards for the last complete period, the change against the one before,
all-time totals, and the sales / orders trend charts, per day, week or month.

The figures and charts come from core.analysis.kpis and core.charts.overview, computed in the
task runner; the shop's lines are loaded once and kept until the shop changes or an import
adds lines, so switching day / week / month does not read the shop file again.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from matplotlib.figure import Figure
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.analysis.date_range import complete_period_range
from core.analysis.kpis import KpiResult
from core.charts.overview import orders_customers_figure, sales_trend_figure
from core.errors import ShopLensError
from core.progress import Progress, scaled
from core.sections.base import SectionOutcome
from core.sections.overview import OverviewResult, empty_overview
from gui.messages import tr_core
from gui.models.dataframe_model import format_number
from gui.results import computed_text, fetch
from gui.tasks import TaskRunner
from gui.widgets.chart_canvas import ChartCanvas
from gui.widgets.kpi_card import KpiCard
from gui.widgets.range_panel import PERIOD, RangeData, RangePanel

logger = logging.getLogger(__name__)
translate = QCoreApplication.translate

OWNER = "overview"
# The words core.charts.overview puts on the charts, listed for lupdate; chart_text translates them.
CHART_WORDS = (
    QT_TRANSLATE_NOOP("Charts", "Sales per day"),
    QT_TRANSLATE_NOOP("Charts", "Sales per week"),
    QT_TRANSLATE_NOOP("Charts", "Sales per month"),
    QT_TRANSLATE_NOOP("Charts", "Orders and customers per day"),
    QT_TRANSLATE_NOOP("Charts", "Orders and customers per week"),
    QT_TRANSLATE_NOOP("Charts", "Orders and customers per month"),
    QT_TRANSLATE_NOOP("Charts", "Gross sales"),
    QT_TRANSLATE_NOOP("Charts", "Net sales"),
    QT_TRANSLATE_NOOP("Charts", "Returns"),
    QT_TRANSLATE_NOOP("Charts", "Fees and adjustments"),
    QT_TRANSLATE_NOOP("Charts", "New customers"),
    QT_TRANSLATE_NOOP("Charts", "Returning customers"),
    QT_TRANSLATE_NOOP("Charts", "Orders"),
    QT_TRANSLATE_NOOP("Charts", "No orders yet"),
    QT_TRANSLATE_NOOP("Charts", "Incomplete: to {date}"),
)


def chart_text(text: str) -> str:
    """Translate a word of core's charts into the interface language."""
    return translate("Charts", text)


MONEY = ("net_sales", "gross_sales", "returns", "fees", "aov")


@dataclass(frozen=True)
class OverviewData:
    """What the worker hands back: the figures, both charts, and every period's figures for
    the next switch of period (no second trip to the shop file)."""

    kpis: KpiResult
    sales_figure: Figure
    orders_figure: Figure
    overview: OverviewResult
    outcome: SectionOutcome


def compute_overview(
    db_path: Path,
    period: str,
    known: tuple[OverviewResult, SectionOutcome] | None,
    as_of: date | None,
    progress: Progress,
) -> OverviewData:
    """The overview job (worker thread): the `kpis` section (unless `known`), then the charts."""
    if known is None:
        outcome = fetch(db_path, ["kpis"], as_of, progress=scaled(progress, 0.0, 0.8))["kpis"]
        if outcome.status == "error":
            raise ShopLensError(outcome.reason or "The overview could not be computed.")
        # a shop without orders yet: zero figures and the note saying so, not an error
        known = (outcome.result if outcome.ok else empty_overview(), outcome)
    overview, outcome = known
    result = overview.by_period[period]
    progress(0.85, translate("OverviewTab", "Drawing charts"))
    sales = sales_trend_figure(result, chart_text)
    orders = orders_customers_figure(result, chart_text)
    progress(1.0, translate("OverviewTab", "Overview ready"))
    return OverviewData(result, sales, orders, overview, outcome)


def _cards() -> list[tuple[str, str, bool]]:
    """(metric, title, a rise is good) in reading order."""
    return [
        ("net_sales", translate("OverviewTab", "Net sales"), True),
        ("gross_sales", translate("OverviewTab", "Gross sales"), True),
        ("returns", translate("OverviewTab", "Returns and refunds"), False),
        ("fees", translate("OverviewTab", "Fees and adjustments"), False),
        ("orders", translate("OverviewTab", "Orders"), True),
        ("aov", translate("OverviewTab", "Average order value"), True),
        ("units", translate("OverviewTab", "Units sold"), True),
        ("customers", translate("OverviewTab", "Customers"), True),
        ("new_customers", translate("OverviewTab", "New customers"), True),
        ("returning_customers", translate("OverviewTab", "Returning customers"), True),
    ]


def period_label(label: str | None) -> str:
    """Core's period label ("2011-11", "week of 2011-11-21") in the user's language."""
    if not label:
        return ""
    if label.startswith("week of "):
        return translate("OverviewTab", "week of {date}").format(date=label[len("week of ") :])
    return label


class OverviewTab(QWidget):
    """See the module docstring."""

    updated = Signal(object)  # KpiResult, once cards and charts show it
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self._runner = runner
        self._db_path: Path | None = None
        self._known: tuple[OverviewResult, SectionOutcome] | None = None
        self._as_of: date | None = None
        self._result: KpiResult | None = None
        self._build()

    def _build(self) -> None:
        content = QWidget(self)
        content.setObjectName("overviewContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)

        top = QHBoxLayout()
        self.heading = QLabel(content)
        self.heading.setObjectName("overviewHeading")
        self.heading.setWordWrap(True)
        self.period_combo = QComboBox(content)
        self.period_combo.setObjectName("periodCombo")
        for key, text in (
            ("day", self.tr("Day")),
            ("week", self.tr("Week")),
            ("month", self.tr("Month")),
        ):
            self.period_combo.addItem(text, key)
        self.period_combo.setCurrentIndex(2)
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh(reload=False))
        self.range_panel = RangePanel(self._runner, content)
        self.range_panel.summarized.connect(self._on_range)
        self.range_panel.preset_changed.connect(lambda _p: self._refill())
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Days:"), content))
        top.addWidget(self.range_panel.combo)
        top.addWidget(self.range_panel.start_edit)
        top.addWidget(self.range_panel.end_edit)
        top.addWidget(QLabel(self.tr("Compare by:"), content))
        top.addWidget(self.period_combo)
        layout.addLayout(top)
        self.computed_label = QLabel(content)
        self.computed_label.setObjectName("computedLabel")
        layout.addWidget(self.computed_label)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        self.cards: dict[str, KpiCard] = {}
        for i, (key, title, rise_is_good) in enumerate(_cards()):
            card = KpiCard(title, rise_is_good, content)
            card.setProperty("metric", key)
            self.cards[key] = card
            grid.addWidget(card, i // 5, i % 5)  # ten cards: two rows of five
        layout.addLayout(grid)

        self.notes_label = QLabel(content)
        self.notes_label.setObjectName("notesLabel")
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(False)
        layout.addWidget(self.notes_label)

        charts = QHBoxLayout()
        charts.setSpacing(10)
        self.sales_chart = ChartCanvas(content, self.tr("The sales chart appears here."))
        self.orders_chart = ChartCanvas(content, self.tr("The orders chart appears here."))
        charts.addWidget(self.sales_chart, 1)
        charts.addWidget(self.orders_chart, 1)
        layout.addLayout(charts, 1)
        layout.addWidget(self.range_panel)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_waiting(self.tr("Open a shop to see its overview."))

    # --- public ------------------------------------------------------------------------
    def set_shop(self, db_path: Path) -> None:
        """Show another shop (reads it afresh)."""
        self._db_path = Path(db_path)
        self.refresh()

    def set_as_of(self, as_of: date | None) -> None:
        """Show the figures as of another day (None: up to the last order)."""
        if as_of != self._as_of:
            self._as_of = as_of
            self.refresh()

    def result(self) -> KpiResult | None:
        return self._result

    def period(self) -> str:
        return str(self.period_combo.currentData())

    def refresh(self, reload: bool = True) -> None:
        """Recompute in the task runner; `reload` re-reads the shop (after an import)."""
        if self._db_path is None:
            return
        if reload:
            self._known = None
            self.range_panel.set_shop(self._db_path, self._as_of)
        self._show_waiting(self.tr("Adding up your sales…"))
        task = self._runner.start(
            OWNER, compute_overview, self._db_path, self.period(), self._known, self._as_of
        )
        task.finished.connect(self._on_computed)
        task.failed.connect(self._on_failed)

    def show_message(self, text: str) -> None:
        """Say what is happening while there is nothing to show yet (first start)."""
        self.heading.setText(text)
        self.sales_chart.set_placeholder(self.tr("The sales chart appears here."))
        self.orders_chart.set_placeholder(self.tr("The orders chart appears here."))

    # --- results -----------------------------------------------------------------------
    def _show_waiting(self, text: str) -> None:
        for chart in (self.sales_chart, self.orders_chart):
            chart.set_placeholder(text)

    def _on_computed(self, data: OverviewData) -> None:
        self._known = (data.overview, data.outcome)
        self.computed_label.setText(computed_text(data.outcome))
        self._result = result = data.kpis
        self._refill()
        self.range_panel.set_period_range(complete_period_range(result))
        self.sales_chart.set_figure(data.sales_figure)
        self.orders_chart.set_figure(data.orders_figure)
        self.updated.emit(result)

    def _on_failed(self, message: str) -> None:
        self._result = None
        for card in self.cards.values():
            card.clear()
        self.heading.setText(message)
        self._show_waiting(message)
        self.failed.emit(message)

    def _fill_cards(self, result: KpiResult) -> None:
        current = period_label(result.current_label)
        previous = period_label(result.previous_label)
        if result.date_min is None:
            self.heading.setText(self.tr("This shop has no orders yet: import a file first."))
        else:
            period_text = (
                self.tr("Last complete {period}: {label}").format(
                    period=self.period_combo.currentText().lower(), label=current
                )
                if current
                else self.tr("No complete {period} in the data yet").format(
                    period=self.period_combo.currentText().lower()
                )
            )
            self.heading.setText(
                self.tr("{period_text} · orders from {start} to {end}{currency}").format(
                    period_text=period_text,
                    start=result.date_min.isoformat(),
                    end=result.date_max.isoformat() if result.date_max else "",
                    currency=f" · {result.currency}" if result.currency else "",
                )
            )
        unknown = self._unknown(result)
        for key, card in self.cards.items():
            if key in unknown:
                card.set_unknown(unknown[key])
                continue
            total_value = result.totals.get(key, 0.0)
            if current and key in result.current:
                value = self._format(key, result.current[key])
                change = result.change.get(key)
                total = self._total_text(key, total_value)
            else:  # nothing complete to compare: the all-time figure is the headline
                value = self._format(key, total_value)
                change = None
                total = self.tr("all orders")
            card.set_figures(value, change, previous, total)
        notes = [tr_core(n) for n in result.notes]
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))

    def _refill(self) -> None:
        """The cards follow the chosen days: the last complete period, or the range."""
        data = self.range_panel.data()
        if self.range_panel.preset() != PERIOD and data is not None:
            self._on_range(data)
        elif self._result is not None:
            self._fill_cards(self._result)

    def _on_range(self, data: RangeData) -> None:
        """A range other than the last complete period: its figures against a year earlier."""
        self.cards["customers"].setToolTip(self.range_panel.counts_text(data.counts))
        if self.range_panel.preset() == PERIOD or self._result is None:
            return
        summary = data.summary
        self.heading.setText(
            self.tr("{choice}: {start} to {end}").format(
                choice=self.range_panel.combo.currentText(),
                start=summary.range.start.isoformat(),
                end=summary.range.end.isoformat(),
            )
        )
        unknown = self._unknown(self._result)
        before = summary.year_ago_figures
        for key, card in self.cards.items():
            if key in unknown:
                card.set_unknown(unknown[key])
                continue
            total = (
                self.tr("A year earlier: {value}").format(value=self._format(key, before[key]))
                if before is not None
                else self.tr("A year earlier: not in the data")
            )
            card.set_figures(
                self._format(key, summary.figures[key]),
                summary.change.get(key),
                self.tr("a year earlier") if before is not None else "",
                total,
            )

    def _unknown(self, result: KpiResult) -> dict[str, str]:
        """Cards whose figure the orders cannot give, with the reason: a file without a
        customer or quantity column has customers and units unknown, not zero."""
        if not result.totals.get("orders"):
            return {}
        unknown: dict[str, str] = {}

        def missing(key: str) -> bool:  # 0 from an older result, NaN (unknown) from core
            value = result.totals.get(key)
            return value is None or not math.isfinite(value) or value == 0

        if missing("customers"):
            reason = self.tr("Unknown: the orders have no customer column.")
            unknown.update(
                dict.fromkeys(("customers", "new_customers", "returning_customers"), reason)
            )
        if missing("units"):
            unknown["units"] = self.tr("Unknown: the orders have no quantity column.")
        return unknown

    def _total_text(self, key: str, value: float) -> str:
        if not math.isfinite(value):
            return self.tr("All orders: unknown")
        if key == "new_customers":
            return self.tr("All orders: {value} bought only once").format(
                value=self._format(key, value)
            )
        if key == "returning_customers":
            return self.tr("All orders: {value} came back").format(value=self._format(key, value))
        return self.tr("All orders: {value}").format(value=self._format(key, value))

    def _format(self, key: str, value: float) -> str:
        if not math.isfinite(value):  # e.g. units of an export that names no quantity
            return self.tr("unknown")
        if key in MONEY:
            return format_number(value, 2)
        return format_number(value, 0 if float(value).is_integer() else 2)
