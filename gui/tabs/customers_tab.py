"""Customers tab: segments, cohorts, customer groups and every customer with their value,
churn risk, next order and the reasons, from core.customers.insights.

It computes when first shown after a shop opens (gui.tabs.lazy_tab): the models take seconds.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from core.charts.customers import cluster_scatter_figure, cohort_heatmap_figure, segment_figure
from core.customers.insights import CustomerInsights
from core.progress import Progress, scaled
from core.sections.base import SectionOutcome
from gui.messages import tr_core
from gui.results import fetch_one
from gui.tabs.customer_detail import chart_text
from gui.tabs.customer_pages import CohortsPage, GroupsPage, SegmentsPage
from gui.tabs.customer_table import CustomerTablePage
from gui.tabs.lazy_tab import Job, LazyAnalysisTab
from gui.tasks import TaskRunner
from gui.widgets.chart_canvas import ChartCanvas

logger = logging.getLogger(__name__)
translate = QCoreApplication.translate
OWNER = "customers"

# Words core.charts.customers and core.customers put on charts and in tables, for lupdate.
CHART_WORDS = (
    QT_TRANSLATE_NOOP("Charts", "Customers per segment"),
    QT_TRANSLATE_NOOP("Charts", "{share} of revenue"),
    QT_TRANSLATE_NOOP("Charts", "Share of customers who bought again"),
    QT_TRANSLATE_NOOP("Charts", "Net revenue per customer"),
    QT_TRANSLATE_NOOP("Charts", "Months since first purchase"),
    QT_TRANSLATE_NOOP("Charts", "First purchase in"),
    QT_TRANSLATE_NOOP("Charts", "Customer groups"),
    QT_TRANSLATE_NOOP("Charts", "Days since last order"),
    QT_TRANSLATE_NOOP("Charts", "Net spend"),
    QT_TRANSLATE_NOOP("Charts", "Order history"),
    QT_TRANSLATE_NOOP("Charts", "Bought"),
    QT_TRANSLATE_NOOP("Charts", "Returned"),
    QT_TRANSLATE_NOOP("Charts", "Expected next order"),
    QT_TRANSLATE_NOOP("Charts", "No customers to segment"),
    QT_TRANSLATE_NOOP("Charts", "No cohorts yet"),
    QT_TRANSLATE_NOOP("Charts", "No customers to group"),
    QT_TRANSLATE_NOOP("Charts", "No orders for this customer"),
    QT_TRANSLATE_NOOP("Charts", "Champions"),
    QT_TRANSLATE_NOOP("Charts", "Loyal"),
    QT_TRANSLATE_NOOP("Charts", "Potential loyalist"),
    QT_TRANSLATE_NOOP("Charts", "New"),
    QT_TRANSLATE_NOOP("Charts", "Promising"),
    QT_TRANSLATE_NOOP("Charts", "Need attention"),
    QT_TRANSLATE_NOOP("Charts", "About to sleep"),
    QT_TRANSLATE_NOOP("Charts", "At risk"),
    QT_TRANSLATE_NOOP("Charts", "Can't lose them"),
    QT_TRANSLATE_NOOP("Charts", "Hibernating"),
    QT_TRANSLATE_NOOP("Charts", "Lost"),
)
# The advice of each RFM segment (core.customers.rfm.SEGMENT_ADVICE), for lupdate.
ADVICE_WORDS = (
    QT_TRANSLATE_NOOP(
        "Segments", "Bought recently, often and for a lot: reward them and ask for reviews."
    ),
    QT_TRANSLATE_NOOP(
        "Segments", "Buy regularly: offer loyalty perks and upsell higher-value products."
    ),
    QT_TRANSLATE_NOOP("Segments", "Recent and promising: invite them to a membership or a bundle."),
    QT_TRANSLATE_NOOP(
        "Segments", "First order was recent: welcome them and help them to a second order."
    ),
    QT_TRANSLATE_NOOP(
        "Segments", "Recent but small so far: build trust with offers on popular products."
    ),
    QT_TRANSLATE_NOOP(
        "Segments", "Middling on every score: a limited-time offer can wake them up."
    ),
    QT_TRANSLATE_NOOP(
        "Segments", "Slipping away: share popular products and a reason to come back."
    ),
    QT_TRANSLATE_NOOP(
        "Segments", "Used to buy often, not lately: send a personal win-back message."
    ),
    QT_TRANSLATE_NOOP(
        "Segments", "Your big spenders have gone quiet: reach out before a competitor does."
    ),
    QT_TRANSLATE_NOOP("Segments", "Low and long ago: include them in general offers only."),
    QT_TRANSLATE_NOOP("Segments", "Lowest on every score: do not spend much on winning them back."),
)
# The words that describe a customer group (core.customers.clusters.FEATURE_WORDS), for lupdate.
GROUP_WORDS = (
    QT_TRANSLATE_NOOP("Charts", "lapsed"),
    QT_TRANSLATE_NOOP("Charts", "recent"),
    QT_TRANSLATE_NOOP("Charts", "frequent"),
    QT_TRANSLATE_NOOP("Charts", "infrequent"),
    QT_TRANSLATE_NOOP("Charts", "high-spend"),
    QT_TRANSLATE_NOOP("Charts", "low-spend"),
    QT_TRANSLATE_NOOP("Charts", "long-standing"),
    QT_TRANSLATE_NOOP("Charts", "new"),
    QT_TRANSLATE_NOOP("Charts", "big baskets"),
    QT_TRANSLATE_NOOP("Charts", "small baskets"),
    QT_TRANSLATE_NOOP("Charts", "returns a lot"),
    QT_TRANSLATE_NOOP("Charts", "rarely returns"),
    QT_TRANSLATE_NOOP("Charts", "average on every measure"),
)


@dataclass(frozen=True)
class CustomersData:
    """What the worker hands back: the analyses and the three overview charts."""

    insights: CustomerInsights
    segment_figure: Figure | None
    cohort_figure: Figure | None
    cohort_revenue_figure: Figure | None
    cluster_figure: Figure | None
    outcome: SectionOutcome | None = None
    display: pd.DataFrame | None = None  # the customer table in words


def reasons_in_words(table: pd.DataFrame) -> pd.DataFrame:
    """The churn reasons (core writes them in English) in the interface language; done in the
    worker: a few thousand customers' reasons take a moment to read back and translate."""
    if "reasons" not in table.columns:
        return table
    table = table.copy()
    table["reasons"] = [tr_core(r) if isinstance(r, str) else r for r in table["reasons"]]
    return table


