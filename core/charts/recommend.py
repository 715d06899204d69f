"""The Recommendations chart: how our lists and the best-seller list did on the last months.

Four measures side by side (hit rate, precision, NDCG, catalogue coverage at 10), as shares in
per cent so they read without a legend of formulas; every word goes through `translate`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from matplotlib.figure import Figure

from core.charts.style import PALETTE, new_figure, tidy_axes
from core.recommend.evaluate import EvaluationResult

Translate = Callable[[str], str]
MEASURES = ("Hit rate", "Precision", "NDCG", "Catalogue shown")


def _same(text: str) -> str:
    return text


def evaluation_figure(result: EvaluationResult, translate: Translate = _same) -> Figure:
    """Grouped bars: our top 10 against the best-seller list, per measure, in per cent."""
    fig = new_figure(6.4, 1.9)
    ax = fig.add_subplot()
    ours = [result.ours.hr, result.ours.precision, result.ours.ndcg, result.ours.coverage]
    popular = [
        result.popularity.hr,
        result.popularity.precision,
        result.popularity.ndcg,
        result.popularity.coverage,
    ]
    x = np.arange(len(MEASURES))
    width = 0.38
    for offset, values, colour, label in (
        (-width / 2, ours, PALETTE["net"], translate("Our top 10")),
        (width / 2, popular, PALETTE["gross"], translate("Best sellers")),
    ):
        bars = ax.bar(x + offset, [100 * v for v in values], width, color=colour, label=label)
        ax.bar_label(bars, labels=[f"{100 * v:.0f}%" for v in values], fontsize=8, padding=2)
    ax.set_xticks(x, [translate(m) for m in MEASURES])
    tidy_axes(ax)
    ax.yaxis.set_major_formatter(lambda value, _pos: f"{value:.0f}%")
    ax.set_ylim(0, max(100 * max(ours + popular), 1.0) * 1.2)
    ax.set_title(translate("How often the lists were right"))
    ax.legend(loc="upper right", frameon=False, ncols=2)
    return fig
