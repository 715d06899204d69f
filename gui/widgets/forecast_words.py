"""Words of the Forecast tab that come from core: method names, baselines, table headers,
chart words, and the accuracy panel's sentences built from core's figures.

Core returns figures and English keys; the window says them in the interface language, so
every word here goes through Qt's translator (listed for lupdate with QT_TRANSLATE_NOOP).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.forecast.engine import LevelForecast

translate = QCoreApplication.translate

METHOD_WORDS = {
    "global_gbm": QT_TRANSLATE_NOOP("Forecast", "gradient boosting across products"),
    "ets": QT_TRANSLATE_NOOP("Forecast", "exponential smoothing"),
    "tsb": QT_TRANSLATE_NOOP("Forecast", "TSB (occasional sales)"),
    "croston": QT_TRANSLATE_NOOP("Forecast", "Croston (occasional sales)"),
    "moving_average": QT_TRANSLATE_NOOP("Forecast", "moving average"),
    # the short and long windows read as the same method (its translation exists)
    "moving_average_short": QT_TRANSLATE_NOOP("Forecast", "moving average"),
    "moving_average_long": QT_TRANSLATE_NOOP("Forecast", "moving average"),
    "seasonal_naive": QT_TRANSLATE_NOOP("Forecast", "seasonal naive"),
    "combined": QT_TRANSLATE_NOOP("Forecast", "gradient boosting averaged with a simpler forecast"),
}
BASELINE_WORDS = (
    QT_TRANSLATE_NOOP("Forecast", "the last day"),
    QT_TRANSLATE_NOOP("Forecast", "the last week"),
    QT_TRANSLATE_NOOP("Forecast", "the last month"),
    QT_TRANSLATE_NOOP("Forecast", "the same weekday last week"),
    QT_TRANSLATE_NOOP("Forecast", "the same week last year"),
    QT_TRANSLATE_NOOP("Forecast", "the same month last year"),
)
PERIOD_WORDS = {
    "day": QT_TRANSLATE_NOOP("Forecast", "days"),
    "week": QT_TRANSLATE_NOOP("Forecast", "weeks"),
    "month": QT_TRANSLATE_NOOP("Forecast", "months"),
}
# The words core.charts.forecast puts on the chart; chart_text in overview_tab translates them.
CHART_WORDS = (
    QT_TRANSLATE_NOOP("Charts", "95% range"),
    QT_TRANSLATE_NOOP("Charts", "80% range"),
    QT_TRANSLATE_NOOP("Charts", "Sales so far"),
    QT_TRANSLATE_NOOP("Charts", "Forecast"),
    QT_TRANSLATE_NOOP("Charts", "Whole shop"),
    QT_TRANSLATE_NOOP("Charts", "Net sales per day"),
    QT_TRANSLATE_NOOP("Charts", "Net sales per week"),
    QT_TRANSLATE_NOOP("Charts", "Net sales per month"),
    QT_TRANSLATE_NOOP("Charts", "Units per day"),
    QT_TRANSLATE_NOOP("Charts", "Units per week"),
    QT_TRANSLATE_NOOP("Charts", "Units per month"),
)


def reorder_headers() -> dict[str, str]:
    return {
        "sku": translate("Forecast", "SKU"),
        "product_name": translate("Forecast", "Product"),
        "method": translate("Forecast", "Method"),
        "demand_per_day": translate("Forecast", "Demand per day"),
        "on_hand": translate("Forecast", "Stock on hand"),
        "lead_time_days": translate("Forecast", "Lead time (days)"),
        "safety_stock": translate("Forecast", "Safety stock"),
        "reorder_point": translate("Forecast", "Reorder point"),
        "order_quantity": translate("Forecast", "Order quantity"),
        "days_of_cover": translate("Forecast", "Days of cover"),
        "order_now": translate("Forecast", "Order now"),
    }


def method_text(method: str) -> str:
    return translate("Forecast", str(METHOD_WORDS.get(method, method)))


def _ratio(value: object) -> float:
    return float(value) if isinstance(value, int | float) and math.isfinite(value) else math.nan


def level_sentence(level: LevelForecast) -> str:
    """Core's accuracy sentence, said in the interface language from the same figures."""
    mase = _ratio(level.summary.get("mase"))
    baseline_mase = _ratio(level.summary.get("snaive_mase"))
    baseline = translate("Forecast", level.baseline)
    ahead = f"{level.horizon} {translate('Forecast', str(PERIOD_WORDS[level.panel.frequency]))}"
    if not (math.isfinite(mase) and math.isfinite(baseline_mase)) or baseline_mase <= 0:
        return translate(
            "Forecast",
            "There is not enough varied history to measure the accuracy yet; the forecast is "
            "a best guess.",
        )
    gain = 1.0 - mase / baseline_mase
    if gain >= 0.005:
        text = translate(
            "Forecast",
            "On your own past sales, forecasting {ahead} ahead, this forecast was {percent} "
            "more accurate than repeating {baseline}.",
        )
    elif gain <= -0.005:
        text = translate(
            "Forecast",
            "On your own past sales, forecasting {ahead} ahead, this forecast was {percent} "
            "less accurate than repeating {baseline}.",
        )
    else:
        text = translate(
            "Forecast",
            "On your own past sales, forecasting {ahead} ahead, this forecast was as accurate "
            "as repeating {baseline}.",
        )
    return text.format(ahead=ahead, percent=f"{abs(gain):.0%}", baseline=baseline)


def series_details(level: LevelForecast, row: int) -> str:
    """The chosen method and this series' own figures, then the level's."""
    accuracy = level.accuracy.iloc[row]
    lines = [
        translate("Forecast", "Method: {method} (chosen by testing on your past sales).").format(
            method=method_text(str(accuracy["method"]))
        )
    ]
    mase, baseline, wape = (
        _ratio(accuracy["mase"]),
        _ratio(accuracy["snaive_mase"]),
        _ratio(accuracy["wape"]),
    )
    if math.isfinite(mase) and math.isfinite(baseline):
        lines.append(
            translate(
                "Forecast",
                "This series: MASE {mase} against {baseline} for the simple repeat "
                "(lower is better); typical error {wape} of sales.",
            ).format(
                mase=f"{mase:.2f}",
                baseline=f"{baseline:.2f}",
                wape=f"{wape:.0%}" if math.isfinite(wape) else "–",
            )
        )
    else:
        lines.append(
            translate("Forecast", "This series has too little varied history to score on its own.")
        )
    coverage = _ratio(level.summary.get("coverage80"))
    if math.isfinite(coverage):
        lines.append(
            translate(
                "Forecast",
                "The darker band held {coverage} of past values (it aims at 80%).",
            ).format(coverage=f"{coverage:.0%}")
        )
    return "\n".join(lines)
