"""A campaign's profit curve: cumulative expected net over the customers sorted best first, the
peak marked as the suggested audience size.

Why a curve and not a number: the card must say how many customers are worth contacting, not
only who matches, and the curve shows how flat or steep the choice around the peak is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from matplotlib.figure import Figure

from core.charts.style import PALETTE, new_figure, tidy_axes

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


def profit_curve_figure(
    categories: Sequence[str],
    values: Sequence[float | None],
    suggested: int,
    translate: Translate = _same,
    width: float = 7.0,
) -> Figure:
    """Draw a `campaign_curve_*` chart of the campaigns section (its categories are customer
    counts, its one series the cumulative expected net)."""
    fig = new_figure(width, 3.2)
    ax = fig.add_subplot()
    x = np.array([int(c) for c in categories], dtype="int64")
    y = np.array([np.nan if v is None else v for v in values], dtype="float64")
    ax.plot(x, y, color=PALETTE["net"], linewidth=2)
    ax.axhline(0, color=PALETTE["text"], linewidth=0.8)
    if suggested:
        best = float(np.nanmax(y)) if len(y) else 0.0
        ax.axvline(suggested, color=PALETTE["orders"], linestyle="--", linewidth=1.2)
        ax.annotate(
            translate("Suggested size") + f": {suggested:,}",
            (suggested, best),
            textcoords="offset points",
            xytext=(6, -14),
            color=PALETTE["orders"],
        )
    ax.set_title(translate("Expected profit by number of customers contacted"))
    ax.set_xlabel(translate("Customers contacted, best first"))
    ax.set_ylabel(translate("Expected net"))
    tidy_axes(ax)
    return fig
