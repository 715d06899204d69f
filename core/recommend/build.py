"""Everything the Recommendations tab and `analyze` show, built once from the shop's lines.

The `recommendations` section (core.sections.recommend) runs `build_recommendations` and turns
its result into JSON, tables and chart data; the window and the headless command read that.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import pandas as pd

from core.messages import say
from core.progress import Progress, report, scaled
from core.recommend.basket import BasketParams, BasketResult, basket_rules
from core.recommend.evaluate import EvaluationParams, EvaluationResult, NotEnoughHistoryError
from core.recommend.evaluate import evaluate as evaluate_lists
from core.recommend.matrix import NotEnoughProductsError
from core.recommend.top_n import (
    Recommender,
    RecommendParams,
    customer_lists,
    fit_recommender,
    similar_products,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecommendationsParams:
    recommend: RecommendParams = field(default_factory=RecommendParams)
    basket: BasketParams = field(default_factory=lambda: BasketParams(triples=True))
    evaluation: EvaluationParams = field(default_factory=EvaluationParams)
    similar: int = 10  # similar products listed per product
    all_customers: bool = True  # a list for every customer now (the GUI asks one at a time)


@dataclass(frozen=True)
class RecommendationsResult:
    model: Recommender
    similar: pd.DataFrame  # top_n.SIMILAR_COLUMNS
    customers: pd.DataFrame  # top_n.CUSTOMER_COLUMNS (empty unless all_customers)
    rules: BasketResult
    evaluation: EvaluationResult | None
    evaluation_skipped: str | None  # why there is no evaluation, in words
    notes: list[str]


def build_recommendations(
    lines: pd.DataFrame,
    params: RecommendationsParams = RecommendationsParams(),
    progress: Progress | None = None,
) -> RecommendationsResult:
    """Similar products, bought-together rules, per-customer lists and their measured accuracy."""
    sold = lines[~lines["is_return"]] if "is_return" in lines else lines
    if sold.empty:
        raise NotEnoughProductsError("The shop has no orders yet: import an order export.")
    model = fit_recommender(lines, params.recommend, scaled(progress, 0.0, 0.35))
    products = model.purchases.products
    if int(products["merchandise"].sum()) < 2:
        raise NotEnoughProductsError(
            "Recommendations need at least two different products on sale; this shop's orders "
            f"name {int(products['merchandise'].sum())}. Import orders with more products."
        )
    report(progress, 0.35, "Listing similar products")
    similar = similar_products(model, params.similar, scaled(progress, 0.35, 0.4))
    rules = basket_rules(
        model.purchases.order_item, products, params.basket, scaled(progress, 0.4, 0.55)
    )
    customers = pd.DataFrame()
    if params.all_customers:
        customers = customer_lists(
            model, None, params.recommend, progress=scaled(progress, 0.55, 0.7)
        )
    evaluation: EvaluationResult | None = None
    skipped: str | None = None
    try:
        evaluation = evaluate_lists(lines, params.evaluation, scaled(progress, 0.7, 1.0))
    except NotEnoughHistoryError as exc:
        skipped = str(exc)
    notes = []
    if model.purchases.excluded:
        notes.append(
            say(
                "Never recommended (charges, fees and adjustments, or in most orders): {products}.",
                products=", ".join(sorted(model.purchases.excluded)),
            )
        )
    unknown = int(lines["customer_id"].isna().sum())
    if unknown:
        notes.append(
            say(
                "{count:,} order lines have no customer: they count for bought-together rules "
                "but give no customer a list.",
                count=unknown,
            )
        )
    report(progress, 1.0, "Recommendations ready")
    return RecommendationsResult(model, similar, customers, rules, evaluation, skipped, notes)
