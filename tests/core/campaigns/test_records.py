"""Recording a campaign on export, its read-out after a later import, the exports read back and
bad input, on a constructed shop (tests/core/campaigns/shopgen.py)."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from openpyxl import load_workbook

from core.campaigns.exports import KLAVIYO_COLUMNS, MAILCHIMP_COLUMNS, SHOPIFY_COLUMNS
from core.campaigns.kinds import Assumptions, CampaignInputError, CampaignParams
from core.campaigns.records import readouts, recorded
from core.importer import ImportParams, import_file
from core.sections.campaign_service import campaigns_now, export_campaign
from core.sections.run import analyze_shop
from core.store import load_lines, shop_connection
from tests.core.campaigns.shopgen import MAPPING, history, later_orders, write_csv


@pytest.fixture(scope="module")
def base_shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("campaign_shop")
    db = folder / "shop.sqlite"
    import_file(db, write_csv(history(), folder / "orders.csv"), ImportParams(mapping=MAPPING))
    campaigns_now(db)  # the analyses once; each test's copy reads them back
    return db


@pytest.fixture
def shop(base_shop: Path, tmp_path: Path) -> Path:
    db = tmp_path / "shop.sqlite"
    shutil.copy(base_shop, db)
    return db


def _campaign_rows(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM campaigns").fetchone()[0])


def _read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def _n(customer_id: str) -> int:
    return int(customer_id[1:])


def _contacted(db: Path, key: str) -> list[str]:
    members = campaigns_now(db).plan(key).members
    return [str(c) for c in members.loc[~members["holdout"], "customer_id"]]


def test_contacts_come_in_with_the_import(shop: Path) -> None:
    with sqlite3.connect(shop) as conn:
        rows = dict(
            (r[0], r[1:])
            for r in conn.execute(
                "SELECT customer_id, email, phone, customer_name, accepts_marketing "
                "FROM customer_contacts"
            )
        )
    assert len(rows) == 600
    assert rows["C0001"] == ("c1@example.com", "13800000001", "Ann Lee1", 1)
    assert rows["C0002"][3] is None  # consent unknown unless the file says so
    assert rows["C0007"][0] is None and rows["C0007"][1] == "13800000007"
    assert rows["C0026"][1] == "138****1234"  # masked: kept as given


def test_shopify_export_records_once_and_lists_who_lacks_a_contact(
    shop: Path, tmp_path: Path
) -> None:
    out = tmp_path / "second.csv"
    done = export_campaign(shop, "second_order", "shopify", out)
    assert done.recorded.created and _campaign_rows(shop) == 1
    headers, rows = _read_csv(out)
    assert headers == list(SHOPIFY_COLUMNS)
    contacted = _contacted(shop, "second_order")
    # no e-mail and no usable phone: nothing at all, or a phone only and that one masked
    no_contact = [c for c in contacted if _n(c) % 11 == 0 or _n(c) % 91 == 0]
    assert done.exported.missing == no_contact and len(no_contact) > 0
    assert len(rows) + len(no_contact) == len(contacted) == done.recorded.contacted
    assert {r["Tags"] for r in rows} == {"shoplens-second-order-2023-12"}
    assert all(r["Accepts Email Marketing"] != "yes" for r in rows)  # never subscribed
    phone_only = [r for r in rows if not r["Email"]]
    assert phone_only and all(r["Phone"].startswith("+86138") for r in phone_only)
    formula = [r for r in rows if "HYPERLINK" in r["First Name"]]
    assert formula and all(r["First Name"].startswith("'=") for r in formula)
    _, listed = _read_csv(out.with_name("second_no_contact.csv"))
    assert [r["customer_id"] for r in listed] == no_contact
    # the recorded campaign is listed at once, waiting for later orders
    (shown,) = analyze_shop(shop, only=["campaigns"])["campaigns"]["readouts"]
    assert shown["days_observed"] == 0 and shown["contacted"] == done.recorded.contacted
    # the same campaign again, in another format: the same record
    again = export_campaign(shop, "second_order", "mailchimp", tmp_path / "mc.csv")
    assert not again.recorded.created and again.recorded.id == done.recorded.id
    assert _campaign_rows(shop) == 1
    headers, rows = _read_csv(tmp_path / "mc.csv")
    assert headers == list(MAILCHIMP_COLUMNS)
    no_email = [c for c in contacted if _n(c) % 7 == 0 or _n(c) % 11 == 0]
    assert len(rows) == len(contacted) - len(no_email) and again.exported.missing == no_email


def test_klaviyo_sms_and_xlsx_read_back(shop: Path, tmp_path: Path) -> None:
    export_campaign(shop, "second_order", "klaviyo", tmp_path / "k.csv")
    headers, rows = _read_csv(tmp_path / "k.csv")
    assert headers == list(KLAVIYO_COLUMNS) and headers[0] == "Email"
    assert all(r["Phone Number"] == "" or r["Phone Number"].startswith("+86") for r in rows)
    assert all(r["p_alive"] for r in rows)
    sms = export_campaign(shop, "second_order", "sms", tmp_path / "s.csv", shop_name="茶铺")
    headers, rows = _read_csv(tmp_path / "s.csv")
    assert headers == ["姓名", "手机号", "短信内容"]
    assert all(
        r["短信内容"].startswith("【茶铺】") and r["短信内容"].endswith("拒收请回复R") for r in rows
    )
    masked = [c for c in _contacted(shop, "second_order") if _n(c) % 13 == 0]
    assert set(masked) <= set(sms.exported.missing)
    xlsx = export_campaign(shop, "second_order", "xlsx", tmp_path / "a.xlsx")
    sheet = load_workbook(tmp_path / "a.xlsx").active
    assert sheet is not None
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert len(cells) == 9 * xlsx.exported.rows and xlsx.exported.missing == []
    assert all(c.data_type == "s" for c in cells if c.value is not None)
    assert any(str(c.value).startswith("=HYPERLINK") for c in cells)  # shown, never run
    assert _campaign_rows(shop) == 1


@pytest.mark.parametrize(
    ("assumptions", "words"),
    [
        (Assumptions(margin=1.5), "between 0% and 100%"),
        (Assumptions(margin=-0.1), "between 0% and 100%"),
        (Assumptions(margin=0.3, discount=0.4), "larger than the margin"),
    ],
)
def test_bad_assumptions_record_nothing(
    shop: Path, tmp_path: Path, assumptions: Assumptions, words: str
) -> None:
    out = tmp_path / "x.csv"
    with pytest.raises(CampaignInputError, match=words):
        export_campaign(shop, "second_order", "shopify", out, params=CampaignParams(assumptions))
    assert _campaign_rows(shop) == 0 and not out.exists()


def test_empty_audience_records_nothing(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    with pytest.raises(CampaignInputError, match="audience is empty"):
        export_campaign(shop, "anniversary", "shopify", out)
    assert _campaign_rows(shop) == 0 and not out.exists()


def _later(shop: Path, tmp_path: Path, p_contacted: float, p_holdout: float | None) -> float:
    """Record the second-order campaign, then import later orders: each contacted customer
    buys for 100 with chance `p_contacted`, each held-out one with `p_holdout` (seeded).
    With `p_holdout` None, exactly 3 in every 10 of each group buy (no difference by design).
    Returns the true difference in revenue per customer (100 x the difference in chance)."""
    export_campaign(shop, "second_order", "xlsx", tmp_path / "a.xlsx")
    members = campaigns_now(shop).plan("second_order").members
    rng = np.random.default_rng(11)
    buyers = {}
    seen = {True: 0, False: 0}
    for cid, held in zip(members["customer_id"], members["holdout"], strict=True):
        if p_holdout is None:
            buys = seen[bool(held)] % 10 < 3
            seen[bool(held)] += 1
        else:
            buys = rng.random() < (p_holdout if held else p_contacted)
        if buys:
            buyers[str(cid)] = 100.0
    later = write_csv(later_orders(buyers), tmp_path / "later.csv")
    import_file(shop, later, ImportParams(mapping=MAPPING))
    return 100 * (p_contacted - (p_holdout if p_holdout is not None else p_contacted))


def test_read_out_finds_a_known_lift(shop: Path, tmp_path: Path) -> None:
    known = _later(shop, tmp_path, 0.6, 0.2)
    with shop_connection(shop) as conn:
        lines = load_lines(conn)
    (out,) = readouts(shop, lines)
    # sent on the last day of the history (the as-of date), read out on the later orders' day
    assert out.sent_on == date.fromisoformat(history()["Order Date"].max())
    assert out.days == (date(2024, 1, 10) - out.sent_on).days
    assert out.holdout == 22 and out.contacted == 194
    diff = out.revenue_difference
    assert diff is not None and diff.low <= known <= diff.high and diff.low > 0
    rate = out.rate_difference
    assert rate is not None and rate.low <= 0.4 <= rate.high
    # the section shows it after the import, and no longer calls the lift unmeasured
    summary = analyze_shop(shop, only=["campaigns"])["campaigns"]
    (shown,) = summary["readouts"]
    assert shown["revenue_per_customer"]["difference_90"]["value"] == pytest.approx(
        diff.value, abs=0.01
    )
    assert "read out" in summary["lift_note"]


def test_read_out_without_a_difference_covers_zero(shop: Path, tmp_path: Path) -> None:
    _later(shop, tmp_path, 0.3, None)
    with shop_connection(shop) as conn:
        lines = load_lines(conn)
    (out,) = readouts(shop, lines)
    assert out.revenue_difference is not None and out.rate_difference is not None
    assert out.revenue_difference.low <= 0 <= out.revenue_difference.high
    assert out.rate_difference.low <= 0 <= out.rate_difference.high
    campaigns, members = recorded(shop)
    assert len(campaigns) == 1 and int(members["holdout"].sum()) == 22


def test_audience_command_records_like_the_window(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from main import main

    out = tmp_path / "list.csv"
    args = ["audience", "second_order", "--format", "mailchimp", "--out", str(out)]
    assert main([*args, "--db", str(shop), "--margin", "150%"]) == 2
    assert "between 0% and 100%" in capsys.readouterr().err
    assert _campaign_rows(shop) == 0 and not out.exists()
    assert main([*args, "--db", str(shop), "--margin", "45%"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (
        report["recorded"] == "new"
        and report["written"] + report["without_contact"] == (report["contacted"])
    )
    assert main([*args, "--db", str(shop), "--margin", "45%"]) == 0
    assert json.loads(capsys.readouterr().out)["recorded"] == "already recorded"
    assert _campaign_rows(shop) == 1
