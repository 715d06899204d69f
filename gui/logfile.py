"""The window's log file, so "the details are in the log" names a file the user can send us.

The window logs to `<data folder>/logs/shoplens.log`, rotated so it never grows past a few
megabytes. The console keeps the level `main.py` chose (quiet unless --verbose): the file gets
INFO and above, the console only what it showed before.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from core.paths import data_dir

logger = logging.getLogger(__name__)

LOG_NAME = "shoplens.log"
MAX_BYTES = 2_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"


def log_file_path() -> Path:
    """Where the window writes its log (in the user's data folder)."""
    return data_dir() / "logs" / LOG_NAME


class LogFile:
    """A rotating log file on the root logger, removed again by `close` (tests, screenshots)."""

    def __init__(self, path: Path, handler: RotatingFileHandler, restore: list[tuple[object, int]]):
        self.path = path
        self._handler = handler
        self._restore = restore

    def close(self) -> None:
        root = logging.getLogger()
        root.removeHandler(self._handler)
        self._handler.close()
        for target, level in self._restore:
            if isinstance(target, logging.Logger | logging.Handler):
                target.setLevel(level)


def open_log_file(path: Path | None = None, level: int = logging.INFO) -> LogFile | None:
    """Start writing the log to `path` (default: `log_file_path()`); None if it cannot be made.

    The root logger is lowered to `level` if needed; handlers that were there before keep the
    root's former level, so the console shows no more than it did.
    """
    path = Path(path) if path is not None else log_file_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=False
        )
    except OSError as exc:
        logger.warning("cannot write the log file %s: %s", path, exc)
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    restore: list[tuple[object, int]] = []
    if root.getEffectiveLevel() > level:
        former = root.getEffectiveLevel()
        for existing in root.handlers:
            if existing.level == logging.NOTSET:
                restore.append((existing, existing.level))
                existing.setLevel(former)
        restore.append((root, root.level))
        root.setLevel(level)
    root.addHandler(handler)
    logger.info("log file: %s", path)
    return LogFile(path, handler, restore)


def details_in_log() -> str:
    """The sentence that sends the user to the log file, with its path."""
    return QCoreApplication.translate("Log", "The details are in the log file {path}.").format(
        path=log_file_path()
    )
