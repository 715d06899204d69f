"""The Customers page of the Customers tab: every customer in one searchable table (segment,
group, R/F/M, P(alive), 12-month value, churn risk, next order, reasons), and the detail pane
of the selected one."""

from __future__ import annotations

import logging

import pandas as pd
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.customers.insights import CustomerInsights
from core.customers.rfm import SEGMENTS
from gui.tabs.customer_detail import CustomerDetail, ExplainedModel, band_text, chart_text
from gui.widgets.table_view import DataFrameView

logger = logging.getLogger(__name__)
#: What a merchant acts on comes first, so it shows without scrolling on a 1366×768 screen:
#: who, what they are worth next year, how likely they are to leave and why.
SHOWN_ORDER = (
    "customer_id",
    "clv_12m",
    "churn_risk",
    "reasons",
    "segment",
    "band",
    "p_alive",
    "next_order_date",
    "recency_days",
    "frequency",
    "monetary",
    "cluster",
)
WHY_WIDTH = 280  # the reasons column, at most (the whole text is in the cell's tooltip)


class CustomerTablePage(QWidget):
    """Search box and segment filter above the table; the detail pane on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._insights: CustomerInsights | None = None
        self._frame: pd.DataFrame | None = None  # the whole table as shown (percent, words)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Search a customer id, segment or reason…"))
        self.search.setClearButtonEnabled(True)
        self.segment_filter = QComboBox(self)
        self.segment_filter.setObjectName("segmentFilter")
        self.segment_filter.addItem(self.tr("All segments"), "")
        for name in SEGMENTS:
            self.segment_filter.addItem(chart_text(name), name)
        self.count_label = QLabel(self)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.segment_filter)
        filters.addWidget(self.count_label)
        layout.addLayout(filters)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(200)  # filter once the user pauses typing
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        self.segment_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        split = QSplitter(self)
        self.model = ExplainedModel(split)
        self.model.set_tooltips(self._tooltips())
        self.view = DataFrameView(split, self.model)
        self.view.setObjectName("customerTable")
        self.view.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.detail = CustomerDetail(split)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)  # the table takes what the detail pane leaves
        split.setStretchFactor(1, 2)
        split.setSizes([820, 420])
        layout.addWidget(split, 1)

    def show_insights(
        self, insights: CustomerInsights | None, display: pd.DataFrame | None = None
    ) -> None:
        """`display`: the table in words, made by the worker (`display_table`), if it was."""
        self._insights = insights
        if insights is not None and display is None:
            display = self.display_table(insights.table)
        self._frame = None if insights is None else display
        self.apply_filter()
        self.view.fit_columns(WHY_WIDTH)

    @staticmethod
    def display_table(table: pd.DataFrame) -> pd.DataFrame:
        """Shares as percent (sortable numbers), segment and band names in words (any thread:
        thousands of customers are worded in the worker, not while the window waits)."""
        frame = table.copy()
        frame["segment"] = [chart_text(str(s)) for s in frame["segment"]]
        frame["p_alive"] = (frame["p_alive"] * 100).round(1)
        frame["churn_risk"] = (frame["churn_risk"] * 100).round(1)
        frame["clv_12m"] = frame["clv_12m"].round(2)
        frame["band"] = [band_text(str(b)) if pd.notna(b) else "" for b in frame["band"]]
        # the most valuable customers first: what an operator looks for on opening the tab
        frame = frame[
            [c for c in SHOWN_ORDER if c in frame] + [c for c in frame if c not in SHOWN_ORDER]
        ]
        return frame.sort_values("clv_12m", ascending=False, kind="stable", ignore_index=True)

    def _headers(self) -> dict[str, str]:
        return {
            "customer_id": self.tr("Customer"),
            "segment": self.tr("Segment"),
            "cluster": self.tr("Group"),
            "recency_days": self.tr("R: days since last order"),
            "frequency": self.tr("F: purchase days"),
            "monetary": self.tr("M: net spend"),
            "p_alive": self.tr("P(alive) %"),
            "clv_12m": self.tr("12-month value"),
            "churn_risk": self.tr("Churn risk %"),
            "band": self.tr("Risk"),
            "next_order_date": self.tr("Next order"),
            "reasons": self.tr("Why"),
        }

    def _tooltips(self) -> dict[str, str]:
        return {
            "segment": self.tr("RFM segment: scores 1-5 for recency, frequency and spend."),
            "cluster": self.tr("The group of similar customers (see the Groups page)."),
            "recency_days": self.tr(
                "Days from the customer's last purchase to the last order in the shop."
            ),
            "frequency": self.tr(
                "Days on which the customer bought (several orders on a day count once)."
            ),
            "monetary": self.tr("What the customer spent, minus returns and refunds."),
            "p_alive": self.tr("The chance the customer still buys from you at all (BG/NBD)."),
            "clv_12m": self.tr(
                "Expected net spend over the next 12 months, discounted 1% a month."
            ),
            "churn_risk": self.tr("The chance the customer does not buy in the next 90 days."),
            "band": self.tr("Low below 40%, high from 70% churn risk."),
            "next_order_date": self.tr(
                "When one more order is expected; empty when not within a year."
            ),
            "reasons": self.tr("What moved this customer's churn risk most."),
        }

    def apply_filter(self) -> None:
        """Show the customers matching the search text and the chosen segment."""
        self._filter_timer.stop()  # this call supersedes one still waiting for typing to pause
        frame = self._frame
        if frame is None:
            self.model.set_frame(pd.DataFrame())
            self.count_label.setText("")
            self.detail.clear()
            return
        text = self.search.text().strip()
        segment = str(self.segment_filter.currentData() or "")
        mask = pd.Series(True, index=frame.index)
        if segment:
            mask &= frame["segment"] == chart_text(segment)
        if text:
            hit = frame["customer_id"].str.contains(text, case=False, regex=False)
            hit |= frame["segment"].str.contains(text, case=False, regex=False)
            hit |= frame["reasons"].fillna("").str.contains(text, case=False, regex=False)
            mask &= hit
        shown = frame[mask].reset_index(drop=True)
        self.model.set_frame(shown, self._headers())
        self.count_label.setText(
            self.tr("{shown} of {total}").format(shown=f"{len(shown):,}", total=f"{len(frame):,}")
        )
        self.detail.clear()
        if len(shown):  # the detail pane is never empty while there is someone to show
            self.view.selectRow(0)

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._insights is None:
            return
        row = self.model.frame().iloc[self.model.source_row(current.row())].copy()
        customer = str(row["customer_id"])
        raw = self._insights.table
        original = raw.loc[raw["customer_id"] == customer].iloc[0]
        row["segment"] = original["segment"]  # the detail pane translates it itself
        row["band"] = original["band"]
        history = self._insights.history
        self.detail.show_customer(row, history[history["customer_id"] == customer])
