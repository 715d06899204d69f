"""Pieces of the Customers tab: a table model whose headers explain themselves, and the detail
pane of the selected customer (figures, reasons in words and the order-history chart)."""

from __future__ import annotations

import logging
from typing import Any

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.charts.customers import customer_history_figure
from gui.models.dataframe_model import DataFrameModel, format_number
from gui.widgets.chart_canvas import ChartCanvas

logger = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: The order-history chart is drawn once the selection rests this long (ms): moving through
#: the table with the arrow keys or PageDown updates the figures at once and draws one chart,
#: not one per row passed (each costs a figure build and a draw).
CHART_DELAY_MS = 150


def chart_text(text: str) -> str:
    """Words of core's charts and segment names, in the interface language."""
    return translate("Charts", text)


class ExplainedModel(DataFrameModel):
    """A DataFrameModel that shows one sentence per column as the header's tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._tips: dict[str, str] = {}

    def set_tooltips(self, tips: dict[str, str]) -> None:
        self._tips = dict(tips)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            columns = list(self.frame().columns)
            if 0 <= section < len(columns):
                return self._tips.get(str(columns[section]))
            return None
        return super().headerData(section, orientation, role)


class CustomerDetail(QWidget):
    """What the user reads about one customer: key figures, reasons, order history.

    `chart_shown(customer_id)` fires when the (debounced) history chart is on screen."""

    chart_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerDetail")
        self._pending: tuple[str, pd.DataFrame, pd.Timestamp | None] | None = None
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.setInterval(CHART_DELAY_MS)
        self._chart_timer.timeout.connect(self._draw_chart)
        self.title = QLabel(self)
        self.title.setObjectName("customerTitle")
        self.title.setWordWrap(True)
        self.figures = QLabel(self)
        self.figures.setObjectName("customerFigures")
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("customerReasons")
        self.reasons.setWordWrap(True)
        self.chart = ChartCanvas(self, self.tr("Select a customer to see their orders."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.figures)
        layout.addWidget(self.reasons)
        layout.addWidget(self.chart, 1)
        self.clear()

    def clear(self) -> None:
        self._chart_timer.stop()
        self._pending = None
        self.title.setText(self.tr("No customer selected"))
        self.figures.setText("")
        self.reasons.setText("")
        self.chart.set_placeholder(self.tr("Select a customer to see their orders."))

    def show_customer(self, row: pd.Series, history: pd.DataFrame) -> None:
        """`row`: one row of the customer table; `history`: that customer's days."""
        customer = str(row["customer_id"])
        segment = row.get("segment")
        self.title.setText(
            self.tr("Customer {id} · {segment}").format(
                id=customer, segment=chart_text(str(segment)) if pd.notna(segment) else "–"
            )
        )
        lines = [
            self.tr(
                "Last order {days} days ago · bought on {orders} day(s) · net spend {net}"
            ).format(
                days=_int(row.get("recency_days")),
                orders=_int(row.get("frequency")),
                net=format_number(float(row.get("monetary", 0.0)), 2),
            )
        ]
        if pd.notna(row.get("p_alive")):
            next_order = row.get("next_order_date")
            lines.append(
                self.tr(
                    "Chance still a customer {alive}% · expected 12-month value {value} · "
                    "next order {date}"
                ).format(
                    alive=format_number(float(row["p_alive"]), 0),
                    value=format_number(float(row["clv_12m"]), 2),
                    date=(
                        pd.Timestamp(next_order).strftime("%Y-%m-%d")
                        if pd.notna(next_order)
                        else self.tr("not expected within a year")
                    ),
                )
            )
        self.figures.setText("\n".join(lines))
        if pd.notna(row.get("churn_risk")):
            self.reasons.setText(
                self.tr("Churn risk {risk}% ({band}): {reasons}").format(
                    risk=format_number(float(row["churn_risk"]), 0),
                    band=band_text(str(row["band"])),
                    reasons=row["reasons"] or self.tr("no single reason stands out"),
                )
            )
        else:
            self.reasons.setText("")
        next_order = row.get("next_order_date")
        when = pd.Timestamp(next_order) if pd.notna(next_order) else None
        self._pending = (customer, history, when)
        self._chart_timer.start()  # restarted while the selection keeps moving

    def _draw_chart(self) -> None:
        if self._pending is None:
            return
        customer, history, next_order = self._pending
        self._pending = None
        self.chart.set_figure_later(  # built by the drawing thread: the list keeps moving
            lambda: customer_history_figure(history, next_order, chart_text)
        )
        self.chart_shown.emit(customer)


def band_text(band: str) -> str:
    return {
        "low": translate("CustomersTab", "low"),
        "medium": translate("CustomersTab", "medium"),
        "high": translate("CustomersTab", "high"),
    }.get(band, band)


def _int(value: object) -> str:
    try:
        return format_number(float(value), 0)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "–"
