"""The `kpis` section (the Overview): totals, the last complete period against the one before,
and the day / week / month series, all from one pass over the shop's lines."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from core.analysis.kpis import KPI_COLUMNS, KpiParams, KpiResult, compute_kpis
from core.errors import NoOrdersError
from core.progress import Progress, scaled
from core.sections.base import ChartData, ChartSeries, Section, SectionContext
from core.sections.jsonable import clean

PERIODS = ("day", "week", "month")



@dataclass(frozen=True)
class OverviewParams:
    period: str = "month"  # the period the JSON compares (the window switches among all three)


@dataclass(frozen=True)
class OverviewResult:
    by_period: dict[str, KpiResult]  # "day" / "week" / "month" -> figures
    period: str

    @property
    def kpis(self) -> KpiResult:
        return self.by_period[self.period]


def empty_overview(params: OverviewParams = OverviewParams()) -> OverviewResult:
    """The Overview of a shop without orders: zero figures and the note that says so (the
    window shows it; `analyze` reports the section as skipped)."""
    lines = _no_lines()
    by_period = {
        period: compute_kpis(lines, KpiParams(period=period))  # type: ignore[arg-type]
        for period in PERIODS
    }
    return OverviewResult(by_period, params.period)


def _no_lines() -> pd.DataFrame:
    """An empty frame of order lines with the columns the Overview reads."""
    return pd.DataFrame(
        {
            "order_id": pd.Series(dtype="str"),
            "order_date": pd.Series(dtype="datetime64[ns]"),
            "customer_id": pd.Series(dtype="str"),
            "quantity": pd.Series(dtype="float64"),
            "amount": pd.Series(dtype="float64"),
            "refund_amount": pd.Series(dtype="float64"),
            "currency": pd.Series(dtype="str"),
            "is_return": pd.Series(dtype="bool"),
        }
    )


def compute(
    ctx: SectionContext, params: OverviewParams, progress: Progress | None
) -> OverviewResult:
    lines = ctx.lines
    if lines.empty:
        raise NoOrdersError("The shop has no orders yet: import an order export.")
    by_period = {
        period: compute_kpis(
            lines,
            KpiParams(period=period, as_of=ctx.as_of),  # type: ignore[arg-type]
            scaled(progress, i / len(PERIODS), (i + 1) / len(PERIODS)),
        )
        for i, period in enumerate(PERIODS)
    }
    return OverviewResult(by_period, params.period)


def _records(series: pd.DataFrame) -> list[dict[str, object]]:
    rows = series.reset_index()
    rows["period_start"] = rows["period_start"].dt.strftime("%Y-%m-%d")
    return [
        {str(k): (round(v, 2) if isinstance(v, float) else v) for k, v in r.items()}
        for r in rows.to_dict(orient="records")
    ]


def summary(result: OverviewResult) -> dict[str, Any]:
    kpis = result.kpis
    return clean(
        {
            "status": "ok",
            "currency": kpis.currency,
            "date_min": kpis.date_min.isoformat() if kpis.date_min else None,
            "date_max": kpis.date_max.isoformat() if kpis.date_max else None,
            "totals": kpis.totals,
            "period": kpis.period,
            "current_period": kpis.current_label,
            "previous_period": kpis.previous_label,
            "current": kpis.current,
            "change": {k: (round(v, 4) if v is not None else None) for k, v in kpis.change.items()},
            "notes": kpis.notes,
            "series": {name: _records(r.series) for name, r in result.by_period.items()},
        }
    )


def tables(result: OverviewResult) -> dict[str, pd.DataFrame]:
    return {f"kpis_{period}": r.series.reset_index() for period, r in result.by_period.items()}


def charts(result: OverviewResult) -> list[ChartData]:
    series = result.by_period["month"].series
    months = tuple(f"{t:%Y-%m}" for t in series.index)

    def values(column: str) -> tuple[float | None, ...]:
        return tuple(float(v) for v in series[column])

    return [
        ChartData(
            key="monthly_sales",
            title="Sales per month",
            kind="bar",
            categories=months,
            series=(
                ChartSeries("Gross sales", values("gross_sales"), "bar"),
                ChartSeries("Net sales", values("net_sales"), "bar"),
                ChartSeries("Returns and refunds", values("returns"), "line"),
            ),
            number_format="money",
        ),
        ChartData(
            key="monthly_orders",
            title="Orders and customers per month",
            kind="line",
            categories=months,
            series=(
                ChartSeries("Orders", values("orders")),
                ChartSeries("Customers", values("customers")),
                ChartSeries("New customers", values("new_customers")),
            ),
        ),
    ]


SECTION: Section[OverviewParams, OverviewResult] = Section(
    name="kpis",
    title="Overview",
    compute=compute,
    summary=summary,
    params=OverviewParams(),
    columns=tuple(KPI_COLUMNS),
    tables=tables,
    charts=charts,
)
