"""What a forecast cannot know with less than two years of history: the yearly season.

Why: one year of history is one noisy copy of the season, so no method here learns it (seasonal
naive repeats the last period, see core.forecast.view.choose_season). A real shop's whole-shop
forecast into its Christmas quarter was flat at 158k a week against an actual 207-363k, and its
80% band covered 0 of 8 weeks. So, with less than two years of history:
- the forecast says so (SHORT_HISTORY_NOTE, in the level's notes and JSON summary);
- for future periods in the months that were the series' highest last year (its top PEAK_MONTHS
  months, when it sold for the whole last year) the upper bands are raised by what last year's
  lift of that month would add: forecast x (month mean / year mean - 1). The forecast itself
  is left alone (one year's lift is a warning, not a measurement), the band says it may come.
"""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd

from core.forecast.series import Panel

log = logging.getLogger(__name__)

#: Periods in a year, per frequency.
YEAR: dict[str, int] = {"day": 365, "week": 52, "month": 12}
#: How many of last year's months count as its peak.
PEAK_MONTHS = 3
SHORT_HISTORY_NOTE = (
    "less than two years of history: a yearly peak cannot be foreseen; the bands are widened "
    "for the months that sold most last year"
)


def short_history(panel: Panel) -> bool:
    """Whether the panel spans less than two years (the yearly season cannot be learnt)."""
    return panel.length < 2 * YEAR[panel.frequency]


def peak_lift(panel: Panel, future: pd.DatetimeIndex) -> np.ndarray:
    """(n, H) last year's lift of each future period's month for series that sold the whole
    last year, where that month was among the series' PEAK_MONTHS highest; 1 elsewhere."""
    n, h = panel.size, len(future)
    lift = np.ones((n, h))
    year = YEAR[panel.frequency]
    if panel.length < year:
        return lift
    last = panel.values[:, -year:]
    months = pd.DatetimeIndex(panel.periods[-year:]).month.to_numpy()
    if len(np.unique(months)) < 12:  # daily/weekly periods cover every month in a year
        return lift
    whole_year = panel.start <= panel.length - year
    mean_all = last.mean(axis=1)
    by_month = np.stack([last[:, months == m].mean(axis=1) for m in range(1, 13)], axis=1)
    ratio = np.divide(
        by_month,
        mean_all[:, None],
        out=np.ones_like(by_month),
        where=mean_all[:, None] > 0,
    )
    top = np.argsort(-ratio, axis=1, kind="stable")[:, :PEAK_MONTHS]
    peak = np.zeros_like(ratio, dtype=bool)
    np.put_along_axis(peak, top, True, axis=1)
    usable = peak & (ratio > 1) & whole_year[:, None]
    wanted = pd.DatetimeIndex(future).month.to_numpy() - 1
    return np.where(usable[:, wanted], ratio[:, wanted], 1.0)


def widen_bands(
    bands: dict[float, tuple[np.ndarray, np.ndarray]], forecast: np.ndarray, lift: np.ndarray
) -> dict[float, tuple[np.ndarray, np.ndarray]]:
    """Raise each upper band by forecast x (lift - 1) (see the module docstring)."""
    extra = np.maximum(forecast, 0.0) * (lift - 1.0)
    return {level: (lower, upper + extra) for level, (lower, upper) in bands.items()}
