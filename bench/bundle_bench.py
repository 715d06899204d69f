"""The PyInstaller bundle: how long it takes to build, how big it is, how fast it starts and
works. Each figure is set against a baseline measured in the same run of this script:

- build time against the time a fresh interpreter takes to import the app's modules
  (`python -c "import main, core.importer, ..., gui.app"`). PyInstaller's analysis walks that
  same import graph, so the ratio says how much the freezing itself (dependency scan, bytecode,
  copying binaries) costs on top of loading the app, and stays comparable across machines.
  The build uses an empty PyInstaller cache, as a clean CI machine would.
- the bundle's size on disk (sum of file sizes, MB = 10^6 bytes) with its largest parts;
- `ShopLens --selftest` of the bundle against `python main.py --selftest` from source (both
  offscreen, median of --runs runs after one untimed warm-up each, run in turns): the cost or
  gain of starting from the frozen folder.

Figures are appended to bench/RESULTS.md.

    .venv/bin/python bench/bundle_bench.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import append_results, machine_line  # noqa: E402

PYTHON = Path(sys.executable)
APP_MODULES = (
    "main, core.importer, core.sections.run, core.charts.overview, gui.app, gui.main_window"
)


def _timed(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    """Seconds one command takes; raises with its output when it fails."""
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return elapsed


def build_bundle(out: Path, env: dict[str, str]) -> tuple[Path, float]:
    """Build the one-folder bundle under `out`; return the executable and the build seconds."""
    pyinstaller = PYTHON.parent / ("pyinstaller.exe" if os.name == "nt" else "pyinstaller")
    cmd = [
        str(pyinstaller),
        "--noconfirm",
        "--distpath",
        str(out / "dist"),
        "--workpath",
        str(out / "build"),
        str(ROOT / "installer.spec"),
    ]
    seconds = _timed(cmd, env, ROOT)
    exe = out / "dist" / "ShopLens" / ("ShopLens.exe" if os.name == "nt" else "ShopLens")
    return exe, seconds


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under `folder` (links are not followed)."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def largest_parts(internal: Path, count: int = 5) -> str:
    """The biggest top-level entries of the bundle's _internal folder, e.g. "pyarrow 100"."""
    sizes = []
    for entry in internal.iterdir():
        if entry.is_symlink():  # links to libraries in sub-folders, counted there
            continue
        size = folder_size(entry)[0] if entry.is_dir() else entry.stat().st_size
        sizes.append((size, entry.name))
    sizes.sort(reverse=True)
    return ", ".join(f"{name} {size / 1e6:.0f}" for size, name in sizes[:count])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="timed selftest runs of each kind")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shoplens-bundle-") as tmp:
        out = Path(tmp)
        home = out / "home"  # neither the build nor the selftests touch the user's own folders
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            PYINSTALLER_CONFIG_DIR=str(out / "pyinstaller-cache"),
            SHOPLENS_HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
        )
        import_cmd = [str(PYTHON), "-c", f"import {APP_MODULES}"]
        _timed(import_cmd, env, ROOT)  # warm the file cache and __pycache__ first
        t_import = statistics.median(_timed(import_cmd, env, ROOT) for _ in range(3))
        print(f"importing the app's modules: {t_import:.2f} s", flush=True)

        exe, t_build = build_bundle(out, env)
        print(f"build: {t_build:.1f} s", flush=True)
        size, files = folder_size(exe.parent)
        parts = largest_parts(exe.parent / "_internal")

        bundle_cmd, source_cmd = [str(exe), "--selftest"], [str(PYTHON), "main.py", "--selftest"]
        _timed(bundle_cmd, env, out)
        _timed(source_cmd, env, ROOT)
        bundle_times, source_times = [], []
        for _ in range(args.runs):
            bundle_times.append(_timed(bundle_cmd, env, out))
            source_times.append(_timed(source_cmd, env, ROOT))
        t_bundle, t_source = statistics.median(bundle_times), statistics.median(source_times)
        print(f"selftest: bundle {t_bundle:.2f} s, source {t_source:.2f} s", flush=True)

    rows = [
        (
            "build (one folder, empty cache) vs importing the app's modules",
            f"{t_build:.1f} s vs {t_import:.2f} s = {t_build / t_import:.0f}×",
        ),
        ("bundle size on disk", f"{size / 1e6:.0f} MB in {files:,} files"),
        ("largest parts (MB)", parts),
        (
            f"--selftest: bundle vs python main.py (median of {args.runs})",
            f"{t_bundle:.2f} s vs {t_source:.2f} s = {t_bundle / t_source:.2f}×",
        ),
    ]
    append_results("PyInstaller bundle (installer.spec)", machine_line(), rows)
    for name, value in rows:
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
