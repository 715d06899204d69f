"""How often the lists would have been right: a time split of the shop's own history.

Why this way:
- The model learns only from orders before the cut-off and is judged on what customers bought
  after it: the same situation as a shop using the lists today. Nothing after the cut-off is
  seen by the fit — not the catalogue, not the popularity counts (tests/core/recommend checks
  that altering every later order changes no list).
- Judged are customers known before the cut-off who bought, after it, a product they had not
  bought before (a list leaves out what they already have, so only new products can be hits).
  Customers first seen after the cut-off get the best-seller list from both, so they would not
  tell the two apart; they are counted in the notes.
- Measures at 10: hit rate (share of customers who bought at least one listed product),
  precision (listed products bought / 10), NDCG (hits near the top count more) and catalogue
  coverage (share of the products on sale that appear in some list) — ours and the best-seller
  list side by side.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np
import pandas as pd

from core.errors import NotEnoughHistoryError as NotEnoughHistoryError  # re-exported: raised here
from core.progress import Progress, report, scaled
from core.recommend.matrix import product_keys
from core.recommend.top_n import RecommendParams, fit_recommender, recommend_columns

log = logging.getLogger(__name__)



@dataclass(frozen=True)
class EvaluationParams:
    cutoff: date | None = None  # first day of the test period; default: `months` before the end
    months: int = 3
    k: int = 10
    recommend: RecommendParams = field(default_factory=RecommendParams)


@dataclass(frozen=True)
class Scores:
    hr: float  # share of judged customers with at least one hit in their list
    precision: float
    ndcg: float
    coverage: float


@dataclass(frozen=True)
class EvaluationResult:
    cutoff: date
    test_end: date
    months: float
    customers: int  # customers judged
    new_customers: int  # first seen after the cut-off (not judged)
    ours: Scores
    popularity: Scores
    lists: pd.DataFrame  # customer_id, rank, ours (product key), popular (product key)
    notes: list[str]


def default_cutoff(lines: pd.DataFrame, months: int) -> date:
    end = pd.Timestamp(lines["order_date"].max()).normalize()
    return (end - pd.DateOffset(months=months) + pd.Timedelta(days=1)).date()


def _score(columns: np.ndarray, relevant: list[set[int]], k: int, n_catalogue: int) -> Scores:
    discounts = 1.0 / np.log2(np.arange(2, k + 2))
    hits = np.zeros(len(relevant))
    precision = np.zeros(len(relevant))
    ndcg = np.zeros(len(relevant))
    for i, truth in enumerate(relevant):
        gains = np.array([1.0 if c in truth else 0.0 for c in columns[i, :k]])
        found = gains.sum()
        hits[i] = found > 0
        precision[i] = found / k
        ideal = discounts[: min(len(truth), k)].sum()
        ndcg[i] = float(gains @ discounts[: len(gains)]) / ideal if ideal else 0.0
    shown = np.unique(columns[:, :k][columns[:, :k] >= 0])
    return Scores(
        float(hits.mean()) if len(hits) else 0.0,
        float(precision.mean()) if len(hits) else 0.0,
        float(ndcg.mean()) if len(hits) else 0.0,
        len(shown) / max(n_catalogue, 1),
    )


def _kept_purchases(later: pd.DataFrame) -> pd.DataFrame:
    """Sold lines after the cut-off whose product the customer did not send back in full in
    the same period: a product bought and returned is no hit (returns net out)."""
    keys = product_keys(later).fillna("")
    units = later["quantity"].fillna(np.sign(later["amount"]))
    net = units.groupby([later["customer_id"].fillna(""), keys]).transform("sum")
    return later[~later["is_return"] & (net > 0)]


def evaluate(
    lines: pd.DataFrame,
    params: EvaluationParams = EvaluationParams(),
    progress: Progress | None = None,
) -> EvaluationResult:
    """Fit on the orders before the cut-off, judge both lists on the orders from it on."""
    if lines.empty:
        raise NotEnoughHistoryError("There are no orders to learn from: import an order export.")
    cutoff = params.cutoff or default_cutoff(lines, params.months)
    start = pd.Timestamp(cutoff)
    dates = lines["order_date"]
    if lines["customer_id"].isna().all():
        raise NotEnoughHistoryError(
            "Measuring the lists needs to know who placed each order, and these orders name no "
            "customer: import an export with a customer (e-mail or customer number) column."
        )
    train = lines[dates < start].reset_index(drop=True)
    test = _kept_purchases(lines[dates >= start])
    if train.empty or test.empty:
        raise NotEnoughHistoryError(
            f"Measuring the lists needs orders both before and after {cutoff.isoformat()}: "
            "import a longer history (at least a few months) to see how often they are right."
        )
    report(progress, 0.0, "Learning from the orders before the cut-off")
    model = fit_recommender(train, params.recommend, scaled(progress, 0.0, 0.7))
    purchases = model.purchases
    report(progress, 0.7, "Checking the lists against later orders")
    truth = pd.DataFrame(
        {
            "row": purchases.customers.get_indexer(pd.Index(test["customer_id"].astype("str"))),
            "col": purchases.index_of(product_keys(test)),
            "customer": test["customer_id"].astype("str").to_numpy(),
        }
    )
    new_customers = int(truth.loc[truth["row"] < 0, "customer"].dropna().nunique())
    truth = truth[(truth["row"] >= 0)].drop_duplicates(["row", "col"])
    owned = purchases.user_item
    unknown_col = truth["col"] < 0
    # A product unknown before the cut-off cannot be listed, but it still was a purchase.
    truth.loc[unknown_col, "col"] = -2 - np.arange(int(unknown_col.sum()))
    # one look-up for every (customer, product) pair: element by element took seconds of
    # interpreter time on Online Retail with no point where Cancel could stop it
    row_of, col_of = truth["row"].to_numpy(dtype=np.int64), truth["col"].to_numpy(dtype=np.int64)
    known = col_of >= 0
    is_new = np.ones(len(truth), dtype=bool)
    if known.any():
        had = np.asarray(owned[row_of[known], col_of[known]]).ravel()
        is_new[known] = had == 0
    truth = truth[is_new]
    groups = truth.groupby("row")["col"].agg(set)
    rows = groups.index.to_numpy(dtype="int64")
    relevant = list(groups)
    if len(rows) == 0:
        raise NotEnoughHistoryError(
            f"No customer known before {cutoff.isoformat()} bought a new product after it: "
            "the lists cannot be measured on this history yet."
        )
    recommend = replace(params.recommend, n=params.k)
    ours, _ = recommend_columns(model, rows, recommend, progress=scaled(progress, 0.7, 0.9))
    popular, _ = recommend_columns(
        model, rows, recommend, popularity_only=True, progress=scaled(progress, 0.9, 1.0)
    )
    catalogue = int(purchases.merchandise.sum())
    test_end = pd.Timestamp(test["order_date"].max()).date()
    months = round((test_end - cutoff).days / 30.44, 1)
    keys = purchases.products["key"].to_numpy(dtype=object)
    customers = purchases.customers.to_numpy(dtype=object)[rows]
    lists = pd.DataFrame(
        {
            "customer_id": np.repeat(customers, params.k),
            "rank": np.tile(np.arange(1, params.k + 1), len(rows)),
            "ours": [keys[c] if c >= 0 else None for c in ours.ravel()],
            "popular": [keys[c] if c >= 0 else None for c in popular.ravel()],
        }
    )
    result = EvaluationResult(
        cutoff,
        test_end,
        months,
        len(rows),
        new_customers,
        _score(ours, relevant, params.k, catalogue),
        _score(popular, relevant, params.k, catalogue),
        lists,
        [
            f"Judged: {len(rows):,} customers who bought before {cutoff.isoformat()} and bought "
            f"something new to them from then to {test_end.isoformat()}.",
            f"{new_customers:,} customers first seen after the cut-off get the best-seller list "
            "and are not judged.",
        ],
    )
    report(progress, 1.0, "Measured")
    log.info("evaluation: ours %s, popularity %s", result.ours, result.popularity)
    return result
