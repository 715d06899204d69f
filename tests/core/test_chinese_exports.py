"""Chinese platform exports read the way the platforms mean them (issue 12, point 1).

The files are generated from the platforms' documented columns (tests/fixtures_gen.py): Tmall's
order report (paid already net of refunds, empty payment time = never paid, headers with
trailing spaces), a Taobao export whose closed orders were paid and refunded, and order-level
exports without buyers or products. Each figure is computed here from the rows written.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pandas as pd
import pytest

from core.analysis.kpis import compute_kpis
from core.importer import ImportParams, import_file, preview_file
from core.ingest.clean import to_canonical
from core.ingest.mapping import auto_map
from core.ingest.payments import CNY_NOTE
from core.ingest.readers import read_table
from core.store import load_lines, open_shop
from tests import fixtures_gen as gen


def _lines(db: Path) -> pd.DataFrame:
    conn = open_shop(db)
    try:
        return load_lines(conn)
    finally:
        conn.close()


def test_tmall_report_gross_refunds_net_and_orders(tmp_path: Path) -> None:
    rows = gen.tmall_rows()
    paid = [r for i, r in enumerate(rows) if gen.tmall_kind(i) != "unpaid"]
    gross = round(sum(float(r[1]) for r in paid), 2)
    refunds = round(sum(float(r[6]) for r in paid), 2)
    # paid + refund = total on every paid order: the file itself says the paid column is net
    assert all(abs(float(r[2]) + float(r[6]) - float(r[1])) < 0.005 for r in paid)
    assert (len(rows), len(paid), gross, refunds) == (40, 32, 6388.8, 877.81)

    db = tmp_path / "shop.sqlite"
    report = import_file(db, gen.tmall_report(tmp_path))
    assert report.preset == "Tmall order report"
    assert report.mapping["amount"] == "总金额"
    # before: gross 5,510.99, returns 181.41, net 5,329.58, 28 orders, 12 rows excluded as
    # "zero-value line without a customer"
    assert (report.gross_sales, report.returns, report.net_sales) == (
        gross,
        refunds,
        round(gross - refunds, 2),
    )
    assert report.orders == 32
    assert report.customers is None  # no buyer column: unknown, not 0
    assert report.rows_excluded == {"unpaid order": 8}
    assert report.currency == "CNY"
    assert CNY_NOTE in report.notes
    assert not any("free items" in note for note in report.notes)

    result = compute_kpis(_lines(db))
    totals = result.totals
    assert (totals["gross_sales"], totals["returns"], totals["net_sales"]) == (
        6388.8,
        877.81,
        5510.99,
    )
    assert (totals["orders"], totals["fees"]) == (32, 0.0)
    assert totals["aov"] == round(6388.8 / 32, 2)
    # no buyer id and no products: unknown, not 0
    for metric in ("units", "customers", "new_customers", "returning_customers"):
        assert math.isnan(totals[metric]), metric
    assert result.series["customers"].isna().all()
    assert result.change.get("customers") is None
    assert any("no quantity column" in note for note in result.notes)
    assert result.currency == "CNY"


def test_fully_refunded_tmall_order_is_a_sale_refunded_in_full(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    import_file(db, gen.tmall_report(tmp_path))
    lines = _lines(db).set_index("order_id")
    refunded = [str(i + 1) for i in range(gen.TMALL_ORDER_COUNT) if gen.tmall_kind(i) == "refunded"]
    assert refunded == ["3", "13", "23", "33"]
    rows = {r[0]: r for r in gen.tmall_rows()}
    for order in refunded:
        assert float(rows[order][2]) == 0.0  # paid 0 in the file
        assert lines.loc[order, "amount"] == float(rows[order][1])
        assert lines.loc[order, "refund_amount"] == float(rows[order][1])
    assert "1" not in lines.index  # unpaid


def test_user_mapping_adds_to_the_detected_one(tmp_path: Path) -> None:
    """Naming only the amount column used to fail with "no column for order date"."""
    path = gen.tmall_report(tmp_path)
    spec: dict[str, str | int | None] = {"amount": "买家实际支付金额"}
    preview = preview_file(path, ImportParams(mapping=spec))
    assert preview.missing == []
    assert preview.mapping.as_dict()["order_date"] == "订单创建时间"
    report = import_file(tmp_path / "shop.sqlite", path, ImportParams(mapping=spec))
    assert report.mapping["amount"] == "买家实际支付金额"
    assert report.mapping["refund_amount"] == "退款金额"
    # the paid column has the refund taken out: the sale is paid + refund, the same figures
    assert (report.gross_sales, report.returns, report.orders) == (6388.8, 877.81, 32)
    # a field set to "no column" stays empty
    without = dict(spec, refund_amount=None)
    assert (
        "refund_amount" not in preview_file(path, ImportParams(mapping=without)).mapping.as_dict()
    )


TAOBAO_HEADER = ["订单编号", "买家会员名", "订单创建时间", "订单付款时间", "宝贝标题", "购买数量"]
TAOBAO_HEADER += ["总金额", "买家实际支付金额", "退款金额", "订单状态", "收货地址"]


def _taobao(tmp_path: Path, rows: list[list[str]]) -> Path:
    path = tmp_path / "ExportOrderList.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(TAOBAO_HEADER)
        writer.writerows(rows)
    return path


def test_closed_taobao_orders_that_were_paid_are_refunded_sales(tmp_path: Path) -> None:
    t0, t1 = "2024-03-01 10:00:00", "2024-03-01 10:02:00"
    rows = [
        ["1001", "ann", t0, t1, "保温杯", "1", "39.00", "39.00", "0", "交易成功", "浙江省 杭州市"],
        # paid, then refunded in full: Taobao closes it (交易关闭), paid shows 0
        ["1002", "bob", t0, t1, "蓝牙耳机", "1", "199.00", "0", "199.00", "交易关闭", "上海"],
        # paid and closed with no refund figure: the file still shows it was paid
        ["1003", "cy", t0, t1, "连衣裙", "2", "256.00", "256.00", "", "交易关闭", "北京"],
        # closed before anyone paid: no sale
        ["1004", "dan", t0, "", "积木", "1", "59.90", "0", "0", "交易关闭", "广东省 深圳市"],
        # waiting for payment
        ["1005", "eve", t0, "", "四件套", "1", "268.00", "0", "0", "等待买家付款", "上海"],
        # paid, part refunded: paid = total - refund
        ["1006", "ann", t0, t1, "保温杯", "3", "117.00", "78.00", "39.00", "交易成功", "上海"],
    ]
    raw = read_table(_taobao(tmp_path, rows))
    mapping = auto_map(raw)
    assert mapping.preset == "Taobao/Tmall orders"
    result = to_canonical(raw, mapping)
    assert result.excluded == {"cancelled order": 1, "unpaid order": 1}
    lines = result.lines.set_index("order_id")
    assert lines.index.tolist() == ["1001", "1002", "1003", "1006"]
    assert lines["amount"].tolist() == [39.0, 199.0, 256.0, 117.0]
    assert lines["refund_amount"].tolist() == [0.0, 199.0, 256.0, 39.0]
    assert not lines["is_return"].any()
    assert any("closed orders had been paid" in note for note in result.notes)
    totals = compute_kpis(result.lines).totals
    assert (totals["gross_sales"], totals["returns"], totals["orders"]) == (611.0, 494.0, 4)
    assert totals["customers"] == 3 and totals["units"] == 7


def test_free_items_note_counts_only_kept_rows(tmp_path: Path) -> None:
    path = tmp_path / "till.csv"
    path.write_text(
        "Order,Date,Customer,Product,Qty,Price,Status\n"
        "A1,2024-03-01,ann,Tea,1,4.50,paid\n"
        "A1,2024-03-01,ann,Sample tea,1,0,paid\n"
        "A2,2024-03-02,bob,Sample tea,1,0,cancelled\n"
        "A3,2024-03-02,cy,Sample tea,1,0,pending payment\n",
        encoding="utf-8",
    )
    raw = read_table(path)
    result = to_canonical(raw, auto_map(raw))
    assert result.excluded == {"cancelled order": 1, "unpaid order": 1}
    notes = [n for n in result.notes if "free items" in n]
    assert notes == [
        "1 lines of value 0 sold to a known customer were kept as free items (they count as "
        "orders, not as sales)."
    ]


@pytest.mark.parametrize("currency_column", [False, True])
def test_cny_is_the_default_only_without_a_currency(tmp_path: Path, currency_column: bool) -> None:
    rows = [["1001", "ann", "2024-03-01 10:00:00", "2024-03-01 10:01:00", "保温杯", "1"]]
    rows[0] += ["39.00", "39.00", "0", "交易成功", "上海"]
    header = list(TAOBAO_HEADER)
    if currency_column:
        header.append("币种")
        rows[0].append("USD")
    path = tmp_path / "orders.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    raw = read_table(path)
    result = to_canonical(raw, auto_map(raw))
    assert result.lines["currency"].tolist() == ["USD" if currency_column else "CNY"]
    assert (CNY_NOTE in result.notes) is not currency_column
