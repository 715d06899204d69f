"""The one table model of the GUI on 541,909 Online Retail lines (offscreen), as ratios against
pandas doing the same work in the same process:

- building the model vs `DataFrame.copy()` of the frame;
- sorting by a text and by a number column vs `DataFrame.sort_values(kind="stable")`;
- reading 16,000 display cells (a user scrolling) — absolute time, no pandas twin.
Figures are appended to bench/RESULTS.md.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/table_model_bench.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import append_results, machine_line  # noqa: E402
from gui.models.dataframe_model import DataFrameModel  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "uci-online-retail" / "online_retail.csv.gz"


def _timed(job: object) -> float:
    start = time.perf_counter()
    job()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> int:
    if not DATA.exists():
        print("../shared/data/uci-online-retail is absent: nothing to measure.")
        return 1
    QApplication([])
    frame = pd.read_csv(DATA, dtype={"InvoiceNo": str, "StockCode": str})
    columns = list(frame.columns)
    holder: dict[str, DataFrameModel] = {}
    t_copy = min(_timed(lambda: frame.copy()) for _ in range(3))
    t_build = min(_timed(lambda: holder.__setitem__("m", DataFrameModel(frame))) for _ in range(3))
    model = holder["m"]
    rows = [
        (
            "build model vs DataFrame.copy()",
            f"{t_build * 1000:.0f} ms vs {t_copy * 1000:.0f} ms = {t_build / t_copy:.1f}×",
        )
    ]
    for name in ("Description", "UnitPrice"):
        index = columns.index(name)
        t_pandas = min(_timed(lambda n=name: frame.sort_values(n, kind="stable")) for _ in range(3))
        t_model = min(
            _timed(lambda i=index: model.sort(i, Qt.SortOrder.AscendingOrder)) for _ in range(3)
        )
        rows.append(
            (
                f"sort by {name} vs sort_values",
                f"{t_model * 1000:.0f} ms vs {t_pandas * 1000:.0f} ms = {t_model / t_pandas:.2f}×",
            )
        )
    t_cells = _timed(
        lambda: [model.data(model.index(r, c)) for r in range(0, len(frame), 271) for c in range(8)]
    )
    rows.append(("16,000 display cells (scrolling)", f"{t_cells * 1000:.0f} ms"))
    print(*(f"{k}: {v}" for k, v in rows), sep="\n")
    append_results("Table model: 541,909 rows (offscreen)", machine_line(), rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
