"""Reading and cleaning speed on UCI Online Retail (541,909 lines), as ratios against the plain
pandas call that does the least of the same job, run in the same process, best of N each and
interleaved so that a busy machine slows both alike:

- read_table (encoding/delimiter/header sniffing + read) vs `pd.read_csv(path)`;
- parse_dates(InvoiceDate) vs `pd.to_datetime(format="%Y-%m-%d %H:%M:%S")`;
- parse_numbers(UnitPrice) vs `pd.to_numeric`;
- sniff_kind(Description) (column matcher's value sniffing) vs `Series.str.len()`;
- to_canonical (the whole cleaning policy) vs `pd.read_csv(path)`.
Targets from the issue: read ≤ 1.2× read_csv; date and number parsing ≤ 1.3× pandas; cleaning
well under the read. Figures are appended to bench/RESULTS.md.

    .venv/bin/python bench/ingest_bench.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import append_results, machine_line  # noqa: E402
from core.ingest.clean import to_canonical  # noqa: E402
from core.ingest.mapping import auto_map  # noqa: E402
from core.ingest.readers import read_table  # noqa: E402
from core.ingest.values import parse_dates, parse_numbers, sniff_kind  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "uci-online-retail" / "online_retail.csv.gz"


def best_pair(ours: Callable[[], Any], base: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Best time of each, running them alternately."""
    t_ours, t_base = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        base()
        t_base.append(time.perf_counter() - start)
        start = time.perf_counter()
        ours()
        t_ours.append(time.perf_counter() - start)
    return min(t_ours), min(t_base)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not DATA.exists():
        print("../shared/data/uci-online-retail is absent: nothing to measure.")
        return 1
    raw = read_table(DATA)
    mapping = auto_map(raw)
    frame = raw.frame
    cases: list[tuple[str, str, Callable[[], Any], Callable[[], Any]]] = [
        ("read_table", "pd.read_csv", lambda: read_table(DATA), lambda: pd.read_csv(DATA)),
        (
            "parse_dates(InvoiceDate)",
            "pd.to_datetime(format=...)",
            lambda: parse_dates(frame["InvoiceDate"]),
            lambda: pd.to_datetime(frame["InvoiceDate"], format="%Y-%m-%d %H:%M:%S"),
        ),
        (
            "parse_numbers(UnitPrice)",
            "pd.to_numeric",
            lambda: parse_numbers(frame["UnitPrice"]),
            lambda: pd.to_numeric(frame["UnitPrice"]),
        ),
        (
            "sniff_kind(Description)",
            "Series.str.len()",
            lambda: sniff_kind(frame["Description"]),
            lambda: frame["Description"].str.len(),
        ),
        (
            "to_canonical (whole policy)",
            "pd.read_csv",
            lambda: to_canonical(raw, mapping),
            lambda: pd.read_csv(DATA),
        ),
    ]
    rows = []
    for name, base_name, ours, base in cases:
        t_ours, t_base = best_pair(ours, base, args.repeat)
        rows.append(
            (
                f"{name} vs {base_name}",
                f"{t_ours * 1000:.0f} ms vs {t_base * 1000:.0f} ms = {t_ours / t_base:.2f}×",
            )
        )
        print(f"{rows[-1][0]}: {rows[-1][1]}", flush=True)
    append_results("Ingest steps: UCI Online Retail, 541,909 lines", machine_line(), rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
