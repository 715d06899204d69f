"""How the window feels (issue 13 §1), each figure against a baseline of the same run:

- start-to-window: launch to the main window on screen, for a bare PySide6 window, for
  ShopLens loading every tab at start (as before: the analysis libraries imported first) and for
  ShopLens as it starts now (analysis tabs loaded after the window shows); median of --repeat
  fresh processes each;
- close: closing the window while the Recommendations tab computes, to the process's end;
- the longest event-loop gap while each analysis tab of a shop computes and receives its
  result, per tab (the demo shop, and with --full the UCI Online Retail shop of 541,909
  lines), against the 10 ms timer interval of an idle window;
- Cancel in each tab (pressed --cancel-after seconds into its computation) to the tab saying
  it was cancelled.
Figures are appended to bench/RESULTS.md.

    .venv/bin/python bench/window_bench.py [--repeat 3] [--full]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import append_results, machine_line  # noqa: E402

DEMO = ROOT / "resources" / "demo" / "online_retail_demo.csv.gz"
RETAIL = ROOT.parent / "shared" / "data" / "uci-online-retail" / "online_retail.csv.gz"

# Child programs: each prints "SHOWN <epoch seconds>" once its window is on screen.
_WATCH = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and isinstance(obj, QMainWindow):
            print("SHOWN", time.time(), flush=True)
            os._exit(0)
        return False
watch = Watch()
app.installEventFilter(watch)
"""
BARE = _WATCH + "w = QMainWindow(); w.resize(1366, 768); w.show(); app.exec()\n"
EAGER = (
    _WATCH
    + "import gui.tabs.customers_tab, gui.tabs.forecast_tab, gui.tabs.recommend_tab\n"
    + "from gui.app import run_gui\nrun_gui(__import__('pathlib').Path(sys.argv[1]))\n"
)
NOW = _WATCH + "from gui.app import run_gui\nrun_gui(__import__('pathlib').Path(sys.argv[1]))\n"
CLOSE = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import gui.app
from gui.main_window import MainWindow

def drive():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    if not window.analysis_tabs():
        QTimer.singleShot(50, drive)
        return
    window.tabs.setCurrentWidget(window.recommend_tab)
    def close():
        running = [t.owner_key for t in window.runner.running_tasks()]
        print("CLOSING", time.time(), ",".join(running), flush=True)
        window.close()
    QTimer.singleShot(1500, close)

QTimer.singleShot(0, drive)
sys.exit(gui.app.run_gui(Path(sys.argv[1])))
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, SHOPLENS_HOME=str(home), PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def start_to_window(program: str, shop: Path, home: Path) -> float:
    """Seconds from launching a fresh Python process to its window's Show event."""
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", program, str(shop)],
        cwd=ROOT,
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=600,
    )
    shown = [line for line in done.stdout.splitlines() if line.startswith("SHOWN")]
    if not shown:
        raise RuntimeError(f"no window: {done.stderr[-2000:]}")
    return float(shown[0].split()[1]) - started


