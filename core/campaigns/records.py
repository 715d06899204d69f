"""Campaigns recorded in the shop file, and their read-out after a later import.

Why record at export time: the holdout is only worth something if it is fixed before anyone is
contacted and kept with the campaign; a later import then says what the contacted customers did
against those who were kept back, which is the lift the next campaign can assume instead of a
published rate.

The read-out compares, over the campaign's window after the send date, the purchase rate and
the net revenue per customer of the contacted group against the holdout, with a 90% interval on
each difference (normal approximation with unequal variances).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from core.analysis.money import line_money
from core.campaigns.build import CampaignPlan
from core.campaigns.kinds import CampaignInputError, CampaignParams, check_assumptions
from core.campaigns.value import Z_90
from core.store import shop_connection, transaction

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecordedCampaign:
    id: int
    kind: str
    title: str
    as_of: date
    sent_on: date
    window_days: int
    contacted: int
    holdout: int
    created: bool  # False when the same campaign had already been recorded


def _audience_key(plan: CampaignPlan, as_of: date, params: CampaignParams) -> str:
    ids = ",".join(sorted(plan.members["customer_id"].astype("str")))
    text = f"{plan.key}|{as_of.isoformat()}|{params.seed}|{params.holdout_share}|{ids}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_campaign(
    db_path: Path, plan: CampaignPlan, as_of: date, params: CampaignParams
) -> RecordedCampaign:
    """Keep the campaign, its contacted customers and its holdout in the shop file; the same
    campaign (type, date, audience) exported again returns the first record."""
    if plan.audience == 0:
        raise CampaignInputError(
            f"The {plan.title} audience is empty on {as_of:%Y-%m-%d}: there is nobody to "
            "contact, so nothing was exported or recorded."
        )
    from core.campaigns.kinds import BY_KEY

    check_assumptions(BY_KEY[plan.key], plan.assumptions)
    key = _audience_key(plan, as_of, params)
    members = plan.members
    contacted = int((~members["holdout"]).sum())
    held = int(members["holdout"].sum())
    with shop_connection(db_path) as conn:
        row = conn.execute(
            "SELECT id, sent_on FROM campaigns WHERE audience_key = ?", (key,)
        ).fetchone()
        if row is not None:
            log.info("campaign %s already recorded as %s", plan.key, row[0])
            return RecordedCampaign(
                int(row[0]),
                plan.key,
                plan.title,
                as_of,
                date.fromisoformat(row[1]),
                plan.window_days,
                contacted,
                held,
                created=False,
            )
        a = plan.assumptions
        assumptions = {
            "margin": a.margin,
            "discount": plan.discount,
            "redemption": a.redemption,
            "cost_per_message": a.cost_per_message,
            "lift": list(a.lift),
        }
        with transaction(conn):
            cur = conn.execute(
                "INSERT INTO campaigns (kind, title, rule, offer, params_json, as_of, sent_on, "
                "window_days, holdout_share, seed, audience_key, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    plan.key,
                    plan.title,
                    plan.rule,
                    plan.offer,
                    json.dumps(assumptions),
                    as_of.isoformat(),
                    as_of.isoformat(),
                    plan.window_days,
                    params.holdout_share,
                    params.seed,
                    key,
                    datetime.now().replace(microsecond=0).isoformat(),
                ),
            )
            campaign_id = int(cur.lastrowid or 0)
            conn.executemany(
                "INSERT INTO campaign_members VALUES (?, ?, ?, ?, ?)",
                [
                    (campaign_id, str(c), int(h), float(b), float(n))
                    for c, h, b, n in zip(
                        members["customer_id"],
                        members["holdout"],
                        members["baseline_revenue"],
                        members["net_mid"],
                        strict=True,
                    )
                ],
            )
    log.info("recorded campaign %s (%d contacted, %d held out)", plan.key, contacted, held)
    return RecordedCampaign(
        campaign_id, plan.key, plan.title, as_of, as_of, plan.window_days, contacted, held, True
    )


@dataclass(frozen=True)
class Difference:
    value: float
    low: float  # 90% interval
    high: float


def difference(contacted: np.ndarray, holdout: np.ndarray) -> Difference | None:
    """Mean of `contacted` minus mean of `holdout` with a 90% interval (None if a group is
    empty)."""
    if len(contacted) == 0 or len(holdout) == 0:
        return None
    diff = float(contacted.mean() - holdout.mean())
    var_c = float(contacted.var(ddof=1)) if len(contacted) > 1 else 0.0
    var_h = float(holdout.var(ddof=1)) if len(holdout) > 1 else 0.0
    se = math.sqrt(var_c / len(contacted) + var_h / len(holdout))
    return Difference(diff, diff - Z_90 * se, diff + Z_90 * se)


@dataclass(frozen=True)
class Readout:
    """What a recorded campaign's customers did in its window after the send date."""

    campaign_id: int
    kind: str
    title: str
    sent_on: date
    window_days: int
    days: int  # days of orders seen after the send date (0: nothing imported yet)
    contacted: int
    holdout: int
    rate_contacted: float
    rate_holdout: float
    revenue_contacted: float  # net revenue per customer
    revenue_holdout: float
    rate_difference: Difference | None
    revenue_difference: Difference | None
    margin_after_discounts: float | None  # incremental margin of the contacted group

    def as_json(self) -> dict[str, Any]:
        def diff(d: Difference | None) -> dict[str, float] | None:
            if d is None:
                return None
            return {"value": round(d.value, 4), "low": round(d.low, 4), "high": round(d.high, 4)}

        return {
            "campaign_id": self.campaign_id,
            "type": self.kind,
            "title": self.title,
            "sent_on": self.sent_on.isoformat(),
            "window_days": self.window_days,
            "days_observed": self.days,
            "contacted": self.contacted,
            "holdout": self.holdout,
            "purchase_rate": {
                "contacted": round(self.rate_contacted, 4),
                "holdout": round(self.rate_holdout, 4),
                "difference_90": diff(self.rate_difference),
            },
            "revenue_per_customer": {
                "contacted": round(self.revenue_contacted, 2),
                "holdout": round(self.revenue_holdout, 2),
                "difference_90": diff(self.revenue_difference),
            },
            "margin_after_discounts": None
            if self.margin_after_discounts is None
            else round(self.margin_after_discounts, 2),
        }


