"""Campaigns tab: one card per campaign type (rule in words, counts, what it is expected to
bring, the profit curve), the assumptions the merchant can change, Export… and the read-outs of
campaigns already sent.

Thin on purpose: the job fetches the `campaigns` section (gui.results, core's run_sections:
read back while current, computed otherwise) and exports go through
core.sections.campaign_service, exactly what `main.py audience` calls.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.campaigns.build import CampaignPlan, CampaignsResult
from core.campaigns.kinds import DO_NOT_CONTACT, Assumptions, CampaignParams
from core.progress import Progress
from core.sections.base import ChartData
from core.sections.campaign_service import ExportOutcome, export_campaign
from core.sections.run import SectionOutcome
from gui.messages import tr_core
from gui.results import fetch_one
from gui.tabs.campaign_words import card_html, do_not_contact_html, readouts_html, words
from gui.tabs.lazy_tab import Job, LazyAnalysisTab
from gui.tabs.overview_tab import chart_text
from gui.tasks import TaskRunner
from gui.widgets.chart_canvas import ChartCanvas

logger = logging.getLogger(__name__)
translate = QCoreApplication.translate

OWNER = "campaigns"
EXPORT_OWNER = "campaigns-export"

# The words core.charts.campaigns and the campaigns section put on the curve.
_CHART_WORDS = (
    QT_TRANSLATE_NOOP("Charts", "Expected profit by number of customers contacted"),
    QT_TRANSLATE_NOOP("Charts", "Cumulative expected net"),
    QT_TRANSLATE_NOOP("Charts", "Expected net"),
    QT_TRANSLATE_NOOP("Charts", "Suggested size"),
    QT_TRANSLATE_NOOP("Charts", "Customers contacted, best first"),
)


@dataclass(frozen=True)
class CampaignsData:
    """What the worker hands back: the campaigns and the outcome they came in (when computed)."""

    result: CampaignsResult
    outcome: SectionOutcome


def compute_campaigns(
    db_path: Path, params: CampaignParams, progress: Progress, as_of: date | None = None
) -> CampaignsData:
    """The tab's job (worker thread): the campaigns section, computed or read back."""
    outcome = fetch_one(db_path, "campaigns", as_of, {"campaigns": params}, progress)
    return CampaignsData(outcome.result, outcome)


def run_export(
    db_path: Path,
    key: str,
    fmt: str,
    out: Path,
    params: CampaignParams,
    progress: Progress,
    as_of: date | None = None,
) -> ExportOutcome:
    """Export… (worker thread, through the writes queue): record the campaign, write the list."""
    return export_campaign(db_path, key, fmt, out, as_of, params, progress=progress)


def _percent_box(parent: QWidget, value: float, maximum: float = 100.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0.0, maximum)
    box.setDecimals(1)
    box.setSuffix(" %")
    box.setValue(value * 100)
    return box


