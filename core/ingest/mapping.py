"""Which column holds what: from a raw table's headers (and values) to canonical fields.

Three passes, most certain first, so a platform export is mapped exactly and a hand-made sheet
still gets a sensible guess the user can correct in the mapping table:

1. a preset (`core.ingest.presets`) when the file is a known platform export: confidence ~1;
2. a synonym table in English and Chinese on normalised headers: a header that IS a synonym
   (0.9), or that contains one (0.7) — a compound header is judged by its last word, the way
   both languages build them ("order items qty" is a quantity, "订单金额" an amount);
3. value sniffing (`core.ingest.values.sniff_kind`) for required fields still open, on columns
   whose header says nothing ("Column 3" of a file without a header row): 0.3-0.6.

Every guess from a header is checked against the column's values (a "Discount" column of rates
between 0 and 1 is not money; a "product_name_length" of integers is not a product name).
Each field gets at most one column and each column at most one field, best confidence first.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from core.errors import MappingError, MissingFieldsError
from core.ingest.presets import Preset, detect_preset, normalise_header
from core.ingest.synonyms import CJK, SYNONYMS, VETOES
from core.ingest.types import FieldMatch, Mapping, RawTable
from core.ingest.values import parse_numbers, sniff_kind
from core.schema import CANONICAL_FIELDS, FIELD_LABELS

__all__ = [
    "auto_map",
    "check_required",
    "header_signature",
    "mapping_from_spec",
    "normalise_header",
]

log = logging.getLogger(__name__)

#: Headers a reader invents or a spreadsheet leaves behind: they say nothing about the values.
_GENERIC_HEADER = re.compile(r"(column|col|unnamed|field|f)?\s*[:_.\- ]?\s*\d*(\.\d+)?", re.I)
#: A containment match needs a synonym this long (shorter ones, like "id" or "qty" inside
#: unrelated words, would match by accident); Chinese words carry more per character.
_MIN_CONTAINED_LATIN = 3
_MIN_CONTAINED_CJK = 2


def header_signature(columns: Sequence[str]) -> str:
    """A stable short hash of the normalised headers: the identity of a file layout.

    The mapping a user confirms is saved under this key and offered again for the next export
    of the same layout. Order and spelling details do not change a layout, so the normalised
    names are sorted before hashing.
    """
    names = sorted(normalise_header(c) for c in columns)
    digest = hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()
    return digest[:16]


class _Profile:
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


def _values_fit(field: str, p: _Profile) -> bool:
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


@dataclass(frozen=True)
class _Guess:
    key: tuple[float, ...]  # sort key, best first when sorted in reverse
    field: str
    column: str
    confidence: float


def _vetoed(field: str, header: str) -> bool:
    return any(v in header for v in VETOES.get(field, ()))


def _header_guesses(columns: list[str], fields: set[str], raw: RawTable) -> list[_Guess]:
    """Synonym guesses for every (field, column): exact 0.9, contained 0.7."""
    guesses: list[_Guess] = []
    for idx, col in enumerate(columns):
        h = normalise_header(col)
        if not h:
            continue
        if h == "id":
            guesses.extend(_bare_id_guess(col, idx, raw, fields))
            continue
        exact = [
            (f, rank) for f in fields for rank, syn in enumerate(SYNONYMS.get(f, ())) if syn == h
        ]
        if exact:
            for f, rank in exact:
                guesses.append(_Guess((0.9, 1.0, len(h), -rank, -idx), f, col, 0.9))
            continue
        found: dict[str, tuple[bool, int, int]] = {}
        for f in fields:
            if _vetoed(f, h):
                continue
            for rank, syn in enumerate(SYNONYMS.get(f, ())):
                need = _MIN_CONTAINED_CJK if CJK.search(syn) else _MIN_CONTAINED_LATIN
                if len(syn) < need or syn not in h:
                    continue
                cand = (h.endswith(syn), len(syn), -rank)
                if f not in found or cand > found[f]:
                    found[f] = cand
        # A compound header is what its last word says: only fields matching the end compete.
        if any(c[0] for c in found.values()):
            found = {f: c for f, c in found.items() if c[0]}
        for f, (suffix, length, neg_rank) in found.items():
            key = (0.7, 1.0 if suffix else 0.0, length, neg_rank, -idx)
            guesses.append(_Guess(key, f, col, 0.7))
    return guesses


def _bare_id_guess(col: str, idx: int, raw: RawTable, fields: set[str]) -> list[_Guess]:
    """A column named just "id": an order number when every row has its own, else a product.

    Olist's "id" is one per order row; Walmart's "id" ("1_1" = store 1, department 1) repeats
    every week and names the series that was sold, which is what a product code is for.
    """
    profile = _Profile(raw.frame[col])
    if profile.distinct_ratio >= 0.95 and "order_id" in fields:
        return [_Guess((0.9, 1.0, 2, 0, -idx), "order_id", col, 0.9)]
    if "sku" in fields:
        return [_Guess((0.6, 1.0, 2, 0, -idx), "sku", col, 0.6)]
    return []


def _preset_matches(preset: Preset, columns: list[str]) -> list[FieldMatch]:
    by_norm: dict[str, str] = {}
    for col in columns:
        by_norm.setdefault(normalise_header(col), col)
    used: set[str] = set()
    matches: list[FieldMatch] = []
    for f, headers in preset.fields.items():
        for pos, h in enumerate(headers):
            found = by_norm.get(h)
            if found is not None and found not in used:
                matches.append(FieldMatch(f, found, "preset", 1.0 if pos == 0 else 0.95))
                used.add(found)
                break
    mapped = {m.field for m in matches}
    has_lines = "amount" in mapped or {"quantity", "unit_price"} <= mapped
    if not has_lines:
        for h in preset.order_totals:
            total = by_norm.get(h)
            if total is not None and total not in used:
                matches.append(FieldMatch("amount", total, "preset", 0.95))
                break
    return matches


def _is_generic(col: str) -> bool:
    return bool(_GENERIC_HEADER.fullmatch(col.strip()))


def _value_matches(
    raw: RawTable, columns: list[str], open_fields: set[str], used: set[str]
) -> list[FieldMatch]:
    """Guesses from values alone, for columns whose header says nothing."""
    free = [c for c in columns if c not in used and (raw.header_row is None or _is_generic(c))]
    profiles = {c: _Profile(raw.frame[c]) for c in free}
    free = [c for c in free if len(profiles[c].present)]
    out: list[FieldMatch] = []

    def take(field: str, col: str, share: float) -> None:
        out.append(FieldMatch(field, col, "values", round(min(0.6, 0.3 + 0.3 * share), 2)))
        free.remove(col)
        open_fields.discard(field)

    def best(
        kind: str, minimum: float, ok: Callable[[_Profile], bool] | None = None
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


def _small_counts(p: _Profile) -> bool:
    """Quantities: plain integers, mostly small, no zero-padded codes like "0001"."""
    text = p.present.astype(str).str.strip()
    if text.str.match(r"0\d").any():
        return False
    nums = p.numbers
    return len(nums) == len(p.present) and float(nums.abs().median()) <= 100


def _repeats(p: _Profile) -> bool:
    """A customer column repeats (customers come back); a row number never does."""
    return p.distinct_ratio <= 0.9 and not p.is_row_number


def _unique_codes(p: _Profile) -> bool:
    return p.distinct_ratio >= 0.95 and not p.is_row_number


def auto_map(raw: RawTable) -> Mapping:
    """The best guess of which column holds which field: presets, then synonyms, then values.

    A preset's own choices are final for the fields it covers; the synonym pass only fills
    fields the preset leaves open (minus those it deliberately ignores). Value sniffing runs
    only for files no preset recognised.
    """
    columns = raw.columns
    preset = detect_preset(columns)
    matches: list[FieldMatch] = _preset_matches(preset, columns) if preset else []
    used = {m.source for m in matches}
    open_fields = set(CANONICAL_FIELDS) - {m.field for m in matches}
    if preset is not None:
        open_fields -= preset.ignore_fields
        if preset.order_totals:  # an order total must not come back as a line amount
            open_fields.discard("amount")

    profiles: dict[str, _Profile] = {}
    for guess in sorted(
        _header_guesses([c for c in columns if c not in used], open_fields, raw),
        key=lambda g: g.key,
        reverse=True,
    ):
        if guess.field not in open_fields or guess.column in used:
            continue
        profile = profiles.setdefault(guess.column, _Profile(raw.frame[guess.column]))
        if not _values_fit(guess.field, profile):
            log.debug("header %r looked like %s but its values do not", guess.column, guess.field)
            continue
        matches.append(FieldMatch(guess.field, guess.column, "synonym", guess.confidence))
        used.add(guess.column)
        open_fields.discard(guess.field)

    if preset is None:
        for m in _value_matches(raw, columns, open_fields, used):
            matches.append(m)
            used.add(m.source)

    order = {f: i for i, f in enumerate(CANONICAL_FIELDS)}
    matches.sort(key=lambda m: order[m.field])
    log.info(
        "mapped %d of %d columns%s",
        len(matches),
        len(columns),
        f" ({preset.name})" if preset else "",
    )
    return Mapping(matches=tuple(matches), preset=preset.name if preset else None)


def _resolve_column(raw: RawTable, ref: str | int) -> str:
    columns = raw.columns
    if isinstance(ref, bool):
        ref = str(ref)
    if isinstance(ref, int):
        if 1 <= ref <= len(columns):
            return columns[ref - 1]
        raise MappingError(
            f"The mapping asks for column number {ref}, but this file has only "
            f"{len(columns)} columns ({_listing(columns)}). Use a number from 1 to "
            f"{len(columns)} or the column's name."
        )
    if ref in columns:
        return ref
    wanted = normalise_header(ref)
    for col in columns:
        if normalise_header(col) == wanted and wanted:
            return col
    if ref.strip().isdigit():
        return _resolve_column(raw, int(ref.strip()))
    raise MappingError(
        f"The mapping names a column {ref!r} that this file does not have. "
        f"Columns seen: {_listing(columns)}. Correct the name in the mapping and import again."
    )


def _listing(names: Sequence[str]) -> str:
    shown = ", ".join(repr(n) for n in names[:40]) or "(none)"
    return shown + (f" and {len(names) - 40} more" if len(names) > 40 else "")


def mapping_from_spec(raw: RawTable, spec: dict[str, str | int]) -> Mapping:
    """The user's own mapping: {canonical field: column name, or 1-based column number}.

    The user's mapping is the whole mapping: fields it does not name are left unmapped, NOT
    filled in by guessing, so that what is imported is exactly what the user asked for (a saved
    mapping replayed on the next export behaves the same every time). Names are matched
    exactly first, then ignoring case, spaces and punctuation.
    """
    matches: list[FieldMatch] = []
    for field, ref in spec.items():
        if field not in CANONICAL_FIELDS:
            raise MappingError(
                f"The mapping names a field {field!r} that ShopLens does not know. "
                f"Valid fields: {', '.join(CANONICAL_FIELDS)}."
            )
        matches.append(FieldMatch(field, _resolve_column(raw, ref), "user", 1.0))
    order = {f: i for i, f in enumerate(CANONICAL_FIELDS)}
    matches.sort(key=lambda m: order[m.field])
    return Mapping(matches=tuple(matches), preset=None)


def check_required(mapping: Mapping, raw: RawTable) -> None:
    """Refuse a mapping that cannot give an order date and a money amount for each line.

    Without a date nothing can be put on a timeline; without an amount (or quantity and unit
    price to compute it) there is no revenue. Raises MissingFieldsError naming what is missing
    in plain words and listing the columns seen, so the user can pick them.
    """
    mapped = set(mapping.as_dict())
    missing: list[str] = []
    if "order_date" not in mapped:
        missing.append(FIELD_LABELS["order_date"])
    if "amount" not in mapped and not {"quantity", "unit_price"} <= mapped:
        lacking = [FIELD_LABELS[f] for f in ("quantity", "unit_price") if f not in mapped]
        missing.append(f"{FIELD_LABELS['amount']} (or {' and '.join(lacking)} to compute it)")
    if missing:
        raise MissingFieldsError(missing=missing, columns_seen=raw.columns)
