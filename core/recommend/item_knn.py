"""Customers who bought this also bought: item-to-item similarity on the purchase matrix.

Why this way:
- Item-to-item (Linden, Smith & York, Amazon 2003) needs no model fit and explains itself: a
  product is recommended because customers bought it together with something you bought, and
  the count of those customers is the reason shown.
- Co-purchase counts come from B.T @ B on the binary customer × product matrix, a block of
  products at a time, keeping each product's best `neighbours` only (sparse_tools): memory stays
  bounded by the catalogue times the neighbours, not its square.
- Very popular products sit beside everything. Cosine already divides by the buyers of both;
  `damping` above 0.5 divides more by the neighbour's own buyers, and `shrink` keeps a pair of
  products seen together by two customers from outranking one seen together by two hundred.
- BM25 weighting (as in the `implicit` library's BM25Recommender) is offered too: it damps
  customers who buy everything and products bought by everyone.
- For catalogues up to `ease_max_products` the weights are learnt instead (EASE, Steck 2019: a
  ridge regression of each product's column on all the others, in closed form from the same
  B.T @ B). A product bought by everyone explains no one's choice, so its weights come out
  small: popularity is damped by construction. On Online Retail it lifted HR@10 from 0.396 to
  0.49 (tests/core/recommend); it needs two dense catalogue-square float32 matrices (2 × 61 MB
  for Online Retail's 3,938 products), hence the limit, above which the blockwise cosine runs.
  The reason shown stays the count of customers who bought both.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

import numpy as np
import scipy.sparse as sp

from core.beside import run_beside
from core.progress import Progress, report, scaled
from core.recommend.sparse_tools import top_k_rows

log = logging.getLogger(__name__)
#: Seconds per n³ of numpy's inverse of an n × n float32 matrix (2.6 s for 4,000 products on
#: the reference machine), to move the progress bar while it runs.
INVERSE_SECONDS_PER_CUBE = 4e-11


@dataclass(frozen=True)
class KnnParams:
    neighbours: int = 100  # similar products kept per product
    #: "auto": EASE up to `ease_max_products` products, cosine above.
    weighting: Literal["auto", "ease", "cosine", "bm25"] = "auto"
    #: EASE's ridge penalty. On Online Retail fit before 2011-07-01 and judged Jul-Sep 2011,
    #: HR@10 0.577/0.585/0.588/0.586 at 100/200/400/800 (dense scores, no trend); 400 is also
    #: best on average with the trend factor (trend.py).
    ease_lambda: float = 400.0
    ease_max_products: int = 5000
    #: Exponent of the neighbour's buyer count in the denominator (0.5 = cosine); higher damps
    #: popular products more. 0.6: on Online Retail (fit before 2011-07-01, judged Jul-Sep) it
    #: lifted precision@10 from 0.116 to 0.124 and catalogue coverage from 0.32 to 0.41.
    damping: float = 0.6
    shrink: float = 5.0  # added to the denominator: few shared buyers count for less
    min_common: int = 2  # pairs bought by fewer customers in common are not similar
    bm25_k1: float = 100.0
    bm25_b: float = 0.8


@dataclass(frozen=True)
class ItemSimilarity:
    """Row i: the products most similar to product i. `common` has the same pattern and holds
    how many customers bought both (the reason shown to the user)."""

    scores: sp.csr_matrix
    common: sp.csr_matrix


def binary(matrix: sp.spmatrix) -> sp.csr_matrix:
    out = sp.csr_matrix(matrix, dtype="float64", copy=True)
    out.data[:] = 1.0
    out.eliminate_zeros()
    return out


def bm25_weight(user_item: sp.spmatrix, k1: float = 100.0, b: float = 0.8) -> sp.csr_matrix:
    """BM25 weights of a customer × product matrix: products are the documents, customers the
    terms (a customer who bought half the catalogue says little about any one product)."""
    item_user = sp.coo_matrix(sp.csr_matrix(user_item).T)
    n_items = item_user.shape[0]
    idf = np.log(max(n_items, 1)) - np.log1p(
        np.bincount(item_user.col, minlength=item_user.shape[1])
    )
    row_sums = np.ravel(item_user.sum(axis=1))
    average = row_sums.mean() if row_sums.size and row_sums.mean() > 0 else 1.0
    length_norm = (1.0 - b) + b * row_sums / average
    data = item_user.data * (k1 + 1.0) / (k1 * length_norm[item_user.row] + item_user.data)
    data = data * idf[item_user.col]
    return sp.csr_matrix((data, (item_user.col, item_user.row)), shape=user_item.shape)


def item_similarity(
    user_item: sp.spmatrix, params: KnnParams = KnnParams(), progress: Progress | None = None
) -> ItemSimilarity:
    """Each product's `neighbours` most similar products from who bought what."""
    bought = binary(user_item)
    n_products = bought.shape[1]
    weighting = params.weighting
    if weighting == "auto":
        weighting = "ease" if n_products <= params.ease_max_products else "cosine"
    if weighting == "ease":
        return _ease(bought, params, progress)
    bought_t = sp.csr_matrix(bought.T)
    buyers = np.ravel(bought.sum(axis=0))
    weighted_t: sp.csr_matrix | None = None
    weighted: sp.csr_matrix | None = None
    if weighting == "bm25":
        w = bm25_weight(user_item, params.bm25_k1, params.bm25_b)
        weighted, weighted_t = sp.csr_matrix(w), sp.csr_matrix(w.T)
    left = np.power(np.maximum(buyers, 1.0), 1.0 - params.damping)
    right = np.power(np.maximum(buyers, 1.0), params.damping)

    def block(start: int, stop: int) -> tuple[np.ndarray, np.ndarray]:
        common = (bought_t[start:stop] @ bought).toarray()
        if weighted is not None and weighted_t is not None:
            scores = (weighted_t[start:stop] @ weighted).toarray()
        else:
            scores = common / (left[start:stop, None] * right[None, :] + params.shrink)
        scores[common < params.min_common] = 0.0
        return scores, common

    scores, common = top_k_rows(
        block, n_products, n_products, params.neighbours, progress, "Finding similar products"
    )
    log.info("item similarity: %d products, %d pairs kept", n_products, scores.nnz)
    return ItemSimilarity(scores, common)


