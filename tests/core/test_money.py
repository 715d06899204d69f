"""One netting of returns and refunds for every analysis, equal to the shop file's own views."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from core.analysis.money import line_money
from core.importer import ImportReport
from core.store import open_shop


def test_line_money_agrees_with_the_sql_views_on_online_retail(
    online_retail: tuple[Path, ImportReport], online_retail_lines: pd.DataFrame
) -> None:
    money = line_money(online_retail_lines)
    conn = open_shop(online_retail[0])
    try:
        gross, returns, net = conn.execute(
            "SELECT sum(gross_sales), sum(returns), sum(net_sales) FROM daily_sales"
        ).fetchone()
    finally:
        conn.close()
    assert money.gross.sum() == pytest.approx(gross, abs=0.01)
    # the views do not tell fees from returns: together they are what the views call returns
    assert money.returns.sum() + money.fees.sum() == pytest.approx(returns, abs=0.01)
    assert money.net.sum() == pytest.approx(net, abs=0.01)
    # the figure the import report and the Overview give (README of ../shared/data)
    assert money.net.sum() == pytest.approx(9_769_872.05, abs=0.01)
    assert int(money.sold.sum()) == len(online_retail_lines) - 9_288  # 9,288 return lines


def test_refunds_and_missing_values() -> None:
    lines = pd.DataFrame(
        {
            "amount": [10.0, -4.0, float("nan"), 6.0],
            "refund_amount": [float("nan"), float("nan"), float("nan"), 2.5],
            "is_return": [False, True, False, False],
        }
    )
    money = line_money(lines)
    assert money.gross.tolist() == [10.0, 0.0, 0.0, 6.0]
    assert money.returns.tolist() == [0.0, 4.0, 0.0, 2.5]
    assert money.net.tolist() == [10.0, -4.0, 0.0, 3.5]
    assert money.net.sum() == money.gross.sum() - money.returns.sum()
    assert line_money(lines.drop(columns="refund_amount")).net.tolist() == [10.0, -4.0, 0.0, 6.0]
