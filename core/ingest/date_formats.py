"""The ways an export writes one date, and reading cells whose way is known.

`shape_of` tells how a single text writes a date (ISO, a/b/year, 年月日, YYYYMMDD, an Excel serial,
month names) as a strptime template; the readers here turn numbers, Excel's own date cells and
the odd leftover texts into timestamps. Deciding which way a whole column is written, and whether
its a/b/year dates are day or month first, is `core.ingest.dates`' job.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Final

import pandas as pd
from pandas.api.types import is_datetime64_any_dtype

#: Dates outside this window are typing errors or placeholders (Excel's 1899-12-30, 0001-01-01).
EARLIEST: Final = pd.Timestamp("1900-01-01")
LATEST: Final = pd.Timestamp("2200-01-01")
#: Excel serial day numbers accepted as dates (1954-10-04 .. 2064-04-10).
SERIAL_RANGE: Final[tuple[float, float]] = (20000.0, 60000.0)
EXCEL_EPOCH: Final = pd.Timestamp("1899-12-30")

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
    order = order or default_order(template)
    return template.format(*(("%d", "%m") if order == "dmy" else ("%m", "%d")))


def default_order(template: str) -> str:
    """Month first for '/', day first for '.' and '-': what each way of writing usually means."""
    return "mdy" if "/" in template else "dmy"


# ---------------------------------------------------------------- numbers and native cells


def from_serial(days: pd.Series) -> pd.Series:
    """Excel serial day numbers as timestamps, to the second; numbers outside the accepted
    window (stock codes, quantities) stay empty rather than becoming dates in 1900 or 2300."""
    ok = (days >= SERIAL_RANGE[0]) & (days <= SERIAL_RANGE[1])
    stamps = EXCEL_EPOCH + pd.to_timedelta(days.where(ok).to_numpy(dtype="float64"), unit="D")
    return pd.Series(stamps.round("s"), index=days.index)


def numbers_as_dates(numbers: pd.Series) -> tuple[pd.Series, str]:
    """Numbers are either YYYYMMDD (CDNOW) or Excel serial days; the column's median decides."""
    present = numbers.dropna()
    if present.empty:
        return pd.Series(pd.NaT, index=numbers.index, dtype="datetime64[ns]"), "none"
    if 19000101 <= float(present.median()) <= 21991231:
        whole = numbers.where((numbers % 1 == 0) & (numbers >= 19000101) & (numbers <= 21991231))
        text = whole.astype("Int64").astype("str")
        return pd.to_datetime(text, format="%Y%m%d", errors="coerce"), "yyyymmdd"
    return from_serial(numbers), "serial"


def native_dates(cells: pd.Series) -> pd.Series:
    """Real date cells; zone-aware ones keep their local clock time.

    Plain date cells (all of Excel's) are converted in one pass. pandas would turn cells in a
    second zone, or zoned beside plain ones, into NaT, so a column with any zone or any cell
    lost that way is taken one cell at a time, each keeping its own clock time.
    """
    stamps = pd.to_datetime(cells, errors="coerce")
    if getattr(stamps.dt, "tz", None) is None and not (stamps.isna() & cells.notna()).any():
        return clamp(stamps)
    plain = cells.map(
        lambda v: v.replace(tzinfo=None) if isinstance(v, dt.datetime) and v.tzinfo else v
    )
    return clamp(pd.to_datetime(plain, errors="coerce"))


def name_dates(texts: list[str]) -> dict[str, pd.Timestamp]:
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


# ---------------------------------------------------------------- leftovers


def read_rest(rest: pd.Series, order: str | None) -> pd.Series:
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
    by_name = name_dates(list(names.values()))
    parsed.update({raw: by_name.get(text, pd.NaT) for raw, text in names.items()})
    return clamp(rest.map(parsed))
