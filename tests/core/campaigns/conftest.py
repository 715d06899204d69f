"""Online Retail's campaigns as of two dates, computed once per session from the shop's lines
(the customer parts and recommendations they read are computed once with them)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from core.sections.base import SectionContext
from core.sections.run import SectionOutcome, compute_sections

SPLITS = (date(2011, 6, 30), date(2011, 9, 30))


@pytest.fixture(scope="session")
def retail_campaigns(online_retail_lines: pd.DataFrame) -> dict[date, dict[str, SectionOutcome]]:
    out = {}
    for as_of in SPLITS:
        ctx = SectionContext.of_lines(online_retail_lines, as_of)
        out[as_of] = compute_sections(ctx, ["campaigns"])
    return out
