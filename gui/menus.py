"""The window's menu bar and what its items do: shops, imports, the report, backups, language
and help.

Why a module of their own: the window is about the open shop and its tabs; the menus are a
list of commands on it, each a few lines that open a dialog or start a job. Keeping them here
keeps both readable. The window stays the one place that opens shops and shows messages.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from core import __version__
from core.backups import Backup, restore_backup
from core.errors import ShopLensError
from gui.dialogs.imports_dialog import ImportsDialog
from gui.dialogs.numbers_help import TAB_TOPICS, NumbersHelp
from gui.dialogs.restore import choose_backup
from gui.report_export import ReportExporter
from gui.shop import shop_name

if TYPE_CHECKING:
    from gui.main_window import MainWindow

logger = logging.getLogger(__name__)

#: (code, name in its own language); "" follows the system.
LANGUAGES = (("", ""), ("en", "English"), ("zh_CN", "简体中文"))


class WindowMenus(QObject):
    """File, View and Help on `window`'s menu bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.reporter = ReportExporter(window.runner, window.settings, window)
        self.reporter.message.connect(window.show_status_message)
        self.reporter.failed.connect(
            lambda message: window.show_error(self.tr("The report was not written"), message)
        )
        self.imports_dialog: ImportsDialog | None = None
        self.numbers_help: NumbersHelp | None = None
        self._build()

    def _build(self) -> None:
        window = self.window
        file_menu = window.menuBar().addMenu(self.tr("&File"))
        self._add(file_menu, self.tr("&New shop…"), window.new_shop, QKeySequence.StandardKey.New)
        self._add(
            file_menu, self.tr("&Open shop…"), window.choose_shop, QKeySequence.StandardKey.Open
        )
        self._add(file_menu, self.tr("&Import orders…"), self._choose_import, "Ctrl+I")
        self._add(file_menu, self.tr("Imp&orts…"), self.show_imports)
        self.export_action = self._add(
            file_menu, self.tr("&Export report…"), self.export_report, "Ctrl+E"
        )
        self.recent_menu = file_menu.addMenu(self.tr("&Recent shops"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._add(file_menu, self.tr("Restore &backup…"), self._choose_backup)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)

        view_menu = window.menuBar().addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(language_menu)
        group.setExclusive(True)
        for code, name in LANGUAGES:
            text = self.tr("System language") if not code else name
            action = language_menu.addAction(text)
            action.setCheckable(True)
            group.addAction(action)
            action.setChecked((window.settings.language() or "") == code)
            action.triggered.connect(lambda _c=False, code=code: self._set_language(code))

        help_menu = window.menuBar().addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&What the numbers mean"), self.show_numbers_help, "F1")
        self._add(help_menu, self.tr("&About ShopLens"), self.show_about)

    @staticmethod
    def _add(
        menu: QMenu,
        text: str,
        slot: object,
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = menu.addAction(text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        shops = self.window.settings.recent_shops()
        if not shops:
            empty = self.recent_menu.addAction(self.tr("No shops opened yet"))
            empty.setEnabled(False)
            return
        for path in shops:
            action = self.recent_menu.addAction(shop_name(path))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.window.open_shop(p))

    def _choose_import(self) -> None:
        self.window.tabs.setCurrentWidget(self.window.import_tab)
        self.window.import_tab.choose_file()

    def show_imports(self) -> ImportsDialog | None:
        """File → Imports…: the shop's imports; removing one refreshes what shows the shop."""
        window = self.window
        if window.db_path is None:
            return None
        dialog = ImportsDialog(window.runner, window.db_path, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.removed.connect(lambda _report, p=window.db_path: window.on_shop_changed(p))
        dialog.open()
        self.imports_dialog = dialog
        return dialog

    def export_report(self) -> None:
        """File → Export report…: every analysis of the open shop in one Excel workbook."""
        window = self.window
        if window.db_path is None:
            window.show_status_message(self.tr("Open a shop first."))
            return
        self.reporter.choose_and_export(window.db_path, window.as_of_box.as_of())

    def _choose_backup(self) -> None:
        shop = self.window.damaged_shop or self.window.db_path
        backup = None if shop is None else choose_backup(self.window, shop, shop_name(shop))
        if shop is not None and backup is not None:
            self.restore_backup(shop, backup)

    def restore_backup(self, shop: Path, backup: Backup) -> bool:
        """Put `backup` back into `shop` and open it; False (with a message) when it cannot."""
        window = self.window
        if window.import_tab.is_busy():
            window.show_status_message(
                self.tr("An import is running: restore once it has finished.")
            )
            return False
        try:
            restore_backup(shop, backup)
        except ShopLensError as exc:
            window.show_error(self.tr("The backup could not be restored"), str(exc))
            return False
        window.open_shop(shop)
        when = f"{backup.taken_at:%Y-%m-%d %H:%M}"
        window.show_status_message(self.tr("{shop} is back as it was on {time}.").format(
            shop=shop_name(shop), time=when))  # fmt: skip
        return True

    def show_numbers_help(self) -> NumbersHelp:
        """Help → What the numbers mean, at the paragraph of the tab on screen."""
        window = self.window
        names = {id(window.overview_tab): "overview"}
        names.update({id(tab): name for name, tab in window.analysis_tabs()})
        topic = TAB_TOPICS.get(names.get(id(window.tabs.currentWidget()), ""), "p_alive")
        dialog = NumbersHelp(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.show_topic(topic)
        self.numbers_help = dialog
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self.window,
            self.tr("About ShopLens"),
            self.tr(
                "<h3>ShopLens {version}</h3><p>Sales, customer and forecast analytics for small "
                "online shops, on your own computer: your order files never leave it.</p>"
                "<p>The demo shop uses a sample of the UCI Online Retail data set "
                "(Chen, Sain &amp; Guo, 2012; CC BY 4.0).</p>"
            ).format(version=__version__),
        )

    def _set_language(self, code: str) -> None:
        self.window.settings.set_language(code or None)
        self.window.show_status_message(
            self.tr("The language changes the next time ShopLens starts.")
        )
