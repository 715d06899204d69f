"""Result tables: replaced whole in one transaction, read back with their values."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.errors import StoreError
from core.results_store import load_result, save_result, saved_results
from core.store import data_checksum, open_shop


def test_result_round_trip_and_replace(tmp_path: Path) -> None:
    conn = open_shop(tmp_path / "shop.sqlite")
    before = data_checksum(conn)
    frame = pd.DataFrame(
        {
            "customer_id": pd.Series(["17850", "13047", None], dtype="str"),
            "score": [0.5, np.nan, 2.25],
            "orders": np.array([3, 1, 7], dtype="int64"),
            "active": [True, False, True],
            "next_order": pd.to_datetime(["2011-12-24", None, "2012-01-03"]),
        }
    )
    save_result(conn, "customer_scores", frame, as_of=date(2011, 12, 9))
    back = load_result(conn, "customer_scores")
    assert back is not None
    assert back["customer_id"].tolist()[:2] == ["17850", "13047"]
    assert back["customer_id"].isna().tolist() == [False, False, True]
    assert back["score"].isna().tolist() == [False, True, False]
    assert back["orders"].tolist() == [3, 1, 7]
    assert back["active"].tolist() == [1, 0, 1]
    assert back["next_order"].tolist()[0] == "2011-12-24"
    runs = saved_results(conn)
    assert runs.loc[0, "rows"] == 3 and runs.loc[0, "as_of"] == "2011-12-09"

    save_result(conn, "customer_scores", frame.iloc[:1])
    again = load_result(conn, "customer_scores")
    assert again is not None and len(again) == 1
    # results never touch the imported data
    assert data_checksum(conn) == before
    conn.close()


def test_unknown_result_is_none_and_bad_names_refused(tmp_path: Path) -> None:
    conn = open_shop(tmp_path / "shop.sqlite")
    assert load_result(conn, "never_written") is None
    with pytest.raises(StoreError, match="not a valid result name"):
        save_result(conn, "x; DROP TABLE order_lines", pd.DataFrame({"a": [1]}))
    with pytest.raises(StoreError, match="plain lower-case name"):
        save_result(conn, "fine", pd.DataFrame({"Bad Column": [1]}))
    conn.close()
