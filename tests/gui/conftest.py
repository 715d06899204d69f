"""GUI test setup: every test gets its own settings folder and organisation names."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from gui.settings import APPLICATION, ORGANIZATION, use_settings_folder


@pytest.fixture(autouse=True)
def _fresh_settings(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """QSettings write INI files into a new temporary folder, never the user's settings."""
    folder = tmp_path_factory.mktemp("settings")
    qapp.setOrganizationName(ORGANIZATION)
    qapp.setApplicationName(APPLICATION)
    use_settings_folder(folder)
    return folder
