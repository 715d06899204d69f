"""The PyInstaller bundle built from installer.spec: it starts, passes its offscreen --selftest
and imports real exports exactly as the app does from source, and it ships what the app needs
(resources, Excel and encoding support) and nothing of the development tools.

Slow (one build of about a minute or two), so deselected by default: `pytest -m packaging`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests import fixtures_gen
from tests.conftest import PROJECT_ROOT, shared_file

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(1200)]

BIN = Path(sys.executable).parent
EXE_NAME = "ShopLens.exe" if os.name == "nt" else "ShopLens"
#: Development and test tools of the project's environment that must not reach users.
DEV_TOOLS = {
    "pytest", "_pytest", "pytestqt", "pytest_timeout", "pluggy", "mypy", "ruff",
    "importlinter", "grimp", "hypothesis", "IPython", "pip", "setuptools", "PyInstaller",
    "tkinter", "_tkinter",
}  # fmt: skip
CJK_FONT_NAME = re.compile(r"cjk|sourcehan|wqy|wenquanyi|simhei|simsun|msyh|yahei|pingfang", re.I)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the one-folder bundle once for this module; the executable's path."""
    pyinstaller = BIN / ("pyinstaller.exe" if os.name == "nt" else "pyinstaller")
    if not pyinstaller.exists():
        pytest.skip("PyInstaller is not installed (pip install -e .[packaging])")
    out = tmp_path_factory.mktemp("bundle")
    cmd = [str(pyinstaller), "--noconfirm", "--distpath", str(out / "dist")]
    cmd += ["--workpath", str(out / "build"), str(PROJECT_ROOT / "installer.spec")]
    done = subprocess.run(cmd, cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-5000:]
    exe = out / "dist" / "ShopLens" / EXE_NAME
    assert exe.is_file()
    return exe


def _run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def _import_json(cmd: list[str], files: list[Path], db: Path) -> list[dict[str, Any]]:
    """`import FILE... --json` through `cmd` (bundle or source): one report per file. The
    files come from platforms in different currencies; they go into one shop on purpose (the
    user's "import anyway"), as this checks reading them, not the currency question."""
    args = [*cmd, "import", *map(str, files), "--db", str(db), "--json", "--allow-other-currency"]
    done = _run(args, files[0].parent)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def _pyz_modules(exe: Path) -> set[str]:
    """Names of the Python modules frozen into the bundle's archive."""
    from PyInstaller.archive.readers import CArchiveReader

    return set(CArchiveReader(str(exe)).open_embedded_archive("PYZ.pyz").toc)


def test_selftest_passes_like_source(bundle: Path, tmp_path: Path) -> None:
    frozen = _run([str(bundle), "--selftest"], tmp_path)
    assert frozen.returncode == 0, frozen.stderr
    assert "selftest ok" in frozen.stdout
    source = _run([sys.executable, "main.py", "--selftest"], PROJECT_ROOT)
    assert source.returncode == 0, source.stderr
    # Same demo lines and the same net sales as the app run from source.
    assert frozen.stdout == source.stdout


def test_exports_import_as_from_source(bundle: Path, tmp_path: Path) -> None:
    """GBK and UTF-16 text (encoding detection, Chinese codecs), xlsx and ods (calamine)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    files = [
        fixtures_gen.taobao_gbk(folder),
        fixtures_gen.amazon_utf16_tsv(folder),
        fixtures_gen.titled_workbook(folder),
        fixtures_gen.ods_orders(folder),
    ]
    frozen = _import_json([str(bundle)], files, tmp_path / "frozen.sqlite")
    from_source = [sys.executable, str(PROJECT_ROOT / "main.py")]
    source = _import_json(from_source, files, tmp_path / "source.sqlite")
    assert frozen == source
    assert [report["file"] for report in frozen] == [f.name for f in files]
    assert frozen[0]["encoding"] == "gb18030"
    written = [fixtures_gen.taobao_rows(), fixtures_gen.amazon_rows()]
    written += [fixtures_gen.workbook_rows()] * 2
    assert [report["rows_read"] for report in frozen] == [len(rows) for rows in written]
    # The .ods holds the workbook's orders again: every line is already in the shop.
    assert frozen[3]["rows_already_present"] == frozen[3]["rows_read"]


def test_real_excel_workbook_imports_and_analyzes(bundle: Path, tmp_path: Path) -> None:
    """Tableau's Superstore .xls (BIFF8): the figures its README gives, then `analyze`."""
    xls = shared_file("superstore/Sample - Superstore.xls")
    db = tmp_path / "superstore.sqlite"
    (report,) = _import_json([str(bundle)], [xls], db)
    assert report["rows_imported"] == 9_994
    assert report["orders"] == 5_009
    assert report["customers"] == 793
    assert report["net_sales"] == pytest.approx(2_297_200.8603, abs=0.01)
    done = _run([str(bundle), "analyze", "--db", str(db)], tmp_path)
    assert done.returncode == 0, done.stderr
    analysis = json.loads(done.stdout)
    assert analysis["lines"] == 9_994
    assert analysis["kpis"]["totals"]["orders"] == 5_009


def test_bundle_ships_resources_and_leaves_out_tools(bundle: Path) -> None:
    internal = bundle.parent / "_internal"
    dangling = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling  # a library left out must take its links with it
    resources = internal / "resources"
    source = PROJECT_ROOT / "resources"
    shipped = {p.relative_to(resources) for p in resources.rglob("*") if p.is_file()}
    expected = {
        p.relative_to(source) for p in source.rglob("*") if p.is_file() and p.suffix != ".ts"
    }
    assert shipped == expected  # style.qss, icons, demo data, compiled translations (.qm)
    assert any(p.suffix == ".qm" for p in shipped)

    modules = _pyz_modules(bundle)
    top_level = {name.split(".")[0] for name in modules}
    top_level |= {p.name.split(".")[0] for p in internal.iterdir()}
    assert not top_level & DEV_TOOLS
    for needed in ("python_calamine", "charset_normalizer", "pyarrow.compute"):
        assert needed in modules
    assert "matplotlib.backends.backend_qtagg" in modules

    gui_imports = set()
    for path in (PROJECT_ROOT / "gui").rglob("*.py"):
        gui_imports |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    bindings = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.*")}
    # QtSvg comes with matplotlib's Qt toolbar and draws the SVG window icon.
    assert bindings - {"QtSvg"} <= gui_imports

    fonts = [p for p in internal.rglob("*") if p.suffix.lower() in {".ttf", ".otf", ".ttc"}]
    assert fonts, "matplotlib's fallback fonts are missing"
    assert not [p for p in fonts if CJK_FONT_NAME.search(p.name)]  # Chinese: system fonts
    assert all("mpl-data" in p.parts for p in fonts)
