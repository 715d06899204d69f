"""Overview charts: the sales trend and the orders / customers trend of a KpiResult.

Every word on a chart goes through `translate` (the GUI passes Qt's translator, the report its
language), so the charts follow the interface language. Long daily series are drawn as lines:
four hundred bars side by side cannot be read.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.dates import date2num
from matplotlib.figure import Figure

from core.analysis.date_range import complete_period_range
from core.analysis.kpis import KpiResult
from core.charts.style import PALETTE, date_axis, new_figure, tidy_axes

Translate = Callable[[str], str]
_BAR_LIMIT = 62  # more periods than this: lines instead of bars
_BAR_WIDTH_DAYS = {"day": 0.8, "week": 5.0, "month": 20.0}
SALES_TITLES = {"day": "Sales per day", "week": "Sales per week", "month": "Sales per month"}
ORDERS_TITLES = {
    "day": "Orders and customers per day",
    "week": "Orders and customers per week",
    "month": "Orders and customers per month",
}


def _same(text: str) -> str:
    return text


def _empty(fig: Figure, message: str) -> Figure:
    ax = fig.add_subplot()
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", color=PALETTE["text"])
    return fig


def _num(day: pd.Timestamp) -> float:
    """Matplotlib's number for a day (limits and spans on a date axis)."""
    return float(date2num(day))  # type: ignore[no-untyped-call]


_PERIOD_DAYS = {"day": 1.0, "week": 7.0, "month": 30.4}
_FEW_PERIODS = 4  # fewer than this: the axis is widened so one bar is not the whole chart


def incomplete_last(result: KpiResult) -> bool:
    """The data end inside the last period (a month cut on the 9th): its bar is not a fall."""
    if result.series.empty or result.date_max is None:
        return False
    complete = complete_period_range(result)
    return complete is None or complete.start < result.series.index[-1].date()


def _date_axis(ax: Axes, result: KpiResult, translate: Translate) -> None:
    """Dates on x; the legend above the plot, never over a bar; a shop with a month or two of
    orders gets room around its bars; the last period marked when the data end inside it."""
    tidy_axes(ax)
    x = result.series.index
    few = len(x) < _FEW_PERIODS
    if few:
        pad = pd.Timedelta(days=_PERIOD_DAYS[result.period])
        ax.set_xlim(_num(x[0] - pad), _num(x[-1] + pad))
    date_axis(ax, translate, few=few)
    ax.set_ylim(bottom=0, top=max(ax.get_ylim()[1], 1.0) * 1.08)
    if incomplete_last(result) and result.date_max is not None:
        half = pd.Timedelta(days=_PERIOD_DAYS[result.period] * 0.45)
        last = x[-1]
        ax.axvspan(
            _num(last - half),
            _num(last + half),
            facecolor="none",
            edgecolor=PALETTE["text"],
            hatch="///",
            alpha=0.35,
            linewidth=0,
            zorder=3,
        )
        ax.annotate(
            translate("Incomplete: to {date}").format(date=f"{result.date_max:%m-%d}"),
            xy=(_num(last), 0.99),
            xycoords=("data", "axes fraction"),
            ha="right",
            va="top",
            fontsize=8,
            color=PALETTE["text"],
            bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "alpha": 0.85, "lw": 0},
            zorder=4,
        )
    # just above the plot whatever its height; the title's pad leaves it room
    ax.legend(
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        borderaxespad=0.2,
        frameon=False,
        ncols=4,
        fontsize=9,
    )


def sales_trend_figure(result: KpiResult, translate: Translate = _same) -> Figure:
    """Gross and net sales per period, with returns as a red line and fees and adjustments (when
    the shop has any) as a dashed one: neither hides in the other."""
    fig = new_figure()
    series = result.series
    if series.empty:
        return _empty(fig, translate("No orders yet"))
    ax = fig.add_subplot()
    x = series.index
    if len(series) > _BAR_LIMIT:
        ax.fill_between(
            x,
            series["gross_sales"],
            color=PALETTE["gross"],
            step="mid",
            label=translate("Gross sales"),
        )
        ax.plot(
            x,
            series["net_sales"],
            color=PALETTE["net"],
            linewidth=1.2,
            drawstyle="steps-mid",
            label=translate("Net sales"),
        )
    else:
        width = _BAR_WIDTH_DAYS[result.period]
        ax.bar(
            x,
            series["gross_sales"],
            width=width,
            color=PALETTE["gross"],
            label=translate("Gross sales"),
        )
        ax.bar(
            x,
            series["net_sales"],
            width=width * 0.6,
            color=PALETTE["net"],
            label=translate("Net sales"),
        )
    ax.plot(
        x, series["returns"], color=PALETTE["returns"], linewidth=1.5, label=translate("Returns")
    )
    if "fees" in series and series["fees"].abs().sum() > 0:
        ax.plot(
            x,
            series["fees"],
            color=PALETTE["fees"],
            linewidth=1.5,
            linestyle="--",
            label=translate("Fees and adjustments"),
        )
    title = translate(SALES_TITLES[result.period])
    ax.set_title(f"{title} ({result.currency})" if result.currency else title, pad=30)
    _date_axis(ax, result, translate)
    return fig


def orders_customers_figure(result: KpiResult, translate: Translate = _same) -> Figure:
    """Orders per period, and customers split into new and returning."""
    fig = new_figure()
    series = result.series
    if series.empty:
        return _empty(fig, translate("No orders yet"))
    ax = fig.add_subplot()
    x = series.index
    if len(series) > _BAR_LIMIT:
        ax.stackplot(
            x,
            series["new_customers"],
            series["returning_customers"],
            colors=[PALETTE["new"], PALETTE["returning"]],
            step="mid",
            labels=[translate("New customers"), translate("Returning customers")],
        )
        ax.plot(
            x,
            series["orders"],
            color=PALETTE["orders"],
            linewidth=1.0,
            drawstyle="steps-mid",
            label=translate("Orders"),
        )
    else:
        width = _BAR_WIDTH_DAYS[result.period]
        ax.bar(
            x,
            series["new_customers"],
            width=width,
            color=PALETTE["new"],
            label=translate("New customers"),
        )
        ax.bar(
            x,
            series["returning_customers"],
            width=width,
            bottom=series["new_customers"],
            color=PALETTE["returning"],
            label=translate("Returning customers"),
        )
        # the period the data end in is drawn dashed with a hollow point: not a collapse
        cut = len(series) - 1 if incomplete_last(result) else len(series)
        ax.plot(
            x[:cut],
            series["orders"].iloc[:cut],
            color=PALETTE["orders"],
            linewidth=2,
            marker="o",
            markersize=4,
            label=translate("Orders"),
        )
        if cut < len(series):
            tail = slice(max(cut - 1, 0), len(series))
            ax.plot(
                x[tail],
                series["orders"].iloc[tail],
                color=PALETTE["orders"],
                linewidth=1.5,
                linestyle="--",
                marker="o",
                markersize=5,
                markerfacecolor="white",
            )
    ax.set_title(translate(ORDERS_TITLES[result.period]), pad=30)
    _date_axis(ax, result, translate)
    return fig
