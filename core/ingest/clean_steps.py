"""The building blocks of `core.ingest.clean`, each one vectorised step of the policy.

Split out of clean.py so that the policy itself (the order of the rules and what each row is
counted under) reads on one screen there, and the mechanics live here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd

from core.ingest.values import CURRENCY_CODES, CURRENCY_MARKS

_FLOAT_ID: Final = re.compile(r"^(-?\d+)\.0+$")
#: A Chinese delivery address begins with its province (or a city under the state): that is
#: the region worth reporting, and the rest of the address is personal data the analyses never
#: need.
_PROVINCE: Final = re.compile(
    r"^\s*((?:内蒙古|广西|西藏|宁夏|新疆)(?:自治区|壮族自治区|回族自治区|维吾尔自治区)?"
    r"|(?:北京|上海|天津|重庆)市?|香港|澳门|台湾|[^\s省市区]{2,3}省)"
)


@dataclass
class Text:
    """A text column as codes into cleaned labels: each distinct cell is cleaned only once.

    Order exports repeat the same few thousand ids, products and countries over hundreds of
    thousands of lines; stripping and checking the distinct values instead of every cell is
    what keeps cleaning far below the time of reading the file.
    """

    codes: np.ndarray  # int64 per row; -1 where the cell is empty
    labels: np.ndarray  # object array of str

    @classmethod
    def of(cls, cells: pd.Series, is_id: bool) -> Text:
        codes, uniques = pd.factorize(cells)
        lab = pd.Series(uniques)
        if lab.dtype == object or not pd.api.types.is_string_dtype(lab.dtype):
            lab = lab.astype("str")
        lab = lab.str.strip()
        if is_id and lab.str.endswith(".0").any():
            lab = lab.str.replace(_FLOAT_ID, r"\1", regex=True)
        return cls._build(codes, lab)

    @classmethod
    def _build(cls, codes: np.ndarray, lab: pd.Series) -> Text:
        blank = (lab.isna() | (lab == "")).to_numpy(dtype=bool)
        labels = lab.astype(object).where(~blank, None).to_numpy(dtype=object)
        if blank.any():
            remap = np.arange(len(labels))
            remap[blank] = -1
            codes = np.where(codes >= 0, remap[np.maximum(codes, 0)], -1)
        return cls(codes=codes.astype(np.int64), labels=labels)

    def relabel(self, lab: pd.Series) -> Text:
        """The same rows with each label replaced (e.g. an address by its province)."""
        return Text._build(self.codes, lab)

    def per_row(self, per_label: np.ndarray, empty: object) -> np.ndarray:
        """A value per row from a value per label (`empty` where the cell is empty)."""
        lookup = np.empty(len(per_label) + 1, dtype=per_label.dtype)
        lookup[:-1] = per_label
        lookup[-1] = empty
        return lookup[self.codes]

    def rows(self, idx: np.ndarray, fill: str | None = None) -> np.ndarray:
        """Object array of the selected rows (None, or `fill`, where empty)."""
        lookup = np.empty(len(self.labels) + 1, dtype=object)
        lookup[:-1] = self.labels
        lookup[-1] = fill
        return lookup[self.codes[idx]]


class Orders:
    """Rows grouped by order number, in file order within each order (one stable sort).

    Carrying order fields down and numbering lines both need "the previous line of the same
    order"; a stable sort by order code gives it for every row at once, without a groupby.
    """

    def __init__(self, codes: np.ndarray) -> None:
        self.codes = codes
        self.perm = np.argsort(codes, kind="stable")
        sorted_codes = codes[self.perm]
        starts = np.flatnonzero(np.r_[True, sorted_codes[1:] != sorted_codes[:-1]])
        # position (in sorted order) of the first line of each row's order
        self.first = np.repeat(starts, np.diff(np.r_[starts, len(codes)]))

    def carry(self, present: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each row: the row to take a value from (itself, or the nearest earlier line of
        its order that has one), and whether one was found."""
        n = len(self.codes)
        pos = np.arange(n)
        last = np.where(present[self.perm], pos, -1)
        np.maximum.accumulate(last, out=last)
        found_sorted = (last >= self.first) & (self.codes[self.perm] >= 0)
        source = np.empty(n, dtype=np.int64)
        found = np.empty(n, dtype=bool)
        source[self.perm] = np.where(found_sorted, self.perm[np.maximum(last, 0)], self.perm)
        found[self.perm] = found_sorted
        return source, found

    def line_no(self) -> np.ndarray:
        """1-based position of each line within its order, in file order."""
        out = np.empty(len(self.codes), dtype=np.int64)
        out[self.perm] = np.arange(len(self.codes)) - self.first + 1
        return out


def carry_codes(codes: np.ndarray, orders: Orders) -> tuple[np.ndarray, int]:
    """Fill empty cells from the previous line of the same order; how many were filled."""
    missing = codes < 0
    if not missing.any():
        return codes, 0
    source, found = orders.carry(~missing)
    take = missing & found
    out = codes.copy()
    out[take] = codes[source[take]]
    return out, int(take.sum())


def carry_cells(cells: pd.Series, orders: Orders) -> tuple[pd.Series, int]:
    missing = cells.isna().to_numpy()
    if not missing.any():
        return cells, 0
    source, found = orders.carry(~missing)
    take = missing & found
    out = cells.reset_index(drop=True)
    if take.any():
        out = out.copy()
        out.iloc[np.flatnonzero(take)] = out.iloc[source[take]].to_numpy()
    return out, int(take.sum())


