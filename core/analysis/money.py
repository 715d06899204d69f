"""What each order line is worth: the one place where returns and refunds net out.

Why one place: the Overview, the customer analyses and the forecast must agree to the cent on
what a shop sold (the import report and the SQL views in core/store_schema.py say the same):
- a sold line's amount is gross sales; a return line carries a negative amount;
- returns = minus the return lines' amounts plus every refund (a refund can sit on a sold line);
- net = amount − refund, so the sum of net is gross − returns.
Missing amounts or refunds count as zero.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class LineMoney:
    """Per-line arrays, aligned with the frame's rows."""

    sold: np.ndarray  # bool: a sale, not a return
    gross: np.ndarray  # amount of a sold line, 0 on a return line
    returns: np.ndarray  # -amount of a return line, plus the line's refund
    net: np.ndarray  # amount - refund


def line_money(lines: pd.DataFrame) -> LineMoney:
    """Gross, returns and net of every line of a canonical frame (core.schema columns)."""
    amount = np.nan_to_num(lines["amount"].to_numpy(dtype="float64"))
    if "refund_amount" in lines:
        refund = np.nan_to_num(lines["refund_amount"].to_numpy(dtype="float64"))
    else:
        refund = np.zeros(len(lines))
    is_return = lines["is_return"].to_numpy(dtype=bool)
    return LineMoney(
        sold=~is_return,
        gross=np.where(is_return, 0.0, amount),
        returns=np.where(is_return, -amount, 0.0) + refund,
        net=amount - refund,
    )
