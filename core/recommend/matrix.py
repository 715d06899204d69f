"""Who bought what: the customer × product and order × product matrices of a shop.

Why the shapes here:
- A product is its SKU, or its name when the export has no SKU; it is shown under the name it
  was sold under most often (Online Retail spells some SKUs three ways).
- Returns net out: a customer who returned everything they bought of a product did not "buy" it,
  so a (customer, product) pair counts only when the net quantity stays above zero. Its value is
  the number of orders in which they bought it (a repeat purchase weighs more than one).
- Orders are baskets of sold lines, with or without a known customer (a guest checkout still
  says what sells together).
- Non-merchandise lines (postage, carriage, fees, commissions, vouchers, manual adjustments) and
  test products ("TEST001") are found by core.charges, the one list the Overview and the
  customer spend use too, and by being in a very large share of all orders; they are kept out
  of every list, because a shop operator would never show a customer "POSTAGE". Which ones
  were left out is reported.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp

from core.charges import is_charge_code, is_charge_name, is_test_product
from core.errors import NotEnoughProductsError as NotEnoughProductsError  # re-exported: raised here

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MatrixParams:
    #: A product in more than this share of all orders is a shipping line or a carrier bag, not
    #: something to recommend (applies to shops with at least `min_catalogue` products).
    max_order_share: float = 0.5
    min_catalogue: int = 20


@dataclass(frozen=True)
class Purchases:
    """The shop's purchases as sparse matrices over one product index.

    products: one row per product (position = column of the matrices): key, name, category,
      orders (sold orders holding it), customers (known customers who kept it), merchandise.
    """

    products: pd.DataFrame
    customers: pd.Index  # customer ids, position = row of `user_item`
    user_item: sp.csr_matrix  # customers × products: orders in which they bought it (net > 0)
    order_item: sp.csr_matrix  # orders × products: 1 when the order sold it
    excluded: dict[str, str]  # name of each product kept out of every list -> why

    @property
    def merchandise(self) -> np.ndarray:
        return self.products["merchandise"].to_numpy(dtype=bool)

    def index_of(self, keys: pd.Series) -> np.ndarray:
        """Column of each product key (-1 for a key the matrices do not know)."""
        lookup = pd.Index(self.products["key"])
        return np.asarray(lookup.get_indexer(keys.astype("str")))


def product_keys(lines: pd.DataFrame) -> pd.Series:
    """SKU when the line has one, else its product name (missing when it has neither)."""
    sku = lines["sku"].astype("str").str.strip()
    name = lines["product_name"].astype("str").str.strip()
    key = sku.where(sku.notna() & (sku != ""), name)
    return key.where(key.notna() & (key != ""))


def _catalogue(lines: pd.DataFrame, keys: pd.Series) -> pd.DataFrame:
    """One row per product key: its most frequent name and category."""
    frame = pd.DataFrame(
        {
            "key": keys,
            "name": lines["product_name"].astype("str").fillna(keys),
            "category": lines["category"].astype("str"),
        }
    ).dropna(subset=["key"])
    counts = frame.groupby(["key", "name"], sort=False).size().rename("n").reset_index()
    ranked = counts.sort_values(["key", "n"], ascending=[True, False], kind="stable")
    names = ranked.drop_duplicates("key").set_index("key")["name"]
    categories = (
        frame.dropna(subset=["category"])
        .groupby("key")["category"]
        .agg(lambda s: s.value_counts().index[0])
    )
    out = pd.DataFrame({"key": names.index.astype("str")})
    out["name"] = names.to_numpy()
    out["category"] = categories.reindex(out["key"]).to_numpy()
    return out


def build_purchases(
    lines: pd.DataFrame,
    params: MatrixParams = MatrixParams(),
    catalogue: pd.DataFrame | None = None,
) -> Purchases:
    """The matrices of `lines`. With `catalogue` (another Purchases' products) the columns
    follow it and products it does not know are dropped: the evaluation scores test orders on
    the training catalogue."""
    keys = product_keys(lines)
    known = keys.notna().to_numpy()
    if not known.any():
        raise NotEnoughProductsError(
            "Recommendations need order lines that name products (a product code or name "
            "column): this shop's lines have none. Import an export with one line per product."
        )
    lines = lines.loc[known]
    keys = keys[known]
    products = _catalogue(lines, keys) if catalogue is None else catalogue.copy()
    col = pd.Index(products["key"]).get_indexer(keys)
    inside = col >= 0
    lines, col = lines.loc[inside], col[inside]
    n_products = len(products)
    sold = ~lines["is_return"].to_numpy(dtype=bool)
    quantity = lines["quantity"].to_numpy(dtype="float64", na_value=np.nan)
    quantity = np.where(np.isnan(quantity), np.where(sold, 1.0, -1.0), quantity)

    order_codes, order_ids = pd.factorize(lines["order_id"].to_numpy()[sold])
    order_item = sp.csr_matrix(
        (np.ones(len(order_codes)), (order_codes, col[sold])),
        shape=(len(order_ids), n_products),
    )
    order_item.data[:] = 1.0  # duplicates summed by the constructor: back to 0/1

    customer = lines["customer_id"].astype("str")
    has_customer = customer.notna().to_numpy()
    pairs = pd.DataFrame(
        {
            "customer": customer.to_numpy()[has_customer],
            "col": col[has_customer],
            "quantity": quantity[has_customer],
            "order": lines["order_id"].astype("str").to_numpy()[has_customer],
            "sold": sold[has_customer],
        }
    )
    grouped = pairs.groupby(["customer", "col"], sort=False)
    net = grouped["quantity"].sum()
    orders = pairs[pairs["sold"]].groupby(["customer", "col"], sort=False)["order"].nunique()
    kept = pd.DataFrame({"net": net, "orders": orders.reindex(net.index)}).reset_index()
    kept = kept[(kept["net"] > 0) & (kept["orders"] > 0)]
    cust_codes, customers = pd.factorize(kept["customer"].to_numpy())
    user_item = sp.csr_matrix(
        (kept["orders"].to_numpy(dtype="float64"), (cust_codes, kept["col"].to_numpy())),
        shape=(len(customers), n_products),
    )
    products = products.reset_index(drop=True)
    products["orders"] = np.asarray(order_item.sum(axis=0)).ravel().astype("int64")
    products["customers"] = np.diff(user_item.tocsc().indptr).astype("int64")
    merchandise, excluded = _merchandise(products, len(order_ids), params)
    products["merchandise"] = merchandise
    return Purchases(products, pd.Index(customers), user_item, order_item, excluded)


def _merchandise(
    products: pd.DataFrame, n_orders: int, params: MatrixParams
) -> tuple[np.ndarray, dict[str, str]]:
    names, keys = products["name"], products["key"]
    test = is_test_product(names) | is_test_product(keys)
    service = (is_charge_name(names) | is_charge_name(keys) | is_charge_code(keys)) & ~test
    share = products["orders"].to_numpy() / max(n_orders, 1)
    ubiquitous = (share > params.max_order_share) & (len(products) >= params.min_catalogue)
    excluded = {str(n): "a charge or fee, not a product" for n in names[service]}
    excluded.update({str(n): "a test product, not for sale" for n in names[test]})
    service |= test
    for name, part in zip(
        products["name"][ubiquitous & ~service], share[ubiquitous & ~service], strict=True
    ):
        excluded[str(name)] = f"in {part:.0%} of all orders"
    if excluded:
        log.info("left out of recommendations: %s", ", ".join(list(excluded)[:20]))
    return ~(service | ubiquitous), excluded
