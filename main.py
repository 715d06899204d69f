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

Thin on purpose: argument parsing and logging here; each command is a function in core/commands/
calling the same core functions as the window (gui/).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from core import __version__

log = logging.getLogger("shoplens")


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


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
    from core.commands import outputs, shop

    commands = {
        "import": shop.cmd_import,
        "imports": shop.cmd_imports,
        "restore": shop.cmd_restore,
        "analyze": outputs.cmd_analyze,
        "audience": outputs.cmd_audience,
        "report": outputs.cmd_report,
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
