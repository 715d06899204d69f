"""What the window remembers between runs (recent shops, last folder, geometry, language).

A thin typed wrapper over QSettings so every key is spelled once, and so values read back from
an INI file (where a one-item list comes back as a plain string) have the type the code expects.
Tests call `use_settings_folder` so nothing is written to the user's real settings.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

logger = logging.getLogger(__name__)

ORGANIZATION = "ShopLens"
APPLICATION = "ShopLens"
MAX_RECENT = 8


def use_settings_folder(folder: Path) -> None:
    """Keep settings as INI files under `folder` (tests, portable installs)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def _as_list(value: object) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [str(v) for v in value if str(v)]
    return []


class Settings:
    """Typed access to the window's QSettings keys."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:  # the default format, so use_settings_folder applies
            qsettings = QSettings(
                QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
            )
        self._q = qsettings

    def sync(self) -> None:
        self._q.sync()

    # --- shops ----------------------------------------------------------------------------
    def recent_shops(self) -> list[Path]:
        """Most recent first; shops whose file is gone are left out."""
        paths = [Path(p) for p in _as_list(self._q.value("shops/recent"))]
        return [p for p in paths if p.exists()][:MAX_RECENT]

    def add_recent_shop(self, path: Path) -> None:
        path = Path(path).resolve()
        paths = [p for p in _as_list(self._q.value("shops/recent")) if Path(p) != path]
        self._q.setValue("shops/recent", [str(path), *paths][:MAX_RECENT])

    def remove_recent_shop(self, path: Path) -> None:
        path = Path(path).resolve()
        paths = [p for p in _as_list(self._q.value("shops/recent")) if Path(p) != path]
        self._q.setValue("shops/recent", paths)

    # --- folders --------------------------------------------------------------------------
    def last_folder(self) -> Path | None:
        """The folder the user last picked a file in, so the next dialog opens there."""
        value = self._q.value("files/last_folder")
        if not value:
            return None
        path = Path(str(value))
        return path if path.is_dir() else None

    def set_last_folder(self, folder: Path) -> None:
        self._q.setValue("files/last_folder", str(folder))

    # --- window ---------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)

    def window_state(self) -> QByteArray | None:
        value = self._q.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, state: QByteArray) -> None:
        self._q.setValue("window/state", state)

    # --- language -------------------------------------------------------------------------
    def language(self) -> str | None:
        """The interface language the user chose (e.g. "zh_CN"), None: follow the system."""
        value = self._q.value("ui/language")
        return str(value) if value else None

    def set_language(self, language: str | None) -> None:
        if language:
            self._q.setValue("ui/language", language)
        else:
            self._q.remove("ui/language")
