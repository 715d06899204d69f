"""Frequently bought together: association rules within orders, from sparse matrix products.

Why not apriori: apriori enumerates candidate itemsets over the one-hot basket table, and on
Online Retail (orders of hundreds of lines) mlxtend's version ran out of 16 GB
(rasbt/mlxtend#837). Pair counts are simply B.T @ B on the binary order × product matrix; this
computes it a block of products at a time and keeps only pairs seen in enough orders, so the
memory is one dense block (bounded by sparse_tools.BLOCK_CELLS) plus the frequent pairs. Triples
are counted only as extensions of the most frequent pairs (P.T @ B, P holding the orders that
contain each pair), never over all subsets.

Measures, for a rule A -> B over N orders: support = orders with A and B / N; confidence =
orders with A and B / orders with A; lift = confidence / (orders with B / N): how many times
more often B is in a basket with A than in baskets at large.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp

from core.progress import Progress, report
from core.recommend.sparse_tools import rows_per_block

log = logging.getLogger(__name__)

RULE_COLUMNS = [
    "antecedent_key",
    "antecedent_name",
    "consequent_key",
    "consequent_name",
    "orders",
    "support",
    "confidence",
    "lift",
]


@dataclass(frozen=True)
class BasketParams:
    min_support: float = 0.002  # share of all orders that hold both products
    #: and never fewer orders than this: a "rule" seen in three orders of a small shop is chance
    min_orders: int = 10
    #: rules whose products sell together no more often than apart (lift <= 1) are dropped
    min_lift: float = 1.0
    triples: bool = False
    max_pairs_for_triples: int = 500  # the most frequent pairs are extended by a third product


@dataclass(frozen=True)
class BasketResult:
    orders: int  # baskets counted (orders with at least one product on sale)
    min_count: int  # orders a pair needed to become a rule
    pairs: pd.DataFrame  # RULE_COLUMNS, both directions of every frequent pair, by lift
    triples: pd.DataFrame  # RULE_COLUMNS; antecedent is "key1 + key2" / "name1 + name2"


def _frequent_pairs(
    baskets: sp.csr_matrix, min_count: int, progress: Progress | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(i, j, orders) of every product pair i < j found together in at least min_count orders."""
    n = baskets.shape[1]
    columns = sp.csc_matrix(baskets)
    by_product = sp.csr_matrix(columns.T)
    step = rows_per_block(n)
    found_i, found_j, found_n = [], [], []
    for start in range(0, n, step):
        stop = min(start + step, n)
        counts = (by_product[start:stop] @ columns).toarray()
        rows, cols = np.nonzero(counts >= min_count)
        rows = rows + start
        upper = cols > rows
        found_i.append(rows[upper])
        found_j.append(cols[upper])
        found_n.append(counts[rows[upper] - start, cols[upper]])
        report(progress, 0.7 * stop / max(n, 1), "Counting products bought together")
    if not found_i:
        empty = np.zeros(0, dtype="int64")
        return empty, empty, empty
    return np.concatenate(found_i), np.concatenate(found_j), np.concatenate(found_n)


def _rules(
    ante_key: np.ndarray,
    ante_name: np.ndarray,
    cons: np.ndarray,
    together: np.ndarray,
    ante_orders: np.ndarray,
    products: pd.DataFrame,
    item_orders: np.ndarray,
    n_orders: int,
) -> pd.DataFrame:
    support = together / n_orders
    confidence = together / np.maximum(ante_orders, 1)
    lift = confidence / (item_orders[cons] / n_orders)
    frame = pd.DataFrame(
        {
            "antecedent_key": ante_key,
            "antecedent_name": ante_name,
            "consequent_key": products["key"].to_numpy(dtype=object)[cons],
            "consequent_name": products["name"].to_numpy(dtype=object)[cons],
            "orders": together.astype("int64"),
            "support": support,
            "confidence": confidence,
            "lift": lift,
        }
    )
    frame = frame.sort_values(["lift", "orders"], ascending=False, kind="stable")
    return frame.reset_index(drop=True)


