"""Overview charts: the sales trend and the orders / customers trend of a KpiResult.

Every word on a chart goes through `translate` (the GUI passes Qt's translator, the report its
language), so the charts follow the interface language. Long daily series are drawn as lines:
four hundred bars side by side cannot be read.
"""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.axes import Axes
from matplotlib.figure import Figure

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


def _date_axis(ax: Axes, translate: Translate) -> None:
    tidy_axes(ax)
    date_axis(ax, translate)
    ax.legend(loc="upper left", frameon=False, ncols=3)


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
    ax.set_title(f"{title} ({result.currency})" if result.currency else title)
    _date_axis(ax, translate)
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
        ax.plot(
            x,
            series["orders"],
            color=PALETTE["orders"],
            linewidth=2,
            marker="o",
            markersize=3,
            label=translate("Orders"),
        )
    ax.set_title(translate(ORDERS_TITLES[result.period]))
    _date_axis(ax, translate)
    return fig
