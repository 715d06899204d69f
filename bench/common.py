"""Shared helpers of the benchmark scripts: machine description and bench/RESULTS.md."""

from __future__ import annotations

import os
import platform
import resource
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pandas as pd

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def machine_line() -> str:
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )


def append_results(title: str, machine: str, rows: list[tuple[str, str]]) -> None:
    """Append one dated section of figures to bench/RESULTS.md."""
    lines = [
        f"\n## {title} — {datetime.now():%Y-%m-%d %H:%M}",
        f"_{machine}_",
        "",
        "| measure | figure |",
        "| --- | --- |",
    ]
    lines += [f"| {name} | {value} |" for name, value in rows]
    if not RESULTS.exists():
        RESULTS.write_text(
            "# Benchmark results\n\nAppended by the scripts in bench/; each "
            "section is one run. Ratios compare runs made in the same process.\n",
            encoding="utf-8",
        )
    with RESULTS.open("a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def imported_lines(source: Path, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Import `source` into a scratch shop the way a user would and read its lines back."""
    from core.importer import import_file
    from core.store import load_lines, shop_connection

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "shop.sqlite"
        import_file(db, source)
        with shop_connection(db) as conn:
            return load_lines(conn, columns=columns)