def _inverse(matrix: np.ndarray, progress: Progress | None) -> np.ndarray:
    """The inverse of the regularised Gram matrix, by numpy (LAPACK) in a helper thread while
    this one checks for a Cancel every 0.1 s (core.beside; a cancelled inverse finishes in the
    background and is dropped).

    Why numpy's and not scipy's Cholesky: scipy's LAPACK wrappers hold the interpreter for
    the whole call, so the window froze while they ran (a factor and 512-column solves of
    Online Retail's 3,938 products: 100-150 ms per call on an idle machine, up to 750 ms with
    the other core busy); numpy's let go of it (a ticking thread beside it waits 2-9 ms)."""
    n = matrix.shape[0]
    return run_beside(
        lambda: np.linalg.inv(matrix),
        progress,
        "Learning which products go together",
        expected_seconds=INVERSE_SECONDS_PER_CUBE * float(n) ** 3,
    )


def _ease(bought: sp.csr_matrix, params: KnnParams, progress: Progress | None) -> ItemSimilarity:
    """EASE weights B = -P / diag(P), P = (G + lambda I)^-1, G = B.T @ B; the positive ones of
    each row are kept, the best `neighbours` (a negative weight explains no recommendation)."""
    n_products = bought.shape[1]
    report(progress, 0.0, "Learning which products go together")
    gram = np.asarray((bought.T @ bought).toarray(), dtype="float32")
    regularised = gram.copy()
    regularised[np.diag_indices(n_products)] += np.float32(params.ease_lambda)
    inverse = _inverse(regularised, scaled(progress, 0.05, 0.55))
    del regularised
    weights = -inverse / np.diag(inverse)[None, :]
    del inverse
    report(progress, 0.6, "Learning which products go together")

    def block(start: int, stop: int) -> tuple[np.ndarray, np.ndarray]:
        scores = np.array(weights[start:stop], dtype="float64")
        common = gram[start:stop]
        scores[common < params.min_common] = 0.0
        return scores, common

    scores, common = top_k_rows(
        block, n_products, n_products, params.neighbours, scaled(progress, 0.6, 1.0)
    )
    log.info("item similarity (EASE): %d products, %d pairs kept", n_products, scores.nnz)
    return ItemSimilarity(scores, common)
