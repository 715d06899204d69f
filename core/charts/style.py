"""One look for every chart: a CJK-capable font list, colours and number formats.

Chinese product names and labels must render as glyphs, not boxes, so the sans-serif list
starts with fonts that carry CJK (Noto Sans CJK on Linux, Microsoft YaHei on Windows, PingFang
on macOS) and falls back to DejaVu Sans.
"""

from __future__ import annotations

import matplotlib as mpl
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

CJK_FONTS: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "SimHei",
    "DejaVu Sans",
)
PALETTE: dict[str, str] = {
    "net": "#2563eb",
    "gross": "#93c5fd",
    "returns": "#dc2626",
    "fees": "#ea580c",
    "orders": "#059669",
    "new": "#f59e0b",
    "returning": "#7c3aed",
    "grid": "#e5e7eb",
    "text": "#1f2937",
}


def apply_style() -> None:
    """Set the shared rcParams (fonts, sizes, minus sign) once per process."""
    mpl.rcParams["font.family"] = "sans-serif"
    mpl.rcParams["font.sans-serif"] = [*CJK_FONTS, *mpl.rcParams["font.sans-serif"]]
    mpl.rcParams["axes.unicode_minus"] = False  # CJK fonts lack U+2212
    mpl.rcParams["font.size"] = 10
    mpl.rcParams["axes.titlesize"] = 12
    mpl.rcParams["axes.titleweight"] = "bold"


def new_figure(width: float = 8.0, height: float = 3.6) -> Figure:
    """A Figure with the house style (object API only: no pyplot, no GUI backend)."""
    apply_style()
    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def short_number(value: float) -> str:
    """12,345,678 -> "12.3M": axis labels readable at a glance."""
    magnitude = abs(value)
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if magnitude >= limit:
            return f"{value / limit:.1f}{suffix}".replace(".0" + suffix, suffix)
    return f"{value:,.0f}"


AXIS_FORMATTER = FuncFormatter(lambda value, _pos: short_number(value))


def tidy_axes(ax: object) -> None:
    """Light grid, no top/right spines, short numbers on the y axis."""
    from matplotlib.axes import Axes

    assert isinstance(ax, Axes)
    ax.grid(axis="y", color=PALETTE["grid"], linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.yaxis.set_major_formatter(AXIS_FORMATTER)
