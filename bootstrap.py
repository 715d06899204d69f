"""Set up ShopLens in a local virtual environment, then start it or test it.

    python3 bootstrap.py run     first use: create .venv and install; then open the app on the
                                 demo shop (extra arguments go to main.py)
    python3 bootstrap.py test    first use: create .venv and install with the test tools; then
                                 lint (ruff), type-check (strict mypy), check the layer contract
                                 (import-linter) and run the whole test suite (pytest)

Only the Python standard library is used here, so it works on a fresh machine with Python 3.11+.
The install is redone when pyproject.toml changes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _run(*cmd: str | Path, env: dict[str, str] | None = None) -> int:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.call([str(c) for c in cmd], cwd=ROOT, env=env)


def ensure_venv(extras: str) -> None:
    """Create .venv and install the project (editable) with `extras`, once per pyproject."""
    if sys.version_info < (3, 11):  # noqa: UP036 - runs before the venv, on any python3
        sys.exit(f"ShopLens needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    stamp = VENV / f".installed-{extras or 'app'}"
    pyproject = ROOT / "pyproject.toml"
    if stamp.exists() and stamp.stat().st_mtime >= pyproject.stat().st_mtime:
        return
    if not PYTHON.exists():
        print(f"Creating {VENV.name} ...", flush=True)
        try:
            venv.create(VENV, with_pip=True)
        except Exception as exc:  # Debian without python3-venv
            sys.exit(
                f"Could not create a virtual environment ({exc}). On Debian/Ubuntu install "
                "it first: sudo apt-get install python3-venv"
            )
    target = f".[{extras}]" if extras else "."
    pip = [PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    if _run(*pip, "--upgrade", "pip") or _run(*pip, "-e", target):
        sys.exit("Installing the dependencies failed (see the messages above).")
    stamp.touch()


def run(args: list[str]) -> int:
    ensure_venv("")
    return _run(PYTHON, "main.py", *args)


def _parallel() -> list[str]:
    """The whole suite on up to 4 workers when the machine has the cores (pytest-xdist): tests
    sharing an expensive fixture stay on one worker (tests/conftest.py groups them)."""
    workers = min(os.cpu_count() or 1, 4)
    return ["-n", str(workers), "--dist", "loadgroup"] if workers > 1 else []


def test(args: list[str]) -> int:
    ensure_venv("test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MPLBACKEND="Agg")
    steps = [
        (PYTHON, "-m", "ruff", "check", "."),
        (PYTHON, "-m", "mypy"),
        (BIN / "lint-imports",),
        (PYTHON, "-m", "pytest", *(args or _parallel())),
    ]
    for step in steps:
        code = _run(*step, env=env)
        if code:
            return code
    return 0


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test"):
        print(__doc__)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    return run(rest) if command == "run" else test(rest)


if __name__ == "__main__":
    sys.exit(main())
