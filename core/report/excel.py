"""Write the Excel report of a shop: one workbook with every analysis and native charts.

Why it is written this way:
- the analyses come from `run_sections`, so a report right after the window computed them
  reuses the stored results (seconds), and a scheduled `main.py report` computes only what is
  missing;
- the workbook is written to a temporary file in the destination folder and renamed at the end:
  a cancelled or failed report never leaves a half-written workbook, and the old report stays
  untouched until the new one is complete;
- xlsxwriter's string conversions are off: text from the shop's data is never a formula or a
  link, whatever it starts with.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import xlsxwriter

from core.errors import Cancelled, ShopLensError
from core.progress import Progress, report, scaled
from core.report.cells import Styles
from core.report.charts import ChartDataSheet
from core.report.cover import ShopFacts, exclusions_of, write_cover, write_quality
from core.report.layout import Page
from core.report.sections import write_section
from core.report.words import LANGS, Words
from core.sections.base import Section, SectionOutcome
from core.store import imports_table, line_count, shop_connection

log = logging.getLogger(__name__)

_WORKBOOK_OPTIONS = {
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
    "nan_inf_to_errors": False,
    "default_date_format": "yyyy-mm-dd",
}


class ReportError(ShopLensError):
    """The report cannot be written where the user asked (folder, open workbook, language)."""


@dataclass(frozen=True)
class ReportParams:
    out: Path
    as_of: date | None = None
    lang: str = "en"  # "en" or "zh_CN"
    only: tuple[str, ...] | None = None  # section names; None: every section


@dataclass(frozen=True)
class ReportResult:
    path: Path
    sheets: list[str]
    statuses: dict[str, str]  # section -> ok / skipped / error
    tables: int
    charts: int
    cells: int
    size: int  # bytes
    reused: list[str] = field(default_factory=list)  # sections read back from the shop file


def _shop_facts(db_path: Path, outcomes: dict[str, SectionOutcome]) -> ShopFacts:
    with shop_connection(db_path) as conn:
        imports = imports_table(conn).sort_values("id").reset_index(drop=True)
        lines = line_count(conn)
        row = conn.execute("SELECT min(order_date), max(order_date) FROM order_lines").fetchone()
    first, last = (date.fromisoformat(v[:10]) if v else None for v in row)
    return ShopFacts(
        shop=Path(db_path).stem,
        date_min=first,
        date_max=last,
        lines=lines,
        imports=imports,
        exclusions=exclusions_of(imports),
    )


def _currency(db_path: Path) -> str | None:
    """The shop's one currency (None when it has none or several), read from the shop file so
    that a report of a few sections still shows money in it."""
    with shop_connection(db_path) as conn:
        rows = conn.execute(
            "SELECT DISTINCT currency FROM order_lines WHERE currency IS NOT NULL LIMIT 2"
        ).fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def _status_line(outcome: SectionOutcome, words: Words) -> str:
    if outcome.ok:
        where = words("from the shop file") if outcome.from_store else ""
        return (
            f"{words('computed')} {outcome.computed_at:%Y-%m-%d %H:%M}, "
            f"{outcome.lines:,} {words('order lines')} {where}".strip()
        )
    label = words("Skipped") if outcome.status == "skipped" else words("Failed")
    return f"{label}: {outcome.reason or ''}"


def _temp_file(folder: Path) -> Path:
    """A fresh file beside the report (same folder, so the final rename cannot cross disks)."""
    if not folder.is_dir():
        raise ReportError(f"The folder {folder} does not exist. Choose another folder.")
    try:
        handle, name = tempfile.mkstemp(prefix=".~shoplens-", suffix=".xlsx.part", dir=folder)
    except OSError as exc:
        raise ReportError(
            f"ShopLens cannot write into the folder {folder} ({exc.strerror}). "
            "Choose another folder."
        ) from None
    os.close(handle)
    return Path(name)


def _file_mode(out: Path) -> int:
    """The permissions the report gets: those of the workbook it replaces, else what the user's
    umask gives a new file (the temporary file was made private to this user)."""
    try:
        return stat.S_IMODE(out.stat().st_mode)
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def _move_into_place(temp: Path, out: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(temp, _file_mode(out))
    try:
        os.replace(temp, out)
    except PermissionError:
        raise ReportError(
            f"{out.name} cannot be replaced: it is probably open in Excel or another program. "
            "Close it there and try again, or choose another file name."
        ) from None
    except OSError as exc:
        raise ReportError(f"{out.name} cannot be written ({exc.strerror}).") from None


def write_report(
    db_path: Path, params: ReportParams, progress: Progress | None = None
) -> ReportResult:
    """Compute (or read back) the chosen sections and write them into `params.out`."""
    # The registry brings every model's libraries: imported when a report is written, so the
    # window starts without them.
    from core.sections.registry import REGISTRY, with_dependencies
    from core.sections.run import run_sections

    if params.lang not in LANGS:
        raise ReportError(f"The report language must be one of {', '.join(LANGS)}.")
    if not Path(db_path).exists():
        raise ReportError(f"There is no shop file at {db_path}.")
    out = Path(params.out)
    if out.suffix.lower() != ".xlsx":
        raise ReportError("The report is an Excel workbook: give it a name ending in .xlsx.")
    if out.exists() and not os.access(out, os.W_OK):
        raise ReportError(f"{out.name} is read-only. Choose another file name.")
    names = with_dependencies(params.only) if params.only else [s.name for s in REGISTRY]
    shown = [n for n in names if params.only is None or n in params.only]
    temp = _temp_file(out.parent)  # before computing: a wrong folder is said at once
    try:
        outcomes = run_sections(db_path, names, params.as_of, progress=scaled(progress, 0.0, 0.7))
        result = _write(db_path, params, temp, out, outcomes, shown, scaled(progress, 0.7, 0.99))
        _move_into_place(temp, out)
    except (Exception, Cancelled):
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    report(progress, 1.0, "Report written")
    log.info("report %s: %d sheets, %d bytes", out, len(result.sheets), result.size)
    return result


def get_section(name: str) -> Section[Any, Any]:
    from core.sections.registry import get_section as registered

    return registered(name)


def _write(
    db_path: Path,
    params: ReportParams,
    temp: Path,
    out: Path,
    outcomes: dict[str, SectionOutcome],
    shown: list[str],
    progress: Progress | None,
) -> ReportResult:
    words = Words(params.lang)
    facts = _shop_facts(db_path, outcomes)
    book = xlsxwriter.Workbook(str(temp), _WORKBOOK_OPTIONS)
    try:
        book.set_properties(
            {"title": f"{words('ShopLens report')}: {facts.shop}", "author": "ShopLens"}
        )
        styles = Styles(book, _currency(db_path), cjk=params.lang == "zh_CN")
        cover_sheet = book.add_worksheet(words.sheet("cover"))
        chart_data = ChartDataSheet(book, words.sheet("chart_data"), styles)
        pages: list[Page] = []
        contents: list[tuple[str, str]] = []
        sheets = [cover_sheet.get_name()]
        for i, name in enumerate(shown):
            report(progress, i / (len(shown) + 1), get_section(name).title)
            outcome = outcomes[name]
            sheet = book.add_worksheet(words.sheet(name))
            page = Page(book, sheet, styles, words, chart_data, styles.currency)
            page.title(words(get_section(name).title if name != "kpis" else "Overview"))
            status = _status_line(outcome, words)
            page.line(status)
            if outcome.ok:
                write_section(page, get_section(name), outcome)
            page.finish()
            pages.append(page)
            contents.append((sheet.get_name(), status))
            sheets.append(sheet.get_name())
        quality = book.add_worksheet(words.sheet("quality"))
        quality_page = Page(book, quality, styles, words, chart_data, styles.currency)
        write_quality(quality_page, facts, outcomes)
        quality_page.finish()
        pages.append(quality_page)
        sheets.append(quality.get_name())
        contents.append((quality.get_name(), ""))
        cover = Page(book, cover_sheet, styles, words, chart_data, styles.currency)
        write_cover(cover, facts, outcomes, params.as_of, contents)
        report(progress, 0.95, "Saving the workbook")
    except BaseException:
        with contextlib.suppress(Exception):
            book.close()
        raise
    try:
        book.close()
    except OSError as exc:
        raise ReportError(f"{out.name} could not be saved ({exc}).") from None
    return ReportResult(
        path=out,
        sheets=sheets,
        statuses={n: outcomes[n].status for n in shown},
        tables=sum(p.tables for p in pages),
        charts=sum(p.charts for p in pages),
        cells=sum(p.cells for p in pages),
        size=temp.stat().st_size,
        reused=[n for n in shown if outcomes[n].from_store],
    )


def default_report_name(shop: Path, as_of: date | None) -> str:
    """A file name that says which shop and day it is about: "My shop report 2011-12-09.xlsx"."""
    day = as_of.isoformat() if as_of else date.today().isoformat()
    return f"{Path(shop).stem} report {day}.xlsx"
