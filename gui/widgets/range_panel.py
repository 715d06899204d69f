"""The Overview's date range: a choice of days (the last complete period, the last 30 / 90 /
365 days, this year, or two dates), and the range's top products, countries and channels as
small tables, with the customer counts of the three tabs explained.

Why the range is computed here on demand and not kept in the shop file: a merchant flips
between ranges many times; the first job reads the lines once and reduces them to arrays
(core.analysis.date_range.prepare_lines, a few seconds on Online Retail), every later range is
a slice of them in the worker (milliseconds), so the tab never waits on the shop file again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.analysis.date_range import (
    DateRange,
    RangeLines,
    RangeSummary,
    prepare_lines,
    preset_range,
    read_range_lines,
    summarize_range,
)
from core.progress import Progress
from gui.models.dataframe_model import DataFrameModel
from gui.tasks import TaskRunner
from gui.widgets.table_view import DataFrameView

if TYPE_CHECKING:  # the counts module reads SciPy's matrices: loaded in the worker, on first use
    from core.sections.customer_counts import CustomerCounts

logger = logging.getLogger(__name__)

OWNER = "overview_range"
PERIOD = "period"  # the key of "the last complete period" (the Overview's cards as they were)
TOP_ROWS = 10


@dataclass(frozen=True)
class RangeData:
    """What the worker hands back; `prepared` and `counts` are kept for the next range."""

    prepared: RangeLines
    counts: CustomerCounts
    summary: RangeSummary


def range_job(
    db_path: Path,
    as_of: date | None,
    known: tuple[RangeLines, CustomerCounts] | None,
    preset: str,
    custom: DateRange | None,
    progress: Progress,
) -> RangeData:
    """Worker: read and reduce the lines unless `known`, then summarize the chosen range."""
    if known is None:
        from core.sections.customer_counts import customer_counts

        progress(0.1, "")
        lines = read_range_lines(db_path, as_of)
        progress(0.4, "")  # each step ends where a cancel (another range, closing) stops it
        prepared = prepare_lines(lines)
        progress(0.7, "")
        known = (prepared, customer_counts(lines))
        progress(0.9, "")
    prepared, counts = known
    end = prepared.data_end or as_of or date.today()
    if preset == PERIOD:
        whole = DateRange(prepared.data_start or end, end)
        rng = custom if custom is not None else whole
    else:
        rng = preset_range(preset, end, custom)  # type: ignore[arg-type]
    summary = summarize_range(prepared, rng, TOP_ROWS)
    progress(1.0, "")
    return RangeData(prepared, counts, summary)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class RangePanel(QWidget):
    """See the module docstring. `summarized` carries each RangeData once its tables show."""

    summarized = Signal(object)  # RangeData
    preset_changed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rangePanel")
        self._runner = runner
        self._db_path: Path | None = None
        self._as_of: date | None = None
        self._known: tuple[RangeLines, CustomerCounts] | None = None
        self._period_range: DateRange | None = None
        self._data: RangeData | None = None
        self._stale = False  # lines to read afresh at the next refresh
        self.combo = QComboBox(self)
        self.combo.setObjectName("rangeCombo")
        for key, text in (
            (PERIOD, self.tr("Last complete period")),
            ("last_30", self.tr("Last 30 days")),
            ("last_90", self.tr("Last 90 days")),
            ("last_365", self.tr("Last 365 days")),
            ("this_year", self.tr("This year")),
            ("custom", self.tr("Custom dates")),
        ):
            self.combo.addItem(text, key)
        self.combo.setToolTip(
            self.tr("The days the cards and tables add up; they end on the last order day.")
        )
        self.start_edit = self._date_edit("rangeStart")
        self.end_edit = self._date_edit("rangeEnd")
        self.combo.currentIndexChanged.connect(self._on_preset)
        self.start_edit.dateChanged.connect(lambda _d: self._on_dates())
        self.end_edit.dateChanged.connect(lambda _d: self._on_dates())
        self.products = self._table("topProducts")
        self.countries = self._table("topCountries")
        self.channels = self._table("topChannels")
        self.caption = QLabel(self)
        self.caption.setObjectName("rangeCaption")
        self.caption.setWordWrap(True)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("customerCounts")
        self.counts_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        tables = QHBoxLayout()
        for title, view in (
            (self.tr("Top products"), self.products),
            (self.tr("Top countries"), self.countries),
            (self.tr("Top channels"), self.channels),
        ):
            box = QGroupBox(title, self)
            box.setObjectName(f"{view.objectName()}Box")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 4, 4, 4)
            inner.addWidget(view)
            tables.addWidget(box, 2 if view is self.products else 1)
        layout.addWidget(self.caption)
        layout.addLayout(tables)
        layout.addWidget(self.counts_label)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setVisible(False)
        return edit

    def _table(self, name: str) -> DataFrameView:
        view = DataFrameView(self, DataFrameModel(parent=self))
        view.setObjectName(name)
        view.setMinimumHeight(150)
        view.setMaximumHeight(230)
        return view

    # --- public ------------------------------------------------------------------------
    def preset(self) -> str:
        return str(self.combo.currentData())

    def data(self) -> RangeData | None:
        return self._data

    def set_shop(self, db_path: Path, as_of: date | None) -> None:
        """Another shop, another as-of day or new lines: the lines are read afresh once the
        Overview gives its last complete period (`set_period_range`)."""
        self._db_path, self._as_of, self._known = Path(db_path), as_of, None
        self._stale = True

    def set_period_range(self, rng: DateRange | None) -> None:
        """The last complete period of the cards (the tables of the "period" choice)."""
        changed = rng != self._period_range
        self._period_range = rng
        if self._stale or (changed and self.preset() == PERIOD):
            self.refresh()

    def set_custom_range(self, start: date, end: date) -> None:
        """Choose two dates (the user's custom range, or a test's)."""
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.combo.findData("custom"))
        self.combo.blockSignals(False)
        self._show_dates()

    def refresh(self) -> None:
        if self._db_path is None:
            return
        self._stale = False
        preset = self.preset()
        custom: DateRange | None = None
        if preset == PERIOD:
            custom = self._period_range
        elif preset == "custom":
            start, end = _pydate(self.start_edit.date()), _pydate(self.end_edit.date())
            custom = DateRange(min(start, end), max(start, end))
        self.caption.setText(self.tr("Adding up the chosen days…"))
        task = self._runner.start(
            OWNER, range_job, self._db_path, self._as_of, self._known, preset, custom
        )
        task.finished.connect(self._on_done)
        task.failed.connect(self.caption.setText)

    # --- events ------------------------------------------------------------------------
    def _on_preset(self, _index: int) -> None:
        custom = self.preset() == "custom"
        if custom and self._data is not None:  # start from the range shown
            for edit, day in (
                (self.start_edit, self._data.summary.range.start),
                (self.end_edit, self._data.summary.range.end),
            ):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self._show_dates()

    def _show_dates(self) -> None:
        custom = self.preset() == "custom"
        self.start_edit.setVisible(custom)
        self.end_edit.setVisible(custom)
        self.preset_changed.emit(self.preset())
        self.refresh()

    def _on_dates(self) -> None:
        if self.preset() == "custom":
            self.refresh()

    def _on_done(self, data: RangeData) -> None:
        self._known = (data.prepared, data.counts)
        self._data = data
        summary = data.summary
        self.caption.setText(self._caption(summary))
        self._fill(self.products, summary.top_products, self.tr("Product"))
        self._fill(self.countries, summary.top_countries, self.tr("Country"))
        self._fill(self.channels, summary.top_channels, self.tr("Channel"))
        box = self.channels.parentWidget()
        if box is not None:  # most exports name no channel: no empty box
            box.setVisible(not summary.top_channels.empty)
        self.counts_label.setText(self.counts_text(data.counts))
        self.summarized.emit(data)

    def _fill(self, view: DataFrameView, table: pd.DataFrame, name: str) -> None:
        headers = {
            "name": name,
            "gross_sales": self.tr("Gross sales"),
            "orders": self.tr("Orders"),
            "units": self.tr("Units"),
            "customers": self.tr("Customers"),
        }
        if view is not self.products:  # narrow boxes: who buys there counts more than units
            table = table.drop(columns=["units"])
        view.frame_model().set_frame(table, headers)
        view.fit_columns(320 if name == self.tr("Product") else 160)

    def _caption(self, summary: RangeSummary) -> str:
        rng, before = summary.range, summary.year_ago
        text = self.tr("{start} to {end} ({days} days)").format(
            start=rng.start.isoformat(), end=rng.end.isoformat(), days=f"{rng.days:,}"
        )
        if self.preset() == PERIOD:  # the cards compare it with the period before
            return self.tr("Top of {start} to {end}").format(
                start=rng.start.isoformat(), end=rng.end.isoformat()
            )
        if summary.year_ago_figures is not None:
            text += self.tr(", compared with {start} to {end}").format(
                start=before.start.isoformat(), end=before.end.isoformat()
            )
        elif summary.data_start is not None:
            text += self.tr(
                ": no comparison with the year before, the orders start on {start}"
            ).format(start=summary.data_start.isoformat())
        if summary.data_end is not None and rng.end > summary.data_end:
            text += self.tr(" · the orders end on {end}, before the range does").format(
                end=summary.data_end.isoformat()
            )
        return text

    def counts_text(self, counts: CustomerCounts) -> str:
        """The three tabs' customer counts and why they differ, in one sentence."""
        return self.tr(
            "Customers: {overview} have an order line here; the Customers tab counts {bought} "
            "({only_returns} only sent goods back, so they have no purchase to analyse); the "
            "Recommendations tab counts {kept} ({returned} more returned everything they "
            "bought)."
        ).format(
            overview=f"{counts.with_lines:,}",
            bought=f"{counts.bought:,}",
            only_returns=f"{counts.only_returns:,}",
            kept=f"{counts.kept_something:,}",
            returned=f"{counts.returned_everything:,}",
        )
