"""Campaigns on UCI Online Retail: each audience's predicted baseline against what those
customers did in the window after the as-of date. No campaign ran, so actual = baseline."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from core.campaigns.build import CampaignsResult
from core.campaigns.kinds import UNMEASURED
from core.campaigns.records import _window_money
from core.sections.run import SectionOutcome

JUNE, SEPTEMBER = date(2011, 6, 30), date(2011, 9, 30)


def _result(outcomes: dict[date, dict[str, SectionOutcome]], as_of: date) -> CampaignsResult:
    outcome = outcomes[as_of]["campaigns"]
    assert outcome.ok, outcome.reason
    result: CampaignsResult = outcome.result
    return result


def _actual(lines: pd.DataFrame, as_of: date, result: CampaignsResult) -> pd.DataFrame:
    """Per campaign: predicted and actual revenue of its audience in its window, and the actual
    net revenue of the shop's average customer (known by as_of) in the same window."""
    start = pd.Timestamp(as_of)
    known = lines[(lines["order_date"] < start + pd.Timedelta(days=1))]
    customers = known["customer_id"].dropna().astype("str").unique()
    rows = []
    for plan in result.plans:
        if not plan.audience:
            continue
        window = _window_money(lines, start, start + pd.Timedelta(days=plan.window_days))
        mine = window.reindex(plan.members["customer_id"])
        rows.append(
            {
                "campaign": plan.key,
                "customers": plan.audience,
                "predicted": plan.baseline_revenue,
                "actual": float(mine["net"].fillna(0.0).sum()),
                "per_customer": float(mine["net"].fillna(0.0).mean()),
                "shop_per_customer": float(window.reindex(customers)["net"].fillna(0.0).mean()),
            }
        )
    return pd.DataFrame(rows).set_index("campaign")


def test_june_baseline_total_within_a_quarter(
    retail_campaigns: dict[date, dict[str, SectionOutcome]], online_retail_lines: pd.DataFrame
) -> None:
    table = _actual(online_retail_lines, JUNE, _result(retail_campaigns, JUNE))
    print(table.assign(ratio=table["actual"] / table["predicted"]).round(2).to_string())
    assert {"replenish", "second_order", "win_back", "cross_sell", "champions"} <= set(table.index)
    ratio = table["actual"].sum() / table["predicted"].sum()
    assert 0.75 <= ratio <= 1.25, ratio


@pytest.mark.parametrize("as_of", [JUNE, SEPTEMBER])
def test_win_back_bought_less_than_the_average_customer(
    retail_campaigns: dict[date, dict[str, SectionOutcome]],
    online_retail_lines: pd.DataFrame,
    as_of: date,
) -> None:
    table = _actual(online_retail_lines, as_of, _result(retail_campaigns, as_of))
    print(table.assign(ratio=table["actual"] / table["predicted"]).round(2).to_string())
    win_back = table.loc["win_back"]
    assert win_back["customers"] >= 100
    assert win_back["per_customer"] < 0.5 * win_back["shop_per_customer"]


def test_june_at_risk_vips_bought_less_than_the_average_customer(
    retail_campaigns: dict[date, dict[str, SectionOutcome]], online_retail_lines: pd.DataFrame
) -> None:
    table = _actual(online_retail_lines, JUNE, _result(retail_campaigns, JUNE))
    vip = table.loc["at_risk_vip"]
    assert vip["per_customer"] < vip["shop_per_customer"]


def test_one_campaign_per_customer_and_moves_counted(
    retail_campaigns: dict[date, dict[str, SectionOutcome]],
) -> None:
    result = _result(retail_campaigns, JUNE)
    ids = pd.concat([p.members["customer_id"] for p in result.plans])
    assert ids.is_unique
    assert not set(ids) & set(result.do_not_contact["customer_id"])
    assert len(result.do_not_contact) > 0
    for plan in result.plans:
        assert plan.matched == plan.audience + plan.moved
    assert result.plan("champions").moved > 0  # many champions were also cross-sell buyers


def test_value_holdout_and_curve(retail_campaigns: dict[date, dict[str, SectionOutcome]]) -> None:
    result = _result(retail_campaigns, JUNE)
    win_back = result.plan("win_back")
    low, mid, high = win_back.expected_net
    assert low < mid < high
    assert win_back.holdout == round(win_back.audience * 0.1)
    assert win_back.measurable_lift is not None and 0 < win_back.measurable_lift < 1
    assert win_back.suggested == int(pd.Series(win_back.curve).idxmax()) + 1
    assert max(win_back.curve) == pytest.approx(win_back.expected_net_suggested)
    # a 10% discount given to every redeeming buyer needs far more lift than none
    cross = result.plan("cross_sell")
    assert cross.discount == 0.10
    assert cross.break_even_lift is not None and win_back.break_even_lift is not None
    assert cross.break_even_lift > 100 * win_back.break_even_lift
    assert cross.suggested < cross.audience


def test_json_says_the_lift_is_an_assumption(
    retail_campaigns: dict[date, dict[str, SectionOutcome]],
) -> None:
    outcome = retail_campaigns[JUNE]["campaigns"]
    summary = outcome.summary
    assert summary["lift_note"] == UNMEASURED
    assert "ceiling, not lift" in summary["lift_source"]
    cards = {c["type"]: c for c in summary["campaigns"]}
    win_back = cards["win_back"]
    assert win_back["audience"] == outcome.result.plan("win_back").audience
    assert set(win_back) >= {
        "suggested_size",
        "baseline",
        "expected_net",
        "break_even_lift",
        "holdout",
        "measurable_lift",
    }
    keys = {c.key for c in outcome.charts}
    assert "campaign_curve_win_back" in keys and "campaign_curve_anniversary" not in keys
