"""ShopLens: start the desktop app, or run a headless command.

    python main.py                          open the app (the first start opens the demo shop)
    python main.py import FILE [FILE ...]   import order exports into a shop file
    python main.py analyze                  every analysis as one JSON document
    python main.py imports [--remove ID]    list the shop's imports, or undo one of them
    python main.py audience CAMPAIGN --format shopify --out FILE
                                            export a campaign's list and record the campaign
    python main.py report --out REPORT.xlsx  every analysis as one Excel workbook with charts
    python main.py restore [--list]         put back a copy of the shop taken before an import
    python main.py --screenshot DIR         save a PNG of each tab (offscreen) and exit
    python main.py --selftest               check that everything loads and works, offscreen

Thin on purpose: argument parsing and logging here, the work in core/ (and gui/ for the window).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import sys
from datetime import date
from pathlib import Path
from typing import Any

from core import __version__

log = logging.getLogger("shoplens")


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def _db_path(arg: str | None) -> Path:
    from core.paths import default_shop_path

    return Path(arg) if arg else default_shop_path()


def _as_of(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise SystemExit(f"--as-of needs a date written as YYYY-MM-DD, not {text!r}.") from None


def cmd_import(args: argparse.Namespace) -> int:
    from core.errors import CurrencyMismatchError, ShopLensError
    from core.export import to_json
    from core.importer import ImportParams, import_file
    from core.shop_file import friendly_error

    spec: dict[str, str | int] | None = None
    if args.mapping:
        try:
            spec = json.loads(Path(args.mapping).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            print(f"The mapping file {args.mapping} cannot be read: {exc}", file=sys.stderr)
            return 2
        if not _mapping_ok(spec):
            print(
                f"The mapping file {args.mapping} must hold one JSON object whose values are "
                'column names or 1-based column numbers, such as {"order_date": "Created at", '
                '"amount": 5}.',
                file=sys.stderr,
            )
            return 2
    params = ImportParams(
        sheet=args.sheet,
        no_header=True if args.no_header else None,
        mapping=spec,
        allow_other_currency=args.allow_other_currency,
        date_order=args.date_order,
    )
    db = _db_path(args.db)
    failures = 0
    for name in args.files:
        try:
            result = import_file(db, Path(name), params)
        except CurrencyMismatchError as exc:
            print(
                f"{name}: {exc} To import it anyway, run the command again with "
                "--allow-other-currency; for a new shop, give another --db.",
                file=sys.stderr,
            )
            failures += 1
            continue
        except ShopLensError as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            failures += 1
            continue
        except KeyboardInterrupt:
            print(f"{name}: import stopped (Ctrl-C); the shop is as it was.", file=sys.stderr)
            return 130
        except (OSError, sqlite3.Error) as exc:
            log.debug("import of %s failed", name, exc_info=True)
            print(f"{name}: {friendly_error(exc, db)}", file=sys.stderr)
            failures += 1
            continue
        if args.json:
            print(to_json(result.to_dict()))
        else:
            excluded = sum(result.rows_excluded.values())
            print(
                f"{result.file}: {result.rows_read:,} rows read, {result.rows_imported:,} "
                f"imported, {result.rows_already_present:,} already present, {excluded:,} "
                f"excluded; net sales {result.net_sales:,.2f}"
            )
            for reason, count in result.rows_excluded.items():
                print(f"    excluded {count:,}: {reason}")
            for note in result.notes:
                print(f"    {note}")
    return 1 if failures else 0


def cmd_imports(args: argparse.Namespace) -> int:
    """List the shop's imports, or remove one (all its lines, its updates undone)."""
    from dataclasses import asdict

    from core.errors import ShopLensError
    from core.import_history import list_imports, remove_import

    db = _db_path(args.db)
    if not db.exists():
        print(f"There is no shop file at {db}.", file=sys.stderr)
        return 2
    try:
        if args.remove is not None:
            removal = remove_import(db, args.remove)
            if args.json:
                print(json.dumps(asdict(removal), ensure_ascii=False))
            else:
                print(f"Import {removal.import_id} ({removal.file_name}) removed.")
                for note in removal.notes:
                    print(f"    {note}")
            return 0
        entries = list_imports(db)
    except ShopLensError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([asdict(e) for e in entries], ensure_ascii=False))
        return 0
    if not entries:
        print("This shop has no imports yet.")
        return 0
    print(f"{'ID':>4}  {'imported':19}  {'added':>9}  {'updated':>8}  {'withdrawn':>9}  file")
    for e in entries:
        print(
            f"{e.id:>4}  {e.imported_at[:19]:19}  {e.lines_added:>9,}  {e.lines_updated:>8,}  "
            f"{e.lines_withdrawn:>9,}  {e.file_name}"
        )
    return 0


def _mapping_ok(spec: object) -> bool:
    """A --mapping file: one object of field -> column name or 1-based number (nothing else)."""
    return isinstance(spec, dict) and all(
        isinstance(k, str)
        and (isinstance(v, str) or (isinstance(v, int) and not isinstance(v, bool)))
        for k, v in spec.items()
    )


