"""Excel report of Online Retail from stored results against a bare xlsxwriter dump.

    python bench/report_bench.py

The shop (Online Retail imported once, every analysis computed once) is kept in bench/.cache/,
so later runs measure what a merchant sees after the window has computed everything: the report
read from the stored results. In the same process, the very tables the report writes are dumped
by plain xlsxwriter (one sheet per table, `write_row`, no formats, tables or charts): the floor
any report of those figures pays. Target: the report ≤ 2× the dump. Peak RSS is reported too.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import xlsxwriter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import append_results, machine_line, peak_rss_mb
from core.importer import import_file
from core.report import ReportParams, cells, layout, write_report
from core.sections.run import run_sections

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "uci-online-retail" / "online_retail.csv.gz"
CACHE = Path(__file__).resolve().parent / ".cache"


def stored_shop() -> tuple[Path, float | None]:
    """The cached shop with every analysis stored; (path, seconds spent computing or None).

    Computing runs in a child process (`main.py analyze`), so the peak RSS reported is the
    report's own and not the models'."""
    CACHE.mkdir(exist_ok=True)
    db = CACHE / "report_online_retail.sqlite"
    if not db.exists():
        import_file(db, SOURCE)
    if _all_stored(db):
        return db, None
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "analyze", "--db", str(db), "--out", os.devnull],
        check=True,
    )
    return db, time.perf_counter() - started


def _all_stored(db: Path) -> bool:
    from core.results_store import stored_sections
    from core.sections.registry import BY_NAME
    from core.store import shop_connection

    with shop_connection(db) as conn:
        return set(stored_sections(conn)) >= set(BY_NAME)


def bare_dump(frames: list[pd.DataFrame], out: Path) -> Clock:
    """The floor: the same tables, one sheet each, values only."""
    clock = Clock()
    book = xlsxwriter.Workbook(str(out), {"nan_inf_to_errors": True})
    for i, frame in enumerate(frames):
        sheet = book.add_worksheet(f"t{i}")
        sheet.write_row(0, 0, [str(c) for c in frame.columns])
        values = frame.astype(object).where(frame.notna(), None)
        for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
            sheet.write_row(r, 0, [_plain(v) for v in row])
    book.close()
    return clock.stop()


class Clock:
    """Wall time and this process's CPU time: on a shared machine the wall time swings with the
    other processes' load, the CPU time measures the work itself (the ratio uses it)."""

    def __init__(self) -> None:
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def stop(self) -> Clock:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu
        return self

    def __str__(self) -> str:
        return f"{self.cpu:.1f} s CPU ({self.wall:.1f} s wall)"


def _plain(value: Any) -> Any:
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, (np.integer, np.floating)):
        return float(value)
    if isinstance(value, (np.bool_, bool)):
        return bool(value)
    return value


def main() -> None:
    db, computed = stored_shop()
    written: list[pd.DataFrame] = []
    original = cells.write_table

    def recording(sheet: Any, row: int, col: int, frame: pd.DataFrame, *args: Any) -> Any:
        written.append(frame)
        return original(sheet, row, col, frame, *args)

    layout.write_table = recording  # type: ignore[attr-defined,assignment]
    out = CACHE / "report.xlsx"
    clock = Clock()
    outcomes = run_sections(db)
    read_back = clock.stop()
    if not all(o.from_store for o in outcomes.values()):
        print("some stored results were out of date and were computed again in this run")
    clock = Clock()
    result = write_report(db, ReportParams(out=out))
    report_s = clock.stop()
    layout.write_table = original  # type: ignore[attr-defined]
    clock = Clock()
    zh = write_report(db, ReportParams(out=CACHE / "report_zh.xlsx", lang="zh_CN"))
    zh_s = clock.stop()

    dump = bare_dump(written, CACHE / "dump.xlsx")
    with zipfile.ZipFile(out) as archive:
        charts = sum(1 for n in archive.namelist() if n.startswith("xl/charts/chart"))
    rows = sum(len(f) for f in written)
    n_cells = sum(f.size for f in written)
    ratio = report_s.cpu / dump.cpu
    writing_ratio = (report_s.cpu - read_back.cpu) / dump.cpu
    figures = [
        (
            "shop",
            f"Online Retail, {max(o.lines for o in outcomes.values()):,} order lines, "
            f"{sum(o.ok for o in outcomes.values())} of {len(outcomes)} analyses ok",
        ),
        (
            "every analysis computed (first run only; later runs read them back)",
            f"{computed:.1f} s" if computed is not None else "stored results reused",
        ),
        ("read the stored results back (run_sections)", str(read_back)),
        (
            f"report: {len(result.sheets)} sheets, {result.tables} tables, {rows:,} rows, "
            f"{n_cells:,} cells, {charts} charts",
            f"{report_s}, {result.size / 1e6:.1f} MB",
        ),
        ("the same report in 简体中文", f"{zh_s}, {zh.size / 1e6:.1f} MB"),
        (
            "bare xlsxwriter dump of the same tables (values only)",
            f"{dump}, {(CACHE / 'dump.xlsx').stat().st_size / 1e6:.1f} MB",
        ),
        ("report / bare dump, CPU time (target ≤ 2×)", f"{ratio:.2f}×"),
        ("report without the read-back / bare dump, CPU time", f"{writing_ratio:.2f}×"),
        ("peak RSS of the bench process", f"{peak_rss_mb():.0f} MB"),
    ]
    for name, value in figures:
        print(f"{name}: {value}")
    append_results("Excel report (bench/report_bench.py)", machine_line(), figures)


if __name__ == "__main__":
    main()
