"""Every customer analysis at once, joined into one row per customer (the Customers tab).

Why a separate entry point: the tab wants segments, clusters, value and churn side by side,
and a shop that cannot support one of them (too few repeat customers for lifetime value, too
short a history for churn) should still show the others, with the reason in words. Each part
is the same core function `analyze` runs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from core.analysis.money import line_money
from core.customers.churn import ChurnParams, ChurnResult, compute_churn
from core.customers.clusters import ClusterParams, ClusterResult, compute_clusters
from core.customers.clv import ClvParams, ClvResult, compute_clv
from core.customers.cohorts import CohortParams, CohortResult, compute_cohorts
from core.customers.features import customer_lines
from core.customers.rfm import RfmParams, RfmResult, compute_rfm
from core.errors import ShopLensError
from core.progress import Progress, report, scaled

log = logging.getLogger(__name__)

#: The columns of the joined customer table, in the order the tab shows them. "frequency" here
#: is RFM's purchase_days (days with a purchase), under the key the tab's columns use.
TABLE_COLUMNS: tuple[str, ...] = (
    "customer_id",
    "segment",
    "cluster",
    "recency_days",
    "frequency",
    "monetary",
    "p_alive",
    "clv_12m",
    "churn_risk",
    "band",
    "next_order_date",
    "reasons",
)


@dataclass(frozen=True)
class CustomerInsights:
    as_of: date | None
    table: pd.DataFrame  # TABLE_COLUMNS, one row per customer
    history: pd.DataFrame  # customer_id, day, sold, returned: for the order-history chart
    rfm: RfmResult | None = None
    cohorts: CohortResult | None = None
    clusters: ClusterResult | None = None
    clv: ClvResult | None = None
    churn: ChurnResult | None = None
    skipped: dict[str, str] = field(default_factory=dict)  # part -> reason in words


def daily_history(lines: pd.DataFrame) -> pd.DataFrame:
    """Net bought and returned value per customer and day."""
    money = line_money(lines)
    frame = pd.DataFrame(
        {
            "customer_id": lines["customer_id"].astype("str").to_numpy(),
            "day": lines["order_date"].dt.normalize().to_numpy(),
            "sold": money.gross,
            "returned": money.returns,
        }
    )
    return frame.groupby(["customer_id", "day"], as_index=False)[["sold", "returned"]].sum()


def _base_table(rfm: RfmResult | None, *others: object) -> pd.DataFrame:
    """RFM's columns per customer; without RFM, the customers of the first part that ran."""
    if rfm is not None:
        table = rfm.customers[["segment", "recency_days", "purchase_days", "monetary"]]
        return table.rename(columns={"purchase_days": "frequency"})
    for part in others:
        if isinstance(part, (ClusterResult, ClvResult, ChurnResult)):
            return pd.DataFrame(index=part.customers.index.rename("customer_id"))
    return pd.DataFrame(index=pd.Index([], dtype="str", name="customer_id"))


def compute_customer_insights(
    lines: pd.DataFrame, as_of: date | None = None, progress: Progress | None = None
) -> CustomerInsights:
    """Run cohorts, RFM, clusters, lifetime value and churn; join them per customer.

    The section registry (core.sections.customers) runs the same parts as sections of their
    own and joins them with `join_insights`; this runs them in one go for a bare frame.
    """
    known = customer_lines(lines, as_of)  # no customer ids: the whole tab says why
    skipped: dict[str, str] = {}
    parts: dict[str, object] = {}
    steps = (
        ("rfm", 0.0, 0.1, lambda p: compute_rfm(known, RfmParams(as_of=as_of), p)),
        ("cohorts", 0.1, 0.2, lambda p: compute_cohorts(known, CohortParams(as_of=as_of), p)),
        ("clusters", 0.2, 0.45, lambda p: compute_clusters(known, ClusterParams(as_of=as_of), p)),
        ("clv", 0.45, 0.6, lambda p: compute_clv(known, ClvParams(as_of=as_of), None, p)),
        ("churn", 0.6, 0.95, lambda p: compute_churn(known, ChurnParams(as_of=as_of), p)),
    )
    for name, start, end, run in steps:
        try:
            parts[name] = run(scaled(progress, start, end))
        except ShopLensError as exc:
            log.info("customer part %s skipped: %s", name, exc)
            skipped[name] = str(exc)
        except Exception as exc:  # one failing part must not take the tab down (Cancelled is
            # a BaseException and passes)
            log.exception("customer part %s failed", name)
            skipped[name] = f"This analysis failed unexpectedly: {exc}"
    report(progress, 0.96, "Putting the customer table together")
    insights = join_insights(known, as_of, parts, skipped)
    report(progress, 1.0, "Customers ready")
    return insights


def join_insights(
    known: pd.DataFrame,
    as_of: date | None,
    parts: dict[str, object],
    skipped: dict[str, str],
) -> CustomerInsights:
    """One row per customer from the parts that ran (`parts`: name -> result or None)."""
    rfm = parts.get("rfm")
    assert rfm is None or isinstance(rfm, RfmResult)
    clusters = parts.get("clusters")
    clv = parts.get("clv")
    churn = parts.get("churn")
    table = _base_table(rfm, clusters, clv, churn)
    if isinstance(clusters, ClusterResult):
        table = table.join(clusters.customers[["cluster"]] + 1, how="left")
    if isinstance(clv, ClvResult):
        table = table.join(clv.customers[["p_alive", "clv_12m", "next_order_date"]], how="left")
    if isinstance(churn, ChurnResult):
        table = table.join(churn.customers[["churn_risk", "band", "reasons"]], how="left")
    for column in TABLE_COLUMNS[1:]:
        if column not in table:
            table[column] = np.nan
    table = table.reset_index()[list(TABLE_COLUMNS)]
    cohorts = parts.get("cohorts")
    return CustomerInsights(
        as_of=as_of,
        table=table,
        history=daily_history(known),
        rfm=rfm,
        cohorts=cohorts if isinstance(cohorts, CohortResult) else None,
        clusters=clusters if isinstance(clusters, ClusterResult) else None,
        clv=clv if isinstance(clv, ClvResult) else None,
        churn=churn if isinstance(churn, ChurnResult) else None,
        skipped=dict(skipped),
    )
