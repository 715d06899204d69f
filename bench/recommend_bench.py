"""Recommendations on real data, against baselines run in the same process:

- Online Retail, trained through 2011-09-30 and judged from 2011-10-01: HR@10, precision@10,
  NDCG@10 and catalogue coverage of our lists, of the best-seller list and of implicit's ALS
  (the `bench` extra) on the very same matrices and the same judged customers; the same on the
  validation split the settings were chosen on (fit before 2011-07-01, judged Jul-Sep 2011);
- the time to build everything the tab and `analyze` show (similar products, every customer's
  list, pair and triple rules, the evaluation) against the time to count best sellers, and the
  process's peak RSS;
- the Groceries baskets (Kaggle: member + day; arules' groceries.csv): the top rules by lift;
- the default split the tab shows (the last 3 months: cut-off 2011-09-10) beside the issue's,
  and the default cut-off judged over the issue's 70 days and over its first 3 weeks, to see
  what makes the default split look weaker (issue 12).

    .venv/bin/python bench/recommend_bench.py
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import append_results, imported_lines, machine_line, peak_rss_mb  # noqa: E402
from core.recommend.basket import BasketParams, basket_rules  # noqa: E402
from core.recommend.build import build_recommendations  # noqa: E402
from core.recommend.evaluate import (  # noqa: E402
    EvaluationParams,
    EvaluationResult,
    _score,
    evaluate,
)
from core.recommend.matrix import product_keys  # noqa: E402
from core.recommend.top_n import RecommendParams, best_sellers, fit_recommender  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
CUTOFF = date(2011, 10, 1)
VALIDATION = date(2011, 7, 1)  # tuning split: inside the training period


def _als(lines: pd.DataFrame, rows_out: list[tuple[str, str]], cutoff: date, label: str) -> None:
    """implicit's ALS on the same training matrix and the same judged customers."""
    try:
        from implicit.als import AlternatingLeastSquares
    except ImportError as exc:
        rows_out.append(("implicit ALS", f"not installed ({exc})"))
        return
    start = pd.Timestamp(cutoff)
    train = lines[lines["order_date"] < start]
    test = lines[(lines["order_date"] >= start) & ~lines["is_return"]]
    model = fit_recommender(train, RecommendParams())
    purchases = model.purchases
    truth = pd.DataFrame(
        {
            "row": purchases.customers.get_indexer(pd.Index(test["customer_id"].astype("str"))),
            "col": purchases.index_of(product_keys(test)),
        }
    )
    truth = truth[truth["row"] >= 0].drop_duplicates()
    unknown = truth["col"] < 0
    truth.loc[unknown, "col"] = -2 - np.arange(int(unknown.sum()))
    owned = purchases.user_item
    truth = truth[
        [c < 0 or owned[r, c] == 0 for r, c in zip(truth["row"], truth["col"], strict=True)]
    ]
    groups = truth.groupby("row")["col"].agg(set)
    rows = groups.index.to_numpy()
    catalogue = int(purchases.merchandise.sum())
    plain = np.tile(best_sellers(model, 10), (len(rows), 1))
    same = _score(plain, list(groups), 10, catalogue)
    rows_out.append(
        (
            f"{label}: for reference, one best-seller top 10 for everyone (not leaving out "
            "what each customer has)",
            f"HR@10 {same.hr:.3f}, precision@10 {same.precision:.3f}, NDCG@10 {same.ndcg:.3f}",
        )
    )
    charges = np.flatnonzero(~purchases.merchandise)
    t0 = time.perf_counter()
    als = AlternatingLeastSquares(factors=64, regularization=0.05, iterations=15, random_state=5)
    als.fit(sp.csr_matrix(owned), show_progress=False)
    ids, _ = als.recommend(
        rows, owned[rows], N=10, filter_already_liked_items=True, filter_items=charges
    )
    elapsed = time.perf_counter() - t0
    scores = _score(np.asarray(ids), list(groups), 10, catalogue)
    rows_out.append(
        (
            f"{label}: implicit ALS (64 factors, 15 iterations), same split",
            f"HR@10 {scores.hr:.3f}, precision@10 {scores.precision:.3f}, "
            f"NDCG@10 {scores.ndcg:.3f}, coverage {scores.coverage:.3f}; fit + lists "
            f"{elapsed:.1f} s",
        )
    )


