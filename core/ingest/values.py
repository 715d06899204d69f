"""Reading money, quantities and order statuses, and sniffing what a column holds.

Shops write numbers the way their country and their platform do: `¥1,234.50`, `1.234,50 €`,
`(12.00)` for a refund, `88元`, `1 234,50`. A column is decided as a whole: whether its comma is
a decimal mark is voted by all of its values together, never cell by cell, so `1,234` is one
thousand two hundred and thirty-four beside `2,345.50` and one point two three four beside
`15,75`. Clean columns (Online Retail's 541,909 prices) go through one C-level conversion; only
the cells that fail are cleaned, once per distinct text.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import pandas as pd
from pandas.api.types import (
    infer_dtype,
    is_bool_dtype,
    is_numeric_dtype,
    is_object_dtype,
    is_string_dtype,
)

from core.ingest.cells import (
    BLANK_WORDS,
    HAVE_ARROW,
    arrow_cast,
    as_text,
    blank_text,
    even_sample,
    is_number_cell,
)
from core.ingest.dates import ParsedDates, parse_dates

if HAVE_ARROW:
    import pyarrow as _pa

__all__ = [
    "ParsedDates",
    "ParsedNumbers",
    "classify_status",
    "parse_dates",
    "parse_numbers",
    "sniff_kind",
]

log = logging.getLogger(__name__)


def _words(text: str, sep: str = " ") -> frozenset[str]:
    """A word list kept as one string: shorter to read and extend than a long list literal."""
    return frozenset(text.split(sep))


#: ISO codes of the currencies shops commonly sell in (a column of these is a currency column).
CURRENCY_CODES: Final[frozenset[str]] = _words(
    "USD EUR GBP CNY JPY CAD AUD NZD CHF HKD TWD SGD KRW INR BRL MXN RUB TRY SEK NOK DKK PLN CZK "
    "HUF RON ZAR AED SAR THB VND PHP IDR MYR ILS EGP NGN ARS CLP COP PEN UAH"
)
#: Country names and aliases seen in exports (casefolded), and ISO codes (matched as written).
COUNTRY_NAMES: Final[frozenset[str]] = _words(
    (
        "united kingdom|uk|great britain|england|scotland|wales|northern ireland|ireland|eire|"
        "france|germany|deutschland|netherlands|the netherlands|belgium|luxembourg|switzerland|"
        "austria|spain|portugal|italy|greece|cyprus|malta|denmark|sweden|norway|finland|iceland|"
        "poland|czech republic|czechia|slovakia|hungary|romania|bulgaria|croatia|slovenia|"
        "lithuania|latvia|estonia|russia|ukraine|turkey|israel|lebanon|bahrain|saudi arabia|"
        "united arab emirates|uae|qatar|kuwait|egypt|south africa|rsa|nigeria|kenya|morocco|"
        "united states|united states of america|usa|us|america|canada|mexico|brazil|argentina|"
        "chile|colombia|peru|australia|new zealand|japan|china|hong kong|taiwan|singapore|"
        "malaysia|thailand|vietnam|indonesia|philippines|india|pakistan|bangladesh|south korea|"
        "korea|channel islands|european community|中国|中国大陆|香港|台湾|日本|美国|英国|德国|"
        "法国|韩国|新加坡|澳大利亚|加拿大"
    ),
    "|",
)
COUNTRY_CODES: Final[frozenset[str]] = _words(
    "GB UK IE FR DE NL BE LU CH AT ES PT IT GR CY MT DK SE NO FI IS PL CZ SK HU RO BG HR SI LT LV "
    "EE RU UA TR IL LB BH SA AE QA KW EG ZA NG KE MA US CA MX BR AR CL CO PE AU NZ JP CN HK TW SG "
    "MY TH VN ID PH IN PK BD KR GBR IRL FRA DEU NLD BEL CHE AUT ESP PRT ITA GRC DNK SWE NOR FIN "
    "POL CZE RUS TUR ISR ARE ZAF USA CAN MEX BRA AUS NZL JPN CHN HKG TWN SGP MYS THA IND KOR"
)
#: Status words that mean an ordinary, counted order (classify_status knows the others).
STATUS_WORDS_OK: Final[frozenset[str]] = _words(
    (
        "paid|completed|complete|delivered|shipped|processing|fulfilled|unfulfilled|partial|"
        "partially fulfilled|partially paid|authorized|on hold|wc completed|wc processing|"
        "wc on hold|invoiced|approved|created|open|closed|archived|success|succeeded|"
        "in transit|out for delivery|unshipped|unavailable|交易成功|已发货|待发货|已付款|已完成|"
        "已签收|已收货|等待卖家发货|买家已付款，等待卖家发货|卖家已发货，等待买家确认|"
        "卖家已发货|等待买家确认收货"
    ),
    "|",
)

#: Currency marks and the ISO code each one means (None: the mark does not say which currency).
CURRENCY_MARKS: Final[dict[str, str | None]] = {
    "US$": "USD", "HK$": "HKD", "NT$": "TWD", "AU$": "AUD", "A$": "AUD", "CA$": "CAD",
    "C$": "CAD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "$": "USD", "£": "GBP", "€": "EUR",
    "¥": "CNY", "元": "CNY", "RMB": "CNY", "円": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB",
    "₺": "TRY", "฿": "THB", "₫": "VND", "₱": "PHP", "zł": "PLN", "kr.": None, "kr": None,
}  # fmt: skip
_MARKS = sorted([*CURRENCY_MARKS, *CURRENCY_CODES], key=len, reverse=True)
_CUR = "|".join(re.escape(m) for m in _MARKS)
_MONEY_RE: Final = re.compile(
    rf"(?P<c0>{_CUR})?\s*(?P<lp>\()?\s*(?P<s1>[-+−])?\s*(?P<c1>{_CUR})?\s*(?P<s2>[-+−])?\s*"
    rf"(?P<num>\d*\.?\d+[eE][-+]?\d+|\d[\d.,' ’]*|[.,]\d+)\s*(?P<c2>{_CUR})?\s*(?P<rp>\))?"
)
_SCIENTIFIC_RE: Final = re.compile(r"\d*\.?\d+[eE][-+]?\d+")
_GROUPED = {  # decimal mark -> a number written with that mark and any thousands grouping
    ".": re.compile(r"(?:\d{1,3}(?:[, ']\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d*)(?:\.\d*)?"),
    ",": re.compile(r"(?:\d{1,3}(?:[. ']\d{3})+|\d*)(?:,\d*)?"),
}
_COMMA_DECIMAL_RE: Final = re.compile(r",\d{1,2}$|,\d{4,}$|\..*,|\..*\.|^0,\d{3}$")
_DOT_DECIMAL_RE: Final = re.compile(r"\.\d{1,2}$|\.\d{4,}$|,.*\.|,.*,|^0\.\d{3}$")


@dataclass(frozen=True)
class ParsedNumbers:
    """A number column as read, and what was decided about how it is written."""

    values: pd.Series  # float64, NaN where empty or unreadable
    unreadable: pd.Series  # bool: the cell had text that is not a number
    currency: str | None  # ISO code when the cells carry one currency mark consistently
    decimal_comma: bool  # the column writes decimals with a comma


@dataclass(frozen=True)
class _Money:
    """One distinct text split into its parts: the digits, the sign and the currency mark."""

    digits: str
    negative: bool
    mark: str | None


def _split_money(raw: str) -> _Money | None:
    text = unicodedata.normalize("NFKC", raw).strip()
    m = _MONEY_RE.fullmatch(text)
    if m is None or bool(m.group("lp")) != bool(m.group("rp")):
        return None
    marks = [m.group(g) for g in ("c0", "c1", "c2") if m.group(g)]
    if len({CURRENCY_MARKS.get(mark, mark) for mark in marks}) > 1:
        return None
    signs = (m.group("s1") or "") + (m.group("s2") or "")
    if len(signs) > 1:
        return None
    negative = bool(m.group("lp")) or signs in ("-", "−")
    return _Money(m.group("num").strip().replace("’", "'"), negative, marks[0] if marks else None)


def _to_float(digits: str, decimal: str) -> float | None:
    if _SCIENTIFIC_RE.fullmatch(digits):
        return float(digits)
    if not any(c.isdigit() for c in digits) or not _GROUPED[decimal].fullmatch(digits):
        return None
    group = "," if decimal == "." else "."
    cleaned = digits.replace(group, "").replace(" ", "").replace("'", "")
    return float(cleaned.replace(",", "."))


def _read_texts(texts: pd.Series) -> tuple[np.ndarray, np.ndarray, str | None, bool]:
    """The slow path: each distinct text is split once; the decimal mark is voted by all rows."""
    codes, uniques = pd.factorize(texts, use_na_sentinel=True)
    weights = np.bincount(codes[codes >= 0], minlength=len(uniques))
    parts: list[_Money | None] = []
    blank = np.zeros(len(uniques), dtype=bool)
    comma_votes = dot_votes = 0
    for i, raw in enumerate(uniques):
        text = str(raw).strip()
        if not text or text.lower() in BLANK_WORDS:
            blank[i] = True
            parts.append(None)
            continue
        money = _split_money(text)
        parts.append(money)
        if money is not None:
            comma_votes += int(weights[i]) * bool(_COMMA_DECIMAL_RE.search(money.digits))
            dot_votes += int(weights[i]) * bool(_DOT_DECIMAL_RE.search(money.digits))
    decimal = "," if comma_votes > dot_votes else "."
    numbers = np.full(len(uniques) + 1, np.nan)  # the last slot serves missing cells (code -1)
    bad = np.zeros(len(uniques) + 1, dtype=bool)
    marks: dict[str | None, int] = {}
    for i, money in enumerate(parts):
        value = _to_float(money.digits, decimal) if money is not None else None
        if value is None or not np.isfinite(value):
            bad[i] = not blank[i]
            continue
        numbers[i] = -value if money is not None and money.negative else value
        if money is not None and money.mark is not None:
            code = CURRENCY_MARKS.get(money.mark, money.mark)
            marks[code] = marks.get(code, 0) + int(weights[i])
    currency = next(iter(marks)) if len(marks) == 1 else None
    return numbers[codes], bad[codes], currency, decimal == ","


def _plain_numbers(texts: pd.Series) -> bool:
    """Worth a whole-column `pd.to_numeric`: a sample mostly converts. A column of `£2.55` or
    `1.234,50` would only pay for the failed conversion before being cleaned anyway. Commas
    never convert, so a column whose commas hide further down still ends in the cleaning."""
    probe = even_sample(texts, 200)
    return not probe.empty and pd.to_numeric(probe, errors="coerce").notna().mean() >= 0.9


def _parse_text(texts: pd.Series) -> ParsedNumbers:
    index = texts.index
    fast = arrow_cast(texts, _pa.float64()) if HAVE_ARROW else None
    if fast is None and _plain_numbers(texts):
        fast = pd.to_numeric(texts, errors="coerce").to_numpy(dtype="float64", copy=True)
    if fast is not None:
        failed = ~np.isfinite(fast)
        if failed.any():  # empty cells are NaN too; look at the text only where it matters
            failed[failed] = texts[failed].notna().to_numpy()
        if not failed.any():
            return ParsedNumbers(pd.Series(fast, index=index), _none(index), None, False)
        values, bad, currency, comma = _read_texts(texts[failed])
        if not comma:  # the clean cells agree with the leftovers: keep both
            fast[failed] = values
            unreadable = np.zeros(len(index), dtype=bool)
            unreadable[failed] = bad
            return ParsedNumbers(pd.Series(fast, index=index), pd.Series(unreadable, index=index),
                                 currency, False)  # fmt: skip
    values, bad, currency, comma = _read_texts(texts)
    return ParsedNumbers(
        pd.Series(values, index=index), pd.Series(bad, index=index), currency, comma
    )


def _none(index: pd.Index) -> pd.Series:
    return pd.Series(np.zeros(len(index), dtype=bool), index=index)


def parse_numbers(cells: pd.Series) -> ParsedNumbers:
    """Read a column of money or quantities however the export wrote them.

    Negative amounts may be written `-12` or `(12.00)` (accounting style); percentages are not
    money and stay unreadable, as do Excel's TRUE/FALSE cells and dates in a number column.
    """
    index = cells.index
    if is_bool_dtype(cells.dtype):
        return ParsedNumbers(
            pd.Series(np.nan, index=index), cells.notna().astype(bool), None, False
        )
    if is_numeric_dtype(cells.dtype):
        values = cells.astype("float64")
        return ParsedNumbers(values, _none(index), None, False)
    if is_string_dtype(cells.dtype) and not is_object_dtype(cells.dtype):
        return _parse_text(cells)
    objects = cells.astype(object)
    kind = infer_dtype(objects, skipna=True)
    if kind in ("string", "empty"):
        return _parse_text(as_text(objects))
    if kind in ("floating", "integer", "mixed-integer-float", "decimal"):
        values = pd.to_numeric(objects, errors="coerce").astype("float64")
        return ParsedNumbers(values, _none(index), None, False)
    # Excel columns mixing numbers, texts and odd cells (TRUE/FALSE, dates): each by its type.
    is_text = objects.map(lambda v: isinstance(v, str)).astype(bool)
    is_number = objects.map(is_number_cell).astype(bool)
    values = pd.Series(np.nan, index=index)
    values[is_number] = objects[is_number].astype("float64")
    unreadable = objects.notna() & ~is_number & ~is_text
    currency, comma = None, False
    if is_text.any():
        texts = _parse_text(as_text(objects[is_text]))
        values[is_text] = texts.values
        unreadable[is_text] = texts.unreadable
        currency, comma = texts.currency, texts.decimal_comma
    return ParsedNumbers(values, unreadable.astype(bool), currency, comma)


# ---------------------------------------------------------------- order status

_STATUS_RULES: Final[tuple[tuple[str, str, tuple[str, ...]], ...]] = (
    ("ok", r"^refund (?:declined|rejected|failed)$", ("退款关闭",)),
    ("partially_refunded", r"\bpartial(?:ly)? refund(?:ed)?\b", ("部分退款",)),
    ("returned", r"\breturn(?:ed|s)?\b", ("退货",)),
    ("refunded", r"\brefund(?:ed)?\b", ("已退款", "退款成功", "全额退款")),
    ("cancelled", r"\b(?:cancell?ed|cancel|cancellation|void|voided|declined|failed)\b",
     ("交易关闭", "已取消", "取消", "已关闭", "关闭")),
    ("unpaid", r"\b(?:pending payment|awaiting payment|payment pending|unpaid|not paid)\b"
     r"|^(?:wc )?pending$", ("等待买家付款", "未付款", "待付款")),
)  # fmt: skip
_STATUS_RES: Final = tuple((label, re.compile(en), cn) for label, en, cn in _STATUS_RULES)


def _status_of(value: Any) -> str:
    text = re.sub(r"[_\-\s]+", " ", str(value)).strip().lower()
    for label, english, chinese in _STATUS_RES:
        if english.search(text) or any(word in text for word in chinese):
            return label
    return "ok"


def classify_status(cells: pd.Series) -> pd.Series:
    """What each order's status means for the figures: "ok", "cancelled", "unpaid", "refunded",
    "partially_refunded" or "returned". Platforms spell these a hundred ways (`wc-cancelled`,
    `partially_refunded`, `交易关闭`); each distinct spelling is looked at once."""
    codes, uniques = pd.factorize(cells, use_na_sentinel=True)
    labels = np.array([*(_status_of(u) for u in uniques), "ok"], dtype=object)
    return pd.Series(labels[codes], index=cells.index, dtype="str")


# ---------------------------------------------------------------- value sniffing

_SNIFF_SAMPLE: Final = 500
_ID_RE: Final = re.compile(r"(?=.*\d)(?:[A-Za-z0-9][A-Za-z0-9\-_/#]{2,31}|\d{4,32})")
_CJK_RE: Final = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]")
_MONEY_MARK_RE: Final = re.compile(rf"(?:{_CUR})|\d[.,]\d\d(?!\d)")


def _as_label(value: object) -> str:
    if isinstance(value, float | np.floating) and float(value).is_integer():
        return str(int(value))
    return str(value)


def sniff_kind(cells: pd.Series) -> dict[str, float]:
    """The share (0..1) of a column's non-empty values that look like each kind of field.

    The column matcher weighs these against the header: a column called 'Total' whose values
    are 95% money is the amount, one whose values are words is not. Works on at most 500
    values spread over the column, so it costs the same for ten rows or a million.
    """
    kinds = ("date", "money", "integer", "id", "text", "status", "currency_code", "country")
    sample = even_sample(cells, _SNIFF_SAMPLE * 2)
    texts = sample.map(lambda v: v.strip() if isinstance(v, str) else v)
    keep = ~(texts.map(lambda v: isinstance(v, str)).astype(bool) & blank_text(as_text(texts)))
    sample = even_sample(texts[keep], _SNIFF_SAMPLE)
    n = len(sample)
    if n == 0:
        return dict.fromkeys(kinds, 0.0)
    is_text = sample.map(lambda v: isinstance(v, str)).astype(bool)
    strings = sample[is_text].astype(str)
    share: dict[str, float] = {}

    dates = parse_dates(sample)
    # Plain numbers in Excel's day range (stock codes 20000-60000) are no evidence of dates.
    is_date = dates.values.notna() & (dates.order != "serial")
    share["date"] = float(is_date.mean())

    numbers = parse_numbers(sample)
    readable = numbers.values.notna()
    marked = pd.Series(False, index=sample.index)
    marked[is_text] = strings.map(lambda s: bool(_MONEY_MARK_RE.search(s))).astype(bool)
    fraction = (numbers.values % 1).abs() > 1e-9
    money = readable & (marked | fraction)
    share["money"] = float(money.mean())
    share["integer"] = float((readable & ~money).mean())

    labels = sample.map(_as_label)  # 17850.0 from an Excel cell is the customer "17850"
    distinct = labels.nunique()
    spread = min(1.0, max(distinct / n / 0.2, distinct / 100))
    ids = labels.map(lambda s: bool(_ID_RE.fullmatch(s))).astype(bool)
    share["id"] = float((ids & ~is_date).mean()) * spread

    def is_prose(s: str) -> bool:
        words = s.split()
        lettered = any(c.isalpha() for c in s)
        return lettered and ((len(words) >= 2 and len(s) >= 6) or len(_CJK_RE.findall(s)) >= 4)

    share["text"] = sum(map(is_prose, strings)) / n
    status = classify_status(strings)
    known = (status != "ok") | strings.str.lower().str.replace(r"[_\-]+", " ", regex=True).isin(
        STATUS_WORDS_OK
    )
    few = min(1.0, 20 / max(1, strings.nunique()))
    share["status"] = float(known.sum()) / n * few
    share["currency_code"] = float(strings.str.upper().isin(CURRENCY_CODES).sum()) / n
    country = strings.str.casefold().isin(COUNTRY_NAMES) | strings.isin(COUNTRY_CODES)
    share["country"] = float(country.sum()) / n
    log.debug("sniffed %s: %s", cells.name, share)
    return {kind: round(share[kind], 4) for kind in kinds}
