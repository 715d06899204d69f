"""Reading order dates from whatever a shop's export wrote.

Exports write dates in every way there is: ISO stamps (Shopify, WooCommerce), `12/1/2010 8:26`
(US tills), `03/01/19` day first (UK/EU spreadsheets), `2020年2月1日` (Taobao), `19970101`, Excel
serial numbers, or real date cells. A column is decided as a whole: the format is detected on a
sample, the whole column is parsed with that one format in a single vectorised pass (541,909 rows
of Online Retail must stay close to a plain `pd.to_datetime(format=...)`), and only the cells
that fail go through the slower reading of each distinct value. Whether `03/04/2020` is March or
April is decided from the column's other values, and the user is told when it could not be.

This module makes those decisions for a whole column; how one value writes a date, and reading
cells whose format is known, is `core.ingest.date_formats`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import pandas as pd
from pandas.api.types import (
    infer_dtype,
    is_bool_dtype,
    is_datetime64_any_dtype,
    is_numeric_dtype,
    is_object_dtype,
    is_string_dtype,
)

from core.ingest.cells import (
    BLANK_WORDS,
    HAVE_ARROW,
    arrow_cast,
    as_text,
    blank_cells,
    blank_text,
    even_sample,
    is_number_cell,
)
from core.ingest.date_formats import (
    Shape,
    clamp,
    default_order,
    from_serial,
    native_dates,
    numbers_as_dates,
    read_rest,
    resolve,
    shape_of,
)

if HAVE_ARROW:
    import pyarrow as _pa

# The cell helpers lived here first; values.py and older callers still import them from here.
__all__ = [
    "BLANK_WORDS",
    "HAVE_ARROW",
    "ParsedDates",
    "arrow_cast",
    "as_text",
    "blank_cells",
    "blank_text",
    "even_sample",
    "is_number_cell",
    "parse_dates",
]

log = logging.getLogger(__name__)

_SAMPLE: Final = 1000
# Patterns run over whole columns are written for RE2 (pyarrow): [0-9] and [ ] rather than \d
# and \s, which would make pandas fall back to Python's re, one cell at a time.
#: Vectorised tests of a/b/year texts: first part above 12 (a day), second part above 12.
_FIRST_ABOVE_12: Final = r"^[ ]*(?:1[3-9]|[23][0-9])[-/.][0-9]{1,2}[-/.]"
_SECOND_ABOVE_12: Final = r"^[ ]*[0-9]{1,2}[-/.](?:1[3-9]|[23][0-9])[-/.]"
_ORDER_WORDS: Final = {"dmy": "day/month/year", "mdy": "month/day/year"}


@dataclass(frozen=True)
class ParsedDates:
    """A date column as read, and what was decided about its format."""

    values: pd.Series  # datetime64[ns], NaT where empty or unreadable
    unreadable: pd.Series  # bool: the cell had something that is not a date
    order: str  # "ymd", "dmy", "mdy", "serial", "yyyymmdd", "names", "native" or "none"
    note: str | None  # a plain sentence when a choice was made the user may want to know
    seen: str | None = None  # dmy/mdy: a value that fits only that order (None: all fit both)


# ---------------------------------------------------------------- text columns


@dataclass
class _Pass:
    """One reading of a text column: the values and the day/month evidence it met."""

    values: pd.Series
    counts: dict[str, int]  # "dmy"/"mdy" -> values that fit only that order
    seen: dict[str, str]  # "dmy"/"mdy" -> one such value, for the note


def _main_pass(texts: pd.Series, template: str, family: str, order: str | None, zones: bool) -> Any:
    """The one vectorised pass over the whole column with its detected format."""
    if family == "serial":
        return from_serial(pd.to_numeric(texts, errors="coerce"))
    if family == "yyyymmdd":
        return pd.to_datetime(texts, format="%Y%m%d", errors="coerce")
    if family not in ("ymd", "xxy"):
        return pd.Series(pd.NaT, index=texts.index, dtype="datetime64[ns]")
    if template.startswith("%Y-%m-%d") and not zones and HAVE_ARROW:
        cast = arrow_cast(texts, _pa.timestamp("ns"))
        if cast is not None:
            return pd.Series(cast, index=texts.index)
    return pd.to_datetime(texts, format=resolve(template, order), errors="coerce")


def _count(texts: pd.Series, key: str, into: _Pass) -> None:
    """Count the values that fit only day/month/year ("dmy") or month/day/year ("mdy")."""
    hits = texts.str.contains(_FIRST_ABOVE_12 if key == "dmy" else _SECOND_ABOVE_12, regex=True)
    into.counts[key] = int(hits.sum())
    if into.counts[key]:
        into.seen[key] = str(texts[hits.astype(bool)].iloc[0]).strip()


def _run(
    texts: pd.Series,
    template: str,
    family: str,
    order: str | None,
    zones: bool,
    sampled: tuple[int, str] | None = None,
) -> _Pass:
    """The main pass, then the leftovers value by value, with the day/month evidence met.

    Values of the other day/month order fail the main pass, so they are counted among the
    leftovers; values that fit only the chosen order are counted over the whole column only when
    the sample (`sampled`: count and example) did not already show one or the order is contested.
    """
    values = clamp(_main_pass(texts, template, family, order, zones))
    done = _Pass(values, {"dmy": 0, "mdy": 0}, {})
    missing = values.isna()
    rest = texts[missing & texts.notna()] if missing.any() else texts.iloc[:0]
    for key in ("dmy", "mdy"):
        if not rest.empty:
            _count(rest, key, done)
    if family == "xxy" and order in _ORDER_WORDS:
        other = "mdy" if order == "dmy" else "dmy"
        if sampled is None or sampled[0] == 0 or done.counts[other]:
            _count(texts[~missing], str(order), done)
        else:
            done.counts[str(order)], done.seen[str(order)] = sampled
    elif order is None and done.counts["dmy"] != done.counts["mdy"]:
        order = "dmy" if done.counts["dmy"] > done.counts["mdy"] else "mdy"
    if not rest.empty:
        done.values = values.fillna(read_rest(rest, order))
    return done


_Read = tuple[pd.Series, str, str | None, str | None]  # values, order, note, value seen


def _read_text(texts: pd.Series, forced: str | None, prefer: str | None = None) -> _Read:
    sample = [str(v).strip() for v in even_sample(texts, _SAMPLE)]
    shapes = [s for s in map(shape_of, sample) if s is not None]
    if not shapes:
        rest = texts[texts.notna()]
        return read_rest(rest, forced).reindex(texts.index), "none", None, None
    template, family = Counter((s.template, s.family) for s in shapes).most_common(1)[0][0]
    zones = any(s.zone for s in shapes)
    if family != "xxy":
        return _run(texts, template, family, forced, zones).values, family, None, None
    if forced in _ORDER_WORDS:
        return _run(texts, template, family, forced, zones).values, str(forced), None, None
    evidence = {
        "dmy": [s.text for s in shapes if s.first > 12 >= s.second],
        "mdy": [s.text for s in shapes if s.second > 12 >= s.first],
    }
    if evidence["dmy"] or evidence["mdy"]:
        order = "dmy" if len(evidence["dmy"]) >= len(evidence["mdy"]) else "mdy"
    else:  # nothing in the sample decides: the shop's earlier files of this layout do
        order = prefer if prefer in _ORDER_WORDS else default_order(template)
    sampled = (len(evidence[order]), evidence[order][0]) if evidence[order] else None
    done = _run(texts, template, family, order, zones, sampled)
    other = "mdy" if order == "dmy" else "dmy"
    if done.counts[other] > done.counts[order]:
        order, other = other, order
        done = _run(texts, template, family, order, zones)
    note = _order_note(done, order, other, template, shapes)
    return done.values, order, note, done.seen.get(order) if done.counts[order] else None


def _order_note(done: _Pass, order: str, other: str, template: str, shapes: list[Shape]) -> str:
    words = _ORDER_WORDS[order]
    if not done.counts[order]:
        example = next(s.text for s in shapes if s.family == "xxy")
        sep = "'/'" if "/" in template else "'.' or '-'"
        return (
            f"Every date in this column fits both day/month/year and month/day/year "
            f"(for example {example}); they were read as {words}, the usual order for dates "
            f"written with {sep}. If that is wrong, choose the other order for this column."
        )
    note = f"Dates read as {words} ({done.seen[order]} seen)."
    contrary = done.counts[other]
    if contrary:
        note += (
            f" {contrary} {'date fits' if contrary == 1 else 'dates fit'} only "
            f"{_ORDER_WORDS[other]} (for example {done.seen[other]}) and "
            f"{'was' if contrary == 1 else 'were'} not read; check them in the file."
        )
    return note


# ---------------------------------------------------------------- entry point


def parse_dates(
    cells: pd.Series, *, order: str | None = None, prefer: str | None = None
) -> ParsedDates:
    """Read a column of dates in whatever way the export wrote them.

    `order` ("dmy" or "mdy") forces how a/b/year dates are read when the user chose it;
    otherwise the column's values decide, and when every value fits both orders, `prefer`
    (the order the shop's earlier files of this layout used) does. Time zones are dropped and
    local time kept: an order placed at 10:00 in the shop's zone is a 10:00 order, wherever the
    server was.
    """
    index = cells.index
    result_order, note, seen = "native", None, None
    if is_bool_dtype(cells.dtype):
        values = pd.Series(pd.NaT, index=index, dtype="datetime64[ns]")
        result_order = "none"
    elif is_datetime64_any_dtype(cells.dtype):
        values = cells
    elif is_numeric_dtype(cells.dtype):
        values, result_order = numbers_as_dates(cells.astype("float64"))
    elif is_string_dtype(cells.dtype) and not is_object_dtype(cells.dtype):
        values, result_order, note, seen = _read_text(cells, order, prefer)
    else:
        values, result_order, note, seen = _read_objects(cells.astype(object), order, prefer)
    values = clamp(pd.Series(values, index=index))
    unreadable = values.isna()
    if unreadable.any():
        unreadable &= cells.notna()
    if unreadable.any():
        unreadable[unreadable] = ~blank_cells(cells[unreadable])
    log.debug(
        "dates read as %s: %d cells, %d unreadable", result_order, len(cells), unreadable.sum()
    )
    return ParsedDates(values, unreadable.astype(bool), result_order, note, seen)


def _read_objects(cells: pd.Series, order: str | None, prefer: str | None) -> _Read:
    """Object columns: text, or Excel's native cells (datetime, date, numbers) mixed with text."""
    kind = infer_dtype(cells, skipna=True)
    if kind in ("string", "empty"):
        return _read_text(as_text(cells), order, prefer)
    if kind in ("floating", "integer", "mixed-integer-float", "decimal"):
        values, found = numbers_as_dates(pd.to_numeric(cells, errors="coerce").astype("float64"))
        return values, found, None, None
    if kind in ("datetime", "datetime64", "date"):
        return native_dates(cells), "native", None, None
    # Mixed: split by the Python type of each cell (Excel columns with a few typed-in texts).
    is_text = cells.map(lambda v: isinstance(v, str)).astype(bool)
    is_number = cells.map(is_number_cell).astype(bool)
    is_native = cells.map(lambda v: isinstance(v, dt.date | np.datetime64)).astype(bool)
    values = pd.Series(pd.NaT, index=cells.index, dtype="datetime64[ns]")
    counts: dict[str, int] = {}
    note: str | None = None
    seen: str | None = None
    if is_native.any():
        values[is_native] = native_dates(cells[is_native])
        counts["native"] = int(is_native.sum())
    if is_number.any():
        numbers, found = numbers_as_dates(cells[is_number].astype("float64"))
        values[is_number] = clamp(numbers)
        counts[found] = int(is_number.sum())
    if is_text.any():
        texts, found, note, seen = _read_text(as_text(cells[is_text]), order, prefer)
        values[is_text] = clamp(texts)
        counts[found] = counts.get(found, 0) + int(is_text.sum())
    main = max(counts, key=lambda k: counts[k]) if counts else "none"
    return values, main, note, seen


#: Order dates before this are a mistyped year or an Excel serial of 0, unless the whole file
#: is that old (a historical data set).
EARLIEST_PLAUSIBLE: Final = np.datetime64("1990-01-01")


def implausible_dates(
    dates: np.ndarray, today: dt.date | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Masks of dates after the import day, and of dates before 1990 in a file that also has
    later ones.

    One line dated 2099 would otherwise become every analysis's "now" (current period 2099-12,
    recency of 30,000 days); such lines are left out, each counted with its reason.
    """
    day = np.datetime64(today or dt.date.today(), "D") + np.timedelta64(1, "D")
    values = np.asarray(dates, dtype="datetime64[ns]")
    known = ~np.isnat(values)
    future = known & (values >= day.astype("datetime64[ns]"))
    early = known & (values < EARLIEST_PLAUSIBLE.astype("datetime64[ns]"))
    if not (known & ~early & ~future).any():  # the whole file is old: it is history, keep it
        early = np.zeros_like(early)
    return future, early
