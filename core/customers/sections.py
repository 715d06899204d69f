"""The customer sections of `main.py analyze`: cohorts, rfm, clusters, clv, churn.

Each returns a JSON-ready dict with counts and the top rows; the full per-customer tables go
into the shop file (core.results_store, tables `result_<name>`) when the context names one.
A shop without customer ids or with too few customers raises NoCustomerDataError, which
`analyze` shows as {"status": "skipped", "reason": ...}.
"""

from __future__ import annotations

import logging
import math
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from core.customers.churn import ChurnParams, compute_churn
from core.customers.clusters import ClusterParams, compute_clusters
from core.customers.clv import ClvParams, compute_clv
from core.customers.cohorts import CohortParams, compute_cohorts
from core.customers.rfm import RfmParams, compute_rfm
from core.progress import Progress
from core.results_store import save_result
from core.store import open_shop

if TYPE_CHECKING:
    from core.analyze import AnalysisContext

log = logging.getLogger(__name__)
TOP_ROWS = 10


def plain_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """The index as a column and plain lower-case column names (T -> t_total) for the store."""
    out = frame.reset_index()
    out.columns = [("t_total" if c == "T" else str(c).lower()) for c in out.columns]
    return out


def _json_value(value: Any) -> Any:
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.strftime("%Y-%m-%d")
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if not math.isfinite(float(value)) else round(float(value), 4)
    if value is pd.NaT or (not isinstance(value, str) and pd.isna(value)):
        return None
    return value


def records(frame: pd.DataFrame, limit: int | None = TOP_ROWS) -> list[dict[str, Any]]:
    rows = frame if limit is None else frame.head(limit)
    return [
        {str(k): _json_value(v) for k, v in row.items()} for row in rows.to_dict(orient="records")
    ]


def _save(ctx: AnalysisContext, tables: dict[str, pd.DataFrame]) -> list[str]:
    """Write the tables into the shop file (when there is one); returns the table names."""
    if ctx.db_path is None:
        return []
    conn = open_shop(ctx.db_path)
    try:
        return [save_result(conn, name, frame, ctx.as_of) for name, frame in tables.items()]
    finally:
        conn.close()


def cohorts_section(ctx: AnalysisContext, progress: Progress | None) -> dict[str, Any]:
    result = compute_cohorts(ctx.lines, CohortParams(), progress)
    table = result.table
    month1 = table[table["month"] == 1]
    saved = _save(ctx, {"cohorts": table})
    return {
        "status": "ok",
        "cohorts": int(table["cohort"].nunique()),
        "customers": int(table.loc[table["month"] == 0, "cohort_size"].sum()),
        "months": int(table["month"].max()) + 1 if len(table) else 0,
        "month_1_retention": _json_value(
            month1["active"].sum() / month1["cohort_size"].sum() if len(month1) else None
        ),
        "table": records(table[table["month"] <= 3], None),
        "saved_tables": saved,
    }


def rfm_section(ctx: AnalysisContext, progress: Progress | None) -> dict[str, Any]:
    result = compute_rfm(ctx.lines, RfmParams(as_of=ctx.as_of), progress)
    segments = result.segments.reset_index()
    customers = result.customers.sort_values("monetary", ascending=False)
    saved = _save(
        ctx,
        {
            "rfm_customers": plain_columns(result.customers),
            "rfm_segments": plain_columns(result.segments),
        },
    )
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
        "saved_tables": saved,
    }


def clusters_section(ctx: AnalysisContext, progress: Progress | None) -> dict[str, Any]:
    result = compute_clusters(ctx.lines, ClusterParams(as_of=ctx.as_of), progress)
    profiles = plain_columns(result.profiles)
    saved = _save(
        ctx,
        {"cluster_profiles": profiles, "cluster_customers": plain_columns(result.customers)},
    )
    return {
        "status": "ok",
        "k": result.k,
        "silhouettes": {str(k): v for k, v in result.silhouettes.items()},
        "categories": result.profiles.attrs.get("categories", []),
        "profiles": records(profiles, None),
        "saved_tables": saved,
    }


def clv_section(ctx: AnalysisContext, progress: Progress | None) -> dict[str, Any]:
    params = ClvParams(as_of=ctx.as_of)
    later = ctx.all_lines if ctx.as_of is not None else None
    result = compute_clv(ctx.lines, params, later, progress)
    customers = result.customers.sort_values("clv_12m", ascending=False)
    saved = _save(ctx, {"clv_customers": plain_columns(result.customers)})
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
        "monthly_discount": params.monthly_discount,
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
        "saved_tables": saved,
    }
    if result.holdout is not None:
        h = result.holdout
        out["holdout"] = {
            "days": h.days,
            "actual_total": h.actual_total,
            "predicted_total": round(h.predicted_total, 1),
            "correlation": _json_value(h.correlation),
            "customers": h.customers,
        }
    return out


def churn_section(ctx: AnalysisContext, progress: Progress | None) -> dict[str, Any]:
    params = ChurnParams(as_of=ctx.as_of)
    result = compute_churn(ctx.lines, params, progress)
    customers = result.customers.sort_values("churn_risk", ascending=False)
    valuable = customers[customers["band"] == "high"].sort_values("net", ascending=False)
    saved = _save(
        ctx,
        {
            "churn_customers": plain_columns(result.customers),
            "churn_calibration": result.calibration,
        },
    )
    return {
        "status": "ok",
        "auc": round(result.auc, 4),
        "baseline_auc": _json_value(result.baseline_auc),
        "model": result.model,
        "top_decile_precision": round(result.top_decile_precision, 4),
        "baseline_top_decile_precision": _json_value(result.baseline_top_decile_precision),
        "churn_rate": round(result.churn_rate, 4),
        "brier": round(result.brier, 4),
        "horizon_days": params.horizon_days,
        "train_cutoff": _date(result.train_cutoff),
        "test_cutoff": _date(result.test_cutoff),
        "test_customers": result.test_customers,
        "calibration": records(result.calibration, None),
        "bands": {k: int(v) for k, v in customers["band"].value_counts().items()},
        "valuable_at_risk": records(
            plain_columns(valuable)[["customer_id", "net", "churn_risk", "band", "reasons"]]
        ),
        "notes": result.notes,
        "saved_tables": saved,
    }


def _date(value: date) -> str:
    return value.isoformat()


#: name -> section, registered in core.analyze.SECTIONS after kpis.
CUSTOMER_SECTIONS = {
    "cohorts": cohorts_section,
    "rfm": rfm_section,
    "clusters": clusters_section,
    "clv": clv_section,
    "churn": churn_section,
}
