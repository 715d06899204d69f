"""The Chinese report says core's sentences (notes, churn reasons) in Chinese, with the window's
translations (read without Qt from a dict generated from the translation file)."""

from __future__ import annotations

import re

import openpyxl
import pytest

from core.messages import TEMPLATES, parse
from core.report.sentences import GENERATED, generated_source, translations_from_ts, zh_sentence
from core.report.words import Words
from tests.core.report.conftest import Reports
from tests.core.report.test_workbook import main_table

pytestmark = [
    pytest.mark.filterwarnings("ignore:.*extension is not supported:UserWarning"),
    pytest.mark.timeout(900),
]


def test_the_reports_dict_is_the_translation_file() -> None:
    translations = translations_from_ts()
    assert GENERATED.read_text(encoding="utf-8") == generated_source(translations)
    assert set(TEMPLATES) <= set(translations)


def test_core_sentences_in_chinese() -> None:
    assert zh_sentence("43 purchase days; spent 267,761 in all; last order 70 days ago") == (
        "43 个购买日；累计消费 267,761；上次下单在 70 天前"
    )
    assert zh_sentence("no order for 143 days; usually orders every 30") == (
        "143 天未下单；通常每 30 天下单一次"
    )
    assert zh_sentence("WHITE HANGING HEART T-LIGHT HOLDER") == "WHITE HANGING HEART T-LIGHT HOLDER"
    assert Words("en").sentence("last order 70 days ago") == "last order 70 days ago"


def test_churn_reasons_in_the_chinese_report(
    reports: Reports, books: dict[str, openpyxl.Workbook]
) -> None:
    zh, en = Words("zh_CN"), Words("en")
    chinese = main_table(books["zh"][zh.sheet("churn")])
    english = main_table(books["en"][en.sheet("churn")])
    zh_reasons = [r for r in chinese[zh.header("reasons")] if r]
    en_reasons = [r for r in english[en.header("reasons")] if r]
    assert len(zh_reasons) == len(en_reasons) > 10
    stored = reports.outcomes["churn"].result
    assert len(zh_reasons) <= len(stored.customers)
    for zh_text, en_text in zip(zh_reasons, en_reasons, strict=True):
        assert zh_text == zh_sentence(en_text)
        assert all(parse(p) is not None for p in en_text.split("; "))
        assert re.search(r"[\u4e00-\u9fff]", zh_text), zh_text
