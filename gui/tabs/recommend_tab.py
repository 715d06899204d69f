"""Recommendations tab: pick a product to see what is similar and what sells with it; pick a
customer to see the ten products most worth showing them, each with its reason; read how often
such lists would have been right on the shop's last months.

Everything comes from core.recommend.build.build_recommendations, run in the task runner the
first time the tab is shown after a shop is opened, or on Refresh (gui.tabs.lazy_tab): the fit
takes seconds on a big shop and many users never open this tab. A customer's list is then
scored on demand from the fitted model (one row times the similarity matrix: instant).
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import cast

import pandas as pd
from matplotlib.figure import Figure
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.charts.recommend import evaluation_figure
from core.progress import Progress, scaled
from core.recommend.build import RecommendationsResult
from core.recommend.top_n import customer_lists
from core.sections.base import SectionOutcome
from gui.messages import tr_core
from gui.results import fetch_one
from gui.tabs.lazy_tab import Job, LazyAnalysisTab
from gui.tabs.overview_tab import chart_text
from gui.tabs.recommend_words import evaluation_words, why_text
from gui.tasks import TaskRunner
from gui.widgets.chart_canvas import ChartCanvas
from gui.widgets.picker_list import PickerItem, PickerList
from gui.widgets.table_view import DataFrameView

logger = logging.getLogger(__name__)
translate = QCoreApplication.translate

OWNER = "recommend"
_LIST_LIMIT = 5000  # names shown in a picker list at once (the search narrows it)
# The words core.charts.recommend puts on its chart, listed for lupdate.
CHART_WORDS = (
    QT_TRANSLATE_NOOP("Charts", "Hit rate"),
    QT_TRANSLATE_NOOP("Charts", "Precision"),
    QT_TRANSLATE_NOOP("Charts", "NDCG"),
    QT_TRANSLATE_NOOP("Charts", "Catalogue shown"),
    QT_TRANSLATE_NOOP("Charts", "Our top 10"),
    QT_TRANSLATE_NOOP("Charts", "Best sellers"),
    QT_TRANSLATE_NOOP("Charts", "How often the lists were right"),
)


@dataclass(frozen=True)
class RecommendData:
    """What the worker hands back: everything computed, and the evaluation chart if any."""

    result: RecommendationsResult
    chart: Figure | None
    outcome: SectionOutcome | None = None
    #: The pickers' (label, key) entries, best sellers and best customers first: written in
    #: the worker, since thousands of labels cost the window a tenth of a second.
    products: list[tuple[str, str]] = field(default_factory=list)
    customers: list[tuple[str, str]] = field(default_factory=list)
    #: The list of the customer shown first (customers[0]), also made in the worker.
    first_list: pd.DataFrame | None = None


def picker_entries(
    result: RecommendationsResult,
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Products on sale by customers, customers by products bought (any thread)."""
    products = result.model.purchases.products
    on_sale = products[products["merchandise"]].sort_values("customers", ascending=False)
    product_entries = [
        (f"{n}  ({k})", str(k))
        for k, n in zip(on_sale["key"].tolist(), on_sale["name"].tolist(), strict=True)
    ]
    counts = result.model.purchases.user_item.getnnz(axis=1)
    customers = sorted(
        zip(result.model.purchases.customers, counts.tolist(), strict=True), key=lambda c: -c[1]
    )
    label = translate("RecommendTab", "{customer} — {n} products bought")
    customer_entries = [(label.format(customer=c, n=f"{n:,}"), str(c)) for c, n in customers]
    return product_entries, customer_entries


def compute_recommendations(
    db_path: Path, progress: Progress, as_of: date | None = None
) -> RecommendData:
    """The tab's job (worker thread): the `recommendations` section, then its chart."""
    outcome = fetch_one(db_path, "recommendations", as_of, progress=scaled(progress, 0.0, 0.97))
    result: RecommendationsResult = outcome.result
    chart = evaluation_figure(result.evaluation, chart_text) if result.evaluation else None
    products, customers = picker_entries(result)
    first = customer_lists(result.model, [customers[0][1]]) if customers else None
    progress(1.0, translate("RecommendTab", "Recommendations ready"))
    return RecommendData(result, chart, outcome, products, customers, first)


