"""A top-N list per customer and a similar-products list per product, each item with its reason.

Why this way:
- A customer's score for a product is the sum of its item-to-item weights (EASE or cosine,
  item_knn.py) from everything they bought, with the name similarity blended in for products
  with thin sales (content.py), times the product's recent trend (trend.py): among what the
  history suggests, what sells more lately comes first (Christmas stock in the autumn).
  The single bought product that contributed most is the reason shown: "bought with WHITE
  HANGING HEART T-LIGHT HOLDER by 312 customers".
- Products the customer already has are left out by default: a list is for discovery. With
  `keep_repurchasable`, products that many of their buyers buy again (tea lights, paper
  napkins) stay in.
- When the similarity finds fewer than N products (a customer with one odd purchase, a new
  customer), the list is filled from the best sellers they do not have, saying so.
- Charges and fees (matrix.py) are never recommended nor shown as similar.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import scipy.sparse as sp

from core.progress import Progress, report, scaled
from core.recommend.content import ContentParams, blend, content_similarity
from core.recommend.item_knn import KnnParams, binary, item_similarity
from core.recommend.matrix import MatrixParams, Purchases, build_purchases, product_keys
from core.recommend.trend import TrendParams, trend_factors

log = logging.getLogger(__name__)
_BLOCK = 1024  # customers scored at a time


@dataclass(frozen=True)
class RecommendParams:
    n: int = 10
    keep_repurchasable: bool = False
    #: A product is "repurchasable" when at least this share of its buyers bought it in two or
    #: more orders.
    repurchase_share: float = 0.3
    knn: KnnParams = field(default_factory=KnnParams)
    content: ContentParams = field(default_factory=ContentParams)
    matrix: MatrixParams = field(default_factory=MatrixParams)
    trend: TrendParams = field(default_factory=TrendParams)


@dataclass(frozen=True)
class Recommender:
    """What was learnt from the lines: the purchases and the blended product similarity."""

    purchases: Purchases
    scores: sp.csr_matrix  # product × product, blended
    name_part: sp.csr_matrix  # the name-similarity share of `scores`
    common: sp.csr_matrix  # customers who bought both products
    popularity: np.ndarray  # buyers per product, -1 for products never recommended
    repurchasable: np.ndarray  # bool per product
    trend: np.ndarray  # per product: how much better it sells lately (trend.py), 1 = as usual


def fit_recommender(
    lines: pd.DataFrame,
    params: RecommendParams = RecommendParams(),
    progress: Progress | None = None,
) -> Recommender:
    """Learn who bought what and which products go together from `lines`."""
    report(progress, 0.0, "Reading purchases")
    purchases = build_purchases(lines, params.matrix)
    report(progress, 0.1, "Finding products bought together")
    similarity = item_similarity(purchases.user_item, params.knn, scaled(progress, 0.1, 0.7))
    buyers = purchases.products["customers"].to_numpy(dtype="float64")
    report(progress, 0.7, "Comparing product names")
    names = content_similarity(purchases.products, params.content, scaled(progress, 0.7, 0.95))
    scores, name_part = blend(similarity, names, buyers, params.content)
    merchandise = purchases.merchandise
    # Charges never appear as a similar product (they still explain nothing either).
    keep = sp.diags(merchandise.astype("float64"))
    scores = sp.csr_matrix(keep @ scores @ keep)
    name_part = sp.csr_matrix(keep @ name_part @ keep)
    popularity = np.where(merchandise, buyers, -1.0)
    repeat = np.ravel((purchases.user_item >= 2).sum(axis=0))
    repurchasable = repeat >= params.repurchase_share * np.maximum(buyers, 1.0)
    report(progress, 1.0, "Similar products ready")
    return Recommender(
        purchases,
        scores,
        name_part,
        similarity.common,
        popularity,
        repurchasable & (buyers > 0),
        _trend(lines, purchases, params.trend),
    )


def _trend(lines: pd.DataFrame, purchases: Purchases, params: TrendParams) -> np.ndarray:
    """trend.trend_factors over the sold lines with a known product and customer."""
    sold = lines[~lines["is_return"].to_numpy(dtype=bool)]
    columns = purchases.index_of(product_keys(sold))
    customers = sold["customer_id"].astype("str")
    known = (columns >= 0) & customers.notna().to_numpy()
    return trend_factors(
        columns[known],
        customers.to_numpy()[known],
        sold["order_date"][known],
        len(purchases.products),
        params,
    )


def best_sellers(model: Recommender, n: int) -> np.ndarray:
    """Columns of the n most-bought merchandise products."""
    order = np.lexsort((-model.purchases.products["orders"].to_numpy(), -model.popularity))
    return order[:n][model.popularity[order[:n]] >= 0]


def _candidates(model: Recommender, bought: sp.csr_matrix, params: RecommendParams) -> np.ndarray:
    """False where a product may not be recommended to each customer of `bought`."""
    allowed = np.tile(model.popularity >= 0, (bought.shape[0], 1))
    rows, cols = bought.nonzero()
    drop = ~model.repurchasable[cols] if params.keep_repurchasable else np.ones(len(cols), bool)
    allowed[rows[drop], cols[drop]] = False
    return allowed


def _top(values: np.ndarray, n: int) -> np.ndarray:
    n = min(n, values.shape[1])
    if n == 0:
        return np.zeros((values.shape[0], 0), dtype="int64")
    part = np.argpartition(-values, n - 1, axis=1)[:, :n]
    order = np.argsort(-np.take_along_axis(values, part, axis=1), axis=1, kind="stable")
    return np.take_along_axis(part, order, axis=1)


def recommend_columns(
    model: Recommender,
    rows: np.ndarray,
    params: RecommendParams = RecommendParams(),
    popularity_only: bool = False,
    progress: Progress | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """For customers at `rows` of the purchase matrix: (columns, scores), each rows × n; a
    score of 0 marks a best-seller fill and -1 an empty slot (nothing left to recommend)."""
    user_item = model.purchases.user_item
    n = params.n
    columns = np.full((len(rows), n), -1, dtype="int64")
    scores = np.full((len(rows), n), -1.0)
    sellers = best_sellers(model, n + int(user_item.getnnz(axis=1).max(initial=0)) + 1)
    for start in range(0, len(rows), _BLOCK):
        block_rows = rows[start : start + _BLOCK]
        # A customer the matrix does not know (row -1: new, or returned everything) has an
        # empty history and gets the best sellers.
        known = sp.diags((block_rows >= 0).astype("float64"))
        bought = binary(known @ user_item[np.maximum(block_rows, 0)])
        allowed = _candidates(model, bought, params)
        if popularity_only:
            values = np.zeros(allowed.shape)
        else:
            # Rising products first among those the history suggests (trend.py).
            values = np.asarray((bought @ model.scores).toarray()) * model.trend[None, :]
        values[~allowed] = -np.inf
        top = _top(values, n)
        top_values = np.take_along_axis(values, top, axis=1)
        for i in range(len(block_rows)):
            chosen = [int(c) for c, v in zip(top[i], top_values[i], strict=True) if v > 0]
            picked = [float(v) for v in top_values[i] if v > 0]
            for seller in sellers:  # fill with best sellers they do not have
                if len(chosen) >= n:
                    break
                if allowed[i, seller] and seller not in chosen:
                    chosen.append(int(seller))
                    picked.append(0.0)
            columns[start + i, : len(chosen)] = chosen
            scores[start + i, : len(chosen)] = picked
        report(progress, min(1.0, (start + _BLOCK) / max(len(rows), 1)), "Scoring customers")
    return columns, scores


def _reasons(
    model: Recommender,
    rows: np.ndarray,
    columns: np.ndarray,
    scores: np.ndarray,
    progress: Progress | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each listed product: the bought product that contributed most to its score (-1 for
    a best-seller fill), the customers who bought both (or the product's buyers for a fill),
    and whether the name similarity was the larger part (kind "similar_name").

    Vectorised per rank: the score columns of the listed products times each customer's
    purchases, then the arg-max per customer (one sparse product per rank, not per item)."""
    user_item = model.purchases.user_item
    by_column = sp.csc_matrix(model.scores)
    because = np.full(columns.shape, -1, dtype="int64")
    both = np.zeros(columns.shape, dtype="int64")
    by_name = np.zeros(columns.shape, dtype=bool)
    for start in range(0, len(rows), _BLOCK):
        report(progress, start / max(len(rows), 1), "Finding the reasons")  # cancel point
        block = slice(start, start + _BLOCK)
        block_rows = rows[block]
        known = sp.diags((block_rows >= 0).astype("float64"))
        bought_t = sp.csc_matrix(binary(known @ user_item[np.maximum(block_rows, 0)]).T)
        for rank in range(columns.shape[1]):
            cols = columns[block, rank]
            personal = (cols >= 0) & (scores[block, rank] > 0)
            contribution = sp.csc_matrix(by_column[:, np.maximum(cols, 0)].multiply(bought_t))
            best = np.asarray(contribution.argmax(axis=0)).ravel()
            because[block, rank] = np.where(personal, best, -1)
    listed = columns >= 0
    has_reason = because >= 0
    rows_i, cols_i = np.nonzero(has_reason)
    if len(rows_i):
        first, second = because[rows_i, cols_i], columns[rows_i, cols_i]
        both[rows_i, cols_i] = np.asarray(model.common[first, second]).ravel()
        name_share = np.asarray(model.name_part[first, second]).ravel()
        total = np.asarray(model.scores[first, second]).ravel()
        by_name[rows_i, cols_i] = name_share >= 0.5 * total
    fills = listed & ~has_reason
    both[fills] = np.maximum(model.popularity[columns[fills]], 0).astype("int64")
    return because, both, by_name


