"""Starting the window: QApplication, translations, style, logging of Qt messages, crash
handling, the first-start demo shop, and the offscreen screenshot / selftest modes.

Qt's own warnings go into Python logging (so they land in the same log as ours), and an
unexpected exception is logged with its traceback and shown in a message box instead of
silently killing a slot.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from core import __version__
from core.paths import default_shop_path, resources_dir
from gui.main_window import MainWindow
from gui.settings import APPLICATION, ORGANIZATION, Settings
from gui.tasks import TaskRunner

logger = logging.getLogger(__name__)
qt_logger = logging.getLogger("gui.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

#: Qt messages that say nothing to a user or a developer (the offscreen platform of screenshot
#: and selftest modes cannot resize native windows).
_HARMLESS = ("does not support propagateSizeHints",)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Route Qt's own messages into logging (category and source when Qt gives them)."""
    where = f" ({context.category})" if context.category and context.category != "default" else ""
    level = _QT_LEVELS.get(mode, logging.WARNING)
    if any(noise in message for noise in _HARMLESS):
        level = logging.DEBUG
    qt_logger.log(level, "%s%s", message, where)


def _make_excepthook(on_error: Callable[[str], None] | None) -> ExceptHook:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logger.critical("unexpected error", exc_info=(exc_type, exc, tb))
        if on_error is not None:
            on_error(f"{exc_type.__name__}: {exc}")

    return hook


_open_boxes: list[QMessageBox] = []  # keeps non-modal crash boxes alive until closed


def _show_crash(message: str) -> None:
    """Tell the user, without blocking: a modal box inside an excepthook can deadlock."""
    if QApplication.instance() is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "ShopLens",
        QApplication.translate(
            "App",
            "Something went wrong that ShopLens did not expect:\n{error}\n\n"
            "The details are in the log. Your shop file is safe; you can keep working.",
        ).format(error=message),
    )
    _open_boxes.append(box)
    box.finished.connect(lambda _r, b=box: _open_boxes.remove(b))
    box.open()


def language_code(lang: str | None) -> str:
    """ "zh", "zh-CN", "zh_Hans_CN" -> "zh_CN"; None: the system's language."""
    code = (lang or QLocale.system().name() or "en").replace("-", "_")
    if code.lower().startswith("zh"):
        return "zh_CN"
    return code


def install_translators(app: QApplication, lang: str | None) -> list[QTranslator]:
    """Load ShopLens's and Qt's own translations for the language (none needed for English)."""
    code = language_code(lang)
    installed: list[QTranslator] = []
    if code.startswith("en"):
        return installed
    ours = QTranslator(app)
    if ours.load(f"shoplens_{code}", str(resources_dir() / "i18n")):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        logger.info("no ShopLens translation for %s; showing English", code)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{code}", qt_dir):
        app.installTranslator(qtbase)
        installed.append(qtbase)
    QLocale.setDefault(QLocale(code))
    return installed


def load_style() -> str:
    path = resources_dir() / "style.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        logger.warning("style sheet %s not found; using Qt's default look", path)
        return ""


def _application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    icon = resources_dir() / "icons" / "shoplens.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_gui(
    db_path: Path | None, screenshot_dir: Path | None = None, lang: str | None = None
) -> int:
    """Open the window on `db_path` (default: the user's shop, filled from the demo data on
    first start) and run until it closes. With `screenshot_dir`: offscreen, save a PNG of each
    tab and of an import report, then exit (0 when every picture was saved)."""
    if screenshot_dir is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    previous_handler = qInstallMessageHandler(qt_message_handler)
    previous_hook = sys.excepthook
    settings = Settings()
    translators = install_translators(app, lang or settings.language())
    app.setStyleSheet(load_style())
    runner = TaskRunner()
    window = MainWindow(runner, settings)
    errors: list[str] = []

    def stop_on_error(message: str) -> None:  # screenshot mode: nobody to click a message box
        errors.append(message)
        app.exit(1)

    sys.excepthook = _make_excepthook(_show_crash if screenshot_dir is None else stop_on_error)
    path = Path(db_path) if db_path is not None else default_shop_path()
    fill_demo = db_path is None or (screenshot_dir is not None and not path.exists())
    try:
        if screenshot_dir is not None:
            from gui.screenshots import ScreenshotSession

            window.resize(1360, 860)
            session = ScreenshotSession(window, Path(screenshot_dir))
            session.finished.connect(app.exit)  # the session is parented to the window
        window.show()
        window.open_shop(path, fill_demo=fill_demo)
        code = app.exec()
    finally:
        if window.isVisible():
            window.close()
        runner.shutdown()
        window.deleteLater()
        for translator in translators:
            app.removeTranslator(translator)
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)
    if errors:
        return 1
    return code


def selftest_window(db_path: Path, timeout_ms: int = 120_000) -> None:
    """Open the window offscreen on `db_path`, wait for the overview, close; raise on failure.

    Used by `main.py --selftest` (also on the packaged app) to prove the GUI layer loads and
    shows real figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    previous_handler = qInstallMessageHandler(qt_message_handler)
    runner = TaskRunner()
    window = MainWindow(runner, Settings())
    outcome: list[str] = []
    loop = QEventLoop()

    def done(message: str) -> None:
        outcome.append(message)
        loop.quit()

    window.overview_tab.updated.connect(lambda _result: done("ok"))
    window.overview_tab.failed.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    window.show()
    window.open_shop(Path(db_path))
    if not outcome:
        loop.exec()
    window.close()
    window.deleteLater()
    app.processEvents()
    qInstallMessageHandler(previous_handler)
    if outcome != ["ok"]:
        raise RuntimeError(
            "the window did not show the overview: " + (outcome[0] if outcome else "timed out")
        )
