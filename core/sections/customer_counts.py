"""Why the Overview, the Customers tab and the Recommendations tab count different customers.

A merchant saw 4,383 customers on the Overview, 4,314 on the Customers tab and 4,286 on the
Recommendations tab for the same shop, with no word why. Each count is right for what its tab
does, so the counts stay apart but come with the steps between them:
- the Overview counts everyone with a line in the shop up to the as-of day (a customer who only
  sent something back is still someone the shop dealt with);
- the Customers tab counts those who bought something (a sold line): spend, purchase rhythm,
  lifetime value and churn mean nothing for a customer whose lines are all returns or
  cancellations (core.customers.features);
- the Recommendations tab counts those who kept at least one product: a customer who returned
  everything they bought has no purchase history to recommend from (core.recommend.matrix).
So overview = customers + only returns, and customers = recommendations + returned everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from core.recommend.matrix import product_keys

#: The columns of order_lines the counts read.
COUNT_COLUMNS: tuple[str, ...] = (
    "order_id",
    "order_date",
    "customer_id",
    "sku",
    "product_name",
    "quantity",
    "is_return",
)


@dataclass(frozen=True)
class CustomerCounts:
    with_lines: int  # the Overview's count: any line up to the as-of day
    only_returns: int  # with lines, but every one a return or cancellation
    bought: int  # the Customers tab's count: at least one sold line
    returned_everything: int  # bought, but sent back all of it (or only charges)
    kept_something: int  # the Recommendations tab's count: kept at least one product

    def adds_up(self) -> bool:
        """The explanation's arithmetic holds (tested on every real shop)."""
        return (
            self.with_lines == self.bought + self.only_returns
            and self.bought == self.kept_something + self.returned_everything
        )


def customer_counts(lines: pd.DataFrame, as_of: date | None = None) -> CustomerCounts:
    """The three counts and the two differences between them, for lines up to `as_of`."""
    if as_of is not None:
        lines = lines.loc[lines["order_date"] < pd.Timestamp(as_of) + pd.Timedelta(days=1)]
    known = lines.loc[lines["customer_id"].notna()]
    everyone = known["customer_id"].nunique()
    bought_ids = known.loc[~known["is_return"], "customer_id"].unique()
    kept = _kept_something(known)
    kept_in_bought = int(pd.Index(bought_ids).isin(kept).sum())
    return CustomerCounts(
        with_lines=int(everyone),
        only_returns=int(everyone - len(bought_ids)),
        bought=len(bought_ids),
        returned_everything=len(bought_ids) - kept_in_bought,
        kept_something=kept_in_bought,
    )


def _kept_something(known: pd.DataFrame) -> pd.Index:
    """Customers with a product of which they kept a net quantity above zero and bought it in
    at least one order, as core.recommend.matrix.build_purchases counts them."""
    keys = product_keys(known)
    named = keys.notna().to_numpy()
    data = known.loc[named]
    sold = ~data["is_return"].to_numpy(dtype=bool)
    quantity = data["quantity"].to_numpy(dtype="float64", na_value=np.nan)
    quantity = np.where(np.isnan(quantity), np.where(sold, 1.0, -1.0), quantity)
    pairs = pd.DataFrame(
        {
            "customer": data["customer_id"].astype("str").to_numpy(),
            "key": keys[named].to_numpy(),
            "quantity": quantity,
            "sold": sold,
        }
    )
    grouped = pairs.groupby(["customer", "key"], sort=False)
    net = grouped["quantity"].sum()
    bought = grouped["sold"].any()
    keep = net[(net > 0) & bought]
    return pd.Index(keep.index.get_level_values("customer").unique())
