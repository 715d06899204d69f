"""Property tests: money, numbers and dates read back as written, whatever the values; exports
never start a cell with a formula; JSON output is always valid."""

from __future__ import annotations

import json
import math
from datetime import date, timedelta

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from core.export import FORMULA_STARTS, safe_text, to_json
from core.ingest.cells import BLANK_WORDS
from core.ingest.values import parse_dates, parse_numbers

FAST = settings(max_examples=30, deadline=None)
cents = st.integers(min_value=-(10**11), max_value=10**11)  # up to a billion, in cents


def _read(texts: list[str]) -> list[float]:
    return parse_numbers(pd.Series(texts, dtype="str")).values.tolist()


def _english(c: int) -> str:
    return f"{c / 100:,.2f}"


def _german(c: int) -> str:
    return _english(c).replace(",", " ").replace(".", ",").replace(" ", ".")


@FAST
@given(st.lists(cents, min_size=1, max_size=20))
def test_plain_and_grouped_amounts_read_back(values: list[int]) -> None:
    for write in (lambda c: f"{c / 100:.2f}", _english):
        assert _read([write(c) for c in values]) == [c / 100 for c in values]


@FAST
@given(st.lists(cents, min_size=1, max_size=20))
def test_decimal_commas_read_back(values: list[int]) -> None:
    assert _read([_german(c) for c in values]) == [c / 100 for c in values]


@FAST
@given(st.lists(st.integers(min_value=1, max_value=10**9), min_size=1, max_size=20))
def test_negatives_in_every_spelling(values: list[int]) -> None:
    expected = [-c / 100 for c in values]
    spellings = (
        lambda t: f"-{t}",
        lambda t: f"({t})",
        lambda t: f"\u2212{t}",
        lambda t: f"-£{t}",
        lambda t: f"£({t})",
    )
    for spell in spellings:
        assert _read([spell(f"{c / 100:.2f}") for c in values]) == expected


@FAST
@given(st.lists(st.text(alphabet="abc=+-@\t ,%", min_size=1, max_size=6), min_size=1))
def test_text_that_is_no_number_is_unreadable_never_a_number(texts: list[str]) -> None:
    parsed = parse_numbers(pd.Series(texts, dtype="str"))
    for text, value, bad in zip(texts, parsed.values, parsed.unreadable, strict=True):
        if math.isnan(value):
            # unreadable, or a blank / placeholder such as "-" or "--"
            assert bad or not text.strip() or text.strip().lower() in BLANK_WORDS
        else:
            assert any(ch.isdigit() for ch in text)


days = st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))


@FAST
@given(st.lists(days, min_size=1, max_size=30))
def test_iso_dates_read_back(values: list[date]) -> None:
    parsed = parse_dates(pd.Series([d.isoformat() for d in values], dtype="str"))
    assert [v.date() for v in parsed.values] == values
    assert not parsed.unreadable.any()


@FAST
@given(st.lists(days, min_size=1, max_size=30), st.sampled_from(["%d/%m/%Y", "%m/%d/%Y"]))
def test_slashed_dates_follow_the_order_the_file_shows(values: list[date], form: str) -> None:
    # one date with a day above 12 tells the order, as in any month-long export
    tell = date(2024, 3, 13)
    texts = [d.strftime(form) for d in [tell, *values]]
    parsed = parse_dates(pd.Series(texts, dtype="str"))
    assert [v.date() for v in parsed.values] == [tell, *values]
    assert parsed.order == ("dmy" if form.startswith("%d") else "mdy")


@FAST
@given(st.lists(days, min_size=1, max_size=12), st.sampled_from(["dmy", "mdy"]))
def test_ambiguous_dates_follow_the_shops_order(values: list[date], order: str) -> None:
    # every day 1-12: only the shop's earlier files can tell
    ambiguous = [d.replace(day=min(d.day, 12)) for d in values]
    form = "%d/%m/%Y" if order == "dmy" else "%m/%d/%Y"
    texts = [d.strftime(form) for d in ambiguous]
    parsed = parse_dates(pd.Series(texts, dtype="str"), prefer=order)
    assert [v.date() for v in parsed.values] == ambiguous
    assert parsed.seen is None or parsed.order == order


@FAST
@given(st.text(max_size=40))
def test_escaped_text_never_starts_a_formula(text: str) -> None:
    out = safe_text(text)
    assert not out.startswith(FORMULA_STARTS)
    assert out == text or out == "'" + text


json_values = st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=20,
)


@FAST
@given(json_values)
def test_json_output_is_always_valid(value: object) -> None:
    def refuse(token: str) -> None:
        raise AssertionError(f"invalid JSON token {token}")

    json.loads(to_json(value), parse_constant=refuse)


def test_dates_two_days_apart_stay_two_days_apart() -> None:
    start = date(2024, 2, 27)
    texts = [(start + timedelta(days=i)).strftime("%d.%m.%Y") for i in range(5)]
    parsed = parse_dates(pd.Series(texts, dtype="str"))
    assert [v.date() for v in parsed.values] == [start + timedelta(days=i) for i in range(5)]