def cmd_restore(args: argparse.Namespace) -> int:
    """Put back the newest backup of the shop (or list them, or the one picked by --pick)."""
    from core.backups import list_backups, restore_backup
    from core.errors import ShopLensError

    db = _db_path(args.db)
    try:
        found = list_backups(db)
        if args.list:
            if not found:
                print(f"There is no backup of {db.name} yet.")
            for number, backup in enumerate(found, start=1):
                print(f"{number}: {backup.label()}")
            return 0
        if args.pick is not None and not 1 <= args.pick <= len(found):
            print(
                f"There are {len(found)} backups of {db.name}; --pick takes 1 to {len(found)}.",
                file=sys.stderr,
            )
            return 2
        chosen = restore_backup(db, found[args.pick - 1] if args.pick else None)
    except ShopLensError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(f"{db.name} restored from the backup of {chosen.label()}.")
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from core.errors import ShopLensError
    from core.export import to_json
    from core.sections.run import analyze_shop
    from core.shop_file import check_before_open, friendly_error

    db = _db_path(args.db)
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
            db, _as_of(args.as_of), only=only, reuse=not args.recompute
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


def _percent(text: str | None) -> float | None:
    """50, 50% or 0.5 -> 0.5 (a share of the order value)."""
    if text is None:
        return None
    try:
        value = float(text.strip().rstrip("%"))
    except ValueError:
        raise SystemExit(f"{text!r} is not a number or a percentage.") from None
    return value / 100 if text.strip().endswith("%") or value > 1 else value


