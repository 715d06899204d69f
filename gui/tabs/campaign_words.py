"""Campaign cards in words: the card of one campaign and the read-outs, as rich text, with
core's fixed wording translated (context "Campaigns")."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.campaigns.build import CampaignPlan
from core.campaigns.kinds import DO_NOT_CONTACT

translate = QCoreApplication.translate

# The words core.campaigns puts on the cards, listed for lupdate; words() translates them.
_CORE_WORDS = (
    QT_TRANSLATE_NOOP("Campaigns", "At-risk VIP"),
    QT_TRANSLATE_NOOP(
        "Campaigns",
        "In the top 25% of expected 12-month value and at high risk of not buying again within 90 days.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Campaigns", "Now."),
    QT_TRANSLATE_NOOP(
        "Campaigns", "Service or early access; a discount only if the break-even allows."
    ),
    QT_TRANSLATE_NOOP("Campaigns", "Replenish"),
    QT_TRANSLATE_NOOP(
        "Campaigns",
        "Two orders or more on different days at regular intervals (three or more, gaps varying by less than half their mean), the next one due 7 to 14 days from now.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Campaigns", "A few days before the expected date."),
    QT_TRANSLATE_NOOP("Campaigns", "None."),
    QT_TRANSLATE_NOOP("Campaigns", "Second order"),
    QT_TRANSLATE_NOOP(
        "Campaigns", "Exactly one order, 14 to 60 days ago, and not at high risk of leaving."
    ),
    QT_TRANSLATE_NOOP("Campaigns", "Day 14 to 30 after the first order."),
    QT_TRANSLATE_NOOP("Campaigns", "Their top recommended product."),
    QT_TRANSLATE_NOOP("Campaigns", "Win-back"),
    QT_TRANSLATE_NOOP(
        "Campaigns",
        "Bought on two days or more, silent for more than twice their own usual gap (or the shop's median gap), chance of still being a customer between 10% and 60%.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Campaigns", "Now, in steps: first without a discount."),
    QT_TRANSLATE_NOOP("Campaigns", "None at first; a discount only if the break-even allows."),
    QT_TRANSLATE_NOOP("Campaigns", "Cross-sell"),
    QT_TRANSLATE_NOOP(
        "Campaigns",
        "Bought a product 7 to 30 days ago but never the product most often bought with it (a bought-together rule with lift above 1).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Campaigns", "7 to 30 days after the first product."),
    QT_TRANSLATE_NOOP("Campaigns", "A bundle or spend-X-save-Y on the second product."),
    QT_TRANSLATE_NOOP("Campaigns", "Anniversary"),
    QT_TRANSLATE_NOOP(
        "Campaigns",
        "First order about a year or more ago, its anniversary within the next 30 days.",
    ),
    QT_TRANSLATE_NOOP("Campaigns", "30 days before the anniversary."),
    QT_TRANSLATE_NOOP("Campaigns", "A small gift."),
    QT_TRANSLATE_NOOP("Campaigns", "Champions"),
    QT_TRANSLATE_NOOP(
        "Campaigns", "Bought recently, often and for a lot (the RFM segment Champions)."
    ),
    QT_TRANSLATE_NOOP("Campaigns", "At launches."),
    QT_TRANSLATE_NOOP("Campaigns", "No discount: they buy anyway."),
    QT_TRANSLATE_NOOP("Campaigns", "Do not contact"),
    QT_TRANSLATE_NOOP(
        "Campaigns",
        "Chance of still being a customer below 10%, or returned 40% or more of what they bought.",
    ),
    QT_TRANSLATE_NOOP("Campaigns", "Never."),
    QT_TRANSLATE_NOOP("Campaigns", "Excluded from every campaign, listed with the reason."),
    QT_TRANSLATE_NOOP(
        "Campaigns",
        "Published e-mail flow order rates (about 1.7% median, 5.7% for the top tenth of shops) count every order that followed a message, so they are a ceiling, not lift; the defaults assume 0.5% / 1% / 2% extra chance to order because of the contact.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Campaigns", "No campaign has been measured in this shop yet, so the lift is an assumption."
    ),
    QT_TRANSLATE_NOOP(
        "Campaigns",
        "The purchase model sees nearly every customer as still active, so the chance of still being a customer is the churn model's chance to buy within 90 days.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Campaigns",
        "The purchase models could not be fitted on this shop, so the baselines use each customer's own purchase rate and the shop's average order value.",  # noqa: E501
    ),
)


def words(text: str) -> str:
    """Core's fixed campaign wording in the interface language."""
    return translate("Campaigns", text)


def _pct(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value * 100:.{digits}f}%"


def _money(value: float) -> str:
    return f"{value:,.0f}"