def _groceries(rows_out: list[tuple[str, str]]) -> None:
    kaggle = DATA / "groceries" / "Groceries_dataset.csv"
    if kaggle.exists():
        frame = pd.read_csv(kaggle)
        basket = frame["Member_number"].astype(str) + "|" + frame["Date"].astype(str)
        rows, _ = pd.factorize(basket)
        cols, items = pd.factorize(frame["itemDescription"].str.strip())
        matrix = sp.csr_matrix((np.ones(len(rows)), (rows, cols)))
        products = pd.DataFrame({"key": items, "name": items, "merchandise": True})
        result = basket_rules(matrix, products, BasketParams(min_support=0.001))
        rows_out.append(
            (
                "Groceries (Kaggle, basket = member + day): baskets, rules at support ≥ 0.1 %",
                f"{result.orders:,} baskets, {len(result.pairs):,} pair rules",
            )
        )
        for r in result.pairs.head(5).itertuples():
            rows_out.append(_rule_row("Groceries (Kaggle) top rule", r))
    arules = DATA / "groceries" / "groceries.csv"
    if arules.exists():
        baskets = [
            [i.strip() for i in line.split(",") if i.strip()]
            for line in arules.read_text(encoding="utf-8").splitlines()
        ]
        items = sorted({i for b in baskets for i in b})
        column = {item: n for n, item in enumerate(items)}
        r_idx = [r for r, b in enumerate(baskets) for _ in set(b)]
        c_idx = [column[i] for b in baskets for i in set(b)]
        matrix = sp.csr_matrix((np.ones(len(r_idx)), (r_idx, c_idx)))
        products = pd.DataFrame({"key": items, "name": items, "merchandise": True})
        result = basket_rules(matrix, products, BasketParams(min_support=0.01))
        for r in result.pairs.head(5).itertuples():
            rows_out.append(_rule_row("Groceries (arules, support ≥ 1 %) top rule", r))


def _rule_row(title: str, r: object) -> tuple[str, str]:
    return (
        f"{title}: {r.antecedent_name} → {r.consequent_name}",  # type: ignore[attr-defined]
        f"lift {r.lift:.2f}, support {r.support:.4f}, "  # type: ignore[attr-defined]
        f"confidence {r.confidence:.3f}",  # type: ignore[attr-defined]
    )


