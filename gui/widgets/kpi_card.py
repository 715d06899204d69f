"""A KPI card: what a figure is, its value in the last complete period, the change against
the period before (▲/▼, green when good, red when bad) and the all-time total underneath."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

#: A rise beyond this (+1,000%) is against a near-empty period: "new" says more than ▲36111%.
NEW_ABOVE = 10.0
#: What a card shows for a figure the data cannot give (not 0: zero would be a claim).
UNKNOWN = "—"


class KpiCard(QFrame):
    """Large number first: the card is read from across the desk."""

    def __init__(self, title: str, rise_is_good: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kpiCard")
        self.rise_is_good = rise_is_good
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("kpiTitle")
        self.value_label = QLabel("–", self)
        self.value_label.setObjectName("kpiValue")
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_label = QLabel("", self)
        self.change_label.setObjectName("kpiChange")
        self.total_label = QLabel("", self)
        self.total_label.setObjectName("kpiTotal")
        self.total_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        for label in (self.title_label, self.value_label, self.change_label, self.total_label):
            layout.addWidget(label)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(170)

    def set_figures(self, value: str, change: float | None, compared_with: str, total: str) -> None:
        """Show the period value, its change (a fraction, None: nothing to compare) and total."""
        self.value_label.setText(value)
        self.total_label.setText(total)
        if change is None:
            self.change_label.setText(compared_with and self.tr("no earlier figure to compare"))
            trend = "flat"
        elif change > NEW_ABOVE:
            self.change_label.setText(
                self.tr("▲ new: next to nothing in {period}").format(period=compared_with)
            )
            trend = "good" if self.rise_is_good else "bad"
        else:
            arrow = "▲" if change > 0 else ("▼" if change < 0 else "■")
            self.change_label.setText(
                self.tr("{arrow} {percent} vs {period}").format(
                    arrow=arrow, percent=f"{abs(change):.1%}", period=compared_with
                )
            )
            if change == 0:
                trend = "flat"
            else:
                trend = "good" if (change > 0) == self.rise_is_good else "bad"
        self.change_label.setProperty("trend", trend)
        self.change_label.style().unpolish(self.change_label)
        self.change_label.style().polish(self.change_label)

    def set_unknown(self, reason: str) -> None:
        """The data cannot give this figure: a dash and the reason, never a 0."""
        self.value_label.setText(UNKNOWN)
        self.change_label.setText("")
        self.total_label.setText(reason)
        self.setToolTip(reason)

    def clear(self) -> None:
        self.value_label.setText("–")
        self.change_label.setText("")
        self.total_label.setText("")
