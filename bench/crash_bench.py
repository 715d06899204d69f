"""Crash safety and backups on UCI Online Retail (541,909 lines):

- a child process importing the file is killed (SIGKILL) at N moments spread over the import
  (reading, mapping, writing inside the transaction); after each, `integrity_check` must be ok
  and the shop must hold all or nothing of the file; at the end a re-import must complete with
  every line (539,432 kept);
- the backup taken before an import: its size and time on the Online Retail shop, against a
  plain file copy of the same shop (the floor).
Figures are appended to bench/RESULTS.md. The CI test (tests/core/test_crash_safety.py) kills
at two random moments; this script at many.

    .venv/bin/python bench/crash_bench.py [--kills 20]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import append_results, machine_line  # noqa: E402
from core.backups import take_backup  # noqa: E402
from core.importer import import_file  # noqa: E402
from core.store import line_count, open_shop  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "uci-online-retail" / "online_retail.csv.gz"
KEPT = 539_432


def _kill(shop: Path, fraction: float) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "tests.crash_child", str(shop), str(DATA), f"{fraction:.4f}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    if done.returncode != -signal.SIGKILL:
        raise SystemExit(f"the child was not killed: {done.returncode} {done.stderr[-500:]}")
    return done.stdout.strip()


def _state(shop: Path) -> tuple[str, int]:
    conn = open_shop(shop)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0], line_count(conn)
    finally:
        conn.close()


def main() -> None:
    # backups go to the data folder: a scratch one, never the user's
    os.environ["SHOPLENS_HOME"] = tempfile.mkdtemp(prefix="shoplens-bench-")
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=20)
    args = parser.parse_args()
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        shop = Path(tmp) / "shop.sqlite"
        open_shop(shop).close()
        outcomes = []
        for k in range(args.kills):
            fraction = 0.01 + 0.96 * k / max(1, args.kills - 1)  # 0.98+: committed
            said = _kill(shop, fraction)
            state = _state(shop)
            # all or nothing: a kill after the commit (progress 1.0) leaves every line
            ok = state in (("ok", 0), ("ok", KEPT))
            outcomes.append(ok)
            print(f"kill at {fraction:.3f} ({said}): {state} {'ok' if ok else 'BROKEN'}")
        started = time.perf_counter()
        report = import_file(shop, DATA)
        seconds = time.perf_counter() - started
        final = _state(shop)
        rows.append(
            (
                f"kills during an import ({args.kills}, 1% to 97% of its progress)",
                f"{sum(outcomes)} of {len(outcomes)} left the shop intact, all or nothing",
            )
        )
        rows.append(
            (
                "re-import after the kills",
                f"{final[1]:,} lines in the shop ({report.rows_imported:,} new; expected "
                f"{KEPT:,}), integrity {final[0]}, {seconds:.1f} s",
            )
        )
        size = shop.stat().st_size
        copy_started = time.perf_counter()
        shutil.copyfile(shop, Path(tmp) / "plain-copy.sqlite")
        copy_seconds = time.perf_counter() - copy_started
        conn = open_shop(shop)
        try:
            backup_started = time.perf_counter()
            backup = take_backup(conn, shop)
            backup_seconds = time.perf_counter() - backup_started
        finally:
            conn.close()
        assert backup is not None
        check = sqlite3.connect(backup.path)
        integrity = check.execute("PRAGMA integrity_check").fetchone()[0]
        check.close()
        rows.append(
            (
                "backup of the Online Retail shop before an import",
                f"{backup.path.stat().st_size / 1e6:.1f} MB (shop {size / 1e6:.1f} MB), "
                f"{backup_seconds:.2f} s = {backup_seconds / max(copy_seconds, 1e-6):.1f}× "
                f"a plain file copy ({copy_seconds:.2f} s); integrity {integrity}",
            )
        )
        rows.append(("backup time / import time", f"{backup_seconds / seconds:.1%}"))
        backup.path.unlink()
    for name, value in rows:
        print(f"{name}: {value}")
    append_results("Crash safety and backups (bench/crash_bench.py)", machine_line(), rows)


if __name__ == "__main__":
    main()
