"""Quick facts about a shop file for the window: its line count, its name, whether it is the demo.

A count takes milliseconds, so it is read directly on the GUI thread with core's own functions;
anything slower goes through the task runner.

The demo shop (`core.paths.demo_shop_path`) holds sample orders so a new user can look around;
it is never mixed with the user's own orders. While it is open, imports go into the user's own
shop (`core.paths.default_shop_path`) and the window says so.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from core.errors import ShopLensError
from core.paths import default_shop_path, demo_shop_path
from core.store import line_count, shop_connection

logger = logging.getLogger(__name__)


def count_lines(db_path: Path | None) -> int | None:
    """Order lines in the shop, or None when there is no shop or it cannot be read."""
    if db_path is None:
        return None
    try:
        with shop_connection(db_path) as conn:
            return line_count(conn)
    except ShopLensError as exc:
        logger.warning("cannot count the lines of %s: %s", db_path, exc)
        return None


def _same_file(a: Path, b: Path) -> bool:
    return Path(a).expanduser().resolve() == Path(b).expanduser().resolve()


def is_demo_shop(path: Path | None) -> bool:
    """True for the bundled demo shop (by its place, not its name: a user may name a shop so)."""
    return path is not None and _same_file(path, demo_shop_path())


def shop_name(path: Path) -> str:
    """The name the window shows for a shop, the two built-in ones in the user's language."""
    path = Path(path)
    if is_demo_shop(path):
        return QCoreApplication.translate("Shop", "Demo shop")
    if path.name == default_shop_path().name:
        return QCoreApplication.translate("Shop", "My shop")
    return path.stem


def moved_to_own_shop_text(own_shop: Path, files: int = 1) -> str:
    """What to say when an import made while the demo shop was open went into the user's shop."""
    if files == 1:
        text = QCoreApplication.translate(
            "Shop", "Your file went into your own shop, {shop}; the demo shop stays as it was."
        )
    else:
        text = QCoreApplication.translate(
            "Shop", "Your files went into your own shop, {shop}; the demo shop stays as it was."
        )
    return text.format(shop=shop_name(own_shop))
