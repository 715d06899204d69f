"""Export a campaign's audience and record it in the shop file: what `main.py audience` and the
Campaigns tab's Export… both call, so the two always record the same way."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from core.campaigns.build import CampaignsResult
from core.campaigns.exports import FORMATS, ExportedList, Format, audience_rows, write_list
from core.campaigns.kinds import BY_KEY, CampaignInputError, CampaignParams, check_assumptions
from core.campaigns.records import RecordedCampaign, record_campaign
from core.errors import ShopLensError
from core.progress import Progress, scaled
from core.sections.run import run_sections

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportOutcome:
    recorded: RecordedCampaign
    exported: ExportedList


def campaigns_now(
    db_path: Path,
    as_of: date | None = None,
    params: CampaignParams | None = None,
    progress: Progress | None = None,
) -> CampaignsResult:
    """The shop's campaigns (computed, or read back while current)."""
    wanted = {"campaigns": params} if params is not None else None
    outcome = run_sections(db_path, ["campaigns"], as_of, wanted, progress)["campaigns"]
    if not outcome.ok or outcome.result is None:
        raise ShopLensError(outcome.reason or "Campaigns could not be built for this shop.")
    result: CampaignsResult = outcome.result
    return result


def export_campaign(
    db_path: Path,
    key: str,
    fmt: str,
    out: Path,
    as_of: date | None = None,
    params: CampaignParams | None = None,
    shop_name: str = "",
    progress: Progress | None = None,
) -> ExportOutcome:
    """Check the assumptions, record the campaign (once), then write its list. Bad input raises
    CampaignInputError before anything is recorded or written."""
    if key not in BY_KEY or key == "do_not_contact":
        choices = ", ".join(k for k in BY_KEY if k != "do_not_contact")
        raise CampaignInputError(f"There is no campaign called {key}. Choose from: {choices}.")
    if fmt not in FORMATS:
        raise CampaignInputError(
            f"There is no export format {fmt}. Choose from: {', '.join(FORMATS)}."
        )
    params = params or CampaignParams()
    check_assumptions(BY_KEY[key], params.assumptions_for(key))
    result = campaigns_now(db_path, as_of, params, scaled(progress, 0.0, 0.9))
    plan = result.plan(key)
    recorded = record_campaign(db_path, plan, result.as_of, params)
    rows = audience_rows(plan, db_path)
    written = write_list(plan, rows, _format(fmt), Path(out), result.as_of, shop_name)
    return ExportOutcome(recorded, written)


def _format(fmt: str) -> Format:
    if fmt == "shopify":
        return "shopify"
    if fmt == "klaviyo":
        return "klaviyo"
    if fmt == "mailchimp":
        return "mailchimp"
    if fmt == "sms":
        return "sms"
    return "xlsx"
