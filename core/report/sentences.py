"""Core's sentences (notes, reasons) in the report's language, without Qt.

Why: the window translates core's registered sentences with Qt's translator; the report is
written by `main.py report` too and core never imports Qt, so it reads the same translations
from `core/report/sentences_zh.py`, generated from the window's translation file
(`python -m core.report.sentences`; a test keeps it equal to resources/i18n/shoplens_zh_CN.ts).
Values are written as core wrote them (1,234 / 43%), a value that is itself a registered
phrase ("70 days") translated in turn.
"""

from __future__ import annotations

import json
import logging
import xml.etree.ElementTree as ET
from pathlib import Path

from core.messages import parse, render

log = logging.getLogger(__name__)

CONTEXT = "core"
TS_FILE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "shoplens_zh_CN.ts"
GENERATED = Path(__file__).with_name("sentences_zh.py")


def zh_sentence(text: str) -> str:
    """A text core wrote, in 简体中文 when it is a registered sentence (else as it is)."""
    from core.report.sentences_zh import CORE_ZH

    if not text:
        return text
    found = parse(text)
    if found is not None:
        template = CORE_ZH.get(found.key)
        if template is None:
            return text
        values = {name: zh_sentence(str(value)) for name, value in found.values}
        try:
            return render(template, values, lambda value, _spec: str(value))
        except KeyError:
            log.warning("the Chinese of %r names an unknown value", found.key)
            return text
    if "\n" in text:
        return "\n".join(zh_sentence(line) for line in text.split("\n"))
    if "; " in text:
        parts = text.split("; ")
        translated = [zh_sentence(p) for p in parts]
        if translated != parts:
            return CORE_ZH.get("; ", "; ").join(translated)
    return text


def translations_from_ts(path: Path = TS_FILE) -> dict[str, str]:
    """{template: Chinese} of the "core" context of a Qt translation file."""
    out: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source is None or translation is None or translation.get("type"):
                continue  # unfinished or vanished
            out[source] = translation.text or ""
    return out


def generated_source(translations: dict[str, str]) -> str:
    """The text of sentences_zh.py for these translations."""
    lines = [
        '"""简体中文 of core\'s registered sentences, for the report (generated from',
        "resources/i18n/shoplens_zh_CN.ts by `python -m core.report.sentences`).",
        '"""',
        "",
        "# ruff: noqa: E501",
        "",
        "CORE_ZH: dict[str, str] = {",
    ]
    for source, text in sorted(translations.items()):
        lines.append(
            f"    {json.dumps(source, ensure_ascii=False)}: {json.dumps(text, ensure_ascii=False)},"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    GENERATED.write_text(generated_source(translations_from_ts()), encoding="utf-8")
    print(f"wrote {GENERATED.name}")
