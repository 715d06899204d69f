"""File → Restore backup…: pick one of the copies core.backups took before recent imports.

Kept apart from the main window so the window module stays short; the choice is a plain list
(newest first, with the time and the number of order lines) because that is all a shop owner
needs to tell the copies apart.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from core.backups import Backup, list_backups

logger = logging.getLogger(__name__)


def backup_label(backup: Backup) -> str:
    return QCoreApplication.translate("RestoreBackup", "{time} — {lines} order lines").format(
        time=f"{backup.taken_at:%Y-%m-%d %H:%M}", lines=f"{backup.lines:,}"
    )


def choose_backup(parent: QWidget, shop: Path, shop_label: str) -> Backup | None:
    """Ask which backup to put back (None: the user cancelled or there is none)."""
    found = list_backups(shop)
    if not found:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("RestoreBackup", "Restore backup"),
            QCoreApplication.translate(
                "RestoreBackup",
                "There is no backup of {shop} yet. ShopLens keeps a copy of the shop before "
                "each import.",
            ).format(shop=shop_label),
        )
        return None
    labels = [backup_label(b) for b in found]
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("RestoreBackup", "Restore backup"),
        QCoreApplication.translate(
            "RestoreBackup",
            "Put {shop} back as it was before an import. Orders imported since that copy "
            "will be gone from the shop (import those files again if you need them).",
        ).format(shop=shop_label),
        labels,
        0,
        False,
    )
    if not ok:
        return None
    return found[labels.index(chosen)]
