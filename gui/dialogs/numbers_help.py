"""Help → "What the numbers mean": one plain paragraph per figure a merchant meets.

Why: P(alive), AUC or MASE mean nothing to a shop owner, yet the tabs show them because they
say how far to trust a prediction. Each paragraph says what the figure is, how to read it and
what is good, in the interface language (the 简体中文 text is in resources/i18n). The window
opens it at the paragraph of the tab the user is on (the "?" beside the tabs).
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

logger = logging.getLogger(__name__)

#: (anchor, title, paragraph), in the order of the page. The texts go through translate().
_TOPICS: tuple[tuple[str, object, object], ...] = (
    (
        "p_alive",
        QT_TRANSLATE_NOOP("NumbersHelp", "P(alive)"),
        QT_TRANSLATE_NOOP(
            "NumbersHelp",
            "The chance that a customer still buys from you at all, from the rhythm of their past "
            "orders (the BG/NBD model). Someone who bought every month and has not come back for "
            "half a year gets a low P(alive); someone who buys twice a year and ordered two months "
            "ago keeps a high one. Use it to tell lapsed customers from merely slow ones.",
        ),
    ),
    (
        "churn",
        QT_TRANSLATE_NOOP("NumbersHelp", "Churn risk"),
        QT_TRANSLATE_NOOP(
            "NumbersHelp",
            "The chance that a customer places no order in the next 90 days, learned from your own "
            "customers' history. Low is below 40%, high is from 70%. The 'why' column names what "
            "weighed most, such as a long time since the last order or fewer purchase days than "
            "usual. Customers with a high risk and a high 12-month value are the ones worth a "
            "message first.",
        ),
    ),
    (
        "auc",
        QT_TRANSLATE_NOOP("NumbersHelp", "AUC"),
        QT_TRANSLATE_NOOP(
            "NumbersHelp",
            "How well the churn risk tells apart, on your own past data, the customers who came "
            "back from those who did not: 0.5 is a coin toss, 1.0 is never wrong. Above 0.7 the "
            "ranking is useful; above 0.8 it is good. It is measured on a period the model did not "
            "learn from.",
        ),
    ),
    (
        "mase",
        QT_TRANSLATE_NOOP("NumbersHelp", "MASE"),
        QT_TRANSLATE_NOOP(
            "NumbersHelp",
            "How far the forecast was off on your own history, compared with the simplest "
            "forecast: 'the same as the same week last year' (or last week). Below 1 the forecast "
            "beats that simple rule; 0.8 means its errors were 20% smaller. Above 1, trust the "
            "simple rule more.",
        ),
    ),
    (
        "bands",
        QT_TRANSLATE_NOOP("NumbersHelp", "80% and 95% bands"),
        QT_TRANSLATE_NOOP(
            "NumbersHelp",
            "The shaded areas around a forecast. If the future behaves like the past, the real "
            "sales fall inside the darker 80% band four weeks out of five, and inside the lighter "
            "95% band nineteen weeks out of twenty. A wide band means the product sells unevenly: "
            "keep more safety stock.",
        ),
    ),
    (
        "rfm",
        QT_TRANSLATE_NOOP("NumbersHelp", "RFM"),
        QT_TRANSLATE_NOOP(
            "NumbersHelp",
            "Recency (days since the last order), Frequency (days on which the customer bought) "
            "and Monetary value (net spend), each scored 1 to 5 against your other customers. The "
            "segments (Champions, Loyal, At risk, Hibernating…) are named from these scores and "
            "come with advice on what to offer each group.",
        ),
    ),
    (
        "lift",
        QT_TRANSLATE_NOOP("NumbersHelp", "Lift"),
        QT_TRANSLATE_NOOP(
            "NumbersHelp",
            "How much more often two products are bought together than if customers picked them "
            "independently. A lift of 3 means the pair appears in baskets three times as often as "
            "chance would have it; 1 means no link at all. Pairs with a high lift and enough "
            "baskets make good bundles and 'also bought' suggestions.",
        ),
    ),
)

#: The paragraph each tab opens at.
TAB_TOPICS: dict[str, str] = {
    "overview": "mase",
    "customers": "p_alive",
    "forecast": "mase",
    "recommendations": "lift",
}


def topics() -> list[tuple[str, str, str]]:
    """(anchor, title, paragraph) in the interface language."""
    translate = QCoreApplication.translate
    return [
        (anchor, translate("NumbersHelp", str(title)), translate("NumbersHelp", str(text)))
        for anchor, title, text in _TOPICS
    ]


def help_html() -> str:
    parts = [
        "<h2>"
        + html.escape(QCoreApplication.translate("NumbersHelp", "What the numbers mean"))
        + "</h2>"
    ]
    for anchor, title, text in topics():
        parts.append(f'<h3><a name="{anchor}"></a>{html.escape(str(title))}</h3>')
        parts.append(f"<p>{html.escape(str(text))}</p>")
    return "\n".join(parts)


class NumbersHelp(QDialog):
    """The page, opened at one paragraph (`show_topic`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numbersHelp")
        self.setWindowTitle(self.tr("What the numbers mean"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setHtml(help_html())
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_topic(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)
