"""Quick reads of a shop file that may run on the GUI thread (a count takes milliseconds).

Anything slower goes through the task runner; a count is what the status bar and the Import
tab need right away, so it is read directly, with core's own functions.
"""

from __future__ import annotations

import logging
from pathlib import Path

from core.errors import ShopLensError
from core.store import line_count, open_shop

logger = logging.getLogger(__name__)


def count_lines(db_path: Path | None) -> int | None:
    """Order lines in the shop, or None when there is no shop or it cannot be read."""
    if db_path is None:
        return None
    try:
        conn = open_shop(db_path)
        try:
            return line_count(conn)
        finally:
            conn.close()
    except ShopLensError as exc:
        logger.warning("cannot count the lines of %s: %s", db_path, exc)
        return None
