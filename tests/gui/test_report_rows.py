"""The import report's rows name lines taken out for orders cancelled since an earlier export."""

from __future__ import annotations

from pathlib import Path

from core.importer import ImportParams, import_file
from gui.widgets.import_report_view import report_rows


def test_withdrawn_lines_get_their_own_row(tmp_path: Path, qapp: object) -> None:
    db = tmp_path / "shop.sqlite"
    header = "Order,Date,Customer,Item,Qty,Price,Status\n"
    paid, cancelled = tmp_path / "a.csv", tmp_path / "b.csv"
    paid.write_text(header + "B7,2024-05-01,dee,Jam,3,2.00,paid\n", encoding="utf-8")
    cancelled.write_text(header + "B7,2024-05-01,dee,Jam,3,2.00,cancelled\n", encoding="utf-8")
    spec: dict[str, str | int] = {
        "order_id": "Order",
        "order_date": "Date",
        "customer_id": "Customer",
        "product_name": "Item",
        "quantity": "Qty",
        "unit_price": "Price",
        "status": "Status",
    }
    first = import_file(db, paid, ImportParams(mapping=spec))
    assert all("Taken out" not in label for label, _ in report_rows(first))
    second = import_file(db, cancelled, ImportParams(mapping=spec))
    rows = dict(report_rows(second))
    assert rows["Taken out (orders cancelled since)"] == "1"
    assert rows["Left out"] == "1" and rows["New lines imported"] == "0"
