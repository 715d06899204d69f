"""The headless commands, run as a user runs them: `python main.py ...` in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import PROJECT_ROOT, shared_file


def _main(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SHOPLENS_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_import_json_then_analyze(tmp_path: Path) -> None:
    export = shared_file("superstore/variant-2019-2022/Sample - Superstore.csv")
    db = tmp_path / "superstore.sqlite"
    done = _main("import", str(export), "--db", str(db), "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    raw = pd.read_csv(export, encoding="utf-8-sig")
    assert report["file"] == "Sample - Superstore.csv"
    assert (report["format"], report["encoding"], report["delimiter"]) == ("csv", "utf_8_sig", ",")
    assert (report["sheet"], report["header_row"], report["preset"]) == (None, 1, "Superstore")
    assert report["mapping"] == {
        "order_id": "Order ID",
        "order_date": "Order Date",
        "customer_id": "Customer ID",
        "sku": "Product ID",
        "product_name": "Product Name",
        "category": "Category",
        "quantity": "Quantity",
        "amount": "Sales",
        "country": "Country/Region",
    }
    assert (report["rows_read"], report["rows_imported"], report["rows_already_present"]) == (
        10_194,
        10_194,
        0,
    )
    assert report["rows_excluded"] == {}
    assert (report["date_min"], report["date_max"]) == ("2019-01-03", "2022-12-30")
    assert report["orders"] == 5_111 and report["customers"] == 804  # ../shared/data README
    assert report["products"] == raw["Product ID"].nunique() == 1_862
    assert report["gross_sales"] == pytest.approx(2_326_534.35, abs=0.005)  # README's sales sum
    assert (report["returns"], report["net_sales"]) == (0.0, report["gross_sales"])

    again = _main("import", str(export), "--db", str(db), "--json", home=tmp_path)
    second = json.loads(again.stdout.strip().splitlines()[-1])
    assert (second["rows_imported"], second["rows_already_present"]) == (0, 10_194)

    out = tmp_path / "results.json"
    analyzed = _main(
        "analyze", "--db", str(db), "--as-of", "2021-12-31", "--out", str(out), home=tmp_path
    )
    assert analyzed.returncode == 0, analyzed.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["as_of"] == "2021-12-31"
    kpis = result["kpis"]
    assert kpis["status"] == "ok"
    assert kpis["date_max"] == "2021-12-31"
    in_2019_2021 = raw[pd.to_datetime(raw["Order Date"], format="%d/%m/%y") <= "2021-12-31"]
    assert kpis["totals"]["net_sales"] == pytest.approx(in_2019_2021["Sales"].sum(), abs=0.01)
    assert kpis["totals"]["orders"] == in_2019_2021["Order ID"].nunique()
    assert {"day", "week", "month"} <= set(kpis["series"])
    assert len(kpis["series"]["month"]) == 36
    assert (kpis["current_period"], kpis["previous_period"]) == ("2021-12", "2021-11")

    only = _main("analyze", "--db", str(db), "--only", "kpis,rfm", home=tmp_path)
    assert only.returncode == 0, only.stderr
    picked = json.loads(only.stdout)
    assert [k for k in ("kpis", "rfm", "clv", "recommendations") if k in picked] == ["kpis", "rfm"]
    assert picked["rfm"]["customers_scored"] == 804
    wrong = _main("analyze", "--db", str(db), "--only", "rmf", home=tmp_path)
    assert wrong.returncode == 2
    assert "no analysis called rmf" in wrong.stderr and "rfm" in wrong.stderr


def test_refused_file_exits_non_zero_with_a_plain_message(tmp_path: Path) -> None:
    export = tmp_path / "no-dates.csv"
    export.write_text("Order,Customer,Total\n1,ann,5.00\n", encoding="utf-8")
    done = _main("import", str(export), "--db", str(tmp_path / "s.sqlite"), home=tmp_path)
    assert done.returncode != 0
    assert "order date" in done.stderr and "'Customer'" in done.stderr
    assert "Traceback" not in done.stderr


def test_mapping_file_by_name_and_position(tmp_path: Path) -> None:
    sample = shared_file("cdnow/CDNOW_sample.txt")
    mapping = tmp_path / "map.json"
    mapping.write_text(
        json.dumps({"customer_id": 2, "order_date": 3, "quantity": 4, "amount": 5}),
        encoding="utf-8",
    )
    done = _main(
        "import",
        str(sample),
        "--db",
        str(tmp_path / "cd.sqlite"),
        "--no-header",
        "--mapping",
        str(mapping),
        "--json",
        home=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["header_row"] is None
    assert report["mapping"] == {
        "customer_id": "Column 2",
        "order_date": "Column 3",
        "quantity": "Column 4",
        "amount": "Column 5",
    }
    assert report["rows_read"] == 6_919
    assert report["customers"] == 2_357
    assert (report["date_min"], report["date_max"]) == ("1997-01-01", "1998-06-30")


def test_version_and_help(tmp_path: Path) -> None:
    assert "ShopLens" in _main("--version", home=tmp_path).stdout
    helped = _main("--help", home=tmp_path).stdout
    for word in ("import", "analyze", "--screenshot", "--selftest"):
        assert word in helped


def test_imports_listed_and_one_removed_and_currency_refused(tmp_path: Path) -> None:
    header = "Order ID,Order Date,Customer ID,Product,Quantity,Unit Price,Currency\n"
    usd, cny = tmp_path / "usd.csv", tmp_path / "cny.csv"
    usd.write_text(header + "1,2024-03-01,ann,Tea,2,4.50,USD\n", encoding="utf-8")
    cny.write_text(header + "2,2024-03-01,li,Tea,2,30,CNY\n", encoding="utf-8")
    db = str(tmp_path / "shop.sqlite")
    refused = _main("import", str(usd), str(cny), "--db", db, home=tmp_path)
    assert refused.returncode == 1 and "--allow-other-currency" in refused.stderr
    forced = _main("import", str(cny), "--db", db, "--allow-other-currency", home=tmp_path)
    assert forced.returncode == 0, forced.stderr
    listed = _main("imports", "--db", db, "--json", home=tmp_path)
    entries = json.loads(listed.stdout)
    assert [(e["id"], e["file_name"], e["lines_added"]) for e in entries] == [
        (2, "cny.csv", 1),
        (1, "usd.csv", 1),
    ]
    removed = _main("imports", "--db", db, "--remove", "2", home=tmp_path)
    assert removed.returncode == 0 and "cny.csv" in removed.stdout
    listed = _main("imports", "--db", db, home=tmp_path)
    assert "usd.csv" in listed.stdout and "cny.csv" not in listed.stdout
    missing = _main("imports", "--db", db, "--remove", "7", home=tmp_path)
    assert missing.returncode == 2 and "no import number 7" in missing.stderr
