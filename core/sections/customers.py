"""The customer sections: cohorts, rfm, clusters, clv, churn, and `customers`, which joins them
into one row per customer for the Customers tab.

All five parts read the same customer lines, built once per run (`ctx.shared`); the joined
section reads their results from the run instead of computing them again, and a part that could
not run on this shop is named with its reason while the others still show.
"""

from __future__ import annotations

import dataclasses
from contextlib import AbstractContextManager
from typing import Any

import pandas as pd

from core.customers.churn import ChurnParams, ChurnResult, compute_churn
from core.customers.clusters import ClusterParams, ClusterResult, compute_clusters
from core.customers.clv import ClvParams, ClvResult, compute_clv
from core.customers.cohorts import CohortParams, CohortResult, compute_cohorts
from core.customers.features import CUSTOMER_COLUMNS, customer_lines, summaries_shared
from core.customers.insights import CustomerInsights, join_insights
from core.customers.rfm import RfmParams, RfmResult, compute_rfm
from core.progress import Progress
from core.sections.base import ChartData, ChartSeries, Section, SectionContext
from core.sections.jsonable import json_value, plain_columns, records

PART_NAMES = ("rfm", "cohorts", "clusters", "clv", "churn")


def known_lines(ctx: SectionContext) -> pd.DataFrame:
    """The run's lines that name a customer (raises, in words, when none do)."""
    return ctx.shared("customer_lines", lambda: customer_lines(ctx.lines))


def _one_summary(ctx: SectionContext) -> AbstractContextManager[None]:
    """The parts of one run share their customer summaries (built once per as-of and unit)."""
    return summaries_shared(known_lines(ctx), ctx.shared("customer_summaries", dict))


# --- cohorts ------------------------------------------------------------------------------------
def _cohorts(ctx: SectionContext, params: CohortParams, progress: Progress | None) -> CohortResult:
    with _one_summary(ctx):
        return compute_cohorts(
            known_lines(ctx), dataclasses.replace(params, as_of=ctx.as_of), progress
        )


def _cohorts_summary(result: CohortResult) -> dict[str, Any]:
    table = result.table
    month1 = table[table["month"] == 1]
    return {
        "status": "ok",
        "cohorts": int(table["cohort"].nunique()),
        "customers": int(table.loc[table["month"] == 0, "cohort_size"].sum()),
        "months": int(table["month"].max()) + 1 if len(table) else 0,
        "month_1_retention": json_value(
            month1["active"].sum() / month1["cohort_size"].sum() if len(month1) else None
        ),
        "table": records(table[table["month"] <= 3], None),
    }


def _cohort_chart(result: CohortResult) -> list[ChartData]:
    matrix = result.retention
    return [
        ChartData(
            key="cohort_retention",
            title="Share of each month's new customers who bought again",
            kind="heatmap",
            categories=tuple(str(c) for c in matrix.columns),
            rows=tuple(str(r) for r in matrix.index),
            series=tuple(
                ChartSeries(str(label), tuple(json_value(v) for v in row))
                for label, row in matrix.iterrows()
            ),
            number_format="percent",
        )
    ]


# --- rfm ----------------------------------------------------------------------------------------
def _rfm(ctx: SectionContext, params: RfmParams, progress: Progress | None) -> RfmResult:
    with _one_summary(ctx):
        return compute_rfm(known_lines(ctx), dataclasses.replace(params, as_of=ctx.as_of), progress)


def _rfm_summary(result: RfmResult) -> dict[str, Any]:
    segments = result.segments.reset_index()
    customers = result.customers.sort_values("monetary", ascending=False)
    return {
        "status": "ok",
        "as_of": result.as_of.isoformat(),
        "customers_scored": len(result.customers),
        "segments": [
            {
                "name": row["segment"],
                "customers": int(row["customers"]),
                "revenue_share": round(float(row["revenue_share"]), 4),
                "advice": row["advice"],
            }
            for row in segments.to_dict(orient="records")
        ],
        "top_customers": records(plain_columns(customers)),
        "notes": result.notes,
    }


def _rfm_chart(result: RfmResult) -> list[ChartData]:
    segments = result.segments.reset_index()
    return [
        ChartData(
            key="segments",
            title="Customers and revenue share per segment",
            kind="bar",
            categories=tuple(str(s) for s in segments["segment"]),
            series=(
                ChartSeries("Customers", tuple(float(v) for v in segments["customers"]), "bar"),
            ),
        )
    ]


# --- clusters -----------------------------------------------------------------------------------
def _clusters(
    ctx: SectionContext, params: ClusterParams, progress: Progress | None
) -> ClusterResult:
    with _one_summary(ctx):
        return compute_clusters(
            known_lines(ctx), dataclasses.replace(params, as_of=ctx.as_of), progress
        )


def _clusters_summary(result: ClusterResult) -> dict[str, Any]:
    return {
        "status": "ok",
        "k": result.k,
        "silhouettes": {str(k): v for k, v in result.silhouettes.items()},
        "categories": result.profiles.attrs.get("categories", []),
        "profiles": records(plain_columns(result.profiles), None),
    }


# --- clv ----------------------------------------------------------------------------------------
def _clv(ctx: SectionContext, params: ClvParams, progress: Progress | None) -> ClvResult:
    with _one_summary(ctx):
        later = ctx.all_lines if ctx.as_of is not None else None
        return compute_clv(
            known_lines(ctx), dataclasses.replace(params, as_of=ctx.as_of), later, progress
        )