def basket_rules(
    order_item: sp.spmatrix,
    products: pd.DataFrame,
    params: BasketParams = BasketParams(),
    progress: Progress | None = None,
) -> BasketResult:
    """Pair (and with `params.triples`, triple) rules of the orders in `order_item` over the
    products flagged as merchandise (charges and fees are left out)."""
    keep = products["merchandise"].to_numpy(dtype=bool)
    baskets = sp.csr_matrix(sp.csr_matrix(order_item)[:, np.flatnonzero(keep)], dtype="float64")
    baskets.data[:] = 1.0
    items = products.loc[keep].reset_index(drop=True)
    baskets = baskets[np.ravel(baskets.sum(axis=1)) > 0]
    n_orders = baskets.shape[0]
    min_count = max(params.min_orders, math.ceil(params.min_support * n_orders))
    empty = pd.DataFrame(columns=RULE_COLUMNS)
    if n_orders == 0 or baskets.shape[1] < 2:
        return BasketResult(n_orders, min_count, empty, empty)
    item_orders = np.ravel(baskets.sum(axis=0))
    i, j, together = _frequent_pairs(baskets, min_count, progress)
    keys = items["key"].to_numpy(dtype=object)
    names = items["name"].to_numpy(dtype=object)
    ante = np.concatenate([i, j])
    cons = np.concatenate([j, i])
    both = np.concatenate([together, together]).astype("float64")
    pairs = _rules(
        keys[ante], names[ante], cons, both, item_orders[ante], items, item_orders, n_orders
    )
    pairs = pairs[pairs["lift"] > params.min_lift].reset_index(drop=True)
    triples = empty
    if params.triples and len(i):
        report(progress, 0.75, "Counting three products bought together")
        triples = _triples(baskets, i, j, together, min_count, items, item_orders, params)
        triples = triples[triples["lift"] > params.min_lift].reset_index(drop=True)
    report(progress, 1.0, "Bought-together rules ready")
    log.info("basket rules: %d orders, %d pairs (min %d orders)", n_orders, len(i), min_count)
    return BasketResult(n_orders, min_count, pairs, triples)


def _triples(
    baskets: sp.csr_matrix,
    i: np.ndarray,
    j: np.ndarray,
    together: np.ndarray,
    min_count: int,
    items: pd.DataFrame,
    item_orders: np.ndarray,
    params: BasketParams,
) -> pd.DataFrame:
    """{a, b} -> c for the most frequent pairs (a, b) and any third product c seen with both in
    min_count orders (a frequent triple gives one rule per pair of it that is among the top)."""
    top = np.argsort(-together, kind="stable")[: params.max_pairs_for_triples]
    a, b, n_ab = i[top], j[top], together[top]
    columns = sp.csc_matrix(baskets)
    holding = sp.csr_matrix(columns[:, a].multiply(columns[:, b]))  # orders × pairs
    counts = sp.coo_matrix(holding.T @ baskets)  # pairs × products
    outside = (counts.col != a[counts.row]) & (counts.col != b[counts.row])
    keep = (counts.data >= min_count) & outside
    pair, third, n_abc = counts.row[keep], counts.col[keep], counts.data[keep]
    keys = items["key"].to_numpy(dtype=object)
    names = items["name"].to_numpy(dtype=object)
    ante_key = np.array([f"{keys[x]} + {keys[y]}" for x, y in zip(a[pair], b[pair], strict=True)])
    ante_name = np.array(
        [f"{names[x]} + {names[y]}" for x, y in zip(a[pair], b[pair], strict=True)]
    )
    return _rules(
        ante_key,
        ante_name,
        third,
        n_abc.astype("float64"),
        n_ab[pair],
        items,
        item_orders,
        baskets.shape[0],
    )
