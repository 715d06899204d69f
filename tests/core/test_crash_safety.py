"""Killed in the middle of an import of the real Online Retail file (541,909 lines), the shop
is intact (integrity_check ok), holds all or nothing of the file, and a re-import completes.

The moments are drawn at random on each run, one while the file is read and one while the
lines are written (inside the transaction, with a large WAL); bench/crash_bench.py kills at
many more. The figures are those of test_importer (539,432 lines kept of 541,909).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from core.importer import import_file
from core.store import data_checksum, line_count, open_shop
from tests.conftest import PROJECT_ROOT, shared_file

ONLINE_RETAIL_KEPT = 539_432

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def _kill_at(shop: Path, source: Path, fraction: float) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "tests.crash_child", str(shop), str(source), str(fraction)],
        cwd=PROJECT_ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stdout, done.stderr)
    return done.stdout.strip()


def _state(shop: Path) -> tuple[str, int, str]:
    conn = open_shop(shop)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return integrity, line_count(conn), data_checksum(conn)
    finally:
        conn.close()


def test_killed_imports_leave_the_shop_whole(tmp_path: Path) -> None:
    source = shared_file("uci-online-retail/online_retail.csv.gz")
    shop = tmp_path / "shop.sqlite"
    seed = tmp_path / "seed.csv"
    seed.write_text(
        "Order ID,Order Date,Customer,Quantity,Unit Price\n"
        + "".join(f"S{i},2012-01-{i + 1:02d},c{i},1,{i + 1}.50\n" for i in range(20)),
        encoding="utf-8",
    )
    import_file(shop, seed)
    before = _state(shop)
    assert before[:2] == ("ok", 20)
    draw = random.Random()
    moments = [draw.uniform(0.02, 0.25), draw.uniform(0.6, 0.97)]
    for fraction in moments:
        said = _kill_at(shop, source, fraction)
        assert said.startswith("killed at"), said
        assert _state(shop) == before, f"after a kill at {fraction:.3f} ({said})"
    report = import_file(shop, source)
    assert report.rows_imported == ONLINE_RETAIL_KEPT
    integrity, lines, _ = _state(shop)
    assert (integrity, lines) == ("ok", 20 + ONLINE_RETAIL_KEPT)
