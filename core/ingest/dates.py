"""Reading order dates from whatever a shop's export wrote.

Exports write dates in every way there is: ISO stamps (Shopify, WooCommerce), `12/1/2010 8:26`
(US tills), `03/01/19` day first (UK/EU spreadsheets), `2020年2月1日` (Taobao), `19970101`, Excel
serial numbers, or real date cells. A column is decided as a whole: the format is detected on a
sample, the whole column is parsed with that one format in a single vectorised pass (541,909 rows
of Online Retail must stay close to a plain `pd.to_datetime(format=...)`), and only the cells
that fail go through the slower reading of each distinct value. Whether `03/04/2020` is March or
April is decided from the column's other values, and the user is told when it could not be.
"""

from __future__ import annotations

import datetime as dt
import logging
import numbers
import re
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

try:  # pyarrow is optional: with it, clean text columns are cast in C without Python objects
    import pyarrow as _pa
    import pyarrow.compute as _pc

    HAVE_ARROW = True
except ImportError:  # pragma: no cover - exercised only where pyarrow is absent
    HAVE_ARROW = False

log = logging.getLogger(__name__)

#: Cell texts that mean "nothing here" in exports (besides empty and whitespace).
BLANK_WORDS: Final[frozenset[str]] = frozenset(
    {"nan", "null", "none", "n/a", "na", "#n/a", "nat", "-", "--", "—", "–"}
)
#: Dates outside this window are typing errors or placeholders (Excel's 1899-12-30, 0001-01-01).
EARLIEST: Final = pd.Timestamp("1900-01-01")
LATEST: Final = pd.Timestamp("2200-01-01")
#: Excel serial day numbers accepted as dates (1954-10-04 .. 2064-04-10).
SERIAL_RANGE: Final[tuple[float, float]] = (20000.0, 60000.0)
EXCEL_EPOCH: Final = pd.Timestamp("1899-12-30")
_SAMPLE: Final = 1000

_TIME = (
    r"(?:(?P<tsep>T|\s*)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?P<F>[.,]\d{1,9})?)?"
    r"(?P<ampm>\s*[AaPp][Mm])?(?P<tz>\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?)?"
)
_YMD_RE: Final = re.compile(
    r"^(?P<Y>\d{4})(?P<sep>[-/.])(?P<a>\d{1,2})(?P=sep)(?P<b>\d{1,2})" + _TIME + "$"
)
_CN_RE: Final = re.compile(r"^(?P<Y>\d{4})年(?P<a>\d{1,2})月(?P<b>\d{1,2})日" + _TIME + "$")
_XXY_RE: Final = re.compile(
    r"^(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<Y>\d{4}|\d{2})" + _TIME + "$"
)
_YYYYMMDD_RE: Final = re.compile(r"^(?:19|20)\d{6}$")
_SERIAL_RE: Final = re.compile(r"^\d{5}(?:\.\d+)?$")
_MONTH_NAME_RE: Final = re.compile(
    r"(?i)(?<![a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])"
)
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


# ---------------------------------------------------------------- shared cell helpers


def as_text(cells: pd.Series) -> pd.Series:
    """The cells as pandas' `str` dtype (missing stays missing), without copying when already so."""
    if is_string_dtype(cells.dtype) and not is_object_dtype(cells.dtype):
        return cells
    return cells.astype("str")


def blank_text(texts: pd.Series) -> pd.Series:
    """True where a text cell holds nothing: missing, whitespace, or a word like 'N/A' or '-'."""
    stripped = texts.str.strip()
    blank = stripped.isna() | (stripped == "") | stripped.str.lower().isin(BLANK_WORDS)
    return blank.astype(bool)


def blank_cells(cells: pd.Series) -> pd.Series:
    """True where a cell of any kind holds nothing (missing, or a blank text)."""
    if is_string_dtype(cells.dtype) and not is_object_dtype(cells.dtype):
        return blank_text(cells)
    is_text = cells.map(lambda v: isinstance(v, str)).astype(bool)
    return (cells.isna() | (is_text & blank_text(as_text(cells.where(is_text))))).astype(bool)


def is_number_cell(value: object) -> bool:
    """A native number cell (int, float, Decimal, numpy); Excel's TRUE/FALSE are not numbers."""
    return isinstance(value, numbers.Number) and not isinstance(value, bool | np.bool_ | complex)


