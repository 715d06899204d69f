"""From a mapped raw table to clean canonical order lines, every left-out row counted.

The policy, in the order it is applied (a row is counted under the first reason that fits):

1. a fully empty row is left out ("empty row");
2. text is stripped, empty text is no value; ids written by a spreadsheet as 17850.0 become
   "17850";
3. order-level fields (date, customer, currency, country, channel, status) missing on a line
   are carried down from the previous line of the same order — Shopify and many tills write
   them only on an order's first line; one mechanism serves every layout;
4. a line needs a readable order date;
5. the amount is the mapped amount, else quantity × unit price − discount (the discount is
   only used for this computation: a given amount is already net of it);
6. cancelled and unpaid orders are left out (an empty payment time of a Taobao/Tmall export
   says unpaid); refunded orders are kept with their refund; a closed or cancelled order that
   the file shows was paid (a payment time, or a refund) is a sale refunded in full — Taobao
   closes a paid order that was refunded in full (交易关闭) just like one never paid; an amount
   paid that already has the refund taken out (Tmall) is a sale of paid + refund
   (core.ingest.payments);
7. returns (negative quantity or amount, a "returned" status, or an order number carrying the
   file's cancellation prefix such as UCI's "C536379") are kept with a negative amount; lines
   with a negative unit price are accounting adjustments, not sales, and are left out, as are
   lines worth nothing after all this (free items, stock corrections);
8. a file without order numbers gets deterministic ones built from the row's content, so
   importing an overlapping export again gives the same ids.

Everything is vectorised: on Online Retail (541,909 rows) this must take well under the time
it takes to read the file.
"""

from __future__ import annotations

import logging
from typing import Final

import numpy as np
import pandas as pd

from core.ingest.assemble import CleanedRows, assemble_lines, cancelled_orders
from core.ingest.cells import blank_cells
from core.ingest.clean_steps import (
    Orders,
    Text,
    cancellation_prefix,
    carry_cells,
    carry_codes,
    currency_in_headers,
    province,
    spread_refunds,
)
from core.ingest.dates import implausible_dates
from core.ingest.payments import (
    CNY_NOTE,
    PAID_NET_NOTE,
    amount_is_paid_net,
    paid_rows,
    payment_column,
)
from core.ingest.presets import detect_preset, normalise_header, preset_named
from core.ingest.types import CleanResult, Mapping, RawTable
from core.ingest.values import classify_status, parse_dates, parse_numbers
from core.messages import say
from core.progress import Progress, report
from core.schema import ORDER_LEVEL_FIELDS, TEXT_FIELDS

log = logging.getLogger(__name__)

EMPTY_ROW: Final = "empty row"
NO_DATE: Final = "no order date"
BAD_DATE: Final = "order date not readable"
BAD_AMOUNT: Final = "amount not readable"
BAD_QTY_PRICE: Final = "quantity or unit price not readable"
NO_AMOUNT: Final = "no amount (and no quantity × unit price)"
CANCELLED: Final = "cancelled order"
UNPAID: Final = "unpaid order"
NEGATIVE_PRICE: Final = "negative unit price (accounting adjustment)"
ZERO_VALUE: Final = "zero-value line without a customer (stock adjustment or till correction)"
ZERO_VALUE_CUSTOMER: Final = (
    "zero-value line of a customer that is no sale (a free item given back)"
)
FUTURE_DATE: Final = "order date after the day of the import"
OLD_DATE: Final = "order date before 1990 (the rest of the file is recent)"
ABSURD_AMOUNT: Final = "amount, quantity or price not a finite number or beyond any real sale"
#: Largest amount / quantity a line may have: far above any small shop's sale, far below the
#: 1e308 of a broken export, whose sum would make every total infinite.
MAX_LINE_VALUE: Final = 1e12
#: Reasons in the order they are checked; code i+1 in the per-row reason array.
REASONS: Final[tuple[str, ...]] = (
    EMPTY_ROW,
    NO_DATE,
    BAD_DATE,
    BAD_AMOUNT,
    BAD_QTY_PRICE,
    NO_AMOUNT,
    CANCELLED,
    UNPAID,
    NEGATIVE_PRICE,
    ZERO_VALUE,
    ZERO_VALUE_CUSTOMER,
    FUTURE_DATE,
    OLD_DATE,
    ABSURD_AMOUNT,
)