def reason_text(kind: str, because: str, count: int) -> str:
    """The reason in words (English; the GUI words it in the user's language from the kind)."""
    if kind == "bought_with":
        return f"bought with {because} by {count:,} customers"
    if kind == "similar_name":
        return f"similar to {because}, which they bought"
    return f"one of the best sellers ({count:,} customers)"


def customer_lists(
    model: Recommender,
    customer_ids: list[str] | None = None,
    params: RecommendParams = RecommendParams(),
    progress: Progress | None = None,
) -> pd.DataFrame:
    """The top-N of each customer (all known customers when `customer_ids` is None) with its
    reasons: customer_id, rank, product_key, product_name, score, reason_kind, because_key,
    because_name, customers_both, reason."""
    known = model.purchases.customers
    if customer_ids is None:
        ids = [str(c) for c in known]
        rows = np.arange(len(known))
    else:
        ids = [str(c) for c in customer_ids]
        rows = np.asarray(known.get_indexer(pd.Index(ids, dtype="str")), dtype="int64")
    columns, scores = recommend_columns(model, rows, params, progress=scaled(progress, 0.0, 0.7))
    because, both, by_name = _reasons(model, rows, columns, scores, scaled(progress, 0.7, 0.9))
    keys = model.purchases.products["key"].to_numpy(dtype=object)
    names = model.purchases.products["name"].to_numpy(dtype=object)
    records = []
    for i in range(len(rows)):
        if i % 1000 == 0:  # also where a cancelled build stops
            report(progress, 0.9 + 0.1 * i / max(len(rows), 1), "Writing the lists")
        for rank in range(columns.shape[1]):
            col, why = int(columns[i, rank]), int(because[i, rank])
            if col < 0:
                continue
            kind = (
                "best_seller" if why < 0 else "similar_name" if by_name[i, rank] else "bought_with"
            )
            because_name = str(names[why]) if why >= 0 else ""
            count = int(both[i, rank])
            records.append(
                (
                    ids[i],
                    rank + 1,
                    str(keys[col]),
                    str(names[col]),
                    round(float(scores[i, rank]), 6),
                    kind,
                    str(keys[why]) if why >= 0 else "",
                    because_name,
                    count,
                    reason_text(kind, because_name, count),
                )
            )
    return pd.DataFrame.from_records(records, columns=CUSTOMER_COLUMNS)