def arrow_cast(texts: pd.Series, target: Any) -> np.ndarray | None:
    """Cast a pyarrow-backed text column in C, all or nothing; None when any cell does not fit.

    Arrow's casts are strict (no spaces, no thousands marks, real calendar dates), so a success
    means every cell was clean and the slow per-value path is not needed at all.
    """
    if not HAVE_ARROW or getattr(texts.dtype, "storage", None) != "pyarrow":
        return None
    try:
        cast = _pc.cast(_pa.array(texts), target)
    except (_pa.ArrowInvalid, _pa.ArrowNotImplementedError):
        return None
    return np.array(cast.to_numpy(zero_copy_only=False))  # writable: callers fill in gaps


def even_sample(values: pd.Series, size: int) -> pd.Series:
    """Up to `size` non-missing values spread evenly over the column (a file sorted by date
    shows its whole range); picks positions first so a long column is never filtered whole."""
    if len(values) > 2 * size:
        positions = np.unique(np.linspace(0, len(values) - 1, size).astype(np.int64))
        picked = values.iloc[positions].dropna()
        if len(picked) >= size // 2:
            return picked
    present = values.dropna()
    if len(present) <= size:
        return present
    positions = np.unique(np.linspace(0, len(present) - 1, size).astype(np.int64))
    return present.iloc[positions]


def clamp(values: Any) -> pd.Series:
    """datetime64[ns] without zone; dates outside 1900..2200 become NaT (placeholders, typos)."""
    values = pd.Series(values)
    if not is_datetime64_any_dtype(values.dtype):
        values = pd.to_datetime(values, errors="coerce")
    if getattr(values.dt, "tz", None) is not None:
        values = values.dt.tz_localize(None)
    low, high = values.min(), values.max()
    if not pd.isna(low) and (low < EARLIEST or high >= LATEST):
        values = values.where((values >= EARLIEST) & (values < LATEST))
    return values if values.dtype == "datetime64[ns]" else values.astype("datetime64[ns]")


# ---------------------------------------------------------------- the shape of one value


@dataclass(frozen=True)
class Shape:
    """How one text value writes a date: a strptime template and, for a/b/y, its two parts."""

    family: str  # "ymd", "xxy", "serial", "yyyymmdd", "names"
    template: str  # strptime format; for "xxy" {0} and {1} stand for the day and month parts
    text: str  # the value as written (stripped)
    first: int = 0
    second: int = 0
    zone: bool = False


def _time_format(m: re.Match[str]) -> str:
    if m.group("H") is None:
        return ""
    tsep = m.group("tsep")
    out = "T" if tsep == "T" else (" " if tsep else "")
    out += ("%I" if m.group("ampm") else "%H") + ":%M"
    if m.group("S") is not None:
        out += ":%S"
        if m.group("F"):
            out += m.group("F")[0] + "%f"
    if m.group("ampm"):
        out += (" " if m.group("ampm")[0].isspace() else "") + "%p"
    return out


def shape_of(text: str) -> Shape | None:
    """The date shape of one stripped text value, or None when it does not look like a date.

    A time zone stays in the template as literal text, so '...12:50:00+08:00' reads as 12:50:
    the shop's own clock time, which is what its reports are about.
    """
    for regex in (_YMD_RE, _CN_RE, _XXY_RE):
        m = regex.match(text)
        if m is None:
            continue
        zone = (m.group("tz") or "").replace("%", "%%")
        if regex is _XXY_RE:
            sep, year = m.group("sep"), ("%Y" if len(m.group("Y")) == 4 else "%y")
            template = "{0}" + sep + "{1}" + sep + year + _time_format(m) + zone
            return Shape("xxy", template, text, int(m.group("a")), int(m.group("b")), bool(zone))
        date = "%Y年%m月%d日" if regex is _CN_RE else "%Y{0}%m{0}%d".format(m.group("sep"))
        return Shape("ymd", date + _time_format(m) + zone, text, zone=bool(zone))
    if _YYYYMMDD_RE.match(text):
        return Shape("yyyymmdd", "%Y%m%d", text)
    if _SERIAL_RE.match(text) and SERIAL_RANGE[0] <= float(text) <= SERIAL_RANGE[1]:
        return Shape("serial", "", text)
    if _MONTH_NAME_RE.search(text) and any(c.isdigit() for c in text):
        return Shape("names", "", text)
    return None


