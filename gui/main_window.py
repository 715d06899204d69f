"""The ShopLens window: tabs, drag-and-drop of order files, and the status bar.

One shop file is open at a time; every tab works on it. A file dropped anywhere on the window
goes to the Import tab's preview; several files are imported one after the other. The status
bar names the shop (the demo shop clearly marked as such), counts its order lines and shows
the running task with a Cancel button; closing the window cancels and waits for every task.

While the demo shop is open, imports go into the user's own shop, which is then opened: demo
orders and the user's orders never mix. The menus are in gui.menus, the analysis tabs (built
once their libraries are loaded) in gui.analysis_tabs.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from core.demo import ensure_demo_shop
from core.errors import ShopDamagedError, ShopLensError
from core.paths import default_shop_path
from core.store import create_shop, open_shop
from gui.analysis_tabs import AnalysisTab, AnalysisTabs
from gui.files import SHOP_SUFFIX, import_patterns, is_supported, shop_file_filter
from gui.menus import WindowMenus
from gui.settings import Settings
from gui.shop import count_lines, is_demo_shop, shop_name
from gui.tabs.import_tab import ImportTab
from gui.tabs.overview_tab import OverviewTab
from gui.tasks import TaskRunner
from gui.widgets.as_of_box import AsOfBox
from gui.widgets.task_status import TaskStatus

if TYPE_CHECKING:
    from core.backups import Backup
    from gui.dialogs.imports_dialog import ImportsDialog
    from gui.dialogs.numbers_help import NumbersHelp
    from gui.tabs.campaigns_tab import CampaignsTab
    from gui.tabs.customers_tab import CustomersTab
    from gui.tabs.forecast_tab import ForecastTab
    from gui.tabs.recommend_tab import RecommendTab

logger = logging.getLogger(__name__)

SHOP_OWNER = "shop"
#: How long a message stays in the status bar (milliseconds).
MESSAGE_MS = 15_000


class MainWindow(QMainWindow):
    """See the module docstring."""

    shop_opened = Signal(object)  # Path, once the shop is ready (demo filled if needed)
    customers_tab: CustomersTab
    forecast_tab: ForecastTab
    recommend_tab: RecommendTab
    campaigns_tab: CampaignsTab

    def __init__(
        self,
        runner: TaskRunner,
        settings: Settings,
        parent: QWidget | None = None,
        own_shop: Path | None = None,
        defer_analysis_tabs: bool = False,
    ):
        """`own_shop`: where imports go while the demo shop is open (default: "My shop").
        `defer_analysis_tabs`: show the window first and load the analysis tabs (and their
        libraries) in the background (see gui.tab_loader); the app does, tests need not."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.runner = runner
        self.settings = settings
        self.own_shop = Path(own_shop) if own_shop is not None else default_shop_path()
        self.damaged_shop: Path | None = None  # refused on open: what Restore backup… mends
        self.db_path: Path | None = None
        self.setWindowTitle("ShopLens")
        self.setAcceptDrops(True)
        self.resize(1360, 860)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.import_tab = ImportTab(runner, settings, self.tabs)
        self.overview_tab = OverviewTab(runner, self.tabs)
        self.tabs.addTab(self.import_tab, self.tr("Import"))
        self.tabs.addTab(self.overview_tab, self.tr("Overview"))
        self.analysis = AnalysisTabs(runner, self.tabs, first=self.tabs.count())
        self.analysis.ready.connect(self._on_analysis_tabs_ready)
        self.analysis.failed.connect(
            lambda message: self.show_error(self.tr("ShopLens could not load a tab"), message)
        )
        if defer_analysis_tabs:
            self.analysis.build_later()
        else:
            self.analysis.build_now()
        self.tab_loader = self.analysis.loader
        link_text = self.tr("What the numbers mean")
        help_link = QLabel(f'<a href="#">{link_text}</a>', self.tabs)
        help_link.setContentsMargins(0, 0, 12, 0)
        help_link.setObjectName("numbersHelpLink")
        help_link.setToolTip(self.tr("P(alive), churn risk, AUC, MASE, bands, RFM, lift (F1)"))
        help_link.linkActivated.connect(lambda _link: self.show_numbers_help())
        self.tabs.setCornerWidget(help_link, Qt.Corner.TopRightCorner)
        self.setCentralWidget(self.tabs)
        self.import_tab.shop_changed.connect(self.on_shop_changed)
        self.import_tab.status_message.connect(self.show_status_message)

        self.menus = WindowMenus(self)
        self.reporter = self.menus.reporter
        self.export_action = self.menus.export_action
        self._build_status_bar()
        self.as_of_box = AsOfBox(self)
        self.menuBar().setCornerWidget(self.as_of_box, Qt.Corner.TopRightCorner)
        self.as_of_box.changed.connect(self._on_as_of_changed)
        geometry = settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _on_analysis_tabs_ready(self) -> None:
        """The analysis tabs stand in the window: they work on its shop and day from now on."""
        self.customers_tab = self.analysis.customers_tab
        self.forecast_tab = self.analysis.forecast_tab
        self.recommend_tab = self.analysis.recommend_tab
        self.campaigns_tab = self.analysis.campaigns_tab
        box = getattr(self, "as_of_box", None)  # built after the tabs when not deferred
        for _name, analysis in self.analysis_tabs():
            if box is not None and box.as_of() is not None:
                analysis.set_as_of(box.as_of())
            if self.db_path is not None:
                analysis.set_shop(self.db_path)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.shop_label = QLabel(bar)
        self.shop_label.setObjectName("shopLabel")
        self.rows_label = QLabel(bar)
        self.rows_label.setObjectName("rowsLabel")
        bar.addWidget(self.shop_label)
        bar.addWidget(self.rows_label)
        self.task_status = TaskStatus(self.runner, bar)

    # --- shops ---------------------------------------------------------------------------
    def open_shop(self, path: Path, fill_demo: bool = False, switch_tab: bool = True) -> None:
        """Make `path` the open shop. With `fill_demo`, an empty shop is first filled from the
        bundled demo data (first start), in the task runner with progress. `switch_tab`: show
        the overview (or the Import tab for an empty shop) once it is ready."""
        path = Path(path)
        if fill_demo:
            self.db_path = path
            self._show_shop_name(path)
            self.rows_label.setText(self.tr("Preparing the demo shop…"))
            self.tabs.setCurrentWidget(self.overview_tab)
            self.overview_tab.show_message(
                self.tr(
                    "Preparing a demo shop from real sample orders, so you can look around "
                    "before importing your own…"
                )
            )
            task = self.runner.start(SHOP_OWNER, ensure_demo_shop, path, writes=True)
            # However the setup ends, the window opens the shop through the same path, so the
            # Import tab works and the status bar stops saying "Preparing…".
            task.finished.connect(lambda _created, p=path: self._shop_ready(p))
            task.cancelled.connect(lambda p=path: self._on_demo_stopped(p, None))
            task.failed.connect(lambda message, p=path: self._on_demo_stopped(p, message))
            return
        try:
            open_shop(path, check=True).close()  # damaged pages are found now, not mid-import
        except ShopLensError as exc:
            # a damaged shop stays the one File → Restore backup… acts on
            self.damaged_shop = path if isinstance(exc, ShopDamagedError) else None
            self.show_error(self.tr("This shop cannot be opened"), str(exc))
            if self.damaged_shop is None:
                self.settings.remove_recent_shop(path)
            return
        self.damaged_shop = None
        self._shop_ready(path, switch_tab)

    def restore_backup(self, shop: Path, backup: Backup) -> bool:
        """Put `backup` back into `shop` and open it (see gui.menus)."""
        return self.menus.restore_backup(shop, backup)

    def _shop_ready(self, path: Path, switch_tab: bool = True) -> None:
        self.db_path = path
        self.settings.add_recent_shop(path)
        self._show_shop_name(path)
        count = self.update_row_count()
        if switch_tab:  # a shop with orders opens on its overview; an empty one on Import
            self.tabs.setCurrentWidget(self.overview_tab if count else self.import_tab)
        self.import_tab.set_shop(path, import_into=self.own_shop if is_demo_shop(path) else None)
        self.overview_tab.set_shop(path)
        for _name, tab in self.analysis_tabs():
            tab.set_shop(path)
        self.shop_opened.emit(path)

    def _on_demo_stopped(self, path: Path, message: str | None) -> None:
        """The demo setup was cancelled (message None) or failed: open what there is."""
        if message is None:
            self.show_status_message(
                self.tr("The demo shop was not prepared. You can import your own orders.")
            )
        else:
            self.show_error(self.tr("The demo shop could not be prepared"), message)
        self._shop_ready(path)

    def _show_shop_name(self, path: Path) -> None:
        name = shop_name(path)
        demo = is_demo_shop(path)
        if demo:
            self.setWindowTitle(self.tr("{shop} (sample orders) — ShopLens").format(shop=name))
            self.shop_label.setText(
                self.tr("{shop}: sample orders, not yours. Your imports go into {own}.").format(
                    shop=name, own=shop_name(self.own_shop)
                )
            )
        else:
            self.setWindowTitle(self.tr("{shop} — ShopLens").format(shop=name))
            self.shop_label.setText(self.tr("Shop: {shop}").format(shop=name))
        self.shop_label.setProperty("demo", demo)
        self.shop_label.style().unpolish(self.shop_label)
        self.shop_label.style().polish(self.shop_label)
        self.shop_label.setToolTip(str(path))

    def show_status_message(self, text: str) -> None:
        """A message in the status bar for a while (also written to the log)."""
        logger.info("status: %s", text)
        self.statusBar().showMessage(text, MESSAGE_MS)

    def _on_as_of_changed(self, as_of: object) -> None:
        """Every tab looks from the chosen day (kept results for it show at once)."""
        self.overview_tab.set_as_of(as_of)  # type: ignore[arg-type]
        for _name, tab in self.analysis_tabs():
            tab.set_as_of(as_of)  # type: ignore[arg-type]

    def analysis_tabs(self) -> list[tuple[str, AnalysisTab]]:
        """The tabs that compute an analysis when shown, by screenshot name, in tab order
        (none while they are still being loaded)."""
        return self.analysis.named()

    def update_row_count(self) -> int | None:
        """Count the open shop's order lines for the status bar (a quick indexed count)."""
        count = count_lines(self.db_path)
        self.rows_label.setText(
            "" if count is None else self.tr("{count} order lines").format(count=f"{count:,}")
        )
        return count

    def new_shop(self) -> None:
        folder = self.db_path.parent if self.db_path else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Create a new shop"),
            str(folder / self.tr("New shop")),
            shop_file_filter(),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != SHOP_SUFFIX:
            path = path.with_name(path.name + SHOP_SUFFIX)
        try:
            create_shop(path)
        except ShopLensError as exc:
            self.show_error(self.tr("The shop could not be created"), str(exc))
            return
        self.open_shop(path)
        self.tabs.setCurrentWidget(self.import_tab)

    def choose_shop(self) -> None:
        folder = self.db_path.parent if self.db_path else Path.home()
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a shop"), str(folder), shop_file_filter()
        )
        if name:
            self.open_shop(Path(name))

    def import_path(self, path: Path) -> None:
        """Show `path` in the Import tab's preview (drag-and-drop, command line)."""
        self.tabs.setCurrentWidget(self.import_tab)
        if self.import_tab.is_busy():
            self.show_status_message(
                self.tr("An import is running: drop {file} again once it has finished.").format(
                    file=Path(path).name
                )
            )
            return
        self.import_tab.load_file(path)

    def import_paths(self, paths: list[Path]) -> None:
        """Import several files one after the other, each with its own report."""
        self.tabs.setCurrentWidget(self.import_tab)
        self.import_tab.import_files(paths)

    def on_shop_changed(self, path: Path) -> None:
        """Lines were added to `path`: the open shop, or the user's own one (import made while
        the demo shop was open), which is then opened, staying on the import report."""
        if self.db_path is None or Path(path).resolve() != self.db_path.resolve():
            self.open_shop(path, switch_tab=False)
            return
        self.update_row_count()
        self.overview_tab.refresh()
        for _name, tab in self.analysis_tabs():  # stale now: recomputed when next shown
            tab.set_shop(path)

    # --- drag and drop -------------------------------------------------------------------
    @staticmethod
    def _dropped_files(urls: list[QUrl]) -> list[Path]:
        return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # Any local file is accepted here, so that one ShopLens cannot read gets a plain
        # message on drop instead of a silent "no entry" cursor.
        files = self._dropped_files(event.mimeData().urls()) if event.mimeData().hasUrls() else []
        if files:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        dropped = self._dropped_files(event.mimeData().urls())
        files = [f for f in dropped if is_supported(f)]
        refused = [f.name for f in dropped if not is_supported(f)]
        if refused:
            self.show_unsupported(refused)
        if not files and not refused:
            event.ignore()
            return
        event.acceptProposedAction()
        if not files:
            return
        if len(files) > 1:
            self.import_paths(files)
        else:
            self.import_path(files[0])

    # --- dialogs -------------------------------------------------------------------------
    def show_unsupported(self, names: list[str]) -> QMessageBox:
        """A dropped file ShopLens cannot read: say so and say what it can read."""
        return self.show_error(
            self.tr("This file cannot be imported"),
            self.tr(
                "ShopLens cannot read {files}. It imports order exports saved as CSV, TSV or "
                "TXT (also .gz-compressed) and Excel or OpenDocument workbooks ({patterns}). "
                "Export the orders in one of these formats and drop that file."
            ).format(files=", ".join(names), patterns=" ".join(import_patterns())),
        )

    def show_imports(self) -> ImportsDialog | None:
        """File → Imports… (see gui.menus)."""
        return self.menus.show_imports()

    def show_error(self, title: str, message: str) -> QMessageBox:
        """A non-blocking message box: the window keeps working (and tests never hang)."""
        logger.info("%s: %s", title, message)
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def show_numbers_help(self) -> NumbersHelp:
        """Help → What the numbers mean, at the paragraph of the tab on screen."""
        return self.menus.show_numbers_help()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close at once: running jobs are cancelled here and waited for (briefly) only once
        the window is gone (gui.app), never with a frozen window on screen."""
        self.statusBar().showMessage(self.tr("Closing…"))
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.sync()
        self.runner.cancel_all()
        event.accept()
