"""Which column holds what: from a raw table's headers (and values) to canonical fields.

Three passes, most certain first, so a platform export is mapped exactly and a hand-made sheet
still gets a sensible guess the user can correct in the mapping table:

1. a preset (`core.ingest.presets`) when the file is a known platform export: confidence ~1;
2. a synonym table in English and Chinese on normalised headers: a header that IS a synonym
   (0.9), or that contains one (0.7) — a compound header is judged by its last word, the way
   both languages build them ("order items qty" is a quantity, "订单金额" an amount);
3. value sniffing (`core.ingest.value_guess`) for required fields still open, on columns
   whose header says nothing ("Column 3" of a file without a header row): 0.3-0.6.

Every guess from a header is checked against the column's values (a "Discount" column of rates
between 0 and 1 is not money; a "product_name_length" of integers is not a product name).
Each field gets at most one column and each column at most one field, best confidence first.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping as ReadOnlyMapping
from collections.abc import Sequence
from dataclasses import dataclass

from core.errors import MappingError, MissingFieldsError
from core.ingest.presets import Preset, detect_preset, normalise_header
from core.ingest.synonyms import CJK, SYNONYMS, VETOES
from core.ingest.types import FieldMatch, Mapping, RawTable
from core.ingest.value_guess import ColumnProfile, value_matches, values_fit
from core.schema import CANONICAL_FIELDS, FIELD_LABELS

__all__ = [
    "auto_map",
    "check_required",
    "header_signature",
    "mapping_from_spec",
    "normalise_header",
]

log = logging.getLogger(__name__)

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
            # Among exact words the list's order decides ("customer id" before "customer name"):
            # the words are listed strongest first, and a longer word is not a stronger one.
            for f, rank in exact:
                guesses.append(_Guess((0.9, 1.0, -rank, len(h), -idx), f, col, 0.9))
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
    profile = ColumnProfile(raw.frame[col])
    if profile.distinct_ratio >= 0.95 and "order_id" in fields:
        # weaker than any listed word: a real "Order ID" column beside it wins
        return [_Guess((0.9, 1.0, -len(SYNONYMS["order_id"]), 2, -idx), "order_id", col, 0.9)]
    if "sku" in fields:
        return [_Guess((0.6, 1.0, -len(SYNONYMS["sku"]), 2, -idx), "sku", col, 0.6)]
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

    profiles: dict[str, ColumnProfile] = {}
    for guess in sorted(
        _header_guesses([c for c in columns if c not in used], open_fields, raw),
        key=lambda g: g.key,
        reverse=True,
    ):
        if guess.field not in open_fields or guess.column in used:
            continue
        profile = profiles.setdefault(guess.column, ColumnProfile(raw.frame[guess.column]))
        if not values_fit(guess.field, profile):
            log.debug("header %r looked like %s but its values do not", guess.column, guess.field)
            continue
        matches.append(FieldMatch(guess.field, guess.column, "synonym", guess.confidence))
        used.add(guess.column)
        open_fields.discard(guess.field)

    if preset is None:
        for m in value_matches(raw, columns, open_fields, used):
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


def mapping_from_spec(raw: RawTable, spec: ReadOnlyMapping[str, str | int]) -> Mapping:
    """The user's own mapping: {canonical field: column name, or 1-based column number}.

    This is the spec alone: fields it does not name are left unmapped here; the importer adds
    the automatic mapping's other fields on top (core.importer), and replays a saved mapping
    as it is. Names are matched exactly first, then ignoring case, spaces and punctuation.
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
