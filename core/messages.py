"""Core's sentences as a template plus values, registered in one place.

Why: core speaks English (the command line, the log, the JSON summaries and the results kept in
the shop file all read it), but the window and the Chinese report must say the same sentence in
the user's language. Every note, reason and progress text core shows is built here from a
registered template (`say`), so the English text stays what it was, the stored results keep
plain strings (the shop file's codec needs nothing new), and a reader can turn any of those
strings back into its template and values (`parse`) to translate the template and format the
values for the locale. `gui/core_messages.py` lists the same templates for Qt's lupdate; a test
keeps both lists equal.

A template is the English sentence with named placeholders in `str.format` syntax. A value that
is itself a registered phrase ("70 days", "week of 2011-12-05") is translated too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

#: Every template core shows to a user. Add a sentence here before core says it.
TEMPLATES: tuple[str, ...] = (
    # Overview (core.analysis.kpis)
    "The last {period} ({label}) is not complete (the data end on {day}), so {current} is "
    "compared with the one before.",
    "month",
    "week",
    "day",
    "week of {day}",
    "The file has no customer column, so customers cannot be counted.",
    "The file has no quantity column, so units sold are not known.",
    "Fees and adjustments (marketplace fees, bank charges, manual credits, discounts, postage "
    "given back) are shown apart from product returns.",
    # Customers (core.customers)
    "{count:,} customers returned as much as they bought (net spend 0 or less); they score "
    "lowest on monetary value.",
    "{reason} Values use the average net spend per purchase instead.",
    "The purchase model could not tell which customers have stopped buying from this shop's "
    "history (its dropout part collapsed: a = {a}, b = {b}, so it calls nearly everyone still "
    "active, even a penalised refit). Its chance of being active and its next-order dates are "
    "not to be trusted; use the churn risk to rank customers. Expected purchases and value "
    "still follow the overall rate.",
    "The purchase model's first fit called nearly every customer still active; it was refitted "
    "with an L2 penalty of {penalty}.",
    "The purchase model (BG/NBD) calls nearly every customer still active on this shop's "
    "history, so it does not set the risk; the learnt model ranks customers.",
    "On this shop's history the churn risk was little better than a guess (AUC {auc:.2f}, where "
    "0.5 is chance): treat the risks as rough. A longer history or more returning customers "
    "usually helps.",
    "In the {day} test, {observed:.0%} of customers did not come back against {expected:.0%} "
    "expected: how many come back changes through the year, so read the risks as a ranking "
    "first and as probabilities roughly.",
    "The purchase model (BG/NBD) ranked customers better than the learnt model on the test "
    "period, so it sets the risk; the reasons come from the learnt model.",
    # churn reasons (core.customers.churn_reasons), joined with "; "
    "{count:,} day",
    "{count:,} days",
    "no order for {days}",
    "usually orders every {count:,}",
    "last order {days} ago",
    "only one purchase day so far",
    "orders every {days} on average",
    "only {count:,} purchase day",
    "only {count:,} purchase days",
    "{count:,} purchase day",
    "{count:,} purchase days",
    "no purchase in the last 90 days",
    "{count:,} purchase day in the last 90 days",
    "{count:,} purchase days in the last 90 days",
    "customer for {days}",
    "spent {amount:,.0f} in all",
    "average order {amount:,.0f}",
    "returned {share:.0%} of what they bought",
    "never returned anything",
    # Forecast
    "{count:,} lines of charges and fees (postage, carriage, marketplace fees, manual "
    "adjustments) are left out of the forecast: they are not products.",
    "The shop's lines are all charges and fees: there are no product sales to forecast.",
    "{count:,} products with fewer than {least:,} sales are not forecast one by one (they "
    "still count in the total).",
    "No stock figures yet: only reorder points are given. Import a stock file (SKU and on-hand) "
    "or type the stock in the Forecast tab to see what to order now.",
    # Recommendations
    "Never recommended (charges, fees and adjustments, or in most orders): {products}.",
    "{count:,} order lines have no customer: they count for bought-together rules but give no "
    "customer a list.",
    # Campaigns
    "The purchase models could not be fitted on this shop, so the baselines use each "
    "customer's own purchase rate and the shop's average order value.",
    # Import report (core.importer, core.ingest, core.import_history)
    "Every date fits both day/month and month/day; they were read day first, like the earlier "
    "files of this layout in the shop ({file}).",
    "Every date fits both day/month and month/day; they were read month first, like the "
    "earlier files of this layout in the shop ({file}).",
    "{count:,} lines of orders that were cancelled after an earlier import were taken out of "
    "the shop.",
    "{count:,} lines were already in the shop and have changed since (status, refund or "
    "discount): they were brought up to date.",
    "Every line of this file was already in the shop: nothing new was added.",
    "This file has no quantity column; quantities are left empty.",
    "{count:,} lines of closed orders had been paid (a payment time or a refund): they count "
    "as sales refunded in full, not as orders that never happened.",
    "{count:,} lines of value 0 sold to a known customer were kept as free items (they count "
    "as orders, not as sales).",
    "{count:,} lines have an order number made of 'C' and an ordinary order number; they were "
    "read as cancelled sales given back (returns).",
    "Delivery addresses were reduced to their province for the region.",
    "Order details given only on an order's first line were carried down to its other lines: "
    "{fields}.",
    "{field} ({count:,} lines)",
    "{count:,} order lines this file added were taken out of the shop.",
    "{count:,} lines it had brought up to date have their earlier values again.",
    "{count:,} lines it had brought up to date were changed again by a later import, so they "
    "keep their current values: their earlier values cannot be put back exactly.",
    "{count:,} lines of orders it had shown as cancelled are back.",
    "The file is written in the {encoding} encoding; it was read as such.",
    "Skipped {count:,} title or blank line(s) above the header.",
    "Skipped {count:,} title or blank line(s) above the first row of data.",
    "The first line holds data, not column names, so the columns are named Column 1, Column 2, "
    "... Column {count}.",
    "The first line holds data, not column names, so the columns are named Column 1, Column 2.",
    "Some characters of the file could not be read in any encoding and show as '\ufffd'.",
    "{file} is an Excel workbook although its name says otherwise.",
    "Skipped {count:,} title or blank row(s) at the top of the sheet.",
    "The first row holds data, not column names: columns are named Column 1, ...",
    'Read the sheet "{sheet}" (the one that holds orders); also in the file: {others}.',
    # progress texts
    "Adding up sales",
    "Building the trend",
    "Overview ready",
    "Finding each campaign's audience",
    "Valuing each campaign",
    "Campaigns ready",
    "Fitting the purchase model",
    "Purchase model fitted",
    "Calibrating the churn risk",
    "Building churn features",
    "Learning who comes back",
    "Comparing with the purchase model",
    "Scoring every customer",
    "Finding the reasons",
    "Churn risk ready",
    "Weighing each customer's reasons",
    "Putting the reasons into words",
    "Describing customer behaviour",
    "Trying {count} groups",
    "Groups ready",
    "Summarising customers",
    "Fitting the spend model",
    "Predicting purchases",
    "Estimating next order dates",
    "Lifetime value ready",
    "Grouping customers by first month",
    "Counting returning customers",
    "Cohorts ready",
    "Putting the customer table together",
    "Customers ready",
    "Scoring customers",
    "Segments ready",
    "Backtest: {method}, origin {number} of {count}",
    # the methods' names inside it (core.forecast.view.METHOD_LABELS; a test keeps them here)
    "gradient boosting across products",
    "exponential smoothing",
    "TSB (occasional sales)",
    "Croston (occasional sales)",
    "moving average",
    "moving average (short window)",
    "moving average (long window)",
    "seasonal naive",
    "gradient boosting averaged with a simpler forecast",
    "Backtest done",
    "Forecasting ahead",
    "Forecast ready",
    "Building sales series",
    "Reading {file}",
    "Understanding the columns",
    "Imported {count:,} new lines from {file}",
    "Reading text columns",
    "Reading order dates",
    "Reading amounts",
    "Checking statuses and returns",
    "Assembling order lines",
    "{count:,} order lines ready",
    "Read {count:,} rows from {file}",
    "Opening {file}",
    'Reading the sheet "{sheet}" of {file}',
    "Reading the cells",
    "Counting products bought together",
    "Counting three products bought together",
    "Bought-together rules ready",
    "Listing similar products",
    "Recommendations ready",
    "Learning from the orders before the cut-off",
    "Checking the lists against later orders",
    "Measured",
    "Learning which products go together",
    "Reading purchases",
    "Finding products bought together",
    "Comparing product names",
    "Similar products ready",
    "Writing the lists",
    "Report written",
    "Saving the workbook",
    "Loading orders",
    "Reading out recorded campaigns",
    "Analyses done",
    "Analyses read back from the shop file",
    "Saved {done:,} of {total:,} lines",
)

_REGISTERED = frozenset(TEMPLATES)
_FIELD = re.compile(r"\{(\w+)(?::([^}]*))?\}")
#: A number as `format` writes it with the specs the templates use (1,234 / 0.75 / 43% / 1e-05).
_NUMBER = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[+-]?\d+)?%?"


@dataclass(frozen=True)
class Message:
    """A registered template and its values; `str()` is the English sentence."""

    key: str
    values: tuple[tuple[str, Any], ...] = ()

    def __str__(self) -> str:
        return render(self.key, dict(self.values), english_value)

    def value(self, name: str) -> Any:
        return dict(self.values)[name]


def message(key: str, **values: Any) -> Message:
    """The message for a registered template (an unregistered one is a programming error)."""
    if key not in _REGISTERED:
        raise ValueError(f"not a registered message template: {key!r}")
    return Message(key, tuple(values.items()))


def say(key: str, **values: Any) -> str:
    """The English sentence of a registered template with its values."""
    return str(message(key, **values))


def english_value(value: Any, spec: str) -> str:
    """A value as the English sentence writes it (a value read back by `parse` is already)."""
    if isinstance(value, str):
        return value
    return format(value, spec)


def render(key: str, values: dict[str, Any], write: Callable[[Any, str], str]) -> str:
    """The template with each placeholder replaced by `write(value, spec)`."""
    return _FIELD.sub(lambda m: write(values[m.group(1)], m.group(2) or ""), key)


def placeholders(key: str) -> list[tuple[str, str]]:
    """[(name, format spec)] of a template, in order."""
    return [(m.group(1), m.group(2) or "") for m in _FIELD.finditer(key)]


def is_number_spec(spec: str) -> bool:
    """A format spec that writes a number (",", ",.0f", ".0%", ".2f"...)."""
    return bool(spec) and spec[-1] in ",dfg%e"


def _pattern(key: str) -> str:
    parts, last = [], 0
    for index, m in enumerate(_FIELD.finditer(key)):
        parts.append(re.escape(key[last : m.start()]))
        # a value never holds "; ": that joins phrases ("no order for 143 days; usually…")
        group = _NUMBER if is_number_spec(m.group(2) or "") else "(?:(?!; ).)+?"
        parts.append(f"(?P<v{index}>{group})")
        last = m.end()
    parts.append(re.escape(key[last:]))
    return "".join(parts)


def _literal_length(key: str) -> int:
    return len(_FIELD.sub("", key))


_Compiled = tuple[str, str, re.Pattern[str], tuple[str, ...]]


@lru_cache(maxsize=1)
def _templates() -> tuple[dict[str, list[_Compiled]], list[_Compiled]]:
    """The templates by the first word of their text before any value, and those that begin
    with a value; each list the most specific (longest literal text) first."""
    by_word: dict[str, list[_Compiled]] = {}
    open_start: list[_Compiled] = []
    for key in sorted(TEMPLATES, key=_literal_length, reverse=True):
        fields = list(_FIELD.finditer(key))
        prefix = key[: fields[0].start()] if fields else key
        suffix = key[fields[-1].end() :] if fields else key
        names = tuple(name for name, _spec in placeholders(key))
        entry = (key, suffix, re.compile(_pattern(key), re.DOTALL), names)
        if prefix:
            by_word.setdefault(_first_word(prefix), []).append(entry)
        else:
            open_start.append(entry)
    return by_word, open_start


def _first_word(text: str) -> str:
    return text.split(" ", 1)[0][:12]


@lru_cache(maxsize=65_536)
def parse(text: str) -> Message | None:
    """The message a string of core was built from (None for any other text). Values come
    back as the strings they were written as."""
    if not text:
        return None
    by_word, open_start = _templates()
    word = _first_word(text)
    if len(word) == 12 or " " not in text:  # a long first word is cut at 12; a text may be one
        groups = [group for w, group in by_word.items() if text.startswith(w)]
    else:
        groups = [by_word.get(word, [])]
    for group in (*groups, open_start):
        for key, suffix, pattern, names in group:
            if not text.endswith(suffix):
                continue
            found = pattern.fullmatch(text)
            if found is not None:
                values = tuple((n, found.group(f"v{j}")) for j, n in enumerate(names))
                return Message(key, values)
    return None