def card_html(plan: CampaignPlan) -> str:
    """The card: rule, timing and offer in words, the counts, the value and its assumptions."""
    a = plan.assumptions
    low, mid, high = plan.expected_net
    rows = [
        (
            translate(
                "CampaignsTab",
                "Who",
            ),
            words(plan.rule),
        ),
        (
            translate(
                "CampaignsTab",
                "When",
            ),
            words(plan.timing),
        ),
        (
            translate(
                "CampaignsTab",
                "Offer",
            ),
            words(plan.offer),
        ),
        (
            translate(
                "CampaignsTab",
                "Customers",
            ),
            translate(
                "CampaignsTab",
                "{audience} in the audience ({matched} match the rule, {moved} moved to a higher-priority campaign); {suggested} worth contacting",  # noqa: E501
            ).format(
                audience=f"{plan.audience:,}",
                matched=f"{plan.matched:,}",
                moved=f"{plan.moved:,}",
                suggested=f"{plan.suggested:,}",
            ),
        ),
        (
            translate(
                "CampaignsTab",
                "Anyway",
            ),
            translate(
                "CampaignsTab",
                "{rate} would order within {days} days without a message, for {revenue} in all",
            ).format(
                rate=_pct(plan.baseline_rate),
                days=plan.window_days,
                revenue=_money(plan.baseline_revenue),
            ),
        ),
        (
            translate(
                "CampaignsTab",
                "Expected net",
            ),
            translate(
                "CampaignsTab",
                "{low} / {mid} / {high} at a lift of {ul} / {um} / {uh}; {best} for the suggested customers",  # noqa: E501
            ).format(
                low=_money(low),
                mid=_money(mid),
                high=_money(high),
                ul=_pct(a.lift[0], 2),
                um=_pct(a.lift[1], 2),
                uh=_pct(a.lift[2], 2),
                best=_money(plan.expected_net_suggested),
            ),
        ),
        (
            translate(
                "CampaignsTab",
                "Break-even lift",
            ),
            _pct(plan.break_even_lift, 3)
            if plan.break_even_lift is not None
            else translate(
                "CampaignsTab",
                "none: the discount eats the margin",
            ),
        ),
        (
            translate(
                "CampaignsTab",
                "Assumptions",
            ),
            translate(
                "CampaignsTab",
                "margin {m}, discount {d}, redeemed by {r}, {c} per message",
            ).format(
                m=_pct(a.margin),
                d=_pct(plan.discount),
                r=_pct(a.redemption),
                c=f"{a.cost_per_message:.3f}",
            ),
        ),
        (
            translate(
                "CampaignsTab",
                "Holdout",
            ),
            translate(
                "CampaignsTab",
                "{held} kept back; smallest lift it can detect: {lift}",
            ).format(held=f"{plan.holdout:,}", lift=_pct(plan.measurable_lift))
            if plan.measurable_lift is not None
            else translate(
                "CampaignsTab",
                "too few customers to keep a holdout",
            ),
        ),
    ]
    body = "".join(
        f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td>"
        f"<td>{html.escape(v)}</td></tr>"
        for k, v in rows
    )
    return f"<h3>{html.escape(words(plan.title))}</h3><table>{body}</table>"


def readouts_html(readouts: Sequence[Any]) -> str:
    """Contacted against holdout for every recorded campaign."""
    if not readouts:
        return html.escape(
            translate(
                "CampaignsTab",
                "No campaign has been exported from this shop yet.",
            )
        )
    items = []
    for r in readouts:
        title = words(r.title)
        if not r.days:
            items.append(
                translate(
                    "CampaignsTab",
                    "{title}, sent {date}: no orders imported since; import a newer export to read it out.",  # noqa: E501
                ).format(title=title, date=r.sent_on.isoformat())
            )
            continue
        diff = r.revenue_difference
        items.append(
            translate(
                "CampaignsTab",
                "{title}, sent {date}, {days} days seen: bought {rc} vs {rh} (holdout); revenue per customer {vc} vs {vh}, difference {d} (90%: {lo} to {hi}).",  # noqa: E501
            ).format(
                title=title,
                date=r.sent_on.isoformat(),
                days=r.days,
                rc=_pct(r.rate_contacted),
                rh=_pct(r.rate_holdout),
                vc=f"{r.revenue_contacted:,.2f}",
                vh=f"{r.revenue_holdout:,.2f}",
                d=f"{diff.value:,.2f}",
                lo=f"{diff.low:,.2f}",
                hi=f"{diff.high:,.2f}",
            )
        )
    return (
        "<b>"
        + html.escape(
            translate(
                "CampaignsTab",
                "Read-outs",
            )
        )
        + "</b><br>"
        + "<br>".join(html.escape(i) for i in items)
    )


def do_not_contact_html(excluded: pd.DataFrame, shown: int = 12) -> str:
    """The excluded customers: the rule, how many, and the first few with their reason."""
    rows = "".join(
        f"<tr><td style='padding-right:12px'>{html.escape(str(c))}</td>"
        f"<td>{html.escape(str(r))}</td></tr>"
        for c, r in zip(
            excluded["customer_id"].head(shown), excluded["reason"].head(shown), strict=True
        )
    )
    head = translate("CampaignsTab", "{count} customers are left out of every campaign.").format(
        count=f"{len(excluded):,}"
    )
    return (
        f"<h3>{html.escape(words(DO_NOT_CONTACT.title))}</h3>"
        f"<p>{html.escape(words(DO_NOT_CONTACT.rule))} {html.escape(head)}</p><table>{rows}</table>"
    )
