"""Fixtures shared by the core tests: real shops imported once per session."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from core.importer import ImportReport, import_file
from core.store import load_lines, open_shop
from tests.conftest import shared_file


@pytest.fixture(scope="session")
def online_retail(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ImportReport]:
    """The whole UCI Online Retail file imported into a fresh shop (about 10 s)."""
    db = tmp_path_factory.mktemp("uci") / "shop.sqlite"
    report = import_file(db, shared_file("uci-online-retail/online_retail.csv.gz"))
    return db, report


@pytest.fixture(scope="session")
def online_retail_lines(online_retail: tuple[Path, ImportReport]) -> pd.DataFrame:
    conn = open_shop(online_retail[0])
    try:
        return load_lines(conn)
    finally:
        conn.close()
