"""The mapping editor: one row per canonical field, a combo to pick the file's column for it.

Shows how each column was found and how sure the guess is (coloured), so the operator checks
the doubtful ones first. The result is the {field: column} dict that goes into
`ImportParams.mapping`; core decides what is still missing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from core.ingest.types import Mapping
from core.schema import CANONICAL_FIELDS
from gui.labels import field_label, method_label

logger = logging.getLogger(__name__)

#: (lowest confidence, background) from sure to doubtful.
CONFIDENCE_COLOURS: tuple[tuple[float, str], ...] = (
    (0.8, "#dcfce7"),  # green: sure
    (0.5, "#fef3c7"),  # amber: check it
    (0.0, "#fee2e2"),  # red: probably wrong
)
USER_COLOUR = "#dbeafe"  # blue: the user's own choice
COL_FIELD, COL_SOURCE, COL_METHOD, COL_CONFIDENCE = range(4)


def confidence_colour(confidence: float) -> str:
    for lowest, colour in CONFIDENCE_COLOURS:
        if confidence >= lowest:
            return colour
    return CONFIDENCE_COLOURS[-1][1]


def _examples(frame: pd.DataFrame | None, column: str, count: int = 3) -> str:
    if frame is None or column not in frame.columns:
        return ""
    text = frame[column].dropna().astype(str)
    shown = [str(v) for v in text[text.str.strip() != ""].unique()[:count]]
    return ", ".join(v if len(v) <= 30 else v[:29] + "…" for v in shown)


class MappingTable(QTableWidget):
    """Field | column in the file (combo) | how it was found | confidence."""

    mapping_edited = Signal()  # the user picked another column for a field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(CANONICAL_FIELDS), 4, parent)
        self.setObjectName("mappingTable")
        self.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Column in your file"), self.tr("Found by"), self.tr("Sure")]
        )
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(28)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_METHOD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CONFIDENCE, QHeaderView.ResizeMode.ResizeToContents)
        self._combos: dict[str, QComboBox] = {}
        self._filling = False
        for row, field in enumerate(CANONICAL_FIELDS):
            self.setItem(row, COL_FIELD, self._item(field_label(field)))
            self.setItem(row, COL_METHOD, self._item(""))
            self.setItem(row, COL_CONFIDENCE, self._item("", align_right=True))
            combo = QComboBox(self)
            combo.setObjectName(f"mapping_{field}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(lambda _i, f=field: self._on_combo_changed(f))
            self.setCellWidget(row, COL_SOURCE, combo)
            self._combos[field] = combo

    @staticmethod
    def _item(text: str, align_right: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if align_right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def combo(self, field: str) -> QComboBox:
        """The column picker of one field (tests and the screenshot use it)."""
        return self._combos[field]

    def show_mapping(
        self, columns: Sequence[str], mapping: Mapping, frame: pd.DataFrame | None = None
    ) -> None:
        """Fill every combo with the file's columns and select the matched one."""
        self._filling = True
        try:
            matches = {m.field: m for m in mapping.matches}
            examples = {c: _examples(frame, c) for c in columns}
            for row, field in enumerate(CANONICAL_FIELDS):
                combo = self._combos[field]
                combo.clear()
                combo.addItem(self.tr("(not in this file)"), None)
                for column in columns:
                    combo.addItem(column, column)
                    if examples[column]:
                        combo.setItemData(
                            combo.count() - 1,
                            self.tr("e.g. {examples}").format(examples=examples[column]),
                            Qt.ItemDataRole.ToolTipRole,
                        )
                match = matches.get(field)
                combo.setCurrentIndex(
                    combo.findData(match.source) if match and match.source in columns else 0
                )
                if match is None:
                    self._set_found(row, "", None, None)
                else:
                    colour = USER_COLOUR if match.method == "user" else None
                    self._set_found(row, method_label(match.method), match.confidence, colour)
        finally:
            self._filling = False

    def mapping(self) -> dict[str, str]:
        """{canonical field: source column} as chosen now (fields not in the file left out)."""
        out: dict[str, str] = {}
        for field, combo in self._combos.items():
            source = combo.currentData()
            if source is not None:
                out[field] = str(source)
        return out

    def found_by(self, field: str) -> str:
        """What the "Found by" column says for `field` (e.g. "known export layout")."""
        item = self.item(CANONICAL_FIELDS.index(field), COL_METHOD)
        return item.text() if item is not None else ""

    def set_source(self, field: str, source: str | None) -> None:
        """Pick `source` for `field` as if the user did (emits mapping_edited)."""
        combo = self._combos[field]
        index = 0 if source is None else combo.findData(source)
        if index < 0:
            raise KeyError(source)
        combo.setCurrentIndex(index)

    def _on_combo_changed(self, field: str) -> None:
        if self._filling:
            return
        row = CANONICAL_FIELDS.index(field)
        chosen = self._combos[field].currentData() is not None
        self._set_found(row, method_label("user") if chosen else "", None, USER_COLOUR)
        self.mapping_edited.emit()

    def _set_found(
        self, row: int, method: str, confidence: float | None, colour: str | None
    ) -> None:
        field_item = self.item(row, COL_FIELD)
        method_item = self.item(row, COL_METHOD)
        confidence_item = self.item(row, COL_CONFIDENCE)
        assert field_item is not None and method_item is not None and confidence_item is not None
        method_item.setText(method)
        confidence_item.setText("" if confidence is None else f"{confidence:.0%}")
        if colour is None and confidence is not None:
            colour = confidence_colour(confidence)
        brush = QBrush(QColor(colour)) if colour and method else QBrush()
        for item in (field_item, method_item, confidence_item):
            item.setBackground(brush)
        tip = (
            self.tr("Found by {method}; {sure} sure. Pick another column if this is wrong.").format(
                method=method, sure=confidence_item.text()
            )
            if confidence is not None
            else ""
        )
        confidence_item.setToolTip(tip)
        method_item.setToolTip(tip)
