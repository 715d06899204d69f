"""Every campaign of a shop as of one date: audience, value, profit curve, holdout, measurability.

Why one function for all types: a customer is offered one campaign at a time, so the audiences
are settled together (core.campaigns.audiences.assign) before any is valued.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from core.campaigns.audiences import AudienceInputs, activity, assign, candidates
from core.campaigns.kinds import (
    BY_KEY,
    LIFT_SOURCE,
    UNMEASURED,
    Assumptions,
    CampaignParams,
    check_assumptions,
    discount_for,
)
from core.campaigns.value import (
    baseline,
    break_even_lift,
    expected_net,
    holdout_split,
    measurable_lift,
    profit_curve,
)
from core.customers.bgnbd import BgNbdModel
from core.progress import Progress, report, scaled

log = logging.getLogger(__name__)

#: Columns of a plan's member table (one row per customer in the audience, best first).
PLAN_COLUMNS = [
    "customer_id",
    "reason",
    "offer",
    "expected_purchases",
    "p_order",
    "order_value",
    "baseline_revenue",
    "net_low",
    "net_mid",
    "net_high",
    "holdout",
    "p_alive",
    "next_order_date",
]


@dataclass(frozen=True)
class CampaignPlan:
    """One campaign card: who, how many, what it is expected to bring and on what assumptions."""

    key: str
    title: str
    rule: str
    timing: str
    offer: str
    window_days: int
    matched: int  # customers whose rule matched, before the one-campaign-per-customer priority
    audience: int  # customers kept for this campaign
    moved: int  # matched, but offered a higher-priority campaign instead
    suggested: int  # audience size where the cumulative expected net peaks
    baseline_rate: float  # mean chance to order in the window without the campaign
    baseline_revenue: float  # what the audience would spend in the window anyway
    expected_net: tuple[float, float, float]  # whole audience at low / mid / high lift
    expected_net_suggested: float  # the suggested customers at mid lift
    break_even_lift: float | None
    holdout: int
    measurable_lift: float | None  # at 80% power, 90% level; None without a holdout
    assumptions: Assumptions
    discount: float
    members: pd.DataFrame  # PLAN_COLUMNS
    curve: tuple[float, ...]  # cumulative expected net, best customer first


@dataclass(frozen=True)
class CampaignsResult:
    as_of: date
    plans: tuple[CampaignPlan, ...]
    do_not_contact: pd.DataFrame  # customer_id, reason
    baseline_source: str  # "model" (BG/NBD x Gamma-Gamma) or "averages"
    lift_source: str
    lift_note: str  # "no campaign has been measured ..." or what was measured
    readouts: tuple[Any, ...] = ()  # core.campaigns.records.Readout of recorded campaigns
    notes: list[str] = field(default_factory=list)

    def plan(self, key: str) -> CampaignPlan:
        for plan in self.plans:
            if plan.key == key:
                return plan
        raise KeyError(key)


def _plan(
    key: str,
    members: pd.DataFrame,
    matched: int,
    moved: int,
    inputs: AudienceInputs,
    model: BgNbdModel | None,
    unit_days: float,
    params: CampaignParams,
) -> CampaignPlan:
    kind = BY_KEY[key]
    assumptions = params.assumptions_for(key)
    check_assumptions(kind, assumptions)
    ids = pd.Index(members["customer_id"].astype("str"))
    scores = inputs.scores.reindex(ids)
    base = baseline(scores, kind.window_days, model, unit_days)
    frame = members.set_index(ids)[["reason", "offer"]].join(base)
    low, mid, high = assumptions.lift
    for name, u in (("net_low", low), ("net_mid", mid), ("net_high", high)):
        frame[name] = expected_net(base, kind, assumptions, u)
    curve = profit_curve(frame["net_mid"])
    frame = frame.reindex(curve.customers)
    frame["holdout"] = holdout_split(frame.index, params.holdout_share, params.seed)
    for column in ("p_alive", "next_order_date"):
        frame[column] = scores[column].reindex(frame.index) if column in scores else None
    frame["next_order_date"] = pd.to_datetime(frame["next_order_date"])
    frame.index.name = "customer_id"
    frame = frame.reset_index()[PLAN_COLUMNS]
    n_hold = int(frame["holdout"].sum())
    rate = float(frame["p_order"].mean()) if len(frame) else 0.0
    return CampaignPlan(
        key=key,
        title=kind.title,
        rule=kind.rule,
        timing=kind.timing,
        offer=kind.offer,
        window_days=kind.window_days,
        matched=matched,
        audience=len(frame),
        moved=moved,
        suggested=curve.suggested,
        baseline_rate=rate,
        baseline_revenue=float(frame["baseline_revenue"].sum()),
        expected_net=(
            float(frame["net_low"].sum()),
            float(frame["net_mid"].sum()),
            float(frame["net_high"].sum()),
        ),
        expected_net_suggested=float(curve.cumulative[curve.suggested - 1])
        if curve.suggested
        else 0.0,
        break_even_lift=break_even_lift(base, kind, assumptions),
        holdout=n_hold,
        measurable_lift=measurable_lift(rate, len(frame) - n_hold, n_hold),
        assumptions=assumptions,
        discount=discount_for(kind, assumptions),
        members=frame,
        curve=tuple(float(v) for v in curve.cumulative),
    )


def build_campaigns(
    inputs: AudienceInputs,
    model: BgNbdModel | None,
    unit_days: float,
    params: CampaignParams | None = None,
    progress: Progress | None = None,
) -> CampaignsResult:
    """Every campaign type's plan as of `inputs.as_of` (see the module docstring)."""
    params = params or CampaignParams()
    report(progress, 0.0, "Finding each campaign's audience")
    unknown = [k for k in params.priority if k not in BY_KEY or k == "do_not_contact"]
    if unknown:
        raise KeyError(f"unknown campaign types in the priority: {unknown}")
    found = candidates(inputs, params, scaled(progress, 0.0, 0.45))
    kept, moved = assign(found, params.priority)
    matched = found["campaign"].value_counts()
    report(progress, 0.5, "Valuing each campaign")
    plans = []
    for key in params.priority:
        members = kept[kept["campaign"] == key]
        plans.append(
            _plan(
                key,
                members,
                int(matched.get(key, 0)),
                moved.get(key, 0),
                inputs,
                model,
                unit_days,
                params,
            )
        )
    dnc = kept[kept["campaign"] == "do_not_contact"][["customer_id", "reason"]]
    source = "model" if model is not None and "expected_spend" in inputs.scores else "averages"
    notes: list[str] = []
    _alive, alive_note = activity(inputs.scores)
    if alive_note:
        notes.append(alive_note)
    if source == "averages":
        notes.append(
            "The purchase models could not be fitted on this shop, so the baselines use each "
            "customer's own purchase rate and the shop's average order value."
        )
    report(progress, 1.0, "Campaigns ready")
    return CampaignsResult(
        as_of=inputs.as_of,
        plans=tuple(plans),
        do_not_contact=dnc.reset_index(drop=True),
        baseline_source=source,
        lift_source=LIFT_SOURCE,
        lift_note=UNMEASURED,
        notes=notes,
    )