def cancellation_prefix(labels: np.ndarray) -> np.ndarray:
    """Order numbers (per label) that are "C" + an ordinary order number of this file.

    Decided per file from the shapes of the ids (digit -> 9, letter -> A): "C536379" is a
    cancellation because "536379" has the shape of this file's other order numbers. A shop
    whose order numbers all start with C has no plain ids of that shape, so nothing is flagged.
    """
    ids = pd.Series(labels, dtype="str")
    if ids.empty:
        return np.zeros(0, dtype=bool)
    prefixed = (ids.str.startswith("C") & (ids.str.len() > 1)).to_numpy(dtype=bool)
    if not prefixed.any():
        return prefixed
    n_plain = int((~prefixed).sum())
    if prefixed.sum() >= n_plain:
        return np.zeros(len(ids), dtype=bool)
    counts = _shapes(ids[~prefixed]).value_counts()
    common = set(counts[counts >= max(1.0, 0.01 * n_plain)].index)
    rest = pd.Series(False, index=ids.index)
    rest[prefixed] = _shapes(ids[prefixed].str.slice(1)).isin(common)
    return prefixed & rest.to_numpy(dtype=bool)


def _shapes(ids: pd.Series) -> pd.Series:
    """The shape of each id: digit -> 9, letter -> A; digit-only ids as "#" + length.

    Digit-only ids are the usual case and get their shape without a regex pass.
    """
    digits = ids.str.isdigit().to_numpy(dtype=bool)
    shape = "#" + ids.str.len().astype("str")
    if not digits.all():
        other = ids[~digits]
        shape[~digits] = other.str.replace(r"\d", "9", regex=True).str.replace(
            r"[^\W\d_]", "A", regex=True
        )
    return shape


def province(labels: np.ndarray) -> pd.Series | None:
    """Chinese addresses reduced to their province; None when no label is such an address."""
    lab = pd.Series(labels, dtype="str")
    found = lab.str.extract(_PROVINCE, expand=False)
    if not found.notna().any():
        return None
    return found.where(found.notna(), lab)


def spread_refunds(
    refund: np.ndarray, amount: np.ndarray, order_codes: np.ndarray, kept: np.ndarray
) -> np.ndarray:
    """An order-level refund (one figure on a multi-line order) spread over its lines.

    Shopify writes "Refunded Amount" once per order; left on the first line it would refund
    that line by the whole order's money. Spread in proportion to the lines' amounts (never
    more than a line's own amount), the order's refund total is kept and each line is right.
    """
    rows = np.flatnonzero(kept & (order_codes >= 0))
    if not len(rows):
        return refund
    frame = pd.DataFrame(
        {"order": order_codes[rows], "refund": refund[rows], "value": np.abs(amount[rows])}
    )
    grouped = frame.groupby("order", sort=False)
    figures = grouped["refund"].transform("count").to_numpy()
    lines = grouped["refund"].transform("size").to_numpy()
    spread_rows = (figures == 1) & (lines > 1)
    if not spread_rows.any():
        return refund
    total = grouped["refund"].transform("sum").to_numpy()
    value = frame["value"].to_numpy()
    value_sum = grouped["value"].transform("sum").to_numpy()
    share = np.divide(value, value_sum, out=np.zeros_like(value), where=value_sum > 0)
    out = refund.copy()
    out[rows[spread_rows]] = np.minimum(value, total * share)[spread_rows]
    return out


def fallback_ids(
    dates: pd.Series, customer: np.ndarray, raw: pd.DataFrame
) -> tuple[np.ndarray, int]:
    """Order numbers built from content (never from the row position).

    With a customer: one order per customer per day (the basket convention of till and
    grocery data). Without: the date-time and a short hash of the row's cells, so the same
    row exported again gets the same number. Returns the ids and how many had a customer.
    """
    has_customer = np.array([c is not None for c in customer], dtype=bool)
    ids = np.empty(len(dates), dtype=object)
    if has_customer.any():
        day = dates[has_customer].dt.strftime("%Y-%m-%d").to_numpy(dtype=object)
        ids[has_customer] = customer[has_customer] + " " + day
    rest = ~has_customer
    if rest.any():
        hashed = pd.util.hash_pandas_object(raw.loc[rest], index=False).to_numpy()
        stamp = dates[rest].dt.strftime("%Y-%m-%d %H:%M:%S").to_numpy(dtype=object)
        ids[rest] = [f"{s} #{h & 0xFFFFFFFF:08x}" for s, h in zip(stamp, hashed, strict=True)]
    return ids, int(has_customer.sum())


#: Longest marks first, so that "US$" is read before "$".
_HEADER_MARKS: Final = sorted(CURRENCY_MARKS.items(), key=lambda item: len(item[0]), reverse=True)
_HEADER_CODE: Final = re.compile(
    r"(?<![A-Za-z])(" + "|".join(sorted(CURRENCY_CODES)) + r")(?![A-Za-z])"
)


def currency_in_headers(src: dict[str, str]) -> str | None:
    """A currency written in a money column's header ("Prix (€)", "金额(元)", "Price (USD)")."""
    for f in ("amount", "unit_price"):
        header = src.get(f, "")
        code = _HEADER_CODE.search(header)
        if code:
            return code.group(1)
        for mark, iso in _HEADER_MARKS:
            if iso and mark in header:
                return iso
    return None
