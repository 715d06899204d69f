"""The `campaigns` section: who to contact, with what offer, what it is worth, and the read-outs
of campaigns recorded in the shop file.

It reads the customer parts (rfm, clv, churn) from the run, and the recommendations when they
ran (second-order offers and cross-sell rules); without them those two cards are simply empty.
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from typing import Any

import pandas as pd

from core.campaigns.audiences import AudienceInputs
from core.campaigns.build import CampaignPlan, CampaignsResult, build_campaigns
from core.campaigns.kinds import UNMEASURED, CampaignParams
from core.campaigns.records import readouts
from core.customers.clv import ClvResult
from core.customers.features import (
    CUSTOMER_COLUMNS,
    UNIT_DAYS,
    customer_summary,
    last_order_day,
)
from core.progress import Progress, report, scaled
from core.sections.base import ChartData, ChartSeries, Section, SectionContext
from core.sections.customers import known_lines
from core.sections.jsonable import json_value

log = logging.getLogger(__name__)

DEPENDS = ("rfm", "clv", "churn", "recommendations")
CURVE_POINTS = 60


def campaign_inputs(ctx: SectionContext) -> tuple[AudienceInputs, ClvResult | None]:
    """The rules' inputs from this run's customer results (the parts that ran)."""
    lines = known_lines(ctx)
    clv: ClvResult | None = ctx.optional("clv")
    as_of = ctx.as_of or last_order_day(lines).date()
    scores = clv.customers.copy() if clv is not None else customer_summary(lines, as_of)
    churn = ctx.optional("churn")
    if churn is not None:
        scores = scores.join(churn.customers[["churn_risk", "band"]], how="left")
    rfm = ctx.optional("rfm")
    if rfm is not None:
        scores = scores.join(rfm.customers[["segment"]], how="left")
    recs = ctx.optional("recommendations")
    rules = top = None
    if recs is not None:
        rules = recs.rules.pairs
        lists = recs.customers
        if not lists.empty:
            first = lists.sort_values("rank", kind="stable").drop_duplicates("customer_id")
            top = first.set_index(first["customer_id"].astype("str"))["product_name"]
    scores.index = scores.index.astype("str")
    return AudienceInputs(as_of, scores, lines, rules, top), clv


def _compute(
    ctx: SectionContext, params: CampaignParams, progress: Progress | None
) -> CampaignsResult:
    inputs, clv = campaign_inputs(ctx)
    model = clv.bgnbd if clv is not None else None
    unit_days = UNIT_DAYS[clv.time_unit] if clv is not None else 7.0
    result = build_campaigns(inputs, model, unit_days, params, scaled(progress, 0.0, 0.9))
    if ctx.db_path is not None:
        report(progress, 0.9, "Reading out recorded campaigns")
        found = readouts(ctx.db_path, ctx.all_lines)
        if found:
            result = dataclasses.replace(result, readouts=tuple(found))
    return result


def plan_json(plan: CampaignPlan) -> dict[str, Any]:
    a = plan.assumptions
    return {
        "type": plan.key,
        "title": plan.title,
        "rule": plan.rule,
        "timing": plan.timing,
        "offer": plan.offer,
        "window_days": plan.window_days,
        "matched": plan.matched,
        "audience": plan.audience,
        "moved_to_higher_priority": plan.moved,
        "suggested_size": plan.suggested,
        "baseline": {
            "purchase_rate": round(plan.baseline_rate, 4),
            "revenue": round(plan.baseline_revenue, 2),
        },
        "expected_net": {
            "low": round(plan.expected_net[0], 2),
            "mid": round(plan.expected_net[1], 2),
            "high": round(plan.expected_net[2], 2),
            "suggested_at_mid": round(plan.expected_net_suggested, 2),
        },
        "break_even_lift": json_value(
            None if plan.break_even_lift is None else round(plan.break_even_lift, 5)
        ),
        "holdout": plan.holdout,
        "measurable_lift": json_value(
            None if plan.measurable_lift is None else round(plan.measurable_lift, 4)
        ),
        "assumptions": {
            "margin": a.margin,
            "discount": plan.discount,
            "redemption": a.redemption,
            "cost_per_message": a.cost_per_message,
            "lift": {"low": a.lift[0], "mid": a.lift[1], "high": a.lift[2]},
        },
    }


def campaigns_json(result: CampaignsResult) -> dict[str, Any]:
    return {
        "status": "ok",
        "as_of": result.as_of.isoformat(),
        "lift_note": result.lift_note if not result.readouts else _measured_note(result),
        "lift_source": result.lift_source,
        "baseline_source": result.baseline_source,
        "campaigns": [plan_json(p) for p in result.plans],
        "do_not_contact": len(result.do_not_contact),
        "readouts": [r.as_json() for r in result.readouts],
        "notes": result.notes,
    }


def _measured_note(result: CampaignsResult) -> str:
    measured = [r for r in result.readouts if r.days > 0]
    if not measured:
        return UNMEASURED
    return (
        f"{len(measured)} campaign(s) of this shop have been read out against their holdout; "
        "see the read-outs for the lift they measured."
    )


def _curve_chart(plan: CampaignPlan) -> ChartData:
    curve = plan.curve
    step = max(1, len(curve) // CURVE_POINTS)
    picks = list(range(step - 1, len(curve), step))
    if curve and picks[-1] != len(curve) - 1:
        picks.append(len(curve) - 1)
    return ChartData(
        key=f"campaign_curve_{plan.key}",
        title="Expected profit by number of customers contacted",
        kind="line",
        categories=tuple(str(i + 1) for i in picks),
        series=(ChartSeries("Cumulative expected net", tuple(curve[i] for i in picks)),),
        y_title="Expected net",
        number_format="money",
    )


def _charts(result: CampaignsResult) -> list[ChartData]:
    return [_curve_chart(p) for p in result.plans if p.audience]


def _tables(result: CampaignsResult) -> dict[str, pd.DataFrame]:
    frames = [p.members.assign(campaign=p.key) for p in result.plans if p.audience]
    members = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return {"campaign_audiences": members, "campaign_do_not_contact": result.do_not_contact}


def _recorded_inputs(conn: sqlite3.Connection) -> str:
    """The recorded campaigns are an input of the read-outs: a new record makes the kept
    result out of date."""
    count, last = conn.execute("SELECT count(*), max(id) FROM campaigns").fetchone()
    return f"campaigns:{count}:{last}"


SECTION: Section[CampaignParams, CampaignsResult] = Section(
    name="campaigns",
    title="Campaigns",
    compute=_compute,
    summary=campaigns_json,
    params=CampaignParams(),
    depends=DEPENDS,
    columns=(*CUSTOMER_COLUMNS, "sku", "product_name"),
    tables=_tables,
    charts=_charts,
    inputs=_recorded_inputs,
)
