"""Build the PyInstaller bundle and run its --selftest offscreen (slow: `pytest -m packaging`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

pytestmark = pytest.mark.packaging


def test_bundle_builds_and_passes_selftest(tmp_path: Path) -> None:
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("PyInstaller is not installed (pip install -e .[packaging])")
    dist, work = tmp_path / "dist", tmp_path / "build"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyinstaller"),
            "--noconfirm",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(PROJECT_ROOT / "installer.spec"),
        ],
        cwd=PROJECT_ROOT,
        check=True,
        capture_output=True,
    )
    exe = dist / "ShopLens" / ("ShopLens.exe" if os.name == "nt" else "ShopLens")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [str(exe), "--selftest"], env=env, capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stderr
    assert "selftest ok" in out.stdout
    assert "net sales" in out.stdout
