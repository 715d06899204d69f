"""What each order line is worth: the one place where returns, refunds and fees net out.

Why one place: the Overview, the customer analyses and the forecast must agree to the cent on
what a shop sold (the import report and the SQL views in core/store_schema.py say the same):
- a sold line's amount is gross sales; a return line carries a negative amount;
- returns = minus the product return lines' amounts plus every refund on a product line
  (a refund can sit on a sold line);
- fees and adjustments = the same for lines that are charges, not products (core.charges:
  AMAZON FEE, Manual, Bank Charges, Discount, postage given back, bad debt...). A merchant
  reads "returns" as goods that came back; on a real year of an Online Retail-style shop 61%
  of what was shown as returns was such bookkeeping, so it is a figure of its own;
- net = amount − refund, so the sum of net is gross − returns − fees.
A charge the customer paid (postage on an order) stays in gross sales: it is money taken.
Missing amounts or refunds count as zero.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.charges import charge_lines


@dataclass(frozen=True)
class LineMoney:
    """Per-line arrays, aligned with the frame's rows."""

    sold: np.ndarray  # bool: a sale, not a return
    gross: np.ndarray  # amount of a sold line, 0 on a return line
    returns: np.ndarray  # product lines: -amount of a return line, plus the line's refund
    fees: np.ndarray  # charge lines: -amount of a negative line, plus the line's refund
    net: np.ndarray  # amount - refund
    charge: np.ndarray  # bool: the line is a charge or adjustment, not a product

    @property
    def spend(self) -> np.ndarray:
        """What the line adds to a customer's spend: net, fees and adjustments left out (an
        AMAZON FEE or a manual credit booked on a customer is not something they bought or
        gave back). Its sum is gross − returns."""
        return self.net + self.fees


def line_money(lines: pd.DataFrame) -> LineMoney:
    """Gross, returns, fees and net of every line of a canonical frame (core.schema columns).

    Frames without `sku` / `product_name` columns have no charge lines (all fees are 0).
    """
    amount = np.nan_to_num(lines["amount"].to_numpy(dtype="float64"))
    if "refund_amount" in lines:
        refund = np.nan_to_num(lines["refund_amount"].to_numpy(dtype="float64"))
    else:
        refund = np.zeros(len(lines))
    is_return = lines["is_return"].to_numpy(dtype=bool)
    charge = charge_lines(lines)
    given_back = np.where(is_return, -amount, 0.0) + refund
    return LineMoney(
        sold=~is_return,
        gross=np.where(is_return, 0.0, amount),
        returns=np.where(charge, 0.0, given_back),
        fees=np.where(charge, given_back, 0.0),
        net=amount - refund,
        charge=charge,
    )
