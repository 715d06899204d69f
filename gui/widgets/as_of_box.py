""""Analyse as of" a day: a merchant looks at last quarter's picture, and at how the models did
since. Unticked, the analyses look from the last order day (the default everywhere)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class AsOfBox(QWidget):
    """A tick box and a date; `changed` carries the day, or None for "up to the last order"."""

    changed = Signal(object)  # date | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("asOfBox")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        self.check = QCheckBox(self.tr("Analyse as of"), self)
        self.check.setObjectName("asOfCheck")
        self.check.setToolTip(
            self.tr("Look at the shop as it was on this day: orders after it are left out.")
        )
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("asOfDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setEnabled(False)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit)
        self.check.toggled.connect(self._on_toggled)
        self.date_edit.dateChanged.connect(lambda _d: self._emit())

    def as_of(self) -> date | None:
        if not self.check.isChecked():
            return None
        day = self.date_edit.date()
        return date(day.year(), day.month(), day.day())

    def set_as_of(self, day: date | None) -> None:
        """Set the box (and tell the tabs) from code, e.g. a test or a saved setting."""
        if day is not None:
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.check.setChecked(day is not None)
        self._emit()

    def _on_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(checked)
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.as_of())
