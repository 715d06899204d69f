"""One list of charges, fees and test products (core.charges), checked for both mistakes: a
charge taken for a product, and a product taken for a charge. The same list decides the
Overview's fees and what is never recommended."""

from __future__ import annotations

import pandas as pd
import pytest

from core.analysis.kpis import compute_kpis
from core.charges import charge_lines, is_charge_code, is_charge_name, is_test_product
from core.customers.features import customer_summary
from core.recommend.matrix import build_purchases

CHARGES = [
    "POSTAGE",
    "DOTCOM POSTAGE",
    "CARRIAGE",
    "Next Day Carriage",
    "Manual",
    "Bank Charges",
    "AMAZON FEE",
    "CRUK Commission",
    "Discount",
    "SAMPLES",
    "Adjust bad debt",
    "Dotcomgiftshop Gift Voucher £10.00",
    "Gift Card £25",
    "运费",
    "邮费补差价",
]
PRODUCTS = [
    "OCCASIONS GIFT CARD ASSORTMENT",  # a box of greeting cards
    "MANUAL COFFEE GRINDER",
    "BLACK BAROQUE CARRIAGE CLOCK",
    "VINTAGE POSTCARD SET",
    "COFFEE MUG",
    "WHITE HANGING HEART T-LIGHT HOLDER",
    "ADJUSTABLE DESK LAMP",
    "TESTED BATTERY PACK",
    "不锈钢保温杯 500ml",
]


@pytest.mark.parametrize("name", CHARGES)
def test_charges_are_charges(name: str) -> None:
    assert is_charge_name(pd.Series([name])).tolist() == [True]


@pytest.mark.parametrize("name", PRODUCTS)
def test_products_are_not_charges(name: str) -> None:
    names = pd.Series([name])
    assert is_charge_name(names).tolist() == [False]
    assert is_test_product(names).tolist() == [False]


def test_codes_and_test_products() -> None:
    codes = pd.Series(["POST", "AMAZONFEE", "BANK CHARGES", "C2", "85123A", "M", None])
    assert is_charge_code(codes).tolist() == [True, True, True, True, False, False, False]
    tests = pd.Series(["TEST001", "TEST002", "This is a test product.", "test", "84029E"])
    assert is_test_product(tests).tolist() == [True, True, True, True, False]


def _shop() -> pd.DataFrame:
    """Four customers, two orders each: a real basket, postage charged, an Amazon fee and a
    manual credit given back, a product return, and a test product bought with everything."""
    rows = []
    names = {
        "A1": "OCCASIONS GIFT CARD ASSORTMENT",
        "B2": "WHITE HANGING HEART T-LIGHT HOLDER",
        "C3": "MANUAL COFFEE GRINDER",
        "POST": "POSTAGE",
        "TEST001": "This is a test product.",
    }
    for c in range(4):
        for o in range(2):
            order = f"{c}{o}"
            day = pd.Timestamp("2024-03-01") + pd.Timedelta(days=7 * o + c)
            for sku in ("A1", "B2", "C3", "POST", "TEST001"):
                price = {"POST": 5.0, "TEST001": 1.0}.get(sku, 10.0)
                rows.append((order, day, f"c{c}", sku, names[sku], 1.0, price, False))
    rows.append(("R1", pd.Timestamp("2024-03-20"), "c0", "B2", names["B2"], -1.0, -10.0, True))
    rows.append(
        ("F1", pd.Timestamp("2024-03-20"), None, "AMAZONFEE", "AMAZON FEE", 1.0, -30.0, True)
    )
    rows.append(("F2", pd.Timestamp("2024-03-21"), "c1", "M", "Manual", -1.0, -7.5, True))
    frame = pd.DataFrame(
        rows,
        columns=[
            "order_id", "order_date", "customer_id", "sku", "product_name",
            "quantity", "amount", "is_return",
        ],
    )  # fmt: skip
    frame["refund_amount"] = 0.0
    frame["currency"] = "GBP"
    frame["category"] = None
    frame["line_no"] = frame.groupby("order_id").cumcount() + 1
    return frame


def test_fees_are_their_own_figure_and_never_recommended() -> None:
    lines = _shop()
    assert charge_lines(lines).sum() == 8 + 2  # 8 postage lines, the fee and the credit
    totals = compute_kpis(lines).totals
    # 8 orders × (3 × 10 + 5 postage + 1 test) = 288 gross
    assert totals["gross_sales"] == 288.0
    assert totals["returns"] == 10.0  # the one product given back
    assert totals["fees"] == 37.5  # AMAZON FEE 30 + Manual 7.5
    assert totals["net_sales"] == 288.0 - 10.0 - 37.5
    purchases = build_purchases(lines)
    kept = set(purchases.products.loc[purchases.merchandise, "name"])
    assert kept == {
        "OCCASIONS GIFT CARD ASSORTMENT",
        "WHITE HANGING HEART T-LIGHT HOLDER",
        "MANUAL COFFEE GRINDER",
    }
    assert purchases.excluded["This is a test product."] == "a test product, not for sale"
    assert purchases.excluded["POSTAGE"] == "a charge or fee, not a product"


def test_customer_spend_leaves_fees_apart() -> None:
    summary = customer_summary(_shop())
    # c0 gave a holder back; c1 had a manual credit of 7.50 booked on them, which is no return
    assert summary.loc["c0", ["gross", "returns", "fees", "net"]].tolist() == [72.0, 10.0, 0, 62.0]
    assert summary.loc["c1", ["gross", "returns", "fees", "net"]].tolist() == [72.0, 0, 7.5, 72.0]
    assert summary.loc["c1", "return_rate"] == 0.0
