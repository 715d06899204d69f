"""Similar products by what they are called: the fallback for products with few or no sales.

Why: a product added last week has no co-purchases, so item-to-item similarity cannot place it.
Its name and category can: TF-IDF over words catches "JUMBO BAG RED" ~ "JUMBO BAG PINK", and over
character 2-3-grams catches names with no spaces between words (Chinese: "纯棉短袖T恤男" ~
"纯棉长袖T恤男"), where a word tokenizer would see one long word. Both are blended into the
co-purchase similarity with a weight that fades as a product's own sales evidence grows.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from core.progress import Progress
from core.recommend.item_knn import ItemSimilarity
from core.recommend.sparse_tools import top_k_rows

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ContentParams:
    neighbours: int = 30
    min_similarity: float = 0.2  # below this two names have little in common
    #: A product's co-purchase evidence counts as "thin" on this many buyers: its content weight
    #: is evidence / (evidence + buyers), 1 for a product nobody bought yet, 0.5 at this many.
    evidence: float = 5.0
    #: How far a thinly-sold product is pulled into the similar lists of well-sold products with
    #: a similar name (1 would let every new product outrank proven co-purchases).
    new_product_weight: float = 0.25


def product_texts(products: pd.DataFrame) -> list[str]:
    names = products["name"].astype("str").fillna("")
    categories = products["category"].astype("str").fillna("")
    return [f"{n} {c}".strip().lower() for n, c in zip(names, categories, strict=True)]


def text_vectors(texts: list[str]) -> sp.csr_matrix:
    """Rows: TF-IDF of words and of character 2-3-grams side by side, each half normalised."""
    if not any(t.strip() for t in texts):
        return sp.csr_matrix((len(texts), 0))
    parts = []
    for vectorizer in (
        TfidfVectorizer(analyzer="word", token_pattern=r"(?u)\b\w\w+\b", sublinear_tf=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3), sublinear_tf=True),
    ):
        try:
            parts.append(vectorizer.fit_transform(texts))
        except ValueError:  # no token at all of this kind (e.g. one-letter names)
            continue
    if not parts:
        return sp.csr_matrix((len(texts), 0))
    return sp.csr_matrix(normalize(sp.hstack(parts).tocsr()))


def content_similarity(
    products: pd.DataFrame,
    params: ContentParams = ContentParams(),
    progress: Progress | None = None,
) -> sp.csr_matrix:
    """Product × product cosine of names and categories, the best `neighbours` per product."""
    vectors = text_vectors(product_texts(products))
    n = vectors.shape[0]
    if vectors.shape[1] == 0 or n < 2:
        return sp.csr_matrix((n, n))
    vectors_t = sp.csr_matrix(vectors.T)

    def block(start: int, stop: int) -> tuple[np.ndarray, np.ndarray]:
        scores = (vectors[start:stop] @ vectors_t).toarray()
        scores[scores < params.min_similarity] = 0.0
        return scores, np.zeros_like(scores)

    scores, _ = top_k_rows(block, n, n, params.neighbours, progress, "Comparing product names")
    return scores


def content_weights(buyers: np.ndarray, params: ContentParams = ContentParams()) -> np.ndarray:
    """How much the name similarity counts for each product: 1 with no buyers, fading after."""
    buyers = np.asarray(buyers, dtype="float64")
    if params.evidence <= 0:
        return np.zeros_like(buyers)
    return params.evidence / (params.evidence + buyers)


def blend(
    similarity: ItemSimilarity,
    content: sp.csr_matrix,
    buyers: np.ndarray,
    params: ContentParams = ContentParams(),
) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """Co-purchase scores plus name scores: row i (the products like i) takes the name scores
    at i's own content weight, so a product with no sales is described by its name alone; a
    thinly-sold neighbour j is pulled in at a quarter of j's weight, so new products can reach
    customers' lists without outranking proven co-purchases.

    Name scores (cosines, up to 1) are first put on the scale of the co-purchase scores (EASE
    weights are far smaller than cosines): a perfect name match counts like a co-purchase
    score at the 90th percentile.

    Returns the blended scores and the name part alone (to say which reason applies)."""
    weights = content_weights(buyers, params)
    learnt = similarity.scores.data
    scale = float(np.quantile(learnt, 0.9)) if learnt.size else 1.0
    coo = sp.coo_matrix(content * scale)
    pair_weight = np.maximum(weights[coo.row], params.new_product_weight * weights[coo.col])
    weighted = sp.csr_matrix(
        (coo.data * pair_weight, (coo.row, coo.col)),
        shape=content.shape,
    )
    weighted.eliminate_zeros()
    return sp.csr_matrix(similarity.scores + weighted), weighted
