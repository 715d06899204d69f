"""Customer contacts in an order export: e-mail, phone, name and marketing consent.

Why apart from the column mapping: contacts are not order-line fields, and the columns that hold
them (a Shopify "Email", WooCommerce's "Billing Email") are often the very column the mapping
already uses as the customer id; reading them here never takes a column away from the orders.
Headers are the platforms' own (Shopify, WooCommerce, Amazon, Taobao/Tmall/JD) plus common
words. Values are kept as given: a masked phone (138****1234) stays masked, never "repaired".
Consent is unknown (None) unless the file says yes or no.
"""

from __future__ import annotations

import logging
from typing import Final

import numpy as np
import pandas as pd

from core.ingest.clean_steps import Text
from core.ingest.presets import normalise_header
from core.ingest.types import Mapping, RawTable
from core.schema import CONTACT_FIELDS

log = logging.getLogger(__name__)


def _n(*names: str) -> tuple[str, ...]:
    return tuple(normalise_header(n) for n in names)


#: field -> headers that hold it, best first (compared normalised).
CONTACT_HEADERS: Final[dict[str, tuple[str, ...]]] = {
    "email": _n(
        "Email",
        "Billing Email",
        "Email (Billing)",
        "Customer Email",
        "billing_email",
        "buyer-email",
        "E-mail",
        "Email Address",
        "邮箱",
        "电子邮箱",
        "买家邮箱",
    ),
    "phone": _n(
        "Billing Phone",
        "Phone",
        "Phone (Billing)",
        "billing_phone",
        "Shipping Phone",
        "buyer-phone-number",
        "ship-phone-number",
        "Mobile",
        "Telephone",
        "联系手机",
        "手机号码",
        "手机号",
        "收货人手机",
        "手机",
        "联系电话",
        "电话",
    ),
    "customer_name": _n(
        "Billing Name",
        "Shipping Name",
        "buyer-name",
        "recipient-name",
        "Customer Name",
        "收货人姓名",
        "收货人",
        "客户姓名",
        "买家姓名",
        "姓名",
    ),
    "accepts_marketing": _n(
        "Accepts Marketing",
        "Accepts Email Marketing",
        "Marketing Opt-in",
        "Newsletter",
        "是否订阅",
    ),
}
#: WooCommerce splits the name in two.
FIRST_NAME: Final = _n("Billing First Name", "First Name (Billing)", "billing_first_name")
LAST_NAME: Final = _n("Billing Last Name", "Last Name (Billing)", "billing_last_name")
_YES: Final = frozenset({"yes", "y", "true", "1", "subscribed", "是", "已订阅"})
_NO: Final = frozenset({"no", "n", "false", "0", "unsubscribed", "否", "未订阅"})


def _column(raw: RawTable, headers: tuple[str, ...]) -> str | None:
    by_norm = {normalise_header(c): c for c in raw.columns}
    for header in headers:
        if header in by_norm:
            return by_norm[header]
    return None


def _clean(value: object) -> str | None:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def _text(cells: pd.Series) -> pd.Series:
    return pd.Series([_clean(v) for v in cells], index=cells.index, dtype="object")


def _consent(cells: pd.Series) -> pd.Series:
    def one(value: str | None) -> int | None:
        word = None if value is None else value.casefold()
        return 1 if word in _YES else (0 if word in _NO else None)

    return pd.Series([one(v) for v in _text(cells)], index=cells.index, dtype="object")


def contact_columns(raw: RawTable) -> dict[str, str]:
    """{contact field: column} for the contact columns this file has."""
    found = {f: c for f in CONTACT_FIELDS if (c := _column(raw, CONTACT_HEADERS[f]))}
    return found


def extract_contacts(raw: RawTable, mapping: Mapping) -> pd.DataFrame:
    """One row per customer id with the contacts the file gives (empty without a customer
    column or without any contact column): customer_id + CONTACT_FIELDS."""
    columns = contact_columns(raw)
    first, last = _column(raw, FIRST_NAME), _column(raw, LAST_NAME)
    source = mapping.as_dict().get("customer_id")
    if source is None or not (columns or first or last):
        return pd.DataFrame(columns=["customer_id", *CONTACT_FIELDS])
    ids = Text.of(raw.frame[source], True)
    frame = pd.DataFrame({"customer_id": ids.per_row(ids.labels, None)})
    for field in CONTACT_FIELDS:
        column = columns.get(field)
        if column is None:
            frame[field] = None
        elif field == "accepts_marketing":
            frame[field] = _consent(raw.frame[column]).to_numpy()
        else:
            frame[field] = _text(raw.frame[column]).to_numpy()
    if "customer_name" not in columns and (first or last):
        parts = [_text(raw.frame[c]).fillna("") for c in (first, last) if c]
        joined = parts[0] if len(parts) == 1 else parts[0] + " " + parts[1]
        frame["customer_name"] = _text(joined).to_numpy()
    frame = frame[frame["customer_id"].notna()]
    filled = frame[list(CONTACT_FIELDS)].notna().any(axis=1).to_numpy(dtype=bool)
    frame = frame[filled]
    # the first value the file gives for each customer and field (exports list an order's
    # contact on its first line)
    out = frame.groupby("customer_id", sort=True).first().reset_index()
    out = out.astype({f: "object" for f in CONTACT_FIELDS})
    log.info("contacts for %d customers (%s)", len(out), ", ".join(columns) or "names")
    return out.replace({np.nan: None})