def _window_money(lines: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.DataFrame:
    """Per customer: bought (any sold line) and net revenue with start < day <= end."""
    known = lines[lines["customer_id"].notna()]
    day = known["order_date"].dt.normalize()
    window = known[(day > start) & (day <= end)]
    money = line_money(window)
    frame = pd.DataFrame(
        {
            "customer_id": window["customer_id"].astype("str").to_numpy(),
            "net": money.net,
            "sold": money.sold,
        }
    )
    grouped = frame.groupby("customer_id")
    return pd.DataFrame({"net": grouped["net"].sum(), "bought": grouped["sold"].any()})


def readout(campaign: pd.Series, members: pd.DataFrame, lines: pd.DataFrame) -> Readout:
    """The read-out of one recorded campaign (a row of `campaigns`) from the shop's lines."""
    sent = pd.Timestamp(campaign["sent_on"])
    window = int(campaign["window_days"])
    last = pd.Timestamp(lines["order_date"].max()).normalize() if len(lines) else sent
    end = min(sent + pd.Timedelta(days=window), last)
    days = max(0, int((end - sent).days))
    money = _window_money(lines, sent, end).reindex(members["customer_id"].astype("str"))
    bought = money["bought"].fillna(False).to_numpy(dtype=bool).astype("float64")
    net = money["net"].fillna(0.0).to_numpy(dtype="float64")
    held = members["holdout"].to_numpy(dtype=bool)
    params = json.loads(campaign["params_json"])
    rate_diff = difference(bought[~held], bought[held]) if days else None
    rev_diff = difference(net[~held], net[held]) if days else None
    margin = None
    if rev_diff is not None:
        n_c = int((~held).sum())
        given = params["discount"] * params["redemption"] * float(net[~held].sum())
        margin = rev_diff.value * n_c * params["margin"] - given - n_c * params["cost_per_message"]

    def mean(values: np.ndarray) -> float:
        return float(values.mean()) if len(values) else 0.0

    return Readout(
        campaign_id=int(campaign["id"]),
        kind=str(campaign["kind"]),
        title=str(campaign["title"]),
        sent_on=sent.date(),
        window_days=window,
        days=days,
        contacted=int((~held).sum()),
        holdout=int(held.sum()),
        rate_contacted=mean(bought[~held]),
        rate_holdout=mean(bought[held]),
        revenue_contacted=mean(net[~held]),
        revenue_holdout=mean(net[held]),
        rate_difference=rate_diff,
        revenue_difference=rev_diff,
        margin_after_discounts=margin,
    )


def recorded(db_path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The shop file's campaigns and their members."""
    with shop_connection(db_path) as conn:
        campaigns = pd.read_sql_query("SELECT * FROM campaigns ORDER BY id", conn)
        members = pd.read_sql_query(
            "SELECT campaign_id, customer_id, holdout FROM campaign_members", conn
        )
    return campaigns, members


def readouts(db_path: Path, lines: pd.DataFrame) -> list[Readout]:
    """A read-out of every recorded campaign (those without later orders show 0 days)."""
    campaigns, members = recorded(db_path)
    out = []
    for _, campaign in campaigns.iterrows():
        mine = members[members["campaign_id"] == campaign["id"]]
        out.append(readout(campaign, mine, lines))
    return out
