"""Audience lists a merchant can load into Shopify, Klaviyo, Mailchimp, a spreadsheet or an SMS
tool, written from a campaign plan (the holdout is never in the list).

Why each format's exact column names: the tools map columns by header, and a header they do not
know is silently dropped. Contacts come from the imports (core.store_schema's
customer_contacts; a customer id that is itself an e-mail address counts as one); a customer
without the contact a format needs is counted and listed beside the file, never dropped
unseen. Nobody is ever marked as subscribed: consent is only repeated where a file said "no".
"""

from __future__ import annotations

import csv
import logging
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Final, Literal

import pandas as pd

from core.campaigns.build import CampaignPlan
from core.campaigns.kinds import BY_KEY
from core.export import safe_text, write_rows
from core.store import shop_connection

log = logging.getLogger(__name__)

Format = Literal["shopify", "klaviyo", "mailchimp", "xlsx", "sms"]
FORMATS: Final[tuple[str, ...]] = ("shopify", "klaviyo", "mailchimp", "xlsx", "sms")

#: Shopify's customer import template (Customers > Import), in its order.
SHOPIFY_COLUMNS: Final = (
    "First Name",
    "Last Name",
    "Email",
    "Accepts Email Marketing",
    "Default Address Company",
    "Default Address Address1",
    "Default Address Address2",
    "Default Address City",
    "Default Address Province Code",
    "Default Address Country Code",
    "Default Address Zip",
    "Default Address Phone",
    "Phone",
    "Accepts SMS Marketing",
    "Tags",
    "Note",
    "Tax Exempt",
)
#: Klaviyo list import: Email first, phone in E.164, the rest become profile properties.
KLAVIYO_COLUMNS: Final = (
    "Email",
    "Phone Number",
    "First Name",
    "Last Name",
    "p_alive",
    "expected_next_order",
    "shoplens_campaign",
    "shoplens_offer",
)
#: Mailchimp audience import.
MAILCHIMP_COLUMNS: Final = ("Email Address", "First Name", "Last Name", "Phone Number", "Tags")
SMS_COLUMNS: Final = ("姓名", "手机号", "短信内容")
XLSX_COLUMNS: Final = (
    "customer_id",
    "name",
    "email",
    "phone",
    "campaign",
    "reason",
    "offer",
    "expected_net",
    "baseline_revenue",
)
#: What each format cannot do without.
NEEDS: Final[dict[str, str]] = {
    "shopify": "an e-mail address or a phone number",
    "klaviyo": "an e-mail address or a phone number",
    "mailchimp": "an e-mail address",
    "sms": "a full (unmasked) mobile number",
    "xlsx": "",
}
SMS_TEMPLATE: Final = "【{shop}】{name}您好，{message} 拒收请回复R"
SMS_MESSAGES: Final[dict[str, str]] = {
    "replenish": "您常买的商品快用完了吧？欢迎回店补货。",
    "second_order": "感谢您的首单！为您推荐：{offer}。",
    "win_back": "好久不见，店里上了不少新品，欢迎回来看看。",
    "at_risk_vip": "感谢您一直以来的支持，新品抢先看已为您开放。",
    "champions": "新品上市，老朋友优先看。",
    "cross_sell": "买过的朋友都在搭配：{offer}，满额立减。",
    "anniversary": "感谢您一年来的陪伴，为您准备了一份小礼物。",
}

_E164 = re.compile(r"^\+[1-9]\d{7,14}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _safe(text: object) -> str:
    """Text a spreadsheet will never run as a formula (core.export's rule for CSV cells)."""
    value = "" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text)
    return str(safe_text(value))


def e164(phone: object, country_code: str = "") -> str | None:
    """A phone in E.164 (+ and 8-15 digits), or None when it cannot be told: masked numbers
    (138****1234) stay as given in the shop file but are never sent."""
    if phone is None or (isinstance(phone, float) and pd.isna(phone)):
        return None
    text = str(phone).strip()
    if "*" in text or not text:
        return None
    digits = re.sub(r"[\s\-().]", "", text)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if not digits.startswith("+"):
        if re.fullmatch(r"1[3-9]\d{9}", digits):  # a mainland China mobile
            digits = "+86" + digits
        elif country_code:
            digits = "+" + country_code + digits.lstrip("0")
    return digits if _E164.match(digits) else None


def contacts(db_path: Path, customer_ids: pd.Series) -> pd.DataFrame:
    """email, phone, customer_name, accepts_marketing per customer (index customer_id)."""
    with shop_connection(db_path) as conn:
        table = pd.read_sql_query(
            "SELECT customer_id, email, phone, customer_name, accepts_marketing "
            "FROM customer_contacts",
            conn,
        )
    out = table.set_index("customer_id").reindex(customer_ids.astype("str"))
    as_email = customer_ids.astype("str").where(customer_ids.astype("str").str.match(_EMAIL))
    out["email"] = out["email"].fillna(pd.Series(as_email.to_numpy(), index=out.index))
    return out


def _names(full: object) -> tuple[str, str]:
    if full is None or (isinstance(full, float) and pd.isna(full)):
        return "", ""
    parts = str(full).strip().split(None, 1)
    return (parts[0], parts[1]) if len(parts) == 2 else (str(full).strip(), "")


