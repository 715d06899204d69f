"""Help → What the numbers mean (issue 13 §4): a paragraph for each figure, in both languages,
opened at the paragraph of the tab the user is on."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.import_history import RemovalReport
from gui.app import install_translators
from gui.dialogs.imports_dialog import removal_text
from gui.dialogs.numbers_help import TAB_TOPICS, NumbersHelp, help_html, topics
from gui.main_window import MainWindow

#: The offscreen platform cannot size native windows; Qt says so for every dialog shown.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TERMS = ["P(alive)", "Churn risk", "AUC", "MASE", "80% and 95% bands", "RFM", "Lift"]


def test_each_figure_has_its_paragraph(qtbot: QtBot, window: MainWindow) -> None:
    assert [title for _anchor, title, _text in topics()] == TERMS
    assert all(len(text) > 150 for _a, _t, text in topics())
    window.tabs.setCurrentWidget(window.forecast_tab)
    dialog = window.show_numbers_help()
    assert isinstance(dialog, NumbersHelp) and dialog.isVisible()
    assert "MASE" in dialog.browser.toPlainText() and TAB_TOPICS["forecast"] == "mase"
    assert window.tabs.cornerWidget() is not None
    dialog.close()


def test_the_paragraphs_and_the_undo_report_in_chinese(qapp: QApplication) -> None:
    translators = install_translators(qapp, "zh_CN")
    try:
        page = help_html()
        assert "数字的含义" in page and "流失风险" in page and "提升度" in page
        english = [t for _a, _t, text in topics() for t in [text] if t.isascii()]
        assert english == []
        report = RemovalReport(3, "cny.csv", 12, 2, 1, 0)
        assert removal_text(report) == (
            "cny.csv 已移除：它添加的 12 条订单明细已删除。 它更新过的 2 条明细已恢复为原来的值。 "
            "它更新过的 1 条明细后来又被之后的导入更改，因此保留当前的值：无法准确恢复原来的值。"
        )
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
