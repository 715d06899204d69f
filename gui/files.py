"""Which files the window offers to import (file dialog filter, drag-and-drop check).

The list of readable suffixes belongs to core's readers; this module only turns it into what
Qt's file dialog and drop handling need, so both accept exactly what an import can read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from core.ingest.readers import SUPPORTED_SUFFIXES

SHOP_SUFFIX = ".sqlite"


def _suffixes() -> list[str]:
    return sorted({s.lower() if s.startswith(".") else f".{s.lower()}" for s in SUPPORTED_SUFFIXES})


def is_supported(path: Path) -> bool:
    """True for a file an import can read, gzip-compressed ones ("orders.csv.gz") included."""
    name = Path(path).name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return any(name.endswith(suffix) for suffix in _suffixes())


def import_file_filter() -> str:
    """The file dialog filter: every readable suffix, also gzip-compressed."""
    patterns = []
    for suffix in _suffixes():
        patterns.append(f"*{suffix}")
        if suffix != ".gz":
            patterns.append(f"*{suffix}.gz")
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
