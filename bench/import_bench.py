"""Import speed on UCI Online Retail (541,909 lines), as ratios against baselines run in the
same process (the machines are shared and noisy, so absolute seconds mean little):

- floor: `pandas.read_csv` of the file + `executemany` of the canonical columns into a plain
  table in one WAL transaction — the least any import must do;
- naive: `pandas.read_csv` + sqlite-utils `insert_all` with defaults (row-by-row dicts) of the
  same canonical columns as the floor;
- ours: `core.importer.import_file` end to end (sniff, read, map, clean, key, write);
- xlsx: the same rows as an .xlsx (written once, cached under bench/.cache): ours against
  calamine read + the floor's write.
Targets (issue 2): ours ≤ 1.5× floor, ≥ 5× faster than naive, xlsx ≤ 1.3× its floor.
Peak RSS of an import is measured in a child process. Figures are appended to bench/RESULTS.md.

    .venv/bin/python bench/import_bench.py [--repeat 3] [--skip-xlsx]
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import append_results, machine_line  # noqa: E402
from core.importer import import_file  # noqa: E402
from core.schema import LINE_COLUMNS  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "uci-online-retail" / "online_retail.csv.gz"
CACHE = ROOT / "bench" / ".cache"


def _floor_write(frame: pd.DataFrame, db: Path) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    cols = ", ".join(LINE_COLUMNS)
    conn.execute(f"CREATE TABLE order_lines ({cols})")
    rows = zip(*(frame[c].tolist() for c in frame.columns), strict=True)
    conn.execute("BEGIN")
    conn.executemany(
        f"INSERT INTO order_lines ({', '.join(LINE_COLUMNS[: len(frame.columns)])}) "
        f"VALUES ({','.join('?' * len(frame.columns))})",
        rows,
    )
    conn.execute("COMMIT")
    conn.close()


def _canonical_like(frame: pd.DataFrame) -> pd.DataFrame:
    """Every canonical column (core.schema.LINE_COLUMNS), filled from the source columns as
    read, with no cleaning: what the floor writes."""
    columns = {
        "order_id": frame["InvoiceNo"].astype(str),
        "line_no": 1,
        "order_date": frame["InvoiceDate"].astype(str),
        "customer_id": frame["CustomerID"].astype(str),
        "sku": frame["StockCode"].astype(str),
        "product_name": frame["Description"].astype(str),
        "quantity": frame["Quantity"],
        "unit_price": frame["UnitPrice"],
        "amount": frame["Quantity"] * frame["UnitPrice"],
        "country": frame["Country"].astype(str),
        "is_return": 0,
    }
    return pd.DataFrame({c: columns.get(c) for c in LINE_COLUMNS})


def floor_csv(path: Path, tmp: Path) -> None:
    _floor_write(_canonical_like(pd.read_csv(path)), tmp / "floor.sqlite")


def naive_csv(path: Path, tmp: Path) -> None:
    import sqlite_utils

    frame = _canonical_like(pd.read_csv(path))  # the same columns as the floor writes
    db = sqlite_utils.Database(tmp / "naive.sqlite")
    db["order_lines"].insert_all(frame.to_dict(orient="records"))  # type: ignore[union-attr]


def ours(path: Path, tmp: Path) -> None:
    import_file(tmp / f"ours-{time.perf_counter_ns()}.sqlite", path)


def floor_xlsx(path: Path, tmp: Path) -> None:
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    frame = pd.DataFrame(rows[1:], columns=rows[0])
    _floor_write(_canonical_like(frame), tmp / "floor-xlsx.sqlite")


def _xlsx_copy() -> Path:
    target = CACHE / "online_retail.xlsx"
    if not target.exists():
        from openpyxl import Workbook

        print("writing the .xlsx copy once (a few minutes) ...", flush=True)
        CACHE.mkdir(parents=True, exist_ok=True)
        frame = pd.read_csv(DATA, dtype={"InvoiceNo": str, "StockCode": str})
        frame["InvoiceDate"] = pd.to_datetime(frame["InvoiceDate"])
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Online Retail")
        ws.append(list(frame.columns))
        for row in frame.itertuples(index=False):
            ws.append(
                [
                    None
                    if pd.isna(v)
                    else (v.to_pydatetime() if hasattr(v, "to_pydatetime") else v)
                    for v in row
                ]
            )
        wb.save(target)
    return target


def _time(fn: Callable[[Path, Path], None], path: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            fn(path, Path(tmp))
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def _peak_rss_child(path: str, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as tmp:
        import_file(Path(tmp) / "rss.sqlite", Path(path))
    queue.put(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def peak_rss_mb(path: Path) -> float:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_peak_rss_child, args=(str(path), queue))
    proc.start()
    value = float(queue.get())
    proc.join()
    return value


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-xlsx", action="store_true")
    args = parser.parse_args()
    if not DATA.exists():
        print("../shared/data/uci-online-retail is absent: nothing to measure.")
        return 1
    rows: list[tuple[str, str]] = []
    t_floor = _time(floor_csv, DATA, args.repeat)
    t_ours = _time(ours, DATA, args.repeat)
    t_naive = _time(naive_csv, DATA, 1)
    rows += [
        ("CSV floor (read_csv + executemany, WAL)", f"{t_floor:.2f} s"),
        ("CSV ours (import_file end to end)", f"{t_ours:.2f} s = {t_ours / t_floor:.2f}× floor"),
        (
            "CSV naive (read_csv + sqlite-utils insert_all)",
            f"{t_naive:.2f} s; ours is {t_naive / t_ours:.1f}× faster",
        ),
    ]
    print(*(f"{k}: {v}" for k, v in rows), sep="\n", flush=True)
    if not args.skip_xlsx:
        xlsx = _xlsx_copy()
        t_xfloor = _time(floor_xlsx, xlsx, args.repeat)
        t_xours = _time(ours, xlsx, args.repeat)
        rows += [
            ("XLSX floor (calamine + executemany)", f"{t_xfloor:.2f} s"),
            ("XLSX ours", f"{t_xours:.2f} s = {t_xours / t_xfloor:.2f}× floor"),
        ]
        print(*(f"{k}: {v}" for k, v in rows[-2:]), sep="\n", flush=True)
    rss = peak_rss_mb(DATA)
    rows.append(("peak RSS of a CSV import (child process)", f"{rss:.0f} MB"))
    print(f"peak RSS: {rss:.0f} MB")
    append_results("Import: UCI Online Retail, 541,909 lines", machine_line(), rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
