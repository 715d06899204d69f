"""Commands that change the shop file: import files, list or undo imports, restore a backup."""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from pathlib import Path

from core.commands.common import db_path

log = logging.getLogger(__name__)


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
    db = db_path(args.db)
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


def _mapping_ok(spec: object) -> bool:
    """A --mapping file: one object of field -> column name or 1-based number (nothing else)."""
    return isinstance(spec, dict) and all(
        isinstance(k, str)
        and (isinstance(v, str) or (isinstance(v, int) and not isinstance(v, bool)))
        for k, v in spec.items()
    )


def cmd_imports(args: argparse.Namespace) -> int:
    """List the shop's imports, or remove one (all its lines, its updates undone)."""
    from dataclasses import asdict

    from core.errors import ShopLensError
    from core.import_history import list_imports, remove_import

    db = db_path(args.db)
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


def cmd_restore(args: argparse.Namespace) -> int:
    """Put back the newest backup of the shop (or list them, or the one picked by --pick)."""
    from core.backups import list_backups, restore_backup
    from core.errors import ShopLensError

    db = db_path(args.db)
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
