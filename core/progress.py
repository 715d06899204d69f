"""Progress reporting for long jobs without any GUI dependency.

A job takes an optional `progress(fraction, message)` callable. The GUI passes one that forwards
to a Qt signal and raises `Cancelled` once the user pressed Cancel; headless commands pass None.
Every call is therefore a cancel point: a merchant waits at most the time between two of them.

A long library call (a gradient-boosting fit, a matrix inverse) does not know the job's
progress. Around it, `beats(progress, fraction, message)` lets the code inside call
`heartbeat()` between its own chunks of work: the job's callback is called again with the same
fraction and message, so Cancel stops it there too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Progress = Callable[[float, str], None]

#: The heartbeat of the step running in this thread (each worker thread has its own).
_beat: ContextVar[Callable[[], None] | None] = ContextVar("shoplens_heartbeat", default=None)


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


@contextmanager
def beats(progress: Progress | None, fraction: float, message: str) -> Iterator[None]:
    """Inside the block, `heartbeat()` reports `fraction` and `message` to `progress` again."""
    if progress is None:
        yield
        return
    token = _beat.set(lambda: report(progress, fraction, message))
    try:
        yield
    finally:
        _beat.reset(token)


def heartbeat() -> None:
    """A cancel point inside a long computation (nothing outside a `beats` block)."""
    beat = _beat.get()
    if beat is not None:
        beat()
