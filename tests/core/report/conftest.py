"""One shop and its reports, made once per session: the analyses are computed by the first
report and read back from the shop file by every later one.

The shop is the bundled demo data (a real Online Retail sample) cut to the lines of its
REPORT_PRODUCTS most sold products and of every other customer (guest orders kept): a whole year
of orders, so every analysis runs, yet small enough to compute and read back quickly. Its best
sellers are renamed to text a spreadsheet could take for a formula, so every test sees those
names travel through the forecast and the recommendations into the workbook.
"""

from __future__ import annotations

import csv
import gzip
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from core.charges import is_charge_code
from core.demo import demo_file
from core.importer import ImportReport, import_file
from core.report import ReportParams, ReportResult, write_report
from core.sections.run import SectionOutcome, run_sections

REPORT_PRODUCTS = 100
CUSTOMER_SHARE = 2  # the demo already holds one customer in three (ids divisible by 3)
HOSTILE = ('=HYPERLINK("http://example.com","click")', "+1+1", "-2+3", "@SUM(A1)")


@dataclass(frozen=True)
class Reports:
    db: Path
    en: ReportResult
    zh: ReportResult
    outcomes: dict[str, SectionOutcome]
    renamed: dict[str, str]  # original product name -> hostile name
    imported: ImportReport


def hostile_shop(folder: Path) -> tuple[Path, dict[str, str], ImportReport]:
    with gzip.open(demo_file(), "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = list(reader)
    code, name = header.index("StockCode"), header.index("Description")
    kept = {c for c, _ in Counter(r[code] for r in rows).most_common(REPORT_PRODUCTS)}
    customer = header.index("CustomerID")
    rows = [
        r
        for r in rows
        if r[code] in kept and (not r[customer] or int(float(r[customer])) % CUSTOMER_SHARE == 0)
    ]
    # the best-selling products (not POSTAGE: a charge is in no product table of the report)
    charge = set(pd.Series([r[code] for r in rows]).loc[lambda c: is_charge_code(c)].unique())
    sold = Counter(r[name] for r in rows if r[name] and r[code] not in charge)
    top = [n for n, _ in sold.most_common(len(HOSTILE))]
    renamed = dict(zip(top, HOSTILE, strict=True))
    for row in rows:
        row[name] = renamed.get(row[name], row[name])
    text = io.StringIO()
    csv.writer(text).writerows([header, *rows])
    export = folder / "orders.csv"
    export.write_text(text.getvalue(), encoding="utf-8")
    db = folder / "Hostile shop.sqlite"
    return db, renamed, import_file(db, export)


@pytest.fixture(scope="session")
def books(reports: Reports) -> dict[str, openpyxl.Workbook]:
    """Both workbooks read back once by openpyxl (reading is the slow part of these tests)."""
    return {
        "en": openpyxl.load_workbook(reports.en.path),
        "zh": openpyxl.load_workbook(reports.zh.path),
    }


_BUILT: list[Reports] = []  # the session's reports, shared by every module that asks


def build_reports(tmp_path_factory: pytest.TempPathFactory) -> Reports:
    """The shop and both reports, made by the first test that needs them in a session."""
    if not _BUILT:
        folder = tmp_path_factory.mktemp("report")
        db, renamed, imported = hostile_shop(folder)
        en = write_report(db, ReportParams(out=folder / "report.xlsx"))
        zh = write_report(db, ReportParams(out=folder / "报告.xlsx", lang="zh_CN"))
        outcomes = run_sections(db)  # read back from the shop file: the results the report used
        assert all(o.from_store for o in outcomes.values())
        _BUILT.append(Reports(db, en, zh, outcomes, renamed, imported))
    return _BUILT[0]


@pytest.fixture(scope="session")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Reports:
    return build_reports(tmp_path_factory)
