"""Every analysis of a shop as one JSON-ready document (`main.py analyze`, the report).

Each section is a plain function of the shop's lines; a section that cannot run on this shop's
data comes back as {"status": "skipped", "reason": "..."} in words, and an unexpected failure as
{"status": "error", ...} — never a crash that takes the other sections with it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from core import __version__
from core.analysis.kpis import KpiParams, compute_kpis, kpis_section, period_series
from core.customers.sections import CUSTOMER_SECTIONS
from core.errors import Cancelled, ShopLensError
from core.forecast.sections import forecast_section, inventory_section
from core.progress import Progress, report, scaled
from core.recommend import sections as recommend_sections
from core.store import load_lines, open_shop

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AnalysisContext:
    """What every section sees: the lines up to `as_of`, and all lines for holdout checks."""

    lines: pd.DataFrame  # orders up to and including as_of (all when as_of is None)
    all_lines: pd.DataFrame
    as_of: date | None
    db_path: Path | None


Section = Callable[[AnalysisContext, Progress | None], dict[str, Any]]


def _kpis(ctx: AnalysisContext, progress: Progress | None) -> dict[str, Any]:
    result = compute_kpis(ctx.lines, KpiParams(period="month", as_of=ctx.as_of), progress)
    if ctx.lines.empty:
        return {
            "status": "skipped",
            "reason": "The shop has no orders yet: import an order export.",
        }
    series = {p: period_series(ctx.lines, p) for p in ("day", "week", "month")}
    return kpis_section(result, series)


#: name -> section, in the order they run and appear in the JSON.
SECTIONS: dict[str, Section] = {
    "kpis": _kpis,
    **CUSTOMER_SECTIONS,
    "forecast": forecast_section,
    "inventory": inventory_section,
    "recommendations": recommend_sections.section,
}


def run_section(
    name: str, section: Section, ctx: AnalysisContext, progress: Progress | None = None
) -> dict[str, Any]:
    try:
        return section(ctx, progress)
    except Cancelled:
        raise
    except ShopLensError as exc:
        return {"status": "skipped", "reason": str(exc)}
    except Exception as exc:  # one failing analysis must not take the others down
        log.exception("analysis %s failed", name)
        return {"status": "error", "reason": f"This analysis failed unexpectedly: {exc}"}


def analyze_shop(
    db_path: Path,
    as_of: date | None = None,
    progress: Progress | None = None,
    only: Collection[str] | None = None,
) -> dict[str, Any]:
    """Run every registered analysis (or those named in `only`) on the shop file and return one
    JSON-ready dict."""
    unknown = sorted(set(only or ()) - set(SECTIONS))
    if unknown:
        raise ShopLensError(
            f"There is no analysis called {', '.join(unknown)}. Choose from: {', '.join(SECTIONS)}."
        )
    chosen = {n: s for n, s in SECTIONS.items() if only is None or n in only}
    conn = open_shop(db_path)
    try:
        report(progress, 0.0, "Loading orders")
        all_lines = load_lines(conn)
    finally:
        conn.close()
    lines = all_lines
    if as_of is not None:
        lines = all_lines[all_lines["order_date"] < pd.Timestamp(as_of) + pd.Timedelta(days=1)]
    ctx = AnalysisContext(lines.reset_index(drop=True), all_lines, as_of, Path(db_path))
    out: dict[str, Any] = {
        "shoplens_version": __version__,
        "shop": Path(db_path).name,
        "as_of": as_of.isoformat() if as_of else None,
        "lines": len(lines),
    }
    for i, (name, section) in enumerate(chosen.items()):
        step = scaled(progress, 0.1 + 0.9 * i / len(chosen), 0.1 + 0.9 * (i + 1) / len(chosen))
        out[name] = run_section(name, section, ctx, step)
    report(progress, 1.0, "Analyses done")
    return out