_ID_FIELDS: Final = ("order_id", "customer_id", "sku")
#: What `classify_status` answers; position = the small code kept per row.
_STATUS_KINDS: Final = ("ok", "cancelled", "unpaid", "refunded", "partially_refunded", "returned")


class _Reasons:
    """One reason code per row; the first reason that applies to a row is the one counted."""

    def __init__(self, n: int) -> None:
        self.code = np.zeros(n, dtype=np.int8)

    def exclude(self, mask: np.ndarray, reason: str) -> None:
        self.code[mask & (self.code == 0)] = REASONS.index(reason) + 1

    @property
    def kept(self) -> np.ndarray:
        return self.code == 0

    def counts(self) -> dict[str, int]:
        tally = np.bincount(self.code, minlength=len(REASONS) + 1)
        return {r: int(tally[i + 1]) for i, r in enumerate(REASONS) if tally[i + 1]}


def _numbers(
    frame: pd.DataFrame, src: dict[str, str]
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], str | None]:
    """Parsed money and quantity columns (NaN when unmapped), unreadable cells, currency seen."""
    n = len(frame)
    numbers: dict[str, np.ndarray] = {}
    unreadable: dict[str, np.ndarray] = {}
    currency: str | None = None
    for f in ("amount", "unit_price", "quantity", "discount", "refund_amount"):
        if f not in src:
            numbers[f], unreadable[f] = np.full(n, np.nan), np.zeros(n, dtype=bool)
            continue
        res = parse_numbers(frame[src[f]])
        numbers[f] = res.values.to_numpy(dtype=float, na_value=np.nan)
        unreadable[f] = res.unreadable.to_numpy(dtype=bool)
        if currency is None and f != "quantity":
            currency = res.currency
    return numbers, unreadable, currency


def _empty_rows(frame: pd.DataFrame, src: dict[str, str], text: dict[str, Text]) -> np.ndarray:
    """Rows with no value in any column (mapped text fields by their cleaned codes)."""
    field_of = {c: f for f, c in src.items()}
    empty = np.ones(len(frame), dtype=bool)
    for col in frame.columns:
        if not empty.any():
            break
        f = field_of.get(str(col))
        if f in text:
            empty &= text[f].codes < 0
        else:
            empty &= (
                blank_cells(frame[col]).to_numpy()
                if f is not None
                else frame[col].isna().to_numpy()
            )
    return empty


def _carry_down(
    date_cells: pd.Series,
    has_dates: bool,
    text: dict[str, Text],
    orders: Orders,
    notes: list[str],
) -> pd.Series:
    """Order-level fields missing on a line taken from the previous line of the same order
    (`text` is updated in place); returns the date cells, carried the same way."""
    carried: list[str] = []
    for f in ORDER_LEVEL_FIELDS:
        count = 0
        if f == "order_date" and has_dates:
            date_cells, count = carry_cells(date_cells, orders)
        elif f in text:
            codes, count = carry_codes(text[f].codes, orders)
            text[f] = Text(codes, text[f].labels)
        if count:
            carried.append(say("{field} ({count:,} lines)", field=f.replace("_", " "), count=count))
    if carried:
        notes.append(
            say(
                "Order details given only on an order's first line were carried down to "
                "its other lines: {fields}.",
                fields=", ".join(carried),
            )
        )
    return date_cells


