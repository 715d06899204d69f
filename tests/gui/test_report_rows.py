"""The import report's rows name lines taken out for orders cancelled since an earlier export."""

from __future__ import annotations

from pathlib import Path

from core.importer import ImportParams, import_file
from gui.widgets.import_report_view import report_rows
from tests.fixtures_gen import STATUS_TILL_SPEC, status_till_export


def test_withdrawn_lines_get_their_own_row(tmp_path: Path, qapp: object) -> None:
    db = tmp_path / "shop.sqlite"
    paid = status_till_export(tmp_path, "a.csv", ["B7,2024-05-01,dee,Jam,3,2.00,paid"])
    cancelled = status_till_export(tmp_path, "b.csv", ["B7,2024-05-01,dee,Jam,3,2.00,cancelled"])
    spec = STATUS_TILL_SPEC
    first = import_file(db, paid, ImportParams(mapping=spec))
    assert all("Taken out" not in label for label, _ in report_rows(first))
    second = import_file(db, cancelled, ImportParams(mapping=spec))
    rows = dict(report_rows(second))
    assert rows["Taken out (orders cancelled since)"] == "1"
    assert rows["Left out"] == "1" and rows["New lines imported"] == "0"
