"""Starting the window: QApplication, translations, style, the log file, logging of Qt
messages, crash handling, which shop opens first (the demo shop on a first start), and the
offscreen screenshot / selftest modes.

Qt's own warnings go into Python logging (so they land in the same log as ours), and an
unexpected exception is logged with its traceback and shown in a message box instead of
silently killing a slot.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QSettings,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from core import __version__
from core.paths import default_shop_path, demo_shop_path, resources_dir
from gui.logfile import details_in_log, open_log_file
from gui.main_window import MainWindow
from gui.settings import APPLICATION, ORGANIZATION, Settings
from gui.shop import is_demo_shop
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

#: How long a closing window waits for cancelled jobs that only read (ms) before the process
#: ends anyway, and for jobs that write (a cancelled write rolls back within a chunk).
CLOSE_WAIT_MS = 1_200
WRITE_WAIT_MS = 20_000

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
            "{details} Your shop file is safe; you can keep working.",
        ).format(error=message, details=details_in_log()),
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


def scratch_settings(folder: Path) -> Settings:
    """Settings kept in `folder`, for runs that must not change the user's (recent shops,
    window size): screenshot and selftest modes."""
    return Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))


def shop_to_open(
    db_path: Path | None, settings: Settings, screenshot: bool = False
) -> tuple[Path, bool]:
    """(the shop the window opens at start, whether to fill it from the demo data first).

    A shop named on the command line is opened as it is (in screenshot mode a missing one is
    filled from the demo data, to have something to show). Otherwise the most recent shop,
    if it still exists, else the demo shop: never the user's own shop filled with demo orders.
    Screenshot mode always shows the demo shop, whatever the user opened last.
    """
    if db_path is not None:
        path = Path(db_path)
        return path, screenshot and not path.exists()
    if not screenshot:
        recent = settings.recent_shops()
        if recent:
            return recent[0], is_demo_shop(recent[0])  # a demo setup may have been cancelled
    return demo_shop_path(), True


def run_gui(
    db_path: Path | None,
    screenshot_dir: Path | None = None,
    lang: str | None = None,
    screenshot_size: tuple[int, int] = (1360, 860),
) -> int:
    """Open the window on `db_path` (default: see `shop_to_open`) and run until it closes.

    With `screenshot_dir`: offscreen, save a PNG of each tab and of an import report, then exit
    (0 when every picture was saved). Screenshot mode leaves the user's settings and own shop
    alone: it keeps its settings, and the shop an import from the demo shop goes into, in a
    temporary folder.
    """
    if screenshot_dir is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    previous_handler = qInstallMessageHandler(qt_message_handler)
    previous_hook = sys.excepthook
    log_file = open_log_file()
    settings = Settings()
    translators = install_translators(app, lang or settings.language())
    app.setStyleSheet(load_style())
    scratch: tempfile.TemporaryDirectory[str] | None = None
    own_shop = default_shop_path()
    path, fill_demo = shop_to_open(db_path, settings, screenshot=screenshot_dir is not None)
    if screenshot_dir is not None:
        scratch = tempfile.TemporaryDirectory(prefix="shoplens-screenshots-")
        settings = scratch_settings(Path(scratch.name))
        own_shop = Path(scratch.name) / default_shop_path().name
    runner = TaskRunner()
    window = MainWindow(
        runner, settings, own_shop=own_shop, defer_analysis_tabs=screenshot_dir is None
    )
    errors: list[str] = []

    def stop_on_error(message: str) -> None:  # screenshot mode: nobody to click a message box
        errors.append(message)
        app.exit(1)

    sys.excepthook = _make_excepthook(_show_crash if screenshot_dir is None else stop_on_error)
    try:
        if screenshot_dir is not None:
            from gui.screenshots import ScreenshotSession

            window.resize(*screenshot_size)
            session = ScreenshotSession(window, Path(screenshot_dir))
            session.finished.connect(app.exit)  # the session is parented to the window
        window.show()
        window.open_shop(path, fill_demo=fill_demo)
        code = app.exec()
    finally:
        if window.isVisible():
            window.close()
        stopped = runner.shutdown(CLOSE_WAIT_MS, write_timeout_ms=WRITE_WAIT_MS)
        window.deleteLater()
        for translator in translators:
            app.removeTranslator(translator)
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)
        if log_file is not None:
            log_file.close()
        if scratch is not None:
            app.processEvents()  # let the window go before its shop file is removed
            scratch.cleanup()
    if not stopped:
        # A job inside a long library call (a model fit) ignores its Cancel until the call
        # returns; Qt's thread pool would wait for it. Its result is no longer wanted and
        # every write has committed or rolled back, so the process ends now.
        exit_now(1 if errors else code)
    if errors:
        return 1
    return code


def exit_now(code: int) -> None:
    """End the process at once, logs and output flushed first."""
    logger.warning("a cancelled job was still running at exit: ending the process now")
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def selftest_window(db_path: Path, timeout_ms: int = 120_000) -> None:
    """Open the window offscreen on `db_path`, wait for the overview, close; raise on failure.

    Used by `main.py --selftest` (also on the packaged app) to prove the GUI layer loads and
    shows real figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    previous_handler = qInstallMessageHandler(qt_message_handler)
    runner = TaskRunner()
    scratch = tempfile.TemporaryDirectory(prefix="shoplens-selftest-")
    # Settings of its own: the user's recent shops never list the selftest's temporary shop.
    window = MainWindow(runner, scratch_settings(Path(scratch.name)))
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
    scratch.cleanup()
    qInstallMessageHandler(previous_handler)
    if outcome != ["ok"]:
        raise RuntimeError(
            "the window did not show the overview: " + (outcome[0] if outcome else "timed out")
        )
