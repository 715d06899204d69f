"""The whole analysis of a shop through the section registry, against importing the same file.

Measured in one process on UCI Online Retail (../shared/data/uci-online-retail):
- the import of the file (the baseline a merchant already waits for);
- every section computed cold, with its own time (the per-section breakdown);
- the same sections read back from the shop file, as the window does on reopening a shop:
  each tab's sections against their cold time (target: every tab ≤ 1 s).
Figures go to bench/RESULTS.md.

    .venv/bin/python bench/sections_bench.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import append_results, machine_line, peak_rss_mb  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "uci-online-retail" / "online_retail.csv.gz"
#: The sections each tab of the window asks for.
TABS = {
    "Overview": ["kpis"],
    "Customers": ["customers"],
    "Forecast": ["forecast"],
    "Recommendations": ["recommendations"],
}


def main() -> int:
    if not DATA.exists():
        print("../shared/data/uci-online-retail is absent: nothing to measure.")
        return 1
    from core.importer import import_file
    from core.sections.run import run_sections

    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "shop.sqlite"
        started = time.perf_counter()
        report = import_file(db, DATA)
        t_import = time.perf_counter() - started
        rows.append((f"import ({report.rows_read:,} rows)", f"{t_import:.1f} s"))

        started = time.perf_counter()
        cold = run_sections(db, reuse=False)
        t_cold = time.perf_counter() - started
        computed = sum(o.seconds for o in cold.values())
        rows.append(
            (
                "every section, cold (load the lines once, compute, keep)",
                f"{t_cold:.1f} s = {t_cold / t_import:.1f}× the import (target ≤ 6×)",
            )
        )
        rows.append(
            (
                "loading the lines and keeping the results",
                f"{t_cold - computed:.1f} s ({(t_cold - computed) / t_cold:.0%})",
            )
        )
        for name, outcome in cold.items():
            rows.append(
                (
                    f"section {name} ({outcome.status})",
                    f"{outcome.seconds:.2f} s ({outcome.seconds / t_cold:.0%})",
                )
            )

        for tab, names in TABS.items():
            started = time.perf_counter()
            back = run_sections(db, names)
            t_back = time.perf_counter() - started
            assert all(o.from_store for o in back.values()), tab
            t_tab_cold = sum(cold[n].seconds for n in back)
            rows.append(
                (
                    f"reopened shop: {tab} tab reads its result back",
                    f"{t_back:.2f} s against {t_tab_cold:.1f} s computing "
                    f"({t_back / max(t_tab_cold, 1e-9):.3f}×; target ≤ 1 s)",
                )
            )
        size = db.stat().st_size / 1e6
        rows.append(("shop file with every result kept", f"{size:.0f} MB"))
    rows.append(("peak RSS", f"{peak_rss_mb():.0f} MB"))
    for name, value in rows:
        print(f"{name}: {value}")
    append_results("Sections (bench/sections_bench.py)", machine_line(), rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