def close_time(shop: Path, home: Path) -> tuple[float, str]:
    """Seconds from closing the window (Recommendations computing) to the process's end."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CLOSE, str(shop)],
        cwd=ROOT,
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    closing = 0.0
    running = ""
    for line in proc.stdout:
        if line.startswith("CLOSING"):
            parts = line.split()
            closing = float(parts[1])
            running = parts[2] if len(parts) > 2 else "nothing"
            break
    proc.wait(timeout=600)
    ended = time.time()
    if not closing:
        raise RuntimeError(
            f"the window never closed: {proc.stderr.read()[-2000:] if proc.stderr else ''}"
        )
    return ended - closing, running


def event_loop_gaps(shop: Path, cancel_after: float = 5.0) -> list[tuple[str, str]]:
    """The longest gap while each tab receives its result, in this process (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from gui.gap_meter import GapMeter
    from gui.main_window import MainWindow
    from gui.settings import Settings
    from gui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        from gui.app import scratch_settings

        settings: Settings = scratch_settings(Path(tmp))
        runner = TaskRunner()
        window = MainWindow(runner, settings)
        window.resize(1366, 768)
        window.show()

        def wait(signal: object) -> None:
            loop = QEventLoop()
            signal.connect(lambda *_a: loop.quit())  # type: ignore[attr-defined]
            QTimer.singleShot(1_800_000, loop.quit)
            loop.exec()

        def pause(seconds: float) -> None:
            loop = QEventLoop()
            QTimer.singleShot(int(seconds * 1000), loop.quit)
            loop.exec()

        idle = GapMeter()
        idle.start()
        pause(1.0)
        idle_gap = idle.stop()
        rows: list[tuple[str, str]] = []
        window.open_shop(shop)
        wait(window.overview_tab.updated)
        for name, tab in window.analysis_tabs():  # Cancel, before any result is kept
            window.tabs.setCurrentWidget(tab)  # type: ignore[arg-type]
            pause(cancel_after)
            task = runner.current(tab._owner)  # type: ignore[attr-defined]
            if task is None or not task.is_running:
                rows.append((f"{name}: Cancel", "finished before the press"))
                continue
            pressed = time.perf_counter()
            runner.cancel(tab._owner)  # type: ignore[attr-defined]
            wait(task.ended)
            rows.append(
                (
                    f"{name}: Cancel pressed {cancel_after:.0f} s into the computation",
                    f"stopped {time.perf_counter() - pressed:.2f} s later",
                )
            )
            print(rows[-1], flush=True)
        window.tabs.setCurrentWidget(window.overview_tab)
        meter = GapMeter()
        meter.start()
        for name, tab in window.analysis_tabs():
            meter.label = name
            started = time.perf_counter()
            window.tabs.setCurrentWidget(tab)  # type: ignore[arg-type]
            wait(tab.updated)
            rows.append((f"{name}: computed and shown", f"{time.perf_counter() - started:.1f} s"))
            print(rows[-1], f"gap so far {meter.longest * 1000:.0f} ms", flush=True)
        page = window.customers_tab.customers_page
        window.tabs.setCurrentWidget(window.customers_tab)
        meter.label = "moving through the customer table"
        for row in range(40):
            page.view.selectRow(row)
            app.processEvents()
        wait(page.detail.chart_shown)
        longest = meter.stop()
        window.close()
        runner.shutdown(600_000)
    rows += [
        (f"{label}: longest event-loop gap", f"{gap * 1000:.0f} ms")
        for label, gap in meter.by_label.items()
    ]
    rows.append(
        (
            "longest event-loop gap while the tabs receive their results",
            f"{longest * 1000:.0f} ms ({meter.where}); an idle window: {idle_gap * 1000:.0f} ms",
        )
    )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--full", action="store_true", help="also the 541,909-line shop")
    parser.add_argument("--only-full", action="store_true", help="only the 541,909-line shop")
    parser.add_argument("--cancel-after", type=float, default=5.0)
    args = parser.parse_args()
    from core.importer import import_file

    load = f"{os.getloadavg()[0]:.1f}"
    rows: list[tuple[str, str]] = [("load average at the start (2 cores)", load)]
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        shop = home / "demo.sqlite"
        import_file(shop, DEMO)
        starts: dict[str, list[float]] = {"bare": [], "eager": [], "now": []}
        for _ in range(args.repeat):
            for name, program in (("bare", BARE), ("eager", EAGER), ("now", NOW)):
                starts[name].append(start_to_window(program, shop, home))
        bare, eager, now = (statistics.median(starts[k]) for k in ("bare", "eager", "now"))
        rows += [
            ("start to window: bare PySide6 window (baseline)", f"{bare:.2f} s"),
            (
                "start to window: every tab loaded at start (before)",
                f"{eager:.2f} s = {eager / bare:.1f}× bare",
            ),
            (
                "start to window: analysis tabs loaded after the window shows (now)",
                f"{now:.2f} s = {now / bare:.1f}× bare",
            ),
        ]
        print("\n".join(f"{a}: {b}" for a, b in rows), flush=True)
        closed, running = close_time(shop, home)
        rows.append((f"close while computing ({running}) to the process's end", f"{closed:.2f} s"))
        print(rows[-1], flush=True)
        if not args.only_full:
            gap_rows = event_loop_gaps(shop, args.cancel_after)
            rows += [(f"demo shop (137,646 lines) — {a}", b) for a, b in gap_rows]
            print(gap_rows, flush=True)
        if (args.full or args.only_full) and RETAIL.exists():
            retail = home / "retail.sqlite"
            import_file(retail, RETAIL)
            retail_rows = event_loop_gaps(retail, args.cancel_after)
            rows += [(f"Online Retail (541,909 lines) — {a}", b) for a, b in retail_rows]
        rows.append(("load average at the end (2 cores)", f"{os.getloadavg()[0]:.1f}"))
        shutil.rmtree(home / "ShopLens", ignore_errors=True)
    for name, value in rows:
        print(f"{name}: {value}")
    append_results("Window (bench/window_bench.py)", machine_line(), rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
