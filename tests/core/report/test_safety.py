"""A cancelled or failed report leaves no file; a folder or workbook it cannot write gives a
plain message; `main.py report` exits non-zero with that message."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from core.errors import Cancelled
from core.report import ReportError, ReportParams, write_report
from core.report import excel as excel_module
from tests.conftest import PROJECT_ROOT
from tests.core.report.conftest import Reports

# The first test of a session computes every analysis of the report shop (about a minute on an
# idle 2-core machine, several when it is shared): more than the default guard against hangs.
pytestmark = pytest.mark.timeout(900)


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_cancel_while_writing_leaves_no_file(reports: Reports, tmp_path: Path) -> None:
    seen: list[str] = []

    def progress(fraction: float, message: str) -> None:
        seen.append(message)
        if message == "Saving the workbook":
            raise Cancelled()

    with pytest.raises(Cancelled):
        write_report(reports.db, ReportParams(out=tmp_path / "r.xlsx"), progress)
    assert "Saving the workbook" in seen
    assert _files(tmp_path) == []


def test_failure_keeps_the_previous_report(
    reports: Reports, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "r.xlsx"
    write_report(reports.db, ReportParams(out=out, only=("kpis",)))
    before = out.read_bytes()
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask  # not the temporary file's 0600

    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(excel_module, "write_section", broken)
    with pytest.raises(RuntimeError):
        write_report(reports.db, ReportParams(out=out, only=("kpis",)))
    assert _files(tmp_path) == ["r.xlsx"] and out.read_bytes() == before


def test_unwritable_folder_gives_a_plain_message(
    reports: Reports, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(**_kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    # Refused by the system itself where the test does not run as the superuser.
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    if os.geteuid() == 0:  # the superuser writes anywhere: refuse the way the system would
        monkeypatch.setattr(excel_module.tempfile, "mkstemp", refused)
    try:
        with pytest.raises(ReportError, match=r"cannot write into the folder .*locked"):
            write_report(reports.db, ReportParams(out=folder / "r.xlsx", only=("kpis",)))
    finally:
        folder.chmod(0o700)
    assert _files(folder) == []
    with pytest.raises(ReportError, match="does not exist"):
        write_report(reports.db, ReportParams(out=tmp_path / "missing" / "r.xlsx"))


def test_workbook_open_elsewhere_gives_a_plain_message(
    reports: Reports, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def in_use(_src: object, _dst: object) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(excel_module.os, "replace", in_use)
    with pytest.raises(ReportError, match=r"open in Excel.*Close it there and try again"):
        write_report(reports.db, ReportParams(out=tmp_path / "r.xlsx", only=("kpis",)))
    assert _files(tmp_path) == []


def _main(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SHOPLENS_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_report_command(reports: Reports, tmp_path: Path) -> None:
    out = tmp_path / "rfm.xlsx"
    done = _main(
        "report",
        "--db",
        str(reports.db),
        "--out",
        str(out),
        "--only",
        "rfm",
        "--lang",
        "zh_CN",
        home=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    assert openpyxl.load_workbook(out).sheetnames == ["封面", "图表数据", "RFM 分群", "数据质量"]

    failed = _main(
        "report", "--db", str(reports.db), "--out", str(tmp_path / "no" / "r.xlsx"), home=tmp_path
    )
    assert failed.returncode == 2
    assert "does not exist. Choose another folder." in failed.stderr
    assert "Traceback" not in failed.stderr

    unknown = _main("report", "--db", str(reports.db), "--only", "nope", home=tmp_path)
    assert unknown.returncode == 2 and "There is no analysis called nope" in unknown.stderr
