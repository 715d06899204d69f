"""Customers tab: segments, cohorts, customer groups and every customer with their value,
churn risk, next order and the reasons, from core.customers.insights.

Why it computes only when shown: the models take seconds, and most openings of a shop are for
another tab. `set_shop` marks the tab stale; the first time it is shown afterwards (or on
Refresh) the work runs in the task runner, with progress and Cancel in the status bar.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.charts.customers import cluster_scatter_figure, cohort_heatmap_figure, segment_figure
from core.customers.features import CUSTOMER_COLUMNS
from core.customers.insights import CustomerInsights, compute_customer_insights
from core.customers.rfm import SEGMENT_ADVICE, SEGMENTS
from core.progress import Progress, scaled
from core.store import load_lines, open_shop
from gui.tabs.customer_detail import CustomerDetail, ExplainedModel, band_text, chart_text
from gui.tasks import TaskRunner
from gui.widgets.chart_canvas import ChartCanvas
from gui.widgets.table_view import DataFrameView

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
ADVICE_WORDS = tuple(QT_TRANSLATE_NOOP("Segments", text) for text in SEGMENT_ADVICE.values())


@dataclass(frozen=True)
class CustomersData:
    """What the worker hands back: the analyses and the three overview charts."""

    insights: CustomerInsights
    segment_figure: Figure | None
    cohort_figure: Figure | None
    cohort_revenue_figure: Figure | None
    cluster_figure: Figure | None


def compute_customers(db_path: Path, progress: Progress) -> CustomersData:
    """The Customers tab's job (worker thread): read the shop, run every analysis, draw."""
    progress(0.0, translate("CustomersTab", "Loading orders"))
    conn = open_shop(db_path)
    try:
        lines = load_lines(conn, columns=CUSTOMER_COLUMNS)
    finally:
        conn.close()
    insights = compute_customer_insights(lines, None, scaled(progress, 0.1, 0.9))
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
    progress(1.0, translate("CustomersTab", "Customers ready"))
    return CustomersData(insights, segments, cohorts, revenue, clusters)


