"""Who falls under each campaign's rule, and which one campaign each customer is offered.

Why rules read the customer models rather than raw thresholds alone: "likely still active" or
"at high risk" is what BG/NBD and the churn model already say about each customer, so the cards
and the Customers tab never disagree. Audiences may overlap; one campaign per customer at a time
is kept by a priority order, and each card counts who moved to a higher-priority campaign.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from core.analysis.money import line_money
from core.campaigns.kinds import CampaignParams
from core.progress import Progress, report
from core.recommend.matrix import product_keys

log = logging.getLogger(__name__)

MEMBER_COLUMNS = ["customer_id", "campaign", "reason", "offer"]


@dataclass(frozen=True)
class AudienceInputs:
    """What the rules read, as of one date. `scores` is indexed by customer_id and holds the
    customer summary (core.customers.features) plus, when the models ran, p_alive,
    expected_spend, clv_12m (clv), churn_risk and band (churn) and segment (rfm)."""

    as_of: date
    scores: pd.DataFrame
    lines: pd.DataFrame  # the customer lines up to as_of (sku and product_name for cross-sell)
    rules: pd.DataFrame | None  # bought-together pairs (core.recommend.basket.RULE_COLUMNS)
    top_products: pd.Series | None  # customer_id -> name of their top recommended product


def purchase_gaps(lines: pd.DataFrame) -> pd.DataFrame:
    """Per customer: mean, median and coefficient of variation of the days between purchase
    days (NaN with fewer than two purchase days)."""
    sold = line_money(lines).sold
    frame = pd.DataFrame(
        {
            "customer_id": lines["customer_id"].astype("str").to_numpy()[sold],
            "day": lines["order_date"].dt.normalize().to_numpy()[sold],
        }
    ).drop_duplicates()
    frame = frame.sort_values(["customer_id", "day"], kind="stable")
    gaps = frame.groupby("customer_id")["day"].diff().dt.days.astype("float64")
    frame["gap"] = gaps.to_numpy()
    grouped = frame.dropna(subset=["gap"]).groupby("customer_id")["gap"]
    out = pd.DataFrame(
        {"mean_gap": grouped.mean(), "median_gap": grouped.median(), "gap_std": grouped.std()}
    )
    out["gap_cv"] = out["gap_std"] / out["mean_gap"].where(out["mean_gap"] > 0)
    return out


#: P(alive) tells customers apart only when some of them look gone; when even the 10th
#: percentile is above this, BG/NBD sees everyone as active (Online Retail as of 2011-06-30:
#: every customer above 0.999) and the churn model's chance to buy within 90 days is used.
ALIVE_SPREAD = 0.9


def activity(scores: pd.DataFrame) -> tuple[pd.Series | None, str | None]:
    """The chance that each customer is still a customer, and a note when it is not BG/NBD's
    P(alive) (None when neither model ran)."""
    if "p_alive" in scores and scores["p_alive"].quantile(0.1) < ALIVE_SPREAD:
        return scores["p_alive"], None
    if "churn_risk" in scores:
        note = (
            "The purchase model sees nearly every customer as still active, so the chance of "
            "still being a customer is the churn model's chance to buy within 90 days."
        )
        return 1.0 - scores["churn_risk"].fillna(0.5), note
    if "p_alive" in scores:
        return scores["p_alive"], None
    return None, None


def _days(value: float) -> str:
    return f"{value:.0f} days"


def _do_not_contact(s: pd.DataFrame, params: CampaignParams) -> pd.Series:
    reasons: dict[str, str] = {}
    chronic = (s["return_rate"] >= params.chronic_return_rate) & (s["returns"] > 0)
    for cid, rate in s.loc[chronic, "return_rate"].items():
        reasons[str(cid)] = f"returned {rate:.0%} of what they bought"
    if "alive" in s:
        low = s["alive"] < params.do_not_contact_alive
        for cid, p in s.loc[low, "alive"].items():
            reasons[str(cid)] = f"chance of still being a customer {p:.0%}"
    return pd.Series(reasons, dtype="object")


def _replenish(s: pd.DataFrame, gaps: pd.DataFrame, params: CampaignParams) -> pd.Series:
    g = gaps.reindex(s.index)
    due_in = g["mean_gap"] - s["recency_days"]
    regular = (s["purchases"] >= 3) & (g["gap_cv"] < params.regular_cv)
    keep = regular & due_in.between(7, 14)
    if "alive" in s:
        keep &= s["alive"] >= 0.5
    return pd.Series(
        [
            f"orders every {_days(m)} or so; the next is due in {_days(d)}"
            for m, d in zip(g.loc[keep, "mean_gap"], due_in[keep], strict=True)
        ],
        index=s.index[keep],
        dtype="object",
    )


def _second_order(s: pd.DataFrame, inputs: AudienceInputs) -> pd.Series:
    keep = (s["purchases"] == 1) & s["recency_days"].between(14, 60)
    if "band" in s:
        keep &= s["band"] != "high"
    reasons = [f"one order, {_days(r)} ago" for r in s.loc[keep, "recency_days"]]
    return pd.Series(reasons, index=s.index[keep], dtype="object")


def _win_back(s: pd.DataFrame, gaps: pd.DataFrame) -> pd.Series:
    g = gaps.reindex(s.index)
    shop_gap = float(gaps["median_gap"].median()) if len(gaps) else np.nan
    usual = g["median_gap"].fillna(shop_gap)
    keep = (s["purchases"] >= 2) & (s["recency_days"] > 2 * usual)
    if "alive" in s:
        keep &= s["alive"].between(0.10, 0.60)
    return pd.Series(
        [
            f"silent for {_days(r)}, usually buys every {_days(u)}"
            for r, u in zip(s.loc[keep, "recency_days"], usual[keep], strict=True)
        ],
        index=s.index[keep],
        dtype="object",
    )


def _at_risk_vip(s: pd.DataFrame, params: CampaignParams) -> pd.Series:
    value = s["clv_12m"] if "clv_12m" in s else s["net"]
    top = value >= value.quantile(1 - params.vip_share)
    # "High risk" against the shop's own customers: the riskiest quarter. The model's
    # probabilities are calibrated, and a valuable customer seldom reaches the absolute 70% band
    # (on Online Retail as of 2011-06-30 none of the top quarter did).
    risky: Any
    if "churn_risk" in s and s["churn_risk"].notna().any():
        risky = s["churn_risk"] >= s["churn_risk"].quantile(0.75)
    else:
        risky = s["band"] == "high" if "band" in s else s.get("alive", 1.0) < 0.5
    keep = top & risky
    return pd.Series(
        [f"expected 12-month value {v:,.0f}, high risk of leaving" for v in value[keep]],
        index=s.index[keep],
        dtype="object",
    )


def _champions(s: pd.DataFrame) -> pd.Series:
    if "segment" not in s:
        return pd.Series(dtype="object")
    keep = s["segment"] == "Champions"
    return pd.Series("recent, frequent, high spend", index=s.index[keep], dtype="object")


def _anniversary(s: pd.DataFrame, as_of: date) -> pd.Series:
    first = pd.to_datetime(s["first_order"])
    today = pd.Timestamp(as_of)
    years = today.year - first.dt.year
    this_year = first + pd.to_timedelta(365 * years.clip(lower=0), unit="D")
    # the next anniversary on or after tomorrow (365-day years are close enough for a card)
    ahead = (this_year - today).dt.days
    ahead = ahead.where(ahead > 0, ahead + 365)
    keep = (s["tenure_days"] >= 330) & ahead.between(1, 30)
    return pd.Series(
        [f"first order on {d:%Y-%m-%d}" for d in first[keep]], index=s.index[keep], dtype="object"
    )


#: bought-together rules tried per first product, strongest first
RULES_PER_PRODUCT = 10


def _cross_sell(s: pd.DataFrame, inputs: AudienceInputs) -> tuple[pd.Series, pd.Series]:
    """(reason, offer) per customer who bought a rule's first product 7-30 days ago but never
    its second; the rule with the highest lift wins."""
    rules = inputs.rules
    empty = pd.Series(dtype="object")
    if rules is None or rules.empty or "sku" not in inputs.lines:
        return empty, empty
    lines = inputs.lines
    keys = product_keys(lines)
    keep = line_money(lines).sold & keys.notna().to_numpy()
    # integer codes: pairs of (customer, product) tested with np.isin, not Python tuples
    cust_codes, cust_names = pd.factorize(lines["customer_id"].astype("str").to_numpy()[keep])
    key_codes, key_names = pd.factorize(keys.to_numpy()[keep])
    n_keys = max(len(key_names), 1)
    pair = cust_codes.astype("int64") * n_keys + key_codes
    day = lines["order_date"].to_numpy()[keep].astype("datetime64[D]")
    last = pd.Series(day).groupby(pair).max()
    last_day = last.to_numpy().astype("datetime64[D]")
    age = (np.datetime64(inputs.as_of, "D") - last_day).astype("timedelta64[D]").astype("int64")
    recent_pairs = last.index.to_numpy()[(age >= 7) & (age <= 30)]
    key_index = pd.Index(key_names)
    ante = key_index.get_indexer(rules["antecedent_key"].astype("str"))
    cons = key_index.get_indexer(rules["consequent_key"].astype("str"))
    lift = rules["lift"].to_numpy(dtype="float64")
    valid = (ante >= 0) & (cons >= 0) & (lift > 1)
    # numbers only through the merge: rules run to 10^5 rows, names are looked up at the end
    numeric = pd.DataFrame(
        {
            "ante": ante[valid],
            "cons": cons[valid],
            "lift": lift[valid],
            "rule": np.flatnonzero(valid),
        }
    )
    # the strongest few rules of each first product are enough: a customer who already owns all
    # of them is rare, and trying every rule multiplies the rows by thousands
    numeric = numeric.sort_values(["ante", "lift"], ascending=[True, False], kind="stable")
    numeric = numeric.groupby("ante", sort=False).head(RULES_PER_PRODUCT)
    recent = pd.DataFrame({"cust": recent_pairs // n_keys, "ante": recent_pairs % n_keys})
    pairs = recent.merge(numeric, on="ante")
    has_b = np.isin(pairs["cust"].to_numpy() * n_keys + pairs["cons"].to_numpy(), pair)
    pairs = pairs[~has_b]
    best = pairs.sort_values("lift", ascending=False, kind="stable").drop_duplicates("cust")
    ids = np.asarray(cust_names, dtype=object)[best["cust"].to_numpy()]
    known = pd.Index(ids).isin(s.index.astype("str"))
    best, ids = best[known], ids[known]
    picked = best["rule"].to_numpy()
    best = pd.DataFrame(
        {
            "antecedent_name": rules["antecedent_name"].to_numpy(dtype=object)[picked],
            "consequent_name": rules["consequent_name"].to_numpy(dtype=object)[picked],
            "lift": best["lift"].to_numpy(),
        },
        index=pd.Index(ids, name="customer_id"),
    )
    reason = pd.Series(
        [
            f"bought {a} but not {b} (bought together {lift:.1f}x as often as by chance)"
            for a, b, lift in zip(
                best["antecedent_name"], best["consequent_name"], best["lift"], strict=True
            )
        ],
        index=best.index,
        dtype="object",
    )
    offer = best["consequent_name"].astype("object")
    return reason, offer


def candidates(
    inputs: AudienceInputs, params: CampaignParams, progress: Progress | None = None
) -> pd.DataFrame:
    """Every (customer, campaign) whose rule matches, before priority: MEMBER_COLUMNS.
    Each rule is a cancel point (`progress`): together they take seconds on a large shop."""
    rules = iter(range(10))

    def step() -> None:
        report(progress, next(rules) / 10, "Finding each campaign's audience")

    s = inputs.scores.copy()
    alive, _note = activity(s)
    if alive is not None:
        s["alive"] = alive
    step()
    gaps = purchase_gaps(inputs.lines)
    parts: list[pd.DataFrame] = []

    def add(key: str, reason: pd.Series, offer: pd.Series | str = "") -> None:
        step()
        if reason.empty:
            return
        frame = pd.DataFrame({"customer_id": reason.index.astype("str"), "reason": reason.values})
        frame["campaign"] = key
        if isinstance(offer, pd.Series):
            frame["offer"] = offer.reindex(reason.index).fillna("").to_numpy()
        else:
            frame["offer"] = offer
        parts.append(frame[MEMBER_COLUMNS])

    add("do_not_contact", _do_not_contact(s, params))
    add("at_risk_vip", _at_risk_vip(s, params))
    add("replenish", _replenish(s, gaps, params))
    second = _second_order(s, inputs)
    top = inputs.top_products
    add("second_order", second, top if top is not None else "")
    add("win_back", _win_back(s, gaps))
    reason, offer = _cross_sell(s, inputs)
    add("cross_sell", reason, offer)
    add("anniversary", _anniversary(s, inputs.as_of))
    add("champions", _champions(s))
    if not parts:
        return pd.DataFrame(columns=MEMBER_COLUMNS)
    return pd.concat(parts, ignore_index=True)


def assign(found: pd.DataFrame, priority: tuple[str, ...]) -> tuple[pd.DataFrame, dict[str, int]]:
    """One campaign per customer: "do not contact" first, then `priority`. Returns the kept
    members and, per campaign, how many matched but moved to a higher-priority campaign."""
    order = {key: i for i, key in enumerate(("do_not_contact", *priority))}
    ranked = found[found["campaign"].isin(order)].copy()
    ranked["rank"] = ranked["campaign"].map(order)
    ranked = ranked.sort_values(["customer_id", "rank"], kind="stable")
    first = ~ranked.duplicated("customer_id")
    kept = ranked[first].drop(columns="rank").reset_index(drop=True)
    moved_rows = ranked[~first]
    moved = {str(key): int(n) for key, n in moved_rows["campaign"].value_counts().items()}
    return kept, moved
