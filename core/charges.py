"""Lines that are not merchandise: charges, fees, adjustments and test products.

Why one module: the Overview (fees apart from product returns), the customer spend and the
recommendations must agree on which lines are a shop's own bookkeeping rather than goods a
customer bought or gave back. A merchant who sees "AMAZON FEE" among the returns, or "POSTAGE"
or "TEST001" recommended to a customer, stops trusting every other figure.

Two kinds of mistake are guarded against (tests/core/test_charges.py has both):
- a charge read as a product: postage, carriage, bank charges, marketplace fees, commissions,
  vouchers, manual adjustments, discounts, bad-debt write-offs, samples;
- a product read as a charge: "MANUAL COFFEE GRINDER", "CARRIAGE CLOCK" and "OCCASIONS GIFT
  CARD ASSORTMENT" (a box of greeting cards) are sold like any other product.

Names are matched in English and Chinese; product codes only when the whole code is one that
shops use for such lines (UCI Online Retail's POST, DOT, AMAZONFEE, BANK CHARGES, CRUK, C2).
Every distinct text is looked at once, so a 541,909-line shop costs a few thousand regex calls.
"""

from __future__ import annotations

import logging
import re
from typing import Final

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

#: Words that mark a line as a charge or an adjustment wherever they appear in its name.
CHARGE_WORDS: Final = re.compile(
    r"\b(?:postage|shipping (?:fee|charge|cost)s?|delivery (?:fee|charge)s?|"
    r"(?:next day|express|standard) (?:carriage|delivery|shipping)|surcharge|fees?|"
    r"bank charges?|commission|gift ?vouchers?|bad debt|adjust(?:ment)?s?|"
    r"handling charges?)\b|运费|邮费|快递费|配送费|手续费|佣金|代金券|礼品卡|补差价?|差价",
    re.IGNORECASE,
)
#: A gift card is money, not goods, when it says what it is worth ("Gift Card £10") or is the
#: whole name; "OCCASIONS GIFT CARD ASSORTMENT" is a box of greeting cards.
GIFT_CARD: Final = re.compile(
    r"^\s*(?:e-?)?gift ?cards?\s*$"
    r"|gift ?cards?\b.*(?:[£$€¥]\s*\d|\d+(?:\.\d\d)?\s*(?:gbp|usd|eur))",
    re.IGNORECASE,
)
#: Names that are a charge only when they are the whole name ("MANUAL COFFEE GRINDER" and
#: "CARRIAGE CLOCK" sell).
CHARGE_NAMES: Final = re.compile(
    r"^\s*(?:manual|samples?|discount|carriage|shipping|delivery|misc(?:ellaneous)?|other|"
    r"tips?|deposit|vat|tax|折扣|优惠|样品|其他)\s*$",
    re.IGNORECASE,
)
#: Product codes that are charges as a whole code (UCI Online Retail and its successors).
CHARGE_CODES: Final = re.compile(
    r"^\s*(?:post|dot|amazonfee|amazon fee|bank charges|cruk|c2|adjust)\s*$", re.IGNORECASE
)
#: Products a shop set up to test its checkout: "TEST001", "This is a test product.", "test".
TEST_PRODUCTS: Final = re.compile(
    r"^\s*test\s*\d*\s*$|\btest (?:product|item|order)\b|测试(?:商品|产品|宝贝)?\s*$",
    re.IGNORECASE,
)


def _per_distinct(
    texts: pd.Series, test: re.Pattern[str] | tuple[re.Pattern[str], ...]
) -> np.ndarray:
    """True per row where any pattern finds (search) its text; each distinct text once."""
    codes, uniques = pd.factorize(texts.astype("object"))
    if not len(uniques):
        return np.zeros(len(texts), dtype=bool)
    labels = pd.Series(uniques).astype("str")
    patterns = test if isinstance(test, tuple) else (test,)
    hit = np.zeros(len(labels), dtype=bool)
    for pattern in patterns:
        hit |= labels.str.contains(pattern, regex=True).to_numpy(dtype=bool)
    lookup = np.append(hit, False)  # code -1 (missing) -> False
    return np.asarray(lookup[codes], dtype=bool)


def is_charge_name(names: pd.Series) -> np.ndarray:
    """True for names that read as a charge, fee, voucher or adjustment rather than a product."""
    words = _per_distinct(names, (CHARGE_WORDS, GIFT_CARD))
    whole = _per_distinct(names, CHARGE_NAMES)
    return words | whole


def is_charge_code(codes: pd.Series) -> np.ndarray:
    """True for product codes that are a charge as a whole code (POST, AMAZONFEE, ...)."""
    return _per_distinct(codes, CHARGE_CODES)


def is_test_product(texts: pd.Series) -> np.ndarray:
    """True for product codes or names that a shop uses to test its checkout."""
    return _per_distinct(texts, TEST_PRODUCTS)


def charge_lines(lines: pd.DataFrame) -> np.ndarray:
    """True per order line whose product name or code marks it as a charge or adjustment.

    Frames without product columns (an order-level export) have no charge lines.
    """
    mask = np.zeros(len(lines), dtype=bool)
    if "product_name" in lines:
        mask |= is_charge_name(lines["product_name"])
    if "sku" in lines:
        sku = lines["sku"]
        mask |= is_charge_code(sku) | is_charge_name(sku)
    return mask
