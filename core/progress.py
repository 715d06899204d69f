"""Progress reporting for long jobs without any GUI dependency.

A job takes an optional `progress(fraction, message)` callable. The GUI passes one that forwards
to a Qt signal and raises `Cancelled` once the user pressed Cancel; headless commands pass None.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[float, str], None]


def report(progress: Progress | None, fraction: float, message: str = "") -> None:
    """Call `progress` if given; clamps the fraction to [0, 1]."""
    if progress is not None:
        progress(min(1.0, max(0.0, fraction)), message)


def scaled(progress: Progress | None, start: float, end: float) -> Progress | None:
    """A progress callback for a sub-step that maps its 0..1 onto start..end of the parent."""
    if progress is None:
        return None

    def sub(fraction: float, message: str) -> None:
        report(progress, start + (end - start) * fraction, message)

    return sub
