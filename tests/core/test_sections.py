"""The section registry on a real shop: every section computes without Qt, its result is kept
in the shop file and read back whole, reused until the data, its parameters or the as-of date
change.

The shop is a slice of UCI Online Retail (../shared/data/uci-online-retail): one customer in
four, December 2010 to September 2011: every section has enough to work on, and the test stays
quick.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest

from core.customers.rfm import RfmParams
from core.forecast.shop import ForecastParams
from core.import_writer import ImportRecord, write_import
from core.importer import ImportReport
from core.schema import LINE_COLUMNS
from core.sections.jsonable import clean
from core.sections.registry import BY_NAME, section_names
from core.sections.run import SectionOutcome, analyze_shop, run_sections
from core.store import data_version, line_count, shop_connection


def _record(name: str, rows: int) -> ImportRecord:
    return ImportRecord(
        file_name=name, file_size=0, sha256=name, format="csv", encoding="utf-8",
        delimiter=",", sheet=None, header_row=0, preset=None, mapping={}, rows_read=rows,
        excluded={}, started_at=datetime(2026, 12, 3),
    )  # fmt: skip


#: Products need 40 sales to be forecast on their own here (10 by default): fewer product
#: series, so the test stays quick; every run on this shop passes the same parameters.
PARAMS = {"forecast": ForecastParams(min_sales=40)}


def _slice(lines: pd.DataFrame, end: str) -> pd.DataFrame:
    customer = pd.to_numeric(lines["customer_id"], errors="coerce")
    keep = (customer % 4 == 0) & (lines["order_date"] < end)
    return lines[keep].reset_index(drop=True)


@pytest.fixture(scope="module")
def shop(
    tmp_path_factory: pytest.TempPathFactory,
    online_retail: tuple[Path, ImportReport],
    online_retail_lines: pd.DataFrame,
) -> tuple[Path, dict[str, SectionOutcome]]:
    """The slice in its own shop file, every section computed once."""
    db = tmp_path_factory.mktemp("sections") / "shop.sqlite"
    lines = _slice(online_retail_lines, "2011-10-01")
    with shop_connection(db) as conn:
        write_import(conn, lines, _record("first.csv", len(lines)))
    return db, run_sections(db, params=PARAMS)


def test_every_section_computes_on_real_orders(
    shop: tuple[Path, dict[str, SectionOutcome]],
) -> None:
    db, outcomes = shop
    assert list(outcomes) == section_names()
    assert {name: o.status for name, o in outcomes.items()} == dict.fromkeys(outcomes, "ok")
    assert not any(o.from_store for o in outcomes.values())
    kpis = outcomes["kpis"]
    with shop_connection(db) as conn:
        assert kpis.lines == line_count(conn) > 0
    assert kpis.summary["date_max"] == "2011-09-30"
    customers = outcomes["customers"].result
    rfm = outcomes["rfm"].result
    # the joined table is the RFM customers, with the other parts' columns beside them
    assert len(customers.table) == len(rfm.customers)
    assert customers.skipped == {}
    for outcome in outcomes.values():  # valid JSON: no NaN or Infinity tokens
        json.dumps(outcome.summary, allow_nan=False)


def test_results_are_kept_and_read_back_whole(
    shop: tuple[Path, dict[str, SectionOutcome]],
) -> None:
    """Reopening reads every result from the shop file; the typed result read back gives the
    very same JSON as when it was computed."""
    db, first = shop
    again = run_sections(db, params=PARAMS)
    assert all(o.from_store for o in again.values())
    for name, outcome in again.items():
        section = BY_NAME[name]
        assert outcome.computed_at == first[name].computed_at
        assert clean(section.summary(outcome.result)) == first[name].summary, name
        assert outcome.charts == first[name].charts, name
    with shop_connection(db) as conn:
        kept = pd.read_sql_query("SELECT * FROM result_rfm_customers", conn)
    assert len(kept) == len(first["rfm"].result.customers)
    forecast = again["forecast"].result
    assert (
        forecast.levels["total"].forecast.shape
        == first["forecast"].result.levels["total"].forecast.shape
    )


def test_other_parameters_or_day_are_not_current(
    shop: tuple[Path, dict[str, SectionOutcome]],
) -> None:
    db, first = shop
    other = run_sections(db, ["rfm"], params={"rfm": RfmParams(bins=4)})
    assert not other["rfm"].from_store
    assert other["rfm"].result.customers["r_score"].max() == 4
    back = run_sections(db, ["rfm"], params={"rfm": RfmParams(bins=4)})
    assert back["rfm"].from_store
    # the default RFM again: it and the customer table built on it are computed afresh,
    # while the other parts are read back
    joined = run_sections(db, ["customers"])
    assert not joined["rfm"].from_store and not joined["customers"].from_store
    assert joined["clv"].from_store and joined["churn"].from_store
    pd.testing.assert_frame_equal(joined["customers"].result.table, first["customers"].result.table)
    earlier = run_sections(db, ["kpis"], as_of=date(2011, 3, 31))
    assert not earlier["kpis"].from_store
    assert earlier["kpis"].summary["date_max"] == "2011-03-31"
    assert earlier["kpis"].lines < first["kpis"].lines


def test_an_import_that_adds_lines_makes_results_out_of_date(
    tmp_path: Path, online_retail_lines: pd.DataFrame
) -> None:
    db = tmp_path / "shop.sqlite"
    lines = _slice(online_retail_lines, "2011-02-01")
    with shop_connection(db) as conn:
        write_import(conn, lines, _record("jan.csv", len(lines)))
        version = data_version(conn)
    first = run_sections(db, ["kpis", "rfm"])
    with shop_connection(db) as conn:  # the same file again: nothing new, nothing stale
        counts = write_import(conn, lines, _record("jan-again.csv", len(lines)))
        assert counts.rows_imported == 0 and data_version(conn) == version
    assert all(o.from_store for o in run_sections(db, ["kpis", "rfm"]).values())
    more = _slice(online_retail_lines, "2011-03-01")
    with shop_connection(db) as conn:
        counts = write_import(conn, more, _record("feb.csv", len(more)))
        assert counts.rows_imported == len(more) - len(lines)
        assert data_version(conn) == version + 1
    after = run_sections(db, ["kpis", "rfm"])
    assert not any(o.from_store for o in after.values())
    assert after["kpis"].lines == len(more) > first["kpis"].lines


def test_analyze_json_comes_from_the_registry(
    shop: tuple[Path, dict[str, SectionOutcome]],
) -> None:
    db, first = shop
    out = analyze_shop(db, only=["kpis", "inventory"], params=PARAMS)
    assert [k for k in out if isinstance(out[k], dict)] == ["kpis", "inventory"]
    assert out["lines"] == first["kpis"].lines
    assert out["kpis"]["totals"] == first["kpis"].summary["totals"]
    assert out["inventory"]["saved_tables"] == ["result_inventory"]
    json.dumps(out, allow_nan=False)


def test_a_skipped_section_says_why_and_dependants_still_run(tmp_path: Path) -> None:
    """An order-level export without customers: the customer parts are skipped with the reason;
    the Overview still works."""
    db = tmp_path / "shop.sqlite"
    lines = pd.DataFrame(
        {
            "order_id": pd.Series([f"A{i}" for i in range(40)], dtype="str"),
            "line_no": 0,
            "order_date": pd.date_range("2024-01-01", periods=40, freq="D"),
            "amount": 10.0,
            "is_return": False,
        }
    )
    for column in LINE_COLUMNS:
        if column not in lines:
            lines[column] = pd.Series([None] * len(lines), dtype="str")
    for column in ("quantity", "unit_price", "discount", "refund_amount"):
        lines[column] = float("nan")
    with shop_connection(db) as conn:
        write_import(conn, lines[list(LINE_COLUMNS)], _record("orders.csv", 40))
    out = run_sections(db, ["kpis", "customers"])
    assert out["kpis"].ok and out["kpis"].summary["totals"]["gross_sales"] == 400.0
    assert out["rfm"].status == "skipped" and "no customer column" in (out["rfm"].reason or "")
    customers = out["customers"]
    assert customers.status == "skipped"  # no customer lines at all: the tab says why
    assert "no customer column" in (customers.reason or "")
