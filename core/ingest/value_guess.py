"""What a column's values say about the field it holds.

The column matcher guesses from headers first; this module checks those guesses against the
values (a "Discount" column of rates between 0 and 1 is not money; a "product_name_length" of
integers is not a product name) and, for columns whose header says nothing ("Column 3" of a
file without a header row), guesses from the values alone. Values are profiled lazily: a column
is only sniffed when a guess about it needs checking.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

import pandas as pd

from core.ingest.types import FieldMatch, RawTable
from core.ingest.values import parse_numbers, sniff_kind

__all__ = ["ColumnProfile", "value_matches", "values_fit"]

#: Headers a reader invents or a spreadsheet leaves behind: they say nothing about the values.
_GENERIC_HEADER = re.compile(r"(column|col|unnamed|field|f)?\s*[:_.\- ]?\s*\d*(\.\d+)?", re.I)


class ColumnProfile:
    """What the values of one column look like, computed only when a guess needs checking."""

    def __init__(self, cells: pd.Series) -> None:
        self._cells = cells

    @cached_property
    def present(self) -> pd.Series:
        cells = self._cells.dropna()
        if cells.dtype == object or pd.api.types.is_string_dtype(cells.dtype):
            text = cells.astype(str).str.strip()
            cells = cells[text != ""]
        return cells

    @cached_property
    def kinds(self) -> dict[str, float]:
        return sniff_kind(self._cells) if len(self.present) else {}

    def share(self, kind: str) -> float:
        return float(self.kinds.get(kind, 0.0))

    @cached_property
    def distinct_ratio(self) -> float:
        n = len(self.present)
        return float(self.present.nunique()) / n if n else 0.0

    @cached_property
    def numbers(self) -> pd.Series:
        """The readable numbers (money marks, thousands and decimal commas understood)."""
        return parse_numbers(self.present).values.dropna()

    @property
    def numeric(self) -> float:
        return max(self.share("money"), self.share("integer"))

    @property
    def is_row_number(self) -> bool:
        """0..n-1 or 1..n in order: a spreadsheet's row index, not a customer or an order."""
        nums = self.numbers
        if len(nums) != len(self.present) or len(nums) < 2:
            return False
        diffs = nums.diff().dropna()
        return bool((diffs == 1).all())


def values_fit(field: str, p: ColumnProfile) -> bool:
    """Do the values of a column agree with the field its header suggests?"""
    if not len(p.present):
        return True  # an empty column: nothing contradicts the header
    dates = p.share("date")
    if field == "order_date":
        return dates >= 0.6
    if field in ("quantity", "unit_price", "amount", "refund_amount", "discount"):
        # Plain numbers can also read as dates (Excel day serials, 19970101): only a column
        # that looks more like dates than like numbers is refused.
        if p.numeric < 0.5 or dates > p.numeric:
            return False
        if field == "discount":
            nums = p.numbers
            # Discount rates (0.2 = 20 %) are not money; Superstore is the classic case.
            looks_like_rate = len(nums) > 0 and bool(((nums >= 0) & (nums <= 1)).all())
            return not (looks_like_rate and bool((nums % 1 != 0).any()))
        return True
    if field in ("order_id", "customer_id", "sku"):
        plain_numbers = p.share("integer") >= 0.5  # 23456 is a fine customer number
        # notes and descriptions are not order numbers or codes (a customer may be a name)
        free_text = field != "customer_id" and p.share("text") >= 0.5
        return (dates < 0.5 or plain_numbers) and p.share("money") < 0.5 and not free_text
    if field in ("category", "channel"):
        return dates < 0.5  # department 3, store 12: codes are fine
    # product_name, country, status, currency: words, not figures
    return max(p.numeric, dates) < 0.5


def _is_generic(col: str) -> bool:
    return bool(_GENERIC_HEADER.fullmatch(col.strip()))


def value_matches(
    raw: RawTable, columns: list[str], open_fields: set[str], used: set[str]
) -> list[FieldMatch]:
    """Guesses from values alone, for columns whose header says nothing."""
    free = [c for c in columns if c not in used and (raw.header_row is None or _is_generic(c))]
    profiles = {c: ColumnProfile(raw.frame[c]) for c in free}
    free = [c for c in free if len(profiles[c].present)]
    out: list[FieldMatch] = []

    def take(field: str, col: str, share: float) -> None:
        out.append(FieldMatch(field, col, "values", round(min(0.6, 0.3 + 0.3 * share), 2)))
        free.remove(col)
        open_fields.discard(field)

    def best(
        kind: str, minimum: float, ok: Callable[[ColumnProfile], bool] | None = None
    ) -> tuple[str, float] | None:
        scored = [(profiles[c].share(kind), -i, c) for i, c in enumerate(free)]
        scored = [s for s in scored if s[0] >= minimum and (ok is None or ok(profiles[s[2]]))]
        if not scored:
            return None
        share, _, col = max(scored)
        return col, share

    if "order_date" in open_fields and (hit := best("date", 0.8)):
        take("order_date", *hit)
    if "amount" in open_fields and (hit := best("money", 0.8)):
        take("amount", *hit)
    if "quantity" in open_fields and (hit := best("integer", 0.9, _small_counts)):
        take("quantity", *hit)
    if "customer_id" in open_fields and (hit := best("id", 0.8, _repeats)):
        take("customer_id", *hit)
    if "order_id" in open_fields and (hit := best("id", 0.8, _unique_codes)):
        take("order_id", *hit)
    if "product_name" in open_fields and (hit := best("text", 0.8)):
        take("product_name", *hit)
    return out


def _small_counts(p: ColumnProfile) -> bool:
    """Quantities: plain integers, mostly small, no zero-padded codes like "0001"."""
    text = p.present.astype(str).str.strip()
    if text.str.match(r"0\d").any():
        return False
    nums = p.numbers
    return len(nums) == len(p.present) and float(nums.abs().median()) <= 100


def _repeats(p: ColumnProfile) -> bool:
    """A customer column repeats (customers come back); a row number never does."""
    return p.distinct_ratio <= 0.9 and not p.is_row_number


def _unique_codes(p: ColumnProfile) -> bool:
    return p.distinct_ratio >= 0.95 and not p.is_row_number
