"""How long a window waits while a worker loads a shop's lines (issue 13: never frozen).

The window's thread and a worker share one interpreter: a single long conversion in the
worker (half a million strings made into one column in one call) holds it, and the window
cannot paint until it is done. `core.store.load_lines` converts each fetched block
(LOAD_BLOCK lines) at once and joins the blocks at the end. Measured on Online Retail
(541,909 rows, 539,432 lines kept): the longest gap of a thread ticking every 5 ms while a
worker loads every line, against the same load converting whole columns in one call (the
former way, kept below as the baseline), in the same process, three runs each.

    .venv/bin/python bench/loading_gap_bench.py
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import append_results, machine_line  # noqa: E402
from core.importer import import_file  # noqa: E402
from core.schema import LINE_COLUMNS, TEXT_FIELDS  # noqa: E402
from core.store import load_lines, shop_connection  # noqa: E402

RETAIL = ROOT.parent / "shared" / "data" / "uci-online-retail" / "online_retail.csv.gz"
RUNS = 3


def whole_columns(db: Path) -> pd.DataFrame:
    """The former load: every row fetched, then each column converted in one call."""
    with shop_connection(db) as conn:
        rows = conn.execute(f"SELECT {', '.join(LINE_COLUMNS)} FROM order_lines").fetchall()
    data: dict[str, Any] = {}
    for column, cells in zip(LINE_COLUMNS, zip(*rows, strict=True), strict=True):
        if column in TEXT_FIELDS:
            data[column] = pd.Series(np.array(cells, dtype=object), dtype="str")
        elif column == "order_date":
            data[column] = pd.to_datetime(np.array(cells, dtype=object), format="ISO8601")
        elif column == "is_return":
            data[column] = np.array(cells, dtype=bool)
        elif column == "line_no":
            data[column] = np.array(cells, dtype="int64")
        else:
            data[column] = np.array(cells, dtype="float64")
    frame = pd.DataFrame(data)
    return frame.sort_values(["order_date", "line_no"], kind="stable", ignore_index=True)


def by_blocks(db: Path) -> pd.DataFrame:
    with shop_connection(db) as conn:
        return load_lines(conn)


def longest_gap(load: Callable[[Path], pd.DataFrame], db: Path) -> tuple[float, float]:
    """(longest gap of a 5 ms ticker in seconds, the load's own seconds)."""
    took: list[float] = []

    def work() -> None:
        start = time.perf_counter()
        load(db)
        took.append(time.perf_counter() - start)

    worker = threading.Thread(target=work)
    worker.start()
    last, worst = time.perf_counter(), 0.0
    while worker.is_alive():
        time.sleep(0.005)
        now = time.perf_counter()
        worst, last = max(worst, now - last), now
    worker.join()
    return worst, took[0]


def main() -> None:
    if not RETAIL.exists():
        sys.exit("../shared/data/uci-online-retail/online_retail.csv.gz is needed")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "shop.sqlite"
        import_file(db, RETAIL)
        results: dict[str, list[tuple[float, float]]] = {"whole": [], "blocks": []}
        for _ in range(RUNS):  # interleaved, so a busy spell of the machine hits both
            results["whole"].append(longest_gap(whole_columns, db))
            results["blocks"].append(longest_gap(by_blocks, db))
    whole_gap = max(g for g, _ in results["whole"])
    block_gap = max(g for g, _ in results["blocks"])
    whole_time = float(np.median([t for _, t in results["whole"]]))
    block_time = float(np.median([t for _, t in results["blocks"]]))
    rows = [
        (
            "longest window gap while a worker loads Online Retail, whole columns (former)",
            f"{whole_gap * 1000:.0f} ms",
        ),
        (
            "longest window gap, block by block (core.store.load_lines)",
            f"{block_gap * 1000:.0f} ms = {block_gap / whole_gap:.2f}x the former",
        ),
        (
            "load time, median of 3: block by block / whole columns",
            f"{block_time:.2f} s / {whole_time:.2f} s = {block_time / whole_time:.2f}x",
        ),
    ]
    for name, value in rows:
        print(f"{name}: {value}")
    append_results("Loading lines beside the window", machine_line(), rows)


if __name__ == "__main__":
    main()