def cmd_audience(args: argparse.Namespace) -> int:
    import dataclasses

    from core.campaigns.kinds import Assumptions, CampaignParams
    from core.errors import ShopLensError
    from core.sections.campaign_service import export_campaign

    db = _db_path(args.db)
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
        value = _percent(text)
        if value is not None:
            changes[name] = value
    if args.cost is not None:
        changes["cost_per_message"] = args.cost
    assumptions = dataclasses.replace(defaults, **changes)
    params = CampaignParams(overrides=((args.campaign, assumptions),))
    if args.holdout is not None:
        params = dataclasses.replace(params, holdout_share=_percent(args.holdout) or 0.0)
    try:
        done = export_campaign(
            db,
            args.campaign,
            args.format,
            Path(args.out),
            _as_of(args.as_of),
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

    db = _db_path(args.db)
    if not db.exists():
        print(
            f"There is no shop file at {db}. Import a file first (main.py import FILE --db {db}).",
            file=sys.stderr,
        )
        return 2
    as_of = _as_of(args.as_of)
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


def cmd_selftest() -> int:
    """Offscreen end-to-end check, also run on the PyInstaller bundle."""
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from core.analysis.kpis import KpiParams, compute_kpis
    from core.charts.overview import sales_trend_figure
    from core.demo import ensure_demo_shop
    from core.sections.run import analyze_shop
    from core.store import load_lines, shop_connection
    from gui.app import selftest_window

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "selftest.sqlite"
        ensure_demo_shop(db)
        with shop_connection(db) as conn:
            lines = load_lines(conn)
        result = compute_kpis(lines, KpiParams())
        sales_trend_figure(result).savefig(Path(tmp) / "chart.png")
        # every analysis once: in the packaged app this proves each model's libraries came along
        analyses = analyze_shop(db, reuse=False)
        selftest_window(db)
    statuses = {
        name: section["status"]
        for name, section in analyses.items()
        if isinstance(section, dict) and "status" in section
    }
    print(
        f"ShopLens {__version__} selftest ok: {len(lines):,} demo lines, "
        f"net sales {result.totals['net_sales']:,.2f}; analyses: "
        + ", ".join(f"{name} {status}" for name, status in statuses.items())
    )
    failed = [name for name, status in statuses.items() if status == "error"]
    if failed:
        print(f"selftest failed: {', '.join(failed)} ended in an error", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shoplens",
        description="ShopLens: offline sales, customer and forecast analytics for small shops.",
    )
    parser.add_argument("--version", action="version", version=f"ShopLens {__version__}")
    parser.add_argument("--db", help="shop file (default: My shop.sqlite in your data folder)")
    parser.add_argument(
        "--screenshot", metavar="DIR", help="save one PNG per tab into DIR (offscreen) and exit"
    )
    parser.add_argument(
        "--screenshot-size",
        metavar="WxH",
        default="1360x860",
        help="window size in screenshot mode, e.g. 1366x768 (default 1360x860)",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check offscreen that everything loads and works, then exit",
    )
    parser.add_argument("--lang", help="interface language, e.g. en or zh_CN")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details")
    sub = parser.add_subparsers(dest="command")

    imp = sub.add_parser("import", help="import order exports (CSV, TSV, TXT, Excel) into a shop")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--db", dest="sub_db", help="shop file")
    imp.add_argument(
        "--mapping",
        metavar="MAP.json",
        help='columns as {"canonical_field": "column name" or 1-based number}',
    )
    imp.add_argument("--sheet", help="workbook sheet to read (default: the one with orders)")
    imp.add_argument("--no-header", action="store_true", help="the first row is data")
    imp.add_argument("--json", action="store_true", help="one JSON object per file on stdout")
    imp.add_argument(
        "--allow-other-currency",
        action="store_true",
        help="import a file whose currency differs from the shop's (refused otherwise)",
    )
    imp.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help="how the file writes its dates (day first or month first): the answer when the "
        "dates fit both orders and the shop's earlier files say otherwise",
    )

    hist = sub.add_parser("imports", help="list the shop's imports, or remove one")
    hist.add_argument("--db", dest="sub_db", help="shop file")
    hist.add_argument(
        "--remove", metavar="ID", type=int, help="take this import out of the shop again"
    )
    hist.add_argument("--json", action="store_true", help="JSON on stdout")

    ana = sub.add_parser("analyze", help="run every analysis and write one JSON document")
    ana.add_argument("--db", dest="sub_db", help="shop file")
    ana.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="use orders up to and including this day"
    )
    ana.add_argument("--out", metavar="FILE", help="write the JSON here instead of stdout")
    ana.add_argument(
        "--only", metavar="NAMES", help="comma-separated analyses to run (e.g. rfm,clv)"
    )
    ana.add_argument(
        "--recompute",
        action="store_true",
        help="compute every analysis again instead of reusing the results kept in the shop",
    )

    aud = sub.add_parser(
        "audience", help="export a campaign's audience list and record the campaign in the shop"
    )
    aud.add_argument("campaign", help="e.g. win_back, replenish, second_order, at_risk_vip")
    aud.add_argument(
        "--format", required=True, choices=("shopify", "klaviyo", "mailchimp", "xlsx", "sms")
    )
    aud.add_argument("--out", required=True, metavar="FILE")
    aud.add_argument("--db", dest="sub_db", help="shop file")
    aud.add_argument("--as-of", metavar="YYYY-MM-DD", help="use orders up to this day")
    aud.add_argument("--margin", help="gross margin, e.g. 40%% (default 40%%)")
    aud.add_argument("--discount", help="discount on the order, e.g. 10%% (default: the type's)")
    aud.add_argument("--redemption", help="share of buyers who use the discount (default 50%%)")
    aud.add_argument("--cost", type=float, help="cost per message in the shop's currency")
    aud.add_argument("--holdout", help="share kept back and never contacted (default 10%%)")
    aud.add_argument("--shop-name", help="shop name for the SMS text (【店铺名】)")

    rep = sub.add_parser("report", help="write every analysis into one Excel workbook")
    rep.add_argument("--db", dest="sub_db", help="shop file")
    rep.add_argument("--out", metavar="REPORT.xlsx", help="the workbook to write")
    rep.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="use orders up to and including this day"
    )
    rep.add_argument(
        "--lang",
        dest="report_lang",
        choices=("en", "zh_CN"),
        default="en",
        help="language of the sheets and headers",
    )
    rep.add_argument(
        "--only", metavar="SECTIONS", help="comma-separated analyses to include (e.g. kpis,rfm)"
    )

    res = sub.add_parser("restore", help="put back one of the last copies taken before imports")
    res.add_argument("--db", dest="sub_db", help="shop file")
    res.add_argument("--list", action="store_true", help="list the backups, newest first")
    res.add_argument("--pick", type=int, metavar="N", help="restore backup N of --list")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "sub_db", None):
        args.db = args.sub_db
    _setup_logging(args.verbose)
    commands = {
        "import": cmd_import,
        "analyze": cmd_analyze,
        "restore": cmd_restore,
        "imports": cmd_imports,
        "audience": cmd_audience,
        "report": cmd_report,
    }
    if args.command in commands:
        try:
            return commands[args.command](args)
        except Exception as exc:  # the last net: a sentence for the user, details with -v
            log.debug("%s failed", args.command, exc_info=True)
            print(
                f"ShopLens stopped on an unexpected error ({type(exc).__name__}: {exc}). "
                "Your shop is as it was. Run the command again with -v to see the details.",
                file=sys.stderr,
            )
            return 1
    if args.selftest:
        return cmd_selftest()
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.app import run_gui

    return run_gui(
        Path(args.db) if args.db else None,
        screenshot_dir=Path(args.screenshot) if args.screenshot else None,
        lang=args.lang,
        screenshot_size=_size(args.screenshot_size),
    )


def _size(text: str) -> tuple[int, int]:
    """ "1366x768" -> (1366, 768); a malformed size is the default one."""
    width, _, height = text.lower().partition("x")
    return (int(width), int(height)) if width.isdigit() and height.isdigit() else (1360, 860)


if __name__ == "__main__":
    sys.exit(main())
