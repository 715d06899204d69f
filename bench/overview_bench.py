"""Overview speed on the real UCI Online Retail shop, as ratios against baselines run in the same
process:

- loading the lines: `store.load_lines` against a bare `pandas.read_sql_query` of the same rows;
- the Overview: `compute_kpis` (totals, per-period series for day / week / month, comparison)
  against a bare pandas `groupby(month).amount.sum()` of the same frame — the least any
  overview must do;
- a chosen date range (core.analysis.date_range): reducing the lines once (`prepare_lines`) and
  each range afterwards (figures, the same days a year earlier, top products and countries)
  against the plain way, a boolean date mask and pandas groupbys of the same range.
Figures are appended to bench/RESULTS.md.

    .venv/bin/python bench/overview_bench.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import append_results, machine_line  # noqa: E402
from core.analysis.date_range import (  # noqa: E402
    DateRange,
    prepare_lines,
    preset_range,
    summarize_range,
)
from core.analysis.kpis import KPI_COLUMNS, KpiParams, compute_kpis  # noqa: E402
from core.analysis.money import line_money  # noqa: E402
from core.importer import import_file  # noqa: E402
from core.store import load_lines, open_shop  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "uci-online-retail" / "online_retail.csv.gz"


def _median(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not DATA.exists():
        print("../shared/data/uci-online-retail is absent: nothing to measure.")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "shop.sqlite"
        import_file(db, DATA)
        conn = open_shop(db)
        raw = sqlite3.connect(db)
        t_bare_load = _median(
            lambda: pd.read_sql_query("SELECT * FROM order_lines", raw), args.repeat
        )
        t_load = _median(lambda: load_lines(conn), args.repeat)
        t_kpi_load = _median(lambda: load_lines(conn, columns=KPI_COLUMNS), args.repeat)
        lines = load_lines(conn)
        conn.close()
        raw.close()

    def bare() -> None:
        lines.groupby(lines["order_date"].dt.to_period("M"))["amount"].sum()

    t_bare = _median(bare, args.repeat)
    timings = {
        p: _median(lambda p=p: compute_kpis(lines, KpiParams(period=p)), args.repeat)
        for p in ("day", "week", "month")
    }
    rows = [
        ("load 539,432 lines: bare read_sql_query", f"{t_bare_load:.2f} s"),
        (
            "load_lines (typed canonical frame)",
            f"{t_load:.2f} s = {t_load / t_bare_load:.2f}× bare",
        ),
        (
            "load_lines(columns=KPI_COLUMNS), what the Overview reads",
            f"{t_kpi_load:.2f} s = {t_kpi_load / t_bare_load:.2f}× bare",
        ),
        ("bare monthly groupby-sum", f"{t_bare * 1000:.0f} ms"),
    ]
    rows += [
        (f"compute_kpis period={p}", f"{t * 1000:.0f} ms = {t / t_bare:.1f}× bare groupby")
        for p, t in timings.items()
    ]
    rows += _range_rows(lines, args.repeat)
    print(*(f"{k}: {v}" for k, v in rows), sep="\n")
    append_results("Overview: UCI Online Retail shop", machine_line(), rows)
    return 0


def _plain_range(lines: pd.DataFrame, rng: DateRange) -> None:
    """The range the plain way: what the Overview would do without reducing the lines."""
    for part in (rng, DateRange(rng.start.replace(year=rng.start.year - 1), rng.end)):
        day = lines["order_date"].dt.normalize()
        inside = lines[(day >= pd.Timestamp(part.start)) & (day <= pd.Timestamp(part.end))]
        money = line_money(inside)
        sold = inside[~inside["is_return"]]
        sold["order_id"].nunique()
        inside["customer_id"].nunique()
        products = inside[money.sold & ~money.charge]
        products.groupby(products["sku"])["amount"].sum().nlargest(10)
        sold.groupby("country")["amount"].sum().nlargest(10)


def _range_rows(lines: pd.DataFrame, repeat: int) -> list[tuple[str, str]]:
    t_prepare = _median(lambda: prepare_lines(lines), max(1, repeat // 2))
    prepared = prepare_lines(lines)
    end = prepared.data_end
    assert end is not None
    rows = [("prepare_lines (once per shop and as-of day)", f"{t_prepare:.2f} s")]
    for preset in ("last_30", "last_365"):
        rng = preset_range(preset, end)  # type: ignore[arg-type]
        t_plain = _median(lambda rng=rng: _plain_range(lines, rng), repeat)
        t_range = _median(lambda rng=rng: summarize_range(prepared, rng), repeat)
        rows.append(
            (
                f"range {preset}: figures, year earlier, top tables",
                f"{t_range * 1000:.0f} ms = {t_range / t_plain:.3f}× the plain mask and "
                f"groupbys ({t_plain * 1000:.0f} ms)",
            )
        )
    return rows


if __name__ == "__main__":
    sys.exit(main())
