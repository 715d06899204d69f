"""Every sentence in 简体中文 when the interface is Chinese (issue 13 §2).

The demo shop (a real Online Retail sample) is opened in a window in zh_CN; the test walks
every tab and every page inside it, the selected customer's detail and the import report, and
collects what a user reads there: labels, buttons, group titles, tab names, list items, table
headers and the first rows of every table, text panes and the words on the charts (titles,
axis labels, tick labels, legends). It fails on any run of two or more Latin words other than
the shop's own data (product names, file names) and the glossary's abbreviations.
"""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from core.demo import demo_file
from gui.app import install_translators
from gui.main_window import MainWindow
from gui.settings import Settings
from gui.tasks import TaskRunner
from gui.widgets.chart_canvas import ChartCanvas, renders
from tests.gui.conftest import copy_shop

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

WAIT_MS = 600_000
#: Rows of each table read (the rest repeat the same words with other figures).
ROWS = 15
#: The glossary's abbreviations and names that stay as they are in Chinese (longest first).
GLOSSARY = (
    "P(alive)",
    "BG/NBD",
    "RFM",
    "AUC",
    "MASE",
    "WAPE",
    "CLV",
    "SKU",
    "CSV",
    "TSB",
    "ETS",
    "NDCG",
    "HR",
    "ALS",
    "Excel",
    "ShopLens",
    "UTF-8",
    "Croston",
    "L2",
    "GBP",
    # the names of public data sets whose export layouts ShopLens knows
    "UCI Online Retail",
    "Online Retail II",
)
#: Two or more Latin words in a row (a word starts after no letter or digit: "12.3k" is none).
LATIN_RUN = re.compile(r"(?<![\w])[A-Za-z][A-Za-z'’.\-]*(?:[ \t]+[A-Za-z][A-Za-z'’.\-]*)+")
TAG = re.compile(r"<[^>]+>")


@pytest.fixture
def zh_window(qtbot: QtBot, qapp: QApplication) -> Iterator[MainWindow]:
    translators = install_translators(qapp, "zh_CN")
    runner = TaskRunner()
    win = MainWindow(runner, Settings())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    try:
        yield win
    finally:
        runner.shutdown(WAIT_MS)
        for translator in translators:
            qapp.removeTranslator(translator)


def _shop_words(db: Path) -> str:
    """The shop's own texts (product names, countries), one a line, to look runs up in."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT DISTINCT product_name FROM order_lines WHERE product_name IS NOT NULL "
            "UNION SELECT DISTINCT country FROM order_lines WHERE country IS NOT NULL"
        ).fetchall()
    finally:
        conn.close()
    return "\n".join(str(r[0]) for r in rows) + "\n" + demo_file().name


def _figure_texts(canvas: ChartCanvas) -> list[str]:
    figure = canvas.figure()
    if figure is None:
        return []
    texts = [t.get_text() for t in figure.texts]
    for ax in figure.axes:
        texts += [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
        texts += [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels()]
        texts += [ax.xaxis.get_offset_text().get_text(), ax.yaxis.get_offset_text().get_text()]
        legend = ax.get_legend()
        if legend is not None:
            texts += [t.get_text() for t in legend.get_texts()]
        texts += [t.get_text() for t in ax.texts]
    return texts


def _widget_texts(widget: QWidget) -> list[str]:
    """What the user reads in `widget` (one widget, not its children)."""
    texts: list[str] = []
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QLineEdit):
        texts += [widget.placeholderText()]
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        texts.append(widget.toPlainText())
    elif isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    elif isinstance(widget, ChartCanvas):
        texts += _figure_texts(widget)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        try:
            columns = model.columnCount(QModelIndex())
            rows = model.rowCount(QModelIndex())
        except TypeError:  # Qt's own internal models (a header view's) keep them private
            return texts
        for c in range(columns):
            texts.append(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
        for r in range(min(rows, ROWS)):
            for c in range(columns):
                texts.append(str(model.index(r, c).data() or ""))
    return texts


def _visible_texts(root: QWidget) -> list[str]:
    widgets = [root, *root.findChildren(QWidget)]
    out: list[str] = []
    for widget in widgets:
        if widget.isVisible():
            out += _widget_texts(widget)
    return [html.unescape(TAG.sub(" ", t)) for t in out if t]


def _english(texts: list[str], shop_words: str) -> list[str]:
    """Runs of Latin words that are neither the shop's data nor the glossary's."""
    found = []
    for text in texts:
        for term in sorted(GLOSSARY, key=len, reverse=True):
            text = text.replace(term, "·")
        for run in LATIN_RUN.findall(text):
            if run.strip(" .-'’") and run not in shop_words:
                found.append(f"{run!r} in {text[:120]!r}")
    return sorted(set(found))


def _walk_pages(qtbot: QtBot, tab: QWidget, seen: list[str]) -> None:
    """Every page of the tab's own tab widgets, each shown once, its charts drawn."""
    seen += _visible_texts(tab)
    for inner in tab.findChildren(QTabWidget):
        for index in range(inner.count()):
            inner.setCurrentIndex(index)
            qtbot.waitUntil(lambda: renders().pending == 0, timeout=WAIT_MS)
            seen += _visible_texts(inner)


@pytest.mark.timeout(1800)
def test_every_tab_of_the_demo_shop_speaks_chinese(
    qtbot: QtBot, zh_window: MainWindow, analysed_demo_shop: Path, tmp_path: Path
) -> None:
    window = zh_window
    # a copy (the import below writes its record into it), its analyses kept: the walk reads
    # what the tabs show, the sentences of computed and of kept results are the same
    shop = copy_shop(analysed_demo_shop, tmp_path / "demo.sqlite")
    shop_words = _shop_words(shop)
    seen: list[str] = []
    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS):
        window.open_shop(shop)
    window.tabs.setCurrentWidget(window.overview_tab)
    qtbot.waitUntil(lambda: renders().pending == 0, timeout=WAIT_MS)
    seen += _visible_texts(window)
    assert "概览" in window.tabs.tabText(window.tabs.indexOf(window.overview_tab))

    for _name, tab in window.analysis_tabs():
        widget = tab  # type: ignore[assignment]
        with qtbot.waitSignal(tab.updated, timeout=WAIT_MS):
            window.tabs.setCurrentWidget(widget)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: renders().pending == 0, timeout=WAIT_MS)
        _walk_pages(qtbot, widget, seen)  # type: ignore[arg-type]

    page = window.customers_tab.customers_page
    window.tabs.setCurrentWidget(window.customers_tab)
    inner = window.customers_tab.findChild(QTabWidget)
    if inner is not None:
        inner.setCurrentWidget(page.parentWidget() if inner.indexOf(page) < 0 else page)
    with qtbot.waitSignal(page.detail.chart_shown, timeout=WAIT_MS):
        page.view.selectRow(1)  # the first row is selected already: the user clicks the next
    qtbot.waitUntil(lambda: renders().pending == 0, timeout=WAIT_MS)
    detail = _visible_texts(page.detail)
    assert any("流失风险" in t for t in detail)
    seen += detail

    tab = window.import_tab
    with qtbot.waitSignal(tab.preview_shown, timeout=WAIT_MS):
        window.import_path(demo_file())
    seen += _visible_texts(window)
    with qtbot.waitSignal(tab.imported, timeout=WAIT_MS):
        assert tab.start_import() is not None
    report = tab.report_view.toPlainText()
    assert "此文件的每一行都已在店铺中" in report
    seen += _visible_texts(window)

    assert len(seen) > 500  # the walk did read the tabs
    english = _english(seen, shop_words)
    assert english == [], "\n".join(english)
