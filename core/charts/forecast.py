"""Forecast chart: a series' recent history, the forecast ahead and its 80% / 95% bands.

Every word goes through `translate` (see core/charts/overview.py). The history shown is the
last two seasons at most, so the weeks ahead are not squeezed into a corner of the chart.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from matplotlib.figure import Figure

from core.charts.style import PALETTE, date_axis, new_figure, tidy_axes
from core.forecast.engine import LevelForecast
from core.forecast.series import SEASON

Translate = Callable[[str], str]
TITLES = {
    ("net_sales", "day"): "Net sales per day",
    ("net_sales", "week"): "Net sales per week",
    ("net_sales", "month"): "Net sales per month",
    ("units", "day"): "Units per day",
    ("units", "week"): "Units per week",
    ("units", "month"): "Units per month",
}
FORECAST_COLOUR = "#ea580c"


def _same(text: str) -> str:
    return text


def forecast_figure(
    level: LevelForecast, row: int, translate: Translate = _same, width: float = 8.0
) -> Figure:
    """History, forecast and bands of series `row` of a level."""
    fig = new_figure(width, 3.6)
    ax = fig.add_subplot()
    panel = level.panel
    keep = min(panel.length, 2 * SEASON[panel.frequency] + 1)
    start = max(int(panel.start[row]), panel.length - keep)
    history_x = panel.periods[start:]
    history_y = panel.values[row, start:]
    future_x = level.future
    forecast = level.forecast[row]
    # the forecast line starts at the last actual value so the two read as one line
    joined_x = np.concatenate([history_x[-1:].to_numpy(), future_x.to_numpy()])
    joined_y = np.concatenate([history_y[-1:], forecast])
    lower95, upper95 = (band[row] for band in level.bands[0.95])
    lower80, upper80 = (band[row] for band in level.bands[0.8])
    ax.fill_between(
        future_x,
        lower95,
        upper95,
        color=FORECAST_COLOUR,
        alpha=0.15,
        linewidth=0,
        label=translate("95% range"),
    )
    ax.fill_between(
        future_x,
        lower80,
        upper80,
        color=FORECAST_COLOUR,
        alpha=0.30,
        linewidth=0,
        label=translate("80% range"),
    )
    if len(history_x):
        ax.plot(
            history_x,
            history_y,
            color=PALETTE["net"],
            linewidth=1.6,
            label=translate("Sales so far"),
        )
        ax.plot(
            joined_x,
            joined_y,
            color=FORECAST_COLOUR,
            linewidth=2.0,
            linestyle="--",
            label=translate("Forecast"),
        )
        ax.axvline(history_x[-1], color=PALETTE["grid"], linewidth=1.0)  # type: ignore[arg-type]
    else:
        ax.plot(
            future_x,
            forecast,
            color=FORECAST_COLOUR,
            linewidth=2.0,
            linestyle="--",
            label=translate("Forecast"),
        )
    title = translate(TITLES[(panel.measure, panel.frequency)])
    name = translate(panel.names[row]) if panel.level == "total" else panel.names[row]
    ax.set_title(f"{name} · {title}", loc="left")
    tidy_axes(ax)
    date_axis(ax, translate)
    ax.legend(loc="best", frameon=False, ncols=2, fontsize=9)
    ax.set_ylim(bottom=min(0.0, float(np.nanmin(history_y)) if len(history_y) else 0.0))
    return fig
