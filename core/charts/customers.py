"""Customer charts: segments, the cohort heatmap, the cluster map and one customer's history.

Built once in core as matplotlib Figures (object API) for the Customers tab and the report;
every word goes through `translate`, segment names included, so the charts follow the
interface language.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from core.charts.style import (
    AXIS_FORMATTER,
    PALETTE,
    date_axis,
    new_figure,
    short_number,
    tidy_axes,
)
from core.customers.clusters import describe

Translate = Callable[[str], str]
CLUSTER_COLOURS: tuple[str, ...] = (
    "#2563eb",
    "#059669",
    "#f59e0b",
    "#dc2626",
    "#7c3aed",
    "#0891b2",
    "#db2777",
    "#65a30d",
)


def _same(text: str) -> str:
    return text


def _empty(fig: Figure, message: str) -> Figure:
    ax = fig.add_subplot()
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", color=PALETTE["text"], wrap=True)
    return fig


def segment_figure(segments: pd.DataFrame, translate: Translate = _same) -> Figure:
    """Customers per RFM segment (bars) with each segment's share of revenue written beside."""
    fig = new_figure(6.4, 4.0)
    shown = segments[segments["customers"] > 0]
    if shown.empty:
        return _empty(fig, translate("No customers to segment"))
    ax = fig.add_subplot()
    names = [translate(str(n)) for n in shown.index][::-1]
    counts = shown["customers"].to_numpy()[::-1]
    shares = shown["revenue_share"].to_numpy()[::-1]
    ax.barh(names, counts, color=PALETTE["net"], height=0.65)
    for y, (count, share) in enumerate(zip(counts, shares, strict=True)):
        ax.text(
            count,
            y,
            "  " + translate("{share} of revenue").format(share=f"{share:.0%}"),
            va="center",
            fontsize=8,
            color=PALETTE["text"],
        )
    ax.set_xlim(0, counts.max() * 1.45)
    ax.set_title(translate("Customers per segment"))
    ax.xaxis.set_major_formatter(AXIS_FORMATTER)
    ax.grid(axis="x", color=PALETTE["grid"], linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig


COHORT_TITLES = {
    "retention": "Share of customers who bought again",
    "revenue": "Net revenue per customer",
}


def cohort_heatmap_figure(
    retention: pd.DataFrame, translate: Translate = _same, kind: str = "retention"
) -> Figure:
    """A cohort x months-since-first-purchase matrix as a heatmap: the share of each monthly
    cohort that bought again (`kind="retention"`) or net revenue per cohort customer
    (`kind="revenue"`)."""
    fig = new_figure(7.0, 4.2)
    if retention.empty:
        return _empty(fig, translate("No cohorts yet"))
    ax = fig.add_subplot()
    values = retention.to_numpy(dtype="float64")
    shown = np.where(np.isnan(values), np.nan, values)
    # month 0 is 100% by definition: cap the colours at the best later month so they differ
    later = values[:, 1:] if values.shape[1] > 1 else values
    top = float(np.nanmax(later)) if np.isfinite(later).any() else 1.0
    cmap = "Blues" if kind == "retention" else "Greens"
    image = ax.imshow(shown, aspect="auto", cmap=cmap, vmin=0.0, vmax=max(top, 1e-9))
    rows, cols = values.shape
    if rows <= 24 and cols <= 24:
        for i in range(rows):
            for j in range(cols):
                if np.isfinite(values[i, j]):
                    dark = values[i, j] > top * 0.6
                    ax.text(
                        j,
                        i,
                        f"{values[i, j]:.0%}"
                        if kind == "retention"
                        else short_number(values[i, j]),
                        ha="center",
                        va="center",
                        fontsize=6.5,
                        color="white" if dark else PALETTE["text"],
                    )
    ax.set_xticks(range(cols), [str(c) for c in retention.columns], fontsize=8)
    step = max(1, rows // 16)
    ax.set_yticks(range(0, rows, step), [str(c) for c in retention.index[::step]], fontsize=8)
    ax.set_xlabel(translate("Months since first purchase"))
    ax.set_ylabel(translate("First purchase in"))
    ax.set_title(translate(COHORT_TITLES[kind]))
    if kind == "retention":
        fig.colorbar(image, ax=ax, format=lambda v, _p: f"{v:.0%}", shrink=0.8)
    else:
        fig.colorbar(image, ax=ax, format=AXIS_FORMATTER, shrink=0.8)
    return fig


def cluster_scatter_figure(
    customers: pd.DataFrame, profiles: pd.DataFrame, translate: Translate = _same
) -> Figure:
    """Each customer by days since last order and net spend (log scales, a negative net spend
    drawn at 0), coloured by cluster."""
    fig = new_figure(6.4, 4.0)
    if customers.empty:
        return _empty(fig, translate("No customers to group"))
    ax = fig.add_subplot()
    sample = customers.sample(min(len(customers), 6000), random_state=0)
    for cluster, group in sample.groupby("cluster"):
        index = int(str(cluster))
        description = str(profiles.loc[index, "description"]) if index in profiles.index else ""
        ax.scatter(
            group["recency"] + 1,
            # a net spend below 0 (more returned than bought) has no place on a log axis
            group["monetary"].clip(lower=0.0) + 1,
            s=6,
            alpha=0.5,
            color=CLUSTER_COLOURS[index % len(CLUSTER_COLOURS)],
            label=f"{index + 1}: {describe(description, translate)}",
            linewidths=0,
        )
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.xaxis.set_major_formatter(AXIS_FORMATTER)
    ax.yaxis.set_major_formatter(AXIS_FORMATTER)
    ax.set_xlabel(translate("Days since last order"))
    ax.set_ylabel(translate("Net spend"))
    ax.set_title(translate("Customer groups"))
    ax.legend(loc="lower left", fontsize=7, frameon=True, markerscale=2.5)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig


def customer_history_figure(
    history: pd.DataFrame,
    next_order: pd.Timestamp | None = None,
    translate: Translate = _same,
) -> Figure:
    """One customer's purchases (net value per day) and returns, with the expected next order.

    `history`: columns day, sold, returned (returned >= 0).
    """
    fig = new_figure(6.4, 2.8)
    if history.empty:
        return _empty(fig, translate("No orders for this customer"))
    ax = fig.add_subplot()
    days = pd.to_datetime(history["day"])
    ax.bar(days, history["sold"], width=3, color=PALETTE["net"], label=translate("Bought"))
    if (history["returned"] > 0).any():
        ax.bar(
            days,
            -history["returned"],
            width=3,
            color=PALETTE["returns"],
            label=translate("Returned"),
        )
    if next_order is not None and not pd.isna(next_order):
        ax.axvline(
            pd.Timestamp(next_order).to_pydatetime(),  # type: ignore[arg-type]
            color=PALETTE["orders"],
            linestyle="--",
            label=translate("Expected next order"),
        )
    ax.axhline(0, color=PALETTE["text"], linewidth=0.6)
    tidy_axes(ax)
    date_axis(ax, translate)
    ax.set_title(translate("Order history"))
    ax.legend(loc="upper left", frameon=False, ncols=3, fontsize=8)
    return fig
