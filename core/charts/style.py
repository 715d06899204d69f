"""One look for every chart: a CJK-capable font list, colours and number formats.

Chinese product names and labels must render as glyphs, not boxes, so the sans-serif list
starts with fonts that carry CJK (Noto Sans CJK on Linux, Microsoft YaHei on Windows, PingFang
on macOS) and falls back to DejaVu Sans.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
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


#: Month names on date axes, looked up through the chart's `translate` (二月 in Chinese).
MONTHS: tuple[str, ...] = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
#: The patterns of dates longer than a month name, also looked up through `translate`
#: ("{year}-{month}" reads "2020-Feb" in English, "2020年2月" in Chinese). Values: year, month
#: (its translated name), m (its number), day (two digits) and d (the day's number).
YEAR_MONTH = "{year}-{month}"
MONTH_DAY = "{month}-{day}"
YEAR_MONTH_DAY = "{year}-{month}-{day}"
_MARKED = re.compile(r"(?:(\d{4})-)?@(\d{2})(?:-(\d{2}))?")


class WordsDateFormatter(ConciseDateFormatter):
    """Matplotlib's concise date labels with month names and date patterns in the language of
    the chart's `translate`: the strftime month names (%b) are the C locale's English whatever
    the interface says, so the months are marked (@02) and written here instead."""

    def __init__(self, locator: AutoDateLocator, translate: Callable[[str], str]) -> None:
        super().__init__(  # type: ignore[no-untyped-call]
            locator,
            formats=["%Y", "@%m", "%d", "%H:%M", "%H:%M", "%S.%f"],
            zero_formats=["", "%Y", "@%m", "@%m-%d", "%H:%M", "%H:%M"],
            offset_formats=["", "%Y", "%Y-@%m", "%Y-@%m-%d", "%Y-@%m-%d", "%Y-@%m-%d %H:%M"],
        )
        self._translate = translate

    def _words(self, label: str) -> str:
        return _MARKED.sub(self._replace, label)

    def _replace(self, found: re.Match[str]) -> str:
        year, month, day = found.groups()
        values = {
            "year": year,
            "month": self._translate(MONTHS[int(month) - 1]),
            "m": str(int(month)),
            "day": day,
            "d": str(int(day)) if day else "",
        }
        if year and day:
            return self._translate(YEAR_MONTH_DAY).format(**values)
        if year:
            return self._translate(YEAR_MONTH).format(**values)
        if day:
            return self._translate(MONTH_DAY).format(**values)
        return str(values["month"])

    def format_ticks(self, values: Any) -> list[str]:
        labels = super().format_ticks(values)  # type: ignore[no-untyped-call]
        return [self._words(str(label)) for label in labels]

    def get_offset(self) -> str:
        return self._words(str(super().get_offset()))  # type: ignore[no-untyped-call]


def date_axis(ax: Axes, translate: Callable[[str], str], few: bool = False) -> None:
    """Concise dates on the x axis, worded by `translate` (`few`: 2 to 6 ticks, for a shop with
    a month or two of orders)."""
    locator = (
        AutoDateLocator(minticks=2, maxticks=6)  # type: ignore[no-untyped-call]
        if few
        else AutoDateLocator()  # type: ignore[no-untyped-call]
    )
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(WordsDateFormatter(locator, translate))