def resolve(template: str, order: str | None) -> str:
    """The strptime format of a template; a/b/year without a decided order: '/' month first."""
    order = order or _default_order(template)
    return template.format(*(("%d", "%m") if order == "dmy" else ("%m", "%d")))


# ---------------------------------------------------------------- numbers and native cells


def _from_serial(days: pd.Series) -> pd.Series:
    ok = (days >= SERIAL_RANGE[0]) & (days <= SERIAL_RANGE[1])
    stamps = EXCEL_EPOCH + pd.to_timedelta(days.where(ok).to_numpy(dtype="float64"), unit="D")
    return pd.Series(stamps.round("s"), index=days.index)


def _numbers_as_dates(numbers: pd.Series) -> tuple[pd.Series, str]:
    """Numbers are either YYYYMMDD (CDNOW) or Excel serial days; the column's median decides."""
    present = numbers.dropna()
    if present.empty:
        return pd.Series(pd.NaT, index=numbers.index, dtype="datetime64[ns]"), "none"
    if 19000101 <= float(present.median()) <= 21991231:
        whole = numbers.where((numbers % 1 == 0) & (numbers >= 19000101) & (numbers <= 21991231))
        text = whole.astype("Int64").astype("str")
        return pd.to_datetime(text, format="%Y%m%d", errors="coerce"), "yyyymmdd"
    return _from_serial(numbers), "serial"


def _native(cells: pd.Series) -> pd.Series:
    """Real date cells; zone-aware ones keep their local clock time."""
    plain = cells.map(
        lambda v: v.replace(tzinfo=None) if isinstance(v, dt.datetime) and v.tzinfo else v
    )
    return clamp(pd.to_datetime(plain, errors="coerce"))


def _name_dates(texts: list[str]) -> dict[str, pd.Timestamp]:
    """Month-name dates ('Jan 5, 2024', '5 January 2024') through pandas' own parser, one at a
    time because each may carry its own zone."""
    out: dict[str, pd.Timestamp] = {}
    for text in texts:
        try:
            stamp = pd.Timestamp(text)
        except (ValueError, OverflowError):
            continue
        if not pd.isna(stamp):
            out[text] = stamp.tz_localize(None) if stamp.tzinfo else stamp
    return out


# ---------------------------------------------------------------- text columns


@dataclass
class _Pass:
    """One reading of a text column: the values and the day/month evidence it met."""

    values: pd.Series
    counts: dict[str, int]  # "dmy"/"mdy" -> values that fit only that order
    seen: dict[str, str]  # "dmy"/"mdy" -> one such value, for the note


def _read_rest(rest: pd.Series, order: str | None) -> pd.Series:
    """Read the cells the column's main format missed, one distinct value at a time."""
    groups: dict[str, dict[str, str]] = {}
    parsed: dict[str, Any] = {}
    names: dict[str, str] = {}
    for raw in rest.unique():
        shape = shape_of(str(raw).strip())
        if shape is None:
            continue
        if shape.family == "serial":
            parsed[raw] = EXCEL_EPOCH + pd.Timedelta(days=float(shape.text))
        elif shape.family == "names":
            names[raw] = shape.text
        else:
            groups.setdefault(resolve(shape.template, order), {})[raw] = shape.text
    for fmt, texts_of in groups.items():
        stamps = pd.to_datetime(pd.Series(list(texts_of.values())), format=fmt, errors="coerce")
        parsed.update(zip(texts_of, stamps.tolist(), strict=True))
    by_name = _name_dates(list(names.values()))
    parsed.update({raw: by_name.get(text, pd.NaT) for raw, text in names.items()})
    return clamp(rest.map(parsed))


def _main_pass(texts: pd.Series, template: str, family: str, order: str | None, zones: bool) -> Any:
    """The one vectorised pass over the whole column with its detected format."""
    if family == "serial":
        return _from_serial(pd.to_numeric(texts, errors="coerce"))
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
        done.values = values.fillna(_read_rest(rest, order))
    return done


