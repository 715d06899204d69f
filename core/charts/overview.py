"""Overview charts: the sales trend and the orders / customers trend of a KpiResult."""

from __future__ import annotations

from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure

from core.analysis.kpis import KpiResult
from core.charts.style import PALETTE, new_figure, tidy_axes

_PERIOD_WORD = {"day": "day", "week": "week", "month": "month"}


def _empty(fig: Figure, message: str) -> Figure:
    ax = fig.add_subplot()
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", color=PALETTE["text"])
    return fig


def sales_trend_figure(result: KpiResult) -> Figure:
    """Net sales per period as bars over gross, returns as a red line."""
    fig = new_figure()
    series = result.series
    if series.empty:
        return _empty(fig, "No orders yet")
    ax = fig.add_subplot()
    x = series.index
    width = {"day": 0.8, "week": 5.0, "month": 20.0}[result.period]
    ax.bar(x, series["gross_sales"], width=width, color=PALETTE["gross"], label="Gross sales")
    ax.bar(x, series["net_sales"], width=width * 0.6, color=PALETTE["net"], label="Net sales")
    ax.plot(x, series["returns"], color=PALETTE["returns"], linewidth=1.8, label="Returns")
    unit = f" ({result.currency})" if result.currency else ""
    ax.set_title(f"Sales per {_PERIOD_WORD[result.period]}{unit}")
    tidy_axes(ax)
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.legend(loc="upper left", frameon=False, ncols=3)
    return fig


def orders_customers_figure(result: KpiResult) -> Figure:
    """Orders per period, and customers split into new and returning."""
    fig = new_figure()
    series = result.series
    if series.empty:
        return _empty(fig, "No orders yet")
    ax = fig.add_subplot()
    x = series.index
    width = {"day": 0.8, "week": 5.0, "month": 20.0}[result.period]
    ax.bar(x, series["new_customers"], width=width, color=PALETTE["new"], label="New customers")
    ax.bar(
        x,
        series["returning_customers"],
        width=width,
        bottom=series["new_customers"],
        color=PALETTE["returning"],
        label="Returning customers",
    )
    ax.plot(x, series["orders"], color=PALETTE["orders"], linewidth=2, marker="o",
            markersize=3 if len(series) < 60 else 0, label="Orders")
    ax.set_title(f"Orders and customers per {_PERIOD_WORD[result.period]}")
    tidy_axes(ax)
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.legend(loc="upper left", frameon=False, ncols=3)
    return fig
