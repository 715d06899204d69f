"""The Cover and Data quality sheets: what the report is about, on what data, with what
assumptions, what each metric means, and what every import kept out and why.

The import history comes from the shop file's `imports` table (core.store.imports_table): the
same counts the Import tab shows, so a reader can trace every figure to the files it came from.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pandas as pd

from core import __version__
from core.report.layout import Page
from core.sections.base import SectionOutcome

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ShopFacts:
    """What the Cover says about the shop's data, read once from the shop file."""

    shop: str
    date_min: date | None
    date_max: date | None
    lines: int
    imports: pd.DataFrame  # the imports table, oldest first
    exclusions: pd.DataFrame  # file_name, reason, rows


def exclusions_of(imports: pd.DataFrame) -> pd.DataFrame:
    """One row per file and reason a row was kept out of the shop."""
    rows: list[dict[str, Any]] = []
    for record in imports.to_dict(orient="records"):
        try:
            reasons = json.loads(record.get("excluded_json") or "{}")
        except json.JSONDecodeError:
            log.warning("import %s has unreadable exclusions", record.get("id"))
            reasons = {}
        for reason, count in dict(reasons).items():
            rows.append(
                {"file_name": record["file_name"], "reason": str(reason), "rows": int(count)}
            )
    return pd.DataFrame(rows, columns=["file_name", "reason", "rows"])


def _assumptions(outcomes: dict[str, SectionOutcome]) -> list[tuple[str, Any, Any]]:
    """(label, value, format key) of the settings the figures depend on."""
    out: list[tuple[str, Any, Any]] = []
    forecast = outcomes.get("forecast")
    if forecast is not None and forecast.ok:
        out.append(("Forecast frequency", forecast.result.frequency, None))
        out.append(("Forecast horizon", float(forecast.result.horizon), "count"))
    inventory = outcomes.get("inventory")
    if inventory is not None and inventory.ok:
        out.append(("Service level", inventory.result.params.service_level, "percent"))
        out.append(("Lead time (days)", inventory.result.params.lead_time_days, "count"))
    churn = outcomes.get("churn")
    if churn is not None and churn.ok:
        out.append(("Churn horizon (days)", float(churn.summary.get("horizon_days", 0)), "count"))
    clv = outcomes.get("clv")
    if clv is not None and clv.ok:
        out.append(("Monthly discount rate", clv.summary.get("monthly_discount"), "percent"))
    return out


def write_cover(
    page: Page,
    facts: ShopFacts,
    outcomes: dict[str, SectionOutcome],
    as_of: date | None,
    contents: list[tuple[str, str]],
) -> None:
    """The first sheet: the shop, its data, the run, the assumptions, the glossary."""
    w, s, sheet = page.words, page.styles, page.sheet
    page.title(w("ShopLens report"))
    computed = max((o.computed_at for o in outcomes.values()), default=datetime.now())
    excluded = int(facts.exclusions["rows"].sum()) if len(facts.exclusions) else 0
    rows: list[tuple[str, Any, Any]] = [
        ("Shop", facts.shop, "data"),
        ("Data from", facts.date_min, s.left_date),
        ("Data to", facts.date_max, s.left_date),
        ("Order lines imported", float(facts.lines), s.left_count),
        ("Excluded", float(excluded), s.left_count),
        ("As of", as_of if as_of else w("As of the last order"), s.left_date),
        ("Computed", computed, s.left_datetime),
        ("ShopLens version", __version__, None),
    ]
    page.row += 1
    for label, value, fmt in rows:
        sheet.write_string(page.row, 0, w(label), s.bold)
        if fmt == "data":
            page.cell_text(page.row, 1, str(value))
        elif isinstance(value, str):
            sheet.write_string(page.row, 1, value, s.text)
        elif isinstance(value, datetime):
            sheet.write_datetime(page.row, 1, value, fmt)
        elif isinstance(value, date):
            sheet.write_datetime(page.row, 1, datetime(value.year, value.month, value.day), fmt)
        elif value is not None:
            sheet.write_number(page.row, 1, value, fmt)
        page.row += 1
    for reason, count in facts.exclusions.groupby("reason")["rows"].sum().items():
        page.cell_text(page.row, 1, str(reason))
        sheet.write_number(page.row, 2, float(count), s.count)
        page.row += 1
    page.row += 1
    sheet.write_string(page.row, 0, w("Assumptions"), s.heading)
    page.row += 1
    formats = {"count": s.left_count, "percent": s.left_percent, None: s.text}
    for label, value, key in _assumptions(outcomes):
        sheet.write_string(page.row, 0, w(label), s.bold)
        if isinstance(value, str):
            sheet.write_string(page.row, 1, value, s.text)
        elif value is not None:
            sheet.write_number(page.row, 1, float(value), formats[key])
        page.row += 1
    page.row += 1
    sheet.write_string(page.row, 0, w("Contents"), s.heading)
    page.row += 1
    for sheet_name, status in contents:
        sheet.write_url(page.row, 0, f"internal:'{sheet_name}'!A1", string=sheet_name)
        sheet.write_string(page.row, 1, status, s.text)
        page.row += 1
    page.row += 1
    sheet.write_string(page.row, 0, w("Glossary"), s.heading)
    page.row += 1
    for term, meaning in w.glossary():
        sheet.write_string(page.row, 0, term, s.bold)
        sheet.write_string(page.row, 1, meaning, s.text)
        page.row += 1
    sheet.set_column(0, 0, 26)
    sheet.set_column(1, 1, 95)  # the longest glossary sentence on one line
    sheet.set_column(2, 2, 12)


def write_quality(page: Page, facts: ShopFacts, outcomes: dict[str, SectionOutcome]) -> None:
    """Every import with its counts, every exclusion reason, and every section's notes."""
    w = page.words
    page.title(w("Data quality"))
    imports = facts.imports[
        [
            c
            for c in (
                "file_name",
                "format",
                "encoding",
                "rows_read",
                "rows_imported",
                "rows_already_present",
                "rows_excluded",
                "started_at",
                "status",
            )
            if c in facts.imports.columns
        ]
    ].copy()
    for column in ("rows_read", "rows_imported", "rows_already_present", "rows_excluded"):
        if column in imports.columns:
            imports[column] = pd.to_numeric(imports[column], errors="coerce").astype("Int64")
    if "started_at" in imports.columns:
        imports["started_at"] = pd.to_datetime(imports["started_at"], errors="coerce")
    page.main_table(imports)
    page.side_table(w("Exclusions"), facts.exclusions)
    notes = [
        {"section": page.words.sheet(name), "note": page.words.sentence(str(note))}
        for name, outcome in outcomes.items()
        for note in (
            [outcome.reason] if not outcome.ok else list(getattr(outcome.result, "notes", []) or [])
        )
        if note
    ]
    page.side_table(w("Notes"), pd.DataFrame(notes, columns=["section", "note"]))
