"""Forecast accuracy and speed on real data, against baselines run in the same process:

- accuracy on (a) weekly sales of the 200 best-selling Online Retail products and (b) the
  Walmart weekly department series: the chosen forecasts' backtest MASE against seasonal naive
  (target <= 0.85x) and against plain ETS (statsmodels Holt-Winters on every series, the same
  origins; target: no worse), and the 80% band's coverage (target 70-90%);
- time for all Online Retail products with at least 10 sales, and at 25% / 50% of them
  (seeded samples): time per product must not grow with the number of products; peak RSS.
Figures are appended to bench/RESULTS.md.

- against the best single simple method (seasonal naive or a moving average of 4/8/13 weeks,
  scored on the same points), and the bands' width (mean interval score, scale units, lower is
  better) per demand class against the former one band per level.

    .venv/bin/python bench/forecast_bench.py [--accuracy-only]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import append_results, imported_lines, machine_line, peak_rss_mb  # noqa: E402
from core.forecast.accuracy import mean_defined, series_mase  # noqa: E402
from core.forecast.backtest import run_backtest  # noqa: E402
from core.forecast.engine import forecast_panel  # noqa: E402
from core.forecast.series import FORECAST_COLUMNS, Panel, build_series  # noqa: E402
from core.forecast.smoothing import ets  # noqa: E402
from core.forecast.view import choose_season  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
RETAIL = DATA / "uci-online-retail" / "online_retail.csv.gz"
WALMART = DATA / "walmart-sales-weekly" / "walmart_sales_weekly.csv"
HORIZON = 8


def walmart_panel() -> Panel:
    frame = pd.read_csv(WALMART)
    frame["Date"] = pd.to_datetime(frame["Date"])
    wide = frame.pivot(index="id", columns="Date", values="Weekly_Sales")
    periods = pd.DatetimeIndex(pd.PeriodIndex(wide.columns, freq="W-SUN").start_time)
    return Panel(
        "category",
        [str(k) for k in wide.index],
        [str(k) for k in wide.index],
        wide.to_numpy(dtype="float64"),
        np.zeros(len(wide), dtype="int64"),
        periods,
        "week",
        "net_sales",
    )


def accuracy_rows(name: str, panel: Panel) -> list[tuple[str, str]]:
    start = time.perf_counter()
    result = forecast_panel(panel, HORIZON)
    seconds = time.perf_counter() - start
    s = result.summary
    origins = sorted(
        panel.length - result.horizon - k * max(1, result.horizon // 2)
        for k in range(int(s["origins"]))
    )
    season = choose_season(panel.frequency, origins[0])
    start = time.perf_counter()
    plain = run_backtest(panel, {"ets": ets}, origins, result.horizon, season=season)
    ets_seconds = time.perf_counter() - start
    ets_mase = mean_defined(
        series_mase(plain.forecasts["ets"], plain.actual, plain.valid, plain.scale)
    )
    mase, snaive = float(s["mase"]), float(s["snaive_mase"])
    print(
        f"{name}: MASE {mase:.3f}, seasonal naive {snaive:.3f} ({mase / snaive:.3f}x), "
        f"plain ETS {ets_mase:.3f} ({mase / ets_mase:.3f}x), coverage80 {s['coverage80']}, "
        f"coverage95 {s['coverage95']}, methods {s['method_counts']}, {seconds:.1f} s"
    )
    return [
        (f"{name}: MASE (chosen per series)", f"{mase:.3f}"),
        (
            f"{name}: seasonal naive MASE ({s['baseline']})",
            f"{snaive:.3f}; ours = {mase / snaive:.3f}× (target ≤ 0.85×)",
        ),
        (
            f"{name}: plain ETS MASE (statsmodels, same origins)",
            f"{ets_mase:.3f}; ours = {mase / ets_mase:.3f}× (target ≤ 1×); "
            f"ETS took {ets_seconds:.1f} s",
        ),
        (f"{name}: WAPE ours / seasonal naive", f"{s['wape']:.3f} / {s['snaive_wape']:.3f}"),
        (
            f"{name}: 80% / 95% band coverage on the backtest",
            f"{s['coverage80']:.3f} / {s['coverage95']:.3f} (target 0.70-0.90 for 80%)",
        ),
        _simple_row(name, mase, s["simple_mase"]),
        (
            f"{name}: band width, mean interval score 80% / 95% (per demand class; "
            "one band per level before)",
            f"{s['interval_score80']:.3f} / {s['interval_score95']:.3f} (before "
            f"{s['pooled_bands']['interval_score80']:.3f} / "
            f"{s['pooled_bands']['interval_score95']:.3f}); coverage before "
            f"{s['pooled_bands']['coverage80']:.3f} / {s['pooled_bands']['coverage95']:.3f}",
        ),
        (
            f"{name}: series with fewer than 4 test points (accuracy not known yet)",
            f"{s['accuracy_unknown']}",
        ),
        (f"{name}: methods chosen", ", ".join(f"{k} {v}" for k, v in s["method_counts"].items())),
        (
            f"{name}: time ({panel.size} series, {s['origins']} origins, {result.horizon} ahead)",
            f"{seconds:.1f} s",
        ),
    ]


def _simple_row(name: str, mase: float, simple: dict[str, float | None]) -> tuple[str, str]:
    known = {k: v for k, v in simple.items() if v is not None}
    best = min(known, key=lambda k: known[k])
    listed = ", ".join(f"{k} {v:.3f}" for k, v in known.items())
    return (
        f"{name}: best single simple method ({listed})",
        f"{best} {known[best]:.3f}; ours = {mase / known[best]:.3f}× (target ≤ 1×)",
    )


def main() -> int:
    if not (RETAIL.exists() and WALMART.exists()):
        print("../shared/data (Online Retail, Walmart) is absent: nothing to measure.")
        return 1
    rows: list[tuple[str, str]] = []
    lines = imported_lines(RETAIL, FORECAST_COLUMNS)
    products = build_series(lines).panels["product"]
    top = np.sort(np.argsort(-products.values.sum(axis=1), kind="stable")[:200])
    rows += accuracy_rows("Online Retail top 200 products, weekly", products.subset(top))
    rows += accuracy_rows("Walmart 7 departments, weekly", walmart_panel())
    if "--accuracy-only" in sys.argv:
        append_results("Forecast accuracy: Online Retail products, Walmart", machine_line(), rows)
        return 0
    rng = np.random.default_rng(7)
    per_product = []
    for share in (0.25, 0.5, 1.0):
        count = round(products.size * share)
        rows_ = np.sort(rng.choice(products.size, count, replace=False))
        start = time.perf_counter()
        forecast_panel(products.subset(rows_), HORIZON)
        seconds = time.perf_counter() - start
        per_product.append(seconds / count)
        print(f"{count} products: {seconds:.1f} s ({1000 * seconds / count:.1f} ms per product)")
        rows.append(
            (
                f"Online Retail, {count:,} products with ≥ 10 sales ({share:.0%})",
                f"{seconds:.1f} s = {1000 * seconds / count:.1f} ms per product",
            )
        )
    growth = per_product[-1] / per_product[0]
    rows.append(
        ("time per product at 100% / at 25% (≤ 1: not faster than linear)", f"{growth:.2f}")
    )
    peak = peak_rss_mb()
    rows.append(("peak RSS of the bench process", f"{peak:.0f} MB"))
    print(f"growth {growth:.2f}, peak RSS {peak:.0f} MB")
    append_results("Forecast: Online Retail products and Walmart departments", machine_line(), rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
