"""The `recommendations` section: similar products, bought-together rules, a list per customer
and how often such lists were right on the shop's own history, against the best sellers."""

from __future__ import annotations

from typing import Any

import pandas as pd

from core.progress import Progress
from core.recommend.build import (
    RecommendationsParams,
    RecommendationsResult,
    build_recommendations,
)
from core.sections.base import ChartData, ChartSeries, Section, SectionContext

TOP_RULES = 10


def _compute(
    ctx: SectionContext, params: RecommendationsParams, progress: Progress | None
) -> RecommendationsResult:
    return build_recommendations(ctx.lines, params, progress)


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


def _tables(result: RecommendationsResult) -> dict[str, pd.DataFrame]:
    rules = pd.concat(
        [result.rules.pairs.assign(size=2), result.rules.triples.assign(size=3)],
        ignore_index=True,
    )
    return {
        "recommend_similar": result.similar,
        "recommend_customers": result.customers,
        "recommend_rules": rules.astype({"orders": "int64", "size": "int64"}),
    }


def _charts(result: RecommendationsResult) -> list[ChartData]:
    ev = result.evaluation
    if ev is None:
        return []
    ours, pop = ev.ours, ev.popularity
    return [
        ChartData(
            key="recommend_evaluation",
            title="How often the lists were right",
            kind="bar",
            categories=("Hit rate @10", "Precision @10", "NDCG @10", "Catalogue shown"),
            series=(
                ChartSeries(
                    "Our top 10", (ours.hr, ours.precision, ours.ndcg, ours.coverage), "bar"
                ),
                ChartSeries("Best sellers", (pop.hr, pop.precision, pop.ndcg, pop.coverage), "bar"),
            ),
            number_format="ratio",
        )
    ]


SECTION: Section[RecommendationsParams, RecommendationsResult] = Section(
    name="recommendations",
    title="Recommendations",
    compute=_compute,
    summary=recommendations_json,
    params=RecommendationsParams(),
    tables=_tables,
    charts=_charts,
)
