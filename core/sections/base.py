"""The section contract: the one place an analysis of a shop is declared.

A section has a name, the sections it depends on, frozen typed parameters, a `compute` that
returns a typed result dataclass, the full tables it keeps, its JSON summary and its chart data
(plain series, drawn by matplotlib in the window and as native charts in the Excel report).
The CLI `analyze`, the window, the report and campaigns all loop over one ordered registry
(core.sections.registry), so adding an analysis is one module here plus its tab.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Collection, Hashable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar

import pandas as pd

from core.progress import Progress, report
from core.schema import LINE_COLUMNS
from core.store import load_lines, shop_connection

log = logging.getLogger(__name__)

P = TypeVar("P", bound=Hashable)
R = TypeVar("R")


@dataclass(frozen=True)
class ChartSeries:
    """One line, bar or band edge of a chart."""

    name: str
    values: tuple[float | None, ...]
    role: Literal["line", "bar", "band_low", "band_high", "forecast"] = "line"
    colour: str | None = None


@dataclass(frozen=True)
class ChartData:
    """A chart as data: the window draws it with matplotlib, the report as a native chart."""

    key: str  # stable id, e.g. "monthly_sales"
    title: str
    kind: Literal["line", "bar", "heatmap"]
    categories: tuple[str, ...]  # x labels (dates as YYYY-MM-DD or YYYY-MM)
    series: tuple[ChartSeries, ...]
    y_title: str = ""
    number_format: Literal["money", "count", "percent", "ratio"] = "count"
    rows: tuple[str, ...] = ()  # heatmap only: y labels; series then hold one row each


@dataclass
class SectionContext:
    """One run: the shop's lines loaded once, `as_of`, and shared intermediates.

    `lines` are the orders up to and including `as_of` (all of them when it is None);
    `all_lines` every stored line, for holdout checks of what happened after `as_of`.
    Results of sections computed in this run are in `results`, so a section that depends on
    another reads its result instead of computing it again.
    """

    db_path: Path | None
    as_of: date | None
    all_lines: pd.DataFrame
    results: dict[str, Any] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)  # section -> why it did not run
    _cache: dict[str, Any] = field(default_factory=dict)
    _lines: pd.DataFrame | None = None

    @property
    def lines(self) -> pd.DataFrame:
        if self._lines is None:
            lines = self.all_lines
            if self.as_of is not None:
                end = pd.Timestamp(self.as_of) + pd.Timedelta(days=1)
                lines = lines[lines["order_date"] < end].reset_index(drop=True)
            self._lines = lines
        return self._lines

    def shared(self, key: str, build: Callable[[], Any]) -> Any:
        """An intermediate several sections use (the customer lines, a purchase matrix),
        built by the first that asks and kept for this run only."""
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    def result(self, name: str) -> Any:
        """The result of a section this one depends on (computed earlier in the run)."""
        if name not in self.results:
            raise KeyError(f"section {name} has not been computed in this run")
        return self.results[name]

    def optional(self, name: str) -> Any | None:
        """The result of a section this one can do without (None when it was skipped)."""
        return self.results.get(name)

    @classmethod
    def load(
        cls,
        db_path: Path,
        as_of: date | None,
        columns: Collection[str] | None = None,
        progress: Progress | None = None,
    ) -> SectionContext:
        report(progress, 0.0, "Loading orders")
        with shop_connection(db_path) as conn:
            wanted = None if columns is None else list(columns)
            lines = load_lines(conn, columns=wanted, progress=progress)
        return cls(db_path=Path(db_path), as_of=as_of, all_lines=lines)

    @classmethod
    def of_lines(cls, lines: pd.DataFrame, as_of: date | None = None) -> SectionContext:
        """A context without a shop file (tests, the bench)."""
        return cls(db_path=None, as_of=as_of, all_lines=lines)


@dataclass(frozen=True)
class Section(Generic[P, R]):
    """One analysis. `compute(ctx, params, progress)` may raise a ShopLensError whose message
    says, in words, why it cannot run on this shop (shown as "skipped")."""

    name: str
    title: str  # plain words, e.g. "RFM segments"
    compute: Callable[[SectionContext, P, Progress | None], R]
    summary: Callable[[R], dict[str, Any]]  # the JSON of `main.py analyze`
    params: P  # the default parameters
    depends: tuple[str, ...] = ()
    columns: tuple[str, ...] = LINE_COLUMNS  # the line columns it reads
    tables: Callable[[R], dict[str, pd.DataFrame]] = lambda _result: {}
    charts: Callable[[R], list[ChartData]] = lambda _result: []
    weight: float = 1.0  # its share of a whole run's time, for progress
    #: What else of the shop file the result depends on besides its lines (the stock figures
    #: the user typed, say), as a short text: a result is current only while it is unchanged.
    inputs: Callable[[sqlite3.Connection], str] | None = None


Status = Literal["ok", "skipped", "error"]


@dataclass(frozen=True)
class SectionOutcome:
    """One section's result in a run, computed now or read back from the shop file."""

    name: str
    status: Status
    result: Any  # the section's typed result (None unless ok)
    reason: str | None  # why it was skipped or failed, in words
    summary: dict[str, Any]  # the JSON of `analyze`
    charts: list[ChartData]
    as_of: date | None
    data_version: int
    computed_at: datetime
    lines: int  # order lines it was computed from
    from_store: bool  # read back from the shop file (not computed in this run)
    tables: list[str] = field(default_factory=list)  # result_<name> tables it wrote
    seconds: float = 0.0  # time it took in this run: computing, or reading back

    @property
    def ok(self) -> bool:
        return self.status == "ok"
