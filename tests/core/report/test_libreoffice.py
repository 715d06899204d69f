"""A real spreadsheet program reads the report: LibreOffice turns the English and the Chinese
workbook into PDF headlessly and the PDF's text has the headers and a known figure.

CI installs libreoffice-calc-nogui, poppler-utils and fonts-noto-cjk (.ci/run); elsewhere the
test skips, saying which program is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.core.report.conftest import Reports

# The first test of a session computes every analysis of the report shop (about a minute on an
# idle 2-core machine, several when it is shared): more than the default guard against hangs.
pytestmark = pytest.mark.timeout(900)


def _program(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(
            f"{name} is not installed (apt-get install libreoffice-calc-nogui poppler-utils)"
        )
    return path


def _pdf_text(workbook: Path, folder: Path) -> str:
    soffice, pdftotext = _program("soffice"), _program("pdftotext")
    # Its own profile folder: a LibreOffice the user has open elsewhere is not disturbed.
    env = dict(os.environ, HOME=str(folder))
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{folder / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(workbook),
        ],
        capture_output=True,
        text=True,
        timeout=280,
        env=env,
    )
    pdf = folder / f"{workbook.stem}.pdf"
    assert pdf.exists(), done.stderr or done.stdout
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text


def _money(value: float) -> str:
    return f"£{value:,.2f}"


def test_libreoffice_reads_both_languages(reports: Reports, tmp_path: Path) -> None:
    kpis = reports.outcomes["kpis"].result.by_period["month"]
    first_month_net = _money(float(kpis.series["net_sales"].iloc[0]))
    en = _pdf_text(reports.en.path, tmp_path / "en")
    assert "ShopLens report" in en
    for header in ("Gross sales", "Net sales", "Average order value", "Segment", "Glossary"):
        assert header in en
    assert f"{reports.imported.rows_imported:,}" in en  # order lines on the Cover
    assert first_month_net in en
    zh = _pdf_text(reports.zh.path, tmp_path / "zh")
    for header in ("ShopLens 报告", "总销售额", "净销售额", "术语表", "分群"):
        assert header in zh
    assert first_month_net in zh