@dataclass(frozen=True)
class ExportedList:
    path: Path
    rows: int  # customers written
    missing: list[str] = field(default_factory=list)  # contacted customers without the contact
    missing_path: Path | None = None


def campaign_tag(plan: CampaignPlan, as_of: date) -> str:
    return f"shoplens-{BY_KEY[plan.key].tag}-{as_of:%Y-%m}"


def audience_rows(plan: CampaignPlan, db_path: Path) -> pd.DataFrame:
    """The contacted customers (not the holdout) with their contacts, best first."""
    members = plan.members[~plan.members["holdout"]].reset_index(drop=True)
    found = contacts(db_path, members["customer_id"]).reset_index(drop=True)
    return pd.concat([members, found], axis=1)


def write_list(
    plan: CampaignPlan,
    rows: pd.DataFrame,
    fmt: Format,
    out: Path,
    as_of: date,
    shop_name: str = "",
) -> ExportedList:
    """Write `rows` (audience_rows) in `fmt`; customers lacking the needed contact are listed in
    a `<out>_no_contact.csv` beside it."""
    out = Path(out)
    tag = campaign_tag(plan, as_of)
    phones = [e164(p) for p in rows["phone"]]
    emails = [e if isinstance(e, str) and _EMAIL.match(e) else "" for e in rows["email"]]
    names = [_names(n) for n in rows["customer_name"]]
    table: list[list[str]] = []
    missing: list[str] = []
    for i, cid in enumerate(rows["customer_id"].astype("str")):
        email, phone, (first, last) = emails[i], phones[i] or "", names[i]
        consent = rows["accepts_marketing"].iloc[i]
        said_no = "no" if consent == 0 else ""
        if fmt == "shopify":
            ok = bool(email or phone)
            record = [
                first,
                last,
                email,
                said_no,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                phone,
                phone,
                said_no,
                tag,
                f"ShopLens {plan.title}: {rows['reason'].iloc[i]}",
                "",
            ]
        elif fmt == "klaviyo":
            ok = bool(email or phone)
            p_alive, next_date = rows["p_alive"].iloc[i], rows["next_order_date"].iloc[i]
            alive = "" if pd.isna(p_alive) else f"{float(p_alive):.3f}"
            nxt = "" if pd.isna(next_date) else f"{pd.Timestamp(next_date):%Y-%m-%d}"
            record = [email, phone, first, last, alive, nxt, tag, str(rows["offer"].iloc[i])]
        elif fmt == "mailchimp":
            ok = bool(email)
            record = [email, first, last, phone, tag]
        elif fmt == "sms":
            ok = bool(phone)
            phone = phone[3:] if phone.startswith("+86") else phone
            name = (
                "" if pd.isna(rows["customer_name"].iloc[i]) else str(rows["customer_name"].iloc[i])
            )
            message = SMS_MESSAGES.get(plan.key, "").format(offer=rows["offer"].iloc[i] or "")
            text = SMS_TEMPLATE.format(shop=shop_name or "店铺名", name=name, message=message)
            record = [name, phone, text]
        else:
            ok = True
            record = [
                cid,
                " ".join(names[i]).strip(),
                email,
                phone,
                plan.title,
                str(rows["reason"].iloc[i]),
                str(rows["offer"].iloc[i]),
                f"{rows['net_mid'].iloc[i]:.2f}",
                f"{rows['baseline_revenue'].iloc[i]:.2f}",
            ]
        if ok:
            table.append(record)
        else:
            missing.append(cid)
    headers = {
        "shopify": SHOPIFY_COLUMNS,
        "klaviyo": KLAVIYO_COLUMNS,
        "mailchimp": MAILCHIMP_COLUMNS,
        "sms": SMS_COLUMNS,
        "xlsx": XLSX_COLUMNS,
    }[fmt]
    if fmt == "xlsx":
        _write_xlsx(out, headers, table, plan.title)
    else:
        _write_csv(out, headers, table, keep_phone=True)
    missing_path = None
    if missing:
        missing_path = out.with_name(out.stem + "_no_contact.csv")
        _write_csv(
            missing_path,
            ("customer_id", "missing"),
            [[cid, NEEDS[fmt]] for cid in missing],
            keep_phone=False,
        )
    log.info("wrote %d customers to %s (%d without contact)", len(table), out, len(missing))
    return ExportedList(out, len(table), missing, missing_path)


def _cell(value: str, is_phone: bool) -> str:
    # a validated E.164 phone starts with "+" and is a phone, not a formula
    return value if is_phone and _E164.match(value) else _safe(value)


def _write_csv(
    path: Path, headers: tuple[str, ...], rows: list[list[str]], keep_phone: bool
) -> None:
    phone_cols = {i for i, h in enumerate(headers) if "Phone" in h or h == "手机号"}
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_cell(v, keep_phone and i in phone_cols) for i, v in enumerate(row)])


def _write_xlsx(path: Path, headers: tuple[str, ...], rows: list[list[str]], title: str) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    write_rows(sheet, headers, rows)  # every text a text cell, whatever it starts with
    book.save(path)
