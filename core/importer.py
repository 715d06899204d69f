"""Import one order export into a shop file: read → map → clean → write, in one transaction.

The GUI (Import tab, drag-and-drop), the headless `main.py import` and the demo shop all call
`preview_file` / `import_file`, so a file is understood the same way everywhere.

A mapping the user gives (GUI or --mapping) adds to what ShopLens finds by itself: naming only
the amount column must not lose the order date that was detected. A field the user sets to no
column (None or "") stays unmapped. The mapping is saved for the file's layout (its header
signature) once the import succeeds, and used for the next file of that layout.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Mapping as ReadOnlyMapping
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from core import layout_memory
from core.analysis.kpis import count_orders, sales_totals
from core.backups import take_backup
from core.errors import Cancelled, CurrencyMismatchError, MissingFieldsError
from core.import_writer import ImportRecord, write_import
from core.ingest.clean import to_canonical
from core.ingest.contacts import extract_contacts
from core.ingest.mapping import auto_map, check_required, header_signature, mapping_from_spec
from core.ingest.readers import read_table
from core.ingest.types import Mapping, RawTable
from core.messages import say
from core.progress import Progress, report, scaled
from core.schema import CANONICAL_FIELDS, FIELD_LABELS
from core.shop_file import friendly_error
from core.store import open_shop, saved_mapping, shop_connection, shop_currency

log = logging.getLogger(__name__)

#: A user's mapping: canonical field -> column name, 1-based column number, or None (no column).
Spec = ReadOnlyMapping[str, str | int | None]


@dataclass(frozen=True)
class ImportParams:
    sheet: str | None = None  # workbook sheet; None: the one that holds the orders
    no_header: bool | None = None  # None: detect; True: the first row is data
    #: canonical field -> column name / 1-based number, or None for "no column"
    mapping: Spec | None = None
    allow_other_currency: bool = False  # the user chose "import anyway" for a foreign currency
    date_order: str | None = None  # "dmy" / "mdy": the user's answer when dates are contested


@dataclass(frozen=True)
class FilePreview:
    raw: RawTable  # the first rows
    mapping: Mapping
    missing: list[str]  # required fields still without a column, in plain words
    saved_layout: bool  # the mapping is one the user confirmed for this layout before


@dataclass(frozen=True)
class ImportReport:
    file: str
    format: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    header_row: int | None
    preset: str | None
    mapping: dict[str, str]
    rows_read: int
    rows_imported: int
    rows_already_present: int
    rows_updated: int
    rows_withdrawn: int  # lines of earlier imports whose order this file shows as cancelled
    rows_excluded: dict[str, int]
    orders: int
    customers: int | None  # None: the file names no customer (unknown, not 0)
    products: int
    date_min: str | None
    date_max: str | None
    gross_sales: float
    returns: float
    net_sales: float
    currency: str | None = None
    fees: float = 0.0  # fees and adjustments (core.analysis.money), apart from returns
    import_id: int | None = None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _user_mapping(raw: RawTable, spec: Spec, additive: bool = True) -> tuple[Mapping, bool]:
    """The user's mapping on top of the automatic one, keeping how each unchanged field was
    found, and whether the user changed anything against the automatic mapping.

    Fields the spec does not name keep their automatic column (when `additive` and the user
    did not take that column for another field): `--mapping '{"amount": "总金额"}'` must not
    lose the detected order date. The GUI sends the whole table it showed, "no column" as
    None; a saved mapping is replayed as it was saved (not additive). Fields the user left as
    they were keep their method and confidence, and the platform preset stays recognised while
    every field it mapped is unchanged (it still supplies e.g. the currency of a Taobao export).
    """
    given = mapping_from_spec(raw, {f: r for f, r in spec.items() if r is not None and r != ""})
    automatic = auto_map(raw)
    kept = {m.field: m for m in automatic.matches if given.source_of(m.field) == m.source}
    matches = [kept.get(m.field, m) for m in given.matches]
    if additive:
        used = {m.source for m in matches}
        for m in automatic.matches:
            if m.field not in spec and m.source not in used:
                kept[m.field] = m
                matches.append(m)
                used.add(m.source)
        order = {f: i for i, f in enumerate(CANONICAL_FIELDS)}
        matches.sort(key=lambda m: order[m.field])
    preset_fields = [m for m in automatic.matches if m.method == "preset"]
    preset = automatic.preset if all(m.field in kept for m in preset_fields) else None
    mapping = Mapping(tuple(matches), preset=preset)
    changed = mapping.as_dict() != automatic.as_dict()
    return mapping, changed


def _choose_mapping(
    raw: RawTable, params: ImportParams, db_path: Path | None
) -> tuple[Mapping, bool, bool]:
    """The user's mapping if given, else one saved for this layout, else the automatic one.

    Returns the mapping, whether it is a saved one, and whether the user's mapping differs from
    what ShopLens finds by itself (only such a correction is worth remembering).
    """
    if params.mapping is not None:
        mapping, changed = _user_mapping(raw, params.mapping)
        return mapping, False, changed
    if db_path is not None and Path(db_path).exists() and raw.header_row is not None:
        with shop_connection(db_path) as conn:
            saved = saved_mapping(conn, header_signature(raw.columns))
        if saved is not None and all(source in raw.columns for source in saved.values()):
            mapping, _ = _user_mapping(raw, dict(saved), additive=False)
            matches = tuple(
                replace(m, method="saved") if m.method == "user" else m for m in mapping.matches
            )
            return Mapping(matches, preset=mapping.preset), True, False
    return auto_map(raw), False, False


def _missing(mapping: Mapping, raw: RawTable) -> list[str]:
    try:
        check_required(mapping, raw)
    except MissingFieldsError as exc:
        return exc.missing
    return []


def _known_date_order(
    db_path: Path | None, signature: str | None
) -> layout_memory.DateOrder | None:
    if db_path is None or signature is None or not Path(db_path).exists():
        return None
    with shop_connection(db_path) as conn:
        return layout_memory.remembered(conn, signature)


def preview_file(
    path: Path,
    params: ImportParams = ImportParams(),
    db_path: Path | None = None,
    nrows: int = 200,
) -> FilePreview:
    """The first rows of a file and how its columns are understood, for the Import tab."""
    raw = read_table(Path(path), sheet=params.sheet, no_header=params.no_header, nrows=nrows)
    mapping, saved, _ = _choose_mapping(raw, params, db_path)
    return FilePreview(raw, mapping, _missing(mapping, raw), saved)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _customers(lines: pd.DataFrame) -> int | None:
    """Distinct customers; None for an export that names none (an order-level report)."""
    known = lines["customer_id"].dropna()
    if known.empty and len(lines):
        return None
    return int(known.nunique())


def _products(lines: pd.DataFrame) -> int:
    key = lines["sku"].where(lines["sku"].notna(), lines["product_name"])
    return int(key.dropna().nunique())


def _one_currency(lines: pd.DataFrame) -> str | None:
    currencies = lines["currency"].dropna().unique()
    return str(currencies[0]) if len(currencies) == 1 else None


def _check_currency(
    db_path: Path, file_name: str, lines: pd.DataFrame, params: ImportParams
) -> list[str]:
    """Keep one shop in one currency: stop a file in another currency (unless the user chose to
    import it anyway) and give a file that names no currency the shop's. Returns notes for the
    report; `lines` gets the shop's currency filled in place."""
    if not Path(db_path).exists():
        return []
    with shop_connection(db_path) as conn:
        shop = shop_currency(conn)
    if shop is None:
        return []
    given = {str(c) for c in lines["currency"].dropna().unique()}
    if not given:
        lines["currency"] = lines["currency"].fillna(shop)
        return [
            f"This file does not say which currency its amounts are in: they were taken as "
            f"{shop}, the currency of the shop."
        ]
    foreign = sorted(given - {shop})
    if foreign and not params.allow_other_currency:
        raise CurrencyMismatchError(", ".join(foreign), shop, file_name)
    if foreign:
        return [
            f"This file's amounts are in {', '.join(foreign)}, not in the shop's {shop}: they "
            "were imported as they are, as you chose, and are added up with the shop's."
        ]
    return []