class CustomersTab(QWidget):
    """See the module docstring."""

    updated = Signal(object)  # CustomerInsights, once every pane shows it
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customersTab")
        self._runner = runner
        self._db_path: Path | None = None
        self._stale = False
        self._insights: CustomerInsights | None = None
        self._customer_frame: pd.DataFrame | None = None
        self._build()

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
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
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("notesLabel")
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(False)
        layout.addWidget(self.notes_label)

        self.pages = QTabWidget(self)
        self.pages.setObjectName("customerPages")
        self.pages.addTab(self._customers_page(), self.tr("Customers"))
        self.pages.addTab(self._segments_page(), self.tr("Segments"))
        self.pages.addTab(self._cohorts_page(), self.tr("Cohorts"))
        self.pages.addTab(self._groups_page(), self.tr("Groups"))
        layout.addWidget(self.pages, 1)

    def _segments_page(self) -> QWidget:
        page = QSplitter(self)
        self.segment_model = ExplainedModel(page)
        self.segment_view = DataFrameView(page, self.segment_model)
        self.segment_chart = ChartCanvas(page, self.tr("The segments appear here."))
        page.addWidget(self.segment_view)
        page.addWidget(self.segment_chart)
        page.setSizes([560, 520])
        return page

    def _cohorts_page(self) -> QWidget:
        page = QSplitter(self)
        self.cohort_chart = ChartCanvas(page, self.tr("The cohorts appear here."))
        self.cohort_chart.setToolTip(
            self.tr(
                "Customers grouped by the month of their first purchase: the share who "
                "bought again in each month after."
            )
        )
        self.cohort_revenue_chart = ChartCanvas(page, self.tr("The cohorts appear here."))
        self.cohort_revenue_chart.setToolTip(
            self.tr("Net revenue per customer of each first-purchase month, month by month.")
        )
        page.addWidget(self.cohort_chart)
        page.addWidget(self.cohort_revenue_chart)
        return page

    def _groups_page(self) -> QWidget:
        page = QSplitter(self)
        self.group_model = ExplainedModel(page)
        self.group_view = DataFrameView(page, self.group_model)
        self.group_chart = ChartCanvas(page, self.tr("The customer groups appear here."))
        page.addWidget(self.group_view)
        page.addWidget(self.group_chart)
        page.setSizes([560, 520])
        return page

    def _customers_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit(page)
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Search a customer id, segment or reason…"))
        self.search.setClearButtonEnabled(True)
        self.segment_filter = QComboBox(page)
        self.segment_filter.setObjectName("segmentFilter")
        self.segment_filter.addItem(self.tr("All segments"), "")
        for name in SEGMENTS:
            self.segment_filter.addItem(chart_text(name), name)
        self.count_label = QLabel(page)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.segment_filter)
        filters.addWidget(self.count_label)
        layout.addLayout(filters)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(200)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        self.segment_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        split = QSplitter(page)
        self.customer_model = ExplainedModel(split)
        self.customer_view = DataFrameView(split, self.customer_model)
        self.customer_view.setObjectName("customerTable")
        self.customer_view.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.detail = CustomerDetail(split)
        split.addWidget(self.customer_view)
        split.addWidget(self.detail)
        split.setSizes([760, 480])
        layout.addWidget(split, 1)
        return page

    # --- public -------------------------------------------------------------------------
    def set_shop(self, db_path: Path) -> None:
        """Another shop is open: compute when the tab is next shown (now, if it is)."""
        self._db_path = Path(db_path)
        self._stale = True
        self._insights = None
        self.heading.setText(self.tr("The customer analyses run when you open this tab."))
        if self.isVisible():
            self.refresh()

    def insights(self) -> CustomerInsights | None:
        return self._insights

    def refresh(self) -> None:
        """Compute every customer analysis again in the task runner."""
        if self._db_path is None:
            return
        self._stale = False
        self.heading.setText(self.tr("Analysing your customers… (this takes a few seconds)"))
        for chart in self._charts():
            chart.set_placeholder(self.tr("Computing…"))
        task = self._runner.start(OWNER, compute_customers, self._db_path)
        task.finished.connect(self._on_computed)
        task.failed.connect(self._on_failed)
        task.cancelled.connect(self._on_cancelled)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _charts(self) -> tuple[ChartCanvas, ...]:
        return (self.segment_chart, self.cohort_chart, self.cohort_revenue_chart, self.group_chart)

    # --- results ------------------------------------------------------------------------
    def _on_computed(self, data: CustomersData) -> None:
        self._insights = insights = data.insights
        self._fill_heading(insights)
        self._fill_segments(insights)
        self._fill_groups(insights)
        self.segment_chart.set_figure(data.segment_figure)
        self.cohort_chart.set_figure(data.cohort_figure)
        self.cohort_revenue_chart.set_figure(data.cohort_revenue_figure)
        self.group_chart.set_figure(data.cluster_figure)
        for chart, part in (
            (self.segment_chart, "rfm"),
            (self.cohort_chart, "cohorts"),
            (self.cohort_revenue_chart, "cohorts"),
            (self.group_chart, "clusters"),
        ):
            if part in insights.skipped:
                chart.set_placeholder(insights.skipped[part])
        self._customer_frame = self._display_table(insights.table)
        self.customer_model.set_tooltips(self._tooltips())
        self.apply_filter()
        self.customer_view.fit_columns()
        self.updated.emit(insights)

    def _on_failed(self, message: str) -> None:
        self._insights = None
        self.heading.setText(message)
        for chart in self._charts():
            chart.set_placeholder(message)
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self._stale = True
        self.heading.setText(self.tr("Cancelled. Press Refresh to analyse the customers."))

    def _fill_heading(self, insights: CustomerInsights) -> None:
        table = insights.table
        parts = [self.tr("{count} customers").format(count=f"{len(table):,}")]
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
        notes = [
            self.tr("{part}: {reason}").format(part=self._part_name(p), reason=r)
            for p, r in insights.skipped.items()
        ]
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

    def _fill_segments(self, insights: CustomerInsights) -> None:
        if insights.rfm is None:
            self.segment_model.set_frame(pd.DataFrame())
            return
        table = insights.rfm.segments.reset_index()
        frame = pd.DataFrame(
            {
                "segment": [chart_text(s) for s in table["segment"]],
                "customers": table["customers"],
                "revenue_share": (table["revenue_share"] * 100).round(1),
                "advice": [self._advice(s) for s in table["segment"]],
            }
        )
        headers = {
            "segment": self.tr("Segment"),
            "customers": self.tr("Customers"),
            "revenue_share": self.tr("Revenue %"),
            "advice": self.tr("What to do"),
        }
        self.segment_model.set_frame(frame, headers)
        self.segment_model.set_tooltips(
            {
                "segment": self.tr(
                    "Customers grouped by how recently, how often and how much they bought."
                ),
                "revenue_share": self.tr("The segment's share of net revenue (after returns)."),
            }
        )
        self.segment_view.fit_columns(420)

    @staticmethod
    def _advice(segment: str) -> str:
        return translate("Segments", SEGMENT_ADVICE[segment])

    def _fill_groups(self, insights: CustomerInsights) -> None:
        clusters = insights.clusters
        if clusters is None:
            self.group_model.set_frame(pd.DataFrame())
            return
        profiles = clusters.profiles.reset_index()
        frame = pd.DataFrame(
            {
                "group": profiles["cluster"] + 1,
                "description": [chart_text(str(d)) for d in profiles["description"]],
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
        self.group_model.set_frame(frame, headers)
        self.group_model.set_tooltips(
            {"description": self.tr("How the group's typical customer differs from the rest.")}
        )
        self.group_view.fit_columns(300)

    def _display_table(self, table: pd.DataFrame) -> pd.DataFrame:
        frame = table.copy()
        frame["segment"] = [chart_text(str(s)) for s in frame["segment"]]
        frame["p_alive"] = (frame["p_alive"] * 100).round(1)
        frame["churn_risk"] = (frame["churn_risk"] * 100).round(1)
        frame["clv_12m"] = frame["clv_12m"].round(2)
        frame["band"] = [band_text(str(b)) if pd.notna(b) else "" for b in frame["band"]]
        return frame

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
        frame = self._customer_frame
        if frame is None:
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
        self.customer_model.set_frame(shown, self._headers())
        self.count_label.setText(
            self.tr("{shown} of {total}").format(shown=f"{len(shown):,}", total=f"{len(frame):,}")
        )
        self.detail.clear()

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._insights is None:
            return
        frame = self.customer_model.frame()
        row = frame.iloc[self.customer_model.source_row(current.row())]
        table = self._insights.table.set_index("customer_id")
        original = table.loc[str(row["customer_id"])].copy()
        original["customer_id"] = row["customer_id"]
        original["p_alive"] = row["p_alive"]
        original["churn_risk"] = row["churn_risk"]
        history = self._insights.history
        mine = history[history["customer_id"] == str(row["customer_id"])]
        self.detail.show_customer(original, mine)