CUSTOMER_COLUMNS = [
    "customer_id",
    "rank",
    "product_key",
    "product_name",
    "score",
    "reason_kind",
    "because_key",
    "because_name",
    "customers_both",
    "reason",
]
SIMILAR_COLUMNS = [
    "product_key",
    "product_name",
    "rank",
    "similar_key",
    "similar_name",
    "score",
    "customers_both",
    "reason_kind",
    "reason",
]


def similar_products(
    model: Recommender, n: int = 10, progress: Progress | None = None
) -> pd.DataFrame:
    """Each merchandise product's n most similar products: product_key, product_name, rank,
    similar_key, similar_name, score, customers_both, reason_kind, reason."""
    products = model.purchases.products
    keys = products["key"].to_numpy(dtype=object)
    names = products["name"].to_numpy(dtype=object)
    scores = model.scores
    frames = []
    for row in range(scores.shape[0]):
        if row % 500 == 0:  # also where a cancelled build stops
            report(progress, 0.5 * row / max(scores.shape[0], 1), "Listing similar products")
        start, stop = scores.indptr[row], scores.indptr[row + 1]
        if start == stop:
            continue
        cols = scores.indices[start:stop]
        vals = scores.data[start:stop]
        order = np.argsort(-vals, kind="stable")[:n]
        frames.append((row, cols[order], vals[order]))
    records = []
    for done, (row, cols, vals) in enumerate(frames):
        if done % 500 == 0:
            report(progress, 0.5 + 0.5 * done / max(len(frames), 1), "Listing similar products")
        common = np.ravel(model.common[row, cols].toarray()) if len(cols) else np.array([])
        names_part = np.ravel(model.name_part[row, cols].toarray())
        for rank, (col, value, both, by_name) in enumerate(
            zip(cols, vals, common, names_part, strict=True), start=1
        ):
            kind = "similar_name" if by_name >= 0.5 * value else "bought_with"
            reason = f"bought together by {int(both):,} customers"
            if kind == "similar_name":
                reason = "similar name" + (f", {reason}" if both else "")
            records.append(
                (
                    keys[row],
                    names[row],
                    rank,
                    keys[col],
                    names[col],
                    round(float(value), 6),
                    int(both),
                    kind,
                    reason,
                )
            )
    return pd.DataFrame.from_records(records, columns=SIMILAR_COLUMNS)