class RecommendTab(LazyAnalysisTab):
    """See the module docstring; `updated` carries the RecommendData once it is shown."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, OWNER, parent)
        self.setObjectName("recommendTab")
        self._result: RecommendationsResult | None = None
        self._entries: dict[int, list[tuple[str, str]]] = {}  # picker -> (label, key), all
        self._first_list: tuple[str, pd.DataFrame | None] | None = None
        self._build()

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("Open a shop to see its recommendations."), self)
        self.heading.setObjectName("recommendHeading")
        self.heading.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)

        self.evaluation_label = QLabel(self)
        self.evaluation_label.setObjectName("evaluationLabel")
        self.evaluation_label.setWordWrap(True)
        self.evaluation_label.setTextFormat(Qt.TextFormat.RichText)
        self.evaluation_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.evaluation_chart = ChartCanvas(self, self.tr("How often the lists were right."))
        self.evaluation_chart.setMinimumHeight(160)
        self.evaluation_chart.setMaximumHeight(180)
        evaluation = QHBoxLayout()
        evaluation.addWidget(self.evaluation_label, 1)
        evaluation.addWidget(self.evaluation_chart, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._product_pane())
        splitter.addWidget(self._customer_pane())
        splitter.setSizes([700, 600])

        self.notes_label = QLabel(self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setObjectName("notesLabel")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.computed_label)
        layout.addLayout(evaluation)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notes_label)

    def _picker(self, placeholder: str) -> tuple[QLineEdit, PickerList]:
        search = QLineEdit(self)
        search.setPlaceholderText(placeholder)
        search.setClearButtonEnabled(True)
        chooser = PickerList(self)  # thousands of entries filled in one go
        chooser.setMaximumHeight(120)
        search.textChanged.connect(lambda text, c=chooser: self._filter(c, text))
        return search, chooser

    def _product_pane(self) -> QWidget:
        box = QGroupBox(self.tr("Pick a product"), self)
        self.product_search, self.product_list = self._picker(self.tr("Search products…"))
        self.product_list.currentItemChanged.connect(self._show_product)
        self.product_words = QLabel(box)
        self.product_words.setWordWrap(True)
        self.similar_view = DataFrameView(box)
        self.similar_view.horizontalHeader().setStretchLastSection(True)
        self.rules_label = QLabel(box)
        self.rules_label.setWordWrap(True)
        self.rules_label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(box)
        layout.addWidget(self.product_search)
        layout.addWidget(self.product_list)
        layout.addWidget(self.product_words)
        layout.addWidget(self.similar_view, 1)
        layout.addWidget(self.rules_label)
        return box

    def _customer_pane(self) -> QWidget:
        box = QGroupBox(self.tr("Pick a customer"), self)
        self.customer_search, self.customer_list = self._picker(self.tr("Search customers…"))
        self.customer_list.currentItemChanged.connect(self._show_customer)
        self.customer_words = QLabel(box)
        self.customer_words.setWordWrap(True)
        self.customer_view = DataFrameView(box)
        self.customer_view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.customer_search)
        layout.addWidget(self.customer_list)
        layout.addWidget(self.customer_words)
        layout.addWidget(self.customer_view, 1)
        return box

    # --- public ---------------------------------------------------------------------------
    def result(self) -> RecommendationsResult | None:
        return self._result

    def job(self) -> Job:
        return partial(compute_recommendations, as_of=self.as_of)

    def _clear(self) -> None:
        """Nothing of a previous shop or run stays on screen."""
        self._result = None
        for chooser in (self.product_list, self.customer_list):
            self._fill(chooser, [])
        for view in (self.similar_view, self.customer_view):
            view.frame_model().set_frame(pd.DataFrame())
        for label in (self.product_words, self.customer_words, self.rules_label):
            label.clear()
        self.evaluation_label.clear()
        self.notes_label.clear()

    def show_state(self, state: str, message: str = "") -> None:
        if state == "waiting":
            self._clear()
            self.evaluation_chart.set_placeholder(self.tr("Not computed yet."))
            self.heading.setText(self.tr("Recommendations are computed when you open this tab."))
        elif state == "computing":
            self.heading.setText(self.tr("Finding what sells together…"))
            self.evaluation_label.clear()
            self.evaluation_chart.set_placeholder(
                self.tr("Measuring how often the lists were right…")
            )
        elif state == "cancelled":
            self.heading.setText(
                self.tr("Cancelled. Press Refresh to compute the recommendations.")
            )
        else:
            self._clear()
            self.evaluation_chart.set_placeholder(message)
            self.heading.setText(message)

    # --- results --------------------------------------------------------------------------
    def show_result(self, data: RecommendData) -> None:
        self._result = result = data.result
        self.show_computed(data.outcome)
        if data.chart is not None:
            self.evaluation_chart.set_figure(data.chart)
        else:
            self.evaluation_chart.set_placeholder(self.tr("Nothing to measure yet."))
        products, customers = data.products, data.customers
        self._first_list = (customers[0][1], data.first_list) if customers else None
        if not products and not customers:  # a result not made by compute_recommendations
            products, customers = picker_entries(result)
        self.heading.setText(
            self.tr("{products} products, {customers} customers with a purchase history.").format(
                products=f"{len(products):,}",
                customers=f"{len(result.model.purchases.customers):,}",
            )
        )
        self.heading.setToolTip(
            self.tr(
                "Customers who kept at least one product. A customer who returned everything "
                "they bought has nothing to recommend from, so this figure can be lower than "
                "the Customers tab's."
            )
        )
        self.evaluation_label.setText(evaluation_words(result))
        self._fill(self.product_list, products)
        self._fill(self.customer_list, customers)
        notes = [tr_core(n) for n in result.notes]
        self.notes_label.setText("\n".join(notes))
        if self.product_list.count():
            self.product_list.setCurrentRow(0)
        if self.customer_list.count():
            self.customer_list.setCurrentRow(0)

    # --- pickers --------------------------------------------------------------------------
    def _fill(self, chooser: PickerList, entries: list[tuple[str, str]]) -> None:
        """Keep every entry; the list widget shows the first matches of the search text."""
        self._entries[id(chooser)] = entries
        search = self.product_search if chooser is self.product_list else self.customer_search
        self._filter(chooser, search.text())

    def _filter(self, chooser: PickerList, text: str, first: str | None = None) -> None:
        """Show up to _LIST_LIMIT entries matching `text` (all of them stay searchable);
        `first`, when given, is shown at the top whatever the limit."""
        needle = text.strip().lower()
        entries = self._entries.get(id(chooser), [])
        shown = [e for e in entries if not needle or needle in e[0].lower()]
        if first is not None:
            shown = [e for e in entries if e[1] == first] + [e for e in shown if e[1] != first]
        chooser.set_entries(shown[:_LIST_LIMIT])

    def select_product(self, key: str) -> None:
        self._select(self.product_list, key)

    def select_customer(self, customer_id: str) -> None:
        self._select(self.customer_list, customer_id)

    def _select(self, chooser: PickerList, key: str) -> None:
        row = chooser.row_of(key)
        if row >= 0:
            chooser.setCurrentRow(row)
            return
        if any(k == key for _label, k in self._entries.get(id(chooser), [])):
            self._filter(chooser, "", first=key)  # beyond the shown entries: bring it up
            chooser.setCurrentRow(0)

    def _show_product(self, item: PickerItem | None) -> None:
        if item is None or self._result is None:
            return
        key = str(item.data(Qt.ItemDataRole.UserRole))
        result = self._result
        products = result.model.purchases.products.set_index("key")
        name = str(products.at[key, "name"])
        similar = result.similar[result.similar["product_key"] == key]
        self.product_words.setText(
            self.tr(
                "{product}: bought by {n} customers. Customers who bought it also bought:"
            ).format(product=name, n=f"{cast(int, products.at[key, 'customers']):,}")
        )
        table = pd.DataFrame(
            {
                self.tr("Similar product"): similar["similar_name"].to_numpy(),
                self.tr("Why"): [
                    why_text(k, "", int(n))
                    for k, n in zip(similar["reason_kind"], similar["customers_both"], strict=True)
                ],
            }
        )
        self.similar_view.frame_model().set_frame(table)
        self.similar_view.fit_columns(420)
        rules = result.rules.pairs
        rules = rules[rules["antecedent_key"] == key].head(3)
        if rules.empty:
            self.rules_label.setText(
                self.tr("Not in enough orders with another product for a bought-together rule.")
            )
            return
        words = [
            self.tr(
                "In {conf:.0%} of the orders with it, customers also took <b>{other}</b> "
                "({lift:.1f}× more often than in orders at large; {n} orders)."
            ).format(
                conf=r.confidence,
                other=html.escape(str(r.consequent_name)),
                lift=r.lift,
                n=f"{r.orders:,}",
            )
            for r in rules.itertuples()
        ]
        self.rules_label.setText(self.tr("Bought together:") + "<br>" + "<br>".join(words))

    def _show_customer(self, item: PickerItem | None) -> None:
        if item is None or self._result is None:
            return
        customer = str(item.data(Qt.ItemDataRole.UserRole))
        first = self._first_list
        if first is not None and first[0] == customer and first[1] is not None:
            listed = first[1]  # made with the result, in the worker
        else:
            listed = customer_lists(self._result.model, [customer])
        self.customer_words.setText(
            self.tr("The {n} products most worth showing customer {customer}:").format(
                n=len(listed), customer=customer
            )
        )
        table = pd.DataFrame(
            {
                self.tr("Product"): listed["product_name"].to_numpy(),
                self.tr("Why"): [
                    why_text(k, b, int(n))
                    for k, b, n in zip(
                        listed["reason_kind"],
                        listed["because_name"],
                        listed["customers_both"],
                        strict=True,
                    )
                ],
            }
        )
        self.customer_view.frame_model().set_frame(table)
        self.customer_view.fit_columns(230)