class CampaignsTab(LazyAnalysisTab):
    """See the module docstring; `updated` carries the CampaignsResult once shown."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, OWNER, parent)
        self.setObjectName("campaignsTab")
        self._result: CampaignsResult | None = None
        self._build()

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(8)
        defaults = Assumptions()
        top = QHBoxLayout()
        self.margin_box = _percent_box(self, defaults.margin)
        self.discount_box = _percent_box(self, 0.0)
        self.discount_box.setMinimum(-1.0)
        self.discount_box.setSpecialValueText(self.tr("type's default"))
        self.discount_box.setValue(-1.0)
        self.redemption_box = _percent_box(self, defaults.redemption)
        self.cost_box = QDoubleSpinBox(self)
        self.cost_box.setRange(0.0, 100.0)
        self.cost_box.setDecimals(3)
        self.cost_box.setValue(defaults.cost_per_message)
        self.lift_boxes = [_percent_box(self, u, 100.0) for u in defaults.lift]
        for box in self.lift_boxes:
            box.setDecimals(2)
        for label, widget in (
            (self.tr("Margin"), self.margin_box),
            (self.tr("Discount"), self.discount_box),
            (self.tr("Redeemed"), self.redemption_box),
            (self.tr("Cost per message"), self.cost_box),
            (self.tr("Lift low / mid / high"), None),
        ):
            top.addWidget(QLabel(label, self))
            if widget is not None:
                top.addWidget(widget)
        for box in self.lift_boxes:
            top.addWidget(box)
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.clicked.connect(self.refresh)
        top.addWidget(self.apply_button)
        top.addStretch(1)
        outer.addLayout(top)
        outer.addWidget(self.computed_label)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("liftNote")
        self.note_label.setWordWrap(True)
        outer.addWidget(self.note_label)

        self.cards = QListWidget(self)
        self.cards.setObjectName("campaignCards")
        self.cards.setMinimumWidth(240)
        self.cards.currentItemChanged.connect(lambda *_: self._show_card())
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.card_label = QLabel(right)
        self.card_label.setObjectName("campaignCard")
        self.card_label.setWordWrap(True)
        self.card_label.setTextFormat(Qt.TextFormat.RichText)
        self.card_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart = ChartCanvas(right, self.tr("Open a shop to see its campaigns."))
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export…"), right)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_current)
        self.export_label = QLabel(right)
        self.export_label.setWordWrap(True)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.export_label, 1)
        self.readout_label = QLabel(right)
        self.readout_label.setObjectName("readouts")
        self.readout_label.setWordWrap(True)
        self.readout_label.setTextFormat(Qt.TextFormat.RichText)
        right_layout.addWidget(self.card_label)
        right_layout.addWidget(self.chart, 1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.readout_label)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.cards)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([280, 900])
        outer.addWidget(split, 1)

    # --- the mechanism -------------------------------------------------------------------------
    def params(self) -> CampaignParams:
        discount = self.discount_box.value()
        assumptions = Assumptions(
            margin=self.margin_box.value() / 100,
            discount=None if discount < 0 else discount / 100,
            redemption=self.redemption_box.value() / 100,
            cost_per_message=self.cost_box.value(),
            lift=(
                self.lift_boxes[0].value() / 100,
                self.lift_boxes[1].value() / 100,
                self.lift_boxes[2].value() / 100,
            ),
        )
        return CampaignParams(assumptions=assumptions)

    def job(self) -> Job:
        return partial(compute_campaigns, params=self.params(), as_of=self.as_of)

    def result(self) -> CampaignsResult | None:
        return self._result

    def show_state(self, state: str, message: str = "") -> None:
        if state == "waiting":
            self._result = None
            self.cards.clear()
            self.chart.set_placeholder(self.tr("Campaigns are worked out when you open this tab."))
        elif state == "computing":
            self.chart.set_placeholder(self.tr("Finding who to contact and what it is worth…"))
        elif state == "cancelled":
            self.chart.set_placeholder(self.tr("Cancelled. Press Apply to work them out."))
        else:
            self._result = None
            self.cards.clear()
            self.chart.set_placeholder(message)
            self.card_label.setText(html.escape(message))

    def show_result(self, computed: CampaignsData) -> None:
        data = computed.result
        self._result = data
        self.show_computed(computed.outcome)
        note = words(data.lift_note) if not data.readouts else ""
        extra = " ".join(tr_core(words(n)) for n in data.notes)
        self.note_label.setText(" ".join(t for t in (note, words(data.lift_source), extra) if t))
        self.cards.clear()
        for plan in data.plans:
            item = QListWidgetItem(
                self.tr("{title} — {count} customers").format(
                    title=words(plan.title), count=f"{plan.audience:,}"
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, plan.key)
            self.cards.addItem(item)
        excluded = QListWidgetItem(
            self.tr("{title} — {count} customers").format(
                title=words(DO_NOT_CONTACT.title), count=f"{len(data.do_not_contact):,}"
            )
        )
        excluded.setData(Qt.ItemDataRole.UserRole, DO_NOT_CONTACT.key)
        self.cards.addItem(excluded)
        self.readout_label.setText(readouts_html(data.readouts))
        first = next((i for i, p in enumerate(data.plans) if p.audience), 0)
        self.cards.setCurrentRow(first)

    def current_plan(self) -> CampaignPlan | None:
        item = self.cards.currentItem()
        key = None if item is None else str(item.data(Qt.ItemDataRole.UserRole))
        if self._result is None or key is None or key == DO_NOT_CONTACT.key:
            return None
        return self._result.plan(key)

    def _show_card(self) -> None:
        plan = self.current_plan()
        if plan is None:
            if self._result is not None and self.cards.currentItem() is not None:
                self.card_label.setText(do_not_contact_html(self._result.do_not_contact))
                self.export_button.setEnabled(False)
                self.chart.set_placeholder(words(DO_NOT_CONTACT.offer))
            return
        self.card_label.setText(card_html(plan))
        self.export_button.setEnabled(plan.audience > 0)
        self.export_label.setText("")
        chart = next(
            (c for c in self._outcome_charts() if c.key == f"campaign_curve_{plan.key}"), None
        )
        if chart is None:
            self.chart.set_placeholder(self.tr("Nobody matches this campaign's rule today."))
            return
        from core.charts.campaigns import profit_curve_figure

        self.chart.set_figure_later(
            lambda: profit_curve_figure(
                chart.categories, chart.series[0].values, plan.suggested, chart_text
            )
        )

    def _outcome_charts(self) -> list[ChartData]:
        from core.sections.campaigns import SECTION

        return list(SECTION.charts(self._result)) if self._result is not None else []

    # --- export ------------------------------------------------------------------------------
    def export_current(self) -> None:
        plan = self.current_plan()
        if plan is None or self.db_path is None:
            return
        formats = (
            ("shopify", self.tr("Shopify customer import (*.csv)")),
            ("klaviyo", self.tr("Klaviyo list (*.csv)")),
            ("mailchimp", self.tr("Mailchimp audience (*.csv)")),
            ("xlsx", self.tr("Excel workbook with reasons (*.xlsx)")),
            ("sms", self.tr("Chinese SMS list (*.csv)")),
        )
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audience"),
            str(self.db_path.parent / f"{plan.key}.csv"),
            ";;".join(f for _k, f in formats),
        )
        if not name:
            return
        fmt = next((k for k, f in formats if f == chosen), "xlsx")
        self.export_to(plan.key, fmt, Path(name))

    def export_to(self, key: str, fmt: str, out: Path) -> None:
        """Export `key` as `fmt` into `out` in the writes queue; the card says what happened."""
        if self.db_path is None:
            return
        task = self._runner.start(
            EXPORT_OWNER,
            partial(run_export, key=key, fmt=fmt, out=out, params=self.params(), as_of=self.as_of),
            self.db_path,
            writes=True,
        )
        task.finished.connect(self._exported)
        task.failed.connect(lambda message: self.export_label.setText(message))

    def _exported(self, done: ExportOutcome) -> None:
        text = self.tr(
            "{written} customers written to {file}; {held} kept back as the holdout."
        ).format(
            written=f"{done.exported.rows:,}",
            file=done.exported.path.name,
            held=f"{done.recorded.holdout:,}",
        )
        if done.exported.missing:
            text += " " + self.tr("{count} lack the contact this format needs: see {file}.").format(
                count=f"{len(done.exported.missing):,}",
                file=done.exported.missing_path.name if done.exported.missing_path else "",
            )
        if not done.recorded.created:
            text += " " + self.tr("This campaign was already recorded: no second record.")
        self.export_label.setText(text)
