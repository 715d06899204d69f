"""Where ShopLens keeps the user's shop file and bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "ShopLens"


def resources_dir() -> Path:
    """The resources/ folder, also inside a PyInstaller bundle (sys._MEIPASS)."""
    base = getattr(sys, "_MEIPASS", None)
    if base is not None:
        return Path(base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """The platform's user data folder (SHOPLENS_HOME overrides it, e.g. for tests)."""
    override = os.environ.get("SHOPLENS_HOME")
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def default_shop_path() -> Path:
    """The shop file used when none is named: created from the demo data on first start."""
    return data_dir() / "My shop.sqlite"


def demo_shop_path() -> Path:
    """The demo shop, kept apart from the user's own shop so demo orders never mix with theirs."""
    return data_dir() / "Demo shop.sqlite"
