"""What the headless commands share: where the shop is, and how days and shares are written."""

from __future__ import annotations

from datetime import date
from pathlib import Path


def db_path(arg: str | None) -> Path:
    """The shop file named by --db, or the user's default shop."""
    from core.paths import default_shop_path

    return Path(arg) if arg else default_shop_path()


def as_of_day(text: str | None) -> date | None:
    """--as-of YYYY-MM-DD (None: up to the last order)."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise SystemExit(f"--as-of needs a date written as YYYY-MM-DD, not {text!r}.") from None


def percent(text: str | None) -> float | None:
    """50, 50% or 0.5 -> 0.5 (a share of the order value)."""
    if text is None:
        return None
    try:
        value = float(text.strip().rstrip("%"))
    except ValueError:
        raise SystemExit(f"{text!r} is not a number or a percentage.") from None
    return value / 100 if text.strip().endswith("%") or value > 1 else value