def to_canonical(
    raw: RawTable,
    mapping: Mapping,
    progress: Progress | None = None,
    *,
    date_order: str | None = None,
    date_order_forced: bool = False,
) -> CleanResult:
    """Clean order lines (core.schema.LINE_COLUMNS) from a raw table and its mapping.

    Every row of the table is either a line of the result or counted in `excluded` under the
    first reason that applies (see the module docstring for the policy and its order).
    """
    frame = raw.frame.reset_index(drop=True)
    n = len(frame)
    src = mapping.as_dict()
    notes: list[str] = []
    preset = preset_named(mapping.preset)
    if preset is not None:
        notes.extend(preset.notes)
    # What the platform's columns mean (payment time, paid net of refunds, its currency) holds
    # for its files even when the user picked some columns themselves.
    layout = preset if preset is not None else detect_preset(raw.columns)
    reasons = _Reasons(n)
    report(progress, 0.0, "Reading text columns")

    # 1-2. text fields; fully empty rows
    text = {f: Text.of(frame[c], f in _ID_FIELDS) for f, c in src.items() if f in TEXT_FIELDS}
    reasons.exclude(_empty_rows(frame, src, text), EMPTY_ROW)

    # 3. order-level fields carried down within an order
    date_cells = frame[src["order_date"]] if "order_date" in src else pd.Series(np.nan, range(n))
    if date_cells.dtype == object:
        date_cells = date_cells.where(~blank_cells(date_cells).to_numpy())
    order = text.get("order_id")
    orders: Orders | None = None
    if order is not None:
        orders = Orders(order.codes)
        date_cells = _carry_down(date_cells, "order_date" in src, text, orders, notes)
    report(progress, 0.15, "Reading order dates")

    # 4. dates
    # `date_order`: the order the shop's files of this layout used (followed when every date
    # fits both), or the user's own choice (`date_order_forced`)
    if date_order_forced:
        parsed = parse_dates(date_cells, order=date_order)
    else:
        parsed = parse_dates(date_cells, prefer=date_order)
    if parsed.note:
        notes.append(parsed.note)
    dates = parsed.values.to_numpy(dtype="datetime64[ns]")
    unreadable_date = parsed.unreadable.to_numpy(dtype=bool)
    reasons.exclude(np.isnat(dates) & ~unreadable_date, NO_DATE)
    reasons.exclude(unreadable_date, BAD_DATE)
    future, old = implausible_dates(dates)
    reasons.exclude(future, FUTURE_DATE)
    reasons.exclude(old, OLD_DATE)
    report(progress, 0.4, "Reading amounts")

    # 5. money and quantities
    numbers, unreadable, currency_seen = _numbers(frame, src)
    qty, price = numbers["quantity"], numbers["unit_price"]
    if "quantity" not in src:
        notes.append("This file has no quantity column; quantities are left empty.")
    with np.errstate(invalid="ignore", over="ignore"):  # 1e308 x 5: excluded just below
        computed = qty * price - np.nan_to_num(numbers["discount"])
    amount = numbers["amount"]
    amount = np.where(np.isnan(amount) & ~unreadable["amount"], computed, amount)
    reasons.exclude(unreadable["amount"], BAD_AMOUNT)
    qp_unreadable = unreadable["quantity"] | unreadable["unit_price"]
    reasons.exclude(np.isnan(amount) & qp_unreadable, BAD_QTY_PRICE)
    reasons.exclude(np.isnan(amount), NO_AMOUNT)
    with np.errstate(invalid="ignore", over="ignore"):
        absurd = ~(np.abs(amount) <= MAX_LINE_VALUE) | (np.abs(qty) > MAX_LINE_VALUE)
        absurd |= np.abs(price) > MAX_LINE_VALUE
    reasons.exclude(absurd & ~np.isnan(amount), ABSURD_AMOUNT)
    amount = np.where(absurd, np.nan, amount)  # no inf or 1e308 reaches a sum below
    refund_cells = np.abs(numbers["refund_amount"])
    given_refund = np.where(refund_cells <= MAX_LINE_VALUE, refund_cells, 0.0)  # NaN, inf -> 0
    if amount_is_paid_net(src, layout):
        amount = amount + given_refund
        notes.append(PAID_NET_NOTE)
    report(progress, 0.7, "Checking statuses and returns")

    # 6. status
    kind = np.zeros(n, dtype=np.int8)  # index into _STATUS_KINDS, "ok" when no status
    if "status" in text:
        status = text["status"]
        classified = classify_status(pd.Series(status.labels, dtype="str"))
        kind_codes = classified.map({k: i for i, k in enumerate(_STATUS_KINDS)}).fillna(0)
        kind = status.per_row(kind_codes.to_numpy(dtype=np.int8), 0)
    pay_column = payment_column(frame, layout)
    paid = paid_rows(frame, pay_column, orders) if pay_column else None
    closed_paid = (kind == _STATUS_KINDS.index("cancelled")) & (
        (given_refund > 0) | (paid if paid is not None else False)
    )
    if closed_paid.any():
        kind = np.where(closed_paid, _STATUS_KINDS.index("refunded"), kind).astype(np.int8)
        notes.append(
            say(
                "{count:,} lines of closed orders had been paid (a payment time or a refund): "
                "they count as sales refunded in full, not as orders that never happened.",
                count=int(closed_paid.sum()),
            )
        )
    reasons.exclude(kind == _STATUS_KINDS.index("cancelled"), CANCELLED)
    reasons.exclude(kind == _STATUS_KINDS.index("unpaid"), UNPAID)
    if paid is not None:
        reasons.exclude(~paid, UNPAID)

    # 7. returns, adjustments, zero-value lines
    is_return = (qty < 0) | (amount < 0) | (kind == _STATUS_KINDS.index("returned"))
    if order is not None:
        prefixed = order.per_row(cancellation_prefix(order.labels), False).astype(bool)
        if prefixed.any():
            is_return |= prefixed
            notes.append(
                say(
                    "{count:,} lines have an order number made of 'C' and an ordinary order "
                    "number; they were read as cancelled sales given back (returns).",
                    count=int(prefixed.sum()),
                )
            )
    amount = np.where(is_return, -np.abs(amount), amount)
    qty = np.where(is_return, -np.abs(qty), qty)
    reasons.exclude(price < 0, NEGATIVE_PRICE)
    # A zero-value line sold to a known customer is a free item or a promotion: still an order
    # (it counts for repeat purchases, e.g. CDNOW's $0 purchases). Without a customer it is a
    # stock adjustment or a till correction.
    has_customer = (
        text["customer_id"].codes >= 0 if "customer_id" in text else np.zeros(n, dtype=bool)
    )
    free_item = (amount == 0) & has_customer & (np.nan_to_num(qty) > 0)
    reasons.exclude((amount == 0) & ~has_customer, ZERO_VALUE)
    reasons.exclude((amount == 0) & has_customer & ~free_item, ZERO_VALUE_CUSTOMER)
    free_item &= reasons.kept  # only the rows kept are "kept as free items"
    if free_item.any():
        notes.append(
            say(
                "{count:,} lines of value 0 sold to a known customer were kept as free items "
                "(they count as orders, not as sales).",
                count=int(free_item.sum()),
            )
        )
    kept = reasons.kept

    # refunds: an order-level figure is spread over its lines; a refunded order without any
    # figure gave back each line's amount.
    refund = np.abs(numbers["refund_amount"])
    if order is not None and "refund_amount" in src:
        refund = spread_refunds(refund, amount, order.codes, kept)
    refund = np.where(
        np.isnan(refund) & (kind == _STATUS_KINDS.index("refunded")), np.abs(amount), refund
    )
    refund = np.where(closed_paid & ~(refund > 0), np.abs(amount), refund)
    refund = np.nan_to_num(refund, nan=0.0)
    report(progress, 0.85, "Assembling order lines")

    before_currency_notes = len(notes)  # the order-number note comes first, as it always did
    fallback_currency = (
        currency_seen or currency_in_headers(src) or (layout.currency if layout else None)
    )
    if "currency" not in src and fallback_currency == "CNY" and not currency_seen:
        notes.append(CNY_NOTE)
    if "country" in text and any(
        w in normalise_header(src["country"]) for w in ("地址", "address")
    ):
        provinces = province(text["country"].labels)
        if provinces is not None:
            text["country"] = text["country"].relabel(provinces)
            notes.append("Delivery addresses were reduced to their province for the region.")

    cleaned = CleanedRows(
        frame=frame,
        dates=dates,
        text=text,
        numbers={**numbers, "quantity": qty, "amount": amount, "refund_amount": refund},
        is_return=is_return,
        currency=fallback_currency,
    )
    # 8-10. order numbers, line numbers, the canonical frame
    lines, assembly_notes = assemble_lines(cleaned, kept)
    notes[before_currency_notes:before_currency_notes] = assembly_notes
    excluded = reasons.counts()
    withdrawn = cancelled_orders(order, kind == _STATUS_KINDS.index("cancelled"), kept)
    log.info("cleaned %d rows: %d kept, excluded %s", n, len(lines), excluded)
    report(progress, 1.0, say("{count:,} order lines ready", count=len(lines)))
    return CleanResult(
        lines=lines,
        rows_read=n,
        excluded=excluded,
        notes=tuple(notes),
        cancelled_orders=withdrawn,
        date_order=parsed.order if parsed.order in ("dmy", "mdy") else None,
        date_order_seen=parsed.seen,
    )
