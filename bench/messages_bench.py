"""Core's sentences said in Chinese: the churn reasons of the demo shop (a real Online Retail
sample) read back into template + values and translated, against computing them.

    python bench/messages_bench.py

In the same process: the churn risk of the demo shop's customers is computed (the baseline: what
the user waits for anyway), then every customer's reasons are translated by the window
(`gui.messages.tr_core` with the zh_CN translation, offscreen Qt) and by the Chinese report
(`core.report.sentences.zh_sentence`), first with an empty cache of read-back sentences. Target:
translating every reason ≤ 10% of computing them (it runs in the Customers tab's worker).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import append_results, imported_lines, machine_line, peak_rss_mb
from core.customers.churn import compute_churn
from core.demo import demo_file
from core.messages import parse
from core.report.sentences import zh_sentence


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from gui.app import install_translators
    from gui.messages import tr_core

    app = QApplication([])
    install_translators(app, "zh_CN")
    lines = imported_lines(demo_file())
    start = time.perf_counter()
    churn = compute_churn(lines)
    computed = time.perf_counter() - start
    reasons = [r for r in churn.customers["reasons"] if isinstance(r, str) and r]
    phrases = sum(r.count("; ") + 1 for r in reasons)

    parse.cache_clear()
    start = time.perf_counter()
    window = [tr_core(r) for r in reasons]
    in_window = time.perf_counter() - start
    parse.cache_clear()
    start = time.perf_counter()
    report = [zh_sentence(r) for r in reasons]
    in_report = time.perf_counter() - start
    assert window == report, "the window and the report say the same reasons"
    untranslated = sum(1 for text in window if not any("\u4e00" <= c <= "\u9fff" for c in text))

    rows = [
        ("demo shop customers with reasons", f"{len(reasons):,} ({phrases:,} phrases)"),
        ("churn risk computed (baseline)", f"{computed:.2f} s"),
        (
            "reasons in Chinese, window (tr_core)",
            f"{in_window:.2f} s = {in_window / computed:.1%} of computing them "
            f"({in_window / len(reasons) * 1e6:.0f} µs a customer; target ≤ 10%)",
        ),
        (
            "reasons in Chinese, report (zh_sentence)",
            f"{in_report:.2f} s = {in_report / computed:.1%} of computing them",
        ),
        ("reasons left without a Chinese word", f"{untranslated}"),
        ("example", f"{reasons[0]} → {window[0]}"),
        ("peak RSS", f"{peak_rss_mb():.0f} MB"),
    ]
    for name, value in rows:
        print(f"{name}: {value}")
    append_results("Core sentences in Chinese (bench/messages_bench.py)", machine_line(), rows)
    app.quit()


if __name__ == "__main__":
    main()
