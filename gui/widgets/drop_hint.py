"""What the Import tab shows before any file: where to drop one, or a button to choose it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class DropHint(QWidget):
    """A large, friendly invitation; `choose_clicked` when the user asks for a file dialog."""

    choose_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(self.tr("Bring in your orders"), self)
        title.setObjectName("emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            self.tr(
                "Drop one or more order exports anywhere on this window, or choose files.\n"
                "CSV and text exports, Excel workbooks (.xlsx, .xls) and OpenDocument sheets "
                "work, also when gzip-compressed."
            ),
            self,
        )
        hint.setObjectName("emptyHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        button = QPushButton(self.tr("Choose files…"), self)
        button.setObjectName("primaryButton")
        button.clicked.connect(self.choose_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(3)
