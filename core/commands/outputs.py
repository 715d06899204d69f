"""Commands that write what the analyses found: JSON, a campaign's audience, the Excel report."""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from pathlib import Path
from typing import Any

from core.commands.common import as_of_day, db_path, percent

log = logging.getLogger(__name__)


def cmd_analyze(args: argparse.Namespace) -> int:
    from core.errors import ShopLensError
    from core.export import to_json
    from core.sections.run import analyze_shop
    from core.shop_file import check_before_open, friendly_error

    db = db_path(args.db)
    try:
        check_before_open(db)
        if not db.exists():
            print(
                f"There is no shop file at {db}. Import a file first "
                f"(main.py import FILE --db {db}).",
                file=sys.stderr,
            )
            return 2
        out = Path(args.out) if args.out else None
        if out is not None and not out.parent.is_dir():
            print(
                f"The folder {out.parent} does not exist: create it, or give --out a file in a "
                "folder that exists.",
                file=sys.stderr,
            )
            return 2
        only = [n.strip() for n in args.only.split(",") if n.strip()] if args.only else None
        result: dict[str, Any] = analyze_shop(
            db, as_of_day(args.as_of), only=only, reuse=not args.recompute
        )
    except ShopLensError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Analysis stopped (Ctrl-C).", file=sys.stderr)
        return 130
    except (OSError, sqlite3.Error) as exc:
        log.debug("analyze failed", exc_info=True)
        print(str(friendly_error(exc, db)), file=sys.stderr)
        return 2
    text = to_json(result, indent=2)
    if out is None:
        print(text)
        return 0
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"The analysis could not be written to {out}: {exc.strerror}.", file=sys.stderr)
        return 2
    return 0


def cmd_audience(args: argparse.Namespace) -> int:
    import dataclasses

    from core.campaigns.kinds import Assumptions, CampaignParams
    from core.errors import ShopLensError
    from core.sections.campaign_service import export_campaign

    db = db_path(args.db)
    if not db.exists():
        print(f"There is no shop file at {db}. Import a file first.", file=sys.stderr)
        return 2
    defaults = Assumptions()
    changes: dict[str, Any] = {}
    for name, text in (
        ("margin", args.margin),
        ("discount", args.discount),
        ("redemption", args.redemption),
    ):
        value = percent(text)
        if value is not None:
            changes[name] = value
    if args.cost is not None:
        changes["cost_per_message"] = args.cost
    assumptions = dataclasses.replace(defaults, **changes)
    params = CampaignParams(overrides=((args.campaign, assumptions),))
    if args.holdout is not None:
        params = dataclasses.replace(params, holdout_share=percent(args.holdout) or 0.0)
    try:
        done = export_campaign(
            db,
            args.campaign,
            args.format,
            Path(args.out),
            as_of_day(args.as_of),
            params,
            args.shop_name or "",
        )
    except ShopLensError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    rec, listed = done.recorded, done.exported
    report = {
        "campaign": rec.kind,
        "campaign_id": rec.id,
        "recorded": "new" if rec.created else "already recorded",
        "as_of": rec.as_of.isoformat(),
        "contacted": rec.contacted,
        "holdout": rec.holdout,
        "written": listed.rows,
        "file": str(listed.path),
        "without_contact": len(listed.missing),
        "without_contact_file": str(listed.missing_path) if listed.missing_path else None,
    }
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from core.errors import ShopLensError
    from core.report import ReportParams, write_report
    from core.report.excel import default_report_name

    db = db_path(args.db)
    if not db.exists():
        print(
            f"There is no shop file at {db}. Import a file first (main.py import FILE --db {db}).",
            file=sys.stderr,
        )
        return 2
    as_of = as_of_day(args.as_of)
    only = tuple(n.strip() for n in args.only.split(",") if n.strip()) if args.only else None
    out = Path(args.out) if args.out else Path.cwd() / default_report_name(db, as_of)
    try:
        result = write_report(
            db, ReportParams(out=out, as_of=as_of, lang=args.report_lang, only=only)
        )
    except ShopLensError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    skipped = [name for name, status in result.statuses.items() if status != "ok"]
    print(
        f"{result.path}: {len(result.sheets)} sheets, {result.tables} tables, "
        f"{result.charts} charts, {result.size / 1e6:.1f} MB"
        + (f"; not computed: {', '.join(skipped)}" if skipped else "")
    )
    return 0
