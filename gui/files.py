"""Which files the window offers to import (file dialog filter, drag-and-drop check).

The list of readable suffixes belongs to core's readers; this module only turns it into what
Qt's file dialog and drop handling need, so both accept exactly what an import can read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from core.ingest.readers import SUPPORTED_SUFFIXES

SHOP_SUFFIX = ".sqlite"


def _suffixes() -> list[str]:
    return sorted({s.lower() if s.startswith(".") else f".{s.lower()}" for s in SUPPORTED_SUFFIXES})


def is_supported(path: Path) -> bool:
    """True for a file an import can read, gzip-compressed text ("orders.csv.gz") included."""
    name = Path(path).name.lower()
    return any(name.endswith(suffix) for suffix in _suffixes())


def import_patterns() -> list[str]:
    """Each ending the reader accepts, once ("*.csv", "*.csv.gz", "*.ods", ...)."""
    return [f"*{suffix}" for suffix in _suffixes()]


def documents_folder() -> Path:
    """Where a file dialog opens when the user has not picked a file yet: their documents
    folder (the program's own folder means nothing to a merchant)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def import_file_filter() -> str:
    """The file dialog filter: one list of every readable ending, also gzip-compressed."""
    patterns = import_patterns()
    return (
        QCoreApplication.translate("Files", "Order exports")
        + f" ({' '.join(patterns)});;"
        + QCoreApplication.translate("Files", "All files")
        + " (*)"
    )


def shop_file_filter() -> str:
    return (
        QCoreApplication.translate("Files", "ShopLens shops")
        + f" (*{SHOP_SUFFIX});;"
        + (QCoreApplication.translate("Files", "All files") + " (*)")
    )
