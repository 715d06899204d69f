"""The Segments, Cohorts and Groups pages of the Customers tab: a table and a chart each, filled
from core.customers.insights and the figures the worker drew."""

from __future__ import annotations

import logging

import pandas as pd
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from core.customers.clusters import ClusterResult, describe
from core.customers.rfm import SEGMENT_ADVICE, RfmResult
from gui.tabs.customer_detail import ExplainedModel, chart_text
from gui.widgets.chart_canvas import ChartCanvas
from gui.widgets.table_view import DataFrameView

logger = logging.getLogger(__name__)
translate = QCoreApplication.translate


class SegmentsPage(QSplitter):
    """RFM segments: customers, revenue share and advice per segment, and the bar chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ExplainedModel(self)
        self.model.set_tooltips(
            {
                "segment": self.tr(
                    "Customers grouped by how recently, how often and how much they bought."
                ),
                "revenue_share": self.tr("The segment's share of net revenue (after returns)."),
                "customers": self.tr("How many customers fall in the segment."),
                "advice": self.tr("What usually works with customers like these."),
            }
        )
        self.view = DataFrameView(self, self.model)
        # the advice is the last column and takes the rest of the width, wrapped, so it shows
        # whole without scrolling on a 1366×768 screen
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chart = ChartCanvas(self, self.tr("The segments appear here."))
        self.addWidget(self.view)
        self.addWidget(self.chart)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([700, 480])

    def show_result(self, rfm: RfmResult | None, figure: Figure | None) -> None:
        self.chart.set_figure(figure)
        if rfm is None:
            self.model.set_frame(pd.DataFrame())
            return
        table = rfm.segments.reset_index()
        frame = pd.DataFrame(
            {
                "segment": [chart_text(s) for s in table["segment"]],
                "customers": table["customers"],
                "revenue_share": (table["revenue_share"] * 100).round(1),
                "advice": [translate("Segments", SEGMENT_ADVICE[s]) for s in table["segment"]],
            }
        )
        headers = {
            "segment": self.tr("Segment"),
            "customers": self.tr("Customers"),
            "revenue_share": self.tr("Revenue %"),
            "advice": self.tr("What to do"),
        }
        self.model.set_frame(frame, headers)
        self.view.fit_columns(160)  # the advice stretches over what is left


class CohortsPage(QSplitter):
    """Two heatmaps: the share of each first-purchase month who bought again, and revenue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retention_chart = ChartCanvas(self, self.tr("The cohorts appear here."))
        self.retention_chart.setToolTip(
            self.tr(
                "Customers grouped by the month of their first purchase: the share who bought "
                "again in each month after."
            )
        )
        self.revenue_chart = ChartCanvas(self, self.tr("The cohorts appear here."))
        self.revenue_chart.setToolTip(
            self.tr("Net revenue per customer of each first-purchase month, month by month.")
        )
        self.addWidget(self.retention_chart)
        self.addWidget(self.revenue_chart)


class GroupsPage(QSplitter):
    """Customer groups (clusters): a profile per group in words, and the scatter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ExplainedModel(self)
        self.model.set_tooltips(
            {
                "description": self.tr("How the group's typical customer differs from the rest."),
                "customers": self.tr("How many customers fall in the group."),
                "recency": self.tr("Typical (median) days since the group's last order."),
                "frequency": self.tr("Typical number of days on which they bought."),
                "monetary": self.tr("Typical net spend, after returns."),
                "avg_basket": self.tr("Typical value of one order."),
            }
        )
        self.view = DataFrameView(self, self.model)
        self.chart = ChartCanvas(self, self.tr("The customer groups appear here."))
        self.addWidget(self.view)
        self.addWidget(self.chart)
        self.setSizes([560, 520])

    def show_result(self, clusters: ClusterResult | None, figure: Figure | None) -> None:
        self.chart.set_figure(figure)
        if clusters is None:
            self.model.set_frame(pd.DataFrame())
            return
        profiles = clusters.profiles.reset_index()
        frame = pd.DataFrame(
            {
                "group": profiles["cluster"] + 1,
                "description": [describe(str(d), chart_text) for d in profiles["description"]],
                "customers": profiles["customers"],
                "recency": profiles["recency"],
                "frequency": profiles["frequency"],
                "monetary": profiles["monetary"].round(2),
                "avg_basket": profiles["avg_basket"].round(2),
            }
        )
        headers = {
            "group": self.tr("Group"),
            "description": self.tr("In words"),
            "customers": self.tr("Customers"),
            "recency": self.tr("Days since last order"),
            "frequency": self.tr("Purchase days"),
            "monetary": self.tr("Net spend"),
            "avg_basket": self.tr("Average order"),
        }
        self.model.set_frame(frame, headers)
        self.view.fit_columns(300)
