"""The bundled demo shop: a real sample of UCI Online Retail (see resources/demo/README.md).

On first start the app creates the user's shop from it, so a new user sees real figures before
importing anything of their own.
"""

from __future__ import annotations

import logging
from pathlib import Path

from core.importer import import_file
from core.paths import resources_dir
from core.progress import Progress
from core.store import line_count, shop_connection

log = logging.getLogger(__name__)

DEMO_FILE_NAME = "online_retail_demo.csv.gz"


def demo_file() -> Path:
    return resources_dir() / "demo" / DEMO_FILE_NAME


def ensure_demo_shop(db_path: Path, progress: Progress | None = None) -> bool:
    """Fill `db_path` from the demo data if it has no orders yet; True when it did."""
    with shop_connection(db_path) as conn:
        if line_count(conn) > 0:
            return False
    import_file(db_path, demo_file(), progress=progress)
    log.info("demo shop created at %s", db_path)
    return True