def import_file(
    db_path: Path,
    path: Path,
    params: ImportParams = ImportParams(),
    progress: Progress | None = None,
) -> ImportReport:
    """Import one file into the shop at `db_path`; all or nothing.

    Raises a ShopLensError with a message for the user when the file cannot be imported
    (CurrencyMismatchError when its currency is not the shop's, so the caller can ask), and
    `Cancelled` when `progress` raises it; in both cases the shop file is unchanged.
    """
    path = Path(path)
    started = datetime.now()
    # The shop first: another program's database, a damaged or read-only shop is refused
    # before a large file is read for nothing.
    open_shop(db_path, check=True).close()
    report(progress, 0.0, say("Reading {file}", file=path.name))
    raw = read_table(
        path, sheet=params.sheet, no_header=params.no_header, progress=scaled(progress, 0.0, 0.25)
    )
    report(progress, 0.25, "Understanding the columns")
    mapping, _, corrected = _choose_mapping(raw, params, db_path)
    check_required(mapping, raw)
    signature = header_signature(raw.columns) if raw.header_row is not None else None
    known = _known_date_order(db_path, signature)
    clean = to_canonical(
        raw,
        mapping,
        scaled(progress, 0.3, 0.55),
        date_order=params.date_order or (known.order if known else None),
        date_order_forced=params.date_order is not None,
    )
    if params.date_order is None:
        layout_memory.check(path.name, clean.date_order, clean.date_order_seen, known)
    contacts = extract_contacts(raw, mapping)
    lines = clean.lines
    currency_notes = _check_currency(db_path, path.name, lines, params)
    # How the file was read and understood: the same facts go into the shop's `imports` table
    # and into the report.
    source: dict[str, Any] = {
        "format": raw.format,
        "encoding": raw.encoding,
        "delimiter": raw.delimiter,
        "sheet": raw.sheet,
        "header_row": raw.header_row,
        "preset": mapping.preset,
        "mapping": mapping.as_dict(),
        "rows_read": clean.rows_read,
    }
    record = ImportRecord(
        file_name=path.name,
        file_size=path.stat().st_size,
        sha256=_sha256(path),
        excluded=dict(clean.excluded),
        started_at=started,
        currency=_one_currency(lines),
        **source,
    )
    # A mapping the user corrected is remembered for the layout, in the same transaction. Files
    # without a header all look alike ("Column 1..N"), so theirs is not remembered.
    layout = None
    if corrected and raw.header_row is not None:
        layout = (header_signature(raw.columns), mapping.as_dict(), raw.columns)

    def remember_date_order(conn: sqlite3.Connection) -> None:
        if signature is not None and clean.date_order is not None:
            seen = clean.date_order_seen or ("as you chose" if params.date_order else None)
            stamp = started.isoformat(timespec="seconds")
            layout_memory.remember(conn, signature, clean.date_order, seen, path.name, stamp)

    try:
        with shop_connection(db_path) as conn:
            take_backup(conn, db_path)  # the state before this import stays recoverable
            counts = write_import(
                conn,
                lines,
                record,
                scaled(progress, 0.55, 0.98),
                layout,
                clean.cancelled_orders,
                contacts=contacts,
                also=remember_date_order,
            )
    except (OSError, sqlite3.Error) as exc:
        raise friendly_error(exc, db_path) from exc
    totals = sales_totals(lines)
    notes = [*raw.notes, *clean.notes, *currency_notes]
    if known is not None and params.date_order is None and clean.date_order_seen is None:
        # every date fitted both orders: they followed the shop's earlier files of this layout
        notes = [n for n in notes if not n.startswith("Every date in this column fits both")]
        notes.append(
            say(
                "Every date fits both day/month and month/day; they were read day first, like "
                "the earlier files of this layout in the shop ({file})."
                if known.order == "dmy"
                else "Every date fits both day/month and month/day; they were read month first, "
                "like the earlier files of this layout in the shop ({file}).",
                file=known.file_name,
            )
        )
    if counts.rows_withdrawn:
        notes.append(
            say(
                "{count:,} lines of orders that were cancelled after an earlier import were "
                "taken out of the shop.",
                count=counts.rows_withdrawn,
            )
        )
    if counts.rows_updated:
        notes.append(
            say(
                "{count:,} lines were already in the shop and have changed since (status, "
                "refund or discount): they were brought up to date.",
                count=counts.rows_updated,
            )
        )
    if counts.rows_already_present and not counts.rows_imported and not counts.rows_updated:
        notes.append("Every line of this file was already in the shop: nothing new was added.")
    result = ImportReport(
        file=path.name,
        **source,
        rows_imported=counts.rows_imported,
        rows_already_present=counts.rows_already_present,
        rows_updated=counts.rows_updated,
        rows_withdrawn=counts.rows_withdrawn,
        rows_excluded=dict(clean.excluded),
        orders=count_orders(lines),
        customers=_customers(lines),
        products=_products(lines),
        date_min=None if lines.empty else f"{lines['order_date'].min():%Y-%m-%d}",
        date_max=None if lines.empty else f"{lines['order_date'].max():%Y-%m-%d}",
        currency=_one_currency(lines),
        import_id=counts.import_id,
        notes=notes,
        gross_sales=totals["gross_sales"],
        returns=totals["returns"],
        fees=totals["fees"],
        net_sales=totals["net_sales"],
    )
    try:
        report(
            progress,
            1.0,
            say(
                "Imported {count:,} new lines from {file}",
                count=counts.rows_imported,
                file=path.name,
            ),
        )
    except Cancelled:
        # The import is committed: a Cancel pressed now comes too late to undo it, and raising
        # would tell the caller that nothing changed when it did.
        log.info("cancel after the import of %s was committed: ignored", path.name)
    log.info(
        "imported %s: %s",
        path.name,
        {k: v for k, v in result.to_dict().items() if k in ("rows_read", "rows_imported")},
    )
    return result


def describe_mapping(mapping: Mapping) -> list[str]:
    """One plain line per mapped field, e.g. "order date ← InvoiceDate (preset, 100%)"."""
    return [
        f"{FIELD_LABELS.get(m.field, m.field)} ← {m.source} ({m.method}, {m.confidence:.0%})"
        for m in mapping.matches
    ]
