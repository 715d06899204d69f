"""Everything the Recommendations tab and `analyze` show, built once from the shop's lines.

The GUI and the headless command call the same `build_recommendations`; the `recommendations`
section turns its result into JSON (counts and top rows) and saves the full lists into the shop
file (result_recommend_similar, result_recommend_customers, result_recommend_rules).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

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
from core.results_store import save_result
from core.store import open_shop

if TYPE_CHECKING:
    from core.analyze import AnalysisContext

log = logging.getLogger(__name__)
TOP_RULES = 10


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
    similar = similar_products(model, params.similar)
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
            "Never recommended (charges, fees and adjustments, or in most orders): "
            + ", ".join(sorted(model.purchases.excluded))
            + "."
        )
    unknown = int(lines["customer_id"].isna().sum())
    if unknown:
        notes.append(
            f"{unknown:,} order lines have no customer: they count for bought-together rules "
            "but give no customer a list."
        )
    report(progress, 1.0, "Recommendations ready")
    return RecommendationsResult(model, similar, customers, rules, evaluation, skipped, notes)


def _scores(hr: float, precision: float, ndcg: float, coverage: float) -> dict[str, float]:
    return {
        "hr10": round(hr, 4),
        "precision10": round(precision, 4),
        "ndcg10": round(ndcg, 4),
        "coverage": round(coverage, 4),
    }


def evaluation_json(result: RecommendationsResult) -> dict[str, Any]:
    ev = result.evaluation
    if ev is None:
        return {"status": "skipped", "reason": result.evaluation_skipped}
    ours, pop = ev.ours, ev.popularity
    return {
        "cutoff": ev.cutoff.isoformat(),
        "test_end": ev.test_end.isoformat(),
        "customers": ev.customers,
        **_scores(ours.hr, ours.precision, ours.ndcg, ours.coverage),
        "popularity": _scores(pop.hr, pop.precision, pop.ndcg, pop.coverage),
        "notes": ev.notes,
    }


def recommendations_json(result: RecommendationsResult) -> dict[str, Any]:
    """The `recommendations` section: evaluation, products, customers, top_rules."""
    products = result.model.purchases.products
    similar = result.similar
    per_product = similar.groupby("product_key")["reason_kind"].agg(
        lambda kinds: bool((kinds == "bought_with").any())
    )
    customers = result.customers
    personal = (
        customers.groupby("customer_id")["reason_kind"].agg(
            lambda kinds: bool((kinds != "best_seller").any())
        )
        if not customers.empty
        else pd.Series(dtype=bool)
    )
    top = result.rules.pairs.head(TOP_RULES)
    return {
        "status": "ok",
        "evaluation": evaluation_json(result),
        "products": {
            "count": int(products["merchandise"].sum()),
            "with_similar": len(per_product),
            "by_name_only": int((~per_product).sum()),
            "never_recommended": dict(sorted(result.model.purchases.excluded.items())),
            "table": "result_recommend_similar",
        },
        "customers": {
            "count": int(customers["customer_id"].nunique()) if not customers.empty else 0,
            "personal": int(personal.sum()),
            "best_sellers_only": int((~personal).sum()),
            "table": "result_recommend_customers",
        },
        "top_rules": [
            {
                "if_bought": str(r["antecedent_name"]),
                "also_buy": str(r["consequent_name"]),
                "orders": int(r["orders"]),
                "support": round(float(r["support"]), 4),
                "confidence": round(float(r["confidence"]), 4),
                "lift": round(float(r["lift"]), 2),
            }
            for r in top.to_dict(orient="records")
        ],
        "rules": {
            "orders": result.rules.orders,
            "min_orders": result.rules.min_count,
            "pairs": len(result.rules.pairs),
            "triples": len(result.rules.triples),
            "table": "result_recommend_rules",
        },
        "notes": result.notes,
    }


def save_recommendations(conn: Any, result: RecommendationsResult, as_of: Any = None) -> None:
    """The full lists into the shop file (replacing the previous run's)."""
    save_result(conn, "recommend_similar", result.similar, as_of)
    save_result(conn, "recommend_customers", result.customers, as_of)
    rules = pd.concat(
        [
            result.rules.pairs.assign(size=2),
            result.rules.triples.assign(size=3),
        ],
        ignore_index=True,
    )
    save_result(conn, "recommend_rules", rules.astype({"orders": "int64", "size": "int64"}), as_of)


def section(ctx: AnalysisContext, progress: Progress | None) -> dict[str, Any]:
    """`analyze`'s recommendations section (skipped, in words, when it cannot run)."""
    result = build_recommendations(ctx.lines, RecommendationsParams(), scaled(progress, 0, 0.9))
    if ctx.db_path is not None:
        conn = open_shop(ctx.db_path)
        try:
            save_recommendations(conn, result, ctx.as_of)
        finally:
            conn.close()
    return recommendations_json(result)
