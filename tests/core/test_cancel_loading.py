"""Cancel reaches inside the loading of a shop's lines (issue 13 §1): half a million lines
take seconds to read, and every analysis starts there."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from core import store
from core.errors import Cancelled
from core.importer import ImportParams, import_file
from core.schema import LINE_COLUMNS
from tests.cancel_after import CancelAfter
from tests.core.campaigns.shopgen import MAPPING, history, write_csv


def test_loading_the_lines_stops_between_blocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "shop.sqlite"
    report = import_file(
        db, write_csv(history(), tmp_path / "orders.csv"), ImportParams(mapping=MAPPING)
    )
    monkeypatch.setattr(store, "LOAD_BLOCK", 1000)
    with store.shop_connection(db) as conn:
        plain = store.load_lines(conn)
        whole = CancelAfter(None)
        loaded = store.load_lines(conn, progress=whole)
        stopped = CancelAfter(1)
        with pytest.raises(Cancelled):
            store.load_lines(conn, progress=stopped)
    assert len(plain) == report.rows_imported == 3000
    pd.testing.assert_frame_equal(loaded, plain)
    # a cancel point per block of 1,000 lines, then one per column converted
    assert whole.messages == ["Loading orders"] * (3 + len(LINE_COLUMNS))
    assert stopped.messages == ["Loading orders"] * 2  # the third block was never read
