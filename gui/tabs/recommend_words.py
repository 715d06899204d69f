"""The Recommendations tab's sentences: rates, reasons and the evaluation, in the user's
language (context "RecommendTab", like the tab's own strings; written out in full in each
call so that lupdate finds them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.recommend.build import RecommendationsResult
from gui.messages import tr_core

translate = QCoreApplication.translate


def one_in(rate: float) -> str:
    """0.08 -> "1 customer in 12"; from one in five up, tenths read better: 0.44 -> "4 customers
    in 10" (one in two and one in three would hide a 44 % against 34 % difference)."""
    if rate <= 0:
        return translate("RecommendTab", "no customer")
    if rate >= 0.2:
        return translate("RecommendTab", "{n} customers in 10").format(n=int(rate * 10 + 0.5))
    return translate("RecommendTab", "1 customer in {n}").format(n=max(1, int(1 / rate + 0.5)))


def why_text(kind: str, because: str, count: int) -> str:
    """A reason from core (kind, the product behind it, a count) in the user's language."""
    if kind == "bought_with":
        if because:
            return translate("RecommendTab", "bought with {product} by {n} customers").format(
                product=because, n=f"{count:,}"
            )
        return translate("RecommendTab", "bought together by {n} customers").format(n=f"{count:,}")
    if kind == "similar_name":
        if because:
            return translate("RecommendTab", "similar to {product}, which they bought").format(
                product=because
            )
        return translate("RecommendTab", "similar name")
    return translate("RecommendTab", "one of the best sellers ({n} customers)").format(
        n=f"{count:,}"
    )


def evaluation_words(result: RecommendationsResult) -> str:
    """The evaluation panel in words: one plain sentence, then the figures behind it."""
    ev = result.evaluation
    if ev is None:
        return translate(
            "RecommendTab", "How often these lists are right cannot be measured yet: {why}"
        ).format(why=tr_core(result.evaluation_skipped or ""))
    text = translate(
        "RecommendTab",
        "<b>Over the last {months} months</b> ({start} to {end}), {ours} bought something "
        "from our top 10, against {popular} for the best-seller list.",
    ).format(
        months=f"{ev.months:g}",
        start=ev.cutoff.isoformat(),
        end=ev.test_end.isoformat(),
        ours=one_in(ev.ours.hr),
        popular=one_in(ev.popularity.hr),
    )
    detail = translate(
        "RecommendTab",
        "Measured on {n} customers who bought before {start}, with lists made only from "
        "orders before that day. Hit rate {hr:.0%} against {phr:.0%}; of every 10 products "
        "listed, {p:.1f} were bought against {pp:.1f}; the lists show {cov:.0%} of the "
        "catalogue, the best sellers {pcov:.1%}.",
    ).format(
        n=f"{ev.customers:,}",
        start=ev.cutoff.isoformat(),
        hr=ev.ours.hr,
        phr=ev.popularity.hr,
        p=ev.ours.precision * 10,
        pp=ev.popularity.precision * 10,
        cov=ev.ours.coverage,
        pcov=ev.popularity.coverage,
    )
    return f"{text}<br><small>{detail}</small>"
