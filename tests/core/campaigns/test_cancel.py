"""Cancel reaches between the campaign rules (issue 13 §1): on a large shop the audiences take
seconds, and each rule is a cancel point."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from core.campaigns.audiences import candidates
from core.campaigns.kinds import CampaignParams
from core.errors import Cancelled
from core.importer import ImportParams, import_file
from core.sections.base import SectionContext
from core.sections.campaigns import campaign_inputs
from tests.cancel_after import CancelAfter
from tests.core.campaigns.shopgen import MAPPING, history, write_csv

MESSAGE = "Finding each campaign's audience"


def test_the_audiences_stop_between_rules(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    import_file(db, write_csv(history(), tmp_path / "orders.csv"), ImportParams(mapping=MAPPING))
    inputs, _clv = campaign_inputs(SectionContext.load(db, None))
    params = CampaignParams()
    whole = CancelAfter(None)
    found = candidates(inputs, params, whole)
    # one cancel point after the customers' activity, one after each of the eight rules
    assert whole.messages == [MESSAGE] * 9
    pd.testing.assert_frame_equal(found, candidates(inputs, params))
    assert set(found["campaign"]) >= {"second_order", "replenish"}
    stopped = CancelAfter(3)
    with pytest.raises(Cancelled):
        candidates(inputs, params, stopped)
    assert stopped.messages == [MESSAGE] * 4  # stopped after the third rule: five never ran
