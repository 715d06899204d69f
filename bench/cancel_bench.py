"""How soon Cancel stops each tab's computation on a 500k-line shop (issue 13 §1).

A job stops at its next progress call (core.progress: the GUI's callback raises `Cancelled`
there), so the longest stretch between two progress calls is the longest a merchant can wait
after pressing Cancel. Measured in one process on UCI Online Retail
(../shared/data/uci-online-retail), every section of each tab computed once from lines loaded
once:
- per section: its time, its number of progress calls, the longest stretch between two of them
  (and what it was doing then) — the worst cancel latency, against the 1 s goal — in wall time
  and in the job thread's CPU time (what it would be on an idle machine);
- per tab: a real Cancel half-way through its longest section, from the press (a flag set by a
  timer thread, as the GUI's Cancel button does) to the job's end.
Figures go to bench/RESULTS.md.

    .venv/bin/python bench/cancel_bench.py
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import append_results, machine_line  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "uci-online-retail" / "online_retail.csv.gz"
#: The sections each tab computes, dependencies first.
TABS = {
    "Customers": ["cohorts", "rfm", "clusters", "clv", "churn", "customers"],
    "Forecast": ["forecast", "inventory"],
    "Recommendations": ["recommendations"],
    "Campaigns": ["campaigns"],
}
GOAL_S = 1.0


class Recorder:
    """A progress callback noting when it was called (and raising Cancelled once asked to)."""

    def __init__(self) -> None:
        self.calls: list[tuple[float, str]] = []
        self.cpu: list[float] = []  # the job thread's CPU time at each call
        self.cancel_at: float | None = None  # perf_counter time of the press
        self.pressed = threading.Event()

    def __call__(self, fraction: float, message: str) -> None:
        from core.errors import Cancelled

        now = time.perf_counter()
        self.calls.append((now, message))
        self.cpu.append(time.thread_time())
        if self.pressed.is_set():
            raise Cancelled()

    def longest_cpu(self, started: float, ended: float) -> float:
        """The same in the job thread's CPU time: what the stretch costs on an idle machine
        (a machine shared with other work stretches the wall time, not this)."""
        times = [started, *self.cpu, ended]
        return max((b - a for a, b in itertools.pairwise(times)), default=0.0)

    def longest(self, started: float, ended: float) -> tuple[float, str]:
        """The longest stretch without a progress call, and what the job said before it."""
        times = [(started, "start"), *self.calls, (ended, "end")]
        best, where = 0.0, ""
        for (t0, m0), (t1, _m1) in itertools.pairwise(times):
            if t1 - t0 > best:
                best, where = t1 - t0, m0
        return best, where


def run_section(ctx: Any, name: str, recorder: Recorder) -> float:
    from core.sections.registry import BY_NAME

    section = BY_NAME[name]
    started = time.perf_counter()
    ctx.results[name] = section.compute(ctx, section.params, recorder)
    return time.perf_counter() - started


def cancel_half_way(ctx: Any, name: str, seconds: float) -> tuple[float, int]:
    """Press Cancel half-way through `name`: seconds from the press to the job's end."""
    from core.errors import Cancelled

    recorder = Recorder()
    pressed_at: list[float] = []

    def press() -> None:
        pressed_at.append(time.perf_counter())
        recorder.pressed.set()

    timer = threading.Timer(seconds / 2, press)
    saved = dict(ctx.results)
    timer.start()
    with contextlib.suppress(Cancelled):
        run_section(ctx, name, recorder)
    ended = time.perf_counter()
    timer.cancel()
    ctx.results.clear()
    ctx.results.update(saved)
    if not pressed_at:
        return float("nan"), len(recorder.calls)
    return ended - pressed_at[0], len(recorder.calls)


def main() -> int:
    if not DATA.exists():
        print("../shared/data/uci-online-retail is absent: nothing to measure.")
        return 1
    from core.importer import import_file
    from core.sections.base import SectionContext
    from core.sections.registry import BY_NAME  # the analysis libraries, loaded before timing

    assert BY_NAME

    rows: list[tuple[str, str]] = [("load average at the start", f"{os.getloadavg()[0]:.1f}")]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "shop.sqlite"
        import_file(db, DATA)
        ctx = SectionContext.load(db, None)
        rows.append(("shop", f"Online Retail, {len(ctx.lines):,} order lines"))
        longest_of_tab: dict[str, tuple[str, float]] = {}
        for tab, names in TABS.items():
            worst = 0.0
            for name in names:
                recorder = Recorder()
                started, cpu_started = time.perf_counter(), time.thread_time()
                run_section(ctx, name, recorder)
                seconds = time.perf_counter() - started
                gap, where = recorder.longest(started, started + seconds)
                cpu_gap = recorder.longest_cpu(cpu_started, time.thread_time())
                worst = max(worst, gap)
                mark = "" if gap <= GOAL_S else " — over the 1 s goal"
                rows.append(
                    (
                        f"{tab}: {name}",
                        f"{seconds:.1f} s, {len(recorder.calls)} progress calls, longest "
                        f"without one {gap:.2f} s (after “{where}”; {cpu_gap:.2f} s of CPU)"
                        f"{mark}",
                    )
                )
                print(rows[-1], flush=True)
                if seconds > longest_of_tab.get(tab, ("", 0.0))[1]:
                    longest_of_tab[tab] = (name, seconds)
            rows.append((f"{tab}: worst cancel latency (longest stretch)", f"{worst:.2f} s"))
        for tab, (name, seconds) in longest_of_tab.items():
            latency, calls = cancel_half_way(ctx, name, seconds)
            rows.append(
                (
                    f"{tab}: Cancel pressed half-way through {name} ({seconds / 2:.1f} s in)",
                    f"stopped {latency:.2f} s later (after {calls} progress calls)",
                )
            )
            print(rows[-1], flush=True)
    for name, value in rows:
        print(f"{name}: {value}")
    append_results("Cancel (bench/cancel_bench.py)", machine_line(), rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