def _read_text(texts: pd.Series, forced: str | None) -> tuple[pd.Series, str, str | None]:
    sample = [str(v).strip() for v in even_sample(texts, _SAMPLE)]
    shapes = [s for s in map(shape_of, sample) if s is not None]
    if not shapes:
        rest = texts[texts.notna()]
        return _read_rest(rest, forced).reindex(texts.index), "none", None
    template, family = Counter((s.template, s.family) for s in shapes).most_common(1)[0][0]
    zones = any(s.zone for s in shapes)
    if family != "xxy":
        return _run(texts, template, family, forced, zones).values, family, None
    if forced in _ORDER_WORDS:
        return _run(texts, template, family, forced, zones).values, str(forced), None
    evidence = {
        "dmy": [s.text for s in shapes if s.first > 12 >= s.second],
        "mdy": [s.text for s in shapes if s.second > 12 >= s.first],
    }
    if evidence["dmy"] or evidence["mdy"]:
        order = "dmy" if len(evidence["dmy"]) >= len(evidence["mdy"]) else "mdy"
    else:
        order = _default_order(template)
    sampled = (len(evidence[order]), evidence[order][0]) if evidence[order] else None
    done = _run(texts, template, family, order, zones, sampled)
    other = "mdy" if order == "dmy" else "dmy"
    if done.counts[other] > done.counts[order]:
        order, other = other, order
        done = _run(texts, template, family, order, zones)
    return done.values, order, _order_note(done, order, other, template, shapes)


def _default_order(template: str) -> str:
    """Month first for '/', day first for '.' and '-': what each way of writing usually means."""
    return "mdy" if "/" in template else "dmy"


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


def parse_dates(cells: pd.Series, *, order: str | None = None) -> ParsedDates:
    """Read a column of dates in whatever way the export wrote them.

    `order` ("dmy" or "mdy") forces how a/b/year dates are read when the user chose it;
    otherwise the column's values decide. Time zones are dropped and local time kept: an order
    placed at 10:00 in the shop's zone is a 10:00 order, wherever the server was.
    """
    index = cells.index
    result_order, note = "native", None
    if is_bool_dtype(cells.dtype):
        values = pd.Series(pd.NaT, index=index, dtype="datetime64[ns]")
        result_order = "none"
    elif is_datetime64_any_dtype(cells.dtype):
        values = cells
    elif is_numeric_dtype(cells.dtype):
        values, result_order = _numbers_as_dates(cells.astype("float64"))
    elif is_string_dtype(cells.dtype) and not is_object_dtype(cells.dtype):
        values, result_order, note = _read_text(cells, order)
    else:
        values, result_order, note = _read_objects(cells.astype(object), order)
    values = clamp(pd.Series(values, index=index))
    unreadable = values.isna()
    if unreadable.any():
        unreadable &= cells.notna()
    if unreadable.any():
        unreadable[unreadable] = ~blank_cells(cells[unreadable])
    log.debug(
        "dates read as %s: %d cells, %d unreadable", result_order, len(cells), unreadable.sum()
    )
    return ParsedDates(values, unreadable.astype(bool), result_order, note)


def _read_objects(cells: pd.Series, order: str | None) -> tuple[pd.Series, str, str | None]:
    """Object columns: text, or Excel's native cells (datetime, date, numbers) mixed with text."""
    kind = infer_dtype(cells, skipna=True)
    if kind in ("string", "empty"):
        return _read_text(as_text(cells), order)
    if kind in ("floating", "integer", "mixed-integer-float", "decimal"):
        values, found = _numbers_as_dates(pd.to_numeric(cells, errors="coerce").astype("float64"))
        return values, found, None
    if kind in ("datetime", "datetime64", "date"):
        return _native(cells), "native", None
    # Mixed: split by the Python type of each cell (Excel columns with a few typed-in texts).
    is_text = cells.map(lambda v: isinstance(v, str)).astype(bool)
    is_number = cells.map(is_number_cell).astype(bool)
    is_native = cells.map(lambda v: isinstance(v, dt.date | np.datetime64)).astype(bool)
    values = pd.Series(pd.NaT, index=cells.index, dtype="datetime64[ns]")
    counts: dict[str, int] = {}
    note: str | None = None
    if is_native.any():
        values[is_native] = _native(cells[is_native])
        counts["native"] = int(is_native.sum())
    if is_number.any():
        numbers, found = _numbers_as_dates(cells[is_number].astype("float64"))
        values[is_number] = clamp(numbers)
        counts[found] = int(is_number.sum())
    if is_text.any():
        texts, found, note = _read_text(as_text(cells[is_text]), order)
        values[is_text] = clamp(texts)
        counts[found] = counts.get(found, 0) + int(is_text.sum())
    main = max(counts, key=lambda k: counts[k]) if counts else "none"
    return values, main, note
