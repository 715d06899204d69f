"""The layer contract: core/ is a plain library that never imports Qt, gui or pyplot.

import-linter checks it statically (pyproject.toml, run by bootstrap.py test); this test checks
it the way it matters at run time: importing every core module in a fresh interpreter loads no
Qt binding, no gui module and no pyplot.
"""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import PROJECT_ROOT

FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "gui", "matplotlib.pyplot", "matplotlib.backends")


def _core_modules() -> list[str]:
    core = PROJECT_ROOT / "core"
    return sorted(
        ".".join(p.relative_to(PROJECT_ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in core.rglob("*.py")
    )


def test_core_source_has_no_forbidden_import() -> None:
    offenders = []
    for path in (PROJECT_ROOT / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [
                f"{path.name}: {n}"
                for n in names
                if any(n == f or n.startswith(f + ".") for f in FORBIDDEN)
            ]
    assert offenders == []


def test_importing_core_loads_no_qt_at_run_time() -> None:
    modules = _core_modules()
    assert "core.store" in modules and "core.importer" in modules
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6', 'gui')"
        " or m.startswith('matplotlib.pyplot') or m.startswith('matplotlib.backends.backend_qt')]\n"
        "print(bad)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_no_machine_paths_in_project_files() -> None:
    """Project files name shared data relatively (../shared/data/...), never by absolute path."""
    suspicious = []
    for path in PROJECT_ROOT.rglob("*"):
        relative = path.relative_to(PROJECT_ROOT)
        if any(part.startswith(".") or part in {"build", "dist"} for part in relative.parts[:-1]):
            continue  # .venv, .git, tool caches, build output: not project files
        if not path.is_file() or relative.parts == (".git",):  # a worktree's .git file
            continue
        if path.suffix not in {".py", ".toml", ".md", ".spec", ".cfg", ".ini", ""}:
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        for marker in (f"/{top}/" for top in ("work", "root", "home")):
            if marker in text:
                suspicious.append(f"{path.relative_to(PROJECT_ROOT)} contains {marker}")
    assert suspicious == []