def _clv_summary(result: ClvResult) -> dict[str, Any]:
    customers = result.customers.sort_values("clv_12m", ascending=False)
    out: dict[str, Any] = {
        "status": "ok",
        "as_of": result.as_of.isoformat(),
        "customers": len(customers),
        "params": {
            **{k: round(v, 4) for k, v in result.bgnbd.as_dict().items()},
            "time_unit": result.time_unit,
        },
        "gamma_gamma": (
            {k: round(v, 4) for k, v in result.gamma_gamma.as_dict().items()}
            if result.gamma_gamma
            else None
        ),
        "monthly_discount": ClvParams().monthly_discount,
        "total_clv_12m": round(float(customers["clv_12m"].sum()), 2),
        "expected_purchases_365d": round(float(customers["expected_365d"].sum()), 1),
        "top_customers": records(
            plain_columns(customers)[
                [
                    "customer_id",
                    "frequency",
                    "recency_days",
                    "net",
                    "p_alive",
                    "expected_90d",
                    "expected_365d",
                    "clv_12m",
                    "next_order_date",
                ]
            ]
        ),
        "notes": result.notes,
    }
    if result.holdout is not None:
        h = result.holdout
        out["holdout"] = {
            "days": h.days,
            "actual_total": h.actual_total,
            "predicted_total": round(h.predicted_total, 1),
            "correlation": json_value(h.correlation),
            "customers": h.customers,
        }
    return out


# --- churn --------------------------------------------------------------------------------------
def _churn(ctx: SectionContext, params: ChurnParams, progress: Progress | None) -> ChurnResult:
    with _one_summary(ctx):
        return compute_churn(
            known_lines(ctx), dataclasses.replace(params, as_of=ctx.as_of), progress
        )


def _churn_summary(result: ChurnResult) -> dict[str, Any]:
    customers = result.customers.sort_values("churn_risk", ascending=False)
    valuable = customers[customers["band"] == "high"].sort_values("net", ascending=False)
    return {
        "status": "ok",
        "auc": round(result.auc, 4),
        "baseline_auc": json_value(result.baseline_auc),
        "model": result.model,
        "top_decile_precision": round(result.top_decile_precision, 4),
        "baseline_top_decile_precision": json_value(result.baseline_top_decile_precision),
        "churn_rate": round(result.churn_rate, 4),
        "brier": round(result.brier, 4),
        "horizon_days": ChurnParams().horizon_days,
        "train_cutoff": result.train_cutoff.isoformat(),
        "test_cutoff": result.test_cutoff.isoformat(),
        "test_customers": result.test_customers,
        "calibration": records(result.calibration, None),
        "bands": {k: int(v) for k, v in customers["band"].value_counts().items()},
        "valuable_at_risk": records(
            plain_columns(valuable)[["customer_id", "net", "churn_risk", "band", "reasons"]]
        ),
        "notes": result.notes,
    }


def _churn_chart(result: ChurnResult) -> list[ChartData]:
    calibration = result.calibration
    return [
        ChartData(
            key="churn_calibration",
            title="Predicted against observed churn, by decile of risk",
            kind="line",
            categories=tuple(str(i + 1) for i in range(len(calibration))),
            series=(
                ChartSeries("Predicted", tuple(json_value(v) for v in calibration["predicted"])),
                ChartSeries("Observed", tuple(json_value(v) for v in calibration["observed"])),
            ),
            number_format="percent",
        )
    ]


# --- the joined customer table ------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class CustomersParams:
    """The joined table has no parameters of its own: its parts carry them."""


def _customers(
    ctx: SectionContext, _params: CustomersParams, _progress: Progress | None
) -> CustomerInsights:
    parts = {name: ctx.optional(name) for name in PART_NAMES}
    skipped = {name: ctx.skipped[name] for name in PART_NAMES if name in ctx.skipped}
    return join_insights(known_lines(ctx), ctx.as_of, parts, skipped)


def _customers_summary(result: CustomerInsights) -> dict[str, Any]:
    return {
        "status": "ok",
        "customers": len(result.table),
        "parts_skipped": result.skipped,
    }


_COLS = tuple(CUSTOMER_COLUMNS)

SECTIONS: tuple[Section[Any, Any], ...] = (
    Section(
        name="cohorts",
        title="Cohorts",
        compute=_cohorts,
        summary=_cohorts_summary,
        params=CohortParams(),
        columns=_COLS,
        tables=lambda r: {"cohorts": r.table},
        charts=_cohort_chart,
    ),
    Section(
        name="rfm",
        title="RFM segments",
        compute=_rfm,
        summary=_rfm_summary,
        params=RfmParams(),
        columns=_COLS,
        tables=lambda r: {
            "rfm_customers": plain_columns(r.customers),
            "rfm_segments": plain_columns(r.segments),
        },
        charts=_rfm_chart,
    ),
    Section(
        name="clusters",
        title="Customer groups",
        compute=_clusters,
        summary=_clusters_summary,
        params=ClusterParams(),
        columns=_COLS,
        tables=lambda r: {
            "cluster_profiles": plain_columns(r.profiles),
            "cluster_customers": plain_columns(r.customers),
        },
    ),
    Section(
        name="clv",
        title="Lifetime value",
        compute=_clv,
        summary=_clv_summary,
        params=ClvParams(),
        columns=_COLS,
        tables=lambda r: {"clv_customers": plain_columns(r.customers)},
    ),
    Section(
        name="churn",
        title="Churn risk",
        compute=_churn,
        summary=_churn_summary,
        params=ChurnParams(),
        columns=_COLS,
        tables=lambda r: {
            "churn_customers": plain_columns(r.customers),
            "churn_calibration": r.calibration,
        },
        charts=_churn_chart,
    ),
    Section(
        name="customers",
        title="Customers",
        compute=_customers,
        summary=_customers_summary,
        params=CustomersParams(),
        depends=PART_NAMES,
        columns=_COLS,
        tables=lambda r: {"customers": r.table},
    ),
)
