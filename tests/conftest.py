"""Test setup shared by every test: offscreen Qt, fresh settings, the shared real data sets.

The real data sets live in ../shared/data beside the project (each with a README naming its
source); tests that need one skip with a clear reason when it is absent.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Set before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
# Module- and session-scoped fixtures run before the per-test home below: whatever they write
# into the data folder (the backups an import takes) goes into a scratch one, never the user's.
os.environ["SHOPLENS_HOME"] = tempfile.mkdtemp(prefix="shoplens-tests-")
atexit.register(shutil.rmtree, os.environ["SHOPLENS_HOME"], ignore_errors=True)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("SHOPLENS_SHARED_DATA", PROJECT_ROOT.parent / "shared" / "data"))
FIXTURES = Path(__file__).resolve().parent / "data"


def shared_file(relative: str) -> Path:
    """Path of a file under ../shared/data, or skip the test saying which file is missing."""
    path = SHARED_DATA / relative
    if not path.exists():
        pytest.skip(f"real data set not available: ../shared/data/{relative} is absent")
    return path


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test writes to the user's real settings or data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SHOPLENS_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))


#: Folders whose tests share session fixtures that cost minutes (an analysed Online Retail, the
#: report's shop and workbooks): run in parallel, each folder stays on one worker so they are
#: built once. `_JOINS` puts single modules with such a fixture into one group.
_SHARED_SESSION_FOLDERS = ("core/customers", "core/forecast", "core/recommend", "core/report")
_JOINS = {
    "gui/test_report_export.py": "core/report",
    # the demo shop with every analysis kept (tests/gui/conftest.py)
    "gui/test_app.py": "gui/analysed demo shop",
    "gui/test_zh_every_tab.py": "gui/analysed demo shop",
    "gui/test_event_loop_gap.py": "gui/analysed demo shop",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Group the tests for pytest-xdist's `--dist loadgroup` (the test command runs two workers):
    a module's tests stay together (its module fixtures are built once), and so do the folders
    above. Without xdist the marks do nothing."""
    tests = Path(__file__).resolve().parent
    for item in items:
        relative = item.path.resolve().relative_to(tests).as_posix()
        group = _JOINS.get(relative) or next(
            (f for f in _SHARED_SESSION_FOLDERS if relative.startswith(f + "/")), relative
        )
        item.add_marker(pytest.mark.xdist_group(group))