def compute_customers(
    db_path: Path, progress: Progress, as_of: date | None = None
) -> CustomersData:
    """The Customers tab's job (worker thread): the `customers` section, then the charts."""
    outcome = fetch_one(db_path, "customers", as_of, progress=scaled(progress, 0.0, 0.9))
    insights: CustomerInsights = outcome.result
    progress(0.9, translate("core", "Putting the reasons into words"))
    insights = replace(insights, table=reasons_in_words(insights.table))
    progress(0.92, translate("CustomersTab", "Drawing charts"))
    segments = segment_figure(insights.rfm.segments, chart_text) if insights.rfm else None
    cohorts = revenue = None
    if insights.cohorts is not None:
        cohorts = cohort_heatmap_figure(insights.cohorts.retention, chart_text)
        revenue = cohort_heatmap_figure(
            insights.cohorts.revenue_per_customer, chart_text, kind="revenue"
        )
    clusters = (
        cluster_scatter_figure(insights.clusters.customers, insights.clusters.profiles, chart_text)
        if insights.clusters
        else None
    )
    display = CustomerTablePage.display_table(insights.table)
    progress(1.0, translate("CustomersTab", "Customers ready"))
    return CustomersData(insights, segments, cohorts, revenue, clusters, outcome, display)


class CustomersTab(LazyAnalysisTab):
    """See the module docstring; `updated` carries the CustomersData once every pane shows it."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, OWNER, parent)
        self.setObjectName("customersTab")
        self._insights: CustomerInsights | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("Open a shop to see its customers."), self)
        self.heading.setObjectName("customersHeading")
        self.heading.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Compute the customer analyses again."))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        layout.addWidget(self.computed_label)
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("notesLabel")
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(False)
        layout.addWidget(self.notes_label)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("customerPages")
        self.customers_page = CustomerTablePage(self.pages)
        self.segments_page = SegmentsPage(self.pages)
        self.cohorts_page = CohortsPage(self.pages)
        self.groups_page = GroupsPage(self.pages)
        self.pages.addTab(self.customers_page, self.tr("Customers"))
        self.pages.addTab(self.segments_page, self.tr("Segments"))
        self.pages.addTab(self.cohorts_page, self.tr("Cohorts"))
        self.pages.addTab(self.groups_page, self.tr("Groups"))
        layout.addWidget(self.pages, 1)

    # --- public -------------------------------------------------------------------------
    def insights(self) -> CustomerInsights | None:
        return self._insights

    def job(self) -> Job:
        return partial(compute_customers, as_of=self.as_of)

    def charts(self) -> tuple[ChartCanvas, ...]:
        return (
            self.segments_page.chart,
            self.cohorts_page.retention_chart,
            self.cohorts_page.revenue_chart,
            self.groups_page.chart,
        )

    # --- results ------------------------------------------------------------------------
    def _show(self, data: CustomersData | None) -> None:
        insights = None if data is None else data.insights
        self._insights = insights
        self.customers_page.show_insights(insights, data.display if data else None)
        self.segments_page.show_result(
            insights.rfm if insights else None, data.segment_figure if data else None
        )
        self.groups_page.show_result(
            insights.clusters if insights else None, data.cluster_figure if data else None
        )
        self.cohorts_page.retention_chart.set_figure(data.cohort_figure if data else None)
        self.cohorts_page.revenue_chart.set_figure(data.cohort_revenue_figure if data else None)

    def show_state(self, state: str, message: str = "") -> None:
        if state == "waiting":
            self._show(None)
            self.heading.setText(self.tr("The customer analyses run when you open this tab."))
        elif state == "computing":
            self.heading.setText(self.tr("Analysing your customers… (this takes a few seconds)"))
            for chart in self.charts():
                chart.set_placeholder(self.tr("Computing…"))
        elif state == "cancelled":
            self.heading.setText(self.tr("Cancelled. Press Refresh to analyse the customers."))
            for chart in self.charts():
                chart.set_placeholder(self.tr("Cancelled."))
        else:
            self._show(None)
            self.heading.setText(message)
            for chart in self.charts():
                chart.set_placeholder(message)

    def show_result(self, data: CustomersData) -> None:
        self._show(data)
        self.show_computed(data.outcome)
        insights = data.insights
        self._fill_heading(insights)
        parts = ("rfm", "cohorts", "cohorts", "clusters")
        for chart, part in zip(self.charts(), parts, strict=True):
            if part in insights.skipped:
                chart.set_placeholder(insights.skipped[part])

    def _fill_heading(self, insights: CustomerInsights) -> None:
        parts = [self.tr("{count} customers").format(count=f"{len(insights.table):,}")]
        if insights.rfm is not None:
            parts.append(self.tr("as of {date}").format(date=insights.rfm.as_of.isoformat()))
        churn = insights.churn
        if churn is not None:
            judge = (
                self.tr("the purchase model (BG/NBD)")
                if churn.model == "bgnbd"
                else self.tr("the learnt churn model")
            )
            parts.append(
                self.tr(
                    "churn risk checked on {date}: AUC {auc} (purchase model {baseline}); "
                    "{judge} ranks the customers"
                ).format(
                    date=churn.test_cutoff.isoformat(),
                    auc=f"{churn.auc:.2f}",
                    baseline=f"{churn.baseline_auc:.2f}" if churn.baseline_auc else "–",
                    judge=judge,
                )
            )
        self.heading.setText(" · ".join(parts))
        self.heading.setToolTip(
            self.tr(
                "Customers who bought something up to this day. Customers whose lines are all "
                "returns are left out (they have no purchase to analyse); the Overview counts "
                "them, so its figure can be higher."
            )
        )
        notes = [
            self.tr("{part}: {reason}").format(part=self._part_name(p), reason=tr_core(r))
            for p, r in insights.skipped.items()
        ]
        for part, result in (("rfm", insights.rfm), ("clv", insights.clv), ("churn", churn)):
            for note in result.notes if result is not None else []:
                notes.append(
                    self.tr("{part}: {reason}").format(
                        part=self._part_name(part), reason=tr_core(note)
                    )
                )
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))

    def _part_name(self, part: str) -> str:
        return {
            "rfm": self.tr("Segments"),
            "cohorts": self.tr("Cohorts"),
            "clusters": self.tr("Groups"),
            "clv": self.tr("Lifetime value"),
            "churn": self.tr("Churn risk"),
        }.get(part, part)
