"""Core's sentences in the window's language: the lupdate list equals core's registry, every
template has its Chinese, and `tr_core` reads any core text back and says it in Chinese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from core.messages import TEMPLATES
from gui.app import install_translators
from gui.core_messages import CORE_MESSAGES
from gui.messages import (
    CHART_DATE_WORDS,
    CONTEXT,
    CORE_MESSAGES_FILE,
    core_messages_source,
    tr_core,
)
from gui.tabs.overview_tab import chart_text


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "zh_CN")
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_lupdate_list_is_cores_registry() -> None:
    assert CORE_MESSAGES_FILE.read_text(encoding="utf-8") == core_messages_source()
    assert ("; ", *TEMPLATES) == CORE_MESSAGES


def test_every_template_of_core_has_its_chinese(chinese: None) -> None:
    missing = [t for t in CORE_MESSAGES if QCoreApplication.translate(CONTEXT, t) == t]
    assert missing == []
    assert [chart_text(w) for w in CHART_DATE_WORDS[:3]] == ["一月", "二月", "三月"]


def test_english_stays_as_core_wrote_it() -> None:
    text = "spent 267,761 in all; last order 70 days ago"
    assert tr_core(text) == text
    assert tr_core("WHITE HANGING HEART T-LIGHT HOLDER") == "WHITE HANGING HEART T-LIGHT HOLDER"


def test_core_texts_in_chinese(chinese: None) -> None:
    assert QLocale().name() == "zh_CN"
    cases = {
        # a churn reason: three phrases, one of them holding another ("70 days")
        "43 purchase days; spent 267,761 in all; last order 70 days ago": (
            "43 个购买日；累计消费 267,761；上次下单在 70 天前"
        ),
        "no order for 143 days; usually orders every 30": "143 天未下单；通常每 30 天下单一次",
        "returned 43% of what they bought": "退回了所购商品的 43%",
        # the Overview's incomplete period, with a week's label inside it
        "The last week (week of 2011-12-05) is not complete (the data end on 2011-12-09), so "
        "week of 2011-11-28 is compared with the one before.": (
            "最近一周（2011-12-05 当周）尚不完整（数据截至 2011-12-09），因此用 2011-11-28 当周 "
            "与前一周比较。"
        ),
        "The last month (2011-12) is not complete (the data end on 2011-12-09), so 2011-11 is "
        "compared with the one before.": (
            "最近一个月（2011-12）尚不完整（数据截至 2011-12-09），因此用 2011-11 与前一个月比较。"
        ),
        # the method's name inside it is a phrase of its own
        "Backtest: seasonal naive, origin 6 of 6": "回测：季节性朴素预测，第 6 个起点，共 6 个",
        "Backtest: gradient boosting across products, origin 1 of 6": (
            "回测：跨商品梯度提升，第 1 个起点，共 6 个"
        ),
        "Counting returning customers": "正在统计回头客",
        "Never recommended (charges, fees and adjustments, or in most orders): POSTAGE, "
        "Manual.": "从不推荐（收费、费用和调整，或出现在大多数订单中）：POSTAGE, Manual。",
        "This file has no quantity column; quantities are left empty.": (
            "此文件没有数量列；数量留空。"
        ),
        # a phrase listed before the registry (context "Fields") is still translated
        "empty row": "空行",
        # several notes, one a line
        "Loading orders\nOverview ready": "正在载入订单\n概览已就绪",
    }
    assert {text: tr_core(text) for text in cases} == cases
