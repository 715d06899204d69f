"""The campaign types a shop is offered, with their rules in words, and the assumptions behind
what each is expected to bring.

Why the assumptions are parameters and not constants: no campaign has been measured in a shop
until it has run one with a holdout, so the lift is a guess the merchant must be able to see and
change; margin, discount and message cost are the merchant's own figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from core.errors import ShopLensError


class CampaignInputError(ShopLensError):
    """Assumptions a campaign cannot be built on (margin, discount) or an empty audience."""


@dataclass(frozen=True)
class CampaignKind:
    """One campaign type: what its card says. `window_days` is how long after the send date its
    purchases count (the baseline window and the read-out window)."""

    key: str
    title: str
    rule: str
    timing: str
    offer: str
    window_days: int
    discount: float  # default discount as a share of order value
    tag: str  # short tag for exports, e.g. "winback"


#: Every type, in the default priority order (a customer in two audiences gets the earlier one).
KINDS: Final[tuple[CampaignKind, ...]] = (
    CampaignKind(
        "at_risk_vip",
        "At-risk VIP",
        "In the top 25% of expected 12-month value and at high risk of not buying again "
        "within 90 days.",
        "Now.",
        "Service or early access; a discount only if the break-even allows.",
        90,
        0.0,
        "vip",
    ),
    CampaignKind(
        "replenish",
        "Replenish",
        "Two orders or more on different days at regular intervals (three or more, gaps "
        "varying by less than half their mean), the next one due 7 to 14 days from now.",
        "A few days before the expected date.",
        "None.",
        30,
        0.0,
        "replenish",
    ),
    CampaignKind(
        "second_order",
        "Second order",
        "Exactly one order, 14 to 60 days ago, and not at high risk of leaving.",
        "Day 14 to 30 after the first order.",
        "Their top recommended product.",
        60,
        0.0,
        "second-order",
    ),
    CampaignKind(
        "win_back",
        "Win-back",
        "Bought on two days or more, silent for more than twice their own usual gap (or the "
        "shop's median gap), chance of still being a customer between 10% and 60%.",
        "Now, in steps: first without a discount.",
        "None at first; a discount only if the break-even allows.",
        60,
        0.0,
        "winback",
    ),
    CampaignKind(
        "cross_sell",
        "Cross-sell",
        "Bought a product 7 to 30 days ago but never the product most often bought with it "
        "(a bought-together rule with lift above 1).",
        "7 to 30 days after the first product.",
        "A bundle or spend-X-save-Y on the second product.",
        30,
        0.10,
        "cross-sell",
    ),
    CampaignKind(
        "anniversary",
        "Anniversary",
        "First order about a year or more ago, its anniversary within the next 30 days.",
        "30 days before the anniversary.",
        "A small gift.",
        30,
        0.05,
        "anniversary",
    ),
    CampaignKind(
        "champions",
        "Champions",
        "Bought recently, often and for a lot (the RFM segment Champions).",
        "At launches.",
        "No discount: they buy anyway.",
        30,
        0.0,
        "champions",
    ),
)
DO_NOT_CONTACT: Final = CampaignKind(
    "do_not_contact",
    "Do not contact",
    "Chance of still being a customer below 10%, or returned 40% or more of what they bought.",
    "Never.",
    "Excluded from every campaign, listed with the reason.",
    0,
    0.0,
    "do-not-contact",
)
BY_KEY: Final[dict[str, CampaignKind]] = {k.key: k for k in (*KINDS, DO_NOT_CONTACT)}

#: Where the default lift comes from, shown beside it everywhere.
LIFT_SOURCE: Final = (
    "Published e-mail flow order rates (about 1.7% median, 5.7% for the top tenth of shops) "
    "count every order that followed a message, so they are a ceiling, not lift; the defaults "
    "assume 0.5% / 1% / 2% extra chance to order because of the contact."
)
UNMEASURED: Final = "No campaign has been measured in this shop yet, so the lift is an assumption."


@dataclass(frozen=True)
class Assumptions:
    """What the merchant assumes for one campaign (shares are 0..1 of order value)."""

    margin: float = 0.40  # gross margin on a sale
    discount: float | None = None  # None: the type's default
    redemption: float = 0.5  # share of buyers who use the discount
    cost_per_message: float = 0.02  # in the shop's currency
    lift: tuple[float, float, float] = (0.005, 0.01, 0.02)  # low, mid, high


@dataclass(frozen=True)
class CampaignParams:
    """Parameters of the `campaigns` section: default assumptions, per-type overrides,
    priority, holdout share and its seed."""

    assumptions: Assumptions = field(default_factory=Assumptions)
    overrides: tuple[tuple[str, Assumptions], ...] = ()
    priority: tuple[str, ...] = tuple(k.key for k in KINDS)
    holdout_share: float = 0.10
    seed: int = 20261203
    vip_share: float = 0.25  # top share of expected 12-month value counted as VIP
    regular_cv: float = 0.5  # replenish: gaps vary by less than this share of their mean
    do_not_contact_alive: float = 0.10
    chronic_return_rate: float = 0.40

    def assumptions_for(self, key: str) -> Assumptions:
        for name, value in self.overrides:
            if name == key:
                return value
        return self.assumptions


def discount_for(kind: CampaignKind, assumptions: Assumptions) -> float:
    return kind.discount if assumptions.discount is None else assumptions.discount


def check_assumptions(kind: CampaignKind, assumptions: Assumptions) -> None:
    """Raise CampaignInputError, in words, for assumptions no campaign can be valued on."""
    m, d = assumptions.margin, discount_for(kind, assumptions)
    if not 0.0 <= m <= 1.0:
        raise CampaignInputError(
            f"The margin must be between 0% and 100% of the order value; {m:.0%} was given."
        )
    if d < 0.0 or d > 1.0:
        raise CampaignInputError(
            f"The discount must be between 0% and 100% of the order value; {d:.0%} was given."
        )
    if d > m:
        raise CampaignInputError(
            f"A discount of {d:.0%} is larger than the margin of {m:.0%}: every redeemed order "
            "would lose money. Lower the discount or check the margin."
        )
    if not 0.0 <= assumptions.redemption <= 1.0:
        raise CampaignInputError("The redemption share must be between 0% and 100%.")
    if assumptions.cost_per_message < 0:
        raise CampaignInputError("The cost per message cannot be negative.")
    if any(not 0.0 <= u <= 1.0 for u in assumptions.lift):
        raise CampaignInputError("Each assumed lift must be between 0% and 100%.")
