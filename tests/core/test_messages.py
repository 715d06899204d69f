"""Core's sentences come from one registry of templates and read back into template + values.

The registry is what the window and the Chinese report translate, so every text core shows has
to be in it: the literal progress texts and notes in core's source are checked here by reading
the source (ast), the sentences built with values by reading them back.
"""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.charts.style import date_axis, new_figure
from core.customers.churn_reasons import _phrase
from core.forecast.view import METHOD_LABELS
from core.messages import TEMPLATES, Message, message, parse, placeholders, say
from tests.conftest import PROJECT_ROOT

CORE = PROJECT_ROOT / "core"


def _literal_texts(path: Path) -> list[tuple[int, str]]:
    """Plain string arguments of report(progress, f, "…") and notes.append("…") calls."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        owner = getattr(func, "value", None)
        is_note = name == "append" and isinstance(owner, ast.Name) and owner.id == "notes"
        if name != "report" and not is_note:
            continue
        for arg in node.args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                found.append((node.lineno, arg.value))
            if isinstance(arg, ast.JoinedStr):
                found.append((node.lineno, "f-string: " + ast.unparse(arg)))
    return found


def test_every_progress_text_and_note_in_core_is_registered() -> None:
    unregistered = [
        f"{path.relative_to(PROJECT_ROOT)}:{line}: {text}"
        for path in sorted(CORE.rglob("*.py"))
        if path.parts[-2:] != ("report", "words.py")
        for line, text in _literal_texts(path)
        if text not in TEMPLATES
    ]
    assert unregistered == []


def test_a_message_reads_back_into_its_template_and_values() -> None:
    text = say(
        "In the {day} test, {observed:.0%} of customers did not come back against "
        "{expected:.0%} expected: how many come back changes through the year, so read the "
        "risks as a ranking first and as probabilities roughly.",
        day="2011-09-09",
        observed=0.434,
        expected=0.5,
    )
    assert text.startswith("In the 2011-09-09 test, 43% of customers did not come back against 50%")
    back = parse(text)
    assert back is not None
    assert dict(back.values) == {"day": "2011-09-09", "observed": "43%", "expected": "50%"}
    assert str(back) == text
    assert parse("WHITE HANGING HEART T-LIGHT HOLDER") is None
    assert parse("") is None


def test_the_most_specific_template_wins() -> None:
    assert parse("only 2 purchase days") == Message(
        "only {count:,} purchase days", (("count", "2"),)
    )
    assert parse("12,345 purchase days in the last 90 days") == Message(
        "{count:,} purchase days in the last 90 days", (("count", "12,345"),)
    )
    assert parse("week of 2011-12-05") == Message("week of {day}", (("day", "2011-12-05"),))


def test_every_template_reads_back_from_its_own_sentence() -> None:
    for key in TEMPLATES:
        values = {
            name: (1234 if spec.endswith(",") else 0.25 if spec.endswith("%") else 3.5)
            if spec
            else "x"
            for name, spec in placeholders(key)
        }
        back = parse(say(key, **values))
        assert back is not None and str(back) == say(key, **values), key


def test_an_unregistered_sentence_is_refused() -> None:
    with pytest.raises(ValueError, match="not a registered message template"):
        message("Something core never said {x}", x=1)


def test_the_forecast_methods_names_are_registered_phrases() -> None:
    """The backtest's progress text names the method it tests; the window and the report
    translate that name as a phrase of its own."""
    assert set(METHOD_LABELS.values()) <= set(TEMPLATES)
    text = say(
        "Backtest: {method}, origin {number} of {count}",
        method=METHOD_LABELS["seasonal_naive"],
        number=6,
        count=6,
    )
    assert text == "Backtest: seasonal naive, origin 6 of 6"
    read = parse(text)
    assert read is not None and read.value("method") == "seasonal naive"
    assert parse("seasonal naive") is not None


def test_churn_reasons_are_registered_phrases() -> None:
    row = pd.Series(
        {
            "recency_days": 143.0,
            "avg_gap_days": 30.2,
            "purchases": 43.0,
            "recent_purchases": 1.0,
            "tenure_days": 1.0,
            "net": 267_761.4,
            "avg_basket": 512.0,
            "return_rate": 0.0,
        }
    )
    phrases = {f: _phrase(f, row, raises=True) for f in row.index}
    assert phrases == {
        "recency_days": "no order for 143 days; usually orders every 30",
        "avg_gap_days": "orders every 30 days on average",
        "purchases": "43 purchase days",
        "recent_purchases": "1 purchase day in the last 90 days",
        "tenure_days": "customer for 1 day",
        "net": "spent 267,761 in all",
        "avg_basket": "average order 512",
        "return_rate": "never returned anything",
    }
    assert _phrase("recency_days", row, raises=False) == "last order 143 days ago"
    for text in phrases.values():
        for part in str(text).split("; "):
            assert parse(part) is not None, part


ZH_DATES = {
    "Jan": "一月",
    "Feb": "二月",
    "Mar": "三月",
    "Apr": "四月",
    "May": "五月",
    "Jun": "六月",
    "Jul": "七月",
    "Aug": "八月",
    "Sep": "九月",
    "Oct": "十月",
    "Nov": "十一月",
    "Dec": "十二月",
    "{year}-{month}": "{year}年{m}月",
    "{month}-{day}": "{m}月{d}日",
    "{year}-{month}-{day}": "{year}年{m}月{d}日",
}


@pytest.mark.parametrize(
    ("days", "english", "chinese"),
    [
        (
            400,
            ["2020", "Mar", "May", "Jul", "Sep", "Nov", "2021", "Mar"],
            ["2020", "三月", "五月", "七月", "九月", "十一月", "2021", "三月"],
        ),
        (
            60,
            ["15", "22", "Feb", "08", "15", "22", "Mar", "08", "15"],
            ["15", "22", "二月", "08", "15", "22", "三月", "08", "15"],
        ),
    ],
)
def test_date_axes_speak_the_charts_language(
    days: int, english: list[str], chinese: list[str]
) -> None:
    dates = pd.date_range("2020-01-15", periods=days)
    for translate, expected in ((str, english), (lambda t: ZH_DATES.get(t, t), chinese)):
        fig = new_figure()
        ax = fig.add_subplot()
        ax.plot(dates, np.arange(days))
        date_axis(ax, translate)
        formatter = ax.xaxis.get_major_formatter()
        ticks = ax.xaxis.get_major_locator()()
        labels = formatter.format_ticks(ticks)
        assert labels == expected
        if days == 60:  # the offset names the year and month of the last tick
            assert formatter.get_offset() == ("2020-Mar" if translate is str else "2020年3月")
