"""What a Chinese platform's export says about payment, read from columns no canonical field
holds.

Why apart from the mapping: Taobao and Tmall say "never paid" by an empty 订单付款时间 (payment
time), not by a status, and their 买家实际支付金额 (paid) already has the refund taken out. On
a real month of 28,010 Tmall orders, reading paid as the sale and taking the refund off again
gave gross 1.90M instead of 2.47M and returns 36k instead of 572k; and the 3,923 unpaid and
5,132 fully refunded orders were all left out as "zero-value lines".
"""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd

from core.ingest.clean_steps import Orders, Text, carry_codes
from core.ingest.presets import Preset, normalise_header

log = logging.getLogger(__name__)

#: Said when a Chinese platform export gives no currency (Taobao, Tmall and JD sell in yuan).
CNY_NOTE = (
    "No column gives the currency: Chinese platform exports (Taobao, Tmall, JD) are in yuan, "
    "so the amounts are taken as CNY."
)
PAID_NET_NOTE = (
    "The amount paid in this export already has the refund taken out, so each order's sale is "
    "the amount paid plus its refund, and the refund is counted once."
)


def payment_column(frame: pd.DataFrame, preset: Preset | None) -> str | None:
    """The file's payment-time column when the layout has one (headers compared normalised)."""
    if preset is None or not preset.payment_time:
        return None
    by_norm = {normalise_header(str(c)): str(c) for c in frame.columns}
    for header in preset.payment_time:
        if header in by_norm:
            return by_norm[header]
    return None


def paid_rows(frame: pd.DataFrame, column: str, orders: Orders | None) -> np.ndarray:
    """True per row where a payment time is written (on the row or an earlier line of its
    order, as order-level fields are carried down)."""
    codes = Text.of(frame[column], False).codes
    if orders is not None:
        codes, _ = carry_codes(codes, orders)
    return np.asarray(codes >= 0)


def amount_is_paid_net(src: dict[str, str], preset: Preset | None) -> bool:
    """Whether the mapped amount is a paid column that already has the refund taken out."""
    if preset is None or "amount" not in src or "refund_amount" not in src:
        return False
    return normalise_header(src["amount"]) in preset.paid_net_of_refunds