def main() -> int:
    source = DATA / "uci-online-retail" / "online_retail.csv.gz"
    if not source.exists():
        print("../shared/data/uci-online-retail is absent: nothing to measure.")
        return 1
    rows: list[tuple[str, str]] = []
    lines = imported_lines(source)
    rss_before = peak_rss_mb()

    t0 = time.perf_counter()
    sold = lines[~lines["is_return"]]
    sold.groupby(product_keys(sold))["customer_id"].nunique().nlargest(10)
    t_baseline = time.perf_counter() - t0

    t0 = time.perf_counter()
    everything = build_recommendations(lines)
    t_all = time.perf_counter() - t0
    rss_after = peak_rss_mb()
    rows.append(("best-seller list (baseline): count customers per product", f"{t_baseline:.2f} s"))
    rows.append(
        (
            "build everything (similar products, lists for "
            f"{everything.customers['customer_id'].nunique():,} customers, "
            f"{len(everything.rules.pairs):,} pair + {len(everything.rules.triples):,} triple "
            "rules, evaluation)",
            f"{t_all:.1f} s = {t_all / t_baseline:.0f}× the best-seller count",
        )
    )
    rows.append(("peak RSS before / after building", f"{rss_before:.0f} MB / {rss_after:.0f} MB"))

    t0 = time.perf_counter()
    split = evaluate(lines, EvaluationParams(cutoff=CUTOFF))
    t_eval = time.perf_counter() - t0
    ours, pop = split.ours, split.popularity
    rows.append(
        (
            f"Online Retail split at {CUTOFF} ({split.customers:,} customers judged): ours",
            f"HR@10 {ours.hr:.3f}, precision@10 {ours.precision:.3f}, NDCG@10 {ours.ndcg:.3f}, "
            f"coverage {ours.coverage:.3f}; fit + lists {t_eval:.1f} s",
        )
    )
    rows.append(
        (
            "best-seller list (same customers, same exclusions)",
            f"HR@10 {pop.hr:.3f}, precision@10 {pop.precision:.3f}, NDCG@10 {pop.ndcg:.3f}, "
            f"coverage {pop.coverage:.3f}",
        )
    )
    rows.append(
        (
            "ours / best sellers",
            f"HR@10 {ours.hr / pop.hr:.2f}×, precision@10 {ours.precision / pop.precision:.2f}×,"
            f" NDCG@10 {ours.ndcg / pop.ndcg:.2f}× (target HR@10 ≥ 2×)",
        )
    )
    _als(lines, rows, CUTOFF, "Online Retail split")
    before = lines[lines["order_date"] < pd.Timestamp(CUTOFF)]
    tuning = evaluate(before, EvaluationParams(cutoff=VALIDATION))
    ours, pop = tuning.ours, tuning.popularity
    rows.append(
        (
            f"validation split at {VALIDATION}, judged to {tuning.test_end} "
            f"({tuning.customers:,} customers judged; settings chosen here): ours / best sellers",
            f"HR@10 {ours.hr:.3f} / {pop.hr:.3f} = {ours.hr / pop.hr:.2f}×, precision@10 "
            f"{ours.precision:.3f} / {pop.precision:.3f} = {ours.precision / pop.precision:.2f}×, "
            f"NDCG@10 {ours.ndcg:.3f} / {pop.ndcg:.3f} = {ours.ndcg / pop.ndcg:.2f}×, "
            f"coverage {ours.coverage:.3f} / {pop.coverage:.3f}",
        )
    )
    _als(before, rows, VALIDATION, "validation split")
    rows += _default_split(lines, everything.evaluation)
    _groceries(rows)
    rows.append(("peak RSS at the end", f"{peak_rss_mb():.0f} MB"))
    for name, value in rows:
        print(f"{name}: {value}")
    append_results("Recommendations (bench/recommend_bench.py)", machine_line(), rows)
    return 0


def _default_split(lines: pd.DataFrame, default: EvaluationResult | None) -> list[tuple[str, str]]:
    """The default split against the issue's, and the default cut-off on shorter windows."""
    out = []
    if default is None:
        return [("default split", "not measured (too little history)")]
    runs = [("default split (the last 3 months)", default)]
    default_cut = default.cutoff
    if default_cut is not None:
        for label, end in (
            ("default cut-off judged over the issue's 70 days", "2011-11-19"),
            ("default cut-off judged over its first 3 weeks only", "2011-10-01"),
        ):
            window = lines[lines["order_date"] < pd.Timestamp(end)]
            runs.append((label, evaluate(window, EvaluationParams(cutoff=default_cut))))
    for label, result in runs:
        ours, pop = result.ours, result.popularity
        out.append(
            (
                f"{label}: cut-off {result.cutoff}, judged to {result.test_end} "
                f"({result.customers:,} customers judged): ours / best sellers",
                f"HR@10 {ours.hr:.3f} / {pop.hr:.3f} = {ours.hr / pop.hr:.2f}×, precision@10 "
                f"{ours.precision:.3f} / {pop.precision:.3f} = "
                f"{ours.precision / pop.precision:.2f}×",
            )
        )
    return out


if __name__ == "__main__":
    raise SystemExit(main())
