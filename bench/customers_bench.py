"""Customer analyses: each step's time on the real UCI Online Retail shop and on 100,000
synthetic customers, with peak memory, as ratios against baselines run in the same process:

- every step against a bare pandas `groupby(customer).amount.sum()` of the same lines (the least
  any per-customer analysis must do);
- the synthetic customers are drawn from a BG/NBD process with known parameters, so the fit's
  recovery of them is shown too.
Each part runs in its own process so its peak RSS is its own. Figures go to bench/RESULTS.md.

    .venv/bin/python bench/customers_bench.py [--customers 100000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import append_results, imported_lines, machine_line, peak_rss_mb  # noqa: E402
from core.customers.bgnbd import BgNbdParams, fit_bgnbd, fit_checked  # noqa: E402
from core.customers.churn import compute_churn  # noqa: E402
from core.customers.clusters import compute_clusters  # noqa: E402
from core.customers.clv import compute_clv  # noqa: E402
from core.customers.cohorts import compute_cohorts  # noqa: E402
from core.customers.features import CUSTOMER_COLUMNS, customer_summary  # noqa: E402
from core.customers.rfm import compute_rfm  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "uci-online-retail" / "online_retail.csv.gz"
TRUE = {"r": 0.25, "alpha": 4.0, "a": 0.8, "b": 2.5}  # weeks, close to CDNOW's


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def steps(lines: pd.DataFrame, label: str) -> list[tuple[str, str]]:
    """Time every customer step on `lines` against a bare per-customer groupby."""
    t_bare, _ = timed(lambda: lines.groupby("customer_id")["amount"].sum())
    rows = [(f"{label}: bare groupby(customer).amount.sum()", f"{t_bare * 1000:.0f} ms")]

    def ratio(t: float) -> str:
        return f"{t:.2f} s = {t / t_bare:.0f}× bare"

    t, summary = timed(lambda: customer_summary(lines))
    rows.append((f"{label}: customer_summary ({len(summary):,} customers)", ratio(t)))
    t_fit, model = timed(
        lambda: fit_bgnbd(summary["frequency"], summary["t_x"], summary["T"], BgNbdParams())
    )
    rows.append((f"{label}: BG/NBD fit", ratio(t_fit)))
    rows.append(
        (
            f"{label}: BG/NBD parameters",
            f"r={model.r:.3f} alpha={model.alpha:.3f} a={model.a:.3f} b={model.b:.3f}",
        )
    )
    checked = fit_checked(summary["frequency"], summary["t_x"], summary["T"])
    rows.append(
        (
            f"{label}: BG/NBD checked fit (degenerate plain fit → L2 refit, else flagged)",
            f"degenerate={checked.degenerate} penalizer={checked.penalizer:g} "
            f"r={checked.r:.3f} alpha={checked.alpha:.3f} a={checked.a:.3f} b={checked.b:.3f}",
        )
    )
    for name, fn in (
        ("RFM segments", lambda: compute_rfm(lines)),
        ("cohorts", lambda: compute_cohorts(lines)),
        ("clusters (k 2..8)", lambda: compute_clusters(lines)),
        ("lifetime value (BG/NBD + Gamma-Gamma + next order)", lambda: compute_clv(lines)),
        ("churn (time split, BG/NBD ranker, reasons)", lambda: compute_churn(lines)),
    ):
        t, result = timed(fn)
        extra = ""
        if name.startswith("churn"):
            extra = (
                f"; AUC {result.auc:.3f} vs BG/NBD {result.baseline_auc or float('nan'):.3f}; "
                f"ranked by {result.model}; Brier {result.brier_uncalibrated or float('nan'):.4f} "
                f"uncalibrated → {result.brier:.4f} calibrated ({result.calibration_method}); "
                f"mean risk {result.calibration['predicted'].mean():.3f} vs churned "
                f"{result.churn_rate:.3f}"
            )
        if name.startswith("lifetime"):
            extra = f"; BG/NBD degenerate: {result.bgnbd_degenerate}"
        if name.startswith("clusters"):
            extra = f"; k={result.k}"
        rows.append((f"{label}: {name}", ratio(t) + extra))
    return rows


def synthetic_lines(customers: int, seed: int = 1) -> pd.DataFrame:
    """Order lines of customers who follow a BG/NBD process with TRUE parameters (weeks):
    first purchase in the first 12 weeks, observed to week 52."""
    rng = np.random.default_rng(seed)
    lam = rng.gamma(TRUE["r"], 1 / TRUE["alpha"], customers)  # purchases per week
    p = rng.beta(TRUE["a"], TRUE["b"], customers)
    start = rng.integers(0, 84, customers).astype("float64") / 7  # weeks
    end = 52.0
    ids, weeks = [np.arange(customers)], [start]
    now = start.copy()
    alive = np.ones(customers, dtype=bool)
    while alive.any():
        now = now + rng.exponential(1 / np.maximum(lam, 1e-12))
        alive &= now < end
        ids.append(np.flatnonzero(alive))
        weeks.append(now[alive])
        alive &= rng.random(customers) >= p  # drop out after a repeat purchase
    customer = np.concatenate(ids)
    day = np.floor(np.concatenate(weeks) * 7).astype("int64")
    n = len(customer)
    return pd.DataFrame(
        {
            "order_id": pd.Series(np.arange(n).astype("str"), dtype="str"),
            "order_date": pd.Timestamp("2024-01-01") + pd.to_timedelta(day, unit="D"),
            "customer_id": pd.Series(customer.astype("str"), dtype="str"),
            "category": pd.Series([np.nan] * n, dtype="str"),
            "quantity": 1.0,
            "amount": np.round(rng.gamma(4.0, 10.0, n), 2),
            "refund_amount": np.nan,
            "is_return": False,
        }
    ).sort_values("order_date", ignore_index=True)


def part_retail() -> list[tuple[str, str]]:
    t_load, lines = timed(lambda: imported_lines(DATA, CUSTOMER_COLUMNS))
    rows = [("Online Retail: import + load_lines(columns=CUSTOMER_COLUMNS)", f"{t_load:.2f} s")]
    rows += steps(lines, "Online Retail")
    rows.append(("Online Retail: peak RSS (import included)", f"{peak_rss_mb():.0f} MB"))
    return rows


def part_synthetic(customers: int) -> list[tuple[str, str]]:
    t_make, lines = timed(lambda: synthetic_lines(customers))
    label = f"{customers // 1000}k synthetic"
    rows = [(f"{label}: {len(lines):,} purchase lines drawn", f"{t_make:.2f} s")]
    rows += steps(lines, label)
    rows.append((f"{label}: true parameters", " ".join(f"{k}={v}" for k, v in TRUE.items())))
    rows.append((f"{label}: peak RSS", f"{peak_rss_mb():.0f} MB"))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--part", choices=("retail", "synthetic"))
    args = parser.parse_args()
    if args.part == "retail":
        print(json.dumps(part_retail()))
        return 0
    if args.part == "synthetic":
        print(json.dumps(part_synthetic(args.customers)))
        return 0
    rows: list[tuple[str, str]] = []
    parts = ["synthetic"] + (["retail"] if DATA.exists() else [])
    if not DATA.exists():
        print("../shared/data/uci-online-retail is absent: only the synthetic part runs.")
    for part in parts:
        done = subprocess.run(
            [sys.executable, __file__, "--part", part, "--customers", str(args.customers)],
            capture_output=True,
            text=True,
            check=True,
        )
        rows += [tuple(r) for r in json.loads(done.stdout.strip().splitlines()[-1])]
    print(*(f"{k}: {v}" for k, v in rows), sep="\n")
    append_results("Customers: Online Retail and synthetic customers", machine_line(), rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
