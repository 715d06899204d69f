"""The Overview's charts on Online Retail: the month the data end in is marked incomplete (not
drawn as a collapse), and a shop with one month of orders gets a readable chart (the bar does
not fill the plot, the legend does not cover it, the orders point lies inside it)."""

from __future__ import annotations

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import date2num
from matplotlib.figure import Figure

from core.analysis.kpis import KpiParams, compute_kpis
from core.charts.overview import incomplete_last, orders_customers_figure, sales_trend_figure


def _drawn(fig: Figure) -> Figure:
    FigureCanvasAgg(fig).draw()
    return fig


def _hatched(fig: Figure) -> list[str]:
    return [str(p.get_hatch()) for p in fig.axes[0].patches if p.get_hatch()]


def test_the_month_the_data_end_in_is_marked(online_retail_lines: pd.DataFrame) -> None:
    result = compute_kpis(online_retail_lines, KpiParams(period="month"))
    assert result.series.index[-1] == pd.Timestamp("2011-12-01")  # the data end on 2011-12-09
    assert result.current_label == "2011-11"
    assert incomplete_last(result)
    for fig in (sales_trend_figure(result), orders_customers_figure(result)):
        ax = _drawn(fig).axes[0]
        assert _hatched(fig) == ["///"]
        assert [t.get_text() for t in ax.texts] == ["Incomplete: to 12-09"]
    orders = orders_customers_figure(result).axes[0]
    solid, dashed = orders.lines[0], orders.lines[1]
    assert len(solid.get_xdata()) == 12  # December 2010 to November 2011
    assert dashed.get_linestyle() == "--"
    assert list(dashed.get_ydata()) == [2_770.0, float(result.series["orders"].iloc[-1])]


def test_complete_months_are_not_marked(online_retail_lines: pd.DataFrame) -> None:
    lines = online_retail_lines
    to_november = lines[lines["order_date"] < "2011-12-01"]
    result = compute_kpis(to_november, KpiParams(period="month"))
    assert result.current_label == "2011-11"
    assert not incomplete_last(result)
    fig = _drawn(sales_trend_figure(result))
    assert not _hatched(fig) and not fig.axes[0].texts


def test_one_month_of_orders_reads(online_retail_lines: pd.DataFrame) -> None:
    lines = online_retail_lines
    march = lines[(lines["order_date"] >= "2011-03-01") & (lines["order_date"] < "2011-03-19")]
    result = compute_kpis(march, KpiParams(period="month"))
    assert len(result.series) == 1
    assert incomplete_last(result)
    orders_march = float(march.loc[~march["is_return"], "order_id"].nunique())
    assert float(result.series["orders"].iloc[0]) == orders_march
    for fig in (sales_trend_figure(result), orders_customers_figure(result)):
        ax = _drawn(fig).axes[0]
        left, right = ax.get_xlim()
        bar = next(p for p in ax.patches if not p.get_hatch())
        # the bar takes well under half of the plot's width, with room on both sides
        assert bar.get_x() > left and bar.get_x() + bar.get_width() < right
        assert bar.get_width() < (right - left) / 3
        legend = ax.get_legend().get_window_extent()
        plot = ax.get_window_extent()
        assert legend.y0 >= plot.y1  # above the plot, covering nothing
        assert [t.get_text() for t in ax.texts] == ["Incomplete: to 03-18"]
    orders_ax = orders_customers_figure(result).axes[0]
    _drawn(orders_ax.figure)  # type: ignore[arg-type]
    point = orders_ax.lines[-1]
    assert list(point.get_ydata()) == [orders_march]
    bottom, top = orders_ax.get_ylim()
    left, right = orders_ax.get_xlim()
    assert bottom <= orders_march < top
    assert left < date2num(point.get_xdata()[0]) < right
