"""The window's one door to analysis results: sections fetched by name through core's runner.

Why one place: the tabs never open SQLite and never decide whether to compute. `fetch` runs in a
worker thread (through gui.tasks) and asks `core.sections.run.run_sections`, which reads back
what the shop file keeps while it is current (same data, parameters, as-of date and app version)
and computes the rest once. Each tab turns a `SectionOutcome` into widgets and says, with
`computed_text`, when and from how many order lines its result was computed.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from core.errors import ShopLensError
from core.progress import Progress
from core.sections.base import SectionOutcome

logger = logging.getLogger(__name__)


def fetch(
    db_path: Path,
    names: Collection[str],
    as_of: date | None = None,
    params: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
) -> dict[str, SectionOutcome]:
    """Sections by name (worker thread): kept results when current, computed otherwise.

    The runner (and with it every model's libraries) is imported here, on first use in a
    worker, not when the window starts."""
    from core.sections.run import run_sections

    return run_sections(Path(db_path), list(names), as_of, params, progress)


def fetch_one(
    db_path: Path,
    name: str,
    as_of: date | None = None,
    params: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
) -> SectionOutcome:
    """One section's outcome; a section that could not run raises its reason in words."""
    outcome = fetch(db_path, [name], as_of, params, progress)[name]
    if not outcome.ok:
        raise ShopLensError(outcome.reason or "This analysis could not run.")
    return outcome


def computed_text(outcome: SectionOutcome) -> str:
    """"Computed on 2026-12-03 14:05 from 541,909 order lines" (and as of which day)."""
    text = QCoreApplication.translate(
        "Results", "Computed on {when} from {lines} order lines"
    ).format(when=outcome.computed_at.strftime("%Y-%m-%d %H:%M"), lines=f"{outcome.lines:,}")
    if outcome.as_of is not None:
        text += QCoreApplication.translate("Results", ", as of {day}").format(
            day=outcome.as_of.isoformat()
        )
    return text
