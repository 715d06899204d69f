"""Campaigns: building every campaign for UCI Online Retail, as a ratio to the customers
section's time (its parts and the joined table), computed in the same process on the same
lines; and, since no campaign ran in that shop, each audience's predicted baseline against what
those customers actually bought in the campaign's window (actual / predicted revenue).

    .venv/bin/python bench/campaigns_bench.py
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import append_results, imported_lines, machine_line, peak_rss_mb  # noqa: E402
from core.campaigns.build import CampaignsResult  # noqa: E402
from core.campaigns.records import _window_money  # noqa: E402
from core.sections import campaigns  # noqa: E402
from core.sections.base import SectionContext  # noqa: E402
from core.sections.run import compute_sections  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "uci-online-retail" / "online_retail.csv.gz"
SPLITS = (date(2011, 6, 30), date(2011, 9, 30))


def baseline_rows(
    lines: pd.DataFrame, result: CampaignsResult, label: str
) -> list[tuple[str, str]]:
    start = pd.Timestamp(result.as_of)
    rows = []
    predicted = actual = 0.0
    for plan in result.plans:
        if not plan.audience:
            rows.append((f"{label}: {plan.title}", "empty audience"))
            continue
        window = _window_money(lines, start, start + pd.Timedelta(days=plan.window_days))
        got = float(window.reindex(plan.members["customer_id"])["net"].fillna(0.0).sum())
        predicted += plan.baseline_revenue
        actual += got
        rows.append(
            (
                f"{label}: {plan.title} ({plan.audience:,} customers, {plan.window_days} days)",
                f"predicted {plan.baseline_revenue:,.0f}, actual {got:,.0f}, "
                f"ratio {got / plan.baseline_revenue:.2f}",
            )
        )
    rows.append((f"{label}: every audience", f"ratio {actual / predicted:.2f}"))
    return rows


def main() -> None:
    lines = imported_lines(DATA)
    rows: list[tuple[str, str]] = []
    for as_of in (*SPLITS, None):
        label = f"as of {as_of}" if as_of else "whole shop"
        ctx = SectionContext.of_lines(lines, as_of)
        start = time.perf_counter()
        compute_sections(ctx, ["customers"])
        t_customers = time.perf_counter() - start
        start = time.perf_counter()
        compute_sections(ctx, ["recommendations"])
        t_recs = time.perf_counter() - start
        start = time.perf_counter()
        result = campaigns.SECTION.compute(ctx, campaigns.SECTION.params, None)
        t_campaigns = time.perf_counter() - start
        rows.append(
            (
                f"{label}: customers section (cohorts, RFM, clusters, lifetime value, churn, "
                "joined table)",
                f"{t_customers:.1f} s",
            )
        )
        rows.append((f"{label}: recommendations (read by cross-sell)", f"{t_recs:.1f} s"))
        rows.append(
            (
                f"{label}: every campaign (audiences, priority, value, curves, holdouts)",
                f"{t_campaigns:.2f} s = {t_campaigns / t_customers:.3f}× the customers section",
            )
        )
        if as_of is not None:
            rows += baseline_rows(lines, result, label)
        print("\n".join(f"{a}: {b}" for a, b in rows[-12:]), flush=True)
    rows.append(("peak RSS of the bench process", f"{peak_rss_mb():.0f} MB"))
    append_results("Campaigns (bench/campaigns_bench.py)", machine_line(), rows)


if __name__ == "__main__":
    main()
