"""The last step of cleaning: the kept rows' cleaned columns as the canonical frame.

`core.ingest.clean.to_canonical` decides which rows are kept and what each field of a line
is; this module lays the kept rows out as core.schema.LINE_COLUMNS, gives lines without an
order number a deterministic one (so importing an overlapping export again gives the same
ids), numbers the lines of each order, and names the orders the file shows as cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.ingest.clean_steps import Orders, Text, fallback_ids
from core.schema import LINE_COLUMNS

#: Money and quantity columns of a line (float, NaN when unknown).
NUMERIC_COLUMNS = ("quantity", "unit_price", "amount", "discount", "refund_amount")


@dataclass(frozen=True)
class CleanedRows:
    """Every row's cleaned fields (one value per row of the raw table)."""

    frame: pd.DataFrame  # the raw table: content of rows that need a made-up order number
    dates: np.ndarray  # datetime64[ns]
    text: dict[str, Text]  # text fields by canonical name (order_id among them when mapped)
    numbers: dict[str, np.ndarray]  # NUMERIC_COLUMNS, the final figures
    is_return: np.ndarray  # bool
    currency: str | None  # for lines whose file names no currency


def assemble_lines(rows: CleanedRows, kept: np.ndarray) -> tuple[pd.DataFrame, list[str]]:
    """The canonical frame of the rows where `kept`, and the notes it gives rise to."""
    notes: list[str] = []
    idx = np.flatnonzero(kept)
    order = rows.text.get("order_id")
    dates_kept = pd.Series(rows.dates[idx], dtype="datetime64[ns]")
    order_ids = order.rows(idx) if order is not None else np.empty(len(idx), dtype=object)
    no_id = order.codes[idx] < 0 if order is not None else np.ones(len(idx), dtype=bool)
    if no_id.any():
        customer = (
            rows.text["customer_id"].rows(idx)
            if "customer_id" in rows.text
            else np.empty(len(idx), dtype=object)  # all None: ids from date and content
        )
        ids, with_customer = fallback_ids(
            dates_kept[no_id].reset_index(drop=True),
            customer[no_id],
            rows.frame.iloc[idx[no_id]].reset_index(drop=True),
        )
        order_ids[no_id] = ids
        notes.append(_fallback_note(int(no_id.sum()), with_customer, order is None))

    columns: dict[str, pd.Series] = {}
    for col in LINE_COLUMNS:
        if col == "order_id":
            columns[col] = pd.Series(order_ids, dtype=object, copy=False)
        elif col == "line_no":
            if order is not None and not no_id.any():
                line_no = Orders(order.codes[idx]).line_no()
            else:
                line_no = Orders(pd.factorize(order_ids)[0]).line_no()
            columns[col] = pd.Series(line_no, dtype=np.int64, copy=False)
        elif col == "order_date":
            columns[col] = dates_kept
        elif col == "is_return":
            columns[col] = pd.Series(rows.is_return[idx], dtype=bool, copy=False)
        elif col in NUMERIC_COLUMNS:
            columns[col] = pd.Series(rows.numbers[col][idx], dtype=np.float64, copy=False)
        elif col in rows.text:
            fill = rows.currency if col == "currency" else None
            columns[col] = pd.Series(rows.text[col].rows(idx, fill), dtype=object, copy=False)
        else:
            fill = rows.currency if col == "currency" else None
            empty_col = np.empty(len(idx), dtype=object)  # numpy fills object arrays with None
            if fill is not None:
                empty_col[:] = fill
            columns[col] = pd.Series(empty_col, dtype=object, copy=False)
    return pd.DataFrame(columns, copy=False), notes  # no block consolidation: no full copy


def cancelled_orders(
    order: Text | None, cancelled: np.ndarray, kept: np.ndarray
) -> tuple[str, ...]:
    """Order numbers this file shows as cancelled and with no line kept: a shop that imported
    them from an earlier export takes their lines out again (core.import_writer.write_import)."""
    if order is None:
        return ()
    rows = np.flatnonzero(cancelled & (order.codes >= 0))
    if not len(rows):
        return ()
    withdrawn = set(order.rows(rows)) - set(order.rows(np.flatnonzero(kept & (order.codes >= 0))))
    return tuple(sorted(str(o) for o in withdrawn))


def _fallback_note(count: int, with_customer: int, no_column: bool) -> str:
    what = "This file has no order number" if no_column else f"{count:,} lines have no order number"
    if with_customer == count:
        how = "lines of the same customer on the same day were taken as one order"
    elif with_customer == 0:
        how = (
            "each line was given one from its date and content, so importing an "
            "overlapping export again gives the same numbers"
        )
    else:
        how = (
            "lines of the same customer on the same day were taken as one order, and lines "
            "without a customer were numbered from their date and content"
        )
    return f"{what}: {how}."
