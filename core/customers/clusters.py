"""Customer clusters: KMeans on log-scaled behaviour, k chosen by silhouette, each cluster named
in plain words from its centre ("frequent, high-spend, recent").

Why: RFM cuts customers on fixed lines; clusters find the groups the shop actually has. The
features are log-scaled (spend and counts are heavy-tailed: without logs one wholesaler would
be a cluster of their own) and standardised; the silhouette is computed on a seeded sample so
100,000 customers cost seconds. Everything is seeded: the same shop gives the same clusters.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import StandardScaler

from core.customers.features import (
    NoCustomerDataError,
    customer_lines,
    customer_summary,
    single_threaded,
)
from core.messages import say
from core.progress import Progress, report

log = logging.getLogger(__name__)

#: feature -> (word when high, word when low), for the plain-words description.
FEATURE_WORDS: dict[str, tuple[str, str]] = {
    "recency": ("lapsed", "recent"),
    "frequency": ("frequent", "infrequent"),
    "monetary": ("high-spend", "low-spend"),
    "tenure": ("long-standing", "new"),
    "avg_basket": ("big baskets", "small baskets"),
    "return_rate": ("returns a lot", "rarely returns"),
}
_MAX_CATEGORIES = 5


@dataclass(frozen=True)
class ClusterParams:
    as_of: date | None = None
    k_min: int = 2
    k_max: int = 8
    seed: int = 0
    silhouette_sample: int = 5000
    min_customers: int = 20


@dataclass(frozen=True)
class ClusterResult:
    customers: pd.DataFrame  # index customer_id: cluster, the features in plain units
    profiles: pd.DataFrame  # one row per cluster: size, medians, description
    k: int
    silhouettes: dict[int, float]


def _category_mix(lines: pd.DataFrame, index: pd.Index) -> pd.DataFrame:
    """Share of each customer's spend in the shop's top categories (empty without categories)."""
    if "category" not in lines or lines["category"].isna().all():
        return pd.DataFrame(index=index)
    sold = lines[~lines["is_return"] & lines["category"].notna()]
    spend = sold.groupby(["customer_id", "category"])["amount"].sum().clip(lower=0)
    top = spend.groupby(level="category").sum().nlargest(_MAX_CATEGORIES).index
    # each customer's spend over all categories, then only the top ones spread into columns:
    # customers x _MAX_CATEGORIES, however many categories the shop has
    total = spend.groupby(level="customer_id").sum()
    table = spend[spend.index.get_level_values("category").isin(top)].unstack("category")
    table = table.reindex(index=total.index, columns=list(top)).fillna(0.0)
    share = table.div(total.replace(0, np.nan), axis=0).fillna(0.0)
    share = share.reindex(index, fill_value=0.0)
    share.columns = [f"cat_{i + 1}" for i in range(len(share.columns))]
    share.attrs["names"] = [str(c) for c in top]
    return share


def behaviour_features(lines: pd.DataFrame, as_of: date | None = None) -> pd.DataFrame:
    """Plain-unit features per customer (recency days, purchases, net spend, tenure days,
    average basket, return rate, category shares)."""
    summary = customer_summary(lines, as_of)
    features = pd.DataFrame(
        {
            "recency": summary["recency_days"].astype("float64"),
            "frequency": summary["purchases"].astype("float64"),
            "monetary": summary["net"].clip(lower=0.0),
            "tenure": summary["tenure_days"].astype("float64"),
            "avg_basket": summary["avg_basket"].clip(lower=0.0),
            "return_rate": summary["return_rate"],
        },
        index=summary.index,
    )
    mix = _category_mix(customer_lines(lines, as_of), summary.index)
    out = features.join(mix)
    out.attrs["categories"] = mix.attrs.get("names", [])
    return out


def describe(description: str, translate: Callable[[str], str]) -> str:
    """A description like "frequent, high-spend, recent" in another language, word by word."""
    return ", ".join(translate(word) for word in description.split(", "))


def _describe(centre: pd.Series) -> str:
    """Plain words for a standardised centre: the strongest traits first."""
    words: list[tuple[float, str]] = []
    for feature, (high, low) in FEATURE_WORDS.items():
        z = float(centre.get(feature, 0.0))
        if abs(z) >= 0.4:
            words.append((abs(z), high if z > 0 else low))
    words.sort(reverse=True)
    return ", ".join(w for _, w in words[:3]) or "average on every measure"


def compute_clusters(
    lines: pd.DataFrame, params: ClusterParams = ClusterParams(), progress: Progress | None = None
) -> ClusterResult:
    """Group the customers as of `params.as_of`; see the module docstring."""
    with single_threaded():
        return _compute_clusters(lines, params, progress)


def _compute_clusters(
    lines: pd.DataFrame, params: ClusterParams, progress: Progress | None
) -> ClusterResult:
    report(progress, 0.05, "Describing customer behaviour")
    features = behaviour_features(lines, params.as_of)
    if len(features) < params.min_customers:
        raise NoCustomerDataError(
            f"Only {len(features)} customers bought something; grouping needs at least "
            f"{params.min_customers}. Import more orders."
        )
    scaled_input = features.copy()
    for column in ("recency", "frequency", "monetary", "tenure", "avg_basket"):
        scaled_input[column] = np.log1p(scaled_input[column])
    matrix = StandardScaler().fit_transform(scaled_input.to_numpy(dtype="float64"))
    matrix = np.nan_to_num(matrix)
    rng = np.random.default_rng(params.seed)
    sample = (
        rng.choice(len(matrix), params.silhouette_sample, replace=False)
        if len(matrix) > params.silhouette_sample
        else np.arange(len(matrix))
    )
    k_max = min(params.k_max, len(np.unique(matrix, axis=0)) - 1)
    silhouettes: dict[int, float] = {}
    models: dict[int, KMeans] = {}
    ks = list(range(params.k_min, max(k_max, params.k_min) + 1))
    for i, k in enumerate(ks):
        model = KMeans(n_clusters=k, n_init=4, random_state=params.seed).fit(matrix)
        models[k] = model
        labels = model.labels_[sample]
        score = silhouette_score(matrix[sample], labels) if len(set(labels)) > 1 else -1.0
        silhouettes[k] = round(float(score), 4)
        report(progress, 0.1 + 0.8 * (i + 1) / len(ks), say("Trying {count} groups", count=k))
    k = max(silhouettes, key=lambda key: (silhouettes[key], -key))
    best = models[k]
    labels = best.labels_
    centres = pd.DataFrame(best.cluster_centers_, columns=scaled_input.columns)
    # number clusters by median spend, biggest spenders first, so the labels are stable to read
    medians = features.groupby(labels)["monetary"].median()
    order = list(medians.sort_values(ascending=False).index)
    relabel = {old: new for new, old in enumerate(order)}
    customers = features.copy()
    customers["cluster"] = np.array([relabel[v] for v in labels], dtype="int64")
    grouped = customers.groupby("cluster")
    profiles = grouped[list(features.columns)].median()
    profiles.insert(0, "customers", grouped.size())
    profiles.insert(1, "customer_share", profiles["customers"] / len(customers))
    profiles["description"] = [_describe(centres.iloc[old]) for old in order]
    profiles.index.name = "cluster"
    profiles.attrs["categories"] = features.attrs.get("categories", [])
    report(progress, 1.0, "Groups ready")
    log.info("clusters: k=%d silhouettes=%s", k, silhouettes)
    return ClusterResult(customers, profiles, k, silhouettes)
